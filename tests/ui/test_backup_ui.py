"""Backups from the app: Settings makes one and restores one, the reminder comes and goes, a
damaged vault offers a restore on the unlock window, and copied record text is marked sensitive
and cleared."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from ui_helpers import UiEnv, show, type_into, unlock

from workbook.domain.timeutil import utc_now
from workbook.services.backup import last_backup_at, make_backup
from workbook.store.kdf import FAST_TEST_KDF
from workbook.store.repositories.meta import CREATED_AT
from workbook.store.vault import Vault
from workbook.ui import clipboard
from workbook.ui.app import AppController
from workbook.ui.dialogs.backup_dialog import BackupDialog, RestoreDialog
from workbook.ui.pages.settings import SettingsPage
from workbook.ui.session import Session

PASSPHRASE = "correct horse battery staple"


def answer(qtbot: QtBot, name: str, act: Callable[[QWidget], None]) -> list[bool]:
    """Once a visible top-level window called ``name`` is open, run ``act`` on it (for code
    that calls ``exec()``). Returns a flag list that holds True once it has run."""
    done: list[bool] = []

    def check() -> None:
        for widget in QApplication.topLevelWidgets():
            if widget.objectName() == name and widget.isVisible():
                act(widget)
                done.append(True)
                return
        QTimer.singleShot(10, check)

    QTimer.singleShot(0, check)
    return done


def click(qtbot: QtBot, button: QPushButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def fill_backup(qtbot: QtBot, target: Path) -> Callable[[QWidget], None]:
    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, BackupDialog)
        type_into(qtbot, dialog.target, str(target))
        type_into(qtbot, dialog.passphrase, PASSPHRASE)
        click(qtbot, dialog.ok)

    return act


def fill_restore(qtbot: QtBot, source: Path) -> Callable[[QWidget], None]:
    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, RestoreDialog)
        type_into(qtbot, dialog.source, str(source))
        type_into(qtbot, dialog.passphrase, PASSPHRASE)
        click(qtbot, dialog.ok)

    return act


def close_box(qtbot: QtBot) -> Callable[[QWidget], None]:
    def act(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        button = box.button(QMessageBox.StandardButton.Ok)
        assert button is not None
        click(qtbot, button)

    return act




def test_backup_from_settings_opens_with_the_same_records(
        qtbot: QtBot, ui: UiEnv, demo_session: Session, tmp_path: Path) -> None:
    page = SettingsPage(demo_session)
    show(qtbot, page)
    assert page.last_backup.text() == "Never"
    folder = tmp_path / "usb stick"
    folder.mkdir()
    answer(qtbot, "backupDialog", fill_backup(qtbot, folder))
    closed = answer(qtbot, "backupDone", close_box(qtbot))
    click(qtbot, page.backup_button)
    qtbot.waitUntil(lambda: bool(closed), timeout=10_000)
    made = list(folder.glob("*.workbook"))
    assert len(made) == 1
    assert page.last_backup.text() != "Never"
    vault = demo_session.vault
    with Vault.open(made[0], PASSPHRASE) as copy:
        assert copy.count_shifts() == vault.count_shifts() > 0
        assert copy.count_money_lines() == vault.count_money_lines()
        assert copy.count_incidents() == vault.count_incidents()


def test_reminder_shows_until_a_backup_is_made(qtbot: QtBot, controller: AppController,
                                               vault_path: Path, tmp_path: Path) -> None:
    with Vault.open(vault_path, PASSPHRASE) as vault:
        vault.set_meta(CREATED_AT, (utc_now() - timedelta(days=40)).isoformat())
        assert last_backup_at(vault) is None
    main = unlock(qtbot, controller)
    qtbot.waitUntil(main.backup_banner.isVisible)
    assert main.backup_text.text() == "You have not made a backup yet."
    answer(qtbot, "backupDialog", fill_backup(qtbot, tmp_path))
    closed = answer(qtbot, "backupDone", close_box(qtbot))
    click(qtbot, main.backup_now)
    qtbot.waitUntil(lambda: bool(closed), timeout=10_000)
    assert not main.backup_banner.isVisible()
    assert list(tmp_path.glob("workbook-backup-*.workbook"))


def test_no_reminder_when_reminders_are_off(qtbot: QtBot, controller: AppController,
                                            vault_path: Path) -> None:
    from dataclasses import replace

    with Vault.open(vault_path, PASSPHRASE) as vault:
        vault.set_meta(CREATED_AT, (utc_now() - timedelta(days=40)).isoformat())
        vault.save_profile(replace(vault.get_profile(), backup_reminder_days=0))
    main = unlock(qtbot, controller)
    qtbot.wait(50)
    assert not main.backup_banner.isVisible()


def _demo_backup(demo_template: Path, tmp_path: Path) -> tuple[Path, int]:
    with Vault.open(demo_template, PASSPHRASE) as demo:
        result = make_backup(demo, tmp_path / "backup.workbook", PASSPHRASE, kdf=FAST_TEST_KDF)
        return result.path, demo.count_shifts()


def test_restore_from_settings_replaces_the_vault_and_keeps_the_old_one(
        qtbot: QtBot, controller: AppController, vault_path: Path, demo_template: Path,
        tmp_path: Path) -> None:
    backup, shifts = _demo_backup(demo_template, tmp_path / "b")
    main = unlock(qtbot, controller)
    page = main.open_page("settings")
    assert isinstance(page, SettingsPage)
    answer(qtbot, "restoreDialog", fill_restore(qtbot, backup))
    click(qtbot, page.restore_button)
    qtbot.waitUntil(lambda: controller.unlock_window is not None
                    and controller.unlock_window.restored is not None, timeout=10_000)
    window = controller.unlock_window
    assert window is not None and controller.session is None
    assert "Restored" in window.message.text()
    kept = list(vault_path.parent.glob(vault_path.name + ".before-restore-*"))
    assert len(kept) == 1
    with Vault.open(kept[0], PASSPHRASE) as old:
        assert old.count_shifts() == 0
    main = unlock(qtbot, controller)
    assert controller.session is not None
    assert controller.session.vault.count_shifts() == shifts > 0


def test_damaged_vault_offers_a_restore(qtbot: QtBot, controller: AppController,
                                        vault_path: Path, demo_template: Path,
                                        tmp_path: Path) -> None:
    backup, shifts = _demo_backup(demo_template, tmp_path / "b")
    damaged = vault_path.read_bytes()[:4097]
    vault_path.write_bytes(damaged)
    window = controller.show_unlock()
    qtbot.waitExposed(window)
    assert not window.restore_button.isVisible()
    type_into(qtbot, window.passphrase, PASSPHRASE)
    qtbot.keyClick(window.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(window.restore_button.isVisible, timeout=10_000)
    assert "damaged" in window.message.text()
    answer(qtbot, "restoreDialog", fill_restore(qtbot, backup))
    click(qtbot, window.restore_button)
    qtbot.waitUntil(lambda: window.restored is not None, timeout=10_000)
    kept = list(vault_path.parent.glob(vault_path.name + ".before-restore-*"))
    assert [p.read_bytes() for p in kept] == [damaged]
    unlock(qtbot, controller)
    assert controller.session is not None
    assert controller.session.vault.count_shifts() == shifts


def test_copy_sensitive_marks_and_clears(qtbot: QtBot, qapp: QApplication) -> None:
    board = QGuiApplication.clipboard()
    clipboard.copy_sensitive("SEAL-1234", clear_after_ms=50)
    mime = board.mimeData()
    assert mime is not None and mime.text() == "SEAL-1234"
    assert bytes(mime.data(clipboard.SENSITIVE_MIME).data()) == b"secret"
    qtbot.waitUntil(lambda: board.text() == "", timeout=2000)
    # Something she copied since is left alone.
    clipboard.copy_sensitive("SEAL-5678", clear_after_ms=50)
    board.setText("her own text")
    qtbot.wait(150)
    assert board.text() == "her own text"
    board.clear()


def test_lock_clears_the_copied_text(qtbot: QtBot, controller: AppController) -> None:
    unlock(qtbot, controller)
    clipboard.copy_sensitive("SEAL-9999")
    assert QGuiApplication.clipboard().text() == "SEAL-9999"
    controller.lock()
    assert QGuiApplication.clipboard().text() == ""


def test_dialog_cancel_makes_nothing(qtbot: QtBot, ui: UiEnv, session: Session,
                                    tmp_path: Path) -> None:
    page = SettingsPage(session)
    show(qtbot, page)

    def cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, BackupDialog)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    answered = answer(qtbot, "backupDialog", cancel)
    click(qtbot, page.backup_button)
    qtbot.waitUntil(lambda: bool(answered))
    assert page.last_backup.text() == "Never"
    assert not any(w.objectName() == "backupDialog" and w.isVisible()
                   for w in QApplication.topLevelWidgets())
    qtbot.wait(20)  # the dialog's deferred delete runs before the app goes

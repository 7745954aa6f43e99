"""Unsaved changes: closing an editor with changes asks "Discard changes?"; a lock (which must
close everything at once) keeps them as an encrypted draft in the vault and offers them after
the next unlock."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from ui_helpers import UiEnv, show, unlock, when_modal

from workbook.store.vault import Vault
from workbook.ui.app import AppController
from workbook.ui.dialogs.money_dialog import MoneyDialog
from workbook.ui.dialogs.shift_editor import ShiftEditor
from workbook.ui.dialogs.unsaved import DRAFT_KEY
from workbook.ui.session import Session

PASSPHRASE = "correct horse battery staple"


def answer(qtbot: QtBot, button: str, seen: list[str]) -> None:
    def act(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.windowTitle())
        found = box.findChild(QPushButton, button)
        assert found is not None
        qtbot.mouseClick(found, Qt.MouseButton.LeftButton)

    when_modal(qtbot, act)


def test_escape_with_changes_asks_and_keep_editing_keeps_them(
        qtbot: QtBot, ui: UiEnv, session: Session) -> None:
    dialog = MoneyDialog(session)
    show(qtbot, dialog)
    qtbot.keyClicks(dialog.amount, "350")
    seen: list[str] = []
    answer(qtbot, "keepEditing", seen)
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: seen == ["Discard changes?"])
    assert dialog.isVisible() and dialog.amount.text() == "350"

    answer(qtbot, "discard", seen)
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog.amount, Qt.Key.Key_Escape)
    assert seen == ["Discard changes?", "Discard changes?"]
    assert session.vault.list_money_lines() == []


def test_no_changes_closes_without_asking(qtbot: QtBot, ui: UiEnv, session: Session) -> None:
    editor = ShiftEditor(session)
    show(qtbot, editor)
    with qtbot.waitSignal(editor.finished, timeout=2000):
        qtbot.keyClick(editor.workplace, Qt.Key.Key_Escape)
    assert QApplication.activeModalWidget() is None




def test_a_lock_keeps_the_editor_as_a_draft_and_offers_it_after_unlock(
        qtbot: QtBot, controller: AppController, vault_path: Path) -> None:
    unlock(qtbot, controller)
    main = controller.main_window
    assert main is not None
    page = main.open_page("shifts")
    editors: list[ShiftEditor] = []

    def fill_in_and_lock(editor: QWidget) -> None:
        assert isinstance(editor, ShiftEditor)
        editors.append(editor)
        editor.notes.setFocus()
        qtbot.keyClicks(editor.notes, "Manager changed the rota again")
        editor.money.rows[0].amount.setFocus()
        qtbot.keyClicks(editor.money.rows[0].amount, "1250")
        # Ctrl+L from inside the editor: everything closes at once, nothing is asked.
        qtbot.keyClick(editor.notes, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    when_modal(qtbot, fill_in_and_lock)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)  # exec() returns on lock
    qtbot.waitUntil(lambda: controller.session is None)
    assert not editors[0].isVisible()
    visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert visible == [controller.unlock_window]

    # The draft is inside the vault (encrypted), not in any file beside it.
    with Vault.open(vault_path, PASSPHRASE) as vault:
        draft = vault.get_meta(DRAFT_KEY)
    assert draft is not None and "Manager changed the rota again" in draft
    assert b"Manager changed" not in vault_path.read_bytes()

    reopened: list[ShiftEditor] = []
    seen: list[str] = []

    def check_reopened(editor: QWidget) -> None:
        assert isinstance(editor, ShiftEditor)
        reopened.append(editor)
        assert editor.notes.toPlainText() == "Manager changed the rota again"
        assert editor.money.rows[0].amount.text() == "1250"
        assert editor.unsaved.changed()
        # Escape now asks, as for any change; discard it.
        answer(qtbot, "discard", seen)
        qtbot.keyClick(editor.notes, Qt.Key.Key_Escape)

    def open_draft(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        assert "locked while you were editing a shift" in box.text()
        when_modal(qtbot, check_reopened)
        found = box.findChild(QPushButton, "openDraft")
        assert found is not None
        qtbot.mouseClick(found, Qt.MouseButton.LeftButton)

    when_modal(qtbot, open_draft)
    unlock(qtbot, controller)
    qtbot.waitUntil(lambda: bool(reopened) and not reopened[0].isVisible(), timeout=5000)
    assert seen == ["Discard changes?"]
    session = controller.session
    assert session is not None
    assert session.vault.get_meta(DRAFT_KEY) is None  # offered once, then gone
    assert session.vault.list_shifts() == []

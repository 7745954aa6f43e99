"""Settings saved into the vault, the language switch to Swedish, and the main window's
navigation, all on a real vault."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_helpers import UiEnv, show, type_into, unlock

from workbook.store.kdf import FAST_TEST_KDF
from workbook.store.vault import Vault
from workbook.ui.app import AppController
from workbook.ui.dialogs.change_passphrase import ChangePassphraseDialog
from workbook.ui.i18n import available_languages
from workbook.ui.main_window import PAGES, MainWindow, PlaceholderPage
from workbook.ui.pages.settings import SettingsPage
from workbook.ui.session import Session
from workbook.ui.unlock import UnlockWindow

PASSPHRASE = "correct horse battery staple"


def test_settings_are_saved_in_the_vault(qtbot: QtBot, ui: UiEnv, session: Session) -> None:
    page = SettingsPage(session)
    show(qtbot, page)
    type_into(qtbot, page.work_name, "Sasha")
    type_into(qtbot, page.auto_lock, "12")
    qtbot.mouseClick(page.add_wage, Qt.MouseButton.LeftButton)
    row = page.wage_rows[-1]
    type_into(qtbot, row.currency.lineEdit(), "EUR")
    type_into(qtbot, row.amount, "14,50")
    page.neutral.setFocus()
    qtbot.keyClick(page.neutral, Qt.Key.Key_Space)
    changes: list[str] = []
    session.changed.connect(changes.append)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    profile = session.vault.get_profile()
    assert profile.work_name == "Sasha"
    assert profile.auto_lock_minutes == 12
    assert profile.reference_wages["EUR"] == 1450
    assert profile.reference_wages["SEK"] == 18000  # the one that was there stays
    assert profile.neutral_title is True
    assert changes == ["profile"]
    assert page.status.text() == "✓ Saved."


def test_a_wage_that_is_not_an_amount_is_not_saved(qtbot: QtBot, ui: UiEnv,
                                                   session: Session) -> None:
    page = SettingsPage(session)
    show(qtbot, page)
    type_into(qtbot, page.wage_rows[0].amount, "lots")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.wage_message.isVisible() and "like 150" in page.wage_message.text()
    assert session.vault.get_profile().reference_wages == {"SEK": 18000}


def test_every_built_language_is_offered(ui: UiEnv) -> None:
    assert available_languages(ui.translations.folder) == {
        "en": "English", "es": "Español", "ro": "Română", "sv": "Svenska", "th": "ไทย"}




def test_switch_to_swedish(qtbot: QtBot, controller: AppController, ui: UiEnv) -> None:
    main = unlock(qtbot, controller)
    assert main.nav.item(1).text() == "Shifts"
    page = main.open_page("settings")
    assert isinstance(page, SettingsPage)
    page.language.setFocus()
    page.language.setCurrentIndex(page.language.findData("sv"))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    # The whole window follows: navigation, toolbar, and the rebuilt pages.
    assert [main.nav.item(i).text() for i in range(len(PAGES))] == [
        "Idag", "Pass", "Pengar", "Händelser", "Arbetsplatser", "Personer", "Översikt",
        "Inställningar"]
    assert main.lock_action.text() == "Lås"
    assert main.hide_action.text() == "Göm nu"
    shifts = main.open_page("shifts")
    assert shifts.add_button.text() == "Lägg till ett pass…"  # type: ignore[attr-defined]
    model = shifts.model  # type: ignore[attr-defined]
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Datum"
    assert ui.prefs.language == "sv"  # so the unlock window speaks Swedish next time
    main.open_page("settings")
    assert controller.session is not None
    assert controller.session.vault.get_profile().language == "sv"
    # Locking shows the unlock window in Swedish.
    controller.lock()
    window = controller.unlock_window
    assert isinstance(window, UnlockWindow)
    assert window.unlock_button.text() == "Lås upp"


def test_new_vault_starts_in_the_language_in_use(qtbot: QtBot, ui: UiEnv,
                                                 tmp_path: Path) -> None:
    ui.translations.install("sv")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    ctl = AppController(app, ui.prefs, ui.translations, tmp_path / "new.workbook",
                        opener=ui.opener)
    window = ctl.show_unlock()
    assert window.create_button.text() == "Skapa valv"
    qtbot.keyClicks(window.new_passphrase.first, "lilac river moon tango")
    qtbot.keyClicks(window.new_passphrase.second, "lilac river moon tango")
    qtbot.keyClick(window.new_passphrase.second, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ctl.main_window is not None, timeout=10_000)
    assert ctl.session is not None
    assert ctl.session.vault.get_profile().language == "sv"
    ctl.lock()
    assert ctl.unlock_window is not None
    ctl.unlock_window.hide()
    ctl.unlock_window.deleteLater()
    app.setQuitOnLastWindowClosed(True)


def test_navigation_by_keyboard_and_lazy_pages(qtbot: QtBot, ui: UiEnv,
                                               session: Session) -> None:
    main = MainWindow(session)
    show(qtbot, main)
    assert main.windowTitle() == "Workbook"
    assert set(main.pages) == {"today"}  # only the page shown so far exists
    main.nav.setFocus()
    qtbot.keyClick(main.nav, Qt.Key.Key_Down)
    assert main.current_page_key() == "shifts" and set(main.pages) == {"today", "shifts"}
    qtbot.keyClick(main.nav, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert main.current_page_key() == "incidents"
    assert main.stack.currentWidget() is main.pages["incidents"]
    main.set_neutral_title(True)
    assert main.windowTitle() == "Notes"
    main.teardown()
    assert main.pages == {}


def test_a_missing_page_module_shows_a_placeholder(qtbot: QtBot, ui: UiEnv, session: Session,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    import workbook.ui.main_window as mw

    monkeypatch.setattr(mw, "load_page_class", lambda spec: None)
    main = MainWindow(session)
    show(qtbot, main)
    assert isinstance(main.open_page("overview"), PlaceholderPage)


def test_change_passphrase(qtbot: QtBot, ui: UiEnv, vault_path: Path) -> None:
    vault = Vault.open(vault_path, PASSPHRASE)
    session = Session(vault)
    try:
        dialog = ChangePassphraseDialog(session, kdf=FAST_TEST_KDF)
        show(qtbot, dialog)
        qtbot.keyClicks(dialog.current, PASSPHRASE)
        qtbot.keyClicks(dialog.fields.first, "new lilac river moon")
        qtbot.keyClicks(dialog.fields.second, "new lilac river moon")
        assert dialog.save_button.isEnabled()
        with qtbot.waitSignal(dialog.accepted, timeout=10_000):
            qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert dialog.changed
        assert session.vault.get_profile().work_name == "Lina"  # still open and usable
    finally:
        session.lock()
    Vault.open(vault_path, "new lilac river moon").close()


def test_change_passphrase_refuses_a_wrong_current_one(qtbot: QtBot, ui: UiEnv,
                                                       vault_path: Path) -> None:
    vault = Vault.open(vault_path, PASSPHRASE)
    session = Session(vault)
    try:
        dialog = ChangePassphraseDialog(session, kdf=FAST_TEST_KDF)
        show(qtbot, dialog)
        qtbot.keyClicks(dialog.current, "not the passphrase")
        qtbot.keyClicks(dialog.fields.first, "new lilac river moon")
        qtbot.keyClicks(dialog.fields.second, "new lilac river moon")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.isEnabled() and dialog.current_message.text() != "",
                        timeout=10_000)
        assert "not the passphrase" in dialog.current_message.text()
        assert not dialog.changed
    finally:
        session.lock()
    Vault.open(vault_path, PASSPHRASE).close()  # unchanged

"""The Today page: start a shift, add money as it happens, end it; against a real vault."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from workbook.services import records
from workbook.store.vault import Vault
from workbook.ui.dialogs.incident_editor import IncidentEditor
from workbook.ui.dialogs.shift_editor import ShiftEditor
from workbook.ui.pages.today import TodayPage
from workbook.ui.session import Session

START = datetime(2026, 3, 6, 20, 0, tzinfo=UTC)  # 21:00 in Stockholm


@pytest.fixture(autouse=True)
def english_locale() -> Iterator[None]:
    """Amounts and times as an English-speaking worker sees them, whatever the machine's."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def make_page(qtbot: QtBot, vault: Vault, clock: Clock, workplace: str | None = "Club Aurora"
              ) -> TodayPage:
    if workplace is not None:
        found = vault.find_workplace(workplace)
        assert found is not None and found.id is not None
        records.set_today_workplace(vault, found.id)
    page = TodayPage(Session(vault))
    page.clock = clock
    page.refresh()
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    return page


def plain(widget: QWidget) -> str:
    text: str = widget.text()  # type: ignore[attr-defined]
    return text.replace("\u00a0", " ")


def quick_add(qtbot: QtBot, page: TodayPage, key: str, amount: str) -> None:
    qtbot.mouseClick(page.quick[key], Qt.MouseButton.LeftButton)
    dialog = page.amount_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.amount.hasFocus)
    qtbot.keyClicks(dialog.amount, amount)
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)  # Enter saves


def test_start_a_shift_add_a_fine_and_end_it(qtbot: QtBot, vault: Vault) -> None:
    clock = Clock(START)
    page = make_page(qtbot, vault, clock)
    assert page.workplace.currentText() == "Club Aurora"
    assert page.start_button.isVisible() and not page.end_button.isVisible()
    assert page.quick_box.isHidden() and page.idle_hint.isVisible()

    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert page.end_button.isVisible() and not page.start_button.isVisible()
    assert page.quick_box.isVisible() and page.idle_hint.isHidden()
    assert plain(page.status) == "On shift at Club Aurora since 21:00 (0 min so far)."

    quick_add(qtbot, page, "fine", "500")
    assert plain(page.taken) == "500.00 SEK"
    assert plain(page.kept) == "\u2212500.00 SEK"
    assert plain(page.kept_words) == ("In debt: the workplace took 500.00 SEK more than you "
                                      "earned.")
    assert page.lines.count() == 1 and "Fine" in page.lines.item(0).text()

    quick_add(qtbot, page, "earning", "1 200")
    assert plain(page.earned) == "1,200.00 SEK"
    assert plain(page.kept) == "700.00 SEK"
    assert page.kept_words.isHidden()

    clock.now = START + timedelta(hours=6, minutes=15)
    page._update_status()
    assert "(6 h 15 min so far)" in plain(page.status)
    qtbot.mouseClick(page.end_button, Qt.MouseButton.LeftButton)

    assert records.running_shift(vault) is None
    (shift,) = vault.list_shifts()
    assert shift.start == START and shift.end == clock.now
    assert shift.id is not None
    assert sorted(x.category for x in vault.money_for_shift(shift.id)) == ["fine",
                                                                           "private_dances"]
    assert page.last_box.title() == "Shift saved"
    assert plain(page.result) == (
        "06/03/2026, 21:00–03:15 at Club Aurora: 6 h 15 min worked.\n"
        "Earned 1,200.00 SEK · taken by the workplace 500.00 SEK · kept 700.00 SEK")
    assert page.start_button.isVisible() and page.edit_last.isVisible()
    qtbot.mouseClick(page.edit_last, Qt.MouseButton.LeftButton)
    assert isinstance(page.editor, ShiftEditor) and page.editor.shift is not None
    assert page.editor.shift.id == shift.id
    page.editor.reject()


def test_a_shift_in_progress_is_still_there_after_locking(qtbot: QtBot,
                                                          vault_path: Path) -> None:
    path = vault_path
    first = Vault.open(path, "correct horse battery staple")
    page = make_page(qtbot, first, Clock(START))
    assert page.workplace.currentText() == "Club Aurora"
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    quick_add(qtbot, page, "house_fee", "800")
    page.session.lock()  # the app locks mid-shift; the key is dropped

    again = Vault.open(path, "correct horse battery staple")
    try:
        later = make_page(qtbot, again, Clock(START + timedelta(hours=2)), workplace=None)
        assert later.end_button.isVisible()
        assert plain(later.taken) == "800.00 SEK"
        assert "(2 h so far)" in plain(later.status)
    finally:
        again.close()


def test_an_amount_that_is_not_one_is_refused_in_the_small_dialog(qtbot: QtBot,
                                                                  vault: Vault) -> None:
    page = make_page(qtbot, vault, Clock(START))
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.quick["tip_out"], Qt.MouseButton.LeftButton)
    dialog = page.amount_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.amount, "-200")
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.message.isVisible()
    assert "cannot be negative" in dialog.message.text()
    dialog.reject()
    running = records.running_shift(vault)
    assert running is not None and running.line_ids == ()


def test_the_workplace_is_chosen_once_and_remembered_in_the_vault(qtbot: QtBot,
                                                                  vault: Vault) -> None:
    page = make_page(qtbot, vault, Clock(START), workplace=None)
    assert records.today_workplace(vault) is None
    assert page.workplace.currentText() == "Agentur Nord"  # the first, by name
    page.workplace.setFocus()
    qtbot.keyClick(page.workplace, Qt.Key.Key_Down)  # the combo's "activated" follows keys
    assert page.workplace.currentText() == "Club Aurora"
    club = vault.find_workplace("Club Aurora")
    assert club is not None and records.today_workplace(vault) == club.id
    again = make_page(qtbot, vault, Clock(START), workplace=None)
    assert again.workplace.currentText() == "Club Aurora"


def test_log_a_past_shift_and_record_an_incident_open_their_editors(qtbot: QtBot,
                                                                     vault: Vault) -> None:
    page = make_page(qtbot, vault, Clock(START))
    qtbot.mouseClick(page.past_button, Qt.MouseButton.LeftButton)
    assert isinstance(page.editor, ShiftEditor) and page.editor.isVisible()
    assert page.editor.workplace.currentText() == "Club Aurora"
    page.editor.reject()
    assert page.editor is None
    qtbot.mouseClick(page.incident_button, Qt.MouseButton.LeftButton)
    assert isinstance(page.editor, IncidentEditor) and page.editor.isVisible()
    page.editor.reject()

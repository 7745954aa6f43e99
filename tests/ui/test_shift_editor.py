"""The shift editor driven by the keyboard against a real encrypted vault."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from workbook.domain.categories import MoneyKind
from workbook.domain.models import MoneyLine, Shift, Workplace
from workbook.services import records
from workbook.store.vault import Vault
from workbook.ui.dialogs.shift_editor import ShiftEditor
from workbook.ui.session import Session

STOCKHOLM = ZoneInfo("Europe/Stockholm")


@pytest.fixture
def club(vault: Vault) -> Workplace:
    found = vault.find_workplace("Club Aurora")
    assert found is not None
    return found


@pytest.fixture
def editor(qtbot: QtBot, vault: Vault, club: Workplace) -> ShiftEditor:
    records.set_today_workplace(vault, club.id or 0)
    dialog = ShiftEditor(Session(vault), None)
    show(qtbot, dialog)
    return dialog


def show(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Focus a field the way a person does (click it), select what is there, type."""
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def type_when(qtbot: QtBot, editor: ShiftEditor, day: str, start: str, end: str) -> None:
    editor.date.setFocus()
    qtbot.keyClicks(editor.date, day)
    qtbot.keyClick(editor.date, Qt.Key.Key_Tab)
    assert editor.start.hasFocus()
    qtbot.keyClicks(editor.start, start)
    qtbot.keyClick(editor.start, Qt.Key.Key_Tab)
    assert editor.end.hasFocus()
    qtbot.keyClicks(editor.end, end)


def test_a_night_across_midnight_logged_with_the_keyboard_alone(
        qtbot: QtBot, editor: ShiftEditor, vault: Vault, club: Workplace) -> None:
    type_when(qtbot, editor, "20260306", "2200", "0400")
    assert editor.next_day.isChecked()
    assert "Ticked for you" in editor.next_day_note.text()
    assert editor.duration.text() == "Worked 6 h"

    # No earlier shift here: the rows start as an earning and the house fee.
    assert [r.category.currentData() for r in editor.money.rows] == ["private_dances",
                                                                     "house_fee"]
    type_into(qtbot, editor.money.rows[0].amount, "2 400,50")
    qtbot.keyClick(editor.money.rows[0].amount, Qt.Key.Key_Return)
    assert editor.money.rows[1].amount.hasFocus()  # Enter moves on, it does not save yet
    qtbot.keyClicks(editor.money.rows[1].amount, "800")
    qtbot.keyClick(editor.money.rows[1].amount, Qt.Key.Key_Insert)  # one key adds a row
    fine = editor.money.rows[2]
    assert fine.kind.hasFocus()
    qtbot.keyClick(fine.kind, Qt.Key.Key_Tab)
    qtbot.keyClicks(fine.category, "F")
    assert fine.category.currentData() == "fine"
    qtbot.keyClick(fine.category, Qt.Key.Key_Tab)
    qtbot.keyClicks(fine.amount, "500")
    with qtbot.waitSignal(editor.finished):
        qtbot.keyClick(fine.amount, Qt.Key.Key_Return)  # Enter on the last amount saves

    assert editor.result() == QDialog.DialogCode.Accepted
    (shift,) = vault.list_shifts(workplace_id=club.id)
    assert shift.start == datetime(2026, 3, 6, 22, tzinfo=STOCKHOLM)
    assert shift.end == datetime(2026, 3, 7, 4, tzinfo=STOCKHOLM)
    assert shift.id is not None
    lines = {x.category: x for x in vault.money_for_shift(shift.id)}
    assert lines["private_dances"].amount_minor == 240050
    assert lines["house_fee"].amount_minor == 80000
    assert lines["fine"].amount_minor == 50000 and lines["fine"].kind == MoneyKind.DEDUCTION
    assert all(x.date == date(2026, 3, 6) and x.currency == "SEK" for x in lines.values())


def test_the_running_net_goes_below_zero_and_says_so(qtbot: QtBot,
                                                      editor: ShiftEditor) -> None:
    type_into(qtbot, editor.money.rows[0].amount, "500")
    assert "kept 500.00" in editor.totals.text().replace("\u00a0", " ")
    type_into(qtbot, editor.money.rows[1].amount, "1200")
    text = editor.totals.text().replace("\u00a0", " ")
    assert "kept \u2212700.00 SEK" in text
    assert "In debt: the workplace took 700.00 SEK more than you earned." in text


def test_end_before_start_gets_a_message_at_the_field_and_saves_nothing(
        qtbot: QtBot, editor: ShiftEditor, vault: Vault) -> None:
    type_when(qtbot, editor, "20260306", "2200", "0400")
    qtbot.keyClick(editor.end, Qt.Key.Key_Tab)
    assert editor.next_day.hasFocus()
    qtbot.keyClick(editor.next_day, Qt.Key.Key_Space)  # the worker unticks "ends next day"
    assert not editor.next_day.isChecked()
    type_into(qtbot, editor.money.rows[0].amount, "100")
    qtbot.keyClick(editor.money.rows[0].amount, Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier)

    assert editor.isVisible()
    assert editor.end_message.isVisible()
    assert editor.end_message.text().startswith("\u26a0 End: is before start")
    assert editor.end.hasFocus()
    assert "Not saved yet" in editor.problems.text()
    assert vault.list_shifts() == []


def test_a_time_the_clocks_skip_is_explained(qtbot: QtBot, editor: ShiftEditor,
                                             vault: Vault) -> None:
    # Sweden moved its clocks from 02:00 to 03:00 on 29 March 2026.
    type_when(qtbot, editor, "20260329", "0230", "0600")
    assert "does not exist" in editor.duration.text()
    qtbot.keyClick(editor.end, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert editor.start_message.isVisible()
    assert "clocks went forward" in editor.start_message.text()
    assert vault.list_shifts() == []


def test_a_night_across_the_clock_change_is_an_hour_shorter(
        qtbot: QtBot, editor: ShiftEditor, vault: Vault) -> None:
    type_when(qtbot, editor, "20260328", "2200", "0400")
    assert editor.duration.text() == "Worked 5 h"


def test_an_amount_that_is_not_one_is_named_on_its_row(qtbot: QtBot, editor: ShiftEditor,
                                                       vault: Vault) -> None:
    type_into(qtbot, editor.money.rows[1].amount, "8OO")
    qtbot.keyClick(editor.money.rows[1].amount, Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier)
    message = editor.money.rows[1].message
    assert message.isVisible() and "Line 2, amount" in message.text()
    assert editor.money.rows[1].amount.hasFocus()
    assert vault.list_shifts() == []


def test_editing_keeps_the_earlier_version(qtbot: QtBot, vault: Vault,
                                           club: Workplace) -> None:
    assert club.id is not None
    shift, _ = records.record_shift(vault, Shift(
        workplace_id=club.id, start=datetime(2026, 3, 6, 20, tzinfo=UTC),
        end=datetime(2026, 3, 7, 3, tzinfo=UTC), timezone="Europe/Stockholm",
        breaks_minutes=30), [MoneyLine(date(2026, 3, 6), MoneyKind.DEDUCTION, "house_fee",
                                       60000, "SEK")])
    editor = ShiftEditor(Session(vault), shift)
    show(qtbot, editor)
    assert editor.next_day.isChecked() and editor.next_day_note.text() == ""
    assert editor.history_note.isVisible()
    assert editor.money.rows[0].amount.text() == "600.00"
    type_into(qtbot, editor.breaks, "45")
    type_into(qtbot, editor.money.rows[0].amount, "800")
    with qtbot.waitSignal(editor.finished):
        qtbot.keyClick(editor.breaks, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert shift.id is not None
    history = vault.record_history("shift", shift.id)
    assert [h.action for h in history] == ["create", "update"]
    assert history[0].values is not None and history[0].values["breaks_minutes"] == 30
    assert history[1].values is not None and history[1].values["breaks_minutes"] == 45
    (fee,) = vault.money_for_shift(shift.id)
    assert fee.amount_minor == 80000
    assert [h.values["amount"] for h in vault.record_history("money", fee.id or 0)
            if h.values] == [60000, 80000]


def test_a_new_shift_starts_from_the_last_one_at_that_workplace(
        qtbot: QtBot, vault: Vault, club: Workplace) -> None:
    assert club.id is not None
    records.record_shift(vault, Shift(
        workplace_id=club.id, start=datetime(2026, 3, 6, 19, tzinfo=UTC),
        end=datetime(2026, 3, 7, 2, tzinfo=UTC), timezone="Europe/Stockholm",
        breaks_minutes=20), [
        MoneyLine(date(2026, 3, 6), MoneyKind.EARNING, "vip", 100000, "SEK"),
        MoneyLine(date(2026, 3, 6), MoneyKind.DEDUCTION, "tip_out", 20000, "SEK"),
    ])
    records.set_today_workplace(vault, club.id)
    editor = ShiftEditor(Session(vault), None)
    show(qtbot, editor)
    assert editor.start.time().toString("HH:mm") == "20:00"
    assert editor.end.time().toString("HH:mm") == "03:00"
    assert editor.breaks.value() == 20
    assert sorted(r.category.currentData() for r in editor.money.rows) == ["tip_out", "vip"]
    assert all(r.amount.text() == "" for r in editor.money.rows)


def test_tab_order_follows_the_form(qtbot: QtBot, editor: ShiftEditor) -> None:
    # (Date and time fields take Tab from section to section first, as everywhere in Qt.)
    editor.workplace.setFocus()
    qtbot.keyClick(editor.workplace, Qt.Key.Key_Tab)
    assert editor.date.hasFocus()
    order = [editor.next_day, editor.breaks, editor.role, editor.scheduled_start_on,
             editor.scheduled_end_on, editor.money.rows[0].kind, editor.money.rows[0].category,
             editor.money.rows[0].amount, editor.money.rows[0].method]
    editor.next_day.setFocus()
    for expected in order[1:]:
        qtbot.keyClick(editor.focusWidget(), Qt.Key.Key_Tab)
        assert expected.hasFocus(), expected.accessibleName()


def test_a_shift_keeps_a_pasted_pay_slip_and_a_removed_file_goes(
        qtbot: QtBot, editor: ShiftEditor, vault: Vault, club: Workplace,
        tmp_path: Path) -> None:
    type_when(qtbot, editor, "20260306", "2200", "0400")
    type_into(qtbot, editor.money.rows[0].amount, "1000")
    image = QImage(200, 120, QImage.Format.Format_RGB32)
    image.fill(QColor("#204080"))
    QGuiApplication.clipboard().setImage(image)
    panel = editor.attachments
    panel.files.setFocus()
    qtbot.keyClick(panel.files, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)  # paste
    assert panel.files.count() == 1 and panel.preview.has_image()
    assert panel.files.item(0).text().endswith("· new")
    text_file = tmp_path / "schedule.txt"
    text_file.write_text("Fri 22-04, Sat 22-04", encoding="utf-8")
    assert panel.add_path(text_file)
    with qtbot.waitSignal(editor.finished):
        qtbot.keyClick(editor.notes, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    (shift,) = vault.list_shifts(workplace_id=club.id)
    assert shift.id is not None
    kept = vault.list_attachments(shift_id=shift.id)
    assert sorted(a.media_type for a in kept) == ["image/png", "text/plain"]
    assert all(a.incident_id is None for a in kept)

    # Open it again: both are listed, the image shows from the vault; remove the text file.
    again = ShiftEditor(Session(vault), shift)
    show(qtbot, again)
    assert again.attachments.files.count() == 2
    again.attachments.files.setCurrentRow(0)
    assert again.attachments.preview.has_image()
    again.attachments.files.setCurrentRow(1)
    qtbot.mouseClick(again.attachments.remove_file_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(again.finished):
        qtbot.mouseClick(again.save_button, Qt.MouseButton.LeftButton)
    (left,) = vault.list_attachments(shift_id=shift.id)
    assert left.media_type == "image/png"
    assert vault.attachment_data(left.id or 0).startswith(b"\x89PNG")


def test_a_file_over_the_limit_is_refused_with_a_message(
        qtbot: QtBot, editor: ShiftEditor, tmp_path: Path) -> None:
    big = tmp_path / "video.mp4"
    with big.open("wb") as out:
        out.truncate(51 * 1024 * 1024)
    assert not editor.attachments.add_path(big)
    assert editor.attachments.files.count() == 0
    assert "Files up to 50 MB can be kept" in editor.attachments.message.text()

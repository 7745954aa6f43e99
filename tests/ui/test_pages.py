"""The list pages on a real vault with demo records: filter, sort, delete with confirmation,
edit and see the earlier version kept."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QDialog,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from ui_helpers import UiEnv, click_message_button, show, when_modal

from workbook.domain.categories import MoneyKind
from workbook.ui.dialogs.history_dialog import HistoryDialog
from workbook.ui.dialogs.workplace_dialog import WorkplaceDialog
from workbook.ui.pages.incidents import IncidentsPage
from workbook.ui.pages.money import MoneyPage
from workbook.ui.pages.people import PeoplePage
from workbook.ui.pages.shifts import ShiftsPage
from workbook.ui.pages.workplaces import WorkplacesPage
from workbook.ui.session import Session


def click_row(qtbot: QtBot, page: ShiftsPage | MoneyPage | WorkplacesPage | PeoplePage
              | IncidentsPage, row: int) -> None:
    rect = page.table.visualRect(page.model.index(row, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_shifts_filter_by_workplace_and_text(qtbot: QtBot, ui: UiEnv, demo_session: Session,
                                             qtmodeltester: ModelTester) -> None:
    page = ShiftsPage(demo_session)
    show(qtbot, page)
    vault = demo_session.vault
    total = vault.count_shifts()
    assert page.count_label.text() == f"{total} shifts"
    qtmodeltester.check(page.model, force_py=True)

    combo = page.filter_bar.workplace
    assert combo is not None
    combo.setFocus()
    expected = 0
    while expected == 0:  # arrow down to the first workplace with shifts
        with qtbot.waitSignal(page.model.reloaded):
            qtbot.keyClick(combo, Qt.Key.Key_Down)
        chosen = combo.currentData()
        expected = vault.count_shifts(workplace_id=chosen)
    assert 0 < expected < total
    assert page.count_label.text() == f"{expected} shifts"
    assert {s.workplace_id for s in page.model.rows()} == {chosen}

    with qtbot.waitSignal(page.model.reloaded, timeout=2000):
        qtbot.keyClicks(page.filter_bar.search, "zzz-nothing-like-this")
    assert page.model.rowCount() == 0
    assert page.empty.isVisible() and "No shifts match" in page.empty.text()


def test_sort_by_clicking_the_date_header(qtbot: QtBot, ui: UiEnv,
                                          demo_session: Session) -> None:
    page = ShiftsPage(demo_session)
    show(qtbot, page)
    header = page.table.horizontalHeader()
    newest = page.model.row(0)
    with qtbot.waitSignal(page.model.reloaded):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                         pos=QPoint(header.sectionViewportPosition(0) + 10, 5))
    oldest = page.model.row(0)
    assert newest is not None and oldest is not None and oldest.start < newest.start
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    # Time (the clock of the start) is not a sort: greyed, says so, and a click does nothing.
    assert page.model.headerData(1, Qt.Orientation.Horizontal,
                                 Qt.ItemDataRole.ToolTipRole) == "This column cannot be sorted"
    before = page.model.rows()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(1) + 10, 5))
    assert page.model.rows() == before
    assert header.sortIndicatorSection() == 0


def test_delete_a_shift_after_a_plain_confirmation(qtbot: QtBot, ui: UiEnv,
                                                   demo_session: Session) -> None:
    page = ShiftsPage(demo_session)
    show(qtbot, page)
    vault = demo_session.vault
    total = vault.count_shifts()
    click_row(qtbot, page, 0)
    doomed = page.selected()
    assert doomed is not None and doomed.id is not None
    lines = len(vault.money_for_shift(doomed.id))
    question: list[str] = []

    def read_and_keep(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        question.append(box.text())
        click_message_button(qtbot, "keep")(box)

    when_modal(qtbot, read_and_keep)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert vault.get_shift(doomed.id) is not None  # "Keep it" keeps it
    assert "Club" in question[0] or "Nordic" in question[0] or "Velvet" in question[0]
    if lines:
        assert f"Its {lines} money lines are deleted with it." in question[0]

    when_modal(qtbot, click_message_button(qtbot, "confirmDelete"))
    with qtbot.waitSignal(page.model.reloaded):
        qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert vault.get_shift(doomed.id) is None
    assert vault.money_for_shift(doomed.id) == []
    assert page.count_label.text() == f"{total - 1} shifts"
    assert doomed.id not in {s.id for s in page.model.rows()}


def test_money_filter_by_kind_and_category(qtbot: QtBot, ui: UiEnv,
                                           demo_session: Session) -> None:
    page = MoneyPage(demo_session)
    show(qtbot, page)
    kind, category = page.filter_bar.kind, page.filter_bar.category
    assert kind is not None and category is not None
    kind.setFocus()
    with qtbot.waitSignal(page.model.reloaded):
        kind.setCurrentIndex(kind.findData("deduction"))
    category.setFocus()
    with qtbot.waitSignal(page.model.reloaded):
        category.setCurrentIndex(category.findData("house_fee"))
    rows = page.model.rows()
    assert rows and all(r.kind == MoneyKind.DEDUCTION and r.category == "house_fee"
                        for r in rows)
    expected = demo_session.vault.count_money_lines(kind="deduction", category="house_fee")
    assert page.count_label.text() == f"{expected} money lines"
    assert page.model.data(page.model.index(0, 3)).startswith("\u2212")  # a sign, not colour


def test_edit_keeps_the_earlier_version(qtbot: QtBot, ui: UiEnv, session: Session) -> None:
    page = WorkplacesPage(session)
    show(qtbot, page)
    click_row(qtbot, page, 0)
    workplace = page.selected()
    assert workplace is not None and workplace.id is not None

    def edit(dialog: QWidget) -> None:
        assert isinstance(dialog, WorkplaceDialog)
        notes = dialog.notes
        notes.setFocus()
        qtbot.keyClicks(notes, "House fee went up to 800 in March.")
        save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    when_modal(qtbot, edit)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # Enter edits the selected row
    saved = session.vault.get_workplace(workplace.id)
    assert saved is not None and "800 in March" in saved.notes
    assert page.select_id(workplace.id)

    seen: dict[str, object] = {}

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, HistoryDialog)
        versions = dialog.findChild(QListWidget)
        assert versions is not None
        seen["versions"] = versions.count()
        seen["summary"] = dialog.summary.text()
        versions.setCurrentRow(0)
        seen["first"] = [dialog.values.item(r, 1).text()
                         for r in range(dialog.values.rowCount())]
        dialog.reject()

    when_modal(qtbot, look)
    qtbot.mouseClick(page.history_button, Qt.MouseButton.LeftButton)
    assert seen["versions"] == 2
    assert seen["summary"] == "Changed in this version: Notes"
    assert not any("800 in March" in text for text in seen["first"])  # type: ignore[attr-defined]


def test_a_workplace_with_records_is_archived_not_deleted(qtbot: QtBot, ui: UiEnv,
                                                          demo_session: Session) -> None:
    page = WorkplacesPage(demo_session)
    show(qtbot, page)
    busy = max(page.model.rows(),
               key=lambda w: demo_session.vault.count_shifts(workplace_id=w.id))
    click_row(qtbot, page, page.model.rows().index(busy))
    workplace = page.selected()
    assert workplace == busy
    said: list[str] = []

    def read(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        said.append(box.text())
        box.accept()

    when_modal(qtbot, read)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert "Archive it instead" in said[0]
    assert demo_session.vault.get_workplace(workplace.id or 0) is not None

    assert page.archive_button.text() == "Archive"
    with qtbot.waitSignal(page.model.reloaded):
        qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)
    archived = demo_session.vault.get_workplace(workplace.id or 0)
    assert archived is not None and archived.archived
    assert workplace.id not in {w.id for w in page.model.rows()}  # hidden unless asked for
    assert page.filter_bar.archived is not None
    with qtbot.waitSignal(page.model.reloaded):
        page.filter_bar.archived.click()
    assert workplace.id in {w.id for w in page.model.rows()}


def test_add_a_person_with_the_keyboard(qtbot: QtBot, ui: UiEnv, session: Session) -> None:
    page = PeoplePage(session)
    show(qtbot, page)
    before = page.model.rowCount()

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, QDialog)
        label = dialog.label  # type: ignore[attr-defined]
        qtbot.keyClicks(label, "Jonna (house mom)")
        save = dialog.findChildren(QPushButton)
        button = next(b for b in save if b.text() == "Save")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    when_modal(qtbot, fill)
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.model.rowCount() == before + 1
    assert any(p.label == "Jonna (house mom)" for p in session.vault.list_people())


def test_incidents_list_and_search(qtbot: QtBot, ui: UiEnv, demo_session: Session,
                                   qtmodeltester: ModelTester) -> None:
    page = IncidentsPage(demo_session)
    show(qtbot, page)
    qtmodeltester.check(page.model, force_py=True)
    first = page.model.row(0)
    assert first is not None
    word = first.title.split()[0]
    with qtbot.waitSignal(page.model.reloaded, timeout=2000):
        qtbot.keyClicks(page.filter_bar.search, word)
    assert page.model.rowCount() >= 1
    assert all(word.casefold() in (i.title + i.description).casefold()
               or word.casefold() in (i.reported_to or "").casefold()
               or word.casefold() in (i.outcome or "").casefold()
               for i in page.model.rows())


def test_person_named_in_an_incident_is_not_deleted(qtbot: QtBot, ui: UiEnv,
                                                    demo_session: Session) -> None:
    vault = demo_session.vault
    named = {p.person_id for i in vault.list_incidents() for p in i.people}
    page = PeoplePage(demo_session)
    show(qtbot, page)
    row = next(i for i, p in enumerate(page.model.rows()) if p.id in named)
    click_row(qtbot, page, row)
    said: list[str] = []

    def then_read(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        said.append(box.text())
        box.accept()

    when_modal(qtbot, lambda box: (click_message_button(qtbot, "confirmDelete")(box),
                                   when_modal(qtbot, then_read)))
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: bool(said), timeout=3000)
    assert "is named in an incident" in said[0]
    assert QPlainTextEdit  # (imported for the dialogs' fields)


def test_a_text_search_is_counted_off_the_gui_thread(qtbot: QtBot, ui: UiEnv,
                                                     demo_session: Session) -> None:
    page = MoneyPage(demo_session)
    show(qtbot, page)
    with qtbot.waitSignal(page.model.reloaded, timeout=2000):
        qtbot.keyClicks(page.filter_bar.search, "club")
    expected = demo_session.vault.count_money_lines(text="club")
    assert expected > 0
    qtbot.waitUntil(lambda: page.count_label.text() == f"{expected} money lines", timeout=5000)

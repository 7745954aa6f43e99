"""Every sortable column, sorted by a click on its header: the store sorts (in SQL, by keyset
pages), and what the worker sees is in the order the column's text says, page after page."""

from __future__ import annotations

from collections.abc import Callable
from functools import cmp_to_key
from typing import Any

import pytest
from PySide6.QtCore import QCollator, QLocale, QPoint, Qt
from pytestqt.qtbot import QtBot
from ui_helpers import UiEnv, show

from workbook.domain.categories import MoneyKind
from workbook.domain.models import Incident, MoneyLine, Shift
from workbook.ui.pages.incidents import IncidentsPage
from workbook.ui.pages.list_page import ListPage
from workbook.ui.pages.money import MoneyPage
from workbook.ui.pages.shifts import ShiftsPage
from workbook.ui.session import Session


def name_key(text: str) -> Any:
    """How a name sorts in the current language (Swedish puts Å, Ä, Ö after Z)."""
    collator = QCollator(QLocale())
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return cmp_to_key(collator.compare)(text)


def click_header(qtbot: QtBot, page: ListPage[Any], column: int) -> None:
    header = page.table.horizontalHeader()
    with qtbot.waitSignal(page.model.reloaded, timeout=3000):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                         pos=QPoint(header.sectionViewportPosition(column) + 8, 5))


def all_rows(page: ListPage[Any]) -> list[Any]:
    """Every row, loaded page by page as scrolling does."""
    while page.model.canFetchMore():
        page.model.fetchMore()
    return page.model.rows()


def column_of(page: ListPage[Any], key: str) -> int:
    return next(i for i, c in enumerate(page.model.columns) if c.sort_key == key)


def check_sorted(qtbot: QtBot, page: ListPage[Any], key: str,
                 value: Callable[[Any], Any]) -> None:
    """Click the column twice; the rows follow ``value`` down, then up; no row is lost or
    shown twice across pages."""
    column = column_of(page, key)
    total = len(all_rows(page))
    header = page.table.horizontalHeader()
    click_header(qtbot, page, column)
    rows = all_rows(page)
    assert header.sortIndicatorSection() == column
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert len(rows) == total and len({r.id for r in rows}) == total
    values = [value(r) for r in rows]
    assert values == sorted(values, reverse=True), key
    click_header(qtbot, page, column)
    rows = all_rows(page)
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    values = [value(r) for r in rows]
    assert values == sorted(values), key
    assert len({r.id for r in rows}) == total


@pytest.fixture
def small_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    # Pages of 7 rows, so the demo's few hundred records cross many page boundaries.
    import workbook.ui.table_model as table_model

    monkeypatch.setattr(table_model, "PAGE_SIZE", 7)
    original = table_model.RecordTableModel.__init__

    def init(self: Any, *args: Any, **kwargs: Any) -> None:
        kwargs["page_size"] = 7
        original(self, *args, **kwargs)

    monkeypatch.setattr(table_model.RecordTableModel, "__init__", init)


def test_every_shift_column_sorts(qtbot: QtBot, ui: UiEnv, demo_session: Session,
                                  small_pages: None) -> None:
    page = ShiftsPage(demo_session)
    show(qtbot, page)
    vault = demo_session.vault
    names = {w.id: w.name.casefold() for w in vault.list_workplaces()}

    def money(shift: Shift, kinds: dict[MoneyKind, int]) -> int:
        assert shift.id is not None
        return sum(kinds.get(line.kind, 0) * line.amount_minor
                   for line in vault.money_for_shift(shift.id))

    check_sorted(qtbot, page, "workplace", lambda s: (names[s.workplace_id], s.start))
    check_sorted(qtbot, page, "hours", lambda s: (s.worked_seconds, s.start))
    check_sorted(qtbot, page, "earned",
                 lambda s: (money(s, {MoneyKind.EARNING: 1}), s.start))
    check_sorted(qtbot, page, "taken",
                 lambda s: (money(s, {MoneyKind.DEDUCTION: 1}), s.start))
    check_sorted(qtbot, page, "kept", lambda s: (
        money(s, {MoneyKind.EARNING: 1, MoneyKind.DEDUCTION: -1}), s.start))
    role = page.model.columns[column_of(page, "role")]
    check_sorted(qtbot, page, "role", lambda s: (name_key(role.getter(s)), s.start))
    check_sorted(qtbot, page, "start", lambda s: s.start)


def test_every_money_column_sorts(qtbot: QtBot, ui: UiEnv, demo_session: Session,
                                  small_pages: None) -> None:
    page = MoneyPage(demo_session)
    show(qtbot, page)
    names = {w.id: w.name.casefold() for w in demo_session.vault.list_workplaces()}

    def shown(key: str) -> Callable[[MoneyLine], Any]:
        column = page.model.columns[column_of(page, key)]
        return lambda line: name_key(column.getter(line))

    check_sorted(qtbot, page, "amount", lambda m: (m.signed_minor, m.date))
    check_sorted(qtbot, page, "kind", lambda m: (shown("kind")(m), m.date))
    check_sorted(qtbot, page, "method", lambda m: (
        (1, name_key("")) if m.method is None else (0, shown("method")(m)), m.date))
    check_sorted(qtbot, page, "counterparty", lambda m: (m.counterparty.casefold(), m.date))
    check_sorted(qtbot, page, "workplace", lambda m: (
        (1, "") if m.workplace_id is None else (0, names[m.workplace_id]), m.date))
    check_sorted(qtbot, page, "date", lambda m: m.date)


def test_categories_sort_by_their_names_in_swedish(qtbot: QtBot, ui: UiEnv,
                                                   demo_session: Session,
                                                   small_pages: None) -> None:
    ui.translations.install("sv")
    page = MoneyPage(demo_session)
    show(qtbot, page)
    column = page.model.columns[column_of(page, "category")]
    check_sorted(qtbot, page, "category", lambda m: (name_key(column.getter(m)), m.date))
    shown = list(dict.fromkeys(column.getter(m) for m in all_rows(page)))
    # Swedish names, in Swedish alphabetical order (Å, Ä, Ö last), not the English order.
    assert "Böter" in shown and "Fine" not in shown
    assert shown == sorted(shown, key=name_key)


def test_every_incident_column_sorts(qtbot: QtBot, ui: UiEnv, demo_session: Session,
                                     small_pages: None) -> None:
    page = IncidentsPage(demo_session)
    show(qtbot, page)

    def shown(key: str) -> Callable[[Incident], Any]:
        column = page.model.columns[column_of(page, key)]
        return lambda incident: name_key(column.getter(incident))

    check_sorted(qtbot, page, "title", lambda i: (i.title.casefold(), i.start))
    check_sorted(qtbot, page, "severity", lambda i: (i.severity, i.start))
    check_sorted(qtbot, page, "people", lambda i: (len(i.people), i.start))
    check_sorted(qtbot, page, "category", lambda i: (shown("category")(i), i.start))
    check_sorted(qtbot, page, "reported_to", lambda i: ((i.reported_to or "").casefold(),
                                                         i.start))


def test_a_sort_keeps_the_filters(qtbot: QtBot, ui: UiEnv, demo_session: Session,
                                  small_pages: None) -> None:
    page = MoneyPage(demo_session)
    show(qtbot, page)
    combo = page.filter_bar.workplace
    assert combo is not None
    vault = demo_session.vault
    index = max(range(1, combo.count()),
                key=lambda i: vault.count_money_lines(workplace_id=combo.itemData(i)))
    chosen = combo.itemData(index)
    with qtbot.waitSignal(page.model.reloaded):
        combo.setCurrentIndex(index)
    expected = demo_session.vault.count_money_lines(workplace_id=chosen)
    kind = page.model.columns[column_of(page, "kind")]
    check_sorted(qtbot, page, "kind", lambda m: (name_key(kind.getter(m)), m.date))
    rows = all_rows(page)
    assert expected > 10 and len(rows) == expected
    assert {r.workplace_id for r in rows} == {chosen}
    check_sorted(qtbot, page, "amount", lambda m: (m.signed_minor, m.date))
    assert {r.workplace_id for r in all_rows(page)} == {chosen}

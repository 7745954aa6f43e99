"""RecordTableModel: keyset paging, sorting and filtering by re-querying, and Qt's model rules
(checked with pytest-qt's ``qtmodeltester``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from ui_helpers import UiEnv

from workbook.ui.session import Session
from workbook.ui.table_model import RIGHT, CallableFetcher, Column, RecordTableModel, Sort


@dataclass(frozen=True)
class Row:
    id: int
    name: str


class FakeStore:
    """Rows 1…n ordered by id; records every query so tests can see what was asked."""

    def __init__(self, n: int) -> None:
        self.rows = [Row(i, f"row {i}") for i in range(1, n + 1)]
        self.queries: list[tuple[Any, int, Sort]] = []

    def fetch(self, after: Any, limit: int, sort: Sort) -> Sequence[Row]:
        self.queries.append((after, limit, sort))
        rows = sorted(self.rows, key=lambda r: r.id, reverse=sort.descending)
        if after is not None:
            rows = [r for r in rows if (r.id < after if sort.descending else r.id > after)]
        return rows[:limit]


COLUMNS = [
    Column("Id", lambda r: str(r.id), RIGHT, sort_key="id"),
    Column("Name", lambda r: r.name),
]


def model_for(store: FakeStore, page: int = 200) -> RecordTableModel[Row]:
    fetcher = CallableFetcher(store.fetch, lambda row, sort: row.id)
    return RecordTableModel(COLUMNS, fetcher, sort=Sort("id", True), page_size=page)


def test_model_passes_qt_model_rules(qtmodeltester: ModelTester) -> None:
    model = model_for(FakeStore(450))
    qtmodeltester.check(model, force_py=True)


def test_pages_are_fetched_with_the_last_rows_key(qtmodeltester: ModelTester) -> None:
    store = FakeStore(450)
    model = model_for(store)
    assert model.rowCount() == 200
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 400
    assert store.queries[-1][0] == 251  # keyset: after the last row shown (ids 450…251)
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 450
    assert not model.canFetchMore(QModelIndex())
    qtmodeltester.check(model, force_py=True)


def test_sorting_requeries_the_store(qtmodeltester: ModelTester) -> None:
    store = FakeStore(30)
    model = model_for(store, page=10)
    assert model.data(model.index(0, 0)) == "30"
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert store.queries[-1] == (None, 10, Sort("id", False))
    assert model.data(model.index(0, 0)) == "1"
    before = len(store.queries)
    model.sort(1, Qt.SortOrder.AscendingOrder)  # not sortable: nothing happens
    assert len(store.queries) == before
    qtmodeltester.check(model, force_py=True)


def test_data_roles(qtmodeltester: ModelTester) -> None:
    model = model_for(FakeStore(3))
    index = model.index(0, 0)
    assert model.data(index, Qt.ItemDataRole.DisplayRole) == "3"
    assert model.data(index, Qt.ItemDataRole.TextAlignmentRole) == int(RIGHT.value)
    assert model.data(index, Qt.ItemDataRole.DecorationRole) is None  # unknown roles: None
    assert model.data(index, Qt.ItemDataRole.UserRole) == Row(3, "row 3")
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Name"
    assert model.headerData(0, Qt.Orientation.Vertical) is None


def test_refresh_keeps_as_many_rows_as_were_loaded() -> None:
    store = FakeStore(500)
    model = model_for(store)
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 400
    with_signal = []
    model.reloaded.connect(lambda: with_signal.append(True))
    model.refresh()
    assert model.rowCount() == 400
    assert store.queries[-1] == (None, 400, Sort("id", True))
    assert with_signal


def test_shift_list_over_a_real_vault(qtmodeltester: ModelTester, ui: UiEnv,
                                      demo_session: Session) -> None:
    from workbook.ui.pages.shifts import ShiftsPage

    page = ShiftsPage(demo_session)
    try:
        model = page.model
        total = demo_session.vault.count_shifts()
        assert total > 50
        qtmodeltester.check(model, force_py=True)
        first = model.row(0)
        assert first is not None
        newest = demo_session.vault.list_shifts(limit=1)[0]
        assert first.id == newest.id
        # Small pages so paging is exercised on the real store.
        model.page_size = 20
        model.refresh()
        while model.canFetchMore(QModelIndex()):
            model.fetchMore(QModelIndex())
        ids = [r.id for r in model.rows()]
        assert len(ids) == total == len(set(ids))
        starts = [r.start for r in model.rows()]
        assert starts == sorted(starts, reverse=True)
        qtmodeltester.check(model, force_py=True)
    finally:
        page.deleteLater()

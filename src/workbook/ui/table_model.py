"""One table model for every list in the app: columns are specs, rows come from the store.

Rows are fetched a page at a time (200) with keyset paging: the fetch function gets the cursor
of the last row it returned (``(start, id)`` for shifts) and returns the next page, so page 12
costs what page 1 costs. The view asks for more through ``canFetchMore``/``fetchMore`` as the
worker scrolls. Sorting and filtering re-query the store with the new order and filters; rows
are never sorted or filtered in Python (a ``QSortFilterProxyModel`` over 50,000 Python rows took
23 s to sort).

A page describes its list with ``Column``s and a ``Fetcher``::

    columns = [Column(QT_TRANSLATE_NOOP("Columns", "Date"), lambda s: date_text(s.day),
                      sort_key="start"), ...]
    model = RecordTableModel(columns, fetcher)
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

R = TypeVar("R")
R_co = TypeVar("R_co", covariant=True)

PAGE_SIZE = 200
HEADER_CONTEXT = "Columns"
CLICK_TO_SORT = QT_TRANSLATE_NOOP("Columns", "Click to sort")
NOT_SORTABLE = QT_TRANSLATE_NOOP("Columns", "This column cannot be sorted")
UNSORTABLE_INK = "#6b7280"  # the theme's muted text (4.8:1 on the header's background)

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter

_Index = QModelIndex | QPersistentModelIndex


@cache
def _unsortable_ink() -> QColor:
    # One colour for every call (headerData runs for each header on each paint); a QColor,
    # not a QBrush, whose first use costs Qt 10 ms of setting up gradient types.
    return QColor(UNSORTABLE_INK)


@dataclass(frozen=True)
class Column(Generic[R]):
    """``header`` is the English source text (marked with ``QT_TRANSLATE_NOOP("Columns", …)``);
    ``getter`` returns the text shown; ``sort_key`` names the store order this column sorts by
    (``None``: not sortable); ``tooltip`` optionally explains a cell."""

    header: object  # the result of QT_TRANSLATE_NOOP("Columns", "…"): an English str
    getter: Callable[[R], str]
    alignment: Qt.AlignmentFlag = LEFT
    sort_key: str | None = None
    tooltip: Callable[[R], str] | None = None
    accessible: Callable[[R], str] | None = None


@dataclass(frozen=True)
class Sort:
    key: str | None = None
    descending: bool = True


class Fetcher(Protocol[R_co]):
    """How a model gets its rows. ``after`` is ``page_key(last row)`` of the previous page or
    ``None`` for the first page."""

    def fetch(self, *, after: Any, limit: int, sort: Sort) -> Sequence[R_co]: ...

    def page_key(self, row: Any, sort: Sort) -> Any: ...


@dataclass
class CallableFetcher(Generic[R]):
    """A ``Fetcher`` from two functions; the usual way pages build one for their filters."""

    fetch_fn: Callable[[Any, int, Sort], Sequence[R]]
    key_fn: Callable[[R, Sort], Any] = field(default=lambda row, sort: None)
    #: True when ``fetch_fn`` returns every row at once (a short list such as workplaces).
    complete: bool = False

    def fetch(self, *, after: Any, limit: int, sort: Sort) -> Sequence[R]:
        if self.complete and after is not None:
            return []
        return self.fetch_fn(after, limit, sort)

    def page_key(self, row: R, sort: Sort) -> Any:
        return self.key_fn(row, sort)


class RecordTableModel(QAbstractTableModel, Generic[R]):
    #: Emitted after the rows were replaced (new filter, new sort, refresh).
    reloaded = Signal()

    def __init__(self, columns: Sequence[Column[R]], fetcher: Fetcher[R] | None = None,
                 *, sort: Sort | None = None, page_size: int = PAGE_SIZE,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self.columns: list[Column[R]] = list(columns)
        self.page_size = page_size
        self._fetcher = fetcher
        self._sort = sort or Sort()
        self._rows: list[R] = []
        # Each row's cell texts, formatted once: Qt asks for several roles per cell on every
        # paint, and formatting dates and amounts is the costly part.
        self._texts: dict[int, list[str]] = {}
        self._exhausted = fetcher is None
        if fetcher is not None:
            self._load(self.page_size)

    # --- Qt's model interface ------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.texts(index.row())[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.alignment.value)
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row) or None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if column.accessible is not None:
                return column.accessible(row) or None
            return self.texts(index.row())[index.column()] or None
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None

    def texts(self, number: int) -> list[str]:
        """The shown text of every cell of row ``number`` (formatted once, then kept)."""
        cached = self._texts.get(number)
        if cached is None:
            row = self._rows[number]
            cached = self._texts[number] = [c.getter(row) for c in self.columns]
        return cached

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(HEADER_CONTEXT, str(column.header))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.alignment.value)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = CLICK_TO_SORT if column.sort_key is not None else NOT_SORTABLE
            return QCoreApplication.translate(HEADER_CONTEXT, str(tip))
        if role == Qt.ItemDataRole.ForegroundRole and column.sort_key is None:
            # Greyed, and it never shows a sort arrow: a click on it does nothing.
            return _unsortable_ink()
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted or self._fetcher is None:
            return
        after = self._fetcher.page_key(self._rows[-1], self._sort) if self._rows else None
        page = list(self._fetcher.fetch(after=after, limit=self.page_size, sort=self._sort))
        self._exhausted = len(page) < self.page_size
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        key = self.columns[column].sort_key
        if key is None:
            return
        self.set_sort(Sort(key, order == Qt.SortOrder.DescendingOrder))

    # --- for pages -----------------------------------------------------------------------------

    @property
    def current_sort(self) -> Sort:
        return self._sort

    def sort_column(self) -> int:
        for i, column in enumerate(self.columns):
            if column.sort_key is not None and column.sort_key == self._sort.key:
                return i
        return -1

    def set_sort(self, sort: Sort) -> None:
        self._sort = sort
        self._reload(self.page_size)

    def set_fetcher(self, fetcher: Fetcher[R]) -> None:
        """New filters: start again from the first page."""
        self._fetcher = fetcher
        self._reload(self.page_size)

    def refresh(self) -> None:
        """Re-read after a change, keeping as many rows as were loaded (so the view keeps its
        place)."""
        self._reload(max(self.page_size, len(self._rows)))

    def row(self, index: _Index | int) -> R | None:
        number = index if isinstance(index, int) else index.row()
        if isinstance(index, QModelIndex | QPersistentModelIndex) and not index.isValid():
            return None
        return self._rows[number] if 0 <= number < len(self._rows) else None

    def rows(self) -> list[R]:
        return list(self._rows)

    @property
    def exhausted(self) -> bool:
        return self._exhausted

    def _reload(self, count: int) -> None:
        self.beginResetModel()
        self._rows = []
        self._texts = {}
        self._exhausted = self._fetcher is None
        if self._fetcher is not None:
            self._load(count)
        self.endResetModel()
        self.reloaded.emit()

    def _load(self, count: int) -> None:
        assert self._fetcher is not None
        rows = list(self._fetcher.fetch(after=None, limit=count, sort=self._sort))
        self._rows = rows
        self._exhausted = len(rows) < count

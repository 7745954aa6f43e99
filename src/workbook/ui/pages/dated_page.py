"""What the Shifts, Money and Incidents lists share beyond ``ListPage``: records with a date at
a workplace, read from the vault a page at a time in any column's order, edited in a dialog.

A subclass names its vault list (``list_name``, ``count_name``), the date order it pages by
(``date_key`` and the record attribute ``date_attr``), the columns read as labels
(``ranked``: sort key → slug table, sorted by the names shown); ``open_editor`` is its
editor, as for every list. The workplaces are read once and kept for names and for the workplace
order.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, TypeVar

from PySide6.QtWidgets import QWidget

from workbook.domain.models import Workplace
from workbook.ui.pages.list_page import ListPage
from workbook.ui.session import Session
from workbook.ui.table_model import Sort
from workbook.ui.widgets.filter_bar import Filters
from workbook.ui.widgets.labels import label_order

R = TypeVar("R")


class DatedRecordsPage(ListPage[R]):
    list_name: ClassVar[str] = ""   # the vault's list method, e.g. "list_shifts"
    count_name: ClassVar[str] = ""  # and its count method, e.g. "count_shifts"
    date_key: ClassVar[str] = "start"
    date_attr: ClassVar[str] = "start"
    ranked: ClassVar[Mapping[str, Mapping[str, object]]] = {}

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        self.session = session
        self._workplaces: dict[int, Workplace] = {}
        self._load_workplaces()
        super().__init__(session, parent)

    def _load_workplaces(self) -> None:
        self._workplaces = {w.id: w for w in self.session.vault.list_workplaces(
            include_archived=True) if w.id is not None}

    def workplace_name(self, workplace_id: int | None) -> str:
        workplace = self._workplaces.get(workplace_id) if workplace_id is not None else None
        return workplace.name if workplace is not None else "—"

    # --- rows ----------------------------------------------------------------------------------

    def filter_args(self, filters: Filters) -> dict[str, Any]:
        """The vault's filter arguments for this list."""
        return {"workplace_id": filters.workplace_id, "date_from": filters.date_from,
                "date_to": filters.date_to, "text": filters.text}

    def fetch(self, filters: Filters, after: Any, limit: int, sort: Sort) -> Sequence[R]:
        rows: Sequence[R] = getattr(self.session.vault, self.list_name)(
            **self.filter_args(filters), after=after, limit=limit,
            newest_first=sort.descending, sort=sort.key or self.date_key,
            ranking=self.ranking(sort))
        return rows

    def ranking(self, sort: Sort) -> list[Any]:
        """For a column of names, the values in the order their names sort (the store sorts
        by that ranking)."""
        if sort.key == "workplace":
            return self.workplaces_by_name(self._workplaces)
        table = self.ranked.get(sort.key or "")
        return label_order(table) if table is not None else []

    def page_key(self, row: R, sort: Sort) -> Any:
        if sort.key in (None, self.date_key):
            return (getattr(row, self.date_attr), self.record_id(row))
        return self.record_id(row)

    def count(self, filters: Filters) -> int | None:
        return int(getattr(self.session.vault, self.count_name)(**self.filter_args(filters)))

    def refresh(self) -> None:
        if self.session.is_open:
            self._load_workplaces()
        super().refresh()

"""Money: every line earned, taken by a workplace or spent, from shifts and on its own."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from workbook.domain.categories import MoneyKind
from workbook.domain.models import MoneyLine, Workplace
from workbook.ui.formatting import day_text, first_line
from workbook.ui.pages.list_page import ListPage
from workbook.ui.session import Session
from workbook.ui.table_model import RIGHT, Column, Sort
from workbook.ui.widgets.filter_bar import FilterBar, Filters
from workbook.ui.widgets.labels import (
    MONEY_CATEGORY,
    MONEY_KIND,
    PAYMENT_METHOD,
    amount_text,
    label,
)


class MoneyPage(ListPage[MoneyLine]):
    entity = "money"
    watch = frozenset({"money", "shift", "workplace"})
    default_sort = Sort("date", descending=True)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        self.session = session
        self._workplaces: dict[int, Workplace] = {}
        self._load_workplaces()
        super().__init__(session, parent)

    def _load_workplaces(self) -> None:
        self._workplaces = {w.id: w for w in self.session.vault.list_workplaces(
            include_archived=True) if w.id is not None}

    def page_title(self) -> str:
        return self.tr("Money")

    def add_text(self) -> str:
        return self.tr("Add money…")

    def build_filters(self) -> FilterBar:
        return FilterBar(workplaces=list(self._workplaces.values()), money_kind=True,
                         search_hint=self.tr("Search in notes and who paid"), parent=self)

    def _workplace_name(self, line: MoneyLine) -> str:
        workplace = self._workplaces.get(line.workplace_id) if line.workplace_id else None
        return workplace.name if workplace is not None else "—"

    def columns(self) -> Sequence[Column[MoneyLine]]:
        return [
            Column(QT_TRANSLATE_NOOP("Columns", "Date"), lambda m: day_text(m.date),
                   sort_key="date"),
            Column(QT_TRANSLATE_NOOP("Columns", "Kind"), lambda m: label(MONEY_KIND, m.kind)),
            Column(QT_TRANSLATE_NOOP("Columns", "Category"),
                   lambda m: label(MONEY_CATEGORY, m.category)),
            Column(QT_TRANSLATE_NOOP("Columns", "Amount"), self._amount, RIGHT),
            Column(QT_TRANSLATE_NOOP("Columns", "Workplace"), self._workplace_name),
            Column(QT_TRANSLATE_NOOP("Columns", "Paid how"),
                   lambda m: label(PAYMENT_METHOD, m.method) if m.method else "—"),
            Column(QT_TRANSLATE_NOOP("Columns", "Paid to or taken by"),
                   lambda m: m.counterparty or "—"),
            Column(QT_TRANSLATE_NOOP("Columns", "Note"), lambda m: first_line(m.note)),
        ]

    def _amount(self, line: MoneyLine) -> str:
        # The sign says which way the money went, so the meaning never rests on colour.
        sign = "+" if line.kind == MoneyKind.EARNING else "\u2212"
        return f"{sign}\u2009{amount_text(line.amount_minor, line.currency)}"

    def _args(self, filters: Filters) -> dict[str, Any]:
        return {"workplace_id": filters.workplace_id, "date_from": filters.date_from,
                "date_to": filters.date_to, "kind": filters.kind, "category": filters.category,
                "text": filters.text}

    def fetch(self, filters: Filters, after: Any, limit: int, sort: Sort) -> Sequence[MoneyLine]:
        return self.session.vault.list_money_lines(
            **self._args(filters), after=after, limit=limit, newest_first=sort.descending)

    def page_key(self, row: MoneyLine, sort: Sort) -> Any:
        return (row.date, row.id)

    def count(self, filters: Filters) -> int | None:
        return int(self.session.vault.count_money_lines(**self._args(filters)))

    def count_text(self, shown: int, total: int | None) -> str:
        return self.tr("%n money lines", "", total if total is not None else shown)

    def empty_text(self, filtered: bool) -> str:
        if filtered:
            return self.tr("No money lines match these filters.")
        return self.tr("No money recorded yet. Money from a shift is added in the shift; "
                       "rent, advertising or a phone bill can be added here.")

    def refresh(self) -> None:
        if self.session.is_open:
            self._load_workplaces()
        super().refresh()

    def record_title(self, row: MoneyLine) -> str:
        return self._describe(row)

    def _describe(self, row: MoneyLine) -> str:
        return self.tr("%1 of %2 on %3").replace("%1", label(MONEY_CATEGORY, row.category)) \
            .replace("%2", amount_text(row.amount_minor, row.currency)) \
            .replace("%3", day_text(row.date))

    def _open(self, line: MoneyLine | None) -> None:
        from workbook.ui.dialogs.money_dialog import MoneyDialog

        dialog = MoneyDialog(self.session, line, self)
        dialog.exec()
        dialog.deleteLater()

    def add_record(self) -> None:
        self._open(None)

    def edit_record(self, row: MoneyLine) -> None:
        self._open(row)

    def delete_question(self, row: MoneyLine) -> str:
        text = self.tr("Delete this money line: %1?").replace("%1", self._describe(row))
        if row.shift_id is not None:
            text += " " + self.tr("It belongs to a shift; the shift stays.")
        return text

    def delete_record(self, row: MoneyLine) -> None:
        assert row.id is not None
        self.session.vault.delete_money_line(row.id)

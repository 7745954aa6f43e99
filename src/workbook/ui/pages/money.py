"""Money: every line earned, taken by a workplace or spent, from shifts and on its own."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QDialog

from workbook.domain.categories import MoneyKind
from workbook.domain.models import MoneyLine
from workbook.ui.formatting import day_text, first_line
from workbook.ui.pages.dated_page import DatedRecordsPage
from workbook.ui.table_model import RIGHT, Column, Sort
from workbook.ui.widgets.categories import custom_categories
from workbook.ui.widgets.filter_bar import FilterBar, Filters
from workbook.ui.widgets.labels import (
    MONEY_CATEGORY,
    MONEY_KIND,
    PAYMENT_METHOD,
    amount_text,
    label,
)


class MoneyPage(DatedRecordsPage[MoneyLine]):
    entity = "money"
    watch = frozenset({"money", "shift", "workplace"})
    default_sort = Sort("date", descending=True)
    list_name, count_name = "list_money_lines", "count_money_lines"
    date_key = date_attr = "date"
    ranked: ClassVar[Mapping[str, Mapping[str, object]]] = {
        "kind": MONEY_KIND, "category": MONEY_CATEGORY, "method": PAYMENT_METHOD}

    def page_title(self) -> str:
        return self.tr("Money")

    def add_text(self) -> str:
        return self.tr("Add money…")

    def build_filters(self) -> FilterBar:
        return FilterBar(workplaces=list(self._workplaces.values()), money_kind=True,
                         own_categories=self._own_categories(),
                         search_hint=self.tr("Search in notes and who paid"), parent=self)

    def _workplace_name(self, line: MoneyLine) -> str:
        return self.workplace_name(line.workplace_id)

    def columns(self) -> Sequence[Column[MoneyLine]]:
        return [
            Column(QT_TRANSLATE_NOOP("Columns", "Date"), lambda m: day_text(m.date),
                   sort_key="date"),
            Column(QT_TRANSLATE_NOOP("Columns", "Kind"), lambda m: label(MONEY_KIND, m.kind),
                   sort_key="kind"),
            Column(QT_TRANSLATE_NOOP("Columns", "Category"),
                   lambda m: label(MONEY_CATEGORY, m.category), sort_key="category"),
            Column(QT_TRANSLATE_NOOP("Columns", "Amount"), self._amount, RIGHT,
                   sort_key="amount"),
            Column(QT_TRANSLATE_NOOP("Columns", "Workplace"), self._workplace_name,
                   sort_key="workplace"),
            Column(QT_TRANSLATE_NOOP("Columns", "Paid how"),
                   lambda m: label(PAYMENT_METHOD, m.method) if m.method else "—",
                   sort_key="method"),
            Column(QT_TRANSLATE_NOOP("Columns", "Paid to or taken by"),
                   lambda m: m.counterparty or "—", sort_key="counterparty"),
            Column(QT_TRANSLATE_NOOP("Columns", "Note"), lambda m: first_line(m.note)),
        ]

    def _amount(self, line: MoneyLine) -> str:
        # The sign says which way the money went, so the meaning never rests on colour.
        sign = "+" if line.kind == MoneyKind.EARNING else "\u2212"
        return f"{sign}\u2009{amount_text(line.amount_minor, line.currency)}"

    def _own_categories(self) -> dict[str, list[str]]:
        return {str(k): custom_categories(self.session, k) for k in MoneyKind}

    def refresh(self) -> None:
        if self.session.is_open:
            self.filter_bar.set_own_categories(self._own_categories())
        super().refresh()

    def filter_args(self, filters: Filters) -> dict[str, Any]:
        return {**super().filter_args(filters), "kind": filters.kind,
                "category": filters.category}

    def count_text(self, shown: int, total: int | None) -> str:
        return self.tr("%n money lines", "", total if total is not None else shown)

    def empty_text(self, filtered: bool) -> str:
        if filtered:
            return self.tr("No money lines match these filters.")
        return self.tr("No money recorded yet. Money from a shift is added in the shift; "
                       "rent, advertising or a phone bill can be added here.")

    def record_title(self, row: MoneyLine) -> str:
        return self._describe(row)

    def _describe(self, row: MoneyLine) -> str:
        return self.tr("%1 of %2 on %3").replace("%1", label(MONEY_CATEGORY, row.category)) \
            .replace("%2", amount_text(row.amount_minor, row.currency)) \
            .replace("%3", day_text(row.date))

    def open_editor(self, row: MoneyLine | None) -> QDialog:
        from workbook.ui.dialogs.money_dialog import MoneyDialog

        return MoneyDialog(self.session, row, self)

    def delete_question(self, row: MoneyLine) -> str:
        text = self.tr("Delete this money line: %1?").replace("%1", self._describe(row))
        if row.shift_id is not None:
            text += " " + self.tr("It belongs to a shift; the shift stays.")
        return text

    def delete_record(self, row: MoneyLine) -> None:
        assert row.id is not None
        self.session.vault.delete_money_line(row.id)

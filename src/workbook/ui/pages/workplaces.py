"""Workplaces: clubs, agencies, venues and platforms, with their legal employers. A workplace
with records cannot be deleted (the records need it); it can be archived instead."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QDialog, QPushButton, QWidget

from workbook.domain.models import Workplace
from workbook.ui.pages.list_page import ListPage
from workbook.ui.session import Session
from workbook.ui.table_model import Column, Sort
from workbook.ui.tasks import show_problem
from workbook.ui.widgets.filter_bar import FilterBar, Filters
from workbook.ui.widgets.pickers import workplace_kind_label


class WorkplacesPage(ListPage[Workplace]):
    entity = "workplace"
    watch = frozenset({"workplace"})
    default_sort = Sort("name", descending=False)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.archive_button = QPushButton(self.tr("Archive"))
        self.archive_button.setToolTip(self.tr("Hide a workplace you no longer work at from "
                                               "choices; its records stay"))
        self.archive_button.clicked.connect(self.toggle_archived)
        self.button_row.insertWidget(3, self.archive_button)
        self._update_buttons()

    def page_title(self) -> str:
        return self.tr("Workplaces")

    def add_text(self) -> str:
        return self.tr("Add a workplace…")

    def build_filters(self) -> FilterBar:
        return FilterBar(period=False, archived=True,
                         search_hint=self.tr("Search names, cities and employers"), parent=self)

    def columns(self) -> Sequence[Column[Workplace]]:
        return [
            Column(QT_TRANSLATE_NOOP("Columns", "Name"), lambda w: w.name, sort_key="name"),
            Column(QT_TRANSLATE_NOOP("Columns", "Kind"), lambda w: workplace_kind_label(w.kind),
                   sort_key="kind"),
            Column(QT_TRANSLATE_NOOP("Columns", "City"), lambda w: w.city or "—",
                   sort_key="city"),
            Column(QT_TRANSLATE_NOOP("Columns", "Currency"), lambda w: w.currency,
                   sort_key="currency"),
            Column(QT_TRANSLATE_NOOP("Columns", "Legal employer"),
                   lambda w: w.legal_name or self.tr("not known yet"), sort_key="legal_name"),
            Column(QT_TRANSLATE_NOOP("Columns", "Status"),
                   lambda w: self.tr("Archived") if w.archived else self.tr("Active"),
                   sort_key="status"),
        ]

    def complete(self) -> bool:
        return True

    def fetch(self, filters: Filters, after: Any, limit: int, sort: Sort) -> Sequence[Workplace]:
        # A short list (a worker has a handful of workplaces): read whole, sorted here.
        rows = self.session.vault.list_workplaces(include_archived=filters.include_archived)
        if filters.text:
            needle = filters.text.casefold()
            rows = [w for w in rows if any(needle in v.casefold() for v in (
                w.name, w.city, w.legal_name, w.registration_number, w.address))]
        return self.sort_shown(rows, sort)

    def count_text(self, shown: int, total: int | None) -> str:
        return self.tr("%n workplaces", "", shown)

    def empty_text(self, filtered: bool) -> str:
        if filtered:
            return self.tr("No workplaces match.")
        return self.tr("No workplaces yet. Add the clubs, agencies or platforms you work for.")

    def record_title(self, row: Workplace) -> str:
        return row.name

    def _update_buttons(self) -> None:
        super()._update_buttons()
        button = getattr(self, "archive_button", None)
        if button is None:
            return
        row = self.selected()
        button.setEnabled(row is not None)
        button.setText(self.tr("Bring back") if row is not None and row.archived
                       else self.tr("Archive"))

    def open_editor(self, row: Workplace | None) -> QDialog:
        from workbook.ui.dialogs.workplace_dialog import WorkplaceDialog

        return WorkplaceDialog(self.session, row, self)

    def toggle_archived(self) -> None:
        row = self.selected()
        if row is None or not self.session.is_open:
            return
        try:
            self.session.vault.update_workplace(replace(row, archived=not row.archived))
        except Exception as exc:
            show_problem(self, exc)
            return
        self.session.notify("workplace")

    def _uses(self, row: Workplace) -> int:
        vault = self.session.vault
        return (vault.count_shifts(workplace_id=row.id) + vault.count_money_lines(
            workplace_id=row.id) + vault.count_incidents(workplace_id=row.id))

    def delete_selected(self) -> None:
        row = self.selected()
        if row is None or not self.session.is_open:
            return
        if self._uses(row):
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.information(self, self.tr("Cannot delete"), self.tr(
                "“%1” still has shifts, money or incidents recorded. Archive it instead: its "
                "records stay, and it no longer shows up in choices.").replace("%1", row.name))
            return
        super().delete_selected()

    def delete_question(self, row: Workplace) -> str:
        return self.tr("Delete the workplace “%1”? Nothing is recorded at it.").replace(
            "%1", row.name)

    def delete_record(self, row: Workplace) -> None:
        assert row.id is not None
        self.session.vault.delete_workplace(row.id)

"""People: the names or nicknames used in incidents (managers, coworkers, witnesses…)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QDialog

from workbook.domain.errors import Problem, ValidationError
from workbook.domain.models import Person
from workbook.ui.formatting import first_line
from workbook.ui.pages.list_page import ListPage
from workbook.ui.table_model import Column, Sort
from workbook.ui.widgets.filter_bar import FilterBar, Filters
from workbook.ui.widgets.labels import PERSON_ROLE, label


class PeoplePage(ListPage[Person]):
    entity = "person"
    watch = frozenset({"person", "incident"})
    default_sort = Sort("label", descending=False)

    def page_title(self) -> str:
        return self.tr("People")

    def add_text(self) -> str:
        return self.tr("Add a person…")

    def build_filters(self) -> FilterBar:
        return FilterBar(period=False, search_hint=self.tr("Search names and notes"),
                         parent=self)

    def columns(self) -> Sequence[Column[Person]]:
        return [
            Column(QT_TRANSLATE_NOOP("Columns", "Name or nickname"), lambda p: p.label,
                   sort_key="label"),
            Column(QT_TRANSLATE_NOOP("Columns", "Role"), lambda p: label(PERSON_ROLE, p.role),
                   sort_key="role"),
            Column(QT_TRANSLATE_NOOP("Columns", "Notes"), lambda p: first_line(p.notes)),
        ]

    def complete(self) -> bool:
        return True

    def fetch(self, filters: Filters, after: Any, limit: int, sort: Sort) -> Sequence[Person]:
        # A short list: read whole, sorted here.
        rows = self.session.vault.list_people()
        if filters.text:
            needle = filters.text.casefold()
            rows = [p for p in rows if needle in p.label.casefold()
                    or needle in p.notes.casefold()]
        return self.sort_shown(rows, sort)

    def count_text(self, shown: int, total: int | None) -> str:
        return self.tr("%n people", "", shown)

    def empty_text(self, filtered: bool) -> str:
        if filtered:
            return self.tr("Nobody matches.")
        return self.tr("No people yet. They are added here or when you record an incident.")

    def record_title(self, row: Person) -> str:
        return row.label

    def open_editor(self, row: Person | None) -> QDialog:
        from workbook.ui.dialogs.person_dialog import PersonDialog

        return PersonDialog(self.session, row, self)

    def delete_question(self, row: Person) -> str:
        return self.tr("Delete “%1” from your people?").replace("%1", row.label)

    def delete_record(self, row: Person) -> None:
        assert row.id is not None
        try:
            self.session.vault.delete_person(row.id)
        except ValidationError:
            # The store refuses to delete someone an incident still names.
            raise ValidationError(Problem("", self.tr(
                "“%1” is named in an incident. Remove them from it first, then delete.")
                .replace("%1", row.label))) from None

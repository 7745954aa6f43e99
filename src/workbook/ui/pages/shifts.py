"""Shifts: every shift, newest first, with what was earned, what the workplace took and what was
kept. Add and Edit open the shift editor."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from workbook.domain.categories import MoneyKind
from workbook.domain.models import Shift, Workplace
from workbook.domain.timeutil import local
from workbook.ui.formatting import day_text, first_line, time_range_text
from workbook.ui.pages.list_page import ListPage
from workbook.ui.session import Session
from workbook.ui.table_model import RIGHT, Column, Sort
from workbook.ui.widgets.filter_bar import FilterBar, Filters
from workbook.ui.widgets.labels import SHIFT_ROLE, amount_text, hours_text, label


@dataclass(frozen=True)
class ShiftTotals:
    currency: str
    earned: int
    taken: int
    lines: int

    @property
    def kept(self) -> int:
        return self.earned - self.taken


class ShiftsPage(ListPage[Shift]):
    entity = "shift"
    watch = frozenset({"shift", "money", "workplace"})
    default_sort = Sort("start", descending=True)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        self._workplaces: dict[int, Workplace] = {}
        self._totals: dict[int, ShiftTotals] = {}
        self.session = session
        self._load_workplaces()
        super().__init__(session, parent)

    def _load_workplaces(self) -> None:
        self._workplaces = {w.id: w for w in self.session.vault.list_workplaces(
            include_archived=True) if w.id is not None}

    def page_title(self) -> str:
        return self.tr("Shifts")

    def add_text(self) -> str:
        return self.tr("Add a shift…")

    def build_filters(self) -> FilterBar:
        return FilterBar(workplaces=list(self._workplaces.values()),
                         search_hint=self.tr("Search in notes"), parent=self)

    def columns(self) -> Sequence[Column[Shift]]:
        return [
            Column(QT_TRANSLATE_NOOP("Columns", "Date"), self._day, sort_key="start"),
            Column(QT_TRANSLATE_NOOP("Columns", "Time"), self._times, sort_key="start",
                   tooltip=lambda s: self.tr("+1: ends the next day")
                   if self._local(s, s.end).date() != self._local(s, s.start).date() else ""),
            Column(QT_TRANSLATE_NOOP("Columns", "Workplace"), self._workplace_name),
            Column(QT_TRANSLATE_NOOP("Columns", "Hours"), lambda s: hours_text(s.worked_seconds),
                   RIGHT),
            Column(QT_TRANSLATE_NOOP("Columns", "Earned"),
                   lambda s: self._money(s, "earned"), RIGHT),
            Column(QT_TRANSLATE_NOOP("Columns", "Taken by workplace"),
                   lambda s: self._money(s, "taken"), RIGHT),
            Column(QT_TRANSLATE_NOOP("Columns", "Kept"), lambda s: self._money(s, "kept"), RIGHT,
                   tooltip=lambda s: self.tr("Earned minus what the workplace took; below zero "
                                             "means the night ended in debt")),
            Column(QT_TRANSLATE_NOOP("Columns", "Role"), lambda s: label(SHIFT_ROLE, s.role)),
            Column(QT_TRANSLATE_NOOP("Columns", "Notes"), lambda s: first_line(s.notes)),
        ]

    # --- cells ---------------------------------------------------------------------------------

    def _local(self, shift: Shift, moment: Any) -> Any:
        return local(moment, shift.timezone)

    def _day(self, shift: Shift) -> str:
        return day_text(self._local(shift, shift.start).date())

    def _times(self, shift: Shift) -> str:
        return time_range_text(self._local(shift, shift.start), self._local(shift, shift.end))

    def _workplace_name(self, shift: Shift) -> str:
        workplace = self._workplaces.get(shift.workplace_id)
        return workplace.name if workplace is not None else "—"

    def totals(self, shift: Shift) -> ShiftTotals:
        assert shift.id is not None
        cached = self._totals.get(shift.id)
        if cached is not None:
            return cached
        workplace = self._workplaces.get(shift.workplace_id)
        currency = workplace.currency if workplace is not None else "SEK"
        earned = taken = 0
        lines = self.session.vault.money_for_shift(shift.id) if self.session.is_open else []
        for line in lines:
            currency = line.currency
            if line.kind == MoneyKind.EARNING:
                earned += line.amount_minor
            elif line.kind == MoneyKind.DEDUCTION:
                taken += line.amount_minor
        totals = ShiftTotals(currency, earned, taken, len(lines))
        self._totals[shift.id] = totals
        return totals

    def _money(self, shift: Shift, which: str) -> str:
        totals = self.totals(shift)
        value = {"earned": totals.earned, "taken": totals.taken, "kept": totals.kept}[which]
        if totals.lines == 0:
            return "—"
        return amount_text(value, totals.currency)

    # --- rows ----------------------------------------------------------------------------------

    def fetch(self, filters: Filters, after: Any, limit: int, sort: Sort) -> Sequence[Shift]:
        return self.session.vault.list_shifts(
            workplace_id=filters.workplace_id, date_from=filters.date_from,
            date_to=filters.date_to, text=filters.text, after=after, limit=limit,
            newest_first=sort.descending)

    def page_key(self, row: Shift, sort: Sort) -> Any:
        return (row.start, row.id)

    def count(self, filters: Filters) -> int | None:
        return int(self.session.vault.count_shifts(
            workplace_id=filters.workplace_id, date_from=filters.date_from,
            date_to=filters.date_to, text=filters.text))

    def count_text(self, shown: int, total: int | None) -> str:
        return self.tr("%n shifts", "", total if total is not None else shown)

    def empty_text(self, filtered: bool) -> str:
        if filtered:
            return self.tr("No shifts match these filters.")
        return self.tr("No shifts yet. Press “Add a shift…” to log one.")

    def refresh(self) -> None:
        self._totals.clear()
        if self.session.is_open:
            self._load_workplaces()
        super().refresh()

    def apply_filters(self) -> None:
        self._totals.clear()
        super().apply_filters()

    def record_title(self, row: Shift) -> str:
        return self.tr("Shift at %1 on %2").replace("%1", self._workplace_name(row)).replace(
            "%2", self._day(row))

    # --- actions -------------------------------------------------------------------------------

    def _open_editor(self, shift: Shift | None) -> None:
        try:
            from workbook.ui.dialogs.shift_editor import ShiftEditor
        except ImportError:
            return
        editor = ShiftEditor(self.session, shift, self)
        editor.exec()
        editor.deleteLater()

    def add_record(self) -> None:
        self._open_editor(None)

    def edit_record(self, row: Shift) -> None:
        self._open_editor(row)

    def delete_question(self, row: Shift) -> str:
        totals = self.totals(row)
        text = self.tr("Delete the shift at %1 on %2, %3?").replace(
            "%1", self._workplace_name(row)).replace("%2", self._day(row)).replace(
            "%3", self._times(row))
        if totals.lines:
            text += " " + self.tr("Its %n money lines are deleted with it.", "", totals.lines)
        return text

    def delete_record(self, row: Shift) -> None:
        from workbook.services.records import delete_shift

        assert row.id is not None
        delete_shift(self.session.vault, row.id)

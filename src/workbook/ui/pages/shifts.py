"""Shifts: every shift, newest first, with what was earned, what the workplace took and what was
kept. Add and Edit open the shift editor."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QDialog, QWidget

from workbook.domain.categories import MoneyKind
from workbook.domain.models import Shift
from workbook.domain.timeutil import local
from workbook.ui.formatting import day_text, first_line, time_range_text
from workbook.ui.pages.dated_page import DatedRecordsPage
from workbook.ui.session import Session
from workbook.ui.table_model import RIGHT, Column, Sort
from workbook.ui.widgets.filter_bar import FilterBar
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


class ShiftsPage(DatedRecordsPage[Shift]):
    entity = "shift"
    watch = frozenset({"shift", "money", "workplace"})
    default_sort = Sort("start", descending=True)
    list_name, count_name = "list_shifts", "count_shifts"
    ranked: ClassVar[Mapping[str, Mapping[str, object]]] = {"role": SHIFT_ROLE}

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        self._totals: dict[int, ShiftTotals] = {}
        super().__init__(session, parent)

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
            Column(QT_TRANSLATE_NOOP("Columns", "Time"), self._times,
                   tooltip=lambda s: self.tr("+1: ends the next day")
                   if self._local(s, s.end).date() != self._local(s, s.start).date() else ""),
            Column(QT_TRANSLATE_NOOP("Columns", "Workplace"), self._workplace_name,
                   sort_key="workplace"),
            Column(QT_TRANSLATE_NOOP("Columns", "Hours"), lambda s: hours_text(s.worked_seconds),
                   RIGHT, sort_key="hours"),
            Column(QT_TRANSLATE_NOOP("Columns", "Earned"),
                   lambda s: self._money(s, "earned"), RIGHT, sort_key="earned"),
            Column(QT_TRANSLATE_NOOP("Columns", "Taken by workplace"),
                   lambda s: self._money(s, "taken"), RIGHT, sort_key="taken"),
            Column(QT_TRANSLATE_NOOP("Columns", "Kept"), lambda s: self._money(s, "kept"), RIGHT,
                   sort_key="kept",
                   tooltip=lambda s: self.tr("Earned minus what the workplace took; below zero "
                                             "means the night ended in debt")),
            Column(QT_TRANSLATE_NOOP("Columns", "Role"), lambda s: label(SHIFT_ROLE, s.role),
                   sort_key="role"),
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
        return self.workplace_name(shift.workplace_id)

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

    def count_text(self, shown: int, total: int | None) -> str:
        return self.tr("%n shifts", "", total if total is not None else shown)

    def empty_text(self, filtered: bool) -> str:
        if filtered:
            return self.tr("No shifts match these filters.")
        return self.tr("No shifts yet. Press “Add a shift…” to log one.")

    def refresh(self) -> None:
        self._totals.clear()
        super().refresh()

    def apply_filters(self) -> None:
        self._totals.clear()
        super().apply_filters()

    def record_title(self, row: Shift) -> str:
        return self.tr("Shift at %1 on %2").replace("%1", self._workplace_name(row)).replace(
            "%2", self._day(row))

    # --- actions -------------------------------------------------------------------------------

    def open_editor(self, row: Shift | None) -> QDialog:
        from workbook.ui.dialogs.shift_editor import ShiftEditor

        return ShiftEditor(self.session, row, self)

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

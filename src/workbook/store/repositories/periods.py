"""The records and totals of a period, as DESIGN's summary defines membership.

A shift belongs to the period of its local start date; a money line attached to a shift goes
with the shift, a standalone one by its own date (both are the ``effective_date`` column). Both
ends of the period are included. Totals come from covering indexes in two grouped queries, so
ten years add up without reading a single table row.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from workbook.domain.categories import MoneyKind
from workbook.domain.models import MoneyLine, Shift
from workbook.store.columns import date_text, start_seconds_window
from workbook.store.repositories import money, shifts
from workbook.store.repositories.base import Repository, Where

# INDEXED BY: the plan that reads the totals indexes in GROUP BY order, with no sort.
_SHIFT_TOTALS = (
    "SELECT workplace_id, count(*), sum(worked_seconds) FROM shifts INDEXED BY shifts_totals"
    "{where} GROUP BY workplace_id"
)
_MONEY_TOTALS = (
    "SELECT workplace_id, currency, kind, category, sum(amount_minor), count(*) "
    "FROM money_lines INDEXED BY money_totals{where} "
    "GROUP BY workplace_id, currency, kind, category"
)
_CURRENCIES = "SELECT id, currency FROM workplaces"


@dataclass(slots=True)
class PeriodAggregate:
    """Totals of one workplace (None: lines belonging to no workplace) in one currency, in
    minor units. Shifts count with their workplace's own currency."""

    workplace_id: int | None
    currency: str
    shifts: int = 0
    worked_seconds: int = 0
    money_lines: int = 0
    earnings: dict[str, int] = field(default_factory=dict)
    deductions: dict[str, int] = field(default_factory=dict)
    expenses: dict[str, int] = field(default_factory=dict)

    @property
    def gross_minor(self) -> int:
        return sum(self.earnings.values())

    @property
    def deductions_minor(self) -> int:
        return sum(self.deductions.values())

    @property
    def expenses_minor(self) -> int:
        return sum(self.expenses.values())

    @property
    def net_minor(self) -> int:
        """Gross minus what the workplace took (may be negative: a night ending in debt)."""
        return self.gross_minor - self.deductions_minor


class PeriodRepository(Repository):
    def records(self, date_from: date | None, date_to: date | None,
                workplace_id: int | None = None) -> tuple[list[Shift], list[MoneyLine]]:
        """The shifts of the period by start, and its money lines by the date they count for
        (then in the order they were recorded)."""
        shift_where = _range("start_local_date", date_from, date_to)
        low, high = start_seconds_window(date_from, date_to)
        if low is not None:
            shift_where.add("start_s >= ?", low)
        if high is not None:
            shift_where.add("start_s < ?", high)
        money_where = _range("effective_date", date_from, date_to)
        if workplace_id is not None:
            shift_where.add("workplace_id = ?", workplace_id)
            money_where.add("workplace_id = ?", workplace_id)
        with self._db.transaction():  # both lists from one snapshot
            shift_rows = self._db.query(
                shifts.SELECT + shift_where.sql() + " ORDER BY start_s, id", shift_where.params)
            # In period order from its index, whatever else filters (no sort; see above).
            money_rows = self._db.query(
                money.SELECT + " INDEXED BY money_by_period" + money_where.sql()
                + " ORDER BY effective_date, id", money_where.params)
        return [shifts.from_row(r) for r in shift_rows], [money.from_row(r) for r in money_rows]

    def aggregates(self, date_from: date | None, date_to: date | None
                   ) -> list[PeriodAggregate]:
        """Totals per (workplace, currency), ordered by workplace id then currency."""
        totals: dict[tuple[int | None, str], PeriodAggregate] = {}

        def bucket(workplace_id: int | None, currency: str) -> PeriodAggregate:
            key = (workplace_id, currency)
            if key not in totals:
                totals[key] = PeriodAggregate(workplace_id, currency)
            return totals[key]

        shift_where = _range("start_local_date", date_from, date_to)
        money_where = _range("effective_date", date_from, date_to)
        with self._db.transaction():
            currencies = {int(i): str(c) for i, c in self._db.query(_CURRENCIES)}
            shift_rows = self._db.query(_SHIFT_TOTALS.format(where=shift_where.sql()),
                                        shift_where.params)
            money_rows = self._db.query(_MONEY_TOTALS.format(where=money_where.sql()),
                                        money_where.params)
        for workplace_id, count, worked in shift_rows:
            found = bucket(workplace_id, currencies[workplace_id])
            found.shifts, found.worked_seconds = int(count), int(worked or 0)
        by_kind = {MoneyKind.EARNING.value: "earnings", MoneyKind.DEDUCTION.value: "deductions",
                   MoneyKind.EXPENSE.value: "expenses"}
        for workplace_id, currency, kind, category, amount, count in money_rows:
            found = bucket(workplace_id, currency)
            getattr(found, by_kind[kind])[category] = int(amount)
            found.money_lines += int(count)
        return [totals[key] for key in sorted(totals, key=lambda k: (k[0] is None, k[0] or 0,
                                                                     k[1]))]


def _range(column: str, date_from: date | None, date_to: date | None) -> Where:
    # ``column`` is one of this module's constants, never caller text.
    where = Where()
    if date_from is not None:
        where.add(f"{column} >= ?", date_text(date_from))
    if date_to is not None:
        where.add(f"{column} <= ?", date_text(date_to))
    return where

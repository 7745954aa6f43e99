"""Totals for a period, per workplace and currency (``workbook summary``, the report's summary).

Pure: records in, exact numbers out; no I/O. The rules are DESIGN.md's ("`workbook summary
--json`"), spelled out here because every report relies on them:

- A shift belongs to the period by its local start date, in its own time zone. A money line on
  a shift goes with that shift, whatever its own date (the house fee paid after midnight still
  belongs to the night). A standalone line goes by its own date. Both ends of the period are
  inclusive; an open end (``None``) has no limit.
- Totals are kept per workplace *and* currency, because nothing is ever converted. There is one
  entry per (workplace, currency) pair that has a shift or a money line in the period. The entry
  in the workplace's own currency carries its shifts and hours; an entry in another currency
  (euro tips at a Swedish club) shows 0 shifts, "0.00" hours and no rate per hour, so that
  adding up the entries never counts a shift twice.
- A standalone line with no workplace (a phone bill) joins only the per-currency totals.
- net = gross − deductions, and may be negative (a night in debt to the club);
  net_after_expenses = net − expenses; net_per_hour = net ÷ hours worked, rounded half to even to
  the currency's minor unit, and ``None`` without hours. Hours worked are real elapsed time minus
  breaks, summed in whole seconds and rounded half to even to two decimals only at the end.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from workbook.domain.categories import DEDUCTION_CATEGORIES, EXPENSE_CATEGORIES, MoneyKind
from workbook.domain.errors import Problem, ValidationError
from workbook.domain.models import MoneyLine, Shift, Workplace
from workbook.domain.money import divide_half_even, format_amount, per_hour
from workbook.domain.timeutil import local


@dataclass(frozen=True, slots=True)
class Totals:
    """Money in one currency, in minor units. Deductions and expenses by category, listing only
    the categories that have a line."""

    currency: str
    gross: int = 0
    deductions: Mapping[str, int] = field(default_factory=dict)
    expenses: Mapping[str, int] = field(default_factory=dict)

    @property
    def deductions_total(self) -> int:
        return sum(self.deductions.values())

    @property
    def expenses_total(self) -> int:
        return sum(self.expenses.values())

    @property
    def net(self) -> int:
        return self.gross - self.deductions_total

    @property
    def net_after_expenses(self) -> int:
        return self.net - self.expenses_total


@dataclass(frozen=True, slots=True)
class WorkplaceTotals:
    """One workplace in one currency."""

    workplace_id: int
    name: str
    currency: str
    shifts: int
    worked_seconds: int
    money: Totals

    @property
    def hours_worked(self) -> str:
        return hours_text(self.worked_seconds)

    @property
    def net_per_hour(self) -> int | None:
        return per_hour(self.money.net, self.worked_seconds)


@dataclass(frozen=True, slots=True)
class Summary:
    date_from: date | None
    date_to: date | None
    workplaces: tuple[WorkplaceTotals, ...]
    currencies: Mapping[str, Totals]


def hours_text(seconds: int) -> str:
    """Whole seconds as hours with two decimals, rounded half to even: 257400 → ``"71.50"``."""
    centi = divide_half_even(seconds * 100, 3600)
    sign = "-" if centi < 0 else ""
    whole, frac = divmod(abs(centi), 100)
    return f"{sign}{whole}.{frac:02d}"


class _Tally:
    """A running total in one currency; frozen into :class:`Totals` at the end."""

    def __init__(self, currency: str) -> None:
        self.currency = currency
        self.gross = 0
        self.deductions: dict[str, int] = {}
        self.expenses: dict[str, int] = {}
        self.shifts = 0
        self.seconds = 0

    def add(self, line: MoneyLine) -> None:
        if line.kind == MoneyKind.EARNING:
            self.gross += line.amount_minor
        elif line.kind == MoneyKind.DEDUCTION:
            self.deductions[line.category] = (
                self.deductions.get(line.category, 0) + line.amount_minor)
        else:
            self.expenses[line.category] = self.expenses.get(line.category, 0) + line.amount_minor

    def totals(self) -> Totals:
        return Totals(self.currency, self.gross, _ordered(self.deductions, DEDUCTION_CATEGORIES),
                      _ordered(self.expenses, EXPENSE_CATEGORIES))


def ordered_categories(amounts: Mapping[str, int], kind: str) -> dict[str, int]:
    """Built-in categories of ``kind`` in their usual order, then the worker's own ones."""
    return _ordered(amounts, DEDUCTION_CATEGORIES if kind == "deduction" else EXPENSE_CATEGORIES)


def _ordered(amounts: Mapping[str, int], order: tuple[str, ...]) -> dict[str, int]:
    """Built-in categories in their usual order, then the worker's own ones alphabetically."""
    known = [c for c in order if c in amounts]
    own = sorted(c for c in amounts if c not in order)
    return {c: amounts[c] for c in known + own}


def _within(day: date, date_from: date | None, date_to: date | None) -> bool:
    return (date_from is None or day >= date_from) and (date_to is None or day <= date_to)


def compute_summary(workplaces: Iterable[Workplace], shifts: Iterable[Shift],
                    money_lines: Iterable[MoneyLine], date_from: date | None,
                    date_to: date | None) -> Summary:
    """Totals for the period from ``date_from`` to ``date_to`` (both included).

    The records may include more than the period; the rules above choose. Every shift and
    every line with a workplace must name one of ``workplaces`` (a ``ValueError`` otherwise:
    that is a bug in the caller, not a problem with the worker's records).
    """
    if date_from is not None and date_to is not None and date_to < date_from:
        raise ValidationError(Problem("to", "is before the start of the period"))
    places = {w.id: w for w in workplaces if w.id is not None}
    per_place: dict[tuple[int, str], _Tally] = {}
    per_currency: dict[str, _Tally] = {}

    def place_tally(workplace_id: int, currency: str) -> _Tally:
        if workplace_id not in places:
            raise ValueError(f"workplace {workplace_id} is used by a record but was not given")
        return per_place.setdefault((workplace_id, currency), _Tally(currency))

    shift_places: dict[int, int] = {}
    for shift in shifts:
        if not _within(local(shift.start, shift.timezone).date(), date_from, date_to):
            continue
        place = places.get(shift.workplace_id)
        if place is None:
            raise ValueError(f"workplace {shift.workplace_id} has a shift but was not given")
        tally = place_tally(shift.workplace_id, place.currency)
        tally.shifts += 1
        tally.seconds += shift.worked_seconds
        if shift.id is not None:
            shift_places[shift.id] = shift.workplace_id

    for line in money_lines:
        if line.shift_id is not None:
            if line.shift_id not in shift_places:
                continue  # its shift is outside the period, so the line is too
            workplace_id: int | None = shift_places[line.shift_id]
        elif _within(line.date, date_from, date_to):
            workplace_id = line.workplace_id
        else:
            continue
        if workplace_id is not None:
            place_tally(workplace_id, line.currency).add(line)
        per_currency.setdefault(line.currency, _Tally(line.currency)).add(line)

    entries = [
        WorkplaceTotals(workplace_id, places[workplace_id].name, currency, tally.shifts,
                        tally.seconds, tally.totals())
        for (workplace_id, currency), tally in per_place.items()
    ]
    return Summary(date_from, date_to, sorted_entries(entries, places),
                   {code: per_currency[code].totals() for code in sorted(per_currency)})


def sorted_entries(entries: Iterable[WorkplaceTotals],
                   places: Mapping[int, Workplace] | Mapping[int | None, Workplace],
                   ) -> tuple[WorkplaceTotals, ...]:
    """Workplaces by name; within one, its own currency first. Both summary paths (this
    reference and the SQL one in ``services.summary``) must order alike to compare equal."""
    return tuple(sorted(entries, key=lambda e: (
        e.name.casefold(), e.name, e.workplace_id,
        e.currency != places[e.workplace_id].currency, e.currency)))


def summary_json(summary: Summary) -> dict[str, Any]:
    """The exact shape of ``workbook summary --json``: decimal strings in major units."""
    return {
        "from": None if summary.date_from is None else summary.date_from.isoformat(),
        "to": None if summary.date_to is None else summary.date_to.isoformat(),
        "workplaces": [_workplace_json(entry) for entry in summary.workplaces],
        "currencies": {
            code: {
                "gross": _amount(totals.gross, code),
                "deductions_total": _amount(totals.deductions_total, code),
                "expenses_total": _amount(totals.expenses_total, code),
                "net": _amount(totals.net, code),
            }
            for code, totals in summary.currencies.items()
        },
    }


def _workplace_json(entry: WorkplaceTotals) -> dict[str, Any]:
    money, code = entry.money, entry.currency
    rate = entry.net_per_hour
    return {
        "name": entry.name,
        "currency": code,
        "shifts": entry.shifts,
        "hours_worked": entry.hours_worked,
        "gross": _amount(money.gross, code),
        "deductions": {c: _amount(v, code) for c, v in money.deductions.items()},
        "deductions_total": _amount(money.deductions_total, code),
        "expenses_total": _amount(money.expenses_total, code),
        "net": _amount(money.net, code),
        "net_after_expenses": _amount(money.net_after_expenses, code),
        "net_per_hour": None if rate is None else _amount(rate, code),
    }


def _amount(minor: int, currency: str) -> str:
    return format_amount(minor, currency)

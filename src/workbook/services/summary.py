"""Period totals for the CLI and the app, added up by the store in SQL.

``reports.summary.compute_summary`` is the reference: it adds up records one by one and is what
the evidence export and ``verify`` use. This service gives the same ``Summary`` from the store's
grouped totals, so ten years of records add up without loading them (a test holds the two equal).
"""

from __future__ import annotations

from datetime import date

from workbook.domain.errors import Problem, ValidationError
from workbook.reports.summary import (
    Summary,
    Totals,
    WorkplaceTotals,
    ordered_categories,
    sorted_entries,
)
from workbook.store.repositories.periods import PeriodAggregate
from workbook.store.vault import Vault


def _totals(currency: str, parts: list[PeriodAggregate]) -> Totals:
    gross = 0
    deductions: dict[str, int] = {}
    expenses: dict[str, int] = {}
    for part in parts:
        gross += part.gross_minor
        for category, amount in part.deductions.items():
            deductions[category] = deductions.get(category, 0) + amount
        for category, amount in part.expenses.items():
            expenses[category] = expenses.get(category, 0) + amount
    return Totals(currency, gross, ordered_categories(deductions, "deduction"),
                  ordered_categories(expenses, "expense"))


def period_summary(vault: Vault, date_from: date | None, date_to: date | None) -> Summary:
    """Totals from ``date_from`` to ``date_to`` (both included; None leaves that end open)."""
    if date_from is not None and date_to is not None and date_to < date_from:
        raise ValidationError(Problem("to", "is before the start of the period"))
    places = {w.id: w for w in vault.list_workplaces()}
    aggregates = vault.period_aggregates(date_from, date_to)
    entries: list[WorkplaceTotals] = []
    by_currency: dict[str, list[PeriodAggregate]] = {}
    for part in aggregates:
        if part.shifts == 0 and part.money_lines == 0:
            continue
        by_currency.setdefault(part.currency, []).append(part)
        if part.workplace_id is None:
            continue
        place = places[part.workplace_id]
        entries.append(WorkplaceTotals(part.workplace_id, place.name, part.currency, part.shifts,
                                       part.worked_seconds, _totals(part.currency, [part])))
    currencies = {code: _totals(code, by_currency[code]) for code in sorted(by_currency)}
    return Summary(date_from, date_to, sorted_entries(entries, places), currencies)

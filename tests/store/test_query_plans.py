"""The queries behind lists and totals read indexes in the order they return rows: no
temporary B-tree. (With SQLCipher's memory security a sort costs many times the scan, so a
plan change here is a performance bug even while every result is still right.)"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from typing import Any

import pytest

from workbook.domain.categories import MoneyKind
from workbook.store import Vault
from workbook.store.connection import Database

QUERIES: dict[str, Callable[[Vault], object]] = {
    "newest shifts": lambda v: v.list_shifts(),
    "next page of shifts": lambda v: v.list_shifts(after=(datetime(2026, 1, 1, tzinfo=UTC), 9)),
    "oldest shifts": lambda v: v.list_shifts(newest_first=False),
    "shifts of a workplace": lambda v: v.list_shifts(workplace_id=1),
    "shifts of a month": lambda v: v.list_shifts(date_from=date(2026, 3, 1),
                                                 date_to=date(2026, 3, 31)),
    "shifts by text": lambda v: v.list_shifts(text="fine"),
    "newest money": lambda v: v.list_money_lines(),
    "money of a workplace": lambda v: v.list_money_lines(workplace_id=1),
    "money by kind": lambda v: v.list_money_lines(kind=MoneyKind.DEDUCTION),
    "money of a shift": lambda v: v.money_for_shift(1),
    "newest incidents": lambda v: v.list_incidents(),
    "incidents of a workplace": lambda v: v.list_incidents(workplace_id=1),
    "period records": lambda v: v.period_records(date(2025, 1, 1), date(2025, 12, 31)),
    "period records of a workplace": lambda v: v.period_records(None, None, workplace_id=2),
    "period totals": lambda v: v.period_aggregates(date(2025, 1, 1), date(2025, 12, 31)),
    "all-time totals": lambda v: v.period_aggregates(None, None),
}


@pytest.fixture
def captured(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple[str, tuple[Any, ...]]]]:
    seen: list[tuple[str, tuple[Any, ...]]] = []
    real = Database.query

    def spy(self: Database, sql: str, params: Any = ()) -> list[tuple[Any, ...]]:
        seen.append((sql, tuple(params)))
        return real(self, sql, params)

    monkeypatch.setattr(Database, "query", spy)
    yield seen


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_no_sorting_in_lists_and_totals(vault: Vault, name: str,
                                        captured: list[tuple[str, tuple[Any, ...]]]) -> None:
    QUERIES[name](vault)
    selects = [(sql, params) for sql, params in captured if sql.lstrip().startswith("SELECT")]
    assert selects
    for sql, params in selects:
        plan = " / ".join(str(row[3]) for row in vault._db.query(
            "EXPLAIN QUERY PLAN " + sql, params))
        assert "TEMP B-TREE" not in plan, f"{name}: {sql}\n{plan}"

"""Keyset paging gives exactly a full sort, filters agree with counts, and period membership
and totals follow DESIGN's rules (local start date; money goes with its shift)."""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import replace
from datetime import date, timedelta

import pytest
from store_helpers import house_fee, incident, night_shift, utc

from workbook.domain.categories import MoneyKind
from workbook.domain.models import Incident, MoneyLine, Shift
from workbook.domain.timeutil import local
from workbook.store import Vault

ZONES = {1: "Europe/Stockholm", 2: "Europe/Berlin"}


def fill(vault: Vault, seed: int, count: int = 120) -> tuple[list[Shift], list[MoneyLine]]:
    """Random shifts (many sharing a start, to test the id tie-break) with money lines."""
    rng = random.Random(seed)
    shifts: list[Shift] = []
    lines: list[MoneyLine] = []
    starts = [utc(2024, 1, 1, 18) + timedelta(hours=rng.randrange(0, 24 * 500)) for _ in
              range(count // 3)]
    with vault.transaction():
        for i in range(count):
            workplace = rng.choice((1, 2))
            start = rng.choice(starts)
            shift = vault.add_shift(night_shift(
                workplace, start=start, end=start + timedelta(hours=rng.randint(2, 9)),
                scheduled_start=None, scheduled_end=None, timezone=ZONES[workplace],
                breaks_minutes=rng.choice((0, 15, 30)),
                notes=rng.choice(("Sceneavgift", "ШТРАФ за опоздание", "tips 💃", "")) + str(i)))
            shifts.append(shift)
            currency = "SEK" if workplace == 1 else "EUR"
            for _ in range(rng.randint(0, 3)):
                kind = rng.choice(list(MoneyKind))
                category = {"earning": "tips", "deduction": rng.choice(("house_fee", "fine")),
                            "expense": "transport"}[kind]
                lines.append(vault.add_money_line(house_fee(
                    shift.id, amount=rng.randint(0, 500_000), kind=kind, category=category,
                    currency=currency, date=local(start, ZONES[workplace]).date())))
        for day in range(0, 500, 37):  # standalone lines, some with no workplace
            lines.append(vault.add_money_line(MoneyLine(
                date=date(2024, 1, 1) + timedelta(days=day), kind=MoneyKind.EXPENSE,
                category="advertising", amount_minor=1000 + day, currency="SEK",
                workplace_id=rng.choice((1, None)))))
    return shifts, lines


def all_pages(fetch: object, key: object, limit: int) -> list[object]:
    seen: list[object] = []
    after = None
    while True:
        page = fetch(after=after, limit=limit)  # type: ignore[operator]
        assert len(page) <= limit
        seen.extend(page)
        if len(page) < limit:
            return seen
        after = key(page[-1])  # type: ignore[operator]


@pytest.mark.parametrize("seed", [1, 2])
@pytest.mark.parametrize("limit", [1, 7, 50, 500])
def test_keyset_paging_equals_a_full_sort(vault: Vault, seed: int, limit: int) -> None:
    shifts, lines = fill(vault, seed)
    newest = sorted(shifts, key=lambda s: (s.start, s.id), reverse=True)
    assert all_pages(vault.list_shifts, lambda s: (s.start, s.id), limit) == newest
    oldest = all_pages(lambda **kw: vault.list_shifts(newest_first=False, **kw),
                       lambda s: (s.start, s.id), limit)
    assert oldest == newest[::-1]
    by_date = sorted(lines, key=lambda m: (m.date, m.id), reverse=True)
    assert all_pages(vault.list_money_lines, lambda m: (m.date, m.id), limit) == by_date


def test_filters_agree_with_counts_and_python(vault: Vault) -> None:
    shifts, lines = fill(vault, 3)
    frm, to = date(2024, 3, 1), date(2024, 9, 30)

    def local_day(s: Shift) -> date:
        return local(s.start, s.timezone).date()

    wanted = [s for s in shifts if s.workplace_id == 2 and frm <= local_day(s) <= to]
    got = vault.list_shifts(workplace_id=2, date_from=frm, date_to=to, limit=10_000)
    assert sorted(got, key=lambda s: s.id or 0) == sorted(wanted, key=lambda s: s.id or 0)
    assert vault.count_shifts(workplace_id=2, date_from=frm, date_to=to) == len(wanted)
    assert vault.count_shifts() == len(shifts)

    texty = [s for s in shifts if "штраф" in s.notes.casefold()]
    assert vault.count_shifts(text="штраф") == len(texty) > 0  # Cyrillic, any case
    assert {s.id for s in vault.list_shifts(text="ШТРАФ", limit=1000)} == {s.id for s in texty}

    fines = [m for m in lines if m.category == "fine"]
    assert vault.count_money_lines(category="fine") == len(fines)
    assert {m.id for m in vault.list_money_lines(category="fine", kind=MoneyKind.DEDUCTION,
                                                 limit=1000)} == {m.id for m in fines}


def test_local_start_date_decides_the_period(vault: Vault) -> None:
    # 23:30 in Stockholm on 31 March is 21:30 UTC; 00:30 on 1 April is 22:30 UTC on 31 March.
    late = vault.add_shift(night_shift(1, start=utc(2026, 3, 31, 21, 30),
                                       end=utc(2026, 4, 1, 3), scheduled_start=None,
                                       scheduled_end=None))
    after_midnight = vault.add_shift(night_shift(1, start=utc(2026, 3, 31, 22, 30),
                                                 end=utc(2026, 4, 1, 4), scheduled_start=None,
                                                 scheduled_end=None))
    fee = vault.add_money_line(house_fee(after_midnight.id, date=date(2026, 3, 31)))
    march = vault.period_records(date(2026, 3, 1), date(2026, 3, 31))
    april = vault.period_records(date(2026, 4, 1), date(2026, 4, 30))
    assert march == ([late], [])
    assert april == ([after_midnight], [fee])  # the line goes with its shift, not its date
    assert vault.list_shifts(date_from=date(2026, 4, 1), date_to=date(2026, 4, 1)) == [
        after_midnight]
    assert vault.list_money_lines(date_from=date(2026, 4, 1)) == [fee]


def test_period_records_of_one_workplace(vault: Vault) -> None:
    shifts, lines = fill(vault, 4, count=30)
    got_shifts, got_lines = vault.period_records(None, None, workplace_id=1)
    assert {s.id for s in got_shifts} == {s.id for s in shifts if s.workplace_id == 1}
    assert {m.id for m in got_lines} == {m.id for m in lines if m.workplace_id == 1}
    assert got_shifts == sorted(got_shifts, key=lambda s: (s.start, s.id))


def test_aggregates_match_adding_up_the_records(vault: Vault) -> None:
    fill(vault, 5)
    frm, to = date(2024, 2, 1), date(2024, 12, 31)
    shifts, lines = vault.period_records(frm, to)
    expected: dict[tuple[int | None, str], dict[str, object]] = defaultdict(
        lambda: {"shifts": 0, "worked": 0, "earnings": defaultdict(int),
                 "deductions": defaultdict(int), "expenses": defaultdict(int)})
    currency = {1: "SEK", 2: "EUR"}
    for s in shifts:
        bucket = expected[(s.workplace_id, currency[s.workplace_id])]
        bucket["shifts"] += 1  # type: ignore[operator]
        bucket["worked"] += s.worked_seconds  # type: ignore[operator]
    for m in lines:
        kind = {"earning": "earnings", "deduction": "deductions", "expense": "expenses"}[m.kind]
        expected[(m.workplace_id, m.currency)][kind][m.category] += m.amount_minor  # type: ignore[index]
    got = vault.period_aggregates(frm, to)
    assert {(a.workplace_id, a.currency) for a in got} == set(expected)
    for a in got:
        want = expected[(a.workplace_id, a.currency)]
        assert (a.shifts, a.worked_seconds) == (want["shifts"], want["worked"])
        assert a.earnings == dict(want["earnings"])  # type: ignore[call-overload]
        assert a.deductions == dict(want["deductions"])  # type: ignore[call-overload]
        assert a.expenses == dict(want["expenses"])  # type: ignore[call-overload]
        assert a.net_minor == a.gross_minor - a.deductions_minor
        assert isinstance(a.gross_minor, int)


def test_incident_paging_and_filters(vault: Vault) -> None:
    made: list[Incident] = []
    with vault.transaction():
        for i in range(25):
            made.append(vault.add_incident(incident(
                1 + i % 2, people=(1,) if i % 3 else (), title=f"Händelse {i} ประกาศ",
                start=utc(2025, 1, 1, 12) + timedelta(days=i // 2), end=None)))
    newest = sorted(made, key=lambda x: (x.start, x.id), reverse=True)
    assert all_pages(vault.list_incidents, lambda x: (x.start, x.id), 4) == newest
    assert vault.count_incidents(workplace_id=2) == len([x for x in made if x.workplace_id == 2])
    assert vault.count_incidents(text="ประกาศ") == 25
    assert vault.list_incidents(text="händelse 7") == [made[7]]
    assert vault.count_incidents(date_from=date(2025, 1, 5), date_to=date(2025, 1, 5)) == 2


def test_limit_must_be_positive(vault: Vault) -> None:
    with pytest.raises(ValueError):
        vault.list_shifts(limit=0)


def test_money_list_after_a_key(vault: Vault) -> None:
    shift = vault.add_shift(night_shift(1))
    same_day = [vault.add_money_line(house_fee(shift.id, amount=a)) for a in range(5)]
    page = vault.list_money_lines(after=(same_day[3].date, same_day[3].id or 0))
    assert page == sorted(same_day[:3], key=lambda m: m.id or 0, reverse=True)
    assert replace(page[0], note="x") != page[0]

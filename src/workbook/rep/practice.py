"""The practice report of one workplace across the workers who sent verified reports. Pure:
rows in (``rep.vault.PracticeRows``), figures out; no I/O.

Rules:

- Two reports from one worker share records (the same ``S-12``): each record counts once, in
  its version from the newer report (the larger journal head).
- Deductions are per money line ("a house fee"), per category and currency: median, range,
  and per calendar quarter (by the line's date). A median of an even number of lines is the
  mean of the middle two, rounded half to even to the minor unit.
- The range never points at one worker: its ends are the lowest and highest *amounts that at
  least ``threshold`` workers each paid* (a fine of 500.00 that five workers paid, not the one
  fine of 2,000.00 only one worker paid, which the club could match to her). When some lines
  lie outside it, the figure says so, without their amounts; when no amount is that common,
  there is no range, only the median. Plain lowest and highest would show exactly the lines
  that are unusual, which are the ones a workplace remembers.
- Hours are per shift (real elapsed time minus breaks); net per hour is (earnings − deductions
  at the workplace) ÷ hours, in the workplace's currency, all workers together, with the median
  of each worker's own rate beside it.
- Dates are never single days, which the workplace could match to the one worker who was
  there: the period covered is given in months, first and last sightings in quarters.
- Every figure says how many workers it rests on. One that rests on fewer than ``threshold``
  workers (3 at least; the rep may raise it) is withheld: it shows "fewer than N workers" and
  no number, no date, nothing else.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from workbook.domain.categories import (
    DEDUCTION_CATEGORIES,
    ControlIndicator,
    IncidentCategory,
    MoneyKind,
)
from workbook.domain.money import divide_half_even, per_hour
from workbook.rep.vault import PracticeRows, RepVault

MIN_THRESHOLD = 3
MAIN_FEES = ("house_fee", "stage_fee", "fine", "tip_out")


class ThresholdError(ValueError):
    pass


def check_threshold(n: int) -> int:
    if n < MIN_THRESHOLD:
        raise ThresholdError(f"The smallest number of workers a figure may rest on is "
                             f"{MIN_THRESHOLD}; {n} is too few to keep workers unidentifiable.")
    return n


def median(values: Sequence[int]) -> int:
    ordered = sorted(values)
    n = len(ordered)
    if n == 0:
        raise ValueError("no values")
    mid = n // 2
    if n % 2:
        return ordered[mid]
    return divide_half_even(ordered[mid - 1] + ordered[mid], 2)


def quarter_of(day: str) -> str:
    """``"2026-05-03"`` → ``"2026-Q2"``."""
    return f"{day[:4]}-Q{(int(day[5:7]) - 1) // 3 + 1}"


@dataclass(frozen=True, slots=True)
class QuarterFigure:
    quarter: str
    workers: int
    withheld: bool
    lines: int = 0
    median: int = 0


@dataclass(frozen=True, slots=True)
class FeeFigure:
    category: str
    currency: str
    workers: int
    withheld: bool
    lines: int = 0
    median: int = 0
    low: int = 0  # the range: amounts at least ``threshold`` workers paid (see the module)
    high: int = 0
    total: int = 0
    quarters: tuple[QuarterFigure, ...] = ()
    range_shown: bool = False  # some amount was paid by ``threshold`` workers or more
    outside: bool = False  # some lines (paid by fewer workers) lie outside low–high

    @property
    def change(self) -> int | None:
        """From the first quarter shown to the last (medians), or None with fewer than two."""
        shown = [q for q in self.quarters if not q.withheld]
        if len(shown) < 2:
            return None
        return shown[-1].median - shown[0].median


@dataclass(frozen=True, slots=True)
class CountFigure:
    """A control indicator or an incident category."""

    slug: str
    workers: int
    withheld: bool
    count: int = 0
    first: str = ""  # quarter, "2026-Q1"
    last: str = ""


@dataclass(frozen=True, slots=True)
class HoursFigure:
    workers: int
    withheld: bool
    shifts: int = 0
    seconds: int = 0
    median_shift_seconds: int = 0


@dataclass(frozen=True, slots=True)
class RateFigure:
    currency: str
    workers: int
    withheld: bool
    net: int = 0
    seconds: int = 0
    per_hour: int | None = None
    median_worker_per_hour: int | None = None


@dataclass(frozen=True, slots=True)
class Source:
    fingerprint: str
    profile: str


@dataclass(frozen=True, slots=True)
class PracticeReport:
    key: str
    name: str
    spellings: tuple[str, ...]
    threshold: int
    workers: int
    withheld: bool  # the whole workplace rests on too few workers
    period_from: str = ""  # month, "2026-01"
    period_to: str = ""
    fees: tuple[FeeFigure, ...] = ()
    controls: tuple[CountFigure, ...] = ()
    incidents: tuple[CountFigure, ...] = ()
    hours: HoursFigure | None = None
    rates: tuple[RateFigure, ...] = ()
    sources: tuple[str, ...] = ()  # fingerprints of the reports it rests on
    generated_at: datetime | None = None


def _latest(rows: Iterable[tuple[Any, ...]]) -> dict[tuple[int, str], tuple[Any, ...]]:
    """Each (worker, ref) once: from the report with the largest journal head."""
    best: dict[tuple[int, str], tuple[int, tuple[Any, ...]]] = {}
    for worker, head, ref, *rest in rows:
        key = (worker, ref)
        known = best.get(key)
        if known is None or head > known[0]:
            best[key] = (head, tuple(rest))
    return {key: value for key, (_, value) in best.items()}


def _fee(category: str, currency: str, lines: list[tuple[int, str, int]],
         threshold: int) -> FeeFigure:
    workers = len({w for w, _, _ in lines})
    if workers < threshold:
        return FeeFigure(category, currency, workers, True)
    amounts = [a for _, _, a in lines]
    by_quarter: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for worker, day, amount in lines:
        by_quarter[quarter_of(day)].append((worker, amount))
    quarters = []
    for quarter in sorted(by_quarter):
        items = by_quarter[quarter]
        qw = len({w for w, _ in items})
        if qw < threshold:
            quarters.append(QuarterFigure(quarter, qw, True))
        else:
            quarters.append(QuarterFigure(quarter, qw, False, len(items),
                                          median([a for _, a in items])))
    payers: dict[int, set[int]] = defaultdict(set)
    for worker, _, amount in lines:
        payers[amount].add(worker)
    common = [a for a, who in payers.items() if len(who) >= threshold]
    low, high = (min(common), max(common)) if common else (0, 0)
    return FeeFigure(category, currency, workers, False, len(amounts), median(amounts),
                     low, high, sum(amounts), tuple(quarters), range_shown=bool(common),
                     outside=bool(common) and (min(amounts) < low or max(amounts) > high))


def _counts(items: Iterable[tuple[int, str, str]], threshold: int,
            order: Sequence[str] = ()) -> tuple[CountFigure, ...]:
    """(worker, slug, day) → one figure per slug."""
    by: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for worker, slug, day in items:
        by[slug].append((worker, day))
    out = []
    for slug in sorted(by, key=lambda s: (order.index(s) if s in order else len(order), s)):
        entries = by[slug]
        workers = len({w for w, _ in entries})
        if workers < threshold:
            out.append(CountFigure(slug, workers, True))
        else:
            days = sorted(d for _, d in entries)
            out.append(CountFigure(slug, workers, False, len(entries), quarter_of(days[0]),
                                   quarter_of(days[-1])))
    return tuple(sorted(out, key=lambda f: (f.withheld, -f.workers, -f.count)))


def compute_practice(rows: PracticeRows, *, key: str, name: str,
                     spellings: Sequence[str] = (), threshold: int = MIN_THRESHOLD,
                     generated_at: datetime | None = None) -> PracticeReport:
    check_threshold(threshold)
    shifts = _latest(rows.shifts)  # (worker, ref) → (day, seconds)
    money = _latest(rows.money)  # → (shift_ref, day, kind, category, amount, currency)
    incidents = _latest(rows.incidents)  # → (day, category)
    controls = _latest(rows.controls)  # → (day, indicator)
    workers = {w for w, _ in [*shifts, *money, *incidents, *controls]}
    base = PracticeReport(key, name, tuple(spellings) or (name,), threshold, len(workers),
                          len(workers) < threshold, generated_at=generated_at)
    if base.withheld:
        return base
    days = [str(v[0]) for v in [*shifts.values(), *incidents.values(), *controls.values()]]
    days += [str(v[1]) for v in money.values()]

    fee_lines: dict[tuple[str, str], list[tuple[int, str, int]]] = defaultdict(list)
    net: dict[tuple[int, str], int] = defaultdict(int)
    for (worker, _ref), (_shift, day, kind, category, amount, currency) in money.items():
        assert isinstance(amount, int)
        if kind == MoneyKind.DEDUCTION:
            fee_lines[(str(category), str(currency))].append((worker, str(day), amount))
            net[(worker, str(currency))] -= amount
        elif kind == MoneyKind.EARNING:
            net[(worker, str(currency))] += amount
    order = list(MAIN_FEES) + [c for c in DEDUCTION_CATEGORIES if c not in MAIN_FEES]
    fees = tuple(_fee(cat, cur, lines, threshold) for (cat, cur), lines in sorted(
        fee_lines.items(), key=lambda kv: (order.index(kv[0][0]) if kv[0][0] in order
                                           else len(order), kv[0][0], kv[0][1])))

    seconds_by_worker: dict[int, int] = defaultdict(int)
    for (worker, _ref), (_day, seconds) in shifts.items():
        assert isinstance(seconds, int)
        seconds_by_worker[worker] += seconds
    hours: HoursFigure
    if len(seconds_by_worker) < threshold:
        hours = HoursFigure(len(seconds_by_worker), True)
    else:
        lengths = [int(s) for _, s in shifts.values()]
        hours = HoursFigure(len(seconds_by_worker), False, len(lengths), sum(lengths),
                            median(lengths))

    currencies = list(dict.fromkeys(str(currency) for *_, currency in rows.places))
    rates = []
    for currency in currencies:
        both = [w for w in seconds_by_worker if (w, currency) in net and seconds_by_worker[w]]
        if len(both) < threshold:
            rates.append(RateFigure(currency, len(both), True))
            continue
        total_net = sum(net[(w, currency)] for w in both)
        total_seconds = sum(seconds_by_worker[w] for w in both)
        own = [per_hour(net[(w, currency)], seconds_by_worker[w]) for w in both]
        rates.append(RateFigure(currency, len(both), False, total_net, total_seconds,
                                per_hour(total_net, total_seconds),
                                median([r for r in own if r is not None])))

    return PracticeReport(
        key, name, base.spellings, threshold, len(workers), False,
        period_from=min(days)[:7], period_to=max(days)[:7], fees=fees,
        controls=_counts(((w, str(ind), str(day)) for (w, _), (day, ind) in controls.items()),
                         threshold, [c.value for c in ControlIndicator]),
        incidents=_counts(((w, str(cat), str(day)) for (w, _), (day, cat) in incidents.items()),
                          threshold, [c.value for c in IncidentCategory]),
        hours=hours, rates=tuple(rates),
        sources=tuple(f for _, f, _, _, _ in rows.reports), generated_at=generated_at)


def practice_for(vault: RepVault, name: str, *, threshold: int = MIN_THRESHOLD,
                 generated_at: datetime | None = None) -> PracticeReport:
    """The practice report of the workplace called ``name`` (any spelling) in ``vault``."""
    place = vault.find_place(name)
    if place is None:
        known = ", ".join(p.name for p in vault.places()[:8]) or "none yet"
        raise LookupError(f"No verified report names a workplace “{name}”. Workplaces: "
                          f"{known}.")
    return compute_practice(vault.practice_rows(place.key), key=place.key, name=place.name,
                            spellings=place.spellings, threshold=threshold,
                            generated_at=generated_at)


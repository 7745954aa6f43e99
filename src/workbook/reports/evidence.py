"""What the evidence report says, computed from domain records. No layout, no I/O.

``build_report(EvidenceInput) -> EvidenceReport`` does three things, in this order:

1. picks the records of the period (a shift by the local date it starts, a money line attached
   to a shift with that shift, a standalone one by its own date, both ends inclusive: the
   summary rules in DESIGN.md);
2. computes every figure the report prints (totals per workplace and currency, per-hour
   figures, fee history with the dates a fee changed, control indicators, the reference-wage
   comparison, months for the chart, how long after the event each record was written);
3. applies the report profile (``full``, ``union``, ``totals``) once, so the renderers only ever
   see what the profile allows and cannot leak a legal name or a client by accident.

Money stays in integer minor units throughout; nothing is converted between currencies.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import pairwise
from typing import Literal
from zoneinfo import ZoneInfo

from workbook.domain.canonical import GENESIS_HASH
from workbook.domain.categories import MoneyKind, PersonRole
from workbook.domain.models import (
    Attachment,
    ControlTag,
    Incident,
    MoneyLine,
    Person,
    Profile,
    Shift,
    Workplace,
)
from workbook.domain.money import divide_half_even, per_hour
from workbook.reports.strings import Strings, hours_text
from workbook.reports.summary import Totals as SummaryTotals
from workbook.reports.summary import compute_summary

ReportProfile = Literal["full", "union", "totals"]
Language = Literal["en", "sv", "es", "ro", "th"]  # the keys of strings.LANGUAGES
LagBucket = Literal["before", "same_day", "within_7_days", "later", "unknown"]

REPORT_PROFILES: tuple[ReportProfile, ...] = ("full", "union", "totals")
LAG_BUCKETS: tuple[LagBucket, ...] = ("same_day", "within_7_days", "later", "before", "unknown")
# Deductions that are each their own event, not a recurring fee whose level can change.
ONE_OFF_CATEGORIES = frozenset({"fine", "deposit_kept"})
AttachmentData = Mapping[int, bytes] | Callable[[Attachment], bytes | None]


# --------------------------------------------------------------------------- input


@dataclass(frozen=True, slots=True)
class RecordTiming:
    """When a record was first written down (its journal ``create`` row)."""

    entity: str  # "shift" | "money" | "incident" | "control"
    entity_id: int
    recorded_at: datetime


@dataclass(frozen=True, slots=True)
class Amendment:
    """A journal ``update`` row: the record was changed after it was first written."""

    entity: str
    entity_id: int
    seq: int
    recorded_at: datetime


@dataclass(frozen=True, slots=True)
class SealShown:
    code: str
    shown_at: datetime
    seq: int


@dataclass(frozen=True, slots=True)
class IntegrityInfo:
    """What the journal says, supplied by the caller (the store computes it)."""

    head_seq: int = 0
    head_hash: str = GENESIS_HASH
    # First-written times per record. Records missing here fall back to their own
    # ``recorded_at`` field, and to "unknown" when that is empty too.
    recorded: Sequence[RecordTiming] = ()
    amendments: Sequence[Amendment] = ()
    deletions: int = 0
    seals: Sequence[SealShown] = ()
    amended_after_seal: Sequence[Amendment] = ()


@dataclass(frozen=True, slots=True)
class EvidenceInput:
    profile: Profile
    date_from: date
    date_to: date
    generated_at: datetime
    app_version: str
    report_profile: ReportProfile = "full"
    language: Language = "en"
    workplaces: Sequence[Workplace] = ()
    people: Sequence[Person] = ()
    shifts: Sequence[Shift] = ()
    money_lines: Sequence[MoneyLine] = ()
    incidents: Sequence[Incident] = ()
    attachments: Sequence[Attachment] = ()
    # The bytes of attachments, by attachment id or through a callable; only images are read,
    # one at a time, while the PDF is laid out.
    attachment_data: AttachmentData | None = None
    control_tags: Sequence[ControlTag] = ()
    integrity: IntegrityInfo = field(default_factory=IntegrityInfo)
    fingerprint: str = ""


# --------------------------------------------------------------------------- output


@dataclass(frozen=True, slots=True)
class Totals:
    """Figures for one workplace in one currency, or for one currency overall."""

    currency: str
    shifts: int = 0
    worked_seconds: int = 0
    gross: int = 0
    deductions: Mapping[str, int] = field(default_factory=dict)
    expenses: Mapping[str, int] = field(default_factory=dict)
    earnings: Mapping[str, int] = field(default_factory=dict)
    waiting_seconds: int = 0
    overtime_seconds: int = 0

    @property
    def deductions_total(self) -> int:
        return sum(self.deductions.values())

    @property
    def expenses_total(self) -> int:
        return sum(self.expenses.values())

    @property
    def net(self) -> int:
        """What the worker kept: gross − deductions (negative when the night ended in debt)."""
        return self.gross - self.deductions_total

    @property
    def net_after_expenses(self) -> int:
        return self.net - self.expenses_total

    @property
    def net_per_hour(self) -> int | None:
        return per_hour(self.net, self.worked_seconds)

    @property
    def gross_per_hour(self) -> int | None:
        return per_hour(self.gross, self.worked_seconds)

    @property
    def taken_percent(self) -> int | None:
        """Deductions as a whole-number percentage of gross, or None when nothing was earned."""
        if self.gross <= 0:
            return None
        return divide_half_even(100 * self.deductions_total, self.gross)

    @property
    def hours_text(self) -> str:
        """Hours worked with two decimals, rounded half to even (``"16.75"``)."""
        return hours_text(self.worked_seconds)


@dataclass(frozen=True, slots=True)
class WageComparison:
    """What an employee would have been owed: reference wage × hours + every deduction taken."""

    currency: str
    rate_per_hour: int
    worked_seconds: int
    wages: int
    deductions: int
    kept: int

    @property
    def owed(self) -> int:
        return self.wages + self.deductions

    @property
    def difference(self) -> int:
        """How much more an employee would have had than the worker kept (may be negative)."""
        return self.owed - self.kept


@dataclass(frozen=True, slots=True)
class FeeChange:
    on: date
    before: int
    after: int

    @property
    def change(self) -> int:
        return self.after - self.before


@dataclass(frozen=True, slots=True)
class FeeSeries:
    """One deduction category at one workplace: its amount per night over time."""

    category: str
    currency: str
    points: tuple[tuple[date, int], ...]
    changes: tuple[FeeChange, ...]

    @property
    def nights(self) -> int:
        return len(self.points)

    @property
    def total(self) -> int:
        return sum(amount for _, amount in self.points)

    @property
    def lowest(self) -> int:
        return min(amount for _, amount in self.points)

    @property
    def highest(self) -> int:
        return max(amount for _, amount in self.points)

    @property
    def typical(self) -> int:
        """The most common amount (the lower one on a tie)."""
        counts = Counter(amount for _, amount in self.points)
        return min(counts, key=lambda amount: (-counts[amount], amount))

    @property
    def steady(self) -> bool:
        """A fee that stays at one level for a while, so each change is news worth listing
        ("house fee 600 → 800 on 1 April"). Fines are not fees (each is listed on its own),
        and a commission that differs every night is summarised instead."""
        if self.category in ONE_OFF_CATEGORIES:
            return False
        return len(self.changes) <= max(3, self.nights // 4)


@dataclass(frozen=True, slots=True)
class IndicatorCount:
    indicator: str
    dates: tuple[date, ...]
    notes: tuple[str, ...] = ()  # the worker's note for each date ("" if none; none in totals)

    @property
    def count(self) -> int:
        return len(self.dates)


@dataclass(frozen=True, slots=True)
class MonthFigures:
    month: date  # first day of the month
    earned: int
    taken: int
    spent: int

    @property
    def kept(self) -> int:
        return self.earned - self.taken


@dataclass(frozen=True, slots=True)
class NightMoney:
    currency: str
    earned: int = 0
    taken: int = 0
    spent: int = 0
    taken_by_category: Mapping[str, int] = field(default_factory=dict)

    @property
    def net(self) -> int:
        return self.earned - self.taken


@dataclass(frozen=True, slots=True)
class ShiftRow:
    ref: str
    shift_id: int | None
    workplace_id: int
    workplace_name: str
    currency: str
    timezone: str
    start: datetime  # local, in ``timezone``
    end: datetime
    breaks_minutes: int
    worked_seconds: int
    role: str
    scheduled_start: datetime | None
    scheduled_end: datetime | None
    money: tuple[NightMoney, ...]  # the workplace's currency first
    notes: str

    @property
    def night(self) -> date:
        return self.start.date()

    @property
    def main_money(self) -> NightMoney:
        return self.money[0]


@dataclass(frozen=True, slots=True)
class MoneyRow:
    ref: str
    line: MoneyLine  # counterparty and note already redacted per profile
    workplace_name: str
    shift_ref: str
    night: date  # the shift's local start date, or the line's own date


@dataclass(frozen=True, slots=True)
class PersonMention:
    label: str  # as the profile allows: "Mikael", or "Manager A"
    role: str
    involvement: str


@dataclass(frozen=True, slots=True)
class IncidentRow:
    ref: str
    incident_id: int | None
    workplace_name: str
    timezone: str
    start: datetime  # local
    end: datetime | None
    category: str
    severity: int
    title: str
    description: str
    people: tuple[PersonMention, ...]
    reported_to: str
    reported_on: date | None
    outcome: str
    shift_ref: str
    exhibit_refs: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ExhibitRow:
    ref: str
    attachment: Attachment  # filename and note already redacted per profile
    belongs_to: str  # "I-3" or "S-12"
    show_image: bool
    load: Callable[[], bytes | None] | None = field(default=None, compare=False)

    @property
    def is_image(self) -> bool:
        return self.attachment.media_type.lower() in {"image/png", "image/jpeg", "image/jpg",
                                                       "image/gif"}


@dataclass(frozen=True, slots=True)
class RecordLag:
    ref: str
    entity: str
    happened_on: date
    recorded_at: datetime | None
    days: int | None
    bucket: LagBucket


@dataclass(frozen=True, slots=True)
class IntegrityReport:
    lags: tuple[RecordLag, ...]
    lag_counts: Mapping[LagBucket, int]
    amendments: tuple[Amendment, ...]
    deletions: int
    head_seq: int
    head_hash: str
    seals: tuple[SealShown, ...]
    amended_after_seal: tuple[Amendment, ...]

    @property
    def records(self) -> int:
        return len(self.lags)


@dataclass(frozen=True, slots=True)
class WorkplaceReport:
    workplace: Workplace  # notes removed; legal fields kept (a claim must name the employer)
    totals: tuple[Totals, ...]  # the workplace's own currency first
    comparison: WageComparison | None
    fees: tuple[FeeSeries, ...]
    indicators: tuple[IndicatorCount, ...]
    months: tuple[MonthFigures, ...]  # in the workplace's currency
    debt_nights: tuple[ShiftRow, ...]
    incident_counts: Mapping[str, int]

    @property
    def main(self) -> Totals:
        return self.totals[0]


@dataclass(frozen=True, slots=True)
class EvidenceReport:
    profile: ReportProfile
    language: Language
    work_name: str
    legal_name: str  # "" unless the profile is ``full``
    timezone: str
    date_from: date
    date_to: date
    generated_at: datetime
    app_version: str
    fingerprint: str
    workplaces: tuple[WorkplaceReport, ...]
    currencies: tuple[Totals, ...]
    comparisons: tuple[WageComparison, ...]  # per currency with a reference wage
    reference_wages: Mapping[str, int]
    shifts: tuple[ShiftRow, ...]
    money: tuple[MoneyRow, ...]
    standalone_money: tuple[MoneyRow, ...]
    incidents: tuple[IncidentRow, ...]
    exhibits: tuple[ExhibitRow, ...]
    integrity: IntegrityReport

    @property
    def free_text(self) -> bool:
        return self.profile != "totals"


# --------------------------------------------------------------------------- helpers


def ref(prefix: str, record_id: int | None, index: int) -> str:
    """A short, stable reference the JSON sidecar and the PDF share: ``S-12``."""
    return f"{prefix}-{record_id if record_id is not None else f'x{index + 1}'}"


def _local(instant: datetime, tz: str) -> datetime:
    return instant.astimezone(ZoneInfo(tz))


def _month(day: date) -> date:
    return day.replace(day=1)


def role_letters(count: int) -> list[str]:
    """A, B, …, Z, AA, AB, …: as many letters as people."""
    out: list[str] = []
    for n in range(count):
        text = ""
        n += 1
        while n:
            n, rest = divmod(n - 1, 26)
            text = chr(ord("A") + rest) + text
        out.append(text)
    return out


def pseudonyms(incidents: Sequence[Incident], people: Mapping[int, Person],
               language: str = "en") -> dict[int, str]:
    """Role-and-letter names ("Manager A", "Coworker B") for everyone the incidents mention,
    lettered in the order they first appear, so the same person keeps one name in a report.
    Clients get none: the union profile leaves them out."""
    order: list[int] = []
    for incident in sorted(incidents, key=lambda i: (i.start, i.id or 0)):
        for mention in incident.people:
            person = people.get(mention.person_id)
            if person is None or person.role == PersonRole.CLIENT:
                continue
            if mention.person_id not in order:
                order.append(mention.person_id)
    words = Strings(language)
    letters = role_letters(len(order))
    return {pid: f"{words.person_role(str(people[pid].role))} {letter}"
            for pid, letter in zip(order, letters, strict=True)}


# --------------------------------------------------------------------------- computations


@dataclass(slots=True)
class _Extras:
    """What the report adds to the summary's totals for one workplace or currency."""

    waiting_seconds: int = 0
    overtime_seconds: int = 0
    earnings: Counter[str] = field(default_factory=Counter)


def fee_changes(points: Sequence[tuple[date, int]]) -> tuple[FeeChange, ...]:
    """Every night whose amount differs from the night before: house fee 600 → 800 on 1 April."""
    changes: list[FeeChange] = []
    for (_, before), (on, after) in pairwise(points):
        if after != before:
            changes.append(FeeChange(on, before, after))
    return tuple(changes)


def compare_with_wage(totals: Totals, rate: int | None) -> WageComparison | None:
    if rate is None:
        return None
    wages = divide_half_even(rate * totals.worked_seconds, 3600)
    return WageComparison(totals.currency, rate, totals.worked_seconds, wages,
                          totals.deductions_total, totals.net)


def lag_bucket(days: int | None) -> LagBucket:
    if days is None:
        return "unknown"
    if days < 0:
        return "before"
    if days == 0:
        return "same_day"
    if days <= 7:
        return "within_7_days"
    return "later"


def in_period(day: date, inp: EvidenceInput) -> bool:
    return inp.date_from <= day <= inp.date_to


class _Builder:
    """Holds the lookups one report needs; each method computes one part."""

    def __init__(self, inp: EvidenceInput) -> None:
        self.inp = inp
        self.profile: ReportProfile = inp.report_profile
        if self.profile not in REPORT_PROFILES:
            raise ValueError(f"unknown report profile {self.profile!r}")
        self.workplaces: dict[int, Workplace] = {
            w.id: w for w in inp.workplaces if w.id is not None
        }
        self.people = {p.id: p for p in inp.people if p.id is not None}
        self.shifts = sorted(
            (s for s in inp.shifts if in_period(_local(s.start, s.timezone).date(), inp)),
            key=lambda s: (s.start, s.id or 0),
        )
        self.shift_by_id = {s.id: s for s in self.shifts if s.id is not None}
        self.lines: list[MoneyLine] = []
        self.line_night: dict[int, date] = {}
        for i, line in enumerate(inp.money_lines):
            if line.shift_id is not None:
                # A line on a shift goes with its shift, whatever its own date.
                owner = self.shift_by_id.get(line.shift_id)
                keep = owner is not None
                night = line.date if owner is None else _local(owner.start, owner.timezone).date()
            else:
                keep = in_period(line.date, inp)
                night = line.date
            if keep:
                self.lines.append(line)
                self.line_night[i] = night
        self._line_index = {id(line): i for i, line in enumerate(inp.money_lines)}
        self.lines.sort(key=lambda m: (self.night_of(m), m.id or 0))
        self.incidents = sorted(
            (x for x in inp.incidents if in_period(_local(x.start, x.timezone).date(), inp)),
            key=lambda x: (x.start, x.id or 0),
        )
        self.tags = sorted((t for t in inp.control_tags if in_period(t.date, inp)),
                           key=lambda t: (t.date, t.id or 0))
        self.names = pseudonyms(self.incidents, self.people, inp.language)

    # -- small lookups

    def night_of(self, line: MoneyLine) -> date:
        return self.line_night[self._line_index[id(line)]]

    def workplace_of(self, line: MoneyLine) -> int | None:
        if line.shift_id is not None and line.shift_id in self.shift_by_id:
            return self.shift_by_id[line.shift_id].workplace_id
        return line.workplace_id

    def workplace_name(self, workplace_id: int | None) -> str:
        if workplace_id is None:
            return ""
        place = self.workplaces.get(workplace_id)
        return place.name if place is not None else f"#{workplace_id}"

    def currency_of(self, workplace_id: int) -> str:
        place = self.workplaces.get(workplace_id)
        return place.currency if place is not None else self.inp.profile.default_currency

    def free(self, text: str | None) -> str:
        """Free text as the profile allows: all of it, or none in ``totals``."""
        return "" if self.profile == "totals" or text is None else text

    def rate(self, currency: str) -> int | None:
        return self.inp.profile.reference_wages.get(currency)

    # -- parts

    def shift_rows(self) -> tuple[ShiftRow, ...]:
        per_shift: dict[int, dict[str, _NightAcc]] = defaultdict(dict)
        for line in self.lines:
            if line.shift_id is None or line.shift_id not in self.shift_by_id:
                continue
            accs = per_shift[line.shift_id]
            acc = accs.setdefault(line.currency, _NightAcc(line.currency))
            acc.add(line)
        rows: list[ShiftRow] = []
        for i, s in enumerate(self.shifts):
            currency = self.currency_of(s.workplace_id)
            accs = per_shift.get(s.id, {}) if s.id is not None else {}
            money = [accs[currency].freeze() if currency in accs else NightMoney(currency)]
            money += [accs[c].freeze() for c in sorted(accs) if c != currency]
            rows.append(ShiftRow(
                ref=ref("S", s.id, i), shift_id=s.id, workplace_id=s.workplace_id,
                workplace_name=self.workplace_name(s.workplace_id), currency=currency,
                timezone=s.timezone, start=_local(s.start, s.timezone),
                end=_local(s.end, s.timezone), breaks_minutes=s.breaks_minutes,
                worked_seconds=s.worked_seconds, role=str(s.role),
                scheduled_start=None if s.scheduled_start is None
                else _local(s.scheduled_start, s.timezone),
                scheduled_end=None if s.scheduled_end is None
                else _local(s.scheduled_end, s.timezone),
                money=tuple(money), notes=self.free(s.notes),
            ))
        return tuple(rows)

    def money_rows(self, shift_refs: Mapping[int, str]) -> tuple[MoneyRow, ...]:
        rows: list[MoneyRow] = []
        for i, original in enumerate(self.lines):
            line = original
            place = self.workplace_of(line)
            # Who paid an earning is a client: the union profile leaves it out.
            client = self.profile == "union" and line.kind == MoneyKind.EARNING
            if self.profile == "totals" or place != line.workplace_id or (
                    client and line.counterparty):
                line = MoneyLine(
                    date=line.date, kind=line.kind, category=line.category,
                    amount_minor=line.amount_minor, currency=line.currency,
                    shift_id=line.shift_id, workplace_id=place, method=line.method,
                    counterparty="" if client else self.free(line.counterparty),
                    note=self.free(line.note),
                    id=line.id, recorded_at=line.recorded_at,
                )
            rows.append(MoneyRow(
                ref=ref("M", line.id, i), line=line,
                workplace_name=self.workplace_name(place),
                shift_ref=shift_refs.get(line.shift_id, "") if line.shift_id is not None else "",
                night=self.night_of(original),
            ))
        return tuple(rows)

    def totals(self) -> tuple[dict[tuple[int, str], Totals], dict[str, Totals]]:
        """Period totals per workplace and currency, and per currency, from the summary
        (one set of rules for ``workbook summary`` and the report), with the few figures only
        the report shows (earnings by category, time outside the schedule) added here."""
        inp = self.inp
        summary = compute_summary(self.workplaces.values(), inp.shifts, inp.money_lines,
                                  inp.date_from, inp.date_to)
        extras: dict[tuple[int | None, str], _Extras] = defaultdict(_Extras)
        for s in self.shifts:
            for key in ((s.workplace_id, self.currency_of(s.workplace_id)),
                        (None, self.currency_of(s.workplace_id))):
                extras[key].waiting_seconds += s.waiting_before_seconds
                extras[key].overtime_seconds += s.overtime_after_seconds
        for line in self.lines:
            if line.kind == MoneyKind.EARNING:
                extras[(self.workplace_of(line), line.currency)].earnings[line.category] += (
                    line.amount_minor)
                extras[(None, line.currency)].earnings[line.category] += line.amount_minor

        def make(currency: str, key: tuple[int | None, str], shifts: int, seconds: int,
                 money: SummaryTotals | None) -> Totals:
            extra = extras.get(key) or _Extras()
            return Totals(
                currency=currency, shifts=shifts, worked_seconds=seconds,
                gross=0 if money is None else money.gross,
                deductions={} if money is None else dict(money.deductions),
                expenses={} if money is None else dict(money.expenses),
                earnings=dict(sorted(extra.earnings.items())),
                waiting_seconds=extra.waiting_seconds, overtime_seconds=extra.overtime_seconds)

        by_place: dict[tuple[int, str], Totals] = {}
        for entry in summary.workplaces:
            key = (entry.workplace_id, entry.currency)
            by_place[key] = make(entry.currency, key, entry.shifts, entry.worked_seconds,
                                 entry.money)
        for place_id in self.workplaces:
            key = (place_id, self.currency_of(place_id))
            if key not in by_place:
                by_place[key] = make(key[1], key, 0, 0, None)
        by_currency: dict[str, Totals] = {}
        for code, money in summary.currencies.items():
            own = [e for e in summary.workplaces if e.currency == code]
            by_currency[code] = make(code, (None, code), sum(e.shifts for e in own),
                                     sum(e.worked_seconds for e in own), money)
        return by_place, by_currency

    def fee_series(self, place_id: int) -> tuple[FeeSeries, ...]:
        nights: dict[tuple[str, str], dict[tuple[date, int, int], int]] = defaultdict(dict)
        for line in self.lines:
            if line.kind != MoneyKind.DEDUCTION or self.workplace_of(line) != place_id:
                continue
            # One point per night: a shift's lines add up; a standalone line is its own night.
            key = (self.night_of(line), 0 if line.shift_id is not None else 1,
                   line.shift_id if line.shift_id is not None else (line.id or 0))
            series = nights[(line.category, line.currency)]
            series[key] = series.get(key, 0) + line.amount_minor
        out: list[FeeSeries] = []
        for (category, currency), series in sorted(nights.items()):
            points = tuple((key[0], amount) for key, amount in sorted(series.items()))
            out.append(FeeSeries(category, currency, points, fee_changes(points)))
        return tuple(out)

    def indicators(self, place_id: int) -> tuple[IndicatorCount, ...]:
        dates: dict[str, list[tuple[date, str]]] = defaultdict(list)
        for tag in self.tags:
            if tag.workplace_id == place_id:
                dates[str(tag.indicator)].append((tag.date, self.free(tag.note)))
        out = []
        for ind, pairs in sorted(dates.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            pairs.sort(key=lambda pair: pair[0])
            out.append(IndicatorCount(ind, tuple(d for d, _ in pairs),
                                      tuple(n for _, n in pairs)))
        return tuple(out)

    def months(self, place_id: int, currency: str) -> tuple[MonthFigures, ...]:
        months: dict[date, list[int]] = {}
        for line in self.lines:
            if self.workplace_of(line) != place_id or line.currency != currency:
                continue
            figures = months.setdefault(_month(self.night_of(line)), [0, 0, 0])
            slot = {MoneyKind.EARNING: 0, MoneyKind.DEDUCTION: 1,
                    MoneyKind.EXPENSE: 2}[MoneyKind(line.kind)]
            figures[slot] += line.amount_minor
        return tuple(MonthFigures(m, *v) for m, v in sorted(months.items()))

    def incident_rows(self, shift_refs: Mapping[int, str],
                      exhibit_refs: Mapping[int, list[str]]) -> tuple[IncidentRow, ...]:
        rows: list[IncidentRow] = []
        for i, x in enumerate(self.incidents):
            mentions: list[PersonMention] = []
            if self.profile != "totals":
                for m in x.people:
                    person = self.people.get(m.person_id)
                    if person is None:
                        continue
                    if self.profile == "union":
                        if person.role == PersonRole.CLIENT:
                            continue
                        label = self.names[m.person_id]
                    else:
                        label = person.label
                    mentions.append(PersonMention(label, str(person.role), str(m.involvement)))
            rows.append(IncidentRow(
                ref=ref("I", x.id, i), incident_id=x.id,
                workplace_name=self.workplace_name(x.workplace_id), timezone=x.timezone,
                start=_local(x.start, x.timezone),
                end=None if x.end is None else _local(x.end, x.timezone),
                category=str(x.category), severity=x.severity, title=self.free(x.title),
                description=self.free(x.description), people=tuple(mentions),
                reported_to=self.free(x.reported_to),
                reported_on=x.reported_on, outcome=self.free(x.outcome),
                shift_ref=shift_refs.get(x.shift_id, "") if x.shift_id is not None else "",
                exhibit_refs=tuple(exhibit_refs.get(x.id, [])) if x.id is not None else (),
            ))
        return tuple(rows)

    def exhibit_rows(self, shift_refs: Mapping[int, str],
                     incident_refs: Mapping[int, str]) -> tuple[ExhibitRow, ...]:
        rows: list[ExhibitRow] = []
        for i, a in enumerate(sorted(self.inp.attachments, key=lambda a: a.id or 0)):
            if a.incident_id is not None and a.incident_id in incident_refs:
                owner = incident_refs[a.incident_id]
            elif a.shift_id is not None and a.shift_id in shift_refs:
                owner = shift_refs[a.shift_id]
            else:
                continue  # belongs to a record outside the period
            shown = Attachment(
                filename=self.free(a.filename), media_type=a.media_type, size=a.size,
                sha256=a.sha256, incident_id=a.incident_id, shift_id=a.shift_id,
                note=self.free(a.note), added_at=a.added_at, id=a.id,
            )
            rows.append(ExhibitRow(
                ref=ref("E", a.id, i), attachment=shown, belongs_to=owner,
                show_image=self.profile != "totals", load=self._loader(a),
            ))
        return tuple(rows)

    def _loader(self, a: Attachment) -> Callable[[], bytes | None] | None:
        source = self.inp.attachment_data
        if source is None or self.profile == "totals":
            return None
        if callable(source):
            fetch = source
            return lambda: fetch(a)
        mapping = source
        return lambda: mapping.get(a.id) if a.id is not None else None

    def integrity(self, shift_rows: Sequence[ShiftRow], money: Sequence[MoneyRow],
                  incidents: Sequence[IncidentRow]) -> IntegrityReport:
        info = self.inp.integrity
        written = {(r.entity, r.entity_id): r.recorded_at for r in info.recorded}
        lags: list[RecordLag] = []

        def add(entity: str, record_id: int | None, own: datetime | None, happened: date,
                tz: str, reference: str) -> None:
            at = written.get((entity, record_id), own) if record_id is not None else own
            days = None if at is None else (_local(at, tz).date() - happened).days
            lags.append(RecordLag(reference, entity, happened, at, days, lag_bucket(days)))

        for s, row in zip(self.shifts, shift_rows, strict=True):
            add("shift", s.id, s.recorded_at, row.end.date(), s.timezone, row.ref)
        shift_end = {row.shift_id: row.end.date() for row in shift_rows}
        for line, mrow in zip(self.lines, money, strict=True):
            place = self.workplaces.get(self.workplace_of(line) or -1)
            tz = place.timezone if place is not None else self.inp.profile.timezone
            happened = shift_end.get(line.shift_id, line.date) if line.shift_id else line.date
            add("money", line.id, line.recorded_at, happened, tz, mrow.ref)
        for x, irow in zip(self.incidents, incidents, strict=True):
            happened = (irow.end or irow.start).date()
            add("incident", x.id, x.recorded_at, happened, x.timezone, irow.ref)
        for i, tag in enumerate(self.tags):
            place = self.workplaces.get(tag.workplace_id)
            tz = place.timezone if place is not None else self.inp.profile.timezone
            add("control", tag.id, tag.recorded_at, tag.date, tz, ref("C", tag.id, i))
        counts: dict[LagBucket, int] = dict.fromkeys(LAG_BUCKETS, 0)
        for lag in lags:
            counts[lag.bucket] += 1
        return IntegrityReport(
            lags=tuple(lags), lag_counts=counts,
            amendments=tuple(sorted(info.amendments, key=lambda a: a.seq)),
            deletions=info.deletions, head_seq=info.head_seq, head_hash=info.head_hash,
            seals=tuple(sorted(info.seals, key=lambda s: s.seq)),
            amended_after_seal=tuple(sorted(info.amended_after_seal, key=lambda a: a.seq)),
        )

    def build(self) -> EvidenceReport:
        inp = self.inp
        shift_rows = self.shift_rows()
        shift_refs = {r.shift_id: r.ref for r in shift_rows if r.shift_id is not None}
        incident_refs = {x.id: ref("I", x.id, i) for i, x in enumerate(self.incidents)
                         if x.id is not None}
        exhibits = self.exhibit_rows(shift_refs, incident_refs)
        exhibit_refs: dict[int, list[str]] = defaultdict(list)
        for e in exhibits:
            if e.attachment.incident_id is not None:
                exhibit_refs[e.attachment.incident_id].append(e.ref)
        incidents = self.incident_rows(shift_refs, exhibit_refs)
        money = self.money_rows(shift_refs)
        by_place, by_currency = self.totals()

        places: list[WorkplaceReport] = []
        for place in sorted(self.workplaces.values(), key=lambda w: (w.name.casefold(), w.id)):
            assert place.id is not None
            main = by_place[(place.id, place.currency)]
            others = [a for (pid, cur), a in sorted(by_place.items(), key=lambda kv: kv[0][1])
                      if pid == place.id and cur != place.currency]
            incident_counts = Counter(str(x.category) for x in self.incidents
                                      if x.workplace_id == place.id)
            shown = Workplace(
                name=place.name, currency=place.currency, timezone=place.timezone,
                kind=place.kind, city=place.city, country=place.country,
                legal_name=place.legal_name, registration_number=place.registration_number,
                address=place.address, notes="", archived=place.archived, id=place.id,
            )
            places.append(WorkplaceReport(
                workplace=shown, totals=(main, *others),
                comparison=compare_with_wage(main, self.rate(place.currency)),
                fees=self.fee_series(place.id), indicators=self.indicators(place.id),
                months=self.months(place.id, place.currency),
                debt_nights=tuple(r for r in shift_rows
                                  if r.workplace_id == place.id and r.main_money.net < 0),
                incident_counts=dict(sorted(incident_counts.items(),
                                            key=lambda kv: (-kv[1], kv[0]))),
            ))
        currencies = tuple(by_currency[c] for c in sorted(by_currency))
        comparisons = tuple(c for c in (compare_with_wage(t, self.rate(t.currency))
                                        for t in currencies) if c is not None)
        return EvidenceReport(
            profile=self.profile, language=inp.language,
            work_name=inp.profile.work_name,
            legal_name=(inp.profile.legal_name or "") if self.profile == "full" else "",
            timezone=inp.profile.timezone, date_from=inp.date_from, date_to=inp.date_to,
            generated_at=inp.generated_at, app_version=inp.app_version,
            fingerprint=inp.fingerprint, workplaces=tuple(places), currencies=currencies,
            comparisons=comparisons, reference_wages=dict(inp.profile.reference_wages),
            shifts=shift_rows, money=money,
            standalone_money=tuple(m for m in money if not m.shift_ref),
            incidents=incidents, exhibits=exhibits,
            integrity=self.integrity(shift_rows, money, incidents),
        )


@dataclass(slots=True)
class _NightAcc:
    currency: str
    earned: int = 0
    taken: int = 0
    spent: int = 0
    taken_by_category: dict[str, int] = field(default_factory=dict)

    def add(self, line: MoneyLine) -> None:
        if line.kind == MoneyKind.EARNING:
            self.earned += line.amount_minor
        elif line.kind == MoneyKind.DEDUCTION:
            self.taken += line.amount_minor
            cats = self.taken_by_category
            cats[line.category] = cats.get(line.category, 0) + line.amount_minor
        else:
            self.spent += line.amount_minor

    def freeze(self) -> NightMoney:
        return NightMoney(self.currency, self.earned, self.taken, self.spent,
                          dict(sorted(self.taken_by_category.items())))


def build_report(inp: EvidenceInput) -> EvidenceReport:
    """Every figure and record the evidence report shows, redacted per ``inp.report_profile``."""
    return _Builder(inp).build()

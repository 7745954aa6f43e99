"""The records a worker keeps. Plain frozen dataclasses; the store fills ``id`` and timestamps.

Every record can describe itself as ``fields()``: the canonical values the change journal
digests (ints for money, ISO 8601 UTC text for instants, ISO dates, ids of other records).
``validate()`` returns every problem at once, worded for the worker.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from workbook.domain.categories import (
    MONEY_CATEGORIES,
    ControlIndicator,
    IncidentCategory,
    Involvement,
    MoneyKind,
    PaymentMethod,
    PersonRole,
    ShiftRole,
    WorkplaceKind,
)
from workbook.domain.currencies import is_currency
from workbook.domain.errors import Problem, ValidationError, problem
from workbook.domain.money import MAX_MINOR, format_amount
from workbook.domain.timeutil import to_utc_text, zone

SHORT_TEXT = 500
LONG_TEXT = 1_000_000
MAX_BREAK_MINUTES = 24 * 60
MAX_SHIFT_HOURS = 48
MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024
# The years a record can be dated in. A year typed as 0226 or 20226 is a typo to point out, and
# a time at the very ends of Python's calendar cannot be shown in every zone (midnight UTC on
# 1 January of year 1 is still year 0 in New York), which the vault and the reports must do.
FIRST_YEAR = 1900
LAST_YEAR = 2199

JSONValue = Any


def _text(problems: list[Problem], name: str, value: str | None, *, required: bool = False,
          limit: int = SHORT_TEXT) -> None:
    if value is None:
        if required:
            problems.append(problem(name, "is needed"))
        return
    if not isinstance(value, str):
        problems.append(problem(name, "must be text"))
        return
    if required and not value.strip():
        problems.append(problem(name, "is needed"))
    if len(value) > limit:
        problems.append(problem(name, "is too long (at most %1 characters)", f"{limit:,}"))


def _choice(problems: list[Problem], name: str, value: object, allowed: type | tuple[str, ...],
            *, required: bool = True) -> None:
    if value is None and not required:
        return
    options = [str(v) for v in allowed] if isinstance(allowed, tuple) else [
        m.value for m in allowed  # type: ignore[attr-defined]
    ]
    if value not in options:
        problems.append(problem(name, "“%1” is not one of: %2", value, ", ".join(options)))


def _zone_ok(problems: list[Problem], name: str, value: str) -> None:
    try:
        zone(value, name)
    except ValidationError as exc:
        problems.extend(exc.problems)


def _year(problems: list[Problem], name: str, value: date) -> None:
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        problems.append(problem(name, "is in the year %1; check the year (dates from "
                                "%2 to %3 can be kept)", value.year, FIRST_YEAR, LAST_YEAR))


def _aware(problems: list[Problem], name: str, value: datetime | None, required: bool) -> None:
    if value is None:
        if required:
            problems.append(problem(name, "is needed"))
    elif value.tzinfo is None or value.utcoffset() is None:
        problems.append(problem(name, "has no time zone"))
    else:
        # The vault keeps the instant in UTC, so its UTC year counts; a year far outside the
        # range is refused as it is (converting one at the ends of the calendar overflows).
        _year(problems, name, value.astimezone(UTC)
              if FIRST_YEAR - 1 <= value.year <= LAST_YEAR + 1 else value)


def _day(problems: list[Problem], name: str, value: date | None, required: bool) -> None:
    if value is None and not required:
        return
    if not isinstance(value, date) or isinstance(value, datetime):
        problems.append(problem(name, "is needed"))
    else:
        _year(problems, name, value)


def _iso(value: datetime | None) -> str | None:
    return None if value is None else to_utc_text(value)


def check(problems: list[Problem]) -> None:
    if problems:
        raise ValidationError(problems)


@dataclass(frozen=True, slots=True)
class Profile:
    work_name: str = ""
    legal_name: str | None = None
    default_currency: str = "SEK"
    timezone: str = "Europe/Stockholm"
    day_starts_minutes: int = 6 * 60
    # Reference hourly wage per currency (minor units per hour): a minimum or agreed rate.
    reference_wages: dict[str, int] = field(default_factory=dict)
    language: str = "en"
    auto_lock_minutes: int = 5
    neutral_title: bool = False
    backup_reminder_days: int = 14

    def validate(self) -> list[Problem]:
        p: list[Problem] = []
        _text(p, "work_name", self.work_name)
        _text(p, "legal_name", self.legal_name)
        if not is_currency(self.default_currency):
            p.append(problem("default_currency", "“%1” is not a currency", self.default_currency))
        _zone_ok(p, "timezone", self.timezone)
        if not 0 <= self.day_starts_minutes < 24 * 60:
            p.append(problem("day_starts_minutes", "must be a time of day"))
        for cur, rate in self.reference_wages.items():
            if not is_currency(cur):
                p.append(problem(f"reference_wages.{cur}", "is not a currency"))
            if not isinstance(rate, int) or rate < 0 or rate > MAX_MINOR:
                p.append(problem(f"reference_wages.{cur}", "must be zero or more"))
        if not 0 <= self.auto_lock_minutes <= 24 * 60:
            p.append(problem("auto_lock_minutes", "must be between 0 (never) and 1440"))
        return p

    def fields(self) -> dict[str, JSONValue]:
        return {
            "work_name": self.work_name, "legal_name": self.legal_name,
            "default_currency": self.default_currency, "timezone": self.timezone,
            "day_starts_minutes": self.day_starts_minutes,
            "reference_wages": dict(sorted(self.reference_wages.items())),
            "language": self.language, "auto_lock_minutes": self.auto_lock_minutes,
            "neutral_title": self.neutral_title,
            "backup_reminder_days": self.backup_reminder_days,
        }


@dataclass(frozen=True, slots=True)
class Workplace:
    name: str
    currency: str
    timezone: str
    kind: WorkplaceKind = WorkplaceKind.CLUB
    city: str = ""
    country: str = ""
    legal_name: str = ""
    registration_number: str = ""
    address: str = ""
    notes: str = ""
    archived: bool = False
    id: int | None = None

    def validate(self) -> list[Problem]:
        p: list[Problem] = []
        _text(p, "name", self.name, required=True)
        if not is_currency(self.currency):
            p.append(problem("currency", "“%1” is not a currency (like SEK or EUR)", self.currency))
        _zone_ok(p, "timezone", self.timezone)
        _choice(p, "kind", self.kind, WorkplaceKind)
        for name in ("city", "legal_name", "registration_number", "address"):
            _text(p, name, getattr(self, name))
        if self.country and (len(self.country) != 2 or not self.country.isalpha()
                             or not self.country.isupper()):
            p.append(problem("country", "must be a two-letter country code, like SE"))
        _text(p, "notes", self.notes, limit=LONG_TEXT)
        return p

    def fields(self) -> dict[str, JSONValue]:
        return {
            "name": self.name, "kind": str(self.kind), "city": self.city,
            "country": self.country, "currency": self.currency, "timezone": self.timezone,
            "legal_name": self.legal_name, "registration_number": self.registration_number,
            "address": self.address, "notes": self.notes, "archived": self.archived,
        }


@dataclass(frozen=True, slots=True)
class Person:
    label: str
    role: PersonRole = PersonRole.OTHER
    notes: str = ""
    id: int | None = None

    def validate(self) -> list[Problem]:
        p: list[Problem] = []
        _text(p, "label", self.label, required=True)
        _choice(p, "role", self.role, PersonRole)
        _text(p, "notes", self.notes, limit=LONG_TEXT)
        return p

    def fields(self) -> dict[str, JSONValue]:
        return {"label": self.label, "role": str(self.role), "notes": self.notes}


@dataclass(frozen=True, slots=True)
class Shift:
    workplace_id: int
    start: datetime
    end: datetime
    timezone: str
    breaks_minutes: int = 0
    role: ShiftRole = ShiftRole.FLOOR
    scheduled_start: datetime | None = None
    scheduled_end: datetime | None = None
    notes: str = ""
    id: int | None = None
    recorded_at: datetime | None = None

    @property
    def elapsed_seconds(self) -> int:
        return int((self.end - self.start).total_seconds())

    @property
    def worked_seconds(self) -> int:
        """Real elapsed time minus unpaid breaks (so a night across a DST change is ±1 h)."""
        return max(0, self.elapsed_seconds - self.breaks_minutes * 60)

    @property
    def waiting_before_seconds(self) -> int:
        """Time present before the scheduled start (forced extra or unpaid waiting time)."""
        if self.scheduled_start is None:
            return 0
        return max(0, int((self.scheduled_start - self.start).total_seconds()))

    @property
    def overtime_after_seconds(self) -> int:
        if self.scheduled_end is None:
            return 0
        return max(0, int((self.end - self.scheduled_end).total_seconds()))

    def validate(self) -> list[Problem]:
        p: list[Problem] = []
        if not isinstance(self.workplace_id, int):
            p.append(problem("workplace", "is needed"))
        # Each comparison needs only its own fields to be sound, so one wrong field (a role,
        # say) never hides an end before the start: the worker sees every problem at once.
        before = len(p)
        _aware(p, "start", self.start, True)
        _aware(p, "end", self.end, True)
        span_ok = len(p) == before
        before = len(p)
        _aware(p, "scheduled_start", self.scheduled_start, False)
        _aware(p, "scheduled_end", self.scheduled_end, False)
        schedule_ok = len(p) == before
        _zone_ok(p, "timezone", self.timezone)
        _choice(p, "role", self.role, ShiftRole)
        if span_ok:
            if self.end < self.start:
                p.append(problem("end", "is before start (for a night shift, the end is on the "
                                 "next day)"))
            elif self.end == self.start:
                p.append(problem("end", "is the same as start (for a night shift, the end is on "
                                 "the next day)"))
            elif self.elapsed_seconds > MAX_SHIFT_HOURS * 3600:
                p.append(problem("end", "makes the shift longer than %1 hours", MAX_SHIFT_HOURS))
        if (schedule_ok and self.scheduled_start and self.scheduled_end
                and self.scheduled_end <= self.scheduled_start):
            p.append(problem("scheduled_end", "is before the scheduled start"))
        if (not isinstance(self.breaks_minutes, int) or isinstance(self.breaks_minutes, bool)
                or self.breaks_minutes < 0):
            p.append(problem("breaks_minutes", "must be zero or more minutes"))
        elif span_ok and self.end > self.start and self.breaks_minutes * 60 >= self.elapsed_seconds:
            p.append(problem("breaks_minutes", "are as long as the whole shift"))
        _text(p, "notes", self.notes, limit=LONG_TEXT)
        return p

    def fields(self) -> dict[str, JSONValue]:
        return {
            "workplace": self.workplace_id, "start": _iso(self.start), "end": _iso(self.end),
            "timezone": self.timezone, "breaks_minutes": self.breaks_minutes,
            "role": str(self.role), "scheduled_start": _iso(self.scheduled_start),
            "scheduled_end": _iso(self.scheduled_end), "notes": self.notes,
        }


@dataclass(frozen=True, slots=True)
class MoneyLine:
    date: date
    kind: MoneyKind
    category: str
    amount_minor: int
    currency: str
    shift_id: int | None = None
    workplace_id: int | None = None
    method: PaymentMethod | None = None
    counterparty: str = ""
    note: str = ""
    id: int | None = None
    recorded_at: datetime | None = None

    @property
    def signed_minor(self) -> int:
        """What this line does to the money kept: + for an earning, − otherwise."""
        return self.amount_minor if self.kind == MoneyKind.EARNING else -self.amount_minor

    @property
    def amount_text(self) -> str:
        return format_amount(self.amount_minor, self.currency)

    def validate(self) -> list[Problem]:
        p: list[Problem] = []
        _day(p, "date", self.date, True)
        _choice(p, "kind", self.kind, MoneyKind)
        if self.kind in MONEY_CATEGORIES:
            allowed = MONEY_CATEGORIES[MoneyKind(self.kind)]
            if not isinstance(self.category, str) or not self.category.strip():
                p.append(problem("category", "is needed"))
            elif self.category not in allowed and not self.category.startswith("custom:"):
                p.append(problem("category", "“%1” is not a category for %2: %3",
                                 self.category, f"{self.kind}s", ", ".join(allowed)))
            _text(p, "category", self.category)
        if not is_currency(self.currency):
            p.append(problem("currency", "“%1” is not a currency (like SEK or EUR)", self.currency))
        if not isinstance(self.amount_minor, int) or isinstance(self.amount_minor, bool):
            p.append(problem("amount", "must be a whole number of minor units"))
        elif self.amount_minor < 0:
            p.append(problem("amount", "cannot be negative; choose earning, deduction or expense"))
        elif self.amount_minor > MAX_MINOR:
            p.append(problem("amount", "is too large"))
        _choice(p, "method", self.method, PaymentMethod, required=False)
        _text(p, "counterparty", self.counterparty)
        _text(p, "note", self.note, limit=LONG_TEXT)
        return p

    def fields(self) -> dict[str, JSONValue]:
        return {
            "shift": self.shift_id, "workplace": self.workplace_id,
            "date": self.date.isoformat(), "kind": str(self.kind), "category": self.category,
            "amount": self.amount_minor, "currency": self.currency,
            "method": None if self.method is None else str(self.method),
            "counterparty": self.counterparty, "note": self.note,
        }


@dataclass(frozen=True, slots=True)
class IncidentPerson:
    person_id: int
    involvement: Involvement = Involvement.INVOLVED


@dataclass(frozen=True, slots=True)
class Incident:
    start: datetime
    timezone: str
    category: IncidentCategory
    title: str
    workplace_id: int | None = None
    end: datetime | None = None
    severity: int = 3
    description: str = ""
    shift_id: int | None = None
    people: tuple[IncidentPerson, ...] = ()
    reported_to: str | None = None
    reported_on: date | None = None
    outcome: str | None = None
    id: int | None = None
    recorded_at: datetime | None = None

    def validate(self) -> list[Problem]:
        p: list[Problem] = []
        _aware(p, "start", self.start, True)
        _aware(p, "end", self.end, False)
        span_ok = not p
        _zone_ok(p, "timezone", self.timezone)
        _choice(p, "category", self.category, IncidentCategory)
        if span_ok and self.end is not None and self.end < self.start:
            p.append(problem("end", "is before start"))
        if (not isinstance(self.severity, int) or isinstance(self.severity, bool)
                or not 1 <= self.severity <= 5):
            p.append(problem("severity", "must be from 1 (minor) to 5 (grave)"))
        _text(p, "title", self.title, required=True)
        _text(p, "description", self.description, limit=LONG_TEXT)
        _text(p, "reported_to", self.reported_to)
        _text(p, "outcome", self.outcome, limit=LONG_TEXT)
        _day(p, "reported_on", self.reported_on, False)
        seen: set[int] = set()
        for i, person in enumerate(self.people):
            _choice(p, f"people[{i}].as", person.involvement, Involvement)
            if person.person_id in seen:
                p.append(problem(f"people[{i}].person", "is listed twice"))
            seen.add(person.person_id)
        return p

    def fields(self) -> dict[str, JSONValue]:
        return {
            "workplace": self.workplace_id, "start": _iso(self.start), "end": _iso(self.end),
            "timezone": self.timezone, "category": str(self.category),
            "severity": self.severity, "title": self.title, "description": self.description,
            "shift": self.shift_id,
            "people": [{"person": x.person_id, "as": str(x.involvement)} for x in self.people],
            "reported_to": self.reported_to,
            "reported_on": None if self.reported_on is None else self.reported_on.isoformat(),
            "outcome": self.outcome,
        }


@dataclass(frozen=True, slots=True)
class Attachment:
    """A file kept inside the vault. ``data`` is loaded only when asked for."""

    filename: str
    media_type: str
    size: int
    sha256: str
    incident_id: int | None = None
    shift_id: int | None = None
    note: str = ""
    added_at: datetime | None = None
    id: int | None = None

    def validate(self) -> list[Problem]:
        p: list[Problem] = []
        _text(p, "filename", self.filename, required=True)
        _text(p, "media_type", self.media_type, required=True)
        if self.size > MAX_ATTACHMENT_BYTES:
            p.append(problem("data", "is too large: %1 MB (at most %2 MB)",
                             f"{self.size / 1048576:.1f}", MAX_ATTACHMENT_BYTES // 1048576))
        if self.incident_id is None and self.shift_id is None:
            p.append(problem("incident", "an attachment belongs to an incident or a shift"))
        _text(p, "note", self.note, limit=LONG_TEXT)
        return p

    def fields(self) -> dict[str, JSONValue]:
        return {
            "incident": self.incident_id, "shift": self.shift_id, "filename": self.filename,
            "media_type": self.media_type, "size": self.size, "sha256": self.sha256,
            "note": self.note,
        }


@dataclass(frozen=True, slots=True)
class ControlTag:
    """A dated sign of employer control on a workplace, shift or incident."""

    indicator: ControlIndicator
    date: date
    workplace_id: int
    shift_id: int | None = None
    incident_id: int | None = None
    note: str = ""
    id: int | None = None
    recorded_at: datetime | None = None

    def validate(self) -> list[Problem]:
        p: list[Problem] = []
        _choice(p, "indicator", self.indicator, ControlIndicator)
        _day(p, "date", self.date, True)
        if not isinstance(self.workplace_id, int):
            p.append(problem("workplace", "is needed"))
        _text(p, "note", self.note, limit=LONG_TEXT)
        return p

    def fields(self) -> dict[str, JSONValue]:
        return {
            "indicator": str(self.indicator), "date": self.date.isoformat(),
            "workplace": self.workplace_id, "shift": self.shift_id,
            "incident": self.incident_id, "note": self.note,
        }

"""Interchange JSON, version 1: read a file, check every record, then add it all at once.

Reading is pure. :func:`parse_interchange` turns a file into an :class:`ImportPlan` (domain
records keyed by their ref in the file) or raises one ``ValidationError`` that lists every
problem, each named by record and field: ``shifts[3].end: is before start (…)``.
:func:`apply_plan` then adds the plan to the vault inside one transaction, so a file that fails
halfway imports nothing. The CSV importer and the demo build the same kind of plan, so every
import takes one tested path into the vault.

The format is the one in DESIGN.md ("Interchange JSON, version 1"). What the data model needs
beyond that example is accepted as optional keys, listed in ``_KEYS``: a ``controls`` section
(control indicators), ``reported_on`` on incidents, ``shift`` on attachments, and ``legal_name``,
``day_starts`` and ``reference_wages`` in the profile. Any other key is an error, never dropped.

Rules worth knowing when writing a file by hand:
- ``null`` for an optional key means "not given".
- A money line's ``currency`` may be left out when the line has a workplace (directly or through
  its shift): it is then the workplace's currency. A line with neither must say its currency.
- A money line on a shift may leave out ``date``: it is then the shift's local start date.
- A workplace whose name is already in the vault is reused, not added again, if its currency
  and time zone agree; if they differ, the import stops (its times and money would be wrong).
  A person whose label is already in the vault is reused in the same way.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from enum import StrEnum
from functools import partial
from typing import Any, Generic, Protocol, TypeVar

from workbook.domain.categories import (
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
from workbook.domain.errors import Problem, ValidationError
from workbook.domain.models import (
    MAX_ATTACHMENT_BYTES,
    Attachment,
    ControlTag,
    Incident,
    IncidentPerson,
    MoneyLine,
    Person,
    Profile,
    Shift,
    Workplace,
)
from workbook.domain.money import parse_amount
from workbook.domain.timeutil import local, parse_date, parse_local_datetime, zone

FORMAT = "workbook-interchange"
VERSION = 1

_SECTIONS = ("profile", "workplaces", "people", "shifts", "money", "incidents", "attachments",
             "controls")
_KEYS: dict[str, tuple[str, ...]] = {
    "": ("format", "version", *_SECTIONS),
    "profile": ("work_name", "legal_name", "default_currency", "timezone", "day_starts",
                "reference_wages"),
    "workplaces": ("ref", "name", "kind", "city", "country", "currency", "timezone",
                   "legal_name", "registration_number", "address", "notes", "archived"),
    "people": ("ref", "label", "role", "notes"),
    "shifts": ("ref", "workplace", "start", "end", "breaks_minutes", "role", "scheduled_start",
               "scheduled_end", "notes"),
    "money": ("shift", "workplace", "date", "kind", "category", "amount", "currency", "method",
              "counterparty", "note"),
    "incidents": ("ref", "workplace", "start", "end", "category", "severity", "title",
                  "description", "shift", "people", "reported_to", "reported_on", "outcome"),
    "incident_people": ("person", "as"),
    "attachments": ("incident", "shift", "filename", "media_type", "data_base64", "note"),
    "controls": ("indicator", "date", "workplace", "shift", "incident", "note"),
}
_WHAT = {
    "": "a Workbook interchange file", "profile": "the profile", "workplaces": "a workplace",
    "people": "a person", "shifts": "a shift", "money": "a money line",
    "incidents": "an incident", "incident_people": "a person in an incident",
    "attachments": "an attachment", "controls": "a control indicator",
}
_OFFSET = re.compile(r"(Z|[+-]\d{2}:?\d{2})$")
_MEDIA_TYPE = re.compile(r"[A-Za-z0-9][A-Za-z0-9.+_-]*/[A-Za-z0-9][A-Za-z0-9.+_-]*")
_DAY_START = re.compile(r"([01][0-9]|2[0-3]):([0-5][0-9])")
# Stand-in values for fields that could not be read, so the domain checks the rest.
_PLACEHOLDER_TIME = datetime(2000, 1, 1, 12, 0, tzinfo=UTC)
_PLACEHOLDER_DATE = date(2000, 1, 1)

R = TypeVar("R")
E = TypeVar("E", bound=StrEnum)


# --- the plan ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Planned(Generic[R]):
    """A record waiting to be added, with where it came from (``shifts[3]``, ``row 7``).

    Until the vault gives them real ids, records in a plan point at each other with provisional
    ids: negative numbers, one series per kind of record (workplace -1, shift -1, …).
    """

    path: str
    record: R


@dataclass(frozen=True, slots=True)
class PlannedAttachment:
    path: str
    record: Attachment
    data: bytes = field(repr=False)


@dataclass
class ImportPlan:
    """Everything one file adds, checked and ready; keyed by the refs the file used."""

    profile: Profile | None = None
    profile_fields: tuple[str, ...] = ()
    workplaces: dict[str, Planned[Workplace]] = field(default_factory=dict)
    people: dict[str, Planned[Person]] = field(default_factory=dict)
    shifts: dict[str, Planned[Shift]] = field(default_factory=dict)
    money: list[Planned[MoneyLine]] = field(default_factory=list)
    incidents: dict[str, Planned[Incident]] = field(default_factory=dict)
    controls: list[Planned[ControlTag]] = field(default_factory=list)
    attachments: list[PlannedAttachment] = field(default_factory=list)
    # How a path and a field are joined in messages: "shifts[3].end" or "row 7, end".
    separator: str = "."

    def at(self, path: str, name: str) -> str:
        return f"{path}{self.separator}{name}" if name else path


@dataclass(frozen=True, slots=True)
class ImportCounts:
    """What an import added, in words a worker can read at a glance (``str(counts)``)."""

    workplaces_added: int = 0
    workplaces_reused: tuple[str, ...] = ()
    people_added: int = 0
    people_reused: tuple[str, ...] = ()
    shifts: int = 0
    money_lines: int = 0
    incidents: int = 0
    control_tags: int = 0
    attachments: int = 0
    profile_fields: tuple[str, ...] = ()

    def __str__(self) -> str:
        parts = [
            _count(n, one, many) for n, one, many in (
                (self.shifts, "shift", "shifts"),
                (self.money_lines, "money line", "money lines"),
                (self.incidents, "incident", "incidents"),
                (self.attachments, "attachment", "attachments"),
                (self.control_tags, "control indicator", "control indicators"),
                (self.workplaces_added, "new workplace", "new workplaces"),
                (self.people_added, "new person", "new people"),
            ) if n
        ]
        text = ", ".join(parts) if parts else "nothing new"
        reused = [*self.workplaces_reused, *self.people_reused]
        if reused:
            names = ", ".join(f"“{name}”" for name in reused)
            text += f"; used {names}, already in your log"
        if self.profile_fields:
            text += f"; updated your profile ({', '.join(self.profile_fields)})"
        return text


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


class ImportTarget(Protocol):
    """The part of the vault an import uses (``workbook.store.vault.Vault`` provides it)."""

    def transaction(self) -> AbstractContextManager[Any]: ...
    def get_profile(self) -> Profile: ...
    def save_profile(self, profile: Profile, /) -> Any: ...
    def list_workplaces(self) -> Sequence[Workplace]: ...
    def find_workplace(self, name: str, /) -> Workplace | None: ...
    def find_person(self, label: str, /) -> Person | None: ...
    def add_workplace(self, workplace: Workplace, /) -> Workplace: ...
    def add_person(self, person: Person, /) -> Person: ...
    def add_shift(self, shift: Shift, /) -> Shift: ...
    def add_money_line(self, line: MoneyLine, /) -> MoneyLine: ...
    def add_incident(self, incident: Incident, /) -> Incident: ...
    def add_control_tag(self, tag: ControlTag, /) -> ControlTag: ...
    def add_attachment(self, meta: Attachment, data: bytes, /) -> Attachment: ...


# --- reading JSON --------------------------------------------------------------------------


class _Object(dict[str, Any]):
    """A JSON object that remembers keys written twice (``json`` silently keeps the last)."""

    duplicates: tuple[str, ...] = ()


def _object(pairs: list[tuple[str, Any]]) -> _Object:
    obj = _Object(pairs)
    obj.duplicates = tuple(k for k, n in Counter(k for k, _ in pairs).items() if n > 1)
    return obj


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def load_json(raw: bytes | str) -> Any:
    """Decode a file as UTF-8 JSON (a byte order mark is allowed). Numbers with a point become
    ``Decimal`` so that no float ever appears; they are refused later where they do not belong."""
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ValidationError(Problem("", "the file is not UTF-8 text, so it is not a "
                                          "Workbook file")) from exc
    elif raw.startswith("\ufeff"):
        raw = raw[1:]
    try:
        return json.loads(raw, object_pairs_hook=_object, parse_float=Decimal,
                          parse_constant=_refuse_constant)
    except json.JSONDecodeError as exc:
        raise ValidationError(Problem("", f"the file is not valid JSON: {exc.msg} at line "
                                      f"{exc.lineno}, column {exc.colno}")) from exc
    except (ValueError, RecursionError) as exc:
        raise ValidationError(Problem("", f"the file is not valid JSON: {exc}")) from exc


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


class _Fields:
    """Reads one JSON object field by field, noting each problem under its full path.

    Fields that could not be read are remembered, so the domain's own checks, run afterwards
    on a record built with stand-in values, do not report the stand-ins as new problems.
    """

    def __init__(self, path: str, obj: object, kind: str, problems: list[Problem]) -> None:
        self.path = path
        self.problems = problems
        self.bad: set[str] = set()
        self.ok = isinstance(obj, Mapping)
        self.obj: Mapping[str, Any] = obj if isinstance(obj, Mapping) else {}
        if not self.ok:
            problems.append(Problem(path, f"must be {_WHAT[kind]}, written {{ … }}") if path
                            else Problem("", "the file must hold one JSON object, written { … }"))
            return
        known = _KEYS[kind]
        for key in getattr(obj, "duplicates", ()):
            self.fail(_shown_key(key), "is written twice; keep one")
        for key in self.obj:
            if key not in known:
                self.fail(_shown_key(key), f"is not a field of {_WHAT[kind]}; check the "
                          f"spelling (the fields are: {', '.join(known)})")

    def at(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def fail(self, key: str, message: str) -> None:
        self.bad.add(_root(key))
        self.problems.append(Problem(self.at(key), message))

    def skip(self, key: str) -> None:
        """Leave ``key`` unchecked because something it depends on is already wrong."""
        self.bad.add(key)

    def given(self, key: str) -> bool:
        return self.obj.get(key) is not None

    def raw(self, key: str) -> Any:
        return self.obj.get(key)

    def text(self, key: str, *, required: bool = False) -> str:
        value = self.optional_text(key, required=required)
        return "" if value is None else value

    def optional_text(self, key: str, *, required: bool = False) -> str | None:
        value = self.obj.get(key)
        if value is None:
            if required:
                self.fail(key, "is needed")
            return None
        if not isinstance(value, str):
            self.fail(key, "must be text, in quotes")
            return None
        if not _encodable(value):
            self.fail(key, "contains a broken character (a lone surrogate); retype it")
            return None
        if required and not value.strip():
            self.fail(key, "is needed")
            return None
        return value

    def name(self, key: str) -> str:
        """A name or label: needed, and kept without spaces around it."""
        return self.text(key, required=True).strip()

    def integer(self, key: str, default: int) -> int:
        value = self.obj.get(key)
        if value is None:
            return default
        if not isinstance(value, int) or isinstance(value, bool):
            self.fail(key, "must be a whole number, without quotes")
            return default
        return value

    def boolean(self, key: str, default: bool) -> bool:
        value = self.obj.get(key)
        if value is None:
            return default
        if not isinstance(value, bool):
            self.fail(key, "must be true or false")
            return default
        return value

    def choice(self, key: str, options: type[E], default: E | None) -> E | None:
        """One of an enum's slugs; ``None`` (and a problem) when it is missing and needed."""
        value = self.obj.get(key)
        if value is None:
            if default is None:
                self.fail(key, "is needed")
            return default
        allowed = [str(member.value) for member in options]
        if not isinstance(value, str) or value not in allowed:
            shown = value if isinstance(value, str) else json.dumps(value, default=str)
            self.fail(key, f"“{shown}” is not one of: {', '.join(allowed)}")
            return None
        return options(value)

    def currency(self, key: str, *, required: bool = True) -> str | None:
        value = self.obj.get(key)
        if value is None:
            if required:
                self.fail(key, "is needed")
            return None
        if not isinstance(value, str) or not is_currency(value):
            self.fail(key, f"“{value}” is not a currency code (like SEK or EUR)")
            return None
        return value

    def timezone(self, key: str) -> str | None:
        value = self.optional_text(key, required=True)
        if value is None:
            return None
        try:
            zone(value, key)
        except ValidationError as exc:
            self.fail(key, exc.problems[0].message)
            return None
        return value

    def ref(self, key: str, known: Mapping[str, R], what: str, *, required: bool) -> R | None:
        value = self.obj.get(key)
        if value is None:
            if required:
                self.fail(key, "is needed")
            return None
        if not isinstance(value, str):
            self.fail(key, f"must be the ref of {what}, in quotes")
            return None
        if value not in known:
            self.fail(key, f"“{value}” is not the ref of any {what} in this file")
            return None
        return known[value]

    def day(self, key: str, *, required: bool) -> date | None:
        value = self.obj.get(key)
        if value is None:
            if required:
                self.fail(key, "is needed")
            return None
        try:
            return parse_date(value, key)
        except ValidationError as exc:
            self.fail(key, exc.problems[0].message)
            return None

    def instant(self, key: str, tz: str | None, *, required: bool) -> datetime | None:
        """A local date-time in ``tz`` (or with its own offset). With ``tz`` unknown, only the
        way it is written is checked and the field is skipped."""
        value = self.obj.get(key)
        if value is None:
            if required:
                self.fail(key, "is needed")
            return None
        try:
            instant = parse_local_datetime(value, tz or "UTC", key)
        except ValidationError as exc:
            self.fail(key, exc.problems[0].message)
            return None
        if tz is None:
            self.skip(key)
            return None
        return instant

    def domain(self, problems: list[Problem], *, rename: Mapping[str, str] | None = None,
               depends: Mapping[str, tuple[str, ...]] | None = None) -> None:
        """Add the domain's own problems, except those about fields already found wrong."""
        for problem in problems:
            key = (rename or {}).get(problem.field, problem.field)
            root = _root(key)
            if root in self.bad or any(d in self.bad for d in (depends or {}).get(root, ())):
                continue
            self.fail(key, problem.message)


_PLAIN_KEY = re.compile(r"[^\s.\[\]\"\x00-\x1f\x7f-\x9f]+")


def _shown_key(key: str) -> str:
    """A key as it shows in a problem's path: quoted as JSON writes it when it is empty or has
    spaces, dots, brackets or control characters, which would hide it or blur the path."""
    return key if _PLAIN_KEY.fullmatch(key) else json.dumps(key, ensure_ascii=False)


def _root(key: str) -> str:
    return key.split(".", 1)[0].split("[", 1)[0]


def _has_offset(value: object) -> bool:
    return isinstance(value, str) and _OFFSET.search(value.strip()) is not None


# --- records -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Place:
    """What later records need to know about a workplace in the file."""

    id: int
    currency: str | None
    timezone: str | None


@dataclass(frozen=True, slots=True)
class _ShiftInfo:
    id: int
    place: _Place | None
    start: datetime | None


class _Reader:
    """Reads a whole interchange document, collecting every problem before giving up."""

    def __init__(self, default_timezone: str | None) -> None:
        self.problems: list[Problem] = []
        self.plan = ImportPlan()
        self.default_timezone = default_timezone
        self.places: dict[str, _Place] = {}
        self.person_ids: dict[str, int] = {}
        self.shift_info: dict[str, _ShiftInfo] = {}
        self.incident_ids: dict[str, int] = {}

    def section(self, doc: Mapping[str, Any], name: str) -> Iterator[tuple[str, object]]:
        value = doc.get(name)
        if value is None:
            return
        if not isinstance(value, list):
            self.problems.append(Problem(name, "must be a list, written [ … ]"))
            return
        for i, item in enumerate(value):
            yield f"{name}[{i}]", item

    def claim_ref(self, f: _Fields, taken: Mapping[str, object]) -> str | None:
        ref = f.raw("ref")
        if ref is None:
            f.fail("ref", "is needed (any short text that other records can point to)")
            return None
        if not isinstance(ref, str) or not ref.strip():
            f.fail("ref", "must be a short text, in quotes")
            return None
        if ref in taken:
            f.fail("ref", f"“{ref}” is used twice in this section; each ref must be different")
            return None
        return ref

    def read(self, doc: object) -> ImportPlan:
        top = _Fields("", doc, "", self.problems)
        if not top.ok:
            raise ValidationError(self.problems)
        if top.raw("format") != FORMAT:
            raise ValidationError(Problem("format", f"is not “{FORMAT}”: this is not a "
                                          "Workbook interchange file"))
        version = top.raw("version")
        if type(version) is not int or version != VERSION:
            if type(version) is int and version > VERSION:
                message = (f"this file is version {version}; this Workbook reads version "
                           f"{VERSION}. Update Workbook to import it")
            else:
                message = f"must be {VERSION}"
            raise ValidationError([*self.problems, Problem("version", message)])
        if top.given("profile"):
            self.profile(top.raw("profile"))
        for path, item in self.section(top.obj, "workplaces"):
            self.workplace(path, item)
        for path, item in self.section(top.obj, "people"):
            self.person(path, item)
        for path, item in self.section(top.obj, "shifts"):
            self.shift(path, item)
        for path, item in self.section(top.obj, "money"):
            self.money(path, item)
        for path, item in self.section(top.obj, "incidents"):
            self.incident(path, item)
        for path, item in self.section(top.obj, "attachments"):
            self.attachment(path, item)
        for path, item in self.section(top.obj, "controls"):
            self.control(path, item)
        if self.problems:
            raise ValidationError(self.problems)
        return self.plan

    # The profile ------------------------------------------------------------------------

    def profile(self, obj: object) -> None:
        f = _Fields("profile", obj, "profile", self.problems)
        if not f.ok:
            return
        changes: dict[str, Any] = {}
        if f.given("work_name"):
            changes["work_name"] = f.text("work_name")
        if "legal_name" in f.obj:
            changes["legal_name"] = f.optional_text("legal_name")
        if f.given("default_currency"):
            changes["default_currency"] = f.currency("default_currency")
        if f.given("timezone"):
            changes["timezone"] = f.timezone("timezone")
            if changes["timezone"]:
                # It becomes the vault's zone with this import, so it places loose incidents.
                self.default_timezone = changes["timezone"]
        if f.given("day_starts"):
            text = f.raw("day_starts")
            match = _DAY_START.fullmatch(text) if isinstance(text, str) else None
            if match is None:
                f.fail("day_starts", "must be a time of day like 06:00")
            else:
                changes["day_starts_minutes"] = int(match[1]) * 60 + int(match[2])
        if f.given("reference_wages"):
            changes["reference_wages"] = self.reference_wages(f)
        # An explicit null legal name clears it; every other field needs a value.
        changes = {k: v for k, v in changes.items()
                   if k not in f.bad and (v is not None or k == "legal_name")}
        profile = replace(Profile(), **changes)
        f.domain(profile.validate(), rename={"day_starts_minutes": "day_starts"})
        self.plan.profile = profile
        self.plan.profile_fields = tuple(changes)

    def reference_wages(self, f: _Fields) -> dict[str, int]:
        wages = f.raw("reference_wages")
        if not isinstance(wages, Mapping):
            f.fail("reference_wages", "must be amounts per currency, like {\"SEK\": \"180.00\"}")
            return {}
        result: dict[str, int] = {}
        for currency, amount in wages.items():
            key = f"reference_wages.{currency}"
            if not is_currency(currency):
                f.fail(key, f"“{currency}” is not a currency code (like SEK or EUR)")
                continue
            try:
                result[currency] = parse_amount(amount, currency, field=key)
            except ValidationError as exc:
                message = exc.problems[0].message
                # The amount parser's hint about earnings and deductions does not fit a wage.
                f.fail(key, "cannot be negative" if message.startswith("cannot be negative")
                       else message)
        return result

    # Workplaces and people --------------------------------------------------------------

    def workplace(self, path: str, obj: object) -> None:
        f = _Fields(path, obj, "workplaces", self.problems)
        if not f.ok:
            return
        ref = self.claim_ref(f, self.places)
        name = f.name("name")
        taken = {p.record.name.casefold(): p.path for p in self.plan.workplaces.values()}
        if name and name.casefold() in taken:
            f.fail("name", f"“{name}” is already the name of {taken[name.casefold()]}")
        currency = f.currency("currency")
        tz = f.timezone("timezone")
        kind = f.choice("kind", WorkplaceKind, WorkplaceKind.OTHER)
        ident = -(len(self.places) + 1)
        record = Workplace(
            name=name, currency=currency or "SEK", timezone=tz or "UTC",
            kind=kind or WorkplaceKind.OTHER, city=f.text("city"), country=f.text("country"),
            legal_name=f.text("legal_name"),
            registration_number=f.text("registration_number"), address=f.text("address"),
            notes=f.text("notes"), archived=f.boolean("archived", False), id=ident,
        )
        f.domain(record.validate())
        if ref is not None:
            self.places[ref] = _Place(ident, currency, tz)
            self.plan.workplaces[ref] = Planned(path, record)

    def person(self, path: str, obj: object) -> None:
        f = _Fields(path, obj, "people", self.problems)
        if not f.ok:
            return
        ref = self.claim_ref(f, self.person_ids)
        label = f.name("label")
        taken = {p.record.label.casefold(): p.path for p in self.plan.people.values()}
        if label and label.casefold() in taken:
            f.fail("label", f"“{label}” is already the label of {taken[label.casefold()]}")
        ident = -(len(self.person_ids) + 1)
        role = f.choice("role", PersonRole, PersonRole.OTHER) or PersonRole.OTHER
        record = Person(label=label, role=role, notes=f.text("notes"), id=ident)
        f.domain(record.validate())
        if ref is not None:
            self.person_ids[ref] = ident
            self.plan.people[ref] = Planned(path, record)

    # Shifts and money -------------------------------------------------------------------

    def shift(self, path: str, obj: object) -> None:
        f = _Fields(path, obj, "shifts", self.problems)
        if not f.ok:
            return
        ref = self.claim_ref(f, self.shift_info)
        place = f.ref("workplace", self.places, "workplace", required=True)
        tz = place.timezone if place else None
        if tz is None:
            f.skip("timezone")
        start = f.instant("start", tz, required=True)
        end = f.instant("end", tz, required=True)
        scheduled_start = f.instant("scheduled_start", tz, required=False)
        scheduled_end = f.instant("scheduled_end", tz, required=False)
        breaks = f.integer("breaks_minutes", 0)
        role = f.choice("role", ShiftRole, ShiftRole.OTHER) or ShiftRole.OTHER
        ident = -(len(self.shift_info) + 1)
        record = Shift(
            workplace_id=place.id if place else 0,
            start=start or _PLACEHOLDER_TIME,
            end=end or _PLACEHOLDER_TIME + timedelta(hours=1),
            timezone=tz or "UTC", breaks_minutes=breaks, role=role,
            scheduled_start=scheduled_start, scheduled_end=scheduled_end,
            notes=f.text("notes"), id=ident,
        )
        if start is None or end is None:
            f.skip("start")
            f.skip("end")
        f.domain(record.validate(), depends={
            "breaks_minutes": ("start", "end"), "scheduled_end": ("scheduled_start",),
        })
        if ref is not None:
            self.shift_info[ref] = _ShiftInfo(ident, place, start)
            self.plan.shifts[ref] = Planned(path, record)

    def money(self, path: str, obj: object) -> None:
        f = _Fields(path, obj, "money", self.problems)
        if not f.ok:
            return
        shift = f.ref("shift", self.shift_info, "shift", required=False)
        place = f.ref("workplace", self.places, "workplace", required=False)
        if shift is not None and place is not None and shift.place is not None \
                and place.id != shift.place.id:
            f.fail("workplace", "is not the workplace of its shift")
        if place is None and shift is not None and not f.given("workplace"):
            place = shift.place
        kind = f.choice("kind", MoneyKind, None)
        if kind is None:
            f.skip("category")
        category = f.text("category", required=True)
        currency = self.money_currency(f, place)
        amount = 0
        if f.raw("amount") is None:
            f.fail("amount", "is needed")
        elif currency is None:
            f.skip("amount")
        else:
            try:
                amount = parse_amount(f.raw("amount"), currency, field="amount")
            except ValidationError as exc:
                f.fail("amount", exc.problems[0].message)
        when = f.day("date", required=not f.given("shift"))
        if when is None and shift is not None and shift.start is not None \
                and shift.place is not None and shift.place.timezone is not None:
            when = local(shift.start, shift.place.timezone).date()
        method = f.choice("method", PaymentMethod, None) if f.given("method") else None
        record = MoneyLine(
            date=when or _PLACEHOLDER_DATE, kind=kind or MoneyKind.EARNING, category=category,
            amount_minor=amount, currency=currency or "SEK",
            shift_id=shift.id if shift else None, workplace_id=place.id if place else None,
            method=method, counterparty=f.text("counterparty"), note=f.text("note"),
        )
        if when is None:
            f.skip("date")
        if currency is None:
            f.skip("currency")
        f.domain(record.validate())
        self.plan.money.append(Planned(path, record))

    @staticmethod
    def money_currency(f: _Fields, place: _Place | None) -> str | None:
        """The line's own currency, else its workplace's; needed when it has no workplace."""
        if f.given("currency"):
            return f.currency("currency")
        if place is not None:
            if place.currency is None:
                f.skip("currency")
            return place.currency
        if f.bad & {"shift", "workplace"}:
            f.skip("currency")
        else:
            f.fail("currency", "is needed when the line has no workplace")
        return None

    # Incidents, attachments, control indicators -----------------------------------------

    def incident(self, path: str, obj: object) -> None:
        f = _Fields(path, obj, "incidents", self.problems)
        if not f.ok:
            return
        ref = self.claim_ref(f, self.incident_ids)
        shift = f.ref("shift", self.shift_info, "shift", required=False)
        place = f.ref("workplace", self.places, "workplace", required=False)
        if shift is not None and place is not None and shift.place is not None \
                and place.id != shift.place.id:
            f.fail("workplace", "is not the workplace of its shift")
        if place is None and shift is not None and not f.given("workplace"):
            place = shift.place
        tz = self.incident_zone(f, place)
        start = f.instant("start", tz, required=True)
        end = f.instant("end", tz, required=False)
        if start is None:
            f.skip("start")
            f.skip("end")
        category = f.choice("category", IncidentCategory, None)
        severity = f.integer("severity", 3)
        people = self.involvements(f)
        record = Incident(
            start=start or _PLACEHOLDER_TIME, timezone=tz or "UTC",
            category=category or IncidentCategory.OTHER, title=f.text("title", required=True),
            workplace_id=place.id if place else None, end=end, severity=severity,
            description=f.text("description"), shift_id=shift.id if shift else None,
            people=people, reported_to=f.optional_text("reported_to"),
            reported_on=f.day("reported_on", required=False),
            outcome=f.optional_text("outcome"), id=-(len(self.incident_ids) + 1),
        )
        f.skip("timezone")
        f.domain(record.validate())
        if ref is not None:
            self.incident_ids[ref] = record.id or 0
            self.plan.incidents[ref] = Planned(path, record)

    def incident_zone(self, f: _Fields, place: _Place | None) -> str | None:
        """The workplace's zone, else the profile's; ``None`` leaves the times unchecked."""
        if place is not None:
            return place.timezone
        if f.bad & {"shift", "workplace"}:
            return None
        if self.default_timezone is not None:
            return self.default_timezone
        if _has_offset(f.raw("start")) and (not f.given("end") or _has_offset(f.raw("end"))):
            return "UTC"
        f.fail("start", "has no time zone: give the incident a workplace, or write the time "
               "with its offset, like 2026-03-28T23:10+01:00")
        f.skip("end")
        return None

    def involvements(self, f: _Fields) -> tuple[IncidentPerson, ...]:
        value = f.raw("people")
        if value is None:
            return ()
        if not isinstance(value, list):
            f.fail("people", "must be a list, written [ … ]")
            return ()
        result: list[IncidentPerson] = []
        for i, item in enumerate(value):
            g = _Fields(f.at(f"people[{i}]"), item, "incident_people", self.problems)
            if not g.ok:
                f.bad.add("people")
                continue
            ident = g.ref("person", self.person_ids, "person", required=True)
            involvement = g.choice("as", Involvement, None)
            if g.bad:
                f.bad.add("people")
            if ident is not None and involvement is not None:
                result.append(IncidentPerson(ident, involvement))
        return tuple(result)

    def attachment(self, path: str, obj: object) -> None:
        f = _Fields(path, obj, "attachments", self.problems)
        if not f.ok:
            return
        incident = f.ref("incident", self.incident_ids, "incident", required=False)
        shift = f.ref("shift", self.shift_info, "shift", required=False)
        if not f.given("incident") and not f.given("shift"):
            f.fail("incident", "is needed: an attachment belongs to an incident (or a shift)")
        filename = f.text("filename", required=True)
        if filename and (any(c in filename for c in "/\\") or filename in (".", "..")
                         or any(ord(c) < 32 for c in filename)):
            f.fail("filename", "must be a file name alone, without folders")
        media_type = f.text("media_type", required=True).strip().lower()
        if media_type and not _MEDIA_TYPE.fullmatch(media_type):
            f.fail("media_type", f"“{media_type}” is not a media type (like image/png)")
        data = self.base64_data(f)
        record = Attachment(
            filename=filename, media_type=media_type, size=len(data),
            sha256=hashlib.sha256(data).hexdigest(), incident_id=incident,
            shift_id=shift.id if shift else None, note=f.text("note"),
        )
        f.skip("incident")
        f.domain(record.validate(), rename={"data": "data_base64"})
        self.plan.attachments.append(PlannedAttachment(path, record, data))

    def base64_data(self, f: _Fields) -> bytes:
        text = f.text("data_base64", required=True)
        if "data_base64" in f.bad:
            return b""
        compact = "".join(text.split())
        size = len(compact) * 3 // 4 - compact[-2:].count("=")
        if size > MAX_ATTACHMENT_BYTES:
            f.fail("data_base64", f"is too large: {size / 1048576:.1f} MB (at most "
                   f"{MAX_ATTACHMENT_BYTES // 1048576} MB)")
            return b""
        try:
            return base64.b64decode(compact, validate=True)
        except (binascii.Error, ValueError):
            f.fail("data_base64", "is not valid base64; the file inside is damaged")
            return b""

    def control(self, path: str, obj: object) -> None:
        f = _Fields(path, obj, "controls", self.problems)
        if not f.ok:
            return
        indicator = f.choice("indicator", ControlIndicator, None)
        when = f.day("date", required=True)
        incident = f.ref("incident", self.incident_ids, "incident", required=False)
        shift = f.ref("shift", self.shift_info, "shift", required=False)
        place = f.ref("workplace", self.places, "workplace", required=False)
        if shift is not None and place is not None and shift.place is not None \
                and place.id != shift.place.id:
            f.fail("workplace", "is not the workplace of its shift")
        if place is None and shift is not None and not f.given("workplace"):
            place = shift.place
        if incident is not None and place is None and not f.given("workplace"):
            owner = next((p.record.workplace_id for p in self.plan.incidents.values()
                          if p.record.id == incident), None)
            place = next((p for p in self.places.values() if p.id == owner), None)
        if place is None and not f.bad & {"workplace", "shift", "incident"}:
            f.fail("workplace", "is needed: a control indicator belongs to a workplace")
        record = ControlTag(
            indicator=indicator or ControlIndicator.SET_SCHEDULE, date=when or _PLACEHOLDER_DATE,
            workplace_id=place.id if place else 0, shift_id=shift.id if shift else None,
            incident_id=incident, note=f.text("note"),
        )
        f.domain(record.validate())
        self.plan.controls.append(Planned(path, record))


def parse_interchange(raw: bytes | str | Mapping[str, Any], *,
                      default_timezone: str | None = None) -> ImportPlan:
    """Read an interchange file (bytes, text or an already-decoded object) into a plan.

    ``default_timezone`` (the vault profile's zone) places the times of incidents that have no
    workplace; the file's own ``profile.timezone`` wins over it. Raises ``ValidationError``
    listing every problem found.
    """
    doc = raw if isinstance(raw, Mapping) else load_json(raw)
    return _Reader(default_timezone).read(doc)


# --- applying ------------------------------------------------------------------------------


def apply_plan(vault: ImportTarget, plan: ImportPlan) -> ImportCounts:
    """Add everything in ``plan`` inside one vault transaction: all of it, or nothing."""
    with vault.transaction():
        return _Applier(vault, plan).run()


class _Applier:
    def __init__(self, vault: ImportTarget, plan: ImportPlan) -> None:
        self.vault = vault
        self.plan = plan
        self.workplace_ids: dict[int, int] = {}
        self.person_ids: dict[int, int] = {}
        self.shift_ids: dict[int, int] = {}
        self.incident_ids: dict[int, int] = {}

    def added(self, path: str, record: R, add: Callable[[R], Any]) -> Any:
        """Call ``add(record)``, naming the record in any problem the vault finds."""
        try:
            return add(record)
        except ValidationError as exc:
            raise ValidationError([Problem(self.plan.at(path, p.field), p.message)
                                   for p in exc.problems]) from exc

    def run(self) -> ImportCounts:
        profile_fields = self.profile()
        added_places, reused_places = self.workplaces()
        added_people, reused_people = self.people()
        for planned in self.plan.shifts.values():
            s = planned.record
            new = self.added(planned.path, replace(
                s, id=None, workplace_id=self.workplace_ids[s.workplace_id]),
                self.vault.add_shift)
            self.shift_ids[s.id or 0] = _id(new)
        for line in self.plan.money:
            m = line.record
            self.added(line.path, replace(
                m, shift_id=self._map(self.shift_ids, m.shift_id),
                workplace_id=self._map(self.workplace_ids, m.workplace_id)),
                self.vault.add_money_line)
        for planned_incident in self.plan.incidents.values():
            i = planned_incident.record
            new_incident = self.added(planned_incident.path, replace(
                i, id=None, workplace_id=self._map(self.workplace_ids, i.workplace_id),
                shift_id=self._map(self.shift_ids, i.shift_id),
                people=tuple(replace(p, person_id=self.person_ids[p.person_id])
                             for p in i.people)),
                self.vault.add_incident)
            self.incident_ids[i.id or 0] = _id(new_incident)
        for tag in self.plan.controls:
            c = tag.record
            self.added(tag.path, replace(
                c, workplace_id=self.workplace_ids[c.workplace_id],
                shift_id=self._map(self.shift_ids, c.shift_id),
                incident_id=self._map(self.incident_ids, c.incident_id)),
                self.vault.add_control_tag)
        for item in self.plan.attachments:
            a = item.record
            meta = replace(a, incident_id=self._map(self.incident_ids, a.incident_id),
                           shift_id=self._map(self.shift_ids, a.shift_id))
            self.added(item.path, meta, partial(self._attach, data=item.data))
        return ImportCounts(
            workplaces_added=added_places, workplaces_reused=reused_places,
            people_added=added_people, people_reused=reused_people,
            shifts=len(self.plan.shifts), money_lines=len(self.plan.money),
            incidents=len(self.plan.incidents), control_tags=len(self.plan.controls),
            attachments=len(self.plan.attachments), profile_fields=profile_fields,
        )

    def _attach(self, meta: Attachment, data: bytes) -> Attachment:
        return self.vault.add_attachment(meta, data)

    @staticmethod
    def _map(ids: Mapping[int, int], provisional: int | None) -> int | None:
        return None if provisional is None else ids[provisional]

    def profile(self) -> tuple[str, ...]:
        given = self.plan.profile
        if given is None or not self.plan.profile_fields:
            return ()
        current = self.vault.get_profile()
        changes = {name: getattr(given, name) for name in self.plan.profile_fields}
        if "reference_wages" in changes:
            changes["reference_wages"] = {**current.reference_wages, **given.reference_wages}
        self.added("profile", replace(current, **changes), self.vault.save_profile)
        return tuple(_PROFILE_WORDS.get(n, n) for n in self.plan.profile_fields)

    def workplaces(self) -> tuple[int, tuple[str, ...]]:
        added, reused = 0, []
        for planned in self.plan.workplaces.values():
            w = planned.record
            existing = self.vault.find_workplace(w.name)
            if existing is None:
                new = self.added(planned.path, replace(w, id=None), self.vault.add_workplace)
                added += 1
            else:
                self._check_same(planned.path, w, existing)
                new = existing
                reused.append(existing.name)
            self.workplace_ids[w.id or 0] = _id(new)
        return added, tuple(reused)

    def _check_same(self, path: str, planned: Workplace, existing: Workplace) -> None:
        problems = [
            Problem(self.plan.at(path, name), f"“{existing.name}” is already in your log with "
                    f"{mine}, not {theirs}; use the same {word} or another name")
            for name, word, mine, theirs in (
                ("currency", "currency", existing.currency, planned.currency),
                ("timezone", "time zone", existing.timezone, planned.timezone),
            ) if mine != theirs
        ]
        if problems:
            raise ValidationError(problems)

    def people(self) -> tuple[int, tuple[str, ...]]:
        added, reused = 0, []
        for planned in self.plan.people.values():
            p = planned.record
            existing = self.vault.find_person(p.label)
            if existing is None:
                new = self.added(planned.path, replace(p, id=None), self.vault.add_person)
                added += 1
            else:
                new = existing
                reused.append(existing.label)
            self.person_ids[p.id or 0] = _id(new)
        return added, tuple(reused)


_PROFILE_WORDS = {
    "work_name": "work name", "legal_name": "legal name", "default_currency": "currency",
    "timezone": "time zone", "day_starts_minutes": "start of the day",
    "reference_wages": "reference wages",
}


def _id(record: Workplace | Person | Shift | Incident) -> int:
    if record.id is None:
        raise RuntimeError("the vault returned a record without an id")
    return record.id


def import_interchange(vault: ImportTarget, raw: bytes | str) -> ImportCounts:
    """Read and add a file in one go, placing zone-less incidents in the profile's zone."""
    plan = parse_interchange(raw, default_timezone=vault.get_profile().timezone)
    return apply_plan(vault, plan)

"""The JSON sidecar of an evidence report: redacted and verifiable at once. Pure; no I/O.

The file is the canonical JSON (``domain.canonical.canonical_json``) of one object::

    {"fingerprint": "<hex>", "report": {…}}

and the **report fingerprint** is ``sha256(canonical_json(report)).hexdigest()``: anyone can
recompute it from the file, and the PDF prints it on every page and carries it in its document
properties (keywords ``workbook-fingerprint:<hex>``), which ties the two files together.

``report`` holds:

- ``format`` ``"workbook-evidence"``, ``version`` 3, ``profile`` (``full`` | ``union`` |
  ``totals``), ``period`` ``{"from", "to"}`` (ISO dates, both included),
  ``workplaces_selected`` (the refs the worker chose, or null for all), ``generated_at`` (UTC),
  ``app_version``, ``language``;
- ``records``: the disclosed records in the interchange shape (DESIGN "Interchange JSON,
  version 1"), each with a ``ref`` (``W-1``, ``P-2``, ``S-12``, ``M-40``, ``I-3``, ``E-5``,
  ``C-7``: the entity's letter and its id, the same references the PDF and the CSV use):
  ``profile``, ``workplaces``, ``people``, ``shifts``, ``money``, ``incidents``,
  ``attachments`` (file metadata with ``size`` and ``sha256``, never the data) and ``controls``.
  A withheld field is simply absent from its record;
- ``disclosures``: for each record, its ``ref``, the disclosed fields' ``values`` and
  ``salts`` (from its latest journal row), the ``withheld`` fields' digests (name → digest)
  and the shown keys that are ``pseudonyms`` (``union``: a person's ``label`` shown as
  "Manager A", an incident's ``people`` list without clients). Which rows are the record's and
  which is the latest follow from the journal, and ``verify`` works them out there. Earlier
  rows are listed in the journal only: they prove that an amendment happened without showing
  what it changed;
- ``journal``: ``first_seq``, ``start_hash`` (the hash before the first row listed), ``head``
  (``seq`` and ``hash`` at export time) and ``entries``: every journal row from the first row
  of any disclosed record (or the earliest seal shown, if that is earlier) to the head, each
  exactly the text its hash covers after the previous hash: the canonical JSON of its metadata
  and, for a row of form 1 (written before schema 3), its digests, for a row of form 2 the
  SHA-256 of its digests (``digests_sha256``). Values withheld, so every link can be rechecked
  with SHA-256 alone, and a row of form 2 takes about 150 bytes. Version 2 files have no
  ``withheld`` in their disclosures and only rows of form 1; version 1 files list rows as
  objects with their hashes;
- ``seals``: every seal the worker was shown (``code``, ``seq``, ``shown_at``);
- ``totals``: ``reports.summary.summary_json`` of ``compute_summary`` over the disclosed
  workplaces, shifts and money lines (the shape of ``workbook summary --json``).

How a shown record follows from its journal values is a fixed mapping (``FIELD_MAP``) that
``reports.verify`` applies again: ids become refs, instants (UTC in the journal) become local
wall-clock time with the offset in the record's own time zone (``2026-03-28T21:00+01:00``),
amounts in minor units become decimal strings in major units (``"800.00"``), a profile's
``day_starts_minutes`` becomes ``"06:00"``. Everything else is copied.

Redaction is decided here, once, by the report profile. A withheld field's value and salt never
enter the file, and the salt is 16 random bytes, so the digest cannot be reversed by guessing.
Fields this module does not know are withheld, so a field added to a record later cannot leak
through an old mapping.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import cache
from typing import Any, Protocol, cast
from zoneinfo import ZoneInfo

from workbook.domain.canonical import GENESIS_HASH, canonical_json, digests_sha256, entry_meta
from workbook.domain.categories import IncidentCategory, Involvement, MoneyKind, PersonRole
from workbook.domain.models import Incident, IncidentPerson, MoneyLine, Person, Shift, Workplace
from workbook.domain.money import format_amount
from workbook.domain.timeutil import to_utc_text
from workbook.reports.evidence import REPORT_PROFILES, pseudonyms
from workbook.reports.summary import compute_summary, summary_json

FORMAT = "workbook-evidence"
VERSION = 3  # what ``build_sidecar`` writes; ``reports.verify`` reads versions 1 to 3
VERSIONS = (1, 2, 3)
# The PDF's document keywords carry ``workbook-fingerprint:<hex>``; ``verify`` reads it back.
PDF_FINGERPRINT_PREFIX = "workbook-fingerprint:"

PROFILE = "profile"
PROFILE_REF = "profile"
# Entity → (ref letter, section of ``records``), in the order the sections are written.
ENTITIES: dict[str, tuple[str, str]] = {
    "workplace": ("W", "workplaces"),
    "person": ("P", "people"),
    "shift": ("S", "shifts"),
    "money": ("M", "money"),
    "incident": ("I", "incidents"),
    "attachment": ("E", "attachments"),
    "control": ("C", "controls"),
}
SECTIONS: tuple[str, ...] = tuple(section for _, section in ENTITIES.values())
# The only shown keys that may stand in for withheld values (``union``).
PSEUDONYM_KEYS: frozenset[tuple[str, str]] = frozenset({("person", "label"),
                                                        ("incident", "people")})


class SidecarError(ValueError):
    """The inputs cannot make a consistent sidecar (a bug in the caller, not the worker's)."""


def record_ref(entity: str, entity_id: int) -> str:
    """``S-12``: the reference the sidecar, the PDF and the CSV share."""
    if entity == PROFILE:
        return PROFILE_REF
    return f"{ENTITIES[entity][0]}-{entity_id}"


# --------------------------------------------------------------------------- the mapping


def _int(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValueError(f"{value!r} is not a whole number")
    return value


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError(f"{value!r} is not text")
    return value


def _ref(prefix: str) -> Callable[[Any], str | None]:
    def convert(value: Any) -> str | None:
        return None if value is None else f"{prefix}-{_int(value)}"
    return convert


def _instant(text: Any) -> datetime:
    """The journal's UTC instant ``2026-03-28T20:00:00Z`` (that form only), quickly."""
    if not isinstance(text, str) or len(text) != 20 or text[10] != "T" or text[19] != "Z":
        raise ValueError(f"{text!r} is not a UTC time like 2026-03-28T20:00:00Z")
    return datetime.fromisoformat(text[:19]).replace(tzinfo=UTC)


def local_text(instant: Any, tz_name: Any) -> str | None:
    """``"2026-03-28T20:00:00Z"`` in ``Europe/Stockholm`` → ``"2026-03-28T21:00+01:00"``:
    the wall-clock time the worker saw, with its offset, so it is exact even on the night the
    clocks go back. Seconds are written only when they are not zero."""
    if instant is None:
        return None
    try:
        moment = _instant(instant).astimezone(ZoneInfo(_text(tz_name)))
    except (KeyError, ValueError, OSError) as exc:  # ZoneInfoNotFoundError is a KeyError
        raise ValueError(f"{instant!r} in {tz_name!r} is not a time") from exc
    # Written out by hand: strftime twice per instant was a fifth of a ten-year sidecar.
    offset = moment.strftime("%z") if moment.utcoffset() is None else _offset(moment)
    text = (f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d}T{moment.hour:02d}:"
            f"{moment.minute:02d}")
    if moment.second:
        text += f":{moment.second:02d}"
    return f"{text}{offset[:3]}:{offset[3:]}"


def _offset(moment: datetime) -> str:
    """``+0100``, as ``strftime("%z")`` writes it (with seconds when the offset has some)."""
    delta = moment.utcoffset()
    assert delta is not None
    seconds = int(delta.total_seconds())
    sign = "-" if seconds < 0 else "+"
    minutes, rest = divmod(abs(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{sign}{hours:02d}{minutes:02d}" + (f"{rest:02d}" if rest else "")


def _amount(minor: Any, currency: Any) -> str:
    try:
        return format_amount(_int(minor), _text(currency))
    except KeyError as exc:
        raise ValueError(f"{currency!r} is not a currency") from exc


def _day_start(minutes: Any) -> str:
    hours, rest = divmod(_int(minutes), 60)
    return f"{hours:02d}:{rest:02d}"


def _wages(wages: Any) -> dict[str, str]:
    if not isinstance(wages, Mapping):
        raise ValueError(f"{wages!r} is not amounts per currency")
    return {_text(code): _amount(minor, code) for code, minor in wages.items()}


def _people(value: Any) -> list[dict[str, Any]]:
    if not isinstance(value, list):
        raise ValueError(f"{value!r} is not a list of people")
    out = []
    for item in value:
        if not isinstance(item, Mapping) or set(item) != {"person", "as"}:
            raise ValueError(f"{item!r} is not a person in an incident")
        out.append({"person": f"P-{_int(item['person'])}", "as": _text(item["as"])})
    return out


def _same(value: Any) -> Any:
    return value


@dataclass(frozen=True, slots=True)
class ShownField:
    """One key of a shown record and the journal fields it is made from."""

    key: str
    sources: tuple[str, ...]
    convert: Callable[..., Any] = _same


def _copy(*names: str) -> list[ShownField]:
    return [ShownField(name, (name,)) for name in names]


def _at(key: str) -> ShownField:
    return ShownField(key, (key, "timezone"), local_text)


FIELD_MAP: dict[str, tuple[ShownField, ...]] = {
    PROFILE: (
        *_copy("work_name", "legal_name", "default_currency", "timezone"),
        ShownField("day_starts", ("day_starts_minutes",), _day_start),
        ShownField("reference_wages", ("reference_wages",), _wages),
    ),
    # Workplace and person notes never reach a report, in any profile.
    "workplace": tuple(_copy("name", "kind", "city", "country", "currency", "timezone",
                             "legal_name", "registration_number", "address", "archived")),
    "person": tuple(_copy("label", "role")),
    "shift": (
        ShownField("workplace", ("workplace",), _ref("W")),
        _at("start"), _at("end"), *_copy("breaks_minutes", "role"),
        _at("scheduled_start"), _at("scheduled_end"), *_copy("notes"),
    ),
    "money": (
        ShownField("shift", ("shift",), _ref("S")),
        ShownField("workplace", ("workplace",), _ref("W")),
        *_copy("date", "kind", "category"),
        ShownField("amount", ("amount", "currency"), _amount),
        *_copy("currency", "method", "counterparty", "note"),
    ),
    "incident": (
        ShownField("workplace", ("workplace",), _ref("W")),
        _at("start"), _at("end"), *_copy("category", "severity", "title", "description"),
        ShownField("shift", ("shift",), _ref("S")),
        ShownField("people", ("people",), _people),
        *_copy("reported_to", "reported_on", "outcome"),
    ),
    "attachment": (
        ShownField("incident", ("incident",), _ref("I")),
        ShownField("shift", ("shift",), _ref("S")),
        *_copy("filename", "media_type", "size", "sha256", "note"),
    ),
    "control": (
        *_copy("indicator", "date"),
        ShownField("workplace", ("workplace",), _ref("W")),
        ShownField("shift", ("shift",), _ref("S")),
        ShownField("incident", ("incident",), _ref("I")),
        *_copy("note"),
    ),
}

# Fields each profile withholds on top of those no report shows.
WITHHELD: dict[str, dict[str, frozenset[str]]] = {
    "full": {},
    "union": {
        PROFILE: frozenset({"legal_name"}),
        "person": frozenset({"label"}),
        "incident": frozenset({"people"}),  # it names clients; shown as pseudonyms instead
        # and, in ``disclose``: the counterparty of an earning (the client who paid)
    },
    "totals": {
        PROFILE: frozenset({"legal_name"}),
        "person": frozenset({"label"}),
        "shift": frozenset({"notes"}),
        "money": frozenset({"counterparty", "note"}),
        "incident": frozenset({"title", "description", "reported_to", "outcome", "people"}),
        "attachment": frozenset({"filename", "note"}),
        "control": frozenset({"note"}),
    },
}


@cache
def disclosable(entity: str, report_profile: str) -> frozenset[str]:
    """The journal fields of ``entity`` a report of this profile discloses (value + salt)."""
    shown = {name for f in FIELD_MAP[entity] for name in f.sources}
    return frozenset(shown - WITHHELD[report_profile].get(entity, frozenset()))


def shown_record(entity: str, entity_id: int, values: Mapping[str, Any]) -> dict[str, Any]:
    """The record as the sidecar shows it, from its disclosed journal ``values`` alone: every
    key whose journal fields are all disclosed, converted by ``FIELD_MAP``. Raises
    ``ValueError`` when a value cannot be read (a tampered file)."""
    record: dict[str, Any] = {} if entity == PROFILE else {"ref": record_ref(entity, entity_id)}
    for spec in FIELD_MAP[entity]:
        try:
            args = [values[name] for name in spec.sources]
        except KeyError:
            continue  # withheld: the key is left out
        if spec.convert is _same:
            record[spec.key] = args[0]
            continue
        try:
            record[spec.key] = spec.convert(*args)
        except ValueError as exc:
            raise ValueError(f"{spec.key}: {exc}") from exc
    return record


# --------------------------------------------------------------------------- totals


def summary_records(disclosed: Iterable[tuple[str, int, Mapping[str, Any]]]
                    ) -> tuple[list[Workplace], list[Shift], list[MoneyLine]]:
    """Workplaces, shifts and money lines rebuilt from disclosed journal values: exactly the
    fields the totals need. Raises ``ValueError`` (or ``KeyError`` for a missing field)."""
    places: list[Workplace] = []
    shifts: list[Shift] = []
    lines: list[MoneyLine] = []
    for entity, ident, v in disclosed:
        if entity == "workplace":
            places.append(Workplace(name=_text(v["name"]), currency=_text(v["currency"]),
                                    timezone=_text(v["timezone"]), id=ident))
        elif entity == "shift":
            shifts.append(Shift(
                workplace_id=_int(v["workplace"]), start=_instant(v["start"]),
                end=_instant(v["end"]), timezone=_text(v["timezone"]),
                breaks_minutes=_int(v["breaks_minutes"]), id=ident))
        elif entity == "money":
            lines.append(MoneyLine(
                date=date.fromisoformat(_text(v["date"])), kind=MoneyKind(v["kind"]),
                category=_text(v["category"]), amount_minor=_int(v["amount"]),
                currency=_text(v["currency"]),
                shift_id=None if v["shift"] is None else _int(v["shift"]),
                workplace_id=None if v["workplace"] is None else _int(v["workplace"]),
                id=ident))
    return places, shifts, lines


def totals_json(disclosed: Iterable[tuple[str, int, Mapping[str, Any]]], date_from: date,
                date_to: date) -> dict[str, Any]:
    """``summary_json`` of the period's totals over the disclosed records."""
    places, shifts, lines = summary_records(disclosed)
    return summary_json(compute_summary(places, shifts, lines, date_from, date_to))


# --------------------------------------------------------------------------- inputs


class ChainRow(Protocol):
    """A journal row as the sidecar lists it (``store.journal.JournalRow`` is one; so is
    :class:`JournalEntry`): what its hash covers, and the hashes."""

    @property
    def seq(self) -> int: ...
    @property
    def recorded_at(self) -> str | datetime: ...
    @property
    def action(self) -> str: ...
    @property
    def entity(self) -> str: ...
    @property
    def entity_id(self) -> int: ...
    @property
    def digests(self) -> Mapping[str, str]: ...
    @property
    def prev_hash(self) -> str: ...
    @property
    def hash(self) -> str: ...


def row_json(row: ChainRow) -> dict[str, Any]:
    """A journal row in a version 1 sidecar: metadata, digests, previous hash and hash."""
    at = row.recorded_at
    return {"seq": row.seq, "recorded_at": at if isinstance(at, str) else to_utc_text(at),
            "action": row.action, "entity": row.entity, "entity_id": row.entity_id,
            "digests": row.digests, "prev_hash": row.prev_hash, "hash": row.hash}


def _form(row: object) -> int:
    """A row's form (docs/internals.md); rows that do not say are form 1."""
    form = getattr(row, "form", 1)
    return form if isinstance(form, int) else 1


@dataclass(frozen=True, slots=True)
class JournalEntry:
    """One journal row: what its hash covers (metadata and digests) and the hashes."""

    seq: int
    recorded_at: str  # ISO 8601 UTC, as the journal writes it
    action: str
    entity: str
    entity_id: int
    digests: Mapping[str, str]
    prev_hash: str
    hash: str
    form: int = 1

    def as_json(self) -> dict[str, Any]:
        return row_json(self)


class EntryRow(Protocol):
    """A journal row as the text its hash covers (``store.journal.EntryText`` is one), with
    its form and the canonical JSON of its digests (in ``text`` too for form 1)."""

    @property
    def seq(self) -> int: ...
    @property
    def action(self) -> str: ...
    @property
    def entity(self) -> str: ...
    @property
    def entity_id(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def prev_hash(self) -> str: ...
    @property
    def hash(self) -> str: ...
    @property
    def form(self) -> int: ...
    @property
    def digests(self) -> str: ...


@dataclass(frozen=True, slots=True)
class _Entry:
    seq: int
    action: str
    entity: str
    entity_id: int
    text: str  # canonical JSON of the row's metadata: what its hash covers
    prev_hash: str
    hash: str
    form: int
    digests: str | Mapping[str, str]  # the row's digests, or their canonical JSON


def _digest_map(row: _Entry | EntryRow) -> dict[str, str]:
    digests = row.digests
    return json.loads(digests) if isinstance(digests, str) else dict(digests)


def entry_text(row: ChainRow) -> str:
    """``canonical_json`` of a row's metadata: the text its hash covers after the previous
    hash, and what a version 2 or 3 sidecar lists for it."""
    at = row.recorded_at
    return canonical_json(entry_meta(
        _form(row), row.seq, at if isinstance(at, str) else to_utc_text(at), row.action,
        row.entity, row.entity_id, dict(row.digests))).decode("utf-8")


def _entries(rows: Sequence[ChainRow | EntryRow]) -> Sequence[_Entry | EntryRow]:
    """The rows as texts; rows that are texts already (the store's) are used as they are:
    a ten-year journal has 150,000 of them."""
    if all(isinstance(getattr(row, "text", None), str) for row in rows):
        return cast(Sequence[EntryRow], rows)
    out = []
    for row in rows:
        text = getattr(row, "text", None)
        if not isinstance(text, str):
            text = entry_text(cast(ChainRow, row))
        out.append(_Entry(row.seq, row.action, row.entity, row.entity_id, text, row.prev_hash,
                          row.hash, _form(row), row.digests))
    return out


@dataclass(frozen=True, slots=True)
class RecordDisclosure:
    """A record a report may show: every journal row of it (oldest first) and the values and
    salts of the latest, all of them. The profile decides here which of them go out."""

    entity: str
    entity_id: int
    rows: tuple[int, ...]
    values: Mapping[str, Any]
    salts: Mapping[str, str]
    # The latest row's digests, when its journal row does not carry them (the store lists
    # rows of form 2 without them); checked here against the row's ``digests_sha256``.
    digests: Mapping[str, str] | None = None

    @property
    def seq(self) -> int:
        return self.rows[-1]


@dataclass(frozen=True, slots=True)
class SealEntry:
    code: str
    seq: int
    shown_at: datetime


@dataclass(frozen=True, slots=True)
class SidecarInput:
    report_profile: str
    date_from: date
    date_to: date
    generated_at: datetime
    app_version: str
    language: str
    # Every record the report is about, the profile (entity "profile") included. People are
    # every person the incidents mention; the profile decides who is shown and how.
    records: Sequence[RecordDisclosure]
    # The journal rows from the first row of any record (or the earliest seal) to the head.
    journal: Sequence[ChainRow | EntryRow]
    seals: Sequence[SealEntry] = ()
    workplaces_selected: Sequence[int] | None = None
    version: int = VERSION  # 1 only to make files for checking that ``verify`` still reads them


@dataclass(frozen=True, slots=True)
class Sidecar:
    fingerprint: str
    # The file, canonical JSON of {"fingerprint", "report"}, in pieces: a ten-year file is
    # tens of megabytes, and writing the pieces one after another never joins them. Only the
    # bytes are kept, not the objects they were made from (several times their size).
    parts: tuple[bytes, ...] = field(repr=False)
    # What the report shows: (entity, id) of every record disclosed, and records per section.
    shown: tuple[tuple[str, int], ...] = ()
    counts: Mapping[str, int] = field(default_factory=dict)

    @property
    def data(self) -> bytes:
        return b"".join(self.parts)

    @property
    def report(self) -> dict[str, Any]:
        """The report, read back from the file (for tests and tools; it is not kept)."""
        report: dict[str, Any] = json.loads(self.data)["report"]
        return report


def fingerprint_of(report: Mapping[str, Any]) -> str:
    """The report fingerprint: SHA-256 of the canonical JSON of ``report``."""
    return hashlib.sha256(canonical_json(report)).hexdigest()


def journal_start(records: Iterable[RecordDisclosure], seals: Iterable[SealEntry]) -> int:
    """The first journal row a sidecar must list: the first row of any record, or the
    earliest seal shown if that is earlier (1 when there is nothing)."""
    firsts = [r.rows[0] for r in records if r.rows] + [s.seq for s in seals if s.seq > 0]
    return min(firsts, default=1)


# --------------------------------------------------------------------------- building


class _Builder:
    def __init__(self, inp: SidecarInput) -> None:
        if inp.report_profile not in REPORT_PROFILES:
            raise SidecarError(f"unknown report profile {inp.report_profile!r}")
        if inp.version not in VERSIONS:
            raise SidecarError(f"unknown sidecar version {inp.version!r}")
        self.inp = inp
        self.profile = inp.report_profile
        self.entries = _entries(inp.journal)
        self.rows = {row.seq: row for row in self.entries}
        self.check_journal()
        self.by_key = {(r.entity, r.entity_id): r for r in inp.records}
        self.names = self.pseudonyms()

    def check_journal(self) -> None:
        """One unbroken run of rows, starting early enough, each hash what its text and the
        row before give: a sidecar of a damaged journal would fail ``verify`` anyway, and the
        worker should hear it now, not from her rep."""
        seqs = [row.seq for row in self.entries]
        if not seqs:
            return
        if seqs != list(range(seqs[0], seqs[0] + len(seqs))):
            raise SidecarError("the journal rows given are not one unbroken run")
        if self.inp.version < 3 and any(row.form != 1 for row in self.entries):
            raise SidecarError(f"a version {self.inp.version} sidecar cannot list journal rows "
                               "of form 2 (written since schema 3)")
        start = journal_start(self.inp.records, self.inp.seals)
        if seqs[0] > start:
            raise SidecarError(f"the journal must start at row {start}, not {seqs[0]}")
        sha256 = hashlib.sha256
        prev = self.entries[0].prev_hash
        for row in self.entries:
            if row.prev_hash != prev or sha256(
                    bytes.fromhex(prev) + row.text.encode("utf-8")).hexdigest() != row.hash:
                raise SidecarError(f"journal row {row.seq} does not match its hash")
            prev = row.hash

    def pseudonyms(self) -> dict[int, str]:
        """Person id → "Manager A", as the PDF names them (``evidence.pseudonyms``)."""
        if self.profile != "union":
            return {}
        people = {r.entity_id: Person(label="", role=PersonRole(r.values["role"]),
                                      id=r.entity_id)
                  for r in self.inp.records if r.entity == "person"}
        incidents = [
            Incident(start=_instant(r.values["start"]), timezone="UTC",
                     category=IncidentCategory(r.values["category"]), title="",
                     id=r.entity_id,
                     people=tuple(IncidentPerson(p["person"], Involvement(p["as"]))
                                  for p in r.values["people"]))
            for r in self.inp.records if r.entity == "incident"
        ]
        return pseudonyms(incidents, people, self.inp.language)

    def included(self, record: RecordDisclosure) -> bool:
        if record.entity != "person":
            return True
        if self.profile == "totals":
            return False
        if self.profile == "union":
            return record.entity_id in self.names  # clients have no pseudonym: left out
        return True

    def disclose(self, record: RecordDisclosure) -> tuple[dict[str, Any], dict[str, Any]]:
        """(shown record, disclosure entry in the version 1 shape)."""
        if not record.rows:
            raise SidecarError(f"{record.entity} {record.entity_id} has no journal rows")
        for seq in record.rows:
            row = self.rows.get(seq)
            if row is None or (row.entity, row.entity_id) != (record.entity, record.entity_id):
                raise SidecarError(f"journal row {seq} is not one of "
                                   f"{record.entity} {record.entity_id}'s")
        latest = self.rows[record.seq]
        if latest.action == "delete":
            raise SidecarError(f"{record.entity} {record.entity_id} was deleted")
        digests = self.latest_digests(record, latest)
        if set(record.values) != set(digests) or set(record.salts) != set(record.values):
            raise SidecarError(f"the values given for {record.entity} {record.entity_id} are "
                               f"not those of journal row {record.seq}")
        allowed = disclosable(record.entity, self.profile)
        if (self.profile == "union" and record.entity == "money"
                and record.values.get("kind") == "earning"):
            allowed = allowed - {"counterparty"}  # who paid an earning is a client
        values = {k: v for k, v in record.values.items() if k in allowed}
        salts = {k: record.salts[k] for k in values}
        withheld = sorted(set(digests) - set(values))
        shown = shown_record(record.entity, record.entity_id, values)
        replaced = self.pseudonymised(record, shown)
        entry = {
            "ref": record_ref(record.entity, record.entity_id), "entity": record.entity,
            "id": record.entity_id, "rows": list(record.rows), "seq": record.seq,
            "values": values, "salts": salts, "withheld": withheld,
            "pseudonyms": sorted(replaced),
            "withheld_digests": {name: digests[name] for name in withheld},
        }
        return shown, entry

    @staticmethod
    def latest_digests(record: RecordDisclosure, latest: _Entry | EntryRow) -> dict[str, str]:
        """The digests of a record's latest row: from the row, or (a row of form 2 listed
        without them) given with the record and checked against the SHA-256 its text holds."""
        if record.digests is None:
            return _digest_map(latest)
        digests = dict(record.digests)
        if latest.form == 2:
            # '{"action":"create","digests_sha256":"<64 hex>",…': the text the store builds.
            found = latest.text[37:101] if latest.text[17:37] == '","digests_sha256":"' else ""
            if digests_sha256(digests) != found:
                raise SidecarError(f"the digests given for {record.entity} "
                                   f"{record.entity_id} are not those of journal row "
                                   f"{record.seq}")
        elif digests != _digest_map(latest):
            raise SidecarError(f"the digests given for {record.entity} {record.entity_id} "
                               f"are not those of journal row {record.seq}")
        return digests

    def pseudonymised(self, record: RecordDisclosure, shown: dict[str, Any]) -> set[str]:
        """Put the stand-ins into ``shown`` (union); the keys replaced."""
        if self.profile != "union":
            return set()
        if record.entity == "person":
            shown["label"] = self.names[record.entity_id]
            return {"label"}
        if record.entity == "incident":
            shown["people"] = [{"person": f"P-{p['person']}", "as": p["as"]}
                               for p in record.values["people"] if p["person"] in self.names]
            return {"people"}
        return set()

    def journal_part(self) -> dict[str, Any]:
        rows = self.entries
        head = rows[-1] if rows else None
        part: dict[str, Any] = {
            "first_seq": rows[0].seq if rows else 1,
            "head": {"seq": head.seq, "hash": head.hash} if head else None,
        }
        if self.inp.version == 1:
            part["rows"] = [{**json.loads(r.text), "prev_hash": r.prev_hash, "hash": r.hash}
                            for r in rows]
        else:
            part["start_hash"] = rows[0].prev_hash if rows else GENESIS_HASH
            part["entries"] = [r.text for r in rows]
        return part

    def build(self) -> Sidecar:
        inp = self.inp
        records: dict[str, Any] = {PROFILE: None, **{section: [] for section in SECTIONS}}
        disclosures: list[dict[str, Any]] = []
        shown_keys: list[tuple[str, int]] = []
        for_totals: list[tuple[str, int, Mapping[str, Any]]] = []
        order = [PROFILE, *ENTITIES]
        for record in sorted(inp.records, key=lambda r: (order.index(r.entity), r.entity_id)):
            if not self.included(record):
                continue
            shown, entry = self.disclose(record)
            if record.entity == PROFILE:
                records[PROFILE] = shown
            else:
                records[ENTITIES[record.entity][1]].append(shown)
            shown_keys.append((record.entity, record.entity_id))
            if record.entity in ("workplace", "shift", "money"):
                for_totals.append((record.entity, record.entity_id, entry["values"]))
            if inp.version == 1:
                del entry["withheld_digests"]
            elif inp.version == 2:  # the rest is what ``verify`` finds in the journal itself
                entry = {"ref": entry["ref"], "values": entry["values"],
                         "salts": entry["salts"], "pseudonyms": entry["pseudonyms"]}
            elif inp.version == 3:  # and the withheld fields' digests (a form 2 row has
                # only their hash); the disclosed fields' follow from value and salt
                entry = {"ref": entry["ref"], "values": entry["values"],
                         "salts": entry["salts"], "pseudonyms": entry["pseudonyms"],
                         "withheld": entry["withheld_digests"]}
            disclosures.append(entry)
        totals = totals_json(for_totals, inp.date_from, inp.date_to)
        report: dict[str, Any] = {
            "format": FORMAT, "version": inp.version, "profile": self.profile,
            "period": {"from": inp.date_from.isoformat(), "to": inp.date_to.isoformat()},
            "workplaces_selected": None if inp.workplaces_selected is None else
            [record_ref("workplace", i) for i in sorted(inp.workplaces_selected)],
            "generated_at": to_utc_text(inp.generated_at.astimezone(UTC)),
            "app_version": inp.app_version, "language": inp.language,
            "records": records, "disclosures": disclosures,
            "journal": self.journal_part(),
            "seals": [{"code": s.code, "seq": s.seq, "shown_at": to_utc_text(s.shown_at)}
                      for s in sorted(inp.seals, key=lambda s: (s.seq, s.shown_at))],
            "totals": totals,
        }
        body = _canonical(report, disclosures)
        digest = hashlib.sha256()
        for part in body:
            digest.update(part)
        fingerprint = digest.hexdigest()
        # {"fingerprint":…,"report":…} in canonical form, without encoding the report twice.
        opening = b'{"fingerprint":"' + fingerprint.encode("ascii") + b'","report":'
        counts = {section: len(records[section]) for section in SECTIONS}
        counts["journal"] = len(self.entries)
        return Sidecar(fingerprint, (opening, *body, b"}"), tuple(shown_keys), counts)


_PLAIN = (str, int, bool, type(None))


def _plain(value: Any) -> bool:
    """True when ``value`` holds no float (what ``canonical_json`` refuses), checked quickly:
    journal values are nearly always scalars."""
    if type(value) in _PLAIN:
        return True
    if isinstance(value, dict):
        return all(isinstance(k, str) and _plain(v) for k, v in value.items())
    if isinstance(value, list | tuple):
        return all(_plain(v) for v in value)
    return False


def _dumps(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False).encode("utf-8")


_CHUNK = 500  # list items encoded at a time


def sidecar_pieces(value: Any) -> Iterator[bytes]:
    """The canonical JSON of ``value`` in pieces of a few hundred kilobytes: long lists are
    encoded some items at a time, so no text the size of the whole file is ever built.
    The caller makes sure ``value`` holds no float (``canonical_json`` refuses them)."""
    if isinstance(value, dict):
        yield b"{"
        for i, key in enumerate(sorted(value)):
            yield (b"," if i else b"") + _dumps(key) + b":"
            yield from sidecar_pieces(value[key])
        yield b"}"
    elif isinstance(value, list) and len(value) > _CHUNK:
        yield b"["
        for start in range(0, len(value), _CHUNK):
            yield (b"," if start else b"") + _dumps(value[start:start + _CHUNK])[1:-1]
        yield b"]"
    else:
        yield _dumps(value)


def _canonical(report: dict[str, Any], disclosures: Sequence[dict[str, Any]]) -> list[bytes]:
    """``canonical_json(report)``, byte for byte, in pieces, and without its slow walk over
    every value looking for floats: the bulky parts (journal values, entries) are checked
    here with a quick scan instead, and everything else goes through ``canonical_json``."""
    for d in disclosures:
        for value in d["values"].values():
            if type(value) not in _PLAIN and not _plain(value):
                raise SidecarError(f"{d['ref']} has a value that is not allowed in canonical "
                                   "JSON")
    canonical_json({k: v for k, v in report.items()  # the small parts, checked in full
                    if k not in ("disclosures", "journal", "records")})
    return list(sidecar_pieces(report))


def build_sidecar(inp: SidecarInput) -> Sidecar:
    """The sidecar of one report, redacted per ``inp.report_profile``."""
    return _Builder(inp).build()

"""Check an evidence report without the worker's vault: ``workbook verify REPORT.json``.

``verify_report(sidecar_bytes, pdf_bytes=None, seals=()) -> Verdict`` recomputes, from the JSON
sidecar alone (its format is described in ``reports.sidecar``):

1. the report fingerprint (SHA-256 of the canonical JSON of ``report``), and with the PDF, that
   the PDF carries the same fingerprint in its document properties;
2. every journal row's hash and its link to the row before, from the first row listed to the
   head;
3. every disclosed field's digest ``sha256(salt ‖ canonical JSON of the value)`` against the
   row it names, and that each record's rows are exactly the journal's rows of that record
   (so an older version cannot pass for the latest);
4. that each shown record is exactly what its disclosed values give (``sidecar.shown_record``);
   stand-ins for withheld values (``union``'s "Manager A") are allowed only where the format
   allows them, and reported as not checked;
5. the totals, re-added from the disclosed shifts, money lines and workplaces;
6. each seal the report lists, and each seal code the rep gives: the chain must contain that
   entry and its hash must match the code.

Nothing here raises on a bad file: a file that is not JSON, not a Workbook report or damaged
gives a verdict that says so. Pure: bytes in, a verdict out.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any, NoReturn

from workbook.domain.canonical import (
    GENESIS_HASH,
    canonical_json,
    digests_sha256,
    parse_seal,
    seal_matches,
)
from workbook.reports.evidence import REPORT_PROFILES
from workbook.reports.sidecar import (
    ENTITIES,
    FORMAT,
    PDF_FINGERPRINT_PREFIX,
    PROFILE,
    PROFILE_REF,
    PSEUDONYM_KEYS,
    SECTIONS,
    VERSION,
    VERSIONS,
    record_ref,
    shown_record,
    sidecar_pieces,
    totals_json,
)
from workbook.reports.strings import Strings

_HEX64 = re.compile(r"[0-9a-f]{64}")
_HEX32 = re.compile(r"[0-9a-f]{32}")
_HEX_RUN = re.compile(r"[0-9a-f]*")
_HEX64S = re.compile(r"(?:[0-9a-f]{64})*")
_ACTIONS = ("create", "update", "delete")
_PROFILE_WORDS = {"full": "Full", "union": "Union", "totals": "Totals-only"}
_MAX_PROBLEMS = 3

PROVES = (
    "The journal entries listed are linked, each to the one before, up to the newest entry "
    "when the report was made.",
    "Every value shown is what the worker's journal recorded at the entry it names, and each "
    "record is shown in its latest version; earlier versions are listed, so amendments show.",
    "The totals add up from the records shown.",
    "With a seal code you received earlier: nothing recorded before that seal was changed "
    "after the seal was shared.",
    "With the PDF: the PDF was made together with this file.",
)
DOES_NOT_PROVE = (
    "The journal detects changes made after a hash or seal left the device and accidental "
    "corruption; it does not prove who wrote an entry or that the device clock was right.",
    "Without a seal code received earlier, someone holding the worker's passphrase could have "
    "rewritten the journal before exporting; the checks would still pass.",
    "It does not prove that the report holds every record: the worker chose the period, the "
    "workplaces and the profile, and withheld fields are not shown.",
    "Names shown as stand-ins (“Manager A”) are not checked against the journal.",
)


@dataclass(frozen=True, slots=True)
class Check:
    name: str
    ok: bool
    detail: str


@dataclass(frozen=True, slots=True)
class Verdict:
    checks: tuple[Check, ...]
    about: tuple[str, ...] = ()  # what the report is, in a line or two
    notes: tuple[str, ...] = ()  # things a rep should know that are not failures
    fingerprint: str = ""  # the fingerprint recomputed from the contents ("" if unreadable)
    # (seq, hash) of every journal entry the report lists, oldest first, as checked: what
    # links reports from the same journal, whatever the file's format version.
    chain: tuple[tuple[int, str], ...] = field(default=(), repr=False)
    # The report part of the file as read (None if unreadable), so a caller that keeps its
    # figures need not parse the file a second time.
    report: dict[str, Any] | None = field(default=None, repr=False, compare=False)

    @property
    def ok(self) -> bool:
        return bool(self.checks) and all(check.ok for check in self.checks)

    @property
    def failed(self) -> tuple[Check, ...]:
        return tuple(check for check in self.checks if not check.ok)


# --------------------------------------------------------------------------- canonical JSON

# Floats are refused while the file is parsed (``_no_float``), so what is read can be encoded
# as ``canonical_json`` does without its walk looking for them: the same bytes, much faster.


def _canon(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False).encode("utf-8")


_encode_text = json.encoder.encode_basestring  # what json.dumps(ensure_ascii=False) uses


def _canon_value(value: Any) -> bytes:
    """``_canon`` with the usual journal values (text, whole numbers, null) done directly."""
    kind = type(value)
    if kind is str:
        return _encode_text(value).encode("utf-8")
    if kind is int:
        return str(value).encode("ascii")
    if value is None:
        return b"null"
    return _canon(value)


def _digest_of(salt_hex: str, value: Any) -> str:
    """``field_digest``: sha256(salt ‖ canonical JSON of the value)."""
    return hashlib.sha256(bytes.fromhex(salt_hex) + _canon_value(value)).hexdigest()


def _hash_of(prev_hash: str, meta: dict[str, Any]) -> str:
    """``row_hash``: sha256(previous hash ‖ canonical JSON of the row's metadata)."""
    return hashlib.sha256(bytes.fromhex(prev_hash) + _canon(meta)).hexdigest()


def _fingerprint_of(report: dict[str, Any]) -> str:
    digest = hashlib.sha256()
    for piece in sidecar_pieces(report):
        digest.update(piece)
    return digest.hexdigest()


_ENVELOPE = re.compile(rb'\{"fingerprint":"([0-9a-f]{64})","report":')


def _stated_bytes_fingerprint(data: bytes) -> str | None:
    """The SHA-256 of the report exactly as the file writes it, when the file is in the form
    Workbook writes (``{"fingerprint":"…","report":…}``); None otherwise. When it equals the
    fingerprint stated, those bytes are what the fingerprint covers and nothing needs to be
    re-encoded; a file another program re-saved is checked by re-encoding instead."""
    found = _ENVELOPE.match(data)
    if found is None or not data.endswith(b"}"):
        return None
    return hashlib.sha256(memoryview(data)[found.end():len(data) - 1]).hexdigest()


def _equal(a: Any, b: Any) -> bool:
    """Equal as JSON: ``1`` is not ``true``, as in canonical JSON."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(_equal(v, b[k]) for k, v in a.items())
    if isinstance(a, list):
        return len(a) == len(b) and all(_equal(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)


# --------------------------------------------------------------------------- reading


class _Bad(Exception):
    def __init__(self, where: str, message: str) -> None:
        super().__init__(f"{where}: {message}" if where else message)


def _bad(where: str, message: str) -> NoReturn:
    raise _Bad(where, message)


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    whole = dict(pairs)
    if len(whole) == len(pairs):
        return whole
    seen: dict[str, Any] = {}
    for key, value in pairs:
        if key in seen:
            _bad("", f"the key “{key}” is written twice, so the file can be read two ways")
        seen[key] = value
    return seen


def _no_float(text: str) -> NoReturn:
    _bad("", f"the number {text} has a decimal point; a Workbook report never has one "
         "(amounts are text)")


def _no_constant(text: str) -> NoReturn:
    _bad("", f"{text} is not a number JSON allows")


@cache
def _key_set(keys: tuple[str, ...]) -> frozenset[str]:
    return frozenset(keys)


def _object(value: Any, where: str, required: tuple[str, ...],
            optional: tuple[str, ...] = ()) -> dict[str, Any]:
    if not isinstance(value, dict):
        _bad(where, "must be an object { … }")
    if not optional and value.keys() == _key_set(required):  # the usual case, at once
        return value
    needed, allowed = set(required), set(required) | set(optional)
    missing = sorted(needed - set(value))
    if missing:
        _bad(where, f"“{missing[0]}” is missing")
    extra = sorted(set(value) - allowed)
    if extra:
        _bad(where, f"“{extra[0]}” is not part of a Workbook report")
    return value


def _int(value: Any, where: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        _bad(where, "must be a whole number")
    return value


def _str(value: Any, where: str) -> str:
    if not isinstance(value, str):
        _bad(where, "must be text")
    return value


def _list(value: Any, where: str) -> list[Any]:
    if not isinstance(value, list):
        _bad(where, "must be a list [ … ]")
    return value


def _hex(value: Any, where: str, pattern: re.Pattern[str] = _HEX64) -> str:
    text = _str(value, where)
    if not pattern.fullmatch(text):
        _bad(where, "must be a lower-case hexadecimal hash")
    return text


def _date(value: Any, where: str) -> date:
    try:
        return date.fromisoformat(_str(value, where))
    except ValueError:
        _bad(where, "must be a date like 2026-03-28")


@dataclass(frozen=True, slots=True)
class _Row:
    seq: int
    recorded_at: str
    action: str
    entity: str
    entity_id: int
    digests: dict[str, str] | None  # None in a version 2 file: read from ``text`` if needed
    prev_hash: str
    hash: str  # version 2 and 3: computed from ``text`` and the row before, not read
    text: str = ""  # version 2 and 3: the canonical JSON of the row's metadata, as hashed
    form: int = 1  # 2: ``text`` holds ``digests_sha256`` instead of the digests
    digests_sha256: str = ""

    def meta(self) -> dict[str, Any]:
        return {"seq": self.seq, "recorded_at": self.recorded_at, "action": self.action,
                "entity": self.entity, "entity_id": self.entity_id,
                "digests": _digests(self)}


_DIGEST_PAIRS = re.compile(r'"([a-z0-9_]{1,64})":"([0-9a-f]{64})"')
_DIGESTS_BODY = re.compile(r'(?:"[a-z0-9_]{1,64}":"[0-9a-f]{64}"'
                           r'(?:,"[a-z0-9_]{1,64}":"[0-9a-f]{64}")*)?')


def _digests(row: _Row) -> dict[str, str]:
    """A row's digests; in a version 2 file, read from its text, whose digests must be in
    canonical form (names in order, each once, lower-case hex), so the text reads one way."""
    if row.digests is not None:
        return row.digests
    text = row.text
    end = text.rfind('},"entity":"')
    body = text[30:end] if end >= 30 else "\x00"
    pairs = _DIGEST_PAIRS.findall(body) if _DIGESTS_BODY.fullmatch(body) else None
    names = [name for name, _digest in pairs or ()]
    if pairs is None or any(a >= b for a, b in itertools.pairwise(names)):
        _bad(f"journal entry {row.seq}", "is not a journal entry in canonical form")
    return dict(pairs)


@dataclass(frozen=True, slots=True)
class _Disclosure:
    ref: str
    entity: str
    id: int
    rows: tuple[int, ...]
    seq: int
    values: dict[str, Any]
    salts: dict[str, str]
    withheld: tuple[str, ...]
    pseudonyms: tuple[str, ...]
    withheld_digests: dict[str, str] | None = None  # version 3: given with the disclosure


@dataclass(frozen=True, slots=True)
class _SealShown:
    code: str
    seq: int
    shown_at: str


@dataclass(slots=True)
class _Report:
    raw: dict[str, Any]
    fingerprint: str
    profile: str
    date_from: date
    date_to: date
    generated_at: str
    app_version: str
    records: dict[str, Any]
    disclosures: list[_Disclosure]
    first_seq: int
    head: tuple[int, str] | None
    rows: list[_Row]
    seals: list[_SealShown]
    totals: Any
    index: dict[int, _Row] = field(default_factory=dict)
    version: int = 1
    start_hash: str = GENESIS_HASH


def _load(data: bytes) -> Any:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        _bad("", "the file is not UTF-8 text, so it is not a Workbook report")
    try:
        return json.loads(text, object_pairs_hook=_no_duplicates, parse_float=_no_float,
                          parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        _bad("", f"the file is not valid JSON ({exc.msg} at line {exc.lineno}, column "
             f"{exc.colno}), so it is not a Workbook report")
    except RecursionError:
        _bad("", "the file is nested too deeply to be a Workbook report")


def _read(data: bytes) -> _Report:
    top = _load(data)
    if isinstance(top, dict) and top.get("format") == "workbook-interchange":
        _bad("", "this is a Workbook import file, not an evidence report")
    if not isinstance(top, dict) or "report" not in top:
        _bad("", "this is not a Workbook evidence report (it has no “report”)")
    report = top["report"]
    if not isinstance(report, dict) or report.get("format") != FORMAT:
        _bad("report.format", f"is not “{FORMAT}”: this is not a Workbook evidence report")
    version = report.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
        _bad("report.version", f"is {version}: the report was made by a newer Workbook; this "
             f"one checks versions {VERSIONS[0]} to {VERSION}")
    if version not in VERSIONS or isinstance(version, bool):
        _bad("report.version", f"must be one of {', '.join(str(v) for v in VERSIONS)}")
    _object(top, "", ("fingerprint", "report"))
    fingerprint = _hex(top["fingerprint"], "fingerprint")
    _object(report, "report", ("format", "version", "profile", "period", "workplaces_selected",
                               "generated_at", "app_version", "language", "records",
                               "disclosures", "journal", "seals", "totals"))
    profile = _str(report["profile"], "report.profile")
    if profile not in REPORT_PROFILES:
        _bad("report.profile", f"“{profile}” is not one of: {', '.join(REPORT_PROFILES)}")
    period = _object(report["period"], "report.period", ("from", "to"))
    records = _object(report["records"], "report.records", (PROFILE, *SECTIONS))
    for section in SECTIONS:
        for i, item in enumerate(_list(records[section], f"report.records.{section}")):
            where = f"report.records.{section}[{i}]"
            if not isinstance(item, dict):
                _bad(where, "must be an object { … }")
            _str(item.get("ref"), f"{where}.ref")
    if records[PROFILE] is not None and not isinstance(records[PROFILE], dict):
        _bad("report.records.profile", "must be an object { … } or null")
    if version == 1:
        journal = _object(report["journal"], "report.journal", ("first_seq", "head", "rows"))
    else:
        journal = _object(report["journal"], "report.journal",
                          ("first_seq", "start_hash", "head", "entries"))
    head = None
    if journal["head"] is not None:
        h = _object(journal["head"], "report.journal.head", ("seq", "hash"))
        head = (_int(h["seq"], "report.journal.head.seq"),
                _hex(h["hash"], "report.journal.head.hash"))
    first_seq = _int(journal["first_seq"], "report.journal.first_seq")
    start_hash = GENESIS_HASH
    if version == 1:
        rows = [_row(r, f"report.journal.rows[{i}]")
                for i, r in enumerate(_list(journal["rows"], "report.journal.rows"))]
        disclosures = [_disclosure(d, f"report.disclosures[{i}]") for i, d in
                       enumerate(_list(report["disclosures"], "report.disclosures"))]
    else:
        start_hash = _hex(journal["start_hash"], "report.journal.start_hash")
        rows = _entries(journal["entries"], start_hash, "report.journal.entries", version)
        disclosures = _disclosures_v2(report["disclosures"], rows, version)
    parsed = _Report(
        raw=report, fingerprint=fingerprint, profile=profile,
        date_from=_date(period["from"], "report.period.from"),
        date_to=_date(period["to"], "report.period.to"),
        generated_at=_str(report["generated_at"], "report.generated_at"),
        app_version=_str(report["app_version"], "report.app_version"),
        records=records, disclosures=disclosures, first_seq=first_seq, head=head, rows=rows,
        seals=[_seal(s, f"report.seals[{i}]")
               for i, s in enumerate(_list(report["seals"], "report.seals"))],
        totals=report["totals"], version=version, start_hash=start_hash,
    )
    _str(report["language"], "report.language")
    if report["workplaces_selected"] is not None:
        for i, ref in enumerate(_list(report["workplaces_selected"],
                                      "report.workplaces_selected")):
            _str(ref, f"report.workplaces_selected[{i}]")
    parsed.index = {row.seq: row for row in parsed.rows}
    return parsed


def _row(value: Any, where: str) -> _Row:
    r = _object(value, where, ("seq", "recorded_at", "action", "entity", "entity_id",
                               "digests", "prev_hash", "hash"))
    digests = r["digests"]
    if not isinstance(digests, dict):
        _bad(f"{where}.digests", "must be an object { … }")
    if not (all(type(d) is str for d in digests.values())
            and _HEX64S.fullmatch("".join(digests.values()))):
        for name, digest in digests.items():
            _hex(digest, f"{where}.digests.{name}")
    action = _str(r["action"], f"{where}.action")
    if action not in _ACTIONS:
        _bad(f"{where}.action", f"“{action}” is not one of: {', '.join(_ACTIONS)}")
    return _Row(_int(r["seq"], f"{where}.seq"), _str(r["recorded_at"], f"{where}.recorded_at"),
                action, _str(r["entity"], f"{where}.entity"),
                _int(r["entity_id"], f"{where}.entity_id"), digests,
                _hex(r["prev_hash"], f"{where}.prev_hash"), _hex(r["hash"], f"{where}.hash"))


def _disclosure(value: Any, where: str) -> _Disclosure:
    d = _object(value, where, ("ref", "entity", "id", "rows", "seq", "values", "salts",
                               "withheld", "pseudonyms"))
    values = d["values"]
    salts = d["salts"]
    if not isinstance(values, dict):
        _bad(f"{where}.values", "must be an object { … }")
    if not isinstance(salts, dict):
        _bad(f"{where}.salts", "must be an object { … }")
    for name, salt in salts.items():
        _hex(salt, f"{where}.salts.{name}", _HEX32)
    return _Disclosure(
        ref=_str(d["ref"], f"{where}.ref"), entity=_str(d["entity"], f"{where}.entity"),
        id=_int(d["id"], f"{where}.id"),
        rows=tuple(_int(s, f"{where}.rows[{i}]")
                   for i, s in enumerate(_list(d["rows"], f"{where}.rows"))),
        seq=_int(d["seq"], f"{where}.seq"), values=values, salts=salts,
        withheld=tuple(_str(s, f"{where}.withheld[{i}]")
                       for i, s in enumerate(_list(d["withheld"], f"{where}.withheld"))),
        pseudonyms=tuple(_str(s, f"{where}.pseudonyms[{i}]")
                         for i, s in enumerate(_list(d["pseudonyms"], f"{where}.pseudonyms"))),
    )


# A whole journal entry in canonical form: form 1 holds its digests (read later, and only if
# its values are disclosed), form 2 (version 3 files) their SHA-256.
_ENTRY = re.compile(r'\{"action":"(create|update|delete)",'
                    r'(?:"digests":\{[^\n{}]*\}|"digests_sha256":"([0-9a-f]{64})"),'
                    r'"entity":"([a-z]{1,20})","entity_id":(0|[1-9][0-9]{0,17}),'
                    r'"recorded_at":"([0-9T:.Z-]{1,40})","seq":([1-9][0-9]{0,17})\}')


def _entries(value: Any, start_hash: str, where: str, version: int) -> list[_Row]:
    """A version 2 or 3 journal: each entry is the text its hash covers, so the chain is
    rebuilt here in one pass (sha256 of the previous hash and the entry's UTF-8 bytes), and
    each entry must be exactly one entry in canonical form, whose metadata is read here."""
    entries = _list(value, where)
    rows: list[_Row] = []
    append = rows.append
    sha256 = hashlib.sha256
    match = _ENTRY.fullmatch
    prev = bytes.fromhex(start_hash)
    prev_hex = start_hash
    for i, text in enumerate(entries):
        found = match(text) if type(text) is str else None
        if found is None or (version < 3 and found.group(2) is not None):
            _bad(f"{where}[{i}]", "is not a journal entry (its metadata in canonical JSON)")
        action, digests_sha256, entity, ident, at, seq = found.groups()
        digest = sha256(prev + text.encode("utf-8")).digest()
        hex_digest = digest.hex()
        if digests_sha256 is None:
            append(_Row(int(seq), at, action, entity, int(ident), None, prev_hex, hex_digest,
                        text))
        else:
            append(_Row(int(seq), at, action, entity, int(ident), None, prev_hex, hex_digest,
                        text, 2, digests_sha256))
        prev, prev_hex = digest, hex_digest
    return rows


_LETTERS = {letter: entity for entity, (letter, _section) in ENTITIES.items()}


def _disclosures_v2(value: Any, rows: list[_Row], version: int) -> list[_Disclosure]:
    """Version 2 and 3 disclosures name only the record (its ``ref``) and give its values,
    salts and stand-ins (and in version 3 the withheld fields' digests); which journal entries
    are the record's and which is the latest follow from the journal, so they are worked out
    here, not read. In version 2 the fields withheld do too."""
    by_record: dict[tuple[str, int], list[int]] = defaultdict(list)
    for row in rows:
        by_record[(row.entity, row.entity_id)].append(row.seq)
    profile_ids = sorted({i for e, i in by_record if e == PROFILE}) or [1]
    position = {row.seq: k for k, row in enumerate(rows)}
    out = []
    for i, item in enumerate(_list(value, "report.disclosures")):
        where = f"report.disclosures[{i}]"
        d = _object(item, where, ("ref", "values", "salts", "pseudonyms")
                    + (("withheld",) if version >= 3 else ()))
        ref = _str(d["ref"], f"{where}.ref")
        if ref == PROFILE_REF:
            entity, ident = PROFILE, profile_ids[0]
        else:
            letter, _, number = ref.partition("-")
            if letter not in _LETTERS or not number.isdigit() or number != str(int(number)):
                _bad(f"{where}.ref", f"“{ref}” is not a reference to a record")
            entity, ident = _LETTERS[letter], int(number)
        values, salts = d["values"], d["salts"]
        if not isinstance(values, dict):
            _bad(f"{where}.values", "must be an object { … }")
        if not isinstance(salts, dict):
            _bad(f"{where}.salts", "must be an object { … }")
        # Every salt is 32 lower-case hex digits: checked at once, and one by one (to say
        # which) only when that fails.
        if not (all(type(salt) is str and len(salt) == 32 for salt in salts.values())
                and _HEX_RUN.fullmatch("".join(salts.values()))):
            for name, salt in salts.items():
                _hex(salt, f"{where}.salts.{name}", _HEX32)
        seqs = tuple(by_record.get((entity, ident), ()))
        seq = seqs[-1] if seqs else 0
        withheld: tuple[str, ...] = ()
        withheld_digests = None
        latest = rows[position[seq]] if seqs else None
        if version >= 3:
            withheld_digests = d["withheld"]
            if not isinstance(withheld_digests, dict):
                _bad(f"{where}.withheld", "must be an object { … }")
            for name, digest in withheld_digests.items():
                _hex(digest, f"{where}.withheld.{name}")
            withheld = tuple(sorted(withheld_digests))
        elif latest is not None and latest.action != "delete":
            if latest.digests is None:  # read once, kept for the checks
                latest = rows[position[seq]] = _Row(
                    latest.seq, latest.recorded_at, latest.action, latest.entity,
                    latest.entity_id, _digests(latest), latest.prev_hash, latest.hash,
                    latest.text)
            withheld = tuple(sorted(set(latest.digests or {}) - set(values)))
        out.append(_Disclosure(
            ref=ref, entity=entity, id=ident, rows=seqs, seq=seq, values=values, salts=salts,
            withheld=withheld,
            pseudonyms=tuple(_str(x, f"{where}.pseudonyms[{k}]") for k, x in
                             enumerate(_list(d["pseudonyms"], f"{where}.pseudonyms"))),
            withheld_digests=withheld_digests))
    return out


def _seal(value: Any, where: str) -> _SealShown:
    s = _object(value, where, ("code", "seq", "shown_at"))
    return _SealShown(_str(s["code"], f"{where}.code"), _int(s["seq"], f"{where}.seq"),
                      _str(s["shown_at"], f"{where}.shown_at"))


# --------------------------------------------------------------------------- checks


def _summed(problems: Sequence[str], what: str) -> str:
    shown = "; ".join(problems[:_MAX_PROBLEMS])
    more = len(problems) - _MAX_PROBLEMS
    return shown + (f" (and {more} more {what})" if more > 0 else "")


def _short(fingerprint: str) -> str:
    return fingerprint[:16] + "…"


def _check_fingerprint(r: _Report, computed: str) -> Check:
    if computed == r.fingerprint:
        return Check("Fingerprint", True, f"the contents give the fingerprint the file states "
                     f"({_short(computed)})")
    return Check("Fingerprint", False, f"the contents no longer give the fingerprint the file "
                 f"states ({_short(r.fingerprint)}; they give {_short(computed)}): the file was "
                 "changed after it was exported")


def _check_pdf(pdf: bytes, computed: str) -> Check:
    name = "PDF"
    if not pdf.startswith(b"%PDF-"):
        return Check(name, False, "the second file is not a PDF")
    found = pdf_fingerprints(pdf)
    if not found:
        return Check(name, False, "the PDF carries no Workbook fingerprint in its document "
                     "properties, so it cannot be matched to this file (another program may "
                     "have re-saved it); compare the fingerprint at the foot of its pages with "
                     f"{computed} by eye")
    if found == [computed]:
        return Check(name, True, "the PDF carries the same fingerprint: the two were made "
                     "together")
    return Check(name, False, f"the PDF carries the fingerprint {_short(found[-1])}, not this "
                 f"file's {_short(computed)}: they are not from the same export")


def _check_chain(r: _Report) -> Check:
    name = "Journal chain"
    if not r.rows or r.head is None:
        return Check(name, False, "the report lists no journal entries")
    if r.version != 1:
        return _check_chain_v2(r)
    problems: list[str] = []
    expected = r.first_seq
    prev = r.rows[0].prev_hash
    if r.first_seq == 1 and prev != GENESIS_HASH:
        problems.append("entry 1 does not start the journal")
    for row in r.rows:
        if row.seq != expected:
            problems.append(f"entry {expected} is missing" if row.seq > expected
                            else f"entry {row.seq} is out of order")
            break
        if row.prev_hash != prev:
            problems.append(f"entry {row.seq} does not follow on from entry {row.seq - 1}")
        if _hash_of(row.prev_hash, row.meta()) != row.hash:
            problems.append(f"entry {row.seq} was changed after it was written (its hash does "
                            "not match its contents)")
        prev = row.hash
        expected += 1
    last = r.rows[-1]
    if (last.seq, last.hash) != r.head:
        problems.append(f"the journal listed ends at entry {last.seq}, but the report names "
                        f"entry {r.head[0]} as its newest")
    if problems:
        return Check(name, False, _summed(problems, "problems"))
    return Check(name, True, f"{len(r.rows):,} entries, {r.first_seq} to {last.seq}, each "
                 "linked to the one before")


def _check_chain_v2(r: _Report) -> Check:
    """The hashes were rebuilt while reading, each from the entry's text and the hash before;
    here the run of entries and its two ends are checked."""
    name = "Journal chain"
    problems: list[str] = []
    assert r.head is not None
    if r.first_seq == 1 and r.start_hash != GENESIS_HASH:
        problems.append("entry 1 does not start the journal")
    for expected, row in enumerate(r.rows, start=r.first_seq):
        if row.seq != expected:
            problems.append(f"entry {expected} is missing" if row.seq > expected
                            else f"entry {row.seq} is out of order")
            break
    last = r.rows[-1]
    if last.seq != r.head[0]:
        problems.append(f"the journal listed ends at entry {last.seq}, but the report names "
                        f"entry {r.head[0]} as its newest")
    elif last.hash != r.head[1]:
        problems.append(f"the entries listed do not lead to the hash the report gives for entry "
                        f"{last.seq}: an entry was changed, added or left out after it was "
                        "written")
    if problems:
        return Check(name, False, _summed(problems, "problems"))
    return Check(name, True, f"{len(r.rows):,} entries, {r.first_seq} to {last.seq}, each "
                 "linked to the one before")


def _record_rows(r: _Report) -> dict[tuple[str, int], list[int]]:
    rows: dict[tuple[str, int], list[int]] = defaultdict(list)
    for row in r.rows:
        rows[(row.entity, row.entity_id)].append(row.seq)
    return rows


def _check_disclosures(r: _Report) -> Check:
    name = "Disclosed values"
    problems: list[str] = []
    fields = 0
    chain = _record_rows(r)
    refs: set[str] = set()
    for d in r.disclosures:
        if d.entity != PROFILE and d.entity not in ENTITIES:
            problems.append(f"{d.ref}: “{d.entity}” is not a kind of record")
            continue
        if d.ref != record_ref(d.entity, d.id):
            problems.append(f"{d.ref}: the reference does not match {d.entity} {d.id}")
        if d.ref in refs:
            problems.append(f"{d.ref} is disclosed twice")
        refs.add(d.ref)
        listed = chain.get((d.entity, d.id), [])
        if list(d.rows) != listed:
            problems.append(f"{d.ref}: the report gives entries {_seqs(d.rows)} for it, but "
                            f"the journal has {_seqs(listed)}")
            continue
        if not d.rows or d.seq != d.rows[-1]:
            problems.append(f"{d.ref}: the values shown are not from its latest entry")
            continue
        if r.index[d.rows[0]].action != "create":
            problems.append(f"{d.ref}: its first entry ({d.rows[0]}) is not the one that "
                            "created it")
        row = r.index[d.seq]
        if row.action == "delete":
            problems.append(f"{d.ref} was deleted in entry {d.seq}")
            continue
        if d.withheld_digests is not None:  # version 3
            fields += len(d.values)
            problem = _version_3_digests(d, row)
            if problem:
                problems.append(problem)
            continue
        digests = _digests(row)
        if (set(d.values) != set(d.salts) or set(d.values) & set(d.withheld)
                or set(d.values) | set(d.withheld) != set(digests)):
            problems.append(f"{d.ref}: the fields disclosed and withheld are not those of "
                            f"entry {d.seq}")
            continue
        for key in sorted(d.values):
            fields += 1
            if _digest_of(d.salts[key], d.values[key]) != digests[key]:
                problems.append(f"{d.ref} {key}: the value does not match the digest in entry "
                                f"{d.seq}")
    if problems:
        return Check(name, False, _summed(problems, "problems"))
    return Check(name, True, f"{fields:,} values of {len(r.disclosures):,} records match their "
                 "journal digests; every record is shown in its latest version")


def _version_3_digests(d: _Disclosure, row: _Row) -> str:
    """What is wrong with a version 3 disclosure, or "": each disclosed value's digest (from
    its value and salt) and the withheld digests given must be exactly the digests of the
    record's latest entry. A form 2 entry holds only their SHA-256, so a mismatch there cannot
    name the field; a form 1 entry holds them all, so it can."""
    withheld = d.withheld_digests or {}
    if set(d.values) != set(d.salts) or set(d.values) & set(withheld):
        return f"{d.ref}: the fields disclosed and withheld are not those of entry {d.seq}"
    digests = {**withheld, **{key: _digest_of(d.salts[key], d.values[key]) for key in d.values}}
    if row.form == 2:
        if digests_sha256(digests) != row.digests_sha256:
            return (f"{d.ref}: the values shown and the digests given do not match entry "
                    f"{d.seq}")
        return ""
    recorded = _digests(row)
    if set(digests) != set(recorded):
        return f"{d.ref}: the fields disclosed and withheld are not those of entry {d.seq}"
    for key in sorted(digests):
        if digests[key] != recorded[key] and key in d.values:
            return f"{d.ref} {key}: the value does not match the digest in entry {d.seq}"
        if digests[key] != recorded[key]:
            return f"{d.ref} {key}: the withheld digest given is not the one in entry {d.seq}"
    return ""


def _seqs(seqs: Sequence[int]) -> str:
    if not seqs:
        return "none"
    return ", ".join(str(s) for s in seqs[:6]) + (", …" if len(seqs) > 6 else "")


def _json_text(value: Any) -> str:
    text = canonical_json(value).decode("utf-8")
    return text if len(text) <= 60 else text[:57] + "…"


def _compare_record(ref: str, entity: str, shown: dict[str, Any], d: _Disclosure,
                    problems: list[str]) -> None:
    try:
        expected = shown_record(entity, d.id, d.values)
    except (ValueError, KeyError, TypeError) as exc:
        problems.append(f"{ref}: a disclosed value cannot be read ({exc})")
        return
    for key in d.pseudonyms:
        if (entity, key) not in PSEUDONYM_KEYS:
            problems.append(f"{ref} {key}: only people's names and the people of an incident "
                            "may be shown as stand-ins")
        elif key in expected:
            problems.append(f"{ref} {key}: it is disclosed, so it cannot be a stand-in")
        elif key not in shown:
            problems.append(f"{ref} {key}: marked as a stand-in but not shown")
    if not d.pseudonyms and _equal(shown, expected):  # the usual case, in one comparison
        return
    checked = {k: v for k, v in shown.items() if k not in d.pseudonyms}
    for key in sorted(set(checked) | set(expected)):
        if key not in expected:
            problems.append(f"{ref} {key}: shown, but the journal values behind it are not "
                            "disclosed")
        elif key not in checked:
            problems.append(f"{ref} {key}: disclosed but left out of the record shown")
        elif not _equal(checked[key], expected[key]):
            problems.append(f"{ref} {key}: shown as {_json_text(checked[key])}, but the "
                            f"journal says {_json_text(expected[key])}")


def _check_records(r: _Report) -> tuple[Check, list[str]]:
    name = "Records shown"
    problems: list[str] = []
    by_ref = {d.ref: d for d in r.disclosures}
    seen: set[str] = set()
    stand_ins: list[str] = []
    count = 0
    shown_profile = r.records[PROFILE]
    if shown_profile is not None:
        d = by_ref.get(PROFILE_REF)
        if d is None or d.entity != PROFILE:
            problems.append("the profile is shown but not backed by the journal")
        else:
            _compare_record("profile", PROFILE, shown_profile, d, problems)
            seen.add(PROFILE_REF)
            count += 1
    for entity, (_, section) in ENTITIES.items():
        for shown in r.records[section]:
            ref = shown["ref"]
            d = by_ref.get(ref)
            if d is None:
                problems.append(f"{ref}: shown, but not backed by any journal entry")
                continue
            if d.entity != entity:
                problems.append(f"{ref}: shown among the {section}, but it is a {d.entity}")
                continue
            if ref in seen:
                problems.append(f"{ref} is shown twice")
            seen.add(ref)
            count += 1
            _compare_record(ref, entity, shown, d, problems)
            stand_ins += [f"{key}:{ref}" for key in d.pseudonyms]
    problems += [f"{ref}: disclosed but not shown" for ref in by_ref if ref not in seen]
    if problems:
        return Check(name, False, _summed(problems, "differences")), stand_ins
    return Check(name, True, f"{count:,} records are exactly what their disclosed journal "
                 "values say"), stand_ins


def _difference(said: Any, added: Any, where: str = "") -> str:
    """The first place two totals differ, in words."""
    if isinstance(said, dict) and isinstance(added, dict):
        # Per workplace first: "Club Aurora (SEK) gross" says more than a currency total.
        for key in sorted(set(said) | set(added), key=lambda k: (k != "workplaces", k)):
            if key not in said or key not in added:
                return f"{where}{key}: in one but not the other"
            if not _equal(said[key], added[key]):
                return _difference(said[key], added[key], f"{where}{key} ")
    if (isinstance(said, list) and isinstance(added, list)
            and all(isinstance(e, dict) and "name" in e for e in [*said, *added])):
        said_by = {(e["name"], e.get("currency")): e for e in said}
        added_by = {(e["name"], e.get("currency")): e for e in added}
        for key in [*said_by, *(k for k in added_by if k not in said_by)]:
            label = f"{key[0]} ({key[1]})"
            if key not in added_by:
                return f"{label}: in the report's totals, but no record shown belongs to it"
            if key not in said_by:
                return f"{label}: records shown belong to it, but the report's totals leave it out"
            if not _equal(said_by[key], added_by[key]):
                return _difference(said_by[key], added_by[key], f"{label} ")
    if isinstance(said, list) and isinstance(added, list):
        if len(said) != len(added):
            return f"{where}: the report lists {len(said)}, the records give {len(added)}"
        for a, b in zip(said, added, strict=True):
            if not _equal(a, b):
                label = where
                if isinstance(b, dict) and "name" in b:
                    label = f"{where}{b.get('name')} ({b.get('currency')}) "
                return _difference(a, b, label)
    return (f"{where.strip()}: the report says {_json_text(said)}, the records shown add up to "
            f"{_json_text(added)}")


def _check_totals(r: _Report) -> Check:
    name = "Totals"
    wanted = [(d.entity, d.id, d.values) for d in r.disclosures
              if d.entity in ("workplace", "shift", "money")]
    try:
        added = totals_json(wanted, r.date_from, r.date_to)
    except KeyError as exc:
        return Check(name, False, f"they cannot be re-added: “{exc.args[0]}” of a shift, money "
                     "line or workplace is not disclosed")
    except (ValueError, TypeError, AttributeError) as exc:
        return Check(name, False, f"they cannot be re-added from the records shown ({exc})")
    if _equal(added, r.totals):
        shifts = sum(1 for e, _, _ in wanted if e == "shift")
        lines = sum(1 for e, _, _ in wanted if e == "money")
        return Check(name, True, f"re-added from the {shifts:,} shifts and {lines:,} money "
                     "lines shown: every figure matches")
    return Check(name, False, _difference(r.totals, added, ""))


def _check_listed_seals(r: _Report) -> Check:
    name = "Seals the worker was shown"
    if not r.seals:
        return Check(name, True, "the report lists none (the worker has not been shown a seal "
                     "code yet)")
    problems = []
    for seal in r.seals:
        row = r.index.get(seal.seq)
        try:
            good = row is not None and seal_matches(seal.code, seal.seq, row.hash)
        except ValueError as exc:
            problems.append(str(exc))
            continue
        if row is None:
            problems.append(f"{seal.code} is for entry {seal.seq}, outside the journal listed")
        elif not good:
            problems.append(f"{seal.code} (shown {seal.shown_at}) does not match entry "
                            f"{seal.seq}")
    if problems:
        return Check(name, False, _summed(problems, "seals"))
    latest = r.seals[-1]
    count = "the one listed" if len(r.seals) == 1 else f"all {len(r.seals)} listed"
    return Check(name, True, f"the journal passes through {count} (the latest: {latest.code}, "
                 f"shown {latest.shown_at})")


def _check_seal(r: _Report, code: str) -> tuple[Check, list[str]]:
    name = f"Seal {code.strip()}"
    try:
        seq, _letters = parse_seal(code)
    except ValueError as exc:
        return Check(name, False, str(exc)), []
    head = r.rows[-1].seq if r.rows else 0
    if seq > head:
        return Check(name, False, f"the seal is for entry {seq}, but this report's journal ends "
                     f"at entry {head}: the seal is newer than the report, or belongs to other "
                     "records"), []
    if seq < r.first_seq:
        return Check(name, False, f"this report's journal starts at entry {r.first_seq}, after "
                     f"the seal's entry {seq}, so it cannot show that what was recorded before "
                     "the seal is unchanged"), []
    row = r.index.get(seq)
    if row is None:
        return Check(name, False, f"entry {seq} is missing from the journal listed"), []
    if not seal_matches(code, seq, row.hash):
        return Check(name, False, f"entry {seq} in this report does not match the seal: what "
                     "was recorded up to it was changed after the seal was shared (or the code "
                     "was mistyped)"), []
    return (Check(name, True, f"the journal passes through entry {seq} exactly as it was when "
                  "the seal was shared: nothing recorded up to then was changed since"),
            _after_seal(r, code.strip(), seq))


def _after_seal(r: _Report, code: str, seq: int) -> list[str]:
    notes = []
    changed = []
    newer = 0
    for d in r.disclosures:
        if d.entity == PROFILE or not d.rows:
            continue
        if d.rows[0] > seq:
            newer += 1
            continue
        later = [s for s in d.rows if s > seq]
        row = r.index.get(later[-1]) if later else None
        if row is not None:
            changed.append(f"{d.ref} (entry {row.seq}, {row.recorded_at})")
    if changed:
        notes.append(f"Changed after seal {code} was shared (the report shows the newer "
                     "version; the journal keeps the digest of the earlier one): "
                     + ", ".join(changed) + ".")
    if newer:
        notes.append(f"{newer:,} records shown were first written after seal {code}; the seal "
                     "says nothing about them.")
    deleted = sum(1 for row in r.rows if row.seq > seq and row.action == "delete")
    if deleted:
        notes.append(f"{deleted:,} entries were deleted after seal {code}.")
    return notes


def _stand_in_words(stand_ins: Sequence[str]) -> str:
    """``["label:P-1", "people:I-2"]`` → "the names of P-1; the people listed in I-2"."""
    words = {"label": "the names of {refs}", "people": "the people listed in {refs}"}
    keys = dict.fromkeys([*words, *(item.split(":", 1)[0] for item in stand_ins)])
    parts = []
    for key in keys:
        refs = [item.split(":", 1)[1] for item in stand_ins if item.startswith(key + ":")]
        if refs:
            shown = ", ".join(refs[:10]) + (f" and {len(refs) - 10} more" if len(refs) > 10
                                            else "")
            # A key the format does not allow as a stand-in fails "Records shown"; it is
            # still named here rather than left out.
            parts.append(words.get(key, "the “{key}” of {refs}").format(key=key, refs=shown))
    return "; ".join(parts)


def _about(r: _Report) -> tuple[str, ...]:
    counts = {section: len(r.records[section]) for section in SECTIONS}
    words = [(counts["shifts"], "shift", "shifts"), (counts["money"], "money line",
                                                     "money lines"),
             (counts["incidents"], "incident", "incidents"),
             (counts["attachments"], "attachment", "attachments"),
             (counts["people"], "person", "people")]
    listed = ", ".join(f"{n:,} {one if n == 1 else many}" for n, one, many in words)
    head = r.rows[-1].seq if r.rows else 0
    return (f"{_PROFILE_WORDS[r.profile]} report for {r.date_from.isoformat()} to "
            f"{r.date_to.isoformat()}, generated {r.generated_at} by Workbook "
            f"{r.app_version}",
            f"{listed}; journal entries {r.first_seq} to {head}")


def verify_report(sidecar_bytes: bytes, pdf_bytes: bytes | None = None,
                  seals: Iterable[str] = ()) -> Verdict:
    """Check a report's JSON sidecar (and its PDF, and seal codes given by the rep)."""
    try:
        r = _read(sidecar_bytes)
    except _Bad as exc:
        return Verdict((Check("Report file", False, str(exc)),))
    computed = _stated_bytes_fingerprint(sidecar_bytes)
    if computed != r.fingerprint:
        computed = _fingerprint_of(r.raw)
    checks = [Check("Report file", True, f"a Workbook evidence report, format version "
                    f"{r.version}"),
              _check_fingerprint(r, computed)]
    if pdf_bytes is not None:
        checks.append(_check_pdf(pdf_bytes, computed))
    checks.append(_check_chain(r))
    checks.append(_check_disclosures(r))
    records, stand_ins = _check_records(r)
    checks.append(records)
    checks.append(_check_totals(r))
    checks.append(_check_listed_seals(r))
    notes: list[str] = []
    given = [code for code in seals if code.strip()]
    for code in given:
        check, seal_notes = _check_seal(r, code)
        checks.append(check)
        notes += seal_notes
    if stand_ins:
        notes.append("Shown as stand-ins, not checked against the journal (the real values "
                     "are withheld; only their digests are in the file): "
                     + _stand_in_words(stand_ins) + ".")
    withheld = sum(len(d.withheld) for d in r.disclosures)
    if withheld:
        notes.append(f"{withheld:,} fields are withheld by the {r.profile} profile: only their "
                     "digests are in the file, so they cannot be read, but the chain still "
                     "covers them.")
    if not given:
        notes.append("No seal code was given. Ask the worker for a seal code she sent you "
                     "earlier, and check again with --seal CODE: only that shows the records "
                     "were not rewritten before this report was made.")
    return Verdict(tuple(checks), _about(r), tuple(notes), computed,
                   tuple((row.seq, row.hash) for row in r.rows), r.raw)


def verdict_text(verdict: Verdict, *, symbols: bool = True, language: str = "en") -> str:
    """The verdict as a rep reads it on a terminal, in English or in a report language
    (``"sv"``, and the others of ``reports.strings.LANGUAGES``)."""
    good, bad = ("✓", "✗") if symbols else ("[ok]", "[X]")
    say = _Sayer(language)
    lines = [say("Workbook evidence report check"), ""]
    lines += [f"  {say(line)}" for line in verdict.about]
    if verdict.about:
        lines.append("")
    for check in verdict.checks:
        mark = f"{good} {say('passed')}" if check.ok else f"{bad} {say('FAILED')}"
        lines.append(f"{mark}  {say(check.name)}: {say(check.detail)}")
    if verdict.notes:
        lines += ["", say("Notes:")]
        lines += [f"  - {say(note)}" for note in verdict.notes]
    lines += ["", say("If every check passes, this proves:")]
    lines += [f"  - {say(text)}" for text in PROVES]
    lines += [say("It does not prove:")]
    lines += [f"  - {say(text)}" for text in DOES_NOT_PROVE]
    lines.append("")
    n = len(verdict.checks)
    if verdict.ok:
        lines.append(say.template("Result: all {n} checks passed.", n=n))
    else:
        lines.append(say.template("Result: {failed} of {n} checks FAILED. Do not rely on this "
                                  "report as it is.", failed=len(verdict.failed), n=n))
    return "\n".join(lines)


class _Sayer:
    """English lines of a verdict in another language. The lines are made in English, from
    the templates in ``reports/verify_words.py``; each is matched back to its template and
    the template's translation filled in with the same values (references, codes, dates and
    field names stay as they are; counts get the language's digit grouping). A line no
    template matches stays in English rather than being guessed."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.t: Strings | None = None if language == "en" else Strings(language)

    def template(self, template: str, **values: object) -> str:
        if self.t is None:
            return template.format(**values)
        return self.t(template, **{k: self.value(str(v)) for k, v in values.items()})

    def __call__(self, text: str) -> str:
        if self.t is None or not text:
            return text
        if "; " in text:
            parts = text.split("; ")
            if all(self.match(part) is not None for part in parts):
                return "; ".join(self(part) for part in parts)
        found = self.match(text)
        if found is None:
            return text
        template, values = found
        return self.t(template, **{k: self.value(v) for k, v in values.items()})

    def match(self, text: str) -> tuple[str, dict[str, str]] | None:
        for pattern, template in _patterns():
            hit = pattern.fullmatch(text)
            if hit is not None:
                return template, hit.groupdict()
        return None

    def value(self, text: str) -> str:
        if _GROUPED.fullmatch(text) and self.t is not None:
            return self.t.integer(int(text.replace(",", "")))  # the language's digit groups
        if ", " in text and all(self.match(p) is not None for p in text.split(", ")):
            return ", ".join(self(p) for p in text.split(", "))
        if self.match(text) is not None:
            return self(text)
        return text


_GROUPED = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+")


@cache
def _patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Each template of ``verify_words`` as a pattern that reads its values back, the longest
    first (the most specific)."""
    from string import Formatter

    from workbook.reports.verify_words import VERIFY_SV

    out = []
    for template in VERIFY_SV:
        parts: list[str] = []
        seen: set[str] = set()
        for literal, name, _spec, _conversion in Formatter().parse(template):
            parts.append(re.escape(literal))
            if name is not None:
                parts.append(f"(?P={name})" if name in seen else f"(?P<{name}>.+?)")
                seen.add(name)
        out.append((re.compile("".join(parts), re.S), template))
    out.sort(key=lambda pair: -len(pair[1]))
    return tuple(out)


# --------------------------------------------------------------------------- the PDF


_INFO_REF = re.compile(rb"/Info\s+(\d+)\s+(\d+)\s+R")
_FINGERPRINT = re.compile(re.escape(PDF_FINGERPRINT_PREFIX) + r"([0-9a-f]{64})")
_ESCAPES = {ord("n"): b"\n", ord("r"): b"\r", ord("t"): b"\t", ord("b"): b"\b",
            ord("f"): b"\f"}


def _literal(data: bytes, start: int) -> bytes:
    """A PDF literal string starting after its ``(``: balanced parentheses, escapes."""
    out = bytearray()
    depth, i = 1, start
    while i < len(data):
        c = data[i]
        if c == 0x5C and i + 1 < len(data):  # backslash
            nxt = data[i + 1]
            if 0x30 <= nxt <= 0x37:
                digits = re.match(rb"[0-7]{1,3}", data[i + 1:i + 4])
                assert digits is not None
                out.append(int(digits.group(), 8) & 0xFF)
                i += 1 + len(digits.group())
                continue
            if nxt in (0x0A, 0x0D):  # a line continuation
                i += 2
                continue
            out += _ESCAPES.get(nxt, bytes([nxt]))
            i += 2
            continue
        if c == 0x28:
            depth += 1
        elif c == 0x29:
            depth -= 1
            if depth == 0:
                break
        out.append(c)
        i += 1
    return bytes(out)


def _decoded(raw: bytes) -> str:
    if raw.startswith(b"\xfe\xff"):
        return raw[2:].decode("utf-16-be", errors="replace")
    return raw.decode("latin-1")


def _info_strings(body: bytes) -> Iterable[str]:
    for key in (b"/Keywords", b"/Subject"):
        for found in re.finditer(re.escape(key) + rb"\s*([(<])", body):
            if found.group(1) == b"(":
                yield _decoded(_literal(body, found.end()))
            else:
                end = body.find(b">", found.end())
                hexdigits = re.sub(rb"\s", b"", body[found.end():end if end >= 0 else None])
                try:
                    yield _decoded(bytes.fromhex(hexdigits.decode("ascii")))
                except ValueError:
                    continue


def pdf_fingerprints(pdf: bytes) -> list[str]:
    """The report fingerprints a PDF's document information carries (keywords or subject),
    read with a small scan of its Info dictionaries: no PDF library needed."""
    found: list[str] = []
    for number, generation in dict.fromkeys(_INFO_REF.findall(pdf)):
        obj = re.search(rb"(?<![0-9])" + number + rb"\s+" + generation + rb"\s+obj\b(.*?)endobj",
                        pdf, re.S)
        if obj is None:
            continue
        for text in _info_strings(obj.group(1)):
            found += [f for f in _FINGERPRINT.findall(text) if f not in found]
    return found


__all__ = ["DOES_NOT_PROVE", "PROVES", "Check", "Verdict", "pdf_fingerprints", "verdict_text",
           "verify_report"]

"""The hash-chained change journal, exactly as ``docs/internals.md`` fixes it.

Every create, update and delete of every record appends one row in the same transaction as the
change. A row commits to a salted digest of each field rather than to the values, so an export
can disclose some fields (value + salt) and withhold others (digest only) and still be checked.
Updates keep the earlier rows and their values ("earlier version kept"); a delete erases the
values and salts of every row of that record but keeps the rows, so the chain still verifies
and a report can say how many entries were deleted.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from workbook.domain.canonical import GENESIS_HASH, canonical_json, entry_meta, seal_code
from workbook.domain.errors import Problem, ValidationError
from workbook.domain.timeutil import utc_now
from workbook.store.chain import check_row
from workbook.store.columns import stamp, stamp_text
from workbook.store.connection import Database

SALT_BYTES = 16
_VERIFY_BATCH = 5000
FORM = 2  # the form new rows are written in (docs/internals.md); rows before schema 3 are 1


class Entity(StrEnum):
    PROFILE = "profile"
    WORKPLACE = "workplace"
    PERSON = "person"
    SHIFT = "shift"
    MONEY = "money"
    INCIDENT = "incident"
    ATTACHMENT = "attachment"
    CONTROL = "control"


class Action(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"


@dataclass(frozen=True, slots=True)
class JournalRow:
    """A row's metadata and digests: everything its hash covers, and the hashes."""

    seq: int
    recorded_at: datetime
    action: str
    entity: str
    entity_id: int
    digests: dict[str, str]
    prev_hash: str
    hash: str
    form: int = FORM

    def meta(self) -> dict[str, Any]:
        """The object whose canonical JSON, after ``prev_hash``, gives ``hash``."""
        return entry_meta(self.form, self.seq, stamp_text(self.recorded_at), self.action,
                          self.entity, self.entity_id, dict(self.digests))


@dataclass(frozen=True, slots=True)
class EntryText:
    """A row as stored, for exports: ``text`` is the canonical JSON of its metadata, the bytes
    its hash covers after the previous hash (built from the stored columns, not re-encoded);
    ``digests`` the canonical JSON of its digests (in ``text`` too for a form 1 row)."""

    seq: int
    recorded_at: str
    action: str
    entity: str
    entity_id: int
    text: str
    prev_hash: str
    hash: str
    form: int
    digests: str


@dataclass(frozen=True, slots=True)
class DisclosedRow:
    """A row with the values and salts still kept for it (none once the record is deleted)."""

    row: JournalRow
    values: dict[str, Any]
    salts: dict[str, str]


@dataclass(frozen=True, slots=True)
class RecordVersion:
    """One version of a record as the journal remembers it; ``values`` is None once erased."""

    seq: int
    recorded_at: datetime
    action: str
    values: dict[str, Any] | None


@dataclass(frozen=True, slots=True)
class ChainCheck:
    ok: bool
    rows: int
    first_broken_seq: int | None
    reason: str


@dataclass(frozen=True, slots=True)
class Seal:
    seq: int
    code: str
    hash: str
    shown_at: datetime


_ROWS = ("SELECT seq, recorded_at, action, entity, entity_id, digests, prev_hash, hash, form, "
         "digests_sha256 FROM journal")
# Everything an entry's text needs but the digests, from the covering index (a tenth of the
# table's pages); the digests are read only for rows of form 1.
_ENTRY_ROWS = ("SELECT seq, form, recorded_at, action, entity, entity_id, digests_sha256, hash "
               "FROM journal INDEXED BY journal_chain WHERE seq >= ? AND seq <= ? ORDER BY seq")
_FORM_1_DIGESTS = "SELECT seq, digests FROM journal WHERE seq >= ? AND seq <= ? AND form = 1"
_PREV_HASH = "SELECT prev_hash FROM journal WHERE seq = ?"
_DIGESTS_FOR = "SELECT seq, digests FROM journal WHERE seq IN (SELECT value FROM json_each(?))"
_HEAD = "SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1"
_INSERT_ROW = (
    "INSERT INTO journal (seq, recorded_at, action, entity, entity_id, digests, prev_hash, hash,"
    " form, digests_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_INSERT_KEPT = "INSERT INTO journal_values (seq, kept) VALUES (?, ?)"
_ERASE_VALUES = (
    "DELETE FROM journal_values WHERE seq IN "
    "(SELECT seq FROM journal WHERE entity = ? AND entity_id = ?)"
)
_RECORD_ROWS = _ROWS + " WHERE entity = ? AND entity_id = ? ORDER BY seq"
_RECORD_KEPT = (
    "SELECT v.seq, v.kept FROM journal AS j JOIN journal_values AS v ON v.seq = j.seq "
    "WHERE j.entity = ? AND j.entity_id = ?"
)
_ROWS_FROM = _ROWS + " WHERE seq >= ? AND seq <= ? ORDER BY seq"
_BATCH_ROWS = _ROWS + " WHERE seq > ? ORDER BY seq LIMIT ?"
_BATCH_KEPT = "SELECT seq, kept FROM journal_values WHERE seq > ? AND seq <= ?"
_KEPT_FOR = "SELECT seq, kept FROM journal_values WHERE seq IN (SELECT value FROM json_each(?))"
_INSERT_SEAL = "INSERT INTO seals (seq, hash, code, shown_at) VALUES (?, ?, ?, ?)"
_SEALS = "SELECT seq, code, hash, shown_at FROM seals ORDER BY id"


def _row(values: tuple[Any, ...]) -> JournalRow:
    seq, recorded_at, action, entity, entity_id, digests, prev_hash, hash_, form, _ = values
    return JournalRow(int(seq), stamp(recorded_at), action, entity, int(entity_id),
                      json.loads(digests), prev_hash, hash_, int(form))


def _entry_text(form: int, seq: int, at: str, action: str, entity: str, entity_id: int,
                digests: str) -> str:
    """``canonical_json(entry_meta(…))`` assembled from the stored columns: ``digests`` is
    the canonical JSON of the row's digests (``record`` writes it so) for form 1, and their
    SHA-256 for form 2."""
    inner = f'"digests":{digests}' if form == 1 else f'"digests_sha256":"{digests}"'
    return (f'{{"action":"{action}",{inner},"entity":"{entity}","entity_id":{entity_id},'
            f'"recorded_at":"{at}","seq":{seq}}}')


class Journal:
    """Appends and reads journal rows. Writing needs the caller's open transaction."""

    def __init__(self, db: Database) -> None:
        self._db = db

    # -- writing -----------------------------------------------------------------------------

    def record(self, action: Action, entity: Entity, entity_id: int,
               fields: Mapping[str, Any] | None, *, at: datetime | None = None) -> datetime:
        """Append a row for this change and return its recorded-at time (``at``, when the
        caller already stamped the record with it, else now).

        ``fields`` is the record's ``fields()`` for a create or update and None for a delete,
        which first erases the values and salts of every earlier row of the record.
        """
        if not self._db.in_transaction:
            raise RuntimeError("journal rows are written inside the change's transaction")
        if action is Action.DELETE:
            self._db.execute(_ERASE_VALUES, (str(entity), entity_id))
            fields = None
        elif fields is None:
            raise ValueError("a create or update row needs the record's fields")
        recorded_at = utc_now() if at is None else at
        head_seq, head_hash = self.head()
        seq = head_seq + 1
        digests, kept = _digest_fields(fields or {})
        at_text = stamp_text(recorded_at)
        digests_text = canonical_json(digests).decode("utf-8")
        digests_hash = hashlib.sha256(digests_text.encode("utf-8")).hexdigest()
        text = _entry_text(FORM, seq, at_text, str(action), str(entity), entity_id,
                           digests_hash)
        hash_ = hashlib.sha256(bytes.fromhex(head_hash) + text.encode("utf-8")).hexdigest()
        self._db.execute(_INSERT_ROW, (seq, at_text, str(action), str(entity), entity_id,
                                       digests_text, head_hash, hash_, FORM, digests_hash))
        if kept:
            self._db.execute(_INSERT_KEPT, (seq, kept))
        return recorded_at

    # -- reading -----------------------------------------------------------------------------

    def head(self) -> tuple[int, str]:
        """``(seq, hash)`` of the newest row; ``(0, 64 zeros)`` for an empty journal."""
        row = self._db.query_one(_HEAD)
        return (0, GENESIS_HASH) if row is None else (int(row[0]), str(row[1]))

    def rows(self, first_seq: int = 1, last_seq: int | None = None) -> list[JournalRow]:
        last = self.head()[0] if last_seq is None else last_seq
        return [_row(r) for r in self._db.query(_ROWS_FROM, (first_seq, last))]

    def entries(self, first_seq: int = 1, last_seq: int | None = None) -> list[EntryText]:
        """Rows as the text their hashes cover: ``canonical_json(meta)`` assembled from the
        stored columns, so a ten-year export need not parse and re-encode every row. A form 2
        row's text comes from the covering index ``journal_chain`` alone; its ``digests`` are
        left "" (read them with :meth:`digests` for the rows a report discloses). Each row's
        ``prev_hash`` is the hash of the row before (the stored one for the first)."""
        last = self.head()[0] if last_seq is None else last_seq
        with self._db.transaction():  # one snapshot across the queries
            rows = self._db.query(_ENTRY_ROWS, (first_seq, last))
            if not rows:
                return []
            old = ({int(seq): str(text) for seq, text in
                    self._db.query(_FORM_1_DIGESTS, (first_seq, last))}
                   if any(row[1] == 1 for row in rows) else {})
            first_prev = self._db.query_one(_PREV_HASH, (rows[0][0],))
        prev = str(first_prev[0]) if first_prev else GENESIS_HASH
        out = []
        # Assembled here, not with SQL's ||: with cipher_memory_security on, SQLite's string
        # building wipes every buffer it frees, and took 20 s for 150,000 rows (here 0.5 s).
        for seq, form, at, action, entity, entity_id, digests_hash, hash_ in rows:
            digests = old.get(seq, "") if form == 1 else ""
            text = _entry_text(form, seq, at, action, entity, entity_id,
                               digests if form == 1 else digests_hash)
            out.append(EntryText(seq, at, action, entity, entity_id, text, prev, hash_, form,
                                 digests))
            prev = hash_
        return out

    def digests(self, seqs: Iterable[int]) -> dict[int, dict[str, str]]:
        """The digests of these rows, in one query per 50,000 (a report reads those of the
        rows it discloses: a form 2 row's text holds only their SHA-256)."""
        wanted = sorted({int(s) for s in seqs})
        result: dict[int, dict[str, str]] = {}
        for start in range(0, len(wanted), 50_000):
            batch = json.dumps(wanted[start:start + 50_000])
            for seq, text in self._db.query(_DIGESTS_FOR, (batch,)):
                result[int(seq)] = json.loads(text)
        return result

    def disclosure(self, entity: str, entity_id: int) -> list[DisclosedRow]:
        """Every row of one record with the values and salts still kept for each."""
        with self._db.transaction():  # one consistent snapshot of rows and values
            rows = [_row(r) for r in self._db.query(_RECORD_ROWS, (str(entity), entity_id))]
            kept = {int(seq): str(text) for seq, text in
                    self._db.query(_RECORD_KEPT, (str(entity), entity_id))}
        disclosed = []
        for row in rows:
            fields = json.loads(kept[row.seq]) if row.seq in kept else {}
            disclosed.append(DisclosedRow(
                row, {name: f["value"] for name, f in fields.items()},
                {name: f["salt"] for name, f in fields.items()}))
        return disclosed

    def kept(self, seqs: Iterable[int]
             ) -> dict[int, tuple[dict[str, Any], dict[str, str]]]:
        """The values and salts still kept for these rows, in one query (an export of ten
        years asks for thousands of rows; one query per record took seconds)."""
        wanted = sorted({int(s) for s in seqs})
        result: dict[int, tuple[dict[str, Any], dict[str, str]]] = {}
        for start in range(0, len(wanted), 50_000):
            batch = json.dumps(wanted[start:start + 50_000])
            for seq, text in self._db.query(_KEPT_FOR, (batch,)):
                fields = json.loads(text)
                result[int(seq)] = ({name: f["value"] for name, f in fields.items()},
                                    {name: f["salt"] for name, f in fields.items()})
        return result

    def history(self, entity: str, entity_id: int) -> list[RecordVersion]:
        """The versions of one record, oldest first; erased versions have ``values=None``."""
        versions = []
        for disclosed in self.disclosure(entity, entity_id):
            row = disclosed.row
            erased = row.action == Action.DELETE or (bool(row.digests) and not disclosed.values)
            versions.append(RecordVersion(row.seq, row.recorded_at, row.action,
                                          None if erased else disclosed.values))
        return versions

    # -- checking ----------------------------------------------------------------------------

    def verify(self) -> ChainCheck:
        """Recompute every kept value's digest, every row hash and every link, and compare the
        seals shown with the rows they name. Reports the first place it breaks."""
        with self._db.transaction():  # no writes can slip in between the batches
            return self._verify()

    def _verify(self) -> ChainCheck:
        expected, prev_hash, count = 1, GENESIS_HASH, 0
        seals = self.seals()
        sealed = {seal.seq for seal in seals}
        hashes_seen: dict[int, str] = {}
        while True:
            batch = self._db.query(_BATCH_ROWS, (expected - 1, _VERIFY_BATCH))
            if not batch:
                break
            last_seq = int(batch[-1][0])
            kept = {int(seq): str(text) for seq, text in
                    self._db.query(_BATCH_KEPT, (expected - 1, last_seq))}
            for raw in batch:
                problem = check_row(raw, expected, prev_hash, kept.get(raw[0]))
                if problem:
                    return ChainCheck(False, count, expected, problem)
                prev_hash = str(raw[7])
                if expected in sealed:
                    hashes_seen[expected] = prev_hash
                expected += 1
                count += 1
        for seal in seals:
            if seal.seq > 0 and hashes_seen.get(seal.seq) != seal.hash:
                return ChainCheck(False, count, seal.seq,
                                  f"entry {seal.seq} no longer matches the seal {seal.code} "
                                  "shown on " + stamp_text(seal.shown_at))
        return ChainCheck(True, count, None, "")

    # -- seals -------------------------------------------------------------------------------

    def issue_seal(self) -> Seal:
        """A seal code for the journal's head now, remembered as shown."""
        with self._db.transaction():
            seq, hash_ = self.head()
            if seq == 0:
                raise ValidationError(Problem("", "Nothing has been recorded yet, so there is "
                                                  "nothing to seal."))
            seal = Seal(seq, seal_code(seq, hash_), hash_, utc_now())
            self._db.execute(_INSERT_SEAL, (seal.seq, seal.hash, seal.code,
                                            stamp_text(seal.shown_at)))
        return seal

    def seals(self) -> list[Seal]:
        return [Seal(int(seq), code, hash_, stamp(shown))
                for seq, code, hash_, shown in self._db.query(_SEALS)]


def _digest_fields(fields: Mapping[str, Any]) -> tuple[dict[str, str], str]:
    """Each field's salted digest, and the canonical JSON of the values and salts to keep.

    Every value is serialised once: its digest is ``sha256(salt || canonical_json(value))``
    (what ``canonical.field_digest`` computes) and the kept text is assembled from the same
    bytes, in canonical form (keys sorted, "salt" before "value").
    """
    digests: dict[str, str] = {}
    parts: list[bytes] = []
    for name in sorted(fields):
        salt = secrets.token_bytes(SALT_BYTES)
        value_json = canonical_json(fields[name])
        digests[name] = hashlib.sha256(salt + value_json).hexdigest()
        parts.append(canonical_json(name) + b':{"salt":"' + salt.hex().encode("ascii")
                     + b'","value":' + value_json + b"}")
    kept = (b"{" + b",".join(parts) + b"}").decode("utf-8") if parts else ""
    return digests, kept

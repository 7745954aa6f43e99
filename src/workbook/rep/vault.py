"""The rep vault: one SQLCipher file holding the reports a rep received, keyed and opened
exactly as a worker's vault is (``store.kdf``, ``store.connection.connect_keyed``, the same
pragmas, the same file lock and atomic creation), with its own schema (``rep.schema``).

All the rep side's SQL is here. Nothing decrypted is written anywhere else.
"""

from __future__ import annotations

import contextlib
import json
import os
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any

import platformdirs

from workbook.domain.timeutil import utc_now
from workbook.rep.names import name_key
from workbook.rep.schema import REP_SCHEMA_VERSION, REP_STEPS, REP_VERSION_BASE
from workbook.store import files
from workbook.store.columns import stamp_text
from workbook.store.connection import Database, connect_keyed
from workbook.store.errors import NotAVault, VaultExists, VaultLocked, VaultTooNew
from workbook.store.header import is_plain_sqlite, read_salt
from workbook.store.kdf import PRODUCTION_KDF, KdfParams, derive_key, raw_key_spec, wipe
from workbook.store.migrations import migrate, schema_version
from workbook.store.unlock import (
    check_passphrase,
    fresh_key_spec,
    passphrase_opens,
    replace_with_keyed_copy,
    write_backup,
)

REP_VAULT_FILENAME = "rep.workbook"
HASH_BYTES = 16  # of each journal row's hash kept in ``report.chain``
DATA_DIR_VARIABLE = "WORKBOOK_DATA_DIR"


def default_rep_vault_path() -> Path:
    """``$WORKBOOK_DATA_DIR/rep.workbook``, else the platform's data folder. Creates nothing."""
    chosen = os.environ.get(DATA_DIR_VARIABLE, "").strip()
    if chosen:
        return Path(chosen).expanduser() / REP_VAULT_FILENAME
    return Path(platformdirs.user_data_dir("Workbook", appauthor=False)) / REP_VAULT_FILENAME


class NotARepVault(NotAVault):
    default_message = ("This is a worker's vault (“I log my work”), not a rep's vault of "
                       "received reports. Choose the rep vault, or create a new one.")


# --------------------------------------------------------------------------- rows


@dataclass(frozen=True, slots=True)
class StoredCheck:
    name: str
    ok: bool
    detail: str


@dataclass(frozen=True, slots=True)
class ReportSummary:
    """A received report as the list shows it (no file contents)."""

    id: int
    fingerprint: str
    file_name: str
    imported_at: str
    ok: bool
    checks: tuple[StoredCheck, ...]
    about: tuple[str, ...]
    notes: tuple[str, ...]
    seals: tuple[str, ...]
    profile: str | None
    period_from: str | None
    period_to: str | None
    worker: int | None
    has_pdf: bool
    workplaces: tuple[str, ...] = ()

    @property
    def failed(self) -> tuple[StoredCheck, ...]:
        return tuple(c for c in self.checks if not c.ok)


@dataclass(frozen=True, slots=True)
class NewReport:
    """Everything stored for one received report. ``figures`` only for a verified one."""

    fingerprint: str
    file_name: str
    ok: bool
    checks: Sequence[tuple[str, bool, str]]
    about: Sequence[str]
    notes: Sequence[str]
    seals: Sequence[str]
    sidecar: bytes  # the file as received, zlib-compressed
    pdf: bytes | None
    profile: str | None = None
    period_from: str | None = None
    period_to: str | None = None
    first_seq: int | None = None
    head_seq: int | None = None
    chain: bytes = b""  # 16 bytes of each row's hash, first_seq to head_seq
    figures: Figures | None = None


@dataclass(slots=True)
class Figures:
    """The records of one verified report, as the practice report needs them."""

    places: list[tuple[str, str, str]] = field(default_factory=list)  # ref, name, currency
    # ref, place ref, local start date, seconds worked
    shifts: list[tuple[str, str, str, int]] = field(default_factory=list)
    # ref, place ref, shift ref, date, kind, category, amount (minor), currency
    money: list[tuple[str, str, str | None, str, str, str, int, str]] = field(
        default_factory=list)
    incidents: list[tuple[str, str, str, str]] = field(default_factory=list)  # ref, place, day, cat
    controls: list[tuple[str, str, str, str]] = field(default_factory=list)  # ref, place, day, ind


@dataclass(frozen=True, slots=True)
class PlaceSummary:
    key: str
    name: str  # the spelling most reports use
    spellings: tuple[str, ...]
    workers: int
    reports: int


@dataclass(frozen=True, slots=True)
class PracticeRows:
    """The rows of verified reports at one workplace (all the keys merged into it), each with
    (worker, report's head sequence number) first, for telling versions apart."""

    reports: list[tuple[int, str, int, str | None, str | None]]  # id, fingerprint, worker, from, to
    places: list[tuple[int, int, str, str, str]]  # worker, head, ref, name, currency
    shifts: list[tuple[int, int, str, str, int]]  # worker, head, ref, day, seconds
    money: list[tuple[int, int, str, str | None, str, str, str, int, str]]
    incidents: list[tuple[int, int, str, str, str]]
    controls: list[tuple[int, int, str, str, str]]


# --------------------------------------------------------------------------- the vault


class RepVault:
    """An open rep vault. Use :meth:`create` or :meth:`open`; :meth:`close` locks it."""

    def __init__(self, db: Database, lock: files.FileLock, kdf: KdfParams) -> None:
        self._db = db
        self._lock: files.FileLock | None = lock
        self._kdf = kdf
        self.path = db.path

    # -- lifecycle ---------------------------------------------------------------------------

    @classmethod
    def create(cls, path: str | os.PathLike[str], passphrase: str, *,
               kdf: KdfParams = PRODUCTION_KDF) -> RepVault:
        """A new, empty rep vault at ``path``; refuses to overwrite anything. Built in a private
        temporary file beside it and published only when complete."""
        target = Path(path).absolute()
        check_passphrase(passphrase)
        if target.exists() or any(p.exists() for p in files.sqlite_companions(target)):
            raise VaultExists(path=target)
        files.ensure_folder(target.parent)
        files.remove_stale_temps(target)
        spec = fresh_key_spec(passphrase, kdf)
        try:
            temp = files.new_private_temp(target, "new")
            try:
                db = Database(connect_keyed(temp.path, spec), temp.path)
                try:
                    migrate(db, steps=REP_STEPS, creating=True)
                    with db.transaction():
                        db.execute("INSERT INTO rep_meta (key, value) VALUES ('created_at', ?)",
                                   (stamp_text(utc_now()),))
                finally:
                    db.close()
                temp.fsync()
                files.publish_new(temp.path, target)
            except BaseException:
                with contextlib.suppress(OSError):
                    files.remove_quietly(temp.path)
                    for companion in files.sqlite_companions(temp.path):
                        files.remove_quietly(companion)
                temp.release()
                raise
            temp.renamed(target)
            try:
                db = Database(connect_keyed(target, spec), target)
            except BaseException:
                temp.release()
                raise
        finally:
            wipe(spec)
        return cls(db, temp, kdf)

    @classmethod
    def open(cls, path: str | os.PathLike[str], passphrase: str, *,
             lock: files.FileLock | None = None) -> RepVault:
        """Unlock the rep vault at ``path``. A worker's vault is refused, unchanged.
        ``lock``: the caller already holds the file's lock (released if opening fails)."""
        target = Path(path).absolute()
        check_passphrase(passphrase)
        if lock is None:
            lock = files.FileLock.acquire(target)
        try:
            salt, kdf = read_salt(lock.read_start(16), lock.size(), target)
            files.check_writable(target)
            key = derive_key(passphrase, salt, kdf)
            spec = raw_key_spec(key, salt)
            wipe(key)
            try:
                db = Database(connect_keyed(target, spec), target)
            finally:
                wipe(spec)
            try:
                if is_plain_sqlite(lock.read_start(16)):
                    raise NotAVault(path=target, detail="plain SQLite header after keying")
                version = schema_version(db)
                if 0 < version <= REP_VERSION_BASE:
                    raise NotARepVault(path=target, detail=f"schema {version}")
                if version > REP_SCHEMA_VERSION:
                    raise VaultTooNew(detail=f"rep schema {version}, this app knows up to "
                                             f"{REP_SCHEMA_VERSION}")
                migrate(db, steps=REP_STEPS)
            except BaseException:
                db.close()
                raise
        except BaseException:
            lock.release()
            raise
        return cls(db, lock, kdf)

    @property
    def is_open(self) -> bool:
        return self._db.is_open

    def close(self) -> None:
        try:
            self._db.close()
        finally:
            if self._lock is not None:
                self._lock.release()
                self._lock = None

    def close_keeping_lock(self) -> None:
        """Close the connection but leave the file's lock to the caller who passed it to
        :meth:`open` (a restore checks a copy, then renames it into place still locked)."""
        self._lock = None
        self._db.close()

    def __enter__(self) -> RepVault:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    # -- passphrase and backups (the worker vault's own code, ``store.unlock``) -------------

    def change_passphrase(self, new_passphrase: str, *, kdf: KdfParams | None = None) -> None:
        """Re-key with a new salt and key from ``new_passphrase``: a re-keyed copy is written
        beside the file, checked and renamed over it (a crash leaves the old file or the new
        one). If the swap fails after the copy, the vault is locked; unlocking opens it."""
        params = kdf or PRODUCTION_KDF
        spec = fresh_key_spec(new_passphrase, params)
        try:
            with self._db.held():
                try:
                    self._lock = replace_with_keyed_copy(self._db, self._lock, spec,
                                                         check=_COPY_CHECK)
                except BaseException:
                    if not self._db.is_open:
                        self.close()
                    raise
            self._kdf = params
        finally:
            wipe(spec)

    def damage(self) -> list[str]:
        """What is wrong with the file, page by page (SQLCipher's HMAC check) and in its
        structure (SQLite's own check); empty when it is sound."""
        problems = [str(r[0]) for r in self._db.query("PRAGMA cipher_integrity_check")]
        problems += [str(r[0]) for r in self._db.query("PRAGMA integrity_check")
                     if str(r[0]) != "ok"]
        return problems

    def passphrase_matches(self, passphrase: str) -> bool:
        """Whether ``passphrase`` opens this vault (asked before a backup is keyed with it)."""
        if self._lock is None or not self.is_open:
            raise VaultLocked(path=self.path)
        return passphrase_opens(self.path, self._lock.read_start(16), passphrase, self._kdf)

    def backup_to(self, target: str | os.PathLike[str], passphrase: str, *,
                  progress: Callable[[int, int], None] | None = None) -> Path:
        """A complete encrypted copy at ``target`` (an older backup there is replaced whole),
        keyed from ``passphrase`` with a fresh salt. Returns the path written."""
        path = write_backup(self._db, Path(target).expanduser(), passphrase, self._kdf,
                            progress, check=_COPY_CHECK)
        with self._db.transaction():
            self._db.execute("INSERT OR REPLACE INTO rep_meta (key, value) "
                             "VALUES ('last_backup_at', ?)", (stamp_text(utc_now()),))
        return path

    def last_backup_at(self) -> str | None:
        row = self._db.query_one("SELECT value FROM rep_meta WHERE key = 'last_backup_at'")
        return None if row is None else str(row[0])

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        with self._db.transaction():
            yield

    # -- reports -----------------------------------------------------------------------------

    def report_with_fingerprint(self, fingerprint: str) -> ReportSummary | None:
        row = self._db.query_one(_SUMMARY_SQL + " WHERE r.fingerprint = ?", (fingerprint,))
        return None if row is None else self._summary(row)

    def reports(self) -> list[ReportSummary]:
        """Every report, verified ones first, in the order they came."""
        rows = self._db.query(_SUMMARY_SQL + " ORDER BY r.ok DESC, r.id")
        names: dict[int, list[str]] = {}
        for report_id, name in self._db.query(
                "SELECT report_id, name FROM place ORDER BY report_id, name"):
            names.setdefault(int(report_id), []).append(str(name))
        return [self._summary(row, names.get(int(row[0]), [])) for row in rows]

    def report_files(self, report_id: int) -> tuple[bytes, bytes | None]:
        """The report's JSON file exactly as received, and its PDF."""
        row = self._db.query_one("SELECT sidecar, pdf FROM report WHERE id = ?", (report_id,))
        if row is None:
            raise KeyError(report_id)
        return zlib.decompress(bytes(row[0])), None if row[1] is None else bytes(row[1])

    @staticmethod
    def _summary(row: Sequence[Any], places: Iterable[str] = ()) -> ReportSummary:
        (ident, fingerprint, file_name, imported_at, ok, verdict, about, seals, profile,
         period_from, period_to, worker, has_pdf) = row
        stored = json.loads(verdict)
        return ReportSummary(
            id=int(ident), fingerprint=str(fingerprint), file_name=str(file_name),
            imported_at=str(imported_at), ok=bool(ok),
            checks=tuple(StoredCheck(str(n), bool(o), str(d)) for n, o, d in stored["checks"]),
            about=tuple(json.loads(about)), notes=tuple(stored.get("notes", ())),
            seals=tuple(json.loads(seals)), profile=profile, period_from=period_from,
            period_to=period_to, worker=None if worker is None else int(worker),
            has_pdf=bool(has_pdf), workplaces=tuple(dict.fromkeys(places)))

    def remove_report(self, fingerprint: str) -> ReportSummary:
        """Delete a report, its files and its figures for good (``secure_delete`` overwrites
        the freed pages, and the write-ahead log is folded in and emptied, so no copy of the
        bytes stays in the file). Raises ``KeyError`` if no report has that fingerprint
        (or a unique start of it, at least 8 characters)."""
        found = self.find_report(fingerprint)
        if found is None:
            raise KeyError(fingerprint)
        with self._db.transaction():
            self._db.execute("DELETE FROM place WHERE report_id = ?", (found.id,))
            self._db.execute("DELETE FROM report WHERE id = ?", (found.id,))
        self._db.checkpoint()
        return found

    def find_report(self, fingerprint: str) -> ReportSummary | None:
        """The report whose fingerprint is ``fingerprint`` or starts with it (8 characters at
        least, and only one report may match)."""
        wanted = fingerprint.strip().lower()
        if len(wanted) < 8:
            return None
        rows = self._db.query(_SUMMARY_SQL + " WHERE substr(r.fingerprint, 1, ?) = ? LIMIT 2",
                              (len(wanted), wanted))
        return self._summary(rows[0]) if len(rows) == 1 else None

    def add_report(self, new: NewReport) -> tuple[int, int | None]:
        """Store a report (one transaction); (its id, its worker number or None)."""
        with self._db.transaction():
            worker = self._worker_for(new) if new.ok else None
            report_id = self._db.insert(
                "INSERT INTO report (fingerprint, file_name, imported_at, ok, verdict, about, "
                "seals, profile, period_from, period_to, first_seq, head_seq, chain, worker, "
                "sidecar, pdf) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (new.fingerprint, new.file_name, stamp_text(utc_now()), int(new.ok),
                 json.dumps({"checks": [list(c) for c in new.checks],
                             "notes": list(new.notes)}, ensure_ascii=False),
                 json.dumps(list(new.about), ensure_ascii=False),
                 json.dumps(list(new.seals), ensure_ascii=False), new.profile,
                 new.period_from, new.period_to, new.first_seq, new.head_seq,
                 new.chain if new.ok else None, worker, new.sidecar, new.pdf))
            if new.ok and new.figures is not None:
                self._add_figures(report_id, new.figures)
        return report_id, worker

    def _worker_for(self, new: NewReport) -> int:
        """The worker a verified report comes from: the same as any stored report whose journal
        shares a row with it (the same hash at the same sequence number), else a new one. A
        report that links two workers so far counted apart makes them one.

        A journal only grows, so two reports of one vault agree on every row both cover; the
        first row both cover is compared."""
        found: set[int] = set()
        first, chain = new.first_seq, new.chain
        if first is not None and chain:
            head = first + len(chain) // HASH_BYTES - 1
            for worker, seq, digest in self._db.query(
                    "SELECT worker, max(first_seq, ?) AS s, "
                    "substr(chain, (max(first_seq, ?) - first_seq) * 16 + 1, 16) "
                    "FROM report WHERE ok = 1 AND first_seq <= ? AND head_seq >= ?",
                    (first, first, head, first)):
                at = (int(seq) - first) * HASH_BYTES
                if bytes(digest) == chain[at:at + HASH_BYTES]:
                    found.add(int(worker))
        if not found:
            return int(self._db.scalar("SELECT coalesce(max(worker), 0) + 1 FROM report"))
        keep = min(found)
        others = sorted(found - {keep})
        if others:
            self._db.execute("UPDATE report SET worker = ? WHERE worker IN "
                             "(SELECT value FROM json_each(?))", (keep, json.dumps(others)))
        return keep

    def _add_figures(self, report_id: int, f: Figures) -> None:
        by_place: dict[str, dict[str, list[Any]]] = {
            ref: {"shifts": [], "money": [], "incidents": [], "controls": []}
            for ref, _, _ in f.places}
        for ref, place, day, seconds in f.shifts:
            by_place[place]["shifts"].append([ref, day, seconds])
        for ref, place, shift, day, kind, category, amount, currency in f.money:
            by_place[place]["money"].append([ref, shift, day, kind, category, amount, currency])
        for ref, place, day, category in f.incidents:
            by_place[place]["incidents"].append([ref, day, category])
        for ref, place, day, indicator in f.controls:
            by_place[place]["controls"].append([ref, day, indicator])
        self._db.execute_many(
            "INSERT INTO place (report_id, ref, place_key, name, currency, figures) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            ((report_id, ref, name_key(name), name, currency,
              json.dumps(by_place[ref], ensure_ascii=False, separators=(",", ":")))
             for ref, name, currency in f.places))

    # -- workplaces --------------------------------------------------------------------------

    def merges(self) -> dict[str, str]:
        return {str(k): str(v) for k, v in self._db.query("SELECT key, into_key FROM merge")}

    def resolve(self, key: str, merges: dict[str, str] | None = None) -> str:
        """The workplace a name key now belongs to, following merges."""
        merges = self.merges() if merges is None else merges
        seen = {key}
        while key in merges and merges[key] not in seen:
            key = merges[key]
            seen.add(key)
        return key

    def places(self) -> list[PlaceSummary]:
        """Every workplace in verified reports, merged names together, by name."""
        merges = self.merges()
        spellings: dict[str, dict[str, int]] = {}
        workers: dict[str, set[int]] = {}
        reports: dict[str, set[int]] = {}
        for key, name, worker, report_id in self._db.query(
                "SELECT p.place_key, p.name, r.worker, r.id FROM place p "
                "JOIN report r ON r.id = p.report_id WHERE r.ok = 1"):
            target = self.resolve(str(key), merges)
            counts = spellings.setdefault(target, {})
            counts[str(name)] = counts.get(str(name), 0) + 1
            workers.setdefault(target, set()).add(int(worker))
            reports.setdefault(target, set()).add(int(report_id))
        out = []
        for key, counts in spellings.items():
            ordered = sorted(counts, key=lambda n: (-counts[n], n.casefold(), n))
            out.append(PlaceSummary(key, ordered[0], tuple(ordered), len(workers[key]),
                                    len(reports[key])))
        return sorted(out, key=lambda p: (p.name.casefold(), p.key))

    def find_place(self, name: str) -> PlaceSummary | None:
        wanted = self.resolve(name_key(name))
        return next((p for p in self.places() if p.key == wanted), None)

    def merge(self, key: str, into: str) -> None:
        """Count the workplace ``key`` as ``into`` from now on (both are name keys)."""
        source, target = self.resolve(key), self.resolve(into)
        if source == target:
            return
        with self._db.transaction():
            self._db.execute("INSERT OR REPLACE INTO merge (key, into_key) VALUES (?, ?)",
                             (source, target))

    def unmerge(self, key: str) -> None:
        """Undo merges into ``key``: every name merged into it counts on its own again."""
        with self._db.transaction():
            self._db.execute("DELETE FROM merge WHERE into_key = ?", (key,))

    def practice_rows(self, key: str) -> PracticeRows:
        merges = self.merges()
        target = self.resolve(key, merges)
        keys = sorted({k for k in {key, target, *merges} if self.resolve(k, merges) == target})
        rows = PracticeRows([], [], [], [], [], [])
        rows.reports.extend((int(i), str(f), int(w), a, b) for i, f, w, a, b in self._db.query(
            "SELECT DISTINCT r.id, r.fingerprint, r.worker, r.period_from, r.period_to "
            "FROM place x JOIN report r ON r.id = x.report_id WHERE r.ok = 1 AND "
            "x.place_key IN (SELECT value FROM json_each(?)) ORDER BY r.id",
            (json.dumps(keys),)))
        for worker, head, ref, name, currency, figures in self._db.query(
                "SELECT r.worker, r.head_seq, x.ref, x.name, x.currency, x.figures "
                "FROM place x JOIN report r ON r.id = x.report_id WHERE r.ok = 1 AND "
                "x.place_key IN (SELECT value FROM json_each(?))", (json.dumps(keys),)):
            w, h = int(worker), int(head)
            rows.places.append((w, h, str(ref), str(name), str(currency)))
            f = json.loads(figures)
            rows.shifts.extend((w, h, *item) for item in f["shifts"])
            rows.money.extend((w, h, *item) for item in f["money"])
            rows.incidents.extend((w, h, *item) for item in f["incidents"])
            rows.controls.extend((w, h, *item) for item in f["controls"])
        return rows

    def counts(self) -> tuple[int, int, int]:
        """(verified reports, failed reports, workers)."""
        row = self._db.query_one(
            "SELECT coalesce(sum(ok), 0), coalesce(sum(1 - ok), 0), count(DISTINCT worker) "
            "FROM report")
        assert row is not None
        return int(row[0]), int(row[1]), int(row[2])


# Must read the same in a copy as in the vault (``store.unlock.write_keyed_copy``).
_COPY_CHECK = ("SELECT (SELECT count(*) FROM report), (SELECT count(*) FROM place), "
               "(SELECT user_version FROM pragma_user_version)")

_SUMMARY_SQL = (
    "SELECT r.id, r.fingerprint, r.file_name, r.imported_at, r.ok, r.verdict, r.about, r.seals, "
    "r.profile, r.period_from, r.period_to, r.worker, r.pdf IS NOT NULL FROM report r"
)

__all__ = ["Figures", "NewReport", "NotARepVault", "PlaceSummary", "PracticeRows", "RepVault",
           "ReportSummary", "StoredCheck", "default_rep_vault_path"]

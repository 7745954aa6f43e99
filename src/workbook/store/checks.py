"""Checking a vault file all the way through, without changing it (``workbook check``, and every
backup before it is restored).

:func:`check_file` unlocks the file on a connection of its own and runs, in order: SQLCipher's
``cipher_integrity_check`` (every page's HMAC: is any page damaged or changed?), SQLite's
``integrity_check`` (is the database structure sound?), ``foreign_key_check`` (does every record
point at records that exist?), the schema version (can this app open it?) and the change journal
(does the hash chain verify, seals included?). Each gives a :class:`CheckResult` in plain words;
a check that cannot run because an earlier one failed says so. Nothing is written to the file and
nothing is repaired: opening it only reads (SQLite folds a leftover write-ahead log in on close,
as any open does).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from workbook.domain.errors import ValidationError
from workbook.store import files
from workbook.store.connection import Database, connect_keyed
from workbook.store.errors import (
    DamagedVault,
    NotAVault,
    VaultError,
    VaultTooNew,
    VaultTooOld,
    WrongPassphrase,
)
from workbook.store.header import is_plain_sqlite, read_salt
from workbook.store.journal import Journal
from workbook.store.kdf import derive_key, raw_key_spec, wipe
from workbook.store.migrations import (
    MIN_SCHEMA_VERSION,
    SCHEMA_VERSION,
    check_openable,
    schema_version,
)
from workbook.store.unlock import check_passphrase

Progress = Callable[[int, int], None]

_MAX_LISTED = 5


class CheckStatus(StrEnum):
    OK = "ok"
    PROBLEM = "problem"
    SKIPPED = "skipped"  # not run, because an earlier check failed


@dataclass(frozen=True, slots=True)
class CheckResult:
    """One check: what was checked (``title``), how it went, and what was found (``message``,
    plain words). ``error`` is the typed error a failure means, for callers that raise it."""

    key: str
    title: str
    status: CheckStatus
    message: str
    error: VaultError | None = field(default=None, compare=False, repr=False)

    @property
    def ok(self) -> bool:
        return self.status is CheckStatus.OK


@dataclass(frozen=True, slots=True)
class CheckReport:
    """Every check of one file, in the order they ran."""

    path: Path
    checks: tuple[CheckResult, ...]
    schema_version: int | None = None
    journal_entries: int | None = None

    @property
    def ok(self) -> bool:
        return all(c.ok for c in self.checks)

    @property
    def problems(self) -> tuple[CheckResult, ...]:
        return tuple(c for c in self.checks if c.status is CheckStatus.PROBLEM)

    @property
    def first_error(self) -> VaultError | None:
        """The typed error of the first failed check (a :class:`DamagedVault` if it had none)."""
        for check in self.problems:
            return check.error or DamagedVault(path=self.path, detail=check.message)
        return None


# The checks, in order: (key, title).
UNLOCK = ("unlock", "Opens with this passphrase")
PAGES = ("pages", "Every page is intact (encryption check)")
STRUCTURE = ("structure", "Database structure (integrity check)")
LINKS = ("links", "Links between records (foreign keys)")
SCHEMA = ("schema", "Format version")
JOURNAL = ("journal", "Change journal (hash chain and seals)")
ALL_CHECKS = (UNLOCK, PAGES, STRUCTURE, LINKS, SCHEMA, JOURNAL)


def _result(which: tuple[str, str], status: CheckStatus, message: str,
            error: VaultError | None = None) -> CheckResult:
    return CheckResult(which[0], which[1], status, message, error)


def _listed(items: list[str]) -> str:
    shown = "; ".join(items[:_MAX_LISTED])
    more = f" (and {len(items) - _MAX_LISTED} more)" if len(items) > _MAX_LISTED else ""
    return shown + more


def _unlock_problem(error: VaultError) -> str:
    if isinstance(error, WrongPassphrase):
        return ("this passphrase does not open it. Check it and try again; if you are sure it "
                "is right, the start of the file is damaged")
    if isinstance(error, NotAVault):
        return "this file is not a Workbook vault"
    if isinstance(error, DamagedVault):
        return "the file is damaged and cannot be read"
    return str(error)


def check_file(path: Path, passphrase: str, *, lock: files.FileLock | None = None,
               progress: Progress | None = None) -> CheckReport:
    """Check the vault at ``path`` with ``passphrase``. Problems with the file itself (damage,
    wrong passphrase, not a vault, too new) are results in the report; a file that cannot be
    checked at all (missing, in use, unwritable folder) raises its typed error. ``lock``: the
    caller already holds the file's lock (it stays held)."""
    check_passphrase(passphrase)
    own_lock = lock is None
    held = files.FileLock.acquire(path) if lock is None else lock
    try:
        return _check_locked(path, passphrase, held, progress or (lambda _d, _t: None))
    finally:
        if own_lock:
            held.release()


def _check_locked(path: Path, passphrase: str, lock: files.FileLock, progress: Progress
                  ) -> CheckReport:
    total = len(ALL_CHECKS)
    progress(0, total)
    try:
        salt, kdf = read_salt(lock.read_start(16), lock.size(), path)
    except VaultError as exc:
        return _unopened(path, exc)
    files.check_writable(path)  # SQLite needs the -wal and -shm beside it even to read
    key = derive_key(passphrase, salt, kdf)
    spec = raw_key_spec(key, salt)
    wipe(key)
    try:
        db = Database(connect_keyed(path, spec), path)
    except VaultError as exc:
        return _unopened(path, exc)
    finally:
        wipe(spec)
    try:
        if is_plain_sqlite(lock.read_start(16)):
            return _unopened(path, NotAVault(path=path, detail="plain SQLite header"))
        return _run_checks(path, db, progress)
    finally:
        with contextlib.suppress(VaultError):
            db.close()


def _unopened(path: Path, error: VaultError) -> CheckReport:
    checks = [_result(UNLOCK, CheckStatus.PROBLEM, _unlock_problem(error), error)]
    checks += [_result(which, CheckStatus.SKIPPED, "not run: the vault could not be unlocked")
               for which in ALL_CHECKS[1:]]
    return CheckReport(path, tuple(checks))


def _run_checks(path: Path, db: Database, progress: Progress) -> CheckReport:
    total = len(ALL_CHECKS)
    checks = [_result(UNLOCK, CheckStatus.OK, "unlocked")]
    progress(1, total)
    checks.append(_pages(path, db))
    progress(2, total)
    checks.append(_structure(path, db))
    progress(3, total)
    checks.append(_links(path, db))
    progress(4, total)
    version: int | None = None
    try:
        version = schema_version(db)
        check_openable(version)
    except VaultError as exc:
        checks.append(_result(SCHEMA, CheckStatus.PROBLEM, _schema_problem(version, exc), exc))
    else:
        note = ("" if version == SCHEMA_VERSION else
                f"; it will be upgraded to version {SCHEMA_VERSION} when it is opened")
        checks.append(_result(SCHEMA, CheckStatus.OK,
                              f"version {version}, which this app reads{note}"))
    progress(5, total)
    entries: int | None = None
    if checks[-1].ok:
        checks.append(_journal(path, db))
        if checks[-1].ok:
            entries = _journal_entries(db)
    else:
        checks.append(_result(JOURNAL, CheckStatus.SKIPPED,
                              "not run: this app does not know this format version"))
    progress(total, total)
    return CheckReport(path, tuple(checks), version, entries)


def _damage(path: Path, which: tuple[str, str], message: str, detail: str) -> CheckResult:
    return _result(which, CheckStatus.PROBLEM, message,
                   DamagedVault(path=path, detail=f"{which[0]}: {detail}"))


def _unreadable(path: Path, which: tuple[str, str], exc: Exception) -> CheckResult:
    if isinstance(exc, VaultError) and not isinstance(exc, DamagedVault):
        return _result(which, CheckStatus.PROBLEM, str(exc), exc)
    detail = exc.detail if isinstance(exc, VaultError) else str(exc)
    return _damage(path, which, "a part of the file cannot be read: it is damaged", detail)


def _pages(path: Path, db: Database) -> CheckResult:
    try:
        rows = [str(r[0]) for r in db.query("PRAGMA cipher_integrity_check")]
    except (VaultError, ValidationError) as exc:
        return _unreadable(path, PAGES, exc)
    if not rows:
        pages = int(db.scalar("PRAGMA page_count") or 0)
        return _result(PAGES, CheckStatus.OK, f"all {pages:,} pages are intact")
    return _damage(path, PAGES, f"{len(rows):,} damaged or changed: {_listed(rows)}",
                   _listed(rows))


def _structure(path: Path, db: Database) -> CheckResult:
    try:
        rows = [str(r[0]) for r in db.query("PRAGMA integrity_check")]
    except (VaultError, ValidationError) as exc:
        return _unreadable(path, STRUCTURE, exc)
    if rows == ["ok"]:
        return _result(STRUCTURE, CheckStatus.OK, "sound")
    return _damage(path, STRUCTURE, f"{len(rows):,} problems: {_listed(rows)}", _listed(rows))


def _links(path: Path, db: Database) -> CheckResult:
    try:
        rows = db.query("PRAGMA foreign_key_check")
    except (VaultError, ValidationError) as exc:
        return _unreadable(path, LINKS, exc)
    if not rows:
        return _result(LINKS, CheckStatus.OK, "every record points at records that exist")
    tables = sorted({str(r[0]) for r in rows})
    return _damage(path, LINKS, f"{len(rows):,} records point at records that do not exist "
                   f"(in {', '.join(tables)})", f"{len(rows)} rows in {tables}")


def _schema_problem(version: int | None, exc: VaultError) -> str:
    if isinstance(exc, VaultTooNew):
        return (f"version {version}: made by a newer Workbook (this one reads up to "
                f"{SCHEMA_VERSION}); update Workbook")
    if isinstance(exc, VaultTooOld):
        return (f"version {version}: too old for this Workbook to upgrade (it upgrades from "
                f"{MIN_SCHEMA_VERSION})")
    if version == 0:
        return "the vault was never finished being set up"
    return str(exc)


def _journal(path: Path, db: Database) -> CheckResult:
    try:
        chain = Journal(db).verify()
    except (VaultError, ValidationError) as exc:
        return _unreadable(path, JOURNAL, exc)
    if chain.ok:
        return _result(JOURNAL, CheckStatus.OK,
                       f"{chain.rows:,} entries, the chain is unbroken")
    return _damage(path, JOURNAL, f"broken after {chain.rows:,} good entries: {chain.reason}",
                   chain.reason)


def _journal_entries(db: Database) -> int:
    return int(db.scalar("SELECT count(*) FROM journal") or 0)


__all__ = ["ALL_CHECKS", "CheckReport", "CheckResult", "CheckStatus", "check_file"]

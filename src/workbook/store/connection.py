"""The one SQLCipher connection of an open vault: how it is keyed, and how SQL runs on it.

Opening follows DESIGN "Security" to the letter: memory security and silent logging before the
key, the key through ``set_key`` in SQLCipher's raw form (never a formatted ``PRAGMA key``, so
no SQL text ever holds key material), a first read to prove the key (``PRAGMA key`` accepts any
key), and only then the pragmas that touch the file. ``temp_store=MEMORY`` keeps sorts and
temporary tables out of /var/tmp, where they would be plaintext.

:class:`Database` is the only object that runs SQL. It turns every SQLCipher error into a typed
:class:`~workbook.store.errors.VaultError` (or a domain ``ValidationError`` for a constraint),
serialises use from several threads, and offers a re-entrant :meth:`Database.transaction`.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import sqlcipher3

from workbook.domain.errors import Problem, ValidationError
from workbook.store.errors import (
    ChangeNotSaved,
    DamagedVault,
    DiskError,
    DiskFull,
    ReadOnlyLocation,
    VaultError,
    VaultInUse,
    VaultLocked,
    WrongPassphrase,
)

# Ten years of a heavy user's index pages fit; SQLCipher decrypts each page once per cache load.
CACHE_KIB = 32 * 1024

Row = tuple[Any, ...]
Params = Sequence[Any]

# Primary SQLite result codes (the low byte of an extended code).
_BUSY, _LOCKED, _READONLY, _INTERRUPT, _IOERR, _CORRUPT, _FULL = 5, 6, 8, 9, 10, 11, 13
_CANTOPEN, _CONSTRAINT, _NOTADB = 14, 19, 26


# SQLite's own words for its result codes (sqlite3_errstr), for the exceptions that come without
# a code: the online-backup API's, for one (a full disk there must not read as a damaged vault).
_CODE_BY_MESSAGE = {
    "database is locked": _BUSY,
    "database table is locked": _LOCKED,
    "attempt to write a readonly database": _READONLY,
    "interrupted": _INTERRUPT,
    "disk i/o error": _IOERR,
    "database disk image is malformed": _CORRUPT,
    "database or disk is full": _FULL,
    "unable to open database file": _CANTOPEN,
    "file is not a database": _NOTADB,
}


def sqlite_error(exc: sqlcipher3.Error, path: Path | None, *, proving_key: bool = False
                 ) -> VaultError | ValidationError:
    """The typed error an SQLCipher exception means. ``proving_key``: this was the first read
    after keying, where "file is not a database" means the key (so the passphrase) is wrong."""
    code = getattr(exc, "sqlite_errorcode", None)
    if not isinstance(code, int):
        code = _CODE_BY_MESSAGE.get(str(exc).strip().lower())
    primary = code & 0xFF if isinstance(code, int) else None
    detail = f"{getattr(exc, 'sqlite_errorname', type(exc).__name__)}: {exc}"
    if primary == _NOTADB:
        if proving_key:
            return WrongPassphrase(path=path, detail=detail)
        return DamagedVault(path=path, detail=detail)
    if primary == _CORRUPT:
        return DamagedVault(path=path, detail=detail)
    if primary == _INTERRUPT:
        return VaultLocked(path=path, detail=detail)
    if primary == _FULL:
        return DiskFull(path=path, detail=detail)
    if primary in (_BUSY, _LOCKED):
        return VaultInUse(path=path, detail=detail)
    if primary in (_READONLY, _CANTOPEN):
        return ReadOnlyLocation(path=path, detail=detail)
    if primary == _IOERR:
        return DiskError(path=path, detail=detail)
    if primary == _CONSTRAINT or isinstance(exc, sqlcipher3.IntegrityError):
        return ValidationError(Problem("", "This change conflicts with other records, so it "
                                           "was not saved."))
    if isinstance(exc, sqlcipher3.OperationalError | sqlcipher3.DatabaseError):
        return DamagedVault(path=path, detail=detail)
    return VaultError(path=path, detail=detail)


def _contains(needle: bytes | str | None, *haystacks: object) -> int:
    """SQL ``wb_contains(needle, a, b, …)``: Unicode case-insensitive search (SQLite's own
    ``LIKE`` folds only ASCII, which fails Cyrillic, Greek, Turkish…). ``needle`` is casefolded
    by the caller once. Callers pass text as ``CAST(x AS BLOB)`` (see ``contains_sql``):
    sqlcipher3 hands text to Python cut at the first NUL character, a blob whole."""
    if isinstance(needle, bytes):
        needle = needle.decode("utf-8", "replace")
    if not needle:
        return 1
    for value in haystacks:
        if isinstance(value, bytes):
            value = value.decode("utf-8", "replace")
        if isinstance(value, str) and needle in value.casefold():
            return 1
    return 0


def contains_sql(*columns: str) -> str:
    """The WHERE fragment that searches ``columns`` for one ``?`` needle with ``wb_contains``."""
    blobs = ", ".join(f"CAST({column} AS BLOB)" for column in columns)
    return f"wb_contains(CAST(? AS BLOB), {blobs})"


def connect_keyed(path: Path, key_spec: bytearray) -> sqlcipher3.Connection:
    """Open ``path`` with the raw key, prove the key, then set the file pragmas.

    Raises :class:`WrongPassphrase` when the key does not decrypt the first page, and the
    matching typed error for anything else. The connection is closed on failure.
    """
    try:
        # No statement cache: cached statements use up SQLite's small per-connection memory
        # pool, after which every small allocation goes through SQLCipher's memory security
        # (an mlock, then a wipe and an munlock): sorting 25,000 shifts by what they kept made
        # 52,000 of each and took 560 ms in the app instead of 140.
        conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False,
                                  cached_statements=0)
    except sqlcipher3.Error as exc:
        raise sqlite_error(exc, path) from exc
    try:
        conn.execute("PRAGMA cipher_memory_security = ON")
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.set_key(key_spec)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.Error as exc:
            raise sqlite_error(exc, path, proving_key=True) from exc
        conn.execute("PRAGMA temp_store = MEMORY")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()
        if mode is None or str(mode[0]).lower() != "wal":
            raise ReadOnlyLocation(path=path, detail=f"journal_mode stayed {mode}")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        # Deleted records and erased journal values are overwritten, not left in free pages.
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute(f"PRAGMA cache_size = -{int(CACHE_KIB)}")
        conn.create_function("wb_contains", -1, _contains, deterministic=True)
    except sqlcipher3.Error as exc:
        conn.close()
        raise sqlite_error(exc, path) from exc
    except BaseException:
        conn.close()
        raise
    return conn


class Database:
    """Runs SQL on a vault's connection. Every statement uses ``?`` placeholders."""

    def __init__(self, conn: sqlcipher3.Connection, path: Path) -> None:
        self._conn: sqlcipher3.Connection | None = conn
        self.path = path
        self._lock = threading.RLock()
        self._depth = 0
        self._broken = False
        self._closing = False

    # -- lifecycle ---------------------------------------------------------------------------

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    def _live(self) -> sqlcipher3.Connection:
        if self._conn is None or self._closing:
            raise VaultLocked(path=self.path)
        return self._conn

    def close(self) -> None:
        """Close the connection (SQLite checkpoints and removes the -wal and -shm files).

        Locking must not wait for a long report or check in another thread: the statement
        running there is interrupted, and that thread's next statement finds the vault locked.
        A write interrupted this way is rolled back whole.
        """
        if not self._lock.acquire(blocking=False):
            self._closing = True
            running = self._conn
            if running is not None:
                running.interrupt()
            self._lock.acquire()
        try:
            self._closing = False
            conn, self._conn = self._conn, None
            if conn is None:
                return
            if self._depth:
                with contextlib.suppress(sqlcipher3.Error):
                    conn.execute("ROLLBACK")
                self._depth = 0
            # An interrupt stays pending until the next statement starts; without one, it
            # would also stop the checkpoint that folds the WAL into the file on close.
            with contextlib.suppress(sqlcipher3.Error):
                conn.execute("SELECT 1").fetchone()
            try:
                conn.close()
            except sqlcipher3.Error as exc:
                raise sqlite_error(exc, self.path) from exc
        finally:
            self._lock.release()

    @contextlib.contextmanager
    def held(self) -> Iterator[None]:
        """Keep every other thread out (for copying and replacing the whole file)."""
        with self._lock:
            if self._depth:
                raise RuntimeError("the whole vault cannot be copied inside a transaction")
            yield

    def reconnect(self, conn: sqlcipher3.Connection) -> None:
        """Carry on with ``conn`` after the file was replaced by a re-keyed copy."""
        with self._lock:
            if self._conn is not None:
                raise RuntimeError("the old connection must be closed first")
            self._conn = conn

    def backup_into(self, target: sqlcipher3.Connection,
                    progress: Callable[[int, int], None] | None = None, *,
                    target_path: Path | None = None) -> None:
        """Copy every page into ``target`` (keyed with its own key and salt), page by page so a
        copy of a big vault never needs it all in memory. ``progress(pages_done, pages)`` is
        called after each step. A failure to write (disk full, read-only, I/O error) is
        reported against ``target_path``; only a page that cannot be read damns the vault."""
        def report(_status: int, remaining: int, total: int) -> None:
            if progress is not None:
                progress(total - remaining, total)

        with self._lock:
            try:
                self._live().backup(target, pages=256, progress=report)
            except sqlcipher3.Error as exc:
                error = sqlite_error(exc, self.path)
                if target_path is not None and not isinstance(error, DamagedVault):
                    error = sqlite_error(exc, target_path)
                raise error from exc

    def checkpoint(self) -> bool:
        """Fold the write-ahead log into the vault file and empty it; False if another
        connection kept part of it in use."""
        with self._translated() as conn:
            if self._depth:
                raise RuntimeError("a checkpoint cannot run inside a transaction")
            row = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            return row is not None and int(row[0]) == 0

    # -- statements --------------------------------------------------------------------------

    @contextlib.contextmanager
    def _translated(self) -> Iterator[sqlcipher3.Connection]:
        with self._lock:
            conn = self._live()
            try:
                yield conn
            except sqlcipher3.Error as exc:
                raise sqlite_error(exc, self.path) from exc

    def execute(self, sql: str, params: Params = ()) -> int:
        """Run one statement; the number of rows it changed."""
        with self._translated() as conn:
            return int(conn.execute(sql, params).rowcount)

    def insert(self, sql: str, params: Params = ()) -> int:
        """Run one INSERT; the new row's id."""
        with self._translated() as conn:
            rowid = conn.execute(sql, params).lastrowid
            if rowid is None:
                raise DamagedVault(path=self.path, detail="INSERT gave no rowid")
            return int(rowid)

    def execute_many(self, sql: str, rows: Iterable[Params]) -> None:
        with self._translated() as conn:
            conn.executemany(sql, rows)

    def query(self, sql: str, params: Params = ()) -> list[Row]:
        with self._translated() as conn:
            return [tuple(r) for r in conn.execute(sql, params).fetchall()]

    def query_one(self, sql: str, params: Params = ()) -> Row | None:
        with self._translated() as conn:
            row = conn.execute(sql, params).fetchone()
            return None if row is None else tuple(row)

    def scalar(self, sql: str, params: Params = ()) -> Any:
        row = self.query_one(sql, params)
        return None if row is None else row[0]

    # -- transactions ------------------------------------------------------------------------

    @property
    def in_transaction(self) -> bool:
        return self._depth > 0

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """One SQLite transaction for everything inside, journal rows included.

        Re-entrant: a nested ``transaction()`` simply joins the outer one (no savepoint: with
        SQLCipher's memory security each savepoint costs a copy of every page it touches,
        which made a write five times slower). If a nested block fails after it has changed
        something, the outermost block rolls everything back when it ends, even if the failure
        was caught in between: a half-done change is never committed. Other threads wait
        until the outermost block ends.
        """
        with self._lock:
            conn = self._live()
            if self._depth == 0:
                self._run(conn, "BEGIN IMMEDIATE")
                self._depth, self._broken = 1, False
                try:
                    yield
                except BaseException:
                    self._depth = 0
                    with contextlib.suppress(sqlcipher3.Error):
                        conn.execute("ROLLBACK")
                    raise
                self._depth = 0
                if self._broken:
                    with contextlib.suppress(sqlcipher3.Error):
                        conn.execute("ROLLBACK")
                    raise ChangeNotSaved(path=self.path, detail="a nested block failed")
                try:
                    conn.execute("COMMIT")
                except sqlcipher3.Error as exc:
                    with contextlib.suppress(sqlcipher3.Error):
                        conn.execute("ROLLBACK")
                    raise sqlite_error(exc, self.path) from exc
            else:
                changes_before = conn.total_changes
                self._depth += 1
                try:
                    yield
                except BaseException:
                    if conn.total_changes != changes_before:
                        self._broken = True
                    raise
                finally:
                    self._depth -= 1

    def _run(self, conn: sqlcipher3.Connection, sql: str) -> None:
        try:
            conn.execute(sql)
        except sqlcipher3.Error as exc:
            raise sqlite_error(exc, self.path) from exc

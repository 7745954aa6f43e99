"""Creating, unlocking and re-keying vault files, step by step.

Each function holds the key only for as long as SQLCipher needs it and wipes it on the way out,
and leaves the vault file untouched when something fails: no "repair", no re-creation
(Signal-Desktop #5097 lost a user's data that way). New vaults and re-keyed copies are built in
a locked, private temporary file beside the target and appear under their name only when
complete (fsync, rename, folder fsync), so a crash leaves either the old file or the new one.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3

from workbook.domain.errors import Problem, ValidationError
from workbook.domain.timeutil import utc_now
from workbook.store import files
from workbook.store.columns import stamp_text
from workbook.store.connection import Database, connect_keyed, sqlite_error
from workbook.store.errors import (
    ChangeNotSaved,
    DamagedVault,
    NotAVault,
    VaultError,
    VaultExists,
    VaultInUse,
    WrongPassphrase,
)
from workbook.store.header import is_plain_sqlite, read_salt
from workbook.store.kdf import KdfParams, derive_key, new_salt, raw_key_spec, wipe
from workbook.store.migrations import migrate
from workbook.store.repositories.meta import CREATED_AT

_INSERT_META = "INSERT INTO meta (key, value) VALUES (?, ?)"
_COPY_CHECK = (
    "SELECT (SELECT count(*) FROM journal), (SELECT user_version FROM pragma_user_version)"
)


@dataclass(slots=True)
class Unlocked:
    """An open connection on a vault file, with the lock that keeps it ours."""

    db: Database
    lock: files.FileLock
    kdf: KdfParams


def check_passphrase(passphrase: str) -> None:
    if not isinstance(passphrase, str) or not passphrase:
        raise ValidationError(Problem("passphrase", "is needed"))


def fresh_key_spec(passphrase: str, kdf: KdfParams) -> bytearray:
    """SQLCipher's raw key for ``passphrase`` with a new salt naming ``kdf``. Wipe it after use."""
    check_passphrase(passphrase)
    salt = new_salt(kdf)
    key = derive_key(passphrase, salt, kdf)
    try:
        return raw_key_spec(key, salt)
    finally:
        wipe(key)


def create_file(path: Path, passphrase: str, kdf: KdfParams) -> Unlocked:
    """A new, empty vault at ``path`` (which must not exist yet), open and locked."""
    check_passphrase(passphrase)
    if path.exists() or any(p.exists() for p in files.sqlite_companions(path)):
        raise VaultExists(path=path)
    files.ensure_folder(path.parent)
    files.remove_stale_temps(path)
    spec = fresh_key_spec(passphrase, kdf)
    try:
        temp = files.new_private_temp(path, "new")
        try:
            db = Database(connect_keyed(temp.path, spec), temp.path)
            try:
                migrate(db, creating=True)
                with db.transaction():
                    db.execute(_INSERT_META, (CREATED_AT, stamp_text(utc_now())))
            finally:
                db.close()
            temp.fsync()
            files.publish_new(temp.path, path)
        except BaseException:
            files.discard_temp(temp)
            raise
        temp.renamed(path)
        try:
            db = Database(connect_keyed(path, spec), path)
        except BaseException:
            temp.release()  # the new vault is complete; it stays for the next open
            raise
    finally:
        wipe(spec)
    return Unlocked(db, temp, kdf)


def open_file(path: Path, passphrase: str, *, lock: files.FileLock | None = None) -> Unlocked:
    """Unlock the vault at ``path``: cheap checks of the file first, then the key derivation,
    then SQLCipher, then the schema version (upgrading it after a copy, if it is older).
    ``lock``: the caller already holds the file's lock (it is released if opening fails)."""
    if lock is None:
        lock = files.FileLock.acquire(path)
    try:
        salt, kdf = read_salt(lock.read_start(16), lock.size(), path)
        files.check_writable(path)
        key = derive_key(passphrase, salt, kdf)
        spec = raw_key_spec(key, salt)
        wipe(key)
        try:
            db = Database(connect_keyed(path, spec), path)
            try:
                if is_plain_sqlite(lock.read_start(16)):
                    raise NotAVault(path=path, detail="plain SQLite header after keying")
                migrate(db, before_upgrade=lambda version: _copy_before_upgrade(
                    db, path, version, spec))
            except BaseException:
                db.close()
                raise
        finally:
            wipe(spec)
    except BaseException:
        lock.release()
        raise
    files.remove_stale_temps(path)  # what a killed passphrase change or upgrade left
    return Unlocked(db, lock, kdf)


def passphrase_opens(path: Path, start: bytes, passphrase: str, kdf: KdfParams) -> bool:
    """Whether ``passphrase`` is the key of the vault at ``path`` (open elsewhere in this
    process; ``start`` is its first bytes): tried on a second, read-only connection."""
    check_passphrase(passphrase)
    salt = start[:16]
    key = derive_key(passphrase, salt, kdf)
    spec = raw_key_spec(key, salt)
    wipe(key)
    try:
        conn = sqlcipher3.connect(path.as_uri() + "?mode=ro", uri=True,
                                  isolation_level=None, check_same_thread=False)
    except sqlcipher3.Error as exc:
        wipe(spec)
        raise sqlite_error(exc, path) from exc
    try:
        conn.execute("PRAGMA cipher_memory_security = ON")
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.set_key(spec)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.Error as exc:
        error = sqlite_error(exc, path, proving_key=True)
        if isinstance(error, WrongPassphrase):
            return False
        raise error from exc
    finally:
        wipe(spec)
        conn.close()
    return True


def write_keyed_copy(db: Database, beside: Path, purpose: str, spec: bytearray,
                     progress: Callable[[int, int], None] | None = None, *,
                     check: str = _COPY_CHECK) -> files.FileLock:
    """A complete, checked, fsynced copy of the open vault, keyed with ``spec``, in a locked
    temporary file beside ``beside``. The caller renames it into place; on failure nothing is
    left behind. ``check`` is a query whose row must read the same in the copy and the
    original (another kind of vault file, such as a rep's, names its own tables)."""
    temp = files.new_private_temp(beside, purpose)
    try:
        target = connect_keyed(temp.path, spec)
        try:
            db.backup_into(target, progress, target_path=temp.path)
            copied = target.execute(check).fetchone()
        except sqlcipher3.Error as exc:
            raise sqlite_error(exc, temp.path) from exc
        finally:
            target.close()
        original = db.query_one(check)
        if copied is None or tuple(copied) != original:
            raise DamagedVault("The copy of the vault did not match it, so nothing was changed.",
                               detail=f"copy {copied} != vault {original}")
        temp.fsync()
    except BaseException:
        files.discard_temp(temp)
        raise
    return temp


def replace_with_keyed_copy(db: Database, lock: files.FileLock | None, spec: bytearray, *,
                            check: str = _COPY_CHECK) -> files.FileLock:
    """Re-key the open vault file ``db`` (guarded by ``lock``) with ``spec``: a re-keyed copy
    is written beside it, checked, fsynced and renamed over it, and ``db`` carries on with the
    new file. Returns the lock that now guards the file.

    SQLCipher can re-key in place, but in WAL mode a crash between the commit and the
    checkpoint would leave the old salt in front of pages under the new key: a file no
    passphrase opens. With a copy, a crash leaves the old file or the new one, never a mix.
    If the copy fails, nothing changed and the vault stays open; if a later step fails, the
    connection is closed and ``lock`` released (unlocking again opens whichever file is in
    place) and the error raised. Call it inside ``db.held()``."""
    temp = write_keyed_copy(db, db.path, "rekey", spec, check=check)
    try:
        db.close()  # folds the WAL into the old file and removes it
        if any(p.exists() for p in files.sqlite_companions(db.path)):
            # A WAL left beside the old file would be replayed into the new one.
            raise ChangeNotSaved("The passphrase was not changed: the vault could not be "
                                 "closed cleanly. Unlock it and try again.", path=db.path)
        files.replace(temp.path, db.path)
    except BaseException:
        files.remove_quietly(temp.path)
        temp.release()
        if lock is not None:
            lock.release()  # the old file is intact; unlocking again opens it
        raise
    temp.renamed(db.path)  # the lock taken on the copy now guards the vault
    if lock is not None:
        lock.release()
    try:
        db.reconnect(connect_keyed(db.path, spec))
    except BaseException:
        db.close()
        temp.release()  # the new file is in place; unlocking again opens it
        raise
    return temp


def write_backup(db: Database, target: Path, passphrase: str, kdf: KdfParams,
                 progress: Callable[[int, int], None] | None = None, *,
                 check: str = _COPY_CHECK) -> Path:
    """Write a complete encrypted copy of the open vault ``db`` to ``target`` (replacing an
    older backup there atomically), keyed from ``passphrase`` with a fresh salt naming
    ``kdf``. Returns the path written. ``progress(pages_done, pages)`` follows the copy."""
    destination = target.absolute()
    if destination == db.path or (destination.exists()
                                  and os.path.samefile(destination, db.path)):
        raise VaultError("A backup cannot be written over the vault itself.", path=destination)
    files.ensure_folder(destination.parent)
    files.remove_stale_temps(destination)  # what a killed earlier backup left
    existing = files.FileLock.acquire(destination) if destination.exists() else None
    if existing is not None and any(c.exists() for c in files.sqlite_companions(destination)):
        existing.release()
        raise VaultInUse("A vault is open or was not closed cleanly at that place, so the "
                         "backup was not written over it. Choose another file name.",
                         path=destination)
    spec = fresh_key_spec(passphrase, kdf)
    try:
        with db.held():
            temp = write_keyed_copy(db, destination, "backup", spec, progress, check=check)
        try:
            files.replace(temp.path, destination)
        except BaseException:
            files.remove_quietly(temp.path)
            raise
        finally:
            temp.release()
    finally:
        wipe(spec)
        if existing is not None:
            existing.release()
    return destination


def _copy_before_upgrade(db: Database, path: Path, version: int, spec: bytearray) -> None:
    """Keep the vault as it was before a schema upgrade, beside it, openable with the same
    passphrase (Vorta's habit: a failed upgrade must never cost the worker her records)."""
    target = path.with_name(f"{path.name}.schema-{version}.bak")
    number = 1
    while target.exists():
        number += 1
        target = path.with_name(f"{path.name}.schema-{version}-{number}.bak")
    temp = write_keyed_copy(db, path, "upgrade", spec)
    try:
        files.publish_new(temp.path, target)
    except BaseException:
        files.discard_temp(temp)
        raise
    temp.release()



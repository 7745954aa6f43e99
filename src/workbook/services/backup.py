"""Backing up, restoring and checking a vault: ``workbook backup`` / ``restore`` / ``check`` and
the same in Settings.

- :func:`make_backup` writes a complete encrypted copy of the open vault to one file (a USB
  stick, another folder), under the vault's passphrase or a different one, atomically: a private
  temporary file beside the target, fsynced, renamed over it, the folder fsynced. The time is
  remembered inside the vault so the app can remind (:func:`backup_due`).
- :func:`restore_backup` copies a backup next to the vault, checks that copy all the way through
  (it opens with its passphrase, every page is intact, the structure is sound, the links hold,
  the format version is one this app reads, the journal chain verifies) *before* anything is
  replaced, then puts it in the vault's place. The vault that was there is kept beside it
  (``vault.workbook.before-restore-<UTC time>``) and never deleted: the result says where.
- :func:`check_vault` runs those checks on any vault file and reports each in plain words.

Nothing here touches Qt; long work reports ``progress(done, total)`` so the app can run it on a
worker thread with a progress dialog.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from workbook.domain.errors import Problem, ValidationError
from workbook.domain.timeutil import utc_now
from workbook.store import files
from workbook.store.checks import (
    UNLOCK,
    CheckReport,
    CheckResult,
    CheckStatus,
    check_file,
)
from workbook.store.columns import stamp
from workbook.store.errors import (
    DamagedVault,
    NotAVault,
    VaultError,
    VaultExists,
    VaultInUse,
    VaultMissing,
    VaultTooNew,
    VaultTooOld,
    WrongPassphrase,
)
from workbook.store.header import read_salt
from workbook.store.kdf import KdfParams
from workbook.store.repositories.meta import CREATED_AT, LAST_BACKUP_AT
from workbook.store.unlock import check_passphrase, open_file
from workbook.store.vault import Vault

Progress = Callable[[int, int], None]

#: Progress is reported in thousandths of the whole job.
PROGRESS_TOTAL = 1000
BACKUP_SUFFIX = ".workbook"
_CHUNK = 1024 * 1024


def _no_progress(_done: int, _total: int) -> None:
    return None


# --------------------------------------------------------------------------- backing up


@dataclass(frozen=True, slots=True)
class BackupResult:
    path: Path
    made_at: datetime
    size: int
    separate_passphrase: bool  # keyed with a passphrase other than the vault's

    def message(self) -> str:
        which = ("the passphrase you chose for it" if self.separate_passphrase
                 else "the vault's passphrase")
        return (f"Backed up to {self.path} ({_size_text(self.size)}). It opens with {which}; "
                "keep it somewhere other than this device.")


def _size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{max(1, size // 1024):,} KB"


def default_backup_name(now: datetime, kind: str = "backup") -> str:
    """``workbook-backup-2026-03-28-210533Z.workbook`` (``kind`` "rep-backup" for a rep's):
    sorts by time, safe on every file system (no colons)."""
    return f"workbook-{kind}-{_utc(now):%Y-%m-%d-%H%M%S}Z{BACKUP_SUFFIX}"


def _utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC)


def backup_target(target: str | os.PathLike[str], now: datetime, kind: str = "backup") -> Path:
    """The file a backup to ``target`` writes: in a folder, a new file named by the time;
    else the file itself, if it is free or an older Workbook backup (never anything else)."""
    path = Path(target).expanduser().absolute()
    if path.is_dir():
        # A chosen folder (a USB stick): a new file named by the time, never over an older one.
        name = default_backup_name(now, kind)
        named = path / name
        number = 1
        while named.exists():
            number += 1
            named = path / name.replace(BACKUP_SUFFIX, f"-{number}{BACKUP_SUFFIX}")
        return named
    if path.exists():
        _check_replaceable(path)
    return path


def _check_replaceable(path: Path) -> None:
    """An existing file at the target is replaced only if it is a Workbook backup (or vault
    file): never a report, a photo or anything else that happens to have that name."""
    try:
        with path.open("rb") as existing:
            start = existing.read(16)
            size = os.fstat(existing.fileno()).st_size
    except OSError as exc:
        raise files.os_error(exc, path) from exc
    try:
        read_salt(start, size, path)
    except NotAVault as exc:
        raise VaultExists(f"There is already a file called {path.name} there that is not a "
                          "Workbook backup. Workbook will not overwrite it; choose another "
                          "name.", path=path, detail=exc.detail) from exc
    except DamagedVault:
        pass  # a backup cut short: replacing it with a whole one is what the worker wants


def make_backup(vault: Vault, target: str | os.PathLike[str], passphrase: str,
                new_passphrase: str | None = None, progress: Progress | None = None, *,
                kdf: KdfParams | None = None, now: datetime | None = None,
                passphrase_checked: bool = False) -> BackupResult:
    """Write an encrypted copy of ``vault`` to ``target`` (a file, replaced atomically if it is
    an older backup; or a folder, where a new file named by the time is made).

    ``passphrase`` must be the vault's own (checked, which costs one key derivation: a typo
    here would make a backup that nothing opens; ``passphrase_checked=True`` skips that only
    for a caller that has just opened the vault with this very passphrase). The backup is
    keyed with ``new_passphrase`` if given, else with that one, always with a fresh salt and
    the vault's key-derivation parameters unless ``kdf`` is given. The vault itself is never
    overwritten. Raises the store's typed errors (:class:`WrongPassphrase`, :class:`DiskFull`,
    :class:`ReadOnlyLocation`, …); after a failure nothing is left at the target but what was
    there before.
    """
    report = progress or _no_progress
    report(0, PROGRESS_TOTAL)
    check_passphrase(passphrase)
    if new_passphrase is not None and not new_passphrase:
        raise ValidationError(Problem("new_passphrase", "is needed"))
    moment = now or utc_now()
    path = backup_target(target, moment)
    if not passphrase_checked and not vault.passphrase_matches(passphrase):
        raise WrongPassphrase("That is not this vault's passphrase, so no backup was made.",
                              path=vault.path)
    report(PROGRESS_TOTAL // 20, PROGRESS_TOTAL)

    def pages(done: int, total: int) -> None:
        share = done / total if total else 1.0
        report(PROGRESS_TOTAL // 20 + int(share * (PROGRESS_TOTAL * 18 // 20)), PROGRESS_TOTAL)

    written = vault.backup_to(path, new_passphrase or passphrase, kdf=kdf or vault.kdf,
                              progress=pages)
    made_at = last_backup_at(vault) or moment
    result = BackupResult(written, made_at, written.stat().st_size,
                          new_passphrase is not None and new_passphrase != passphrase)
    report(PROGRESS_TOTAL, PROGRESS_TOTAL)
    return result


def last_backup_at(vault: Vault) -> datetime | None:
    """When the last backup of this vault was made (kept inside the vault), if ever."""
    text = vault.get_meta(LAST_BACKUP_AT)
    if not text:
        return None
    try:
        return stamp(text)
    except ValueError:
        return None


def backup_due(vault: Vault, now: datetime | None = None) -> int | None:
    """``None`` when no reminder is due; otherwise the whole days since the last backup (or
    since the vault was made, if there never was one), which is at least the profile's
    ``backup_reminder_days`` and so always true. A reminder setting of 0 turns reminders off."""
    every = vault.get_profile().backup_reminder_days
    if every <= 0:
        return None
    since_text = vault.get_meta(LAST_BACKUP_AT) or vault.get_meta(CREATED_AT)
    if not since_text:
        return None
    try:
        since = stamp(since_text)
    except ValueError:
        return every  # unreadable: better one reminder too many
    days = max(0, ((now or utc_now()) - since) // timedelta(days=1))
    return days if days >= every else None


# --------------------------------------------------------------------------- checking


def check_vault(path: str | os.PathLike[str], passphrase: str,
                progress: Progress | None = None) -> CheckReport:
    """Run every check on the (closed) vault file at ``path`` without changing it: it opens
    with ``passphrase``, every page is intact (``cipher_integrity_check``), the structure is
    sound (``integrity_check``), every link holds (``foreign_key_check``), the format version
    is one this app reads, and the journal chain (and every seal shown) verifies.

    Problems with the file are results in the report (``report.ok`` is False); a file that
    cannot be checked at all raises: :class:`VaultMissing`, :class:`VaultInUse` (open in the
    app: lock it first), :class:`ReadOnlyLocation`."""
    report = progress or _no_progress
    return check_file(Path(path).expanduser().absolute(), passphrase,
                      progress=lambda done, total: report(done * PROGRESS_TOTAL // total,
                                                          PROGRESS_TOTAL))


# --------------------------------------------------------------------------- restoring


@dataclass(frozen=True, slots=True)
class RestoreResult:
    vault_path: Path
    source: Path
    previous: Path | None  # where the vault that was there before is kept (never deleted)
    kept: tuple[Path, ...]  # every file set aside (the previous vault and what SQLite left)
    report: CheckReport  # the checks the backup passed
    schema_version: int
    upgraded_from: int | None
    shifts: int
    money_lines: int
    incidents: int
    journal_entries: int

    def message(self) -> str:
        lines = [f"Restored {self.shifts:,} shifts, {self.money_lines:,} money lines and "
                 f"{self.incidents:,} incidents from {self.source.name} into "
                 f"{self.vault_path}. It opens with the backup's passphrase."]
        if self.previous is not None:
            lines.append(f"The vault you had before is kept, unchanged, at {self.previous}. "
                         "Delete it yourself once you are sure you do not need it.")
        if self.upgraded_from is not None:
            lines.append(f"The backup was in an older format (version {self.upgraded_from}) "
                         f"and was upgraded; a copy as it was is kept beside the vault.")
        return "\n".join(lines)


def _refusal(check: CheckResult, source: Path) -> VaultError:
    """The typed error for a backup that failed a check, in words about the backup."""
    error = check.error
    unchanged = "Nothing was restored and your vault was not changed."
    if check.key == UNLOCK[0] and isinstance(error, WrongPassphrase):
        return WrongPassphrase("That passphrase does not open this backup (if you are sure it "
                               f"is right, the backup is damaged). {unchanged}", path=source,
                               detail=error.detail)
    if isinstance(error, NotAVault):
        return NotAVault(f"{source.name} is not a Workbook backup. {unchanged}", path=source,
                         detail=error.detail)
    if isinstance(error, VaultTooNew):
        return VaultTooNew("This backup was made by a newer version of Workbook; update "
                           f"Workbook to restore it. {unchanged}", path=source,
                           detail=error.detail)
    if isinstance(error, VaultTooOld):
        return VaultTooOld("This backup was made by a much older version of Workbook that this "
                           f"version cannot upgrade. {unchanged}", path=source,
                           detail=error.detail)
    if error is not None and not isinstance(error, DamagedVault):
        return error
    what = _DAMAGE.get(check.key, check.message)
    return DamagedVault(f"The backup is damaged: {what}. {unchanged} Try an older backup.",
                        path=source, detail=f"{check.title}: {check.message}")


_DAMAGE = {
    "unlock": "it cannot be read",
    "pages": "some of its pages are damaged or were changed",
    "structure": "its database structure is broken",
    "links": "some records in it point at records that do not exist",
    "schema": "it was never finished being set up",
    "journal": "its change journal is broken",
}


def _copy_into(source_fd: int, target_fd: int, size: int, step: Callable[[int], None]) -> None:
    done = 0
    while True:
        chunk = os.read(source_fd, _CHUNK)
        if not chunk:
            break
        view = memoryview(chunk)
        while view:
            written = os.write(target_fd, view)
            view = view[written:]
        done += len(chunk)
        step(min(done, size))


def _copy_companion(source: Path, temp: Path) -> None:
    """A write-ahead log left beside the backup (it was opened and not closed cleanly) holds
    committed changes: it goes with the copy so SQLite folds it in when checking."""
    wal_source = files.sqlite_companions(source)[0]
    if not wal_source.exists():
        return
    wal_target = files.sqlite_companions(temp)[0]
    try:
        with wal_source.open("rb") as src:
            fd = os.open(wal_target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC,
                         files.PRIVATE_FILE_MODE)
            try:
                _copy_into(src.fileno(), fd, 0, lambda _n: None)
                os.fsync(fd)
            finally:
                os.close(fd)
    except OSError as exc:
        raise files.os_error(exc, wal_target) from exc




def _utc_label(now: datetime) -> str:
    return f"before-restore-{_utc(now):%Y%m%dT%H%M%SZ}"


def restore_backup(source: str | os.PathLike[str], passphrase: str,
                   vault_path: str | os.PathLike[str], progress: Progress | None = None, *,
                   now: datetime | None = None) -> RestoreResult:
    """Put the backup ``source`` (which opens with ``passphrase``) in the place of the vault at
    ``vault_path``, or create the vault there if there is none.

    In order: the backup is copied to a private temporary file beside the vault and that copy
    is checked all the way through (see :func:`check_vault`); a backup that fails any check
    raises its typed error and nothing is changed. Then the vault that was there (which must
    not be open: :class:`VaultInUse`) is kept under ``<name>.before-restore-<UTC time>`` (with
    any write-ahead log SQLite left beside it), the checked copy is renamed into its place, and
    it is opened to prove it (an older format is upgraded then). If it did not open, the
    previous vault is put back. The backup file itself is only read."""
    report = progress or _no_progress
    report(0, PROGRESS_TOTAL)
    check_passphrase(passphrase)
    src = Path(source).expanduser().absolute()
    target = Path(vault_path).expanduser().absolute()
    if src == target or (src.exists() and target.exists() and os.path.samefile(src, target)):
        raise VaultError("That is the vault itself, not a backup of it. Nothing was changed.",
                         path=src)
    try:
        source_lock = files.FileLock.acquire(src)
    except VaultMissing as exc:
        raise VaultMissing(f"There is no backup at {src}.", path=src, detail=exc.detail) from exc
    except VaultInUse as exc:
        raise VaultInUse("That backup is open in Workbook or another program. Close it there "
                         "first.", path=src, detail=exc.detail) from exc
    try:
        files.ensure_folder(target.parent)
        old_lock = lock_for_restore(target)
        try:
            files.remove_stale_temps(target)
            temp = _checked_copy(src, source_lock, target, passphrase, report)
            source_lock.release()
            return _swap_in(temp, target, src, passphrase, old_lock, now or utc_now(), report)
        finally:
            if old_lock is not None:
                old_lock.release()
    finally:
        source_lock.release()


def lock_for_restore(target: Path, what: str = "vault") -> files.FileLock | None:
    """Lock the file a restore will replace (None when there is none yet), or say that it is
    in use; ``what`` names it in the message ("vault", "rep vault")."""
    if not target.exists():
        return None
    try:
        return files.FileLock.acquire(target)
    except VaultInUse as exc:
        raise VaultInUse(f"The {what} is open in Workbook or another program. Lock it or "
                         "close the app, then restore.", path=target, detail=exc.detail) from exc


@dataclass(slots=True)
class _CheckedCopy:
    lock: files.FileLock
    report: CheckReport


def _checked_copy(src: Path, source_lock: files.FileLock, target: Path, passphrase: str,
                  report: Progress) -> _CheckedCopy:
    size = source_lock.size()
    temp = files.new_private_temp(target, "restore")
    try:
        def copied(done: int) -> None:
            report(done * 500 // max(size, 1), PROGRESS_TOTAL)

        try:
            os.lseek(source_lock.fd, 0, os.SEEK_SET)
            _copy_into(source_lock.fd, temp.fd, size, copied)
        except OSError as exc:
            raise files.os_error(exc, temp.path) from exc
        _copy_companion(src, temp.path)
        temp.fsync()
        checks = check_file(temp.path, passphrase, lock=temp, progress=lambda done, total:
                            report(500 + done * 400 // total, PROGRESS_TOTAL))
        failed = checks.problems
        if failed:
            raise _refusal(failed[0], src)
        temp.fsync()  # the check folded any write-ahead log into the copy
    except BaseException:
        files.discard_temp(temp)
        raise
    return _CheckedCopy(temp, checks)


def _swap_in(copy: _CheckedCopy, target: Path, src: Path, passphrase: str,
             old_lock: files.FileLock | None, now: datetime, report: Progress) -> RestoreResult:
    temp = copy.lock
    kept: list[Path] = []
    previous: Path | None = None
    try:
        if old_lock is not None or any(c.exists() for c in files.sqlite_companions(target)):
            # Keep what is there (and any write-ahead log with it) under a new name first.
            previous = files.unused_name(target, _utc_label(now))
            if target.exists():
                kept = files.set_aside(target, previous)
            else:  # only leftovers of SQLite's with no vault: keep them too, never delete
                kept = _set_aside_companions(target, previous)
                previous = None
            if any(c.exists() for c in files.sqlite_companions(target)):
                raise VaultInUse(path=target, detail="companions reappeared")
            files.replace(temp.path, target)
        else:
            files.publish_new(temp.path, target)
    except BaseException:
        files.undo_swap(temp, previous, target)
        raise
    temp.renamed(target)
    report(950, PROGRESS_TOTAL)
    try:
        vault = Vault(open_file(target, passphrase, lock=temp))
    except BaseException:
        # Checked, yet it will not open here (a failing disk?): put back what was there.
        with contextlib.suppress(OSError):
            if previous is not None:
                files.put_back(previous, target)
            else:
                for leftover in (target, *files.sqlite_companions(target)):
                    files.remove_quietly(leftover)
        raise
    try:
        result = RestoreResult(
            vault_path=target, source=src, previous=previous, kept=tuple(kept),
            report=copy.report, schema_version=vault.schema_version,
            upgraded_from=(copy.report.schema_version
                           if copy.report.schema_version not in (None, vault.schema_version)
                           else None),
            shifts=vault.count_shifts(), money_lines=vault.count_money_lines(),
            incidents=vault.count_incidents(), journal_entries=vault.journal_head()[0])
    finally:
        vault.close()
    report(PROGRESS_TOTAL, PROGRESS_TOTAL)
    return result


def _set_aside_companions(target: Path, keep_as: Path) -> list[Path]:
    kept = []
    for companion, moved in zip(files.sqlite_companions(target),
                                files.sqlite_companions(keep_as), strict=True):
        if companion.exists():
            try:
                os.rename(companion, moved)
            except OSError as exc:
                raise files.os_error(exc, moved) from exc
            kept.append(moved)
    return kept


__all__ = [
    "PROGRESS_TOTAL",
    "BackupResult",
    "CheckReport",
    "CheckResult",
    "CheckStatus",
    "RestoreResult",
    "backup_due",
    "backup_target",
    "check_vault",
    "default_backup_name",
    "last_backup_at",
    "lock_for_restore",
    "make_backup",
    "restore_backup",
]

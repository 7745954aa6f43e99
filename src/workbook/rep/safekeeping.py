"""Backing up and restoring a rep vault (``workbook rep backup`` / ``rep restore`` and the same
in the rep window). The copying, keying and renaming are the worker vault's own code
(``store.unlock.write_backup`` through :meth:`RepVault.backup_to`); this module adds where a
backup goes and how a backup is checked before it takes the vault's place.

Restoring never deletes anything: the rep vault that was there is kept beside it as
``rep.workbook.before-restore-<UTC time>``.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from workbook.domain.timeutil import utc_now
from workbook.rep.vault import RepVault
from workbook.services.backup import backup_target, lock_for_restore
from workbook.store import files
from workbook.store.errors import (
    DamagedVault,
    NotAVault,
    VaultError,
    VaultMissing,
    WrongPassphrase,
)
from workbook.store.unlock import check_passphrase

Progress = Callable[[int, int], None]
_CHUNK = 1024 * 1024
#: Rep backups are named ``workbook-rep-backup-<time>Z.workbook``.
REP_BACKUP = "rep-backup"


def backup_rep_vault(vault: RepVault, target: str | os.PathLike[str], passphrase: str,
                     new_passphrase: str | None = None, progress: Progress | None = None, *,
                     passphrase_checked: bool = False) -> Path:
    """Write an encrypted copy of the rep vault to ``target`` (a file or a folder), keyed with
    ``new_passphrase`` if given, else with the vault's own ``passphrase`` (checked first unless
    the caller has just unlocked with it: a typo would make a backup nothing opens)."""
    check_passphrase(passphrase)
    path = backup_target(target, utc_now(), REP_BACKUP)
    if not passphrase_checked and not vault.passphrase_matches(passphrase):
        raise WrongPassphrase("That is not this vault's passphrase, so no backup was made.",
                              path=vault.path)
    return vault.backup_to(path, new_passphrase or passphrase, progress=progress)


@dataclass(frozen=True, slots=True)
class RestoreResult:
    vault_path: Path
    previous: Path | None  # where the rep vault that was there is kept
    reports: int

    def message(self) -> str:
        lines = [f"Restored a rep vault with {self.reports} reports into {self.vault_path}. "
                 "It opens with the backup's passphrase."]
        if self.previous is not None:
            lines.append(f"The rep vault you had before is kept, unchanged, at "
                         f"{self.previous}. Delete it yourself once you are sure you do not "
                         "need it.")
        return "\n".join(lines)


def restore_rep_vault(source: str | os.PathLike[str], passphrase: str,
                      vault_path: str | os.PathLike[str], *,
                      now: datetime | None = None) -> RestoreResult:
    """Put the backup ``source`` in the place of the (closed) rep vault at ``vault_path``.

    The backup is copied beside the vault and the copy is opened with ``passphrase`` and
    checked page by page first; a backup that fails raises and nothing changes. The vault that
    was there is kept under a new name, never deleted. The backup file is only read."""
    check_passphrase(passphrase)
    src = Path(source).expanduser().absolute()
    target = Path(vault_path).expanduser().absolute()
    unchanged = "Nothing was restored and your rep vault was not changed."
    if src == target or (src.exists() and target.exists() and os.path.samefile(src, target)):
        raise VaultError(f"That is the rep vault itself, not a backup of it. {unchanged}",
                         path=src)
    try:
        source_lock = files.FileLock.acquire(src)
    except VaultMissing as exc:
        raise VaultMissing(f"There is no backup at {src}.", path=src, detail=exc.detail) from exc
    try:
        files.ensure_folder(target.parent)
        old_lock = lock_for_restore(target, "rep vault")
        try:
            files.remove_stale_temps(target)
            temp = _checked_copy(source_lock, src, target, passphrase, unchanged)
            return _swap_in(temp, target, old_lock, passphrase, now or utc_now())
        finally:
            if old_lock is not None:
                old_lock.release()
    finally:
        source_lock.release()


def _checked_copy(source_lock: files.FileLock, src: Path, target: Path, passphrase: str,
                  unchanged: str) -> files.FileLock:
    temp = files.new_private_temp(target, "restore")
    try:
        try:
            os.lseek(source_lock.fd, 0, os.SEEK_SET)
            while chunk := os.read(source_lock.fd, _CHUNK):
                view = memoryview(chunk)
                while view:
                    view = view[os.write(temp.fd, view):]
        except OSError as exc:
            raise files.os_error(exc, temp.path) from exc
        temp.fsync()
        try:
            copy = RepVault.open(temp.path, passphrase, lock=temp)
        except WrongPassphrase as exc:
            raise WrongPassphrase("That passphrase does not open this backup (if you are sure "
                                  f"it is right, the backup is damaged). {unchanged}",
                                  path=src, detail=exc.detail) from exc
        except NotAVault as exc:
            raise NotAVault(f"{src.name} is not a backup of a rep vault. {unchanged}",
                            path=src, detail=exc.detail) from exc
        try:
            problems = copy.damage()
        finally:
            copy.close_keeping_lock()  # the copy stays locked until it is in place
        if problems:
            raise DamagedVault(f"The backup is damaged. {unchanged} Try an older backup.",
                               path=src, detail="; ".join(problems[:3]))
    except BaseException:
        files.discard_temp(temp)
        raise
    return temp


def _swap_in(temp: files.FileLock, target: Path, old_lock: files.FileLock | None,
             passphrase: str, now: datetime) -> RestoreResult:
    previous: Path | None = None
    try:
        if old_lock is not None:
            label = f"before-restore-{now.astimezone(UTC):%Y%m%dT%H%M%SZ}"
            previous = files.unused_name(target, label)
            files.set_aside(target, previous)
            files.replace(temp.path, target)
        else:
            files.publish_new(temp.path, target)
    except BaseException:
        files.undo_swap(temp, previous, target)
        raise
    temp.renamed(target)
    with RepVault.open(target, passphrase, lock=temp) as vault:
        reports = len(vault.reports())
    return RestoreResult(target, previous, reports)


__all__ = ["REP_BACKUP", "RestoreResult", "backup_rep_vault", "restore_rep_vault"]

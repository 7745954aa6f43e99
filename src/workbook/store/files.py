"""File-system steps a vault relies on: exclusive use, private new files, atomic publication.

Exclusive use is an advisory ``flock`` held on the vault file itself for as long as the vault is
open, so a second Workbook process (or window) gets :class:`VaultInUse` at once instead of two
writers racing. ``flock`` locks are separate from the POSIX record locks SQLite takes, so the two
do not interfere; the lock's descriptor is closed only after the SQLite connection, because
closing any descriptor of a file drops that process's POSIX locks on it.

Replacing a vault (passphrase change) locks the new file *before* it is renamed into place, so
the lock moves with it and no other process can slip in between.

Temporary files are named ``.<target>.<purpose>-<pid>-<random>.tmp`` beside their target. A
process killed while writing one (power cut, SIGKILL) leaves it behind; every such file is a
redundant copy (the vault or the backup's source is still whole), so the next create, open,
backup or restore beside the same target removes those whose process is gone
(:func:`remove_stale_temps`).
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import re
import secrets
from pathlib import Path

from workbook.store.errors import (
    DiskError,
    DiskFull,
    NotAVault,
    ReadOnlyLocation,
    VaultError,
    VaultExists,
    VaultInUse,
    VaultMissing,
)

PRIVATE_FILE_MODE = 0o600
PRIVATE_DIR_MODE = 0o700
_FULL = {errno.ENOSPC, errno.EDQUOT}
_READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}


def os_error(exc: OSError, path: Path) -> VaultError:
    """The vault error an operating-system error means for the worker."""
    detail = f"{exc.strerror or exc} ({path})"
    if exc.errno in _FULL:
        return DiskFull(path=path, detail=detail)
    if exc.errno in _READ_ONLY:
        return ReadOnlyLocation(path=path, detail=detail)
    if exc.errno == errno.ENOENT:
        return VaultMissing(path=path, detail=detail)
    if exc.errno in (errno.EISDIR, errno.ENOTDIR):
        return NotAVault(path=path, detail=detail)
    return DiskError(path=path, detail=detail)


class FileLock:
    """An open descriptor of a file with an exclusive ``flock`` on it."""

    def __init__(self, fd: int, path: Path) -> None:
        self._fd: int | None = fd
        self.path = path

    @classmethod
    def acquire(cls, path: Path) -> FileLock:
        """Lock an existing vault file, or raise a typed error saying why not."""
        if path.is_dir():
            raise NotAVault("This is a folder, not a Workbook vault.", path=path)
        try:
            # Read-only is enough for flock, and lets a read-only file be told apart later.
            fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
        except FileNotFoundError as exc:
            raise VaultMissing(path=path, detail=str(exc)) from exc
        except OSError as exc:
            raise os_error(exc, path) from exc
        return cls._locked(fd, path)

    @classmethod
    def _locked(cls, fd: int, path: Path) -> FileLock:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            os.close(fd)
            raise VaultInUse(path=path, detail=str(exc)) from exc
        except OSError as exc:
            os.close(fd)
            raise os_error(exc, path) from exc
        return cls(fd, path)

    @property
    def fd(self) -> int:
        if self._fd is None:
            raise ValueError("the lock was released")
        return self._fd

    def read_start(self, count: int) -> bytes:
        return os.pread(self.fd, count, 0)

    def size(self) -> int:
        return os.fstat(self.fd).st_size

    def fsync(self) -> None:
        try:
            os.fsync(self.fd)
        except OSError as exc:  # ENOSPC and EIO can surface only here (NFS, delayed allocation)
            raise os_error(exc, self.path) from exc

    def renamed(self, path: Path) -> None:
        """The locked file now goes by ``path`` (the lock follows the file, not the name)."""
        self.path = path

    def release(self) -> None:
        if self._fd is not None:
            fd, self._fd = self._fd, None
            with contextlib.suppress(OSError):
                fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)


def ensure_folder(folder: Path) -> None:
    """Create the vault's folder (private) if needed and check Workbook may write in it."""
    try:
        folder.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
    except OSError as exc:
        raise os_error(exc, folder) from exc
    if not folder.is_dir():
        raise ReadOnlyLocation(path=folder, detail="not a folder")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ReadOnlyLocation(path=folder, detail="folder not writable")


def check_writable(path: Path) -> None:
    """SQLite in WAL mode writes the -wal and -shm files beside the vault, even to read it."""
    if not os.access(path.parent, os.W_OK | os.X_OK) or not os.access(path, os.W_OK):
        raise ReadOnlyLocation(path=path, detail="file or folder not writable")


TEMP_PURPOSES = ("new", "rekey", "backup", "upgrade", "restore")
_COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")


def temp_name(beside: Path, purpose: str) -> str:
    """The name of a new temporary file for ``beside``: hidden, naming its purpose and the
    process that writes it (so a leftover can be told from one still being written)."""
    if purpose not in TEMP_PURPOSES:
        raise ValueError(f"unknown temporary-file purpose {purpose!r}")
    return f".{beside.name}.{purpose}-{os.getpid()}-{secrets.token_hex(6)}.tmp"


def _temp_pattern(beside: Path) -> re.Pattern[str]:
    return re.compile(rf"\.{re.escape(beside.name)}\.(?:{'|'.join(TEMP_PURPOSES)})-"
                      rf"(?P<pid>\d+)-[0-9a-f]{{12}}\.tmp(?P<companion>-wal|-shm|-journal)?")


def _process_gone(pid: int) -> bool:
    if pid == os.getpid() or pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False  # it exists but belongs to someone else
    return False


def temp_leftovers(beside: Path) -> list[Path]:
    """Workbook's temporary files for ``beside`` in its folder (live or left behind)."""
    pattern = _temp_pattern(beside)
    try:
        names = os.listdir(beside.parent)
    except OSError:
        return []
    return sorted(beside.with_name(n) for n in names if pattern.fullmatch(n))


def remove_stale_temps(beside: Path) -> list[Path]:
    """Remove the temporary files a killed Workbook process left for ``beside`` (and what SQLite
    left by them); returns what was removed. A file is stale only if the process named in it is
    gone *and* nobody holds its lock, so a copy still being written is never touched. Never
    removes anything but these temporary files, and never raises."""
    removed: list[Path] = []
    pattern = _temp_pattern(beside)
    for path in temp_leftovers(beside):
        match = pattern.fullmatch(path.name)
        if match is None or not _process_gone(int(match["pid"])):
            continue
        main = path.with_name(path.name.removesuffix(match["companion"] or ""))
        lock: FileLock | None = None
        if main.exists():
            try:
                lock = FileLock._locked(os.open(main, os.O_RDONLY | os.O_CLOEXEC), main)
            except (OSError, VaultError):
                continue  # in use after all, or unreadable: leave it
        try:
            for victim in (path,) if match["companion"] else (path, *sqlite_companions(path)):
                with contextlib.suppress(OSError):
                    victim.unlink()
                    removed.append(victim)
        finally:
            if lock is not None:
                lock.release()
    return removed


def new_private_temp(beside: Path, purpose: str) -> FileLock:
    """A new, empty, locked file with mode 600 in ``beside``'s folder (so a rename onto
    ``beside`` stays on one file system and is atomic)."""
    name = temp_name(beside, purpose)
    temp = beside.with_name(name)
    try:
        fd = os.open(temp, os.O_RDWR | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, PRIVATE_FILE_MODE)
    except OSError as exc:
        raise os_error(exc, temp) from exc
    return FileLock._locked(fd, temp)


def discard_temp(temp: FileLock) -> None:
    """Remove a temporary file made by :func:`new_private_temp` (never a vault) and whatever
    SQLite left beside it, then release its lock. Never raises for a file already gone."""
    with contextlib.suppress(OSError):
        remove_quietly(temp.path)
        for companion in sqlite_companions(temp.path):
            remove_quietly(companion)
    temp.release()


def undo_swap(temp: FileLock, keep_as: Path | None, path: Path) -> None:
    """After a restore failed part-way through swapping ``temp`` in for ``path``: the temporary
    copy goes, and the vault set aside as ``keep_as`` (if it got that far) is put back."""
    discard_temp(temp)
    if keep_as is not None and keep_as.exists():
        with contextlib.suppress(OSError):
            put_back(keep_as, path)


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable."""
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    except OSError:
        return  # some file systems (and platforms) cannot open folders; the rename still holds
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


def publish_new(temp: Path, target: Path) -> None:
    """Give ``temp`` the name ``target``, refusing to overwrite anything already there."""
    try:
        os.link(temp, target)
    except FileExistsError as exc:
        raise VaultExists(path=target) from exc
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV,
                             errno.EMLINK):
            raise os_error(exc, target) from exc
        # File systems without hard links (FAT on USB sticks): check, then rename.
        if target.exists():
            raise VaultExists(path=target) from exc
        replace(temp, target)
        return
    remove_quietly(temp)
    fsync_folder(target.parent)


def replace(temp: Path, target: Path) -> None:
    """Atomically put ``temp`` in place of ``target`` and make it durable."""
    try:
        os.replace(temp, target)
    except OSError as exc:
        raise os_error(exc, target) from exc
    fsync_folder(target.parent)


def remove_quietly(path: Path) -> None:
    """Remove a temporary file Workbook made; never used on a vault itself."""
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


def sqlite_companions(path: Path) -> tuple[Path, Path, Path]:
    wal, shm, journal = (path.with_name(path.name + suffix) for suffix in _COMPANION_SUFFIXES)
    return wal, shm, journal


def unused_name(path: Path, label: str) -> Path:
    """``<path>.<label>``, or ``<path>.<label>-2`` … if that (or a file SQLite would pair with
    it) already exists."""
    number = 1
    while True:
        candidate = path.with_name(f"{path.name}.{label}" + (f"-{number}" if number > 1 else ""))
        if not candidate.exists() and not any(c.exists() for c in sqlite_companions(candidate)):
            return candidate
        number += 1


def set_aside(path: Path, keep_as: Path) -> list[Path]:
    """Keep the (closed, locked by the caller) vault at ``path`` also under the new name
    ``keep_as``, with the -wal/-shm/-journal SQLite left beside it moved along so they stay
    paired. ``path`` keeps its name (as a second link) until something is put in its place, so
    there is never a moment without a vault at ``path``; on file systems without hard links it
    is renamed instead. Returns every name now kept."""
    kept = [keep_as]
    linked = True
    try:
        os.link(path, keep_as)
    except FileExistsError as exc:
        raise VaultExists(path=keep_as) from exc
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV,
                             errno.EMLINK):
            raise os_error(exc, keep_as) from exc
        linked = False
    try:
        if not linked:
            os.rename(path, keep_as)
        for companion, moved in zip(sqlite_companions(path), sqlite_companions(keep_as),
                                    strict=True):
            if companion.exists():
                os.rename(companion, moved)
                kept.append(moved)
    except OSError as exc:
        raise os_error(exc, keep_as) from exc
    fsync_folder(keep_as.parent)
    return kept


def put_back(keep_as: Path, path: Path) -> None:
    """Undo :func:`set_aside`: the kept vault (and its companions) under ``path`` again."""
    for moved, companion in zip(sqlite_companions(keep_as), sqlite_companions(path),
                                strict=True):
        if moved.exists():
            os.replace(moved, companion)
    if path.exists() and os.path.samefile(keep_as, path):
        keep_as.unlink()  # still a second name of the same file: rename would do nothing
    else:
        os.replace(keep_as, path)
    fsync_folder(path.parent)

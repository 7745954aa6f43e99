"""File-system steps a vault relies on: exclusive use, private new files, atomic publication.

Exclusive use is an advisory ``flock`` held on the vault file itself for as long as the vault is
open, so a second Workbook process (or window) gets :class:`VaultInUse` at once instead of two
writers racing. ``flock`` locks are separate from the POSIX record locks SQLite takes, so the two
do not interfere; the lock's descriptor is closed only after the SQLite connection, because
closing any descriptor of a file drops that process's POSIX locks on it.

Replacing a vault (passphrase change) locks the new file *before* it is renamed into place, so
the lock moves with it and no other process can slip in between.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
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
        os.fsync(self.fd)

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


def new_private_temp(beside: Path, purpose: str) -> FileLock:
    """A new, empty, locked file with mode 600 in ``beside``'s folder (so a rename onto
    ``beside`` stays on one file system and is atomic)."""
    name = f".{beside.name}.{purpose}-{secrets.token_hex(6)}.tmp"
    temp = beside.with_name(name)
    try:
        fd = os.open(temp, os.O_RDWR | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, PRIVATE_FILE_MODE)
    except OSError as exc:
        raise os_error(exc, temp) from exc
    return FileLock._locked(fd, temp)


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
    return (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"),
            path.with_name(path.name + "-journal"))

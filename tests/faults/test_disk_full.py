"""A full disk while saving, backing up, exporting, restoring and changing the passphrase: a
clear message, and nothing lost.

Each case runs twice: on a real tmpfs that fills up (skipped, with the reason, where a tmpfs
cannot be mounted) and with ``ENOSPC`` injected where the app writes, which always runs.
"""

from __future__ import annotations

import errno
import os
import shutil
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3
from fault_helpers import (
    BACKUP_PASSPHRASE,
    PASSPHRASE,
    Filled,
    add_shifts,
    assert_all_there,
    fill,
    make_vault,
)

from workbook.services.backup import make_backup, restore_backup
from workbook.store import DiskFull, Vault
from workbook.store import files as store_files
from workbook.store.repositories.meta import LAST_BACKUP_AT

FULL = DiskFull.default_message
MARCH = {"date_from": date(2026, 3, 1), "date_to": date(2026, 3, 31)}


def only(folder: Path, *names: str) -> None:
    assert sorted(os.listdir(folder)) == sorted(names)


# --------------------------------------------------------------------------- a real full disk


def test_saving_on_a_full_disk(small_disk: Callable[[int], Path]) -> None:
    disk = small_disk(2048)
    filled = make_vault(disk / "vault.workbook", shifts=3)
    filler = fill(disk, leave_kib=400)
    vault = Vault.open(filled.path, PASSPHRASE)
    saved: list[int] = []
    with pytest.raises(DiskFull) as caught:
        for i in range(2000):
            shift_ids, money_ids = add_shifts(vault, 1, notes=os.urandom(6000).hex(), first=i)
            saved += shift_ids
            filled.money_ids += money_ids
    assert str(caught.value) == FULL
    assert saved, "the disk filled before anything could be saved"
    filled.shift_ids += saved
    assert vault.get_shift(saved[-1]) is not None  # still usable
    vault.close()
    # Even before space is freed the vault opens with everything saved in it.
    with Vault.open(filled.path, PASSPHRASE) as again:
        assert again.count_shifts() == len(filled.shift_ids)
    filler.unlink()
    assert_all_there(filled)
    with Vault.open(filled.path, PASSPHRASE) as again:
        add_shifts(again, 1, first=9999)  # and it takes new records once there is room


def test_backup_to_a_full_disk(filled: Filled, small_disk: Callable[[int], Path]) -> None:
    stick = small_disk(1024)
    target = stick / "backup.workbook"
    with Vault.open(filled.path, PASSPHRASE) as vault:
        make_backup(vault, target, PASSPHRASE)
        older = target.read_bytes()
        add_shifts(vault, 30, notes=os.urandom(3000).hex(), first=100)
        stamp = vault.get_meta(LAST_BACKUP_AT)
        fill(stick, leave_kib=len(older) // 1024 + 64)
        with pytest.raises(DiskFull) as caught:
            make_backup(vault, target, PASSPHRASE)
        assert str(caught.value) == FULL
        assert vault.get_meta(LAST_BACKUP_AT) == stamp  # no backup is claimed
    assert target.read_bytes() == older  # the older backup is untouched
    only(stick, "backup.workbook", "filler.bin")
    assert_all_there(filled)


def test_export_to_a_full_disk(filled: Filled, small_disk: Callable[[int], Path]) -> None:
    from workbook.services.export import ExportError, export_evidence

    stick = small_disk(1024)
    fill(stick, leave_kib=8)
    with Vault.open(filled.path, PASSPHRASE) as vault, pytest.raises(ExportError) as caught:
        export_evidence(vault, **MARCH, profile="full", pdf_path=stick / "r.pdf",
                        json_path=stick / "r.json")
    message = str(caught.value)
    assert "No space left on device" in message or message == FULL, message
    assert "\n" not in message
    only(stick, "filler.bin")
    assert_all_there(filled)


def test_restore_onto_a_full_disk(tmp_path: Path, small_disk: Callable[[int], Path]) -> None:
    big = make_vault(tmp_path / "big" / "vault.workbook", shifts=60)
    with Vault.open(big.path, PASSPHRASE) as vault:
        backup = make_backup(vault, tmp_path / "backup.workbook", PASSPHRASE).path
    disk = small_disk(1024)
    small = make_vault(disk / "vault.workbook", shifts=2)
    before = small.path.read_bytes()
    fill(disk, leave_kib=32)
    with pytest.raises(DiskFull) as caught:
        restore_backup(backup, PASSPHRASE, small.path)
    assert str(caught.value) == FULL
    assert small.path.read_bytes() == before
    only(disk, "vault.workbook", "filler.bin")
    (disk / "filler.bin").unlink()
    assert_all_there(small)


# --------------------------------------------------------------------------- injected ENOSPC


def _full(*_args: Any) -> OSError:
    return OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def _fd_path(fd: int) -> str:
    try:
        return os.readlink(f"/proc/self/fd/{fd}")
    except OSError:
        return ""


def fail_fsync(monkeypatch: pytest.MonkeyPatch, when: Callable[[str], bool]) -> None:
    """``os.fsync`` of a file whose path matches ``when`` fails with ENOSPC (as it does on NFS
    and file systems with delayed allocation when the disk filled meanwhile)."""
    real = os.fsync

    def fsync(fd: int) -> None:
        if when(_fd_path(fd)):
            raise _full()
        real(fd)

    monkeypatch.setattr(os, "fsync", fsync)


class FullConnection:
    """An SQLCipher connection whose writes fail as SQLite does when the disk is full."""

    def __init__(self, conn: sqlcipher3.Connection, fail_on: str) -> None:
        self._conn = conn
        self._fail_on = fail_on
        self.failed = 0

    def execute(self, sql: str, params: Any = ()) -> Any:
        if sql.lstrip().upper().startswith(self._fail_on):
            self.failed += 1
            error = sqlcipher3.OperationalError("database or disk is full")
            error.sqlite_errorcode = 13  # SQLITE_FULL
            error.sqlite_errorname = "SQLITE_FULL"
            raise error
        return self._conn.execute(sql, params)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)


@pytest.mark.parametrize("fail_on", ["INSERT INTO JOURNAL", "COMMIT"])
def test_injected_disk_full_while_saving(filled: Filled, fail_on: str) -> None:
    vault = Vault.open(filled.path, PASSPHRASE)
    db: Any = vault._db
    real = db._conn
    db._conn = FullConnection(real, fail_on)
    try:
        with pytest.raises(DiskFull) as caught:
            add_shifts(vault, 1, notes="this one cannot be saved", first=50)
        assert str(caught.value) == FULL
        assert db._conn.failed == 1
    finally:
        db._conn = real
    # Nothing half-saved: no shift without its journal row, and the next save works.
    assert vault.count_shifts() == len(filled.shift_ids)
    assert vault.verify_chain().ok
    more, _ = add_shifts(vault, 1, first=60)
    vault.close()
    filled.shift_ids += more
    assert_all_there(filled)


def test_injected_disk_full_during_backup(filled: Filled, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "usb" / "backup.workbook"
    with Vault.open(filled.path, PASSPHRASE) as vault:
        fail_fsync(monkeypatch, lambda path: ".backup-" in path)
        with pytest.raises(DiskFull) as caught:
            make_backup(vault, target, PASSPHRASE)
        assert str(caught.value) == FULL
        assert vault.get_meta(LAST_BACKUP_AT) is None
        monkeypatch.undo()
        # The rename itself can fail too (a full folder on some file systems).
        monkeypatch.setattr(store_files.os, "replace", lambda *a: (_ for _ in ()).throw(_full()))
        with pytest.raises(DiskFull):
            make_backup(vault, target, PASSPHRASE)
        monkeypatch.undo()
    only(target.parent)
    assert_all_there(filled)


def test_injected_disk_full_during_export(filled: Filled, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from workbook.services.export import ExportError, export_evidence

    out = tmp_path / "out"
    out.mkdir()
    fail_fsync(monkeypatch, lambda path: path.endswith(".part") and "r.json" in path)
    with Vault.open(filled.path, PASSPHRASE) as vault, pytest.raises(ExportError) as caught:
        export_evidence(vault, **MARCH, profile="full", pdf_path=out / "r.pdf",
                        json_path=out / "r.json")
    monkeypatch.undo()
    message = str(caught.value)
    assert "No space left on device" in message or message == FULL, message
    only(out)  # not even the PDF, which was written before the JSON failed
    assert_all_there(filled)


def test_injected_disk_full_during_restore(filled: Filled, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    other = make_vault(tmp_path / "other" / "vault.workbook", shifts=3,
                       passphrase=BACKUP_PASSPHRASE)
    before = filled.path.read_bytes()
    real_write = os.write

    def write(fd: int, data: Any) -> int:
        if ".restore-" in _fd_path(fd):
            raise _full()
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", write)
    with pytest.raises(DiskFull) as caught:
        restore_backup(other.path, BACKUP_PASSPHRASE, filled.path)
    monkeypatch.undo()
    assert str(caught.value) == FULL
    assert filled.path.read_bytes() == before
    only(filled.path.parent, filled.path.name)
    assert_all_there(filled)


def test_injected_disk_full_during_passphrase_change(filled: Filled,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from workbook.store import FAST_TEST_KDF

    vault = Vault.open(filled.path, PASSPHRASE)
    fail_fsync(monkeypatch, lambda path: ".rekey-" in path)
    with pytest.raises(DiskFull) as caught:
        vault.change_passphrase("a new passphrase", kdf=FAST_TEST_KDF)
    monkeypatch.undo()
    assert str(caught.value) == FULL
    vault.close()
    only(filled.path.parent, filled.path.name)
    assert_all_there(filled)  # with the old passphrase


def test_the_tmpfs_helpers_clean_up(small_disk: Callable[[int], Path]) -> None:
    disk = small_disk(256)
    assert shutil.disk_usage(disk).total <= 256 * 1024

"""Temporary files a killed process leaves (named, found, cleared only when stale), setting a
vault aside, asking whether a passphrase is the vault's, checkpoints, and the errors SQLite
reports without a code."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import sqlcipher3
from store_helpers import night_shift

from workbook.store import (
    FAST_TEST_KDF,
    DamagedVault,
    DiskFull,
    NotAVault,
    Vault,
    VaultInUse,
)
from workbook.store import files as store_files
from workbook.store.connection import sqlite_error
from workbook.store.header import PAGE_SIZE, read_salt

PASSPHRASE = "correct horse battery staple"  # the template vault's (tests/conftest.py)


def dead_pid() -> int:
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    return int(done.stdout)


def leftover(beside: Path, purpose: str, pid: int, suffix: str = "") -> Path:
    path = beside.with_name(f".{beside.name}.{purpose}-{pid}-{'0a' * 6}.tmp{suffix}")
    path.write_bytes(b"a half-written copy")
    return path


def test_temporary_names_say_what_and_who(tmp_path: Path) -> None:
    name = store_files.temp_name(tmp_path / "vault.workbook", "backup")
    assert name.startswith(f".vault.workbook.backup-{os.getpid()}-") and name.endswith(".tmp")
    with pytest.raises(ValueError):
        store_files.temp_name(tmp_path / "vault.workbook", "other")


def test_only_stale_temporary_files_are_removed(tmp_path: Path) -> None:
    vault = tmp_path / "vault.workbook"
    vault.write_bytes(b"not touched")
    gone = dead_pid()
    stale = [leftover(vault, "rekey", gone), leftover(vault, "rekey", gone, "-wal"),
             leftover(vault, "backup", gone, "-shm"), leftover(vault, "new", gone)]
    mine = leftover(vault, "restore", os.getpid())  # this process is alive: being written
    held = leftover(vault, "upgrade", gone + 100000 if gone < 4_000_000 else 1)
    lock = store_files.FileLock.acquire(held)  # someone holds it: in use
    unrelated = [vault.with_name(n) for n in (
        "vault.workbook.before-restore-20260401T120000Z", ".vault.workbook.rekey-x.tmp",
        ".other.workbook.rekey-1-0a0a0a0a0a0a.tmp", "notes.txt", ".r.pdf.abc.part")]
    for path in unrelated:
        path.write_bytes(b"the worker's")
    try:
        removed = store_files.remove_stale_temps(vault)
    finally:
        lock.release()
    assert sorted(removed) == sorted(stale)
    assert not any(p.exists() for p in stale)
    assert mine.exists() and held.exists() and vault.read_bytes() == b"not touched"
    assert all(p.read_bytes() == b"the worker's" for p in unrelated)
    assert store_files.temp_leftovers(vault) == sorted([held, mine])


def test_opening_and_creating_clear_what_a_killed_process_left(vault_path: Path) -> None:
    gone = dead_pid()
    rekey = leftover(vault_path, "rekey", gone)
    rekey_wal = leftover(vault_path, "rekey", gone, "-wal")
    with Vault.open(vault_path, PASSPHRASE):
        assert not rekey.exists() and not rekey_wal.exists()
    fresh = vault_path.with_name("fresh.workbook")
    new = leftover(fresh, "new", gone)
    Vault.create(fresh, PASSPHRASE, kdf=FAST_TEST_KDF).close()
    assert not new.exists()
    assert sorted(p.name for p in vault_path.parent.iterdir()) == ["fresh.workbook",
                                                                   "vault.workbook"]


def test_a_backup_clears_what_a_killed_backup_left(vault: Vault, tmp_path: Path) -> None:
    target = tmp_path / "stick" / "backup.workbook"
    target.parent.mkdir()
    stale = leftover(target, "backup", dead_pid())
    vault.backup_to(target, "backup phrase", kdf=FAST_TEST_KDF)
    assert not stale.exists()
    assert [p.name for p in target.parent.iterdir()] == ["backup.workbook"]


def test_backup_reports_progress(vault: Vault, tmp_path: Path) -> None:
    with vault.transaction():
        for i in range(500):
            vault.add_shift(night_shift(1, notes=f"skift {i} " + "x" * 1500))
    seen: list[tuple[int, int]] = []
    vault.backup_to(tmp_path / "b.workbook", "backup phrase", kdf=FAST_TEST_KDF,
                    progress=lambda done, total: seen.append((done, total)))
    assert len(seen) > 1 and seen[-1][0] == seen[-1][1] > 256


def test_backup_refuses_a_target_left_open(vault: Vault, tmp_path: Path) -> None:
    target = tmp_path / "b.workbook"
    vault.backup_to(target, "backup phrase", kdf=FAST_TEST_KDF)
    with Vault.open(target, "backup phrase"), pytest.raises(VaultInUse):
        vault.backup_to(target, "backup phrase", kdf=FAST_TEST_KDF)
    wal = target.with_name(target.name + "-wal")
    wal.write_bytes(b"left by a crash")
    with pytest.raises(VaultInUse) as caught:
        vault.backup_to(target, "backup phrase", kdf=FAST_TEST_KDF)
    assert "not closed cleanly" in str(caught.value)
    assert wal.read_bytes() == b"left by a crash"


def test_passphrase_matches(vault: Vault) -> None:
    assert vault.passphrase_matches(PASSPHRASE)
    assert not vault.passphrase_matches(PASSPHRASE + " ")
    vault.change_passphrase("ny fras", kdf=FAST_TEST_KDF)
    assert vault.passphrase_matches("ny fras") and not vault.passphrase_matches(PASSPHRASE)
    vault.add_shift(night_shift(1))  # the check left the vault as it was
    vault.close()
    with pytest.raises(Exception):  # noqa: B017 - VaultLocked, whatever the wording
        vault.passphrase_matches("ny fras")


def test_checkpoint_empties_the_log(vault: Vault, vault_path: Path) -> None:
    vault.add_shift(night_shift(1))
    wal = vault_path.with_name(vault_path.name + "-wal")
    assert wal.stat().st_size > 0
    assert vault.checkpoint() is True
    assert wal.stat().st_size == 0
    assert vault.count_shifts() == 1


def test_set_aside_keeps_the_vault_and_its_log_together(tmp_path: Path) -> None:
    vault = tmp_path / "vault.workbook"
    vault.write_bytes(b"vault")
    wal = vault.with_name("vault.workbook-wal")
    wal.write_bytes(b"log")
    keep = store_files.unused_name(vault, "before-restore-x")
    kept = store_files.set_aside(vault, keep)
    assert kept == [keep, keep.with_name(keep.name + "-wal")]
    assert vault.read_bytes() == b"vault"  # still there until something replaces it
    assert not wal.exists() and kept[1].read_bytes() == b"log"
    assert store_files.unused_name(vault, "before-restore-x").name == \
        "vault.workbook.before-restore-x-2"
    store_files.put_back(keep, vault)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["vault.workbook",
                                                          "vault.workbook-wal"]


def test_a_short_file_that_starts_like_a_vault_is_damaged(tmp_path: Path) -> None:
    path = tmp_path / "v.workbook"
    with pytest.raises(DamagedVault):
        read_salt(bytes([FAST_TEST_KDF.id]) + b"123456789", 10, path)
    with pytest.raises(NotAVault):
        read_salt(b"hello", 5, path)
    with pytest.raises(DamagedVault):
        read_salt(bytes([FAST_TEST_KDF.id]) + bytes(15), PAGE_SIZE + 1, path)


@pytest.mark.parametrize(("message", "error"), [
    ("database or disk is full", DiskFull),
    ("database disk image is malformed", DamagedVault),
    ("database is locked", VaultInUse),
])
def test_errors_without_a_code_are_read_from_sqlites_words(message: str,
                                                           error: type[Exception]) -> None:
    # The online-backup API raises without an error code.
    assert isinstance(sqlite_error(sqlcipher3.OperationalError(message), None), error)

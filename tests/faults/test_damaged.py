"""A damaged vault file: garbage, cut to half, cut to ten bytes, one byte flipped in the header
or in the middle. Each gives a typed error with a plain message, the file stays exactly as it
was (no "repair", no re-creation), ``check`` says PROBLEM, and a backup restores over it while
the damaged file is kept, byte for byte."""

from __future__ import annotations

import os
import random
from collections.abc import Callable
from pathlib import Path

import pytest
from fault_helpers import PASSPHRASE, Filled, assert_all_there, make_vault

from workbook.services.backup import check_vault, make_backup, restore_backup
from workbook.store import (
    DamagedVault,
    NotAVault,
    Vault,
    VaultError,
    WrongPassphrase,
)
from workbook.store.header import PAGE_SIZE


def garbage_text(data: bytes) -> bytes:
    return (b"This is not a vault, just some text that replaced it.\n" * 200)[: len(data)]


def garbage_random(data: bytes) -> bytes:
    # Random bytes that even start like a vault (the salt's first byte): nothing tells this
    # from a wrong passphrase without the right key.
    return data[:1] + random.Random(7).randbytes(len(data) - 1)


def half(data: bytes) -> bytes:
    return data[: len(data) // 2]


def half_and_a_bit(data: bytes) -> bytes:
    return data[: len(data) // 2 + 100]  # not whole pages


def ten_bytes(data: bytes) -> bytes:
    return data[:10]


def flip_header(data: bytes) -> bytes:
    damaged = bytearray(data)
    damaged[100] ^= 0x01  # inside the first page: its HMAC fails, as with a wrong key
    return bytes(damaged)


def flip_middle(data: bytes) -> bytes:
    damaged = bytearray(data)
    damaged[(len(data) // PAGE_SIZE // 2) * PAGE_SIZE + 1000] ^= 0x80
    return bytes(damaged)


def zeroed_page(data: bytes) -> bytes:
    damaged = bytearray(data)
    start = (len(data) // PAGE_SIZE - 2) * PAGE_SIZE
    damaged[start:start + PAGE_SIZE] = bytes(PAGE_SIZE)
    return bytes(damaged)


# damage → the typed errors that may say so (as far as SQLCipher can tell them apart)
CASES: dict[str, tuple[Callable[[bytes], bytes], tuple[type[VaultError], ...]]] = {
    "garbage text": (garbage_text, (NotAVault,)),
    "random garbage": (garbage_random, (WrongPassphrase,)),
    "cut to half": (half, (DamagedVault,)),
    "cut to half and a bit": (half_and_a_bit, (DamagedVault,)),
    "cut to ten bytes": (ten_bytes, (DamagedVault,)),
    "byte flipped in the header": (flip_header, (WrongPassphrase,)),
    "byte flipped in the middle": (flip_middle, (DamagedVault,)),
    "a page of zeros": (zeroed_page, (DamagedVault,)),
}


def companions(path: Path) -> list[Path]:
    return [path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal")]


@pytest.fixture
def big(tmp_path: Path) -> Filled:
    return make_vault(tmp_path / "Arbete" / "vault.workbook", shifts=40)


def try_everything(path: Path) -> VaultError:
    """Open the vault and read all of it, as the app would over a session; the typed error."""
    try:
        with Vault.open(path, PASSPHRASE) as vault:
            vault.check_integrity()
            vault.list_shifts(limit=10_000)
            vault.list_money_lines(limit=10_000)
            vault.verify_chain()
    except VaultError as exc:
        return exc
    raise AssertionError("the damage went unnoticed")


@pytest.mark.parametrize("case", list(CASES))
def test_damage_is_reported_and_nothing_is_changed(big: Filled, tmp_path: Path,
                                                   case: str) -> None:
    damage, expected = CASES[case]
    with Vault.open(big.path, PASSPHRASE) as vault:
        backup = make_backup(vault, tmp_path / "usb" / "backup.workbook", PASSPHRASE).path
    big.path.write_bytes(damage(big.path.read_bytes()))
    damaged = big.path.read_bytes()

    # Opening (and using) says what is wrong, in one plain line, and changes nothing.
    error = try_everything(big.path)
    assert isinstance(error, expected), (case, type(error), error.detail)
    message = str(error)
    assert message and "\n" not in message and "sqlite" not in message.lower()
    if isinstance(error, DamagedVault):
        assert "restore" in message and "backup" in message
    assert big.path.read_bytes() == damaged
    assert not any(p.exists() for p in companions(big.path))

    # Every failed open, again and again, leaves the file as it was.
    for _ in range(3):
        assert type(try_everything(big.path)) is type(error)
        assert big.path.read_bytes() == damaged

    # check says PROBLEM, in words, and changes nothing.
    report = check_vault(big.path, PASSPHRASE)
    assert not report.ok
    assert all(c.message for c in report.checks)
    first = report.first_error
    assert first is not None and isinstance(first, expected), (case, report.checks)
    assert big.path.read_bytes() == damaged
    assert sorted(os.listdir(big.path.parent)) == [big.path.name]

    # Restoring a backup over it works, and keeps the damaged file, byte for byte.
    result = restore_backup(backup, PASSPHRASE, big.path)
    assert result.previous is not None
    assert result.previous.read_bytes() == damaged
    assert str(result.previous) in result.message()
    assert_all_there(big)


def test_a_damaged_backup_is_not_restored(big: Filled, tmp_path: Path) -> None:
    with Vault.open(big.path, PASSPHRASE) as vault:
        backup = make_backup(vault, tmp_path / "backup.workbook", PASSPHRASE).path
    backup.write_bytes(flip_middle(backup.read_bytes()))
    damaged_backup = backup.read_bytes()
    before = big.path.read_bytes()
    with pytest.raises(DamagedVault) as caught:
        restore_backup(backup, PASSPHRASE, big.path)
    assert "Nothing was restored and your vault was not changed" in str(caught.value)
    assert big.path.read_bytes() == before
    assert backup.read_bytes() == damaged_backup
    assert sorted(os.listdir(big.path.parent)) == [big.path.name]
    assert_all_there(big)

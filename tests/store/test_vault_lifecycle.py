"""Creating, unlocking and locking a vault, and every way a file can fail to open: each gives a
typed error with a plain message and leaves the file exactly as it was."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from store_helpers import raw_connection

from workbook.domain.errors import ValidationError
from workbook.domain.models import Workplace
from workbook.store import (
    FAST_TEST_KDF,
    SCHEMA_VERSION,
    DamagedVault,
    NotAVault,
    ReadOnlyLocation,
    Vault,
    VaultError,
    VaultExists,
    VaultInUse,
    VaultLocked,
    VaultMissing,
    VaultTooNew,
    WrongPassphrase,
    default_vault_path,
)
from workbook.store.header import PAGE_SIZE

TEST_PASSPHRASE = "correct horse battery staple"  # the template vault's (tests/conftest.py)


def companions(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def assert_refused_unchanged(path: Path, error: type[VaultError], passphrase: str = TEST_PASSPHRASE
                             ) -> VaultError:
    before = path.read_bytes()
    with pytest.raises(error) as caught:
        Vault.open(path, passphrase)
    assert path.read_bytes() == before
    assert not any(p.exists() for p in companions(path))
    message = str(caught.value)
    assert message and "\n" not in message and "sqlite" not in message.lower()
    return caught.value


def test_create_open_close_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "new" / "vault.workbook"
    vault = Vault.create(path, "ett två tre", kdf=FAST_TEST_KDF)
    assert vault.is_open and vault.schema_version == SCHEMA_VERSION
    assert vault.kdf == FAST_TEST_KDF
    vault.add_workplace(Workplace(name="Club Aurora", currency="SEK", timezone="Europe/Stockholm"))
    vault.close()
    vault.close()  # locking twice is harmless
    assert not vault.is_open
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert sorted(p.name for p in path.parent.iterdir()) == ["vault.workbook"]
    with Vault.open(path, "ett två tre") as again:
        assert [w.name for w in again.list_workplaces()] == ["Club Aurora"]
        assert again.get_meta("created_at") is not None


def test_file_is_encrypted_and_starts_with_the_salt(vault_path: Path) -> None:
    data = vault_path.read_bytes()
    assert not data.startswith(b"SQLite format 3")
    assert data[0] == FAST_TEST_KDF.id
    assert len(data) % PAGE_SIZE == 0
    assert b"Club Aurora" not in data


def test_locked_vault_refuses_use(vault: Vault) -> None:
    vault.close()
    with pytest.raises(VaultLocked):
        vault.list_workplaces()


def test_create_refuses_to_overwrite(vault_path: Path) -> None:
    before = vault_path.read_bytes()
    with pytest.raises(VaultExists):
        Vault.create(vault_path, "anything", kdf=FAST_TEST_KDF)
    assert vault_path.read_bytes() == before


def test_create_needs_a_passphrase(tmp_path: Path) -> None:
    with pytest.raises(ValidationError):
        Vault.create(tmp_path / "v.workbook", "", kdf=FAST_TEST_KDF)
    assert list(tmp_path.iterdir()) == []


def test_missing_vault(tmp_path: Path) -> None:
    with pytest.raises(VaultMissing):
        Vault.open(tmp_path / "nowhere.workbook", TEST_PASSPHRASE)


def test_folder_is_not_a_vault(tmp_path: Path) -> None:
    with pytest.raises(NotAVault):
        Vault.open(tmp_path, TEST_PASSPHRASE)


def test_wrong_passphrase(vault_path: Path) -> None:
    error = assert_refused_unchanged(vault_path, WrongPassphrase, "not the passphrase")
    assert "passphrase" in str(error)


def test_passphrase_is_unicode_normalised(tmp_path: Path) -> None:
    path = tmp_path / "v.workbook"
    Vault.create(path, "pa\u0219ol", kdf=FAST_TEST_KDF).close()  # ș as one code point
    Vault.open(path, "pa\u0219ol").close()
    Vault.open(path, "pas\u0326ol").close()  # s + combining comma below: NFC makes it ș


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.workbook"
    path.write_bytes(b"")
    assert_refused_unchanged(path, NotAVault)


def test_garbage_file(tmp_path: Path) -> None:
    path = tmp_path / "garbage.workbook"
    path.write_bytes(b"\x00" + os.urandom(3 * PAGE_SIZE - 1))  # 0x00 names no parameter set
    assert_refused_unchanged(path, NotAVault)


def test_garbage_with_a_valid_id_byte(tmp_path: Path) -> None:
    path = tmp_path / "garbage.workbook"
    path.write_bytes(bytes([FAST_TEST_KDF.id]) + os.urandom(3 * PAGE_SIZE - 1))
    # Indistinguishable from a wrong passphrase without the right key, and so reported.
    assert_refused_unchanged(path, WrongPassphrase)


def test_plain_sqlite_file(tmp_path: Path) -> None:
    path = tmp_path / "plain.workbook"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    error = assert_refused_unchanged(path, NotAVault)
    assert "unencrypted" in str(error)


def test_truncated_file(vault_path: Path) -> None:
    data = vault_path.read_bytes()
    vault_path.write_bytes(data[: len(data) // 2 + 100])
    assert_refused_unchanged(vault_path, DamagedVault)


def test_truncated_to_whole_pages(vault_path: Path) -> None:
    data = vault_path.read_bytes()
    assert len(data) > 4 * PAGE_SIZE
    vault_path.write_bytes(data[: 2 * PAGE_SIZE])
    before = vault_path.read_bytes()
    with pytest.raises(VaultError), Vault.open(vault_path, TEST_PASSPHRASE) as vault:
        vault.list_workplaces()
        vault.verify_chain()
    assert vault_path.read_bytes() == before


@pytest.mark.parametrize("where", [0.5, 0.9])
def test_one_byte_flipped(vault_path: Path, where: float) -> None:
    data = bytearray(vault_path.read_bytes())
    data[int(len(data) * where)] ^= 0xFF
    vault_path.write_bytes(bytes(data))
    before = vault_path.read_bytes()
    with pytest.raises(VaultError) as caught, Vault.open(vault_path, TEST_PASSPHRASE) as vault:
        vault.check_integrity()
    assert isinstance(caught.value, DamagedVault | WrongPassphrase)
    assert vault_path.read_bytes() == before
    assert not any(p.exists() for p in companions(vault_path))


def test_byte_flipped_in_the_first_page(vault_path: Path) -> None:
    data = bytearray(vault_path.read_bytes())
    data[100] ^= 0x01
    vault_path.write_bytes(bytes(data))
    assert_refused_unchanged(vault_path, WrongPassphrase)


def test_unknown_parameter_byte(vault_path: Path) -> None:
    data = bytearray(vault_path.read_bytes())
    data[0] = 0x00
    vault_path.write_bytes(bytes(data))
    assert_refused_unchanged(vault_path, NotAVault)


def test_newer_schema_is_refused(vault_path: Path) -> None:
    with raw_connection(vault_path, TEST_PASSPHRASE) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    error = assert_refused_unchanged(vault_path, VaultTooNew)
    assert "newer version" in str(error)


def test_unfinished_vault_is_damaged_not_recreated(vault_path: Path) -> None:
    with raw_connection(vault_path, TEST_PASSPHRASE) as conn:
        conn.execute("PRAGMA user_version = 0")
    assert_refused_unchanged(vault_path, DamagedVault)


def test_second_open_in_the_same_process(vault: Vault, vault_path: Path) -> None:
    with pytest.raises(VaultInUse):
        Vault.open(vault_path, TEST_PASSPHRASE)
    assert vault.list_workplaces()  # the first one is unaffected


def test_second_process_gets_vault_in_use(vault: Vault, vault_path: Path) -> None:
    script = textwrap.dedent("""
        import sys
        from workbook.store import Vault, VaultInUse
        try:
            Vault.open(sys.argv[1], sys.argv[2])
        except VaultInUse as exc:
            print("in use:", exc)
        else:
            print("opened")
    """)
    result = subprocess.run([sys.executable, "-c", script, str(vault_path), TEST_PASSPHRASE],
                            capture_output=True, text=True, timeout=60, check=True)
    assert result.stdout.startswith("in use:"), result.stdout + result.stderr
    vault.close()
    result = subprocess.run([sys.executable, "-c", script, str(vault_path), TEST_PASSPHRASE],
                            capture_output=True, text=True, timeout=60, check=True)
    assert result.stdout.strip() == "opened", result.stdout + result.stderr


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_read_only_folder(vault_path: Path) -> None:
    folder = vault_path.parent
    folder.chmod(0o500)
    try:
        with pytest.raises(ReadOnlyLocation):
            Vault.open(vault_path, TEST_PASSPHRASE)
        with pytest.raises(ReadOnlyLocation):
            Vault.create(folder / "other.workbook", "x", kdf=FAST_TEST_KDF)
    finally:
        folder.chmod(0o700)


def test_read_only_file(vault_path: Path) -> None:
    vault_path.chmod(0o400)
    try:
        if os.access(vault_path, os.W_OK):
            pytest.skip("this user may write read-only files")
        with pytest.raises(ReadOnlyLocation):
            Vault.open(vault_path, TEST_PASSPHRASE)
    finally:
        vault_path.chmod(0o600)


def test_default_path_follows_the_environment(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WORKBOOK_DATA_DIR", str(tmp_path / "stick"))
    assert default_vault_path() == tmp_path / "stick" / "vault.workbook"
    assert not (tmp_path / "stick").exists()  # nothing is created by asking
    monkeypatch.delenv("WORKBOOK_DATA_DIR")
    assert default_vault_path().name == "vault.workbook"
    assert "Workbook" in default_vault_path().parts


def test_no_temporary_files_are_left_beside_the_vault(vault: Vault, vault_path: Path) -> None:
    vault.add_workplace(Workplace(name="X", currency="SEK", timezone="Europe/Stockholm"))
    vault.close()
    assert [p.name for p in vault_path.parent.iterdir()] == [vault_path.name]


def test_unwritable_place_is_reported_as_read_only(vault_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    # Runs even as root (where chmod does not stop writes): pretend the OS said no.
    from workbook.store import files

    monkeypatch.setattr(files.os, "access", lambda *_args, **_kw: False)
    before = vault_path.read_bytes()
    with pytest.raises(ReadOnlyLocation) as caught:
        Vault.open(vault_path, TEST_PASSPHRASE)
    assert "cannot write" in str(caught.value)
    assert vault_path.read_bytes() == before


def test_failures_print_nothing(vault_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    # SQLCipher logs failed decryption to stderr unless cipher_log_level=NONE comes first.
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_path, "wrong")
    data = bytearray(vault_path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    vault_path.write_bytes(bytes(data))
    with pytest.raises(VaultError), Vault.open(vault_path, TEST_PASSPHRASE) as vault:
        vault.check_integrity()
    captured = capfd.readouterr()
    assert captured.out == "" and captured.err == ""


def test_locking_does_not_wait_for_a_long_check(vault: Vault) -> None:
    import threading
    import time

    from store_helpers import night_shift

    with vault.transaction():
        for i in range(300):
            vault.add_shift(night_shift(1, notes=f"rad {i}"))
    outcome: list[BaseException | None] = []

    def keep_checking() -> None:
        try:
            while True:
                vault.verify_chain()
        except VaultError as exc:
            outcome.append(exc)

    worker = threading.Thread(target=keep_checking)
    worker.start()
    time.sleep(0.2)
    started = time.perf_counter()
    vault.close()
    took = time.perf_counter() - started
    worker.join(timeout=10)
    assert not worker.is_alive()
    assert len(outcome) == 1 and isinstance(outcome[0], VaultLocked)
    assert took < 2.0

"""``make_backup``, ``restore_backup``, ``check_vault`` and ``backup_due``: real encrypted vaults
(``FAST_TEST_KDF``), real files."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from workbook.domain.errors import ValidationError
from workbook.domain.models import Profile, Shift
from workbook.services.backup import (
    PROGRESS_TOTAL,
    CheckStatus,
    backup_due,
    check_vault,
    default_backup_name,
    last_backup_at,
    make_backup,
    restore_backup,
)
from workbook.store import (
    FAST_TEST_KDF,
    SCHEMA_VERSION,
    DamagedVault,
    NotAVault,
    Vault,
    VaultError,
    VaultExists,
    VaultInUse,
    VaultMissing,
    VaultTooNew,
    WrongPassphrase,
)
from workbook.store import files as store_files
from workbook.store.repositories.meta import CREATED_AT, LAST_BACKUP_AT

PASSPHRASE = "correct horse battery staple"  # the template vault's (tests/conftest.py)
OTHER = "en annan lösenfras ✨"
ZONE = "Europe/Stockholm"


def add_shift(vault: Vault, notes: str = "") -> int:
    start = datetime(2026, 3, 28, 20, tzinfo=UTC)
    shift = vault.add_shift(Shift(workplace_id=1, start=start, end=start + timedelta(hours=7),
                                  timezone=ZONE, notes=notes))
    assert shift.id is not None
    return shift.id


def listing(folder: Path) -> list[str]:
    """The files in ``folder`` (the vault fixture's folder also holds the tests' folders)."""
    return sorted(p.name for p in folder.iterdir() if not p.is_dir())


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def snapshot(path: Path) -> bytes:
    return path.read_bytes()


# --------------------------------------------------------------------------- make_backup


def test_backup_with_the_vaults_passphrase(vault: Vault, tmp_path: Path) -> None:
    shift_id = add_shift(vault, "kept in the backup")
    seen: list[tuple[int, int]] = []
    target = tmp_path / "USB stick" / "backup.workbook"
    result = make_backup(vault, target, PASSPHRASE, progress=lambda d, t: seen.append((d, t)))
    assert result.path == target and not result.separate_passphrase
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert seen[0] == (0, PROGRESS_TOTAL) and seen[-1] == (PROGRESS_TOTAL, PROGRESS_TOTAL)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert listing(target.parent) == ["backup.workbook"]
    assert result.size == target.stat().st_size
    assert "backup.workbook" in result.message()
    # Remembered inside the vault, for the reminder.
    assert last_backup_at(vault) == result.made_at
    assert target.read_bytes()[:16] != vault.path.read_bytes()[:16]  # its own salt
    report = check_vault(target, PASSPHRASE)
    assert report.ok and report.schema_version == SCHEMA_VERSION
    with Vault.open(target, PASSPHRASE) as copy:
        assert copy.get_shift(shift_id) is not None
        assert copy.journal_head() == vault.journal_head()


def test_backup_under_another_passphrase(vault: Vault, tmp_path: Path) -> None:
    result = make_backup(vault, tmp_path / "b.workbook", PASSPHRASE, new_passphrase=OTHER)
    assert result.separate_passphrase and "the passphrase you chose" in result.message()
    assert check_vault(result.path, OTHER).ok
    assert not check_vault(result.path, PASSPHRASE).ok


def test_a_wrong_passphrase_makes_no_backup(vault: Vault, out: Path) -> None:
    with pytest.raises(WrongPassphrase) as caught:
        make_backup(vault, out / "b.workbook", "a typo", new_passphrase=OTHER)
    assert "no backup was made" in str(caught.value)
    assert listing(out) == []
    assert vault.get_meta(LAST_BACKUP_AT) is None
    with pytest.raises(ValidationError):
        make_backup(vault, out / "b.workbook", PASSPHRASE, new_passphrase="")


def test_a_folder_gets_a_new_file_named_by_the_time(vault: Vault, out: Path) -> None:
    now = datetime(2026, 3, 28, 21, 5, 33, tzinfo=UTC)
    first = make_backup(vault, out, PASSPHRASE, now=now)
    assert first.path.name == default_backup_name(now) == \
        "workbook-backup-2026-03-28-210533Z.workbook"
    second = make_backup(vault, out, PASSPHRASE, now=now)  # never over the first
    assert second.path.name == "workbook-backup-2026-03-28-210533Z-2.workbook"
    assert first.path.exists()
    assert check_vault(first.path, PASSPHRASE).ok and check_vault(second.path, PASSPHRASE).ok


def test_an_older_backup_is_replaced_whole(vault: Vault, out: Path) -> None:
    target = out / "b.workbook"
    make_backup(vault, target, PASSPHRASE)
    newer = add_shift(vault, "newer")
    make_backup(vault, target, PASSPHRASE)
    assert listing(out) == ["b.workbook"]
    with Vault.open(target, PASSPHRASE) as copy:
        assert copy.get_shift(newer) is not None


def test_a_file_that_is_not_a_backup_is_never_overwritten(vault: Vault, out: Path) -> None:
    report = out / "report.pdf"
    report.write_bytes(b"%PDF-1.7 the worker's evidence")
    with pytest.raises(VaultExists) as caught:
        make_backup(vault, report, PASSPHRASE)
    assert "will not overwrite" in str(caught.value)
    assert report.read_bytes() == b"%PDF-1.7 the worker's evidence"
    assert listing(out) == ["report.pdf"]


def test_the_vault_itself_is_never_overwritten(vault: Vault, vault_path: Path) -> None:
    before = vault_path.read_bytes()
    with pytest.raises(VaultError):
        make_backup(vault, vault_path, PASSPHRASE)
    with pytest.raises(VaultError):
        make_backup(vault, vault_path.parent / "." / vault_path.name, PASSPHRASE)
    assert vault_path.read_bytes() == before


def test_backup_keeps_the_key_derivation_parameters(vault: Vault, tmp_path: Path) -> None:
    result = make_backup(vault, tmp_path / "b.workbook", PASSPHRASE)
    assert result.path.read_bytes()[0] == FAST_TEST_KDF.id == vault.kdf.id


# --------------------------------------------------------------------------- backup_due


def test_backup_due(vault: Vault, tmp_path: Path) -> None:
    created = datetime.fromisoformat(str(vault.get_meta(CREATED_AT)).replace("Z", "+00:00"))
    assert backup_due(vault, created + timedelta(days=13)) is None
    assert backup_due(vault, created + timedelta(days=14)) == 14  # never backed up
    result = make_backup(vault, tmp_path / "b.workbook", PASSPHRASE)
    assert backup_due(vault, result.made_at + timedelta(days=13, hours=23)) is None
    assert backup_due(vault, result.made_at + timedelta(days=20)) == 20
    vault.save_profile(Profile(work_name="Lina", backup_reminder_days=3))
    assert backup_due(vault, result.made_at + timedelta(days=3)) == 3
    vault.save_profile(Profile(work_name="Lina", backup_reminder_days=0))  # reminders off
    assert backup_due(vault, result.made_at + timedelta(days=999)) is None


# --------------------------------------------------------------------------- check_vault


def test_check_of_a_healthy_vault(vault: Vault, vault_path: Path) -> None:
    add_shift(vault)
    vault.close()
    before = snapshot(vault_path)
    seen: list[int] = []
    report = check_vault(vault_path, PASSPHRASE, progress=lambda d, t: seen.append(d))
    assert report.ok and report.problems == () and report.first_error is None
    assert [c.key for c in report.checks] == ["unlock", "pages", "structure", "links", "schema",
                                              "journal"]
    assert all(c.status is CheckStatus.OK and c.message for c in report.checks)
    assert report.journal_entries and report.journal_entries > 0
    assert seen[-1] == PROGRESS_TOTAL
    assert snapshot(vault_path) == before
    assert listing(vault_path.parent) == [vault_path.name]


def test_check_with_a_wrong_passphrase(vault_path: Path) -> None:
    report = check_vault(vault_path, "wrong")
    assert not report.ok
    assert report.checks[0].status is CheckStatus.PROBLEM
    assert "does not open" in report.checks[0].message
    assert all(c.status is CheckStatus.SKIPPED for c in report.checks[1:])
    assert isinstance(report.first_error, WrongPassphrase)


def test_check_refuses_what_it_cannot_check(vault: Vault, tmp_path: Path) -> None:
    with pytest.raises(VaultInUse):
        check_vault(vault.path, PASSPHRASE)
    with pytest.raises(VaultMissing):
        check_vault(tmp_path / "nothing.workbook", PASSPHRASE)
    with pytest.raises(ValidationError):
        check_vault(vault.path, "")


def test_check_finds_a_damaged_page(vault: Vault, vault_path: Path) -> None:
    for i in range(30):
        add_shift(vault, f"skift {i}")
    vault.close()
    data = bytearray(vault_path.read_bytes())
    data[len(data) // 2 + 1000] ^= 0x01
    vault_path.write_bytes(bytes(data))
    report = check_vault(vault_path, PASSPHRASE)
    problems = {c.key: c for c in report.problems}
    assert "pages" in problems and "damaged or changed" in problems["pages"].message
    assert isinstance(report.first_error, DamagedVault)
    assert vault_path.read_bytes() == bytes(data)


def tamper(path: Path, *statements: str, passphrase: str = PASSPHRASE) -> None:
    """Change the closed vault with raw SQL, as someone who knows the passphrase could."""
    sys.path.insert(0, str(Path(__file__).parents[1] / "store"))
    from store_helpers import raw_connection

    with raw_connection(path, passphrase) as conn:
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'"
                                    ).fetchall():
            conn.execute(f"DROP TRIGGER {name}")
        for statement in statements:
            conn.execute(statement)


def test_check_finds_a_rewritten_journal(vault: Vault, vault_path: Path) -> None:
    add_shift(vault, "the truth")
    vault.close()
    tamper(vault_path, "UPDATE journal SET recorded_at = '2020-01-01T00:00:00Z' WHERE seq = 2")
    report = check_vault(vault_path, PASSPHRASE)
    assert [c.key for c in report.problems] == ["journal"]
    assert "entry 2" in report.problems[0].message


def test_check_finds_broken_links(vault: Vault, vault_path: Path) -> None:
    add_shift(vault)
    vault.close()
    tamper(vault_path, "PRAGMA foreign_keys = OFF", "UPDATE shifts SET workplace_id = 999")
    report = check_vault(vault_path, PASSPHRASE)
    keys = [c.key for c in report.problems]
    assert "links" in keys
    assert "do not exist" in next(c for c in report.problems if c.key == "links").message


def test_check_of_a_newer_vault(vault_path: Path) -> None:
    tamper(vault_path, f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    report = check_vault(vault_path, PASSPHRASE)
    assert [c.key for c in report.problems] == ["schema"]
    assert "newer Workbook" in report.problems[0].message
    assert report.checks[-1].status is CheckStatus.SKIPPED
    assert isinstance(report.first_error, VaultTooNew)


def test_check_of_something_else(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(b"shopping list\n" * 400)
    report = check_vault(path, PASSPHRASE)
    assert isinstance(report.first_error, NotAVault)
    assert "not a Workbook vault" in report.checks[0].message


# --------------------------------------------------------------------------- restore_backup


@pytest.fixture
def backup(vault: Vault, tmp_path: Path) -> Path:
    add_shift(vault, "in the backup")
    return make_backup(vault, tmp_path / "usb" / "backup.workbook", PASSPHRASE,
                       new_passphrase=OTHER).path


def test_restore_keeps_the_previous_vault(vault: Vault, vault_path: Path, backup: Path) -> None:
    after = add_shift(vault, "written after the backup")
    vault.close()
    previous_bytes = snapshot(vault_path)
    backup_bytes = snapshot(backup)
    seen: list[int] = []
    now = datetime(2026, 4, 1, 12, 0, 0, tzinfo=UTC)
    result = restore_backup(backup, OTHER, vault_path, progress=lambda d, t: seen.append(d),
                            now=now)
    assert result.previous == vault_path.with_name(
        "vault.workbook.before-restore-20260401T120000Z")
    assert result.previous.read_bytes() == previous_bytes
    assert str(result.previous) in result.message() and "Delete it yourself" in result.message()
    assert result.report.ok and result.shifts == 1 and result.journal_entries > 0
    assert snapshot(backup) == backup_bytes  # only read
    assert listing(backup.parent) == ["backup.workbook"]
    assert listing(vault_path.parent) == sorted([vault_path.name, result.previous.name])
    assert seen[-1] == PROGRESS_TOTAL and seen == sorted(seen)
    assert stat.S_IMODE(vault_path.stat().st_mode) == 0o600
    with Vault.open(vault_path, OTHER) as restored:
        assert restored.get_shift(after) is None
        assert restored.count_shifts() == 1
    with Vault.open(result.previous, PASSPHRASE) as old:
        assert old.get_shift(after) is not None
    # A second restore in the same second does not touch the first kept vault.
    again = restore_backup(backup, OTHER, vault_path, now=now)
    assert again.previous is not None and again.previous != result.previous
    assert result.previous.read_bytes() == previous_bytes


def test_restore_into_a_new_place(backup: Path, tmp_path: Path) -> None:
    target = tmp_path / "new computer" / "vault.workbook"
    result = restore_backup(backup, OTHER, target)
    assert result.previous is None and result.kept == ()
    assert "kept" not in result.message()
    assert listing(target.parent) == ["vault.workbook"]
    assert check_vault(target, OTHER).ok


def test_restore_with_a_wrong_passphrase_changes_nothing(vault: Vault, vault_path: Path,
                                                         backup: Path) -> None:
    vault.close()
    before = snapshot(vault_path)
    with pytest.raises(WrongPassphrase) as caught:
        restore_backup(backup, PASSPHRASE, vault_path)
    assert "does not open this backup" in str(caught.value)
    assert "not changed" in str(caught.value)
    assert snapshot(vault_path) == before
    assert listing(vault_path.parent) == [vault_path.name]


def test_restore_refuses_a_newer_backup(vault: Vault, vault_path: Path, backup: Path) -> None:
    vault.close()
    tamper(backup, f"PRAGMA user_version = {SCHEMA_VERSION + 1}", passphrase=OTHER)
    before = snapshot(vault_path)
    with pytest.raises(VaultTooNew) as caught:
        restore_backup(backup, OTHER, vault_path)
    assert "newer version" in str(caught.value)
    assert snapshot(vault_path) == before
    assert listing(vault_path.parent) == [vault_path.name]


def test_restore_refuses_something_else(vault: Vault, vault_path: Path, out: Path) -> None:
    vault.close()
    photo = out / "photo.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + os.urandom(9000))
    with pytest.raises(NotAVault):
        restore_backup(photo, OTHER, vault_path)
    with pytest.raises(VaultMissing):
        restore_backup(out / "nothing.workbook", OTHER, vault_path)
    with pytest.raises(VaultError) as caught:
        restore_backup(vault_path, PASSPHRASE, vault_path)
    assert "the vault itself" in str(caught.value)
    assert listing(vault_path.parent) == [vault_path.name]


def test_restore_refuses_an_open_vault(vault: Vault, vault_path: Path, backup: Path) -> None:
    with pytest.raises(VaultInUse) as caught:
        restore_backup(backup, OTHER, vault_path)
    assert "Lock it or close the app" in str(caught.value)
    assert vault.count_shifts() == 1  # the open vault is unaffected
    assert listing(vault_path.parent) == [vault_path.name, vault_path.name + "-shm",
                                          vault_path.name + "-wal"]


def test_restore_refuses_a_backup_that_is_open(vault: Vault, vault_path: Path,
                                               backup: Path) -> None:
    vault.close()
    with Vault.open(backup, OTHER), pytest.raises(VaultInUse) as caught:
        restore_backup(backup, OTHER, vault_path)
    assert "backup is open" in str(caught.value)


def test_restore_over_a_vault_that_was_not_closed_cleanly(vault: Vault, vault_path: Path,
                                                          backup: Path, tmp_path: Path) -> None:
    """A vault whose last changes are still only in its write-ahead log (the app was killed):
    the log goes with it under the kept name, so those changes are kept, and never replayed
    into the restored vault."""
    last = add_shift(vault, "only in the WAL")
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    assert listing(vault_path.parent) == [vault_path.name, vault_path.name + "-shm",
                                          vault_path.name + "-wal"]
    for name in listing(vault_path.parent):  # a copy as a power cut would leave it
        shutil.copy2(vault_path.parent / name, crashed / name)
    vault.close()
    target = crashed / vault_path.name
    assert (crashed / (vault_path.name + "-wal")).stat().st_size > 0
    result = restore_backup(backup, OTHER, target)
    assert result.previous is not None
    assert sorted(p.name for p in result.kept) == sorted(
        [result.previous.name, result.previous.name + "-wal", result.previous.name + "-shm"])
    assert listing(crashed) == sorted([target.name, *(p.name for p in result.kept)])
    assert check_vault(target, OTHER).ok
    with Vault.open(result.previous, PASSPHRASE) as old:
        assert old.get_shift(last) is not None


def test_restore_folds_in_a_log_left_beside_the_backup(vault: Vault, tmp_path: Path) -> None:
    """A backup that was opened and not closed cleanly has changes in its -wal: restored too,
    while the backup and its log stay as they were."""
    stick = tmp_path / "stick"
    make_backup(vault, stick / "b.workbook", PASSPHRASE)
    vault.close()
    copy = Vault.open(stick / "b.workbook", PASSPHRASE)
    added = add_shift(copy, "written into the backup copy")
    snap = tmp_path / "snap"
    snap.mkdir()
    for name in listing(stick):
        shutil.copy2(stick / name, snap / name)
    copy.close()
    before = {name: (snap / name).read_bytes() for name in listing(snap)}
    target = tmp_path / "restored" / "vault.workbook"
    restore_backup(snap / "b.workbook", PASSPHRASE, target)
    assert {name: (snap / name).read_bytes() for name in listing(snap)} == before
    with Vault.open(target, PASSPHRASE) as restored:
        assert restored.get_shift(added) is not None


def test_a_killed_restore_leaves_nothing_the_next_one_does_not_clear(
        vault: Vault, vault_path: Path, backup: Path) -> None:
    vault.close()
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    pid = int(dead.stdout)
    leftover = vault_path.with_name(f".{vault_path.name}.restore-{pid}-{'ab' * 6}.tmp")
    leftover.write_bytes(b"half a copy")
    restore_backup(backup, OTHER, vault_path)
    assert not leftover.exists()
    assert store_files.temp_leftovers(vault_path) == []

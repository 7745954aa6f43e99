"""``workbook backup``, ``restore`` and ``check`` as separate processes: exit codes 0/1/2, one
plain line on standard error for a failure, and nothing changed by one. The vaults here use the
test key derivation (a backup keeps its vault's), so each run takes well under a second."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from workbook.domain.models import Shift, Workplace
from workbook.store import FAST_TEST_KDF, Vault

PHRASE = "första lösenfrasen ✨"
BACKUP_PHRASE = "reservkopians fras ไทย"


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    home = tmp_path / "home"
    home.mkdir()
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "WORKBOOK"))}
    environment.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"),
                       QT_QPA_PLATFORM="offscreen")
    return environment


@pytest.fixture
def vault_file(tmp_path: Path) -> Path:
    from datetime import UTC, datetime, timedelta

    path = tmp_path / "Arbete ş ț Ж" / "vault.workbook"
    with Vault.create(path, PHRASE, kdf=FAST_TEST_KDF) as vault:
        place = vault.add_workplace(Workplace(name="Club Aurora", currency="SEK",
                                              timezone="Europe/Stockholm"))
        start = datetime(2026, 3, 28, 20, tzinfo=UTC)
        assert place.id is not None
        vault.add_shift(Shift(workplace_id=place.id, start=start,
                              end=start + timedelta(hours=7), timezone="Europe/Stockholm"))
    return path


def run(env: dict[str, str], vault: Path, *args: str, stdin: str = ""
        ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "workbook", "--vault", str(vault),
                           "--passphrase-stdin", *args], input=stdin, capture_output=True,
                          text=True, encoding="utf-8", env=env, timeout=120, check=False)


def failed(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1, (result.stdout, result.stderr)
    error = result.stderr.strip()
    assert error.startswith("workbook: ") and "\n" not in error, result.stderr
    assert "Traceback" not in result.stderr
    return error


def test_backup_check_restore(env: dict[str, str], vault_file: Path, tmp_path: Path) -> None:
    stick = tmp_path / "USB ключ"
    stick.mkdir()
    done = run(env, vault_file, "backup", str(stick / "kopia.workbook"), "--new-passphrase",
               stdin=f"{PHRASE}\n{BACKUP_PHRASE}\n")
    assert done.returncode == 0, done.stderr
    assert "Backed up to" in done.stdout and "the passphrase you chose" in done.stdout
    into_folder = run(env, vault_file, "backup", str(stick), stdin=f"{PHRASE}\n")
    assert into_folder.returncode == 0, into_folder.stderr
    assert len(os.listdir(stick)) == 2

    checked = run(env, vault_file, "check", stdin=f"{PHRASE}\n")
    assert checked.returncode == 0, checked.stderr
    lines = checked.stdout.splitlines()
    assert lines[0].startswith("Checking ") and lines[-1] == "Everything is in order."
    assert len([line for line in lines if line.startswith("  ok ")]) == 6

    restored = run(env, vault_file, "restore", str(stick / "kopia.workbook"),
                   stdin=f"{BACKUP_PHRASE}\n")
    assert restored.returncode == 0, restored.stderr
    assert "Restored 1 shifts" in restored.stdout
    kept = [p for p in vault_file.parent.iterdir() if "before-restore" in p.name]
    assert len(kept) == 1 and str(kept[0]) in restored.stdout
    assert run(env, vault_file, "check", stdin=f"{BACKUP_PHRASE}\n").returncode == 0

    elsewhere = tmp_path / "ny dator" / "vault.workbook"
    created = run(env, elsewhere, "restore", str(stick / "kopia.workbook"),
                  stdin=f"{BACKUP_PHRASE}\n")
    assert created.returncode == 0 and "kept" not in created.stdout
    assert elsewhere.exists()


def test_failures_are_one_line_and_change_nothing(env: dict[str, str], vault_file: Path,
                                                  tmp_path: Path) -> None:
    before = vault_file.read_bytes()
    assert "does not open" in failed(run(env, vault_file, "backup", str(tmp_path / "b"),
                                         stdin="wrong\n"))
    assert "over the vault itself" in failed(run(env, vault_file, "backup", str(vault_file),
                                                 stdin=f"{PHRASE}\n"))
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"\xff\xd8\xff a photo")
    assert "will not overwrite" in failed(run(env, vault_file, "backup", str(photo),
                                              stdin=f"{PHRASE}\n"))
    assert photo.read_bytes() == b"\xff\xd8\xff a photo"
    assert "too short" in failed(run(env, vault_file, "backup", str(tmp_path / "b"),
                                     "--new-passphrase", stdin=f"{PHRASE}\nshort\n"))
    assert not (tmp_path / "b").exists()

    assert "no backup file" in failed(run(env, vault_file, "restore",
                                          str(tmp_path / "nothing.workbook"),
                                          stdin=f"{PHRASE}\n"))
    assert "not a Workbook backup" in failed(run(env, vault_file, "restore", str(photo),
                                                 stdin=f"{PHRASE}\n"))
    backup = tmp_path / "b.workbook"
    assert run(env, vault_file, "backup", str(backup), stdin=f"{PHRASE}\n").returncode == 0
    before = vault_file.read_bytes()
    assert "does not open this backup" in failed(run(env, vault_file, "restore", str(backup),
                                                     stdin="wrong\n"))
    assert "There is no vault" in failed(run(env, tmp_path / "none.workbook", "check",
                                             stdin=f"{PHRASE}\n"))
    usage = run(env, vault_file, "restore")
    assert usage.returncode == 2 and "IN" in usage.stderr
    assert vault_file.read_bytes() == before
    assert sorted(p.name for p in vault_file.parent.iterdir()) == ["vault.workbook"]


def test_check_of_a_damaged_vault(env: dict[str, str], vault_file: Path) -> None:
    data = bytearray(vault_file.read_bytes())
    data[len(data) // 2 + 100] ^= 0x10
    vault_file.write_bytes(bytes(data))
    result = run(env, vault_file, "check", stdin=f"{PHRASE}\n")
    assert result.returncode == 1, result.stderr
    assert "  PROBLEM  " in result.stdout and "damaged" in result.stdout
    assert "workbook restore BACKUP-FILE" in result.stdout
    assert vault_file.read_bytes() == bytes(data)

    wrong = run(env, vault_file, "check", stdin="wrong\n")
    assert wrong.returncode == 1 and "  PROBLEM  Opens with this passphrase" in wrong.stdout


def test_check_of_a_vault_in_use(env: dict[str, str], vault_file: Path) -> None:
    with Vault.open(vault_file, PHRASE):
        error = failed(run(env, vault_file, "check", stdin=f"{PHRASE}\n"))
    assert "already open" in error

"""A vault in a folder whose name has spaces and non-Latin letters: everything works there, the
backup and restore included, and backups go to such folders too."""

from __future__ import annotations

import os
from pathlib import Path

from fault_helpers import BACKUP_PASSPHRASE, PASSPHRASE, add_shifts, assert_all_there, make_vault

from workbook.services.backup import backup_due, check_vault, make_backup, restore_backup
from workbook.store import FAST_TEST_KDF, Vault

FOLDER = "Arbete ş ț Ж ไทย"


def test_everything_works_in_a_non_latin_folder(tmp_path: Path) -> None:
    path = tmp_path / FOLDER / "valv.workbook"
    filled = make_vault(path)
    assert path.exists() and path.parent.name == FOLDER
    stick = tmp_path / "USB ключ ş" / "säkerhets kopior ไทย"
    stick.mkdir(parents=True)

    with Vault.open(path, PASSPHRASE) as vault:
        more, money = add_shifts(vault, 2, first=50)
        assert backup_due(vault) is None
        into_folder = make_backup(vault, stick, PASSPHRASE)  # a folder: named by the time
        named = make_backup(vault, stick / "kopia ş ț.workbook", PASSPHRASE,
                            new_passphrase=BACKUP_PASSPHRASE)
        vault.change_passphrase("nytt lösen ж ไทย", kdf=FAST_TEST_KDF)
    filled.shift_ids += more
    filled.money_ids += money

    assert into_folder.path.parent == stick and into_folder.path.name.startswith(
        "workbook-backup-")
    assert sorted(os.listdir(stick)) == sorted([into_folder.path.name, "kopia ş ț.workbook"])
    assert check_vault(named.path, BACKUP_PASSPHRASE).ok
    assert check_vault(path, "nytt lösen ж ไทย").ok

    result = restore_backup(named.path, BACKUP_PASSPHRASE, path)
    assert result.previous is not None and result.previous.parent.name == FOLDER
    assert result.previous.name.startswith("valv.workbook.before-restore-")
    assert_all_there(filled, BACKUP_PASSPHRASE)
    assert_all_there(filled, "nytt lösen ж ไทย", path=result.previous)
    assert sorted(os.listdir(path.parent)) == sorted(["valv.workbook", result.previous.name])

    # Restoring into a new, non-Latin place creates the vault there.
    fresh = tmp_path / "Ny plats ș" / "Жильё" / "valv.workbook"
    created = restore_backup(into_folder.path, PASSPHRASE, fresh)
    assert created.previous is None and created.vault_path == fresh
    assert_all_there(filled, PASSPHRASE, path=fresh)

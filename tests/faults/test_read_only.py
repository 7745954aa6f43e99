"""A vault in a folder Workbook may not write to: a clear ReadOnlyLocation, and nothing changed.

As root, chmod stops nothing, so this runs two ways: through a read-only bind mount (writes fail
with EROFS for everyone) and as the unprivileged user ``nobody`` in a folder it may read but not
change (or, where nobody cannot reach this Python, as root without the capabilities that
override file modes). Each is skipped, with the reason, where it cannot be set up.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from fault_helpers import (
    BACKUP_PASSPHRASE,
    PASSPHRASE,
    Filled,
    Unprivileged,
    assert_all_there,
    make_vault,
)

from workbook.services.backup import check_vault, make_backup, restore_backup
from workbook.store import FAST_TEST_KDF, ReadOnlyLocation, Vault

READ_ONLY = ReadOnlyLocation.default_message


def test_read_only_mount(filled: Filled, tmp_path: Path,
                         read_only_folder: Callable[[Path], Path]) -> None:
    view = read_only_folder(filled.path.parent)
    vault_path = view / filled.path.name
    before = vault_path.read_bytes()

    with pytest.raises(ReadOnlyLocation) as caught:
        Vault.open(vault_path, PASSPHRASE)
    assert str(caught.value) == READ_ONLY
    with pytest.raises(ReadOnlyLocation):
        Vault.create(view / "another.workbook", PASSPHRASE, kdf=FAST_TEST_KDF)
    with pytest.raises(ReadOnlyLocation):
        check_vault(vault_path, PASSPHRASE)
    assert vault_path.read_bytes() == before

    # A backup to a read-only place, and a restore into one, change nothing.
    other = make_vault(tmp_path / "other" / "vault.workbook", passphrase=BACKUP_PASSPHRASE)
    with Vault.open(other.path, BACKUP_PASSPHRASE) as vault, pytest.raises(ReadOnlyLocation):
        make_backup(vault, view / "backup.workbook", BACKUP_PASSPHRASE)
    with pytest.raises(ReadOnlyLocation):
        restore_backup(other.path, BACKUP_PASSPHRASE, vault_path)

    assert vault_path.read_bytes() == before
    assert sorted(os.listdir(view)) == [filled.path.name]
    assert_all_there(filled)


def test_restore_from_a_read_only_backup(filled: Filled, tmp_path: Path,
                                         read_only_folder: Callable[[Path], Path]) -> None:
    """A backup on a read-only stick (or CD) restores, and is only read."""
    stick = tmp_path / "stick"
    with Vault.open(filled.path, PASSPHRASE) as vault:
        make_backup(vault, stick / "backup.workbook", PASSPHRASE)
    view = read_only_folder(stick)
    before = (view / "backup.workbook").read_bytes()
    target = tmp_path / "new place" / "vault.workbook"
    result = restore_backup(view / "backup.workbook", PASSPHRASE, target)
    assert result.previous is None and result.shifts == len(filled.shift_ids)
    assert (view / "backup.workbook").read_bytes() == before
    assert sorted(os.listdir(view)) == ["backup.workbook"]
    assert_all_there(filled, path=target)


def test_export_to_a_read_only_mount(filled: Filled, tmp_path: Path,
                                     read_only_folder: Callable[[Path], Path]) -> None:
    from workbook.services.export import ExportError, export_evidence

    out = tmp_path / "out"
    out.mkdir()
    view = read_only_folder(out)
    with Vault.open(filled.path, PASSPHRASE) as vault, pytest.raises(ExportError) as caught:
        export_evidence(vault, date_from=date(2026, 3, 1), date_to=date(2026, 3, 31),
                        pdf_path=view / "r.pdf")
    assert "Read-only file system" in str(caught.value) or "Cannot write" in str(caught.value)
    assert os.listdir(view) == []


NOBODY_SCRIPT = """
    import json, sys
    from workbook.store import Vault, FAST_TEST_KDF, VaultError
    from workbook.services.backup import make_backup, restore_backup, check_vault
    folder, vault_path, passphrase, writable = sys.argv[1:5]
    results = {}

    def attempt(name, action):
        try:
            action()
        except VaultError as exc:
            results[name] = [type(exc).__name__, str(exc)]
        else:
            results[name] = ["ok", ""]

    attempt("open", lambda: Vault.open(vault_path, passphrase).close())
    attempt("create", lambda: Vault.create(folder + "/new.workbook", passphrase,
                                           kdf=FAST_TEST_KDF).close())
    attempt("check", lambda: check_vault(vault_path, passphrase))

    def backup_into_read_only():
        with Vault.open(writable, passphrase) as vault:
            make_backup(vault, folder + "/backup.workbook", passphrase)

    attempt("backup", backup_into_read_only)
    attempt("restore", lambda: restore_backup(writable, passphrase, vault_path))
    print(json.dumps(results))
"""


def test_read_only_folder_without_privileges(unprivileged: Unprivileged) -> None:
    nobody = unprivileged
    folder = nobody.base / "Arbete ş ț Ж ไทย"
    folder.mkdir()
    filled = make_vault(folder / "vault.workbook")
    elsewhere = nobody.base / "writable"
    elsewhere.mkdir()
    other = make_vault(elsewhere / "other.workbook")
    nobody.own(filled.path, 0o600)
    nobody.own(folder, 0o500)  # nobody's own folder, but without write permission
    nobody.own(other.path, 0o600)
    nobody.own(elsewhere, 0o700)
    before = filled.path.read_bytes()

    result = nobody.run(NOBODY_SCRIPT, str(folder), str(filled.path), PASSPHRASE,
                        str(other.path))
    assert result.returncode == 0, result.stderr
    outcome = json.loads(result.stdout)
    for action in ("open", "create", "check", "backup", "restore"):
        assert outcome[action] == ["ReadOnlyLocation", READ_ONLY], (action, outcome)

    assert filled.path.read_bytes() == before
    assert sorted(os.listdir(folder)) == ["vault.workbook"]
    folder.chmod(0o700)
    print(f"read-only folder checked as {nobody.how}")
    assert_all_there(filled)
    assert_all_there(other)
    shutil.rmtree(folder)

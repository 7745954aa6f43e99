"""Changing the passphrase gives the vault a new salt and key atomically; backups are complete
encrypted copies with their own salt."""

from __future__ import annotations

from pathlib import Path

import pytest
from store_helpers import night_shift

from workbook.domain.models import Workplace
from workbook.store import (
    FAST_TEST_KDF,
    PRODUCTION_KDF,
    Vault,
    VaultError,
    VaultInUse,
    WrongPassphrase,
)
from workbook.store.kdf import KNOWN_KDFS, KdfParams

OLD = "correct horse battery staple"
NEW = "ny lösenfras ✨ نادي"


def test_new_passphrase_opens_old_does_not(vault: Vault, vault_path: Path) -> None:
    shift = vault.add_shift(night_shift(1, notes="före bytet"))
    head = vault.journal_head()
    salt_before = vault_path.read_bytes()[:16]
    vault.change_passphrase(NEW, kdf=FAST_TEST_KDF)
    # Still usable, still ours.
    assert vault.get_shift(shift.id or 0) == shift
    with pytest.raises(VaultInUse):
        Vault.open(vault_path, NEW)
    vault.add_workplace(Workplace(name="After", currency="SEK", timezone="Europe/Stockholm"))
    vault.close()

    salt_after = vault_path.read_bytes()[:16]
    assert salt_after != salt_before and salt_after[0] == FAST_TEST_KDF.id
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_path, OLD)
    with Vault.open(vault_path, NEW) as again:
        assert again.get_shift(shift.id or 0) == shift
        assert again.journal_rows(1, head[0])[-1].hash == head[1]
        assert again.verify_chain().ok
        assert "After" in [w.name for w in again.list_workplaces()]
    assert [p.name for p in vault_path.parent.iterdir()] == [vault_path.name]


def test_salt_names_the_new_parameter_set(vault: Vault, vault_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    stronger = KdfParams(id=0x7A, time_cost=2, memory_cost=128, parallelism=1, name="test")
    monkeypatch.setitem(KNOWN_KDFS, stronger.id, stronger)
    vault.change_passphrase(NEW, kdf=stronger)
    assert vault.kdf == stronger
    vault.close()
    assert vault_path.read_bytes()[0] == stronger.id
    with Vault.open(vault_path, NEW) as again:
        assert again.kdf == stronger


def test_change_passphrase_uses_production_parameters_by_default(vault: Vault,
                                                                  vault_path: Path) -> None:
    # One real derivation (about half a second) to prove the default is the strong set.
    vault.change_passphrase(NEW)
    assert vault.kdf == PRODUCTION_KDF
    vault.close()
    assert vault_path.read_bytes()[0] == PRODUCTION_KDF.id


def test_create_uses_production_parameters_by_default(monkeypatch: pytest.MonkeyPatch,
                                                      tmp_path: Path) -> None:
    from workbook.store import unlock

    seen: list[KdfParams] = []
    real = unlock.fresh_key_spec

    def spy(passphrase: str, kdf: KdfParams) -> bytearray:
        seen.append(kdf)
        return real(passphrase, FAST_TEST_KDF)  # keep the test fast; the choice is what counts

    monkeypatch.setattr(unlock, "fresh_key_spec", spy)
    Vault.create(tmp_path / "v.workbook", NEW).close()
    assert seen == [PRODUCTION_KDF]
    assert PRODUCTION_KDF.memory_cost == 64 * 1024 and PRODUCTION_KDF.parallelism == 2


def test_empty_new_passphrase_is_refused(vault: Vault, vault_path: Path) -> None:
    before = vault_path.read_bytes()
    with pytest.raises(ValueError):
        vault.change_passphrase("", kdf=FAST_TEST_KDF)
    assert vault.list_workplaces()
    vault.close()
    assert vault_path.read_bytes()[:16] == before[:16]


def test_backup_is_a_complete_copy_with_its_own_salt(vault: Vault, vault_path: Path,
                                                     tmp_path: Path) -> None:
    vault.add_shift(night_shift(1, notes="säkerhetskopia"))
    target = tmp_path / "usb" / "backup.workbook"
    written = vault.backup_to(target, "backup phrase", kdf=FAST_TEST_KDF)
    assert written == target
    assert vault.get_meta("last_backup_at") is not None
    assert target.read_bytes()[:16] != vault_path.read_bytes()[:16]
    assert (target.stat().st_mode & 0o777) == 0o600
    shifts = vault.list_shifts()
    vault.close()
    with Vault.open(target, "backup phrase") as copy:
        assert copy.list_shifts() == shifts
        assert copy.verify_chain().ok
    # A second backup replaces the first atomically.
    with Vault.open(vault_path, OLD) as again:
        again.backup_to(target, "other phrase", kdf=FAST_TEST_KDF)
    with pytest.raises(WrongPassphrase):
        Vault.open(target, "backup phrase")
    assert sorted(p.name for p in target.parent.iterdir()) == ["backup.workbook"]


def test_backup_never_overwrites_the_vault(vault: Vault, vault_path: Path) -> None:
    with pytest.raises(VaultError):
        vault.backup_to(vault_path, "x", kdf=FAST_TEST_KDF)

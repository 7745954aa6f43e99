"""The rep vault's passphrase change, backup and restore (the worker vault's own copying and
re-keying code), and removing a report: gone from the list, the figures and the file."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from rep_helpers import Sidecars

from workbook import cli
from workbook.rep.intake import ADDED, import_report
from workbook.rep.practice import practice_for
from workbook.rep.safekeeping import backup_rep_vault, restore_rep_vault
from workbook.rep.vault import RepVault
from workbook.store.errors import (
    NotAVault,
    VaultExists,
    VaultInUse,
    WrongPassphrase,
)
from workbook.store.kdf import FAST_TEST_KDF
from workbook.store.vault import Vault

PASS = "rep passphrase 1"
NEW = "a new rep passphrase"


def filled(path: Path, s: Sidecars) -> RepVault:
    rep = RepVault.create(path, PASS, kdf=FAST_TEST_KDF)
    for name, data in (("a.json", s.a_full), ("b.json", s.b), ("c.json", s.c),
                       ("d.json", s.d_tampered)):
        import_report(rep, data, file_name=name)
    return rep


def test_a_new_passphrase_opens_the_reports_and_the_old_one_no_longer_does(
        tmp_path: Path, sidecars: Sidecars) -> None:
    path = tmp_path / "rep.workbook"
    with filled(path, sidecars) as rep:
        before = [(r.fingerprint, r.ok, r.worker) for r in rep.reports()]
        rep.change_passphrase(NEW, kdf=FAST_TEST_KDF)
        # The open vault carries on with the new file.
        assert [(r.fingerprint, r.ok, r.worker) for r in rep.reports()] == before
        assert rep.passphrase_matches(NEW) and not rep.passphrase_matches(PASS)
    with pytest.raises(WrongPassphrase):
        RepVault.open(path, PASS)
    with RepVault.open(path, NEW) as rep:
        assert [(r.fingerprint, r.ok, r.worker) for r in rep.reports()] == before
        assert practice_for(rep, "Club Aurora").workers == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rep.workbook"]  # no copy left


def test_a_backup_restores_a_removed_report_and_keeps_the_vault_it_replaced(
        tmp_path: Path, sidecars: Sidecars) -> None:
    path, backups = tmp_path / "rep.workbook", tmp_path / "usb"
    backups.mkdir()
    with filled(path, sidecars) as rep:
        written = backup_rep_vault(rep, backups, PASS)
        assert written.parent == backups and written.name.startswith("workbook-rep-backup-")
        assert rep.last_backup_at() is not None
        with pytest.raises(WrongPassphrase):
            backup_rep_vault(rep, backups / "typo.workbook", "not the passphrase")
        rep.remove_report(sidecars_fingerprint(rep, "c.json"))
        assert practice_for(rep, "Club Aurora").withheld  # two workers left
        # Restoring over the open vault is refused, and changes nothing.
        with pytest.raises(VaultInUse):
            restore_rep_vault(written, PASS, path)
    with pytest.raises(WrongPassphrase, match="does not open this backup"):
        restore_rep_vault(written, "not the passphrase", path)
    result = restore_rep_vault(written, PASS, path)
    assert result.reports == 4 and result.previous is not None
    with RepVault.open(path, PASS) as rep:
        assert practice_for(rep, "Club Aurora").workers == 3
    with RepVault.open(result.previous, PASS) as kept:
        assert len(kept.reports()) == 3


def sidecars_fingerprint(rep: RepVault, file_name: str) -> str:
    return next(r.fingerprint for r in rep.reports() if r.file_name == file_name)


def test_a_backup_never_overwrites_another_file_and_a_worker_vault_is_not_restored(
        tmp_path: Path, sidecars: Sidecars) -> None:
    path = tmp_path / "rep.workbook"
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0 not a vault" * 10)
    worker = tmp_path / "worker.workbook"
    Vault.create(worker, PASS, kdf=FAST_TEST_KDF).close()
    with filled(path, sidecars) as rep, pytest.raises(VaultExists,
                                                       match="not a Workbook backup"):
        backup_rep_vault(rep, photo, PASS)
    assert photo.read_bytes().startswith(b"\xff\xd8")
    before = path.read_bytes()
    with pytest.raises(NotAVault, match="not a backup of a rep vault"):
        restore_rep_vault(worker, PASS, path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["photo.jpg", "rep.workbook",
                                                          "worker.workbook"]


def test_removing_a_report_takes_it_out_of_the_list_the_figures_and_the_file(
        tmp_path: Path, sidecars: Sidecars) -> None:
    path = tmp_path / "rep.workbook"
    with filled(path, sidecars) as rep:
        assert practice_for(rep, "Club Aurora").workers == 3
        b = sidecars_fingerprint(rep, "b.json")
        assert rep.find_report(b[:7]) is None  # too short a prefix to be sure
        removed = rep.remove_report(b[:12])
        assert removed.file_name == "b.json"
        assert [r.file_name for r in rep.reports()] == ["a.json", "c.json", "d.json"]
        assert rep.find_report(b) is None
        assert practice_for(rep, "Club Aurora").withheld  # 2 workers: below the threshold
        assert rep.counts() == (2, 1, 2)  # verified, failed, workers
        # The failed one can go too.
        rep.remove_report(sidecars_fingerprint(rep, "d.json"))
        assert rep.counts() == (2, 0, 2)
        with pytest.raises(KeyError):
            rep.remove_report(b)
        # Freed pages are overwritten and the write-ahead log is emptied.
        assert rep._db.scalar("PRAGMA secure_delete") == 1
        wal = path.with_name(path.name + "-wal")
        assert not wal.exists() or wal.stat().st_size == 0
        # Imported again (the worker changed her mind), it counts again.
        assert import_report(rep, sidecars.b, file_name="b.json").status == ADDED
        assert practice_for(rep, "Club Aurora").workers == 3


def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], vault: Path,
        stdin: str, *args: str) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = cli.main(["--passphrase-stdin", "rep", "--rep-vault", str(vault), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_cli_removes_backs_up_restores_and_changes_the_passphrase(
        tmp_path: Path, sidecars: Sidecars, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "rep.workbook"
    with filled(path, sidecars) as rep:
        c = sidecars_fingerprint(rep, "c.json")
    backup = tmp_path / "rep-backup.workbook"
    code, out, _ = run(monkeypatch, capsys, path, PASS + "\n", "backup", str(backup))
    assert code == 0 and f"Backed up to {backup}" in out
    code, out, _ = run(monkeypatch, capsys, path, PASS + "\n", "remove", c[:10])
    assert code == 0 and "Removed report" in out and "c.json" in out
    code, _, err = run(monkeypatch, capsys, path, PASS + "\n", "remove", c[:10])
    assert code == 1 and "Nothing was removed" in err
    code, out, _ = run(monkeypatch, capsys, path, PASS + "\n", "list")
    assert "c.json" not in out
    code, out, _ = run(monkeypatch, capsys, path, PASS + "\n", "restore", str(backup))
    assert code == 0 and "is kept, unchanged" in out
    code, out, _ = run(monkeypatch, capsys, path, PASS + "\n", "list")
    assert "c.json" in out
    code, out, _ = run(monkeypatch, capsys, path, f"{PASS}\n{NEW}\n", "passwd")
    assert code == 0 and "passphrase is changed" in out
    code, _, err = run(monkeypatch, capsys, path, PASS + "\n", "list")
    assert code == 1 and "passphrase" in err.lower()
    code, out, _ = run(monkeypatch, capsys, path, NEW + "\n", "list")
    assert code == 0 and "c.json" in out

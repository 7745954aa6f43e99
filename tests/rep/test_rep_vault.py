"""The rep vault file: encrypted and keyed as a worker's vault is, refusing the other kind of
vault and a wrong passphrase with a plain message, and holding nothing in plaintext."""

from __future__ import annotations

from pathlib import Path

import pytest
from rep_helpers import Sidecars

from workbook.rep.intake import import_report
from workbook.rep.vault import NotARepVault, RepVault
from workbook.store.errors import VaultExists, WrongPassphrase
from workbook.store.kdf import FAST_TEST_KDF
from workbook.store.vault import Vault

PASS = "rep passphrase 1"


def test_reports_survive_closing_and_reopening(tmp_path: Path, sidecars: Sidecars) -> None:
    path = tmp_path / "rep.workbook"
    with RepVault.create(path, PASS, kdf=FAST_TEST_KDF) as rep:
        import_report(rep, sidecars.c, file_name="c.json")
        import_report(rep, sidecars.d_tampered, file_name="d.json")
        # A PDF that is not the report's own fails the report, saying so.
        import_report(rep, sidecars.b, file_name="b.json", pdf=b"%PDF-1.4 another report")
    with RepVault.open(path, PASS) as rep:
        reports = rep.reports()
        assert [(r.file_name, r.ok) for r in reports] == [
            ("c.json", True), ("d.json", False), ("b.json", False)]
        assert [c.name for c in reports[2].failed] == ["PDF"]
        assert reports[2].has_pdf
        sidecar, _pdf = rep.report_files(reports[0].id)
        assert sidecar == sidecars.c
        assert reports[0].workplaces == ("CLUB AURORA",)


def test_the_file_holds_no_plaintext(tmp_path: Path, sidecars: Sidecars) -> None:
    path = tmp_path / "rep.workbook"
    with RepVault.create(path, PASS, kdf=FAST_TEST_KDF) as rep:
        import_report(rep, sidecars.c, file_name="c.json")
    data = path.read_bytes()
    assert not data.startswith(b"SQLite format 3")
    for canary in (b"AURORA", b"house_fee", b"workbook-evidence", b"Sofia"):
        assert canary not in data


def test_a_wrong_passphrase_and_a_workers_vault_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "rep.workbook"
    RepVault.create(path, PASS, kdf=FAST_TEST_KDF).close()
    with pytest.raises(WrongPassphrase):
        RepVault.open(path, "not the passphrase")
    with pytest.raises(VaultExists):
        RepVault.create(path, PASS, kdf=FAST_TEST_KDF)
    worker = tmp_path / "vault.workbook"
    Vault.create(worker, PASS, kdf=FAST_TEST_KDF).close()
    before = worker.read_bytes()
    with pytest.raises(NotARepVault, match="worker's vault"):
        RepVault.open(worker, PASS)
    assert worker.read_bytes() == before
    # And the worker's side refuses the rep vault without changing it.
    before = path.read_bytes()
    with pytest.raises(Exception, match="newer version"):
        Vault.open(path, PASS)
    assert path.read_bytes() == before

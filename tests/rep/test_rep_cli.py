"""``workbook rep …`` as a rep runs it: import with a PDF and a seal, list, report, merge;
exit codes 0/1 and one plain line on stderr when something is wrong."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from rep_helpers import Sidecars

from workbook import cli
from workbook.rep.vault import RepVault
from workbook.store.kdf import FAST_TEST_KDF

PASS = "rep passphrase 1"


def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], vault: Path,
        *args: str) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(PASS + "\n"))
    code = cli.main(["--passphrase-stdin", "rep", "--rep-vault", str(vault), *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def setup(tmp_path: Path, sidecars: Sidecars) -> tuple[Path, Path]:
    vault = tmp_path / "rep.workbook"
    RepVault.create(vault, PASS, kdf=FAST_TEST_KDF).close()
    folder = tmp_path / "in"
    folder.mkdir()
    for name, data in (("a1.json", sidecars.a_early), ("a2.json", sidecars.a_full),
                       ("b.json", sidecars.b), ("c.json", sidecars.c),
                       ("d.json", sidecars.d_tampered)):
        (folder / name).write_bytes(data)
    return vault, folder


def test_import_list_report_and_merge(setup: tuple[Path, Path], tmp_path: Path,
                                      sidecars: Sidecars, monkeypatch: pytest.MonkeyPatch,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    vault, folder = setup
    code, out, _ = run(monkeypatch, capsys, vault, "import", str(folder / "b.json"),
                       "--seal", sidecars.b_seal)
    assert code == 0 and "b.json: verified, added as Worker 1" in out
    code, out, err = run(monkeypatch, capsys, vault, "import", *(str(folder / n) for n in (
        "a1.json", "a2.json", "c.json", "d.json", "b.json")))
    assert code == 1
    assert "d.json: FAILED verification, kept apart and not counted." in out
    assert "b.json: already here" in out and "Nothing was changed." in out
    assert "1 of 5 reports failed a check" in err
    code, out, _ = run(monkeypatch, capsys, vault, "list")
    assert code == 0
    assert "FAILED   not counted" in out and "✗ Disclosed values" in out
    assert "Club Aurora: 3 workers, 4 reports  (also: CLUB AURORA, club aurora)" in out
    pdf, csv = tmp_path / "aurora.pdf", tmp_path / "aurora.csv"
    code, out, _ = run(monkeypatch, capsys, vault, "report", "--workplace", "CLUB AURORA",
                       "--pdf", str(pdf), "--csv", str(csv), "--lang", "sv")
    assert code == 0 and "Club Aurora: 3 workers, 2026-01 to 2026-04" in out
    assert pdf.read_bytes().startswith(b"%PDF") and b"850.00" in csv.read_bytes()
    code, out, _ = run(monkeypatch, capsys, vault, "merge", "Agentur Nord", "Club Aurora")
    assert code == 0 and "“Agentur Nord” now counts as “Club Aurora”" in out
    code, out, _ = run(monkeypatch, capsys, vault, "list")
    assert "Agentur Nord" in out and "Agentur Nord:" not in out


def test_plain_errors(setup: tuple[Path, Path], tmp_path: Path,
                      monkeypatch: pytest.MonkeyPatch,
                      capsys: pytest.CaptureFixture[str]) -> None:
    vault, folder = setup
    code, _, err = run(monkeypatch, capsys, tmp_path / "none.workbook", "list")
    assert code == 1 and "There is no rep vault at" in err and "workbook rep init" in err
    code, _, err = run(monkeypatch, capsys, vault, "import", str(folder / "missing.json"))
    assert code == 1 and err.startswith("workbook: Cannot read") and "Traceback" not in err
    code, _, err = run(monkeypatch, capsys, vault, "report", "--workplace", "Nowhere",
                       "--pdf", str(tmp_path / "x.pdf"))
    assert code == 1 and "No verified report names a workplace “Nowhere”" in err
    assert not (tmp_path / "x.pdf").exists()
    with pytest.raises(SystemExit) as exit_info:
        run(monkeypatch, capsys, vault, "report", "--workplace", "X", "--pdf", "x.pdf",
            "--min-workers", "2")
    assert exit_info.value.code == 2

"""The command line end to end, as a worker and a rep run it: separate processes, the real
key derivation (about half a second per unlock, so the runs are few), exit codes 0/1/2 and
one-line errors on standard error."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from workbook.domain.canonical import canonical_json

FIRST = "first passphrase 1"
SECOND = "second passphrase 2"
SEAL = re.compile(r"^\d+-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$")

MARCH = {
    "format": "workbook-interchange", "version": 1,
    "profile": {"work_name": "Lina", "legal_name": "Karin Maria Lindqvist",
                "default_currency": "SEK", "timezone": "Europe/Stockholm"},
    "workplaces": [{"ref": "w1", "name": "Club Aurora", "kind": "club", "city": "Stockholm",
                    "country": "SE", "currency": "SEK", "timezone": "Europe/Stockholm"}],
    "people": [{"ref": "p1", "label": "Mikael", "role": "manager"},
               {"ref": "p2", "label": "Kalle Kund", "role": "client"}],
    "shifts": [{"ref": "s1", "workplace": "w1", "start": "2026-03-28T21:00",
                "end": "2026-03-29T04:00", "breaks_minutes": 30, "role": "stage",
                "scheduled_start": "2026-03-28T20:00", "scheduled_end": None,
                "notes": "Stayed past closing"}],
    "money": [{"shift": "s1", "workplace": "w1", "date": "2026-03-28", "kind": "earning",
               "category": "private_dances", "amount": "7675.75", "currency": "SEK",
               "method": "cash", "counterparty": "", "note": ""},
              {"shift": "s1", "workplace": "w1", "date": "2026-03-28", "kind": "deduction",
               "category": "house_fee", "amount": "800.00", "currency": "SEK",
               "method": "cash", "counterparty": "club", "note": "Paid at the bar"}],
    "incidents": [{"ref": "i1", "workplace": "w1", "start": "2026-03-28T23:10", "end": None,
                   "category": "unlawful_deduction", "severity": 3,
                   "title": "Fined for being late", "description": "No receipt given.",
                   "shift": "s1", "people": [{"person": "p1", "as": "involved"},
                                             {"person": "p2", "as": "witness"}],
                   "reported_to": None, "outcome": None}],
}


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """A home of its own, and a system temp folder the tests can look into."""
    home = tmp_path / "home"
    temp = tmp_path / "system-temp"
    for folder in (home, temp):
        folder.mkdir()
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "WORKBOOK"))}
    environment.update(HOME=str(home), TMPDIR=str(temp), QT_QPA_PLATFORM="offscreen",
                       XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"),
                       XDG_CACHE_HOME=str(home / "cache"))
    return environment


def run(env: dict[str, str], *args: str, stdin: str = "", vault: Path | None = None
        ) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "workbook"]
    if vault is not None:
        command += ["--vault", str(vault), "--passphrase-stdin"]
    return subprocess.run([*command, *args], input=stdin, capture_output=True, text=True,
                          encoding="utf-8", env=env, timeout=120, check=False)


def one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1, (result.stdout, result.stderr)
    error = result.stderr.strip()
    assert error.startswith("workbook: ") and "\n" not in error, result.stderr
    assert "Traceback" not in result.stderr
    return error


def forged(report_json: bytes, change: Any) -> bytes:
    doc = json.loads(report_json)
    change(doc["report"])
    doc["fingerprint"] = hashlib.sha256(canonical_json(doc["report"])).hexdigest()
    return canonical_json(doc)


def test_a_worker_keeps_records_and_a_rep_checks_the_report(env: dict[str, str],
                                                           tmp_path: Path) -> None:
    vault = tmp_path / "vault.workbook"
    created = run(env, "init", vault=vault, stdin=f"{FIRST}\n")
    assert created.returncode == 0 and "Created a new vault" in created.stdout
    assert "already exists" in one_line_error(run(env, "init", vault=vault,
                                                  stdin=f"{FIRST}\n"))

    source = tmp_path / "march.json"
    source.write_text(json.dumps(MARCH), encoding="utf-8")
    imported = run(env, "import", str(source), vault=vault, stdin=f"{FIRST}\n")
    assert imported.returncode == 0 and "1 shift, 2 money lines, 1 incident" in imported.stdout

    summary = run(env, "summary", "--from", "2026-03-01", "--to", "2026-03-31", "--json",
                  vault=vault, stdin=f"{FIRST}\n")
    assert summary.returncode == 0, summary.stderr
    totals = json.loads(summary.stdout)
    assert totals["workplaces"][0]["gross"] == "7675.75"
    assert totals["workplaces"][0]["hours_worked"] == "5.50"  # the clocks went forward

    sealed = run(env, "seal", vault=vault, stdin=f"{FIRST}\n")
    assert sealed.returncode == 0
    seal = sealed.stdout.strip()
    assert SEAL.match(seal), sealed.stdout

    changed = run(env, "passwd", vault=vault, stdin=f"{FIRST}\n{SECOND}\n")
    assert changed.returncode == 0 and "passphrase is changed" in changed.stdout

    out = tmp_path / "out"
    out.mkdir()
    files = ["--pdf", str(out / "march.pdf"), "--json", str(out / "march.json"),
             "--csv", str(out / "march.csv")]
    period = ["--from", "2026-03-01", "--to", "2026-03-31"]
    assert "passphrase" in one_line_error(run(env, "export", *period, *files, vault=vault,
                                              stdin=f"{FIRST}\n")).lower()
    assert "Club Borealis" in one_line_error(run(
        env, "export", *period, "--workplace", "Club Borealis", *files, vault=vault,
        stdin=f"{SECOND}\n"))
    exported = run(env, "export", *period, "--workplace", "Club Aurora", "--profile", "union",
                   *files, vault=vault, stdin=f"{SECOND}\n")
    assert exported.returncode == 0, exported.stderr
    fingerprint = re.search(r"Report fingerprint: ([0-9a-f]{64})", exported.stdout)
    assert fingerprint is not None, exported.stdout
    assert exported.stderr == ""  # no progress when standard error is not a terminal
    assert sorted(p.name for p in out.iterdir()) == ["march.csv", "march.json", "march.pdf"]
    assert list(Path(env["TMPDIR"]).iterdir()) == []
    report_json = (out / "march.json").read_bytes()
    assert json.loads(report_json)["fingerprint"] == fingerprint.group(1)
    for secret in ("Mikael", "Kalle Kund", "Karin Maria Lindqvist"):
        assert secret.encode() not in report_json

    checked = run(env, "verify", str(out / "march.json"), str(out / "march.pdf"),
                  "--seal", seal)
    assert checked.returncode == 0, checked.stdout
    assert "FAILED" not in checked.stdout and "✓ passed" in checked.stdout
    assert f"Seal {seal}: the journal passes through" in checked.stdout
    assert "does not prove who wrote an entry or that the device clock was right" in \
        checked.stdout
    assert "Result: all 9 checks passed." in checked.stdout

    def richer(report: dict[str, Any]) -> None:
        line = next(m for m in report["records"]["money"] if m["category"] == "house_fee")
        line["amount"] = "80.00"

    (out / "forged.json").write_bytes(forged(report_json, richer))
    caught = run(env, "verify", str(out / "forged.json"), str(out / "march.pdf"))
    assert caught.returncode == 1
    assert "✗ FAILED  Records shown" in caught.stdout and "amount" in caught.stdout
    assert "✗ FAILED  PDF" in caught.stdout  # the PDF is of the genuine report
    assert caught.stderr == ""


def test_the_demo_exports_and_verifies(env: dict[str, str], tmp_path: Path) -> None:
    vault = tmp_path / "demo.workbook"
    demo = run(env, "demo", vault=vault, stdin=f"{FIRST}\n")
    assert demo.returncode == 0 and "Created a demo vault" in demo.stdout
    pdf = tmp_path / "demo.pdf"
    exported = run(env, "export", "--from", "2000-01-01", "--to", "2100-12-31", "--pdf",
                   str(pdf), "--profile", "full", "--language", "sv", vault=vault,
                   stdin=f"{FIRST}\n")
    assert exported.returncode == 0, exported.stderr
    assert pdf.read_bytes().startswith(b"%PDF-")
    assert "--json" in exported.stderr  # says the PDF alone cannot be checked
    assert "Full report:" in exported.stdout


@pytest.mark.parametrize("args", [
    ["export", "--from", "2026-03-01", "--to", "2026-03-31"],  # no --pdf
    ["export", "--from", "March", "--to", "2026-03-31", "--pdf", "x.pdf"],
    ["export", "--from", "2026-03-01", "--to", "2026-03-31", "--pdf", "x.pdf",
     "--profile", "everything"],
    ["verify"],
    ["frobnicate"],
])
def test_usage_errors_exit_2(env: dict[str, str], args: list[str]) -> None:
    result = run(env, *args)
    assert result.returncode == 2, result
    assert "usage:" in result.stderr and "Traceback" not in result.stderr


def test_errors_before_any_unlocking_are_one_line(env: dict[str, str], tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.workbook"
    period = ["--from", "2026-03-01", "--to", "2026-03-31", "--pdf", str(tmp_path / "r.pdf")]
    assert "There is no vault" in one_line_error(run(env, "export", *period, vault=missing,
                                                     stdin="x\n"))
    backwards = ["--from", "2026-03-31", "--to", "2026-03-01", "--pdf", str(tmp_path / "r.pdf")]
    assert "before --from" in one_line_error(run(env, "export", *backwards, vault=missing,
                                                 stdin="x\n"))
    assert "Cannot read" in one_line_error(run(env, "verify", str(tmp_path / "none.json")))


@pytest.mark.parametrize("content", [b"", b"{not json", b'{"format": "workbook-interchange"}',
                                     "✓ passed".encode()])
def test_verify_says_plainly_when_a_file_is_not_a_report(env: dict[str, str], tmp_path: Path,
                                                         content: bytes) -> None:
    path = tmp_path / "report.json"
    path.write_bytes(content)
    result = run(env, "verify", str(path))
    assert result.returncode == 1
    assert "✗ FAILED  Report file:" in result.stdout and "Result: 1 of 1 checks FAILED" in \
        result.stdout
    assert result.stderr == ""

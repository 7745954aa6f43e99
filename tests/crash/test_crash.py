"""Crash tests: a child process works on a vault and is killed with SIGKILL at random moments.

Fifty kills by default (ten per phase; ``WORKBOOK_CRASH_KILLS`` sets the number per phase,
``WORKBOOK_CRASH_SEED`` the random seed), spread over five phases: plain writes, WAL checkpoints,
passphrase changes, backups and evidence exports. The child (``driver.py``) confirms each
operation on stdout only after it returned. After every kill:

- the vault opens with exactly one passphrase (in the rekey phase: the one confirmed last or the
  one being set when it died; no other), and ``cipher_integrity_check``, ``integrity_check``,
  ``foreign_key_check``, the schema version and the journal chain all pass;
- every shift and money line the child confirmed is there;
- the backup or export target is absent (if none was ever confirmed) or complete and valid: a
  backup opens and passes every check and holds every shift confirmed before it; a PDF parses
  and a JSON sidecar verifies;
- the only other files beside the vault or the target are clearly named temporary files, and
  the next run (opening the vault, the next backup) removes every one of them.

The counts are printed at the end of the run and written to ``build/crash-report.txt``.
"""

from __future__ import annotations

import json
import os
import random
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest
from crash_stats import STATS, PhaseStats

from workbook.domain.models import Profile, Workplace
from workbook.services.backup import check_vault
from workbook.store import FAST_TEST_KDF, Vault, WrongPassphrase
from workbook.store import files as store_files

pytestmark = pytest.mark.slow

DRIVER = Path(__file__).with_name("driver.py")
PHASES = ("writes", "checkpoint", "rekey", "backup", "export")
KILLS_PER_PHASE = int(os.environ.get("WORKBOOK_CRASH_KILLS", "10"))
SEED = int(os.environ.get("WORKBOOK_CRASH_SEED", str(int(time.time()))))
PASSPHRASES = ["första lösenfrasen", "second passphrase ✨", "третья фраза ไทย"]
BACKUP_PASSPHRASE = "backup passphrase"
# How long after READY the kill comes, per phase (the export is slower than the others).
MAX_DELAY = {"writes": 0.4, "checkpoint": 0.4, "rekey": 0.6, "backup": 0.6, "export": 1.5}
MARKERS = {"writes": "w", "checkpoint": "k", "rekey": "p", "backup": "b", "export": "e"}
PART = re.compile(r"\.r\.(pdf|json)\..+\.part")  # the export's temporary files

STATS.seed = SEED


def _export_available() -> str | None:
    try:
        from workbook.services.export import export_evidence  # noqa: F401
    except ImportError as exc:
        return f"services.export.export_evidence is not available ({exc})"
    return None


@dataclass
class Run:
    """One phase's vault and what has been confirmed so far, across kills."""

    root: Path
    phase: str
    index: int = 0  # the passphrase the vault opens with
    n: int = 0
    committed: dict[int, tuple[int, ...]] = field(default_factory=dict)  # shift → money ids
    backup_upto: int | None = None  # a backup was confirmed holding shifts up to this id
    exported: bool = False

    @property
    def vault(self) -> Path:
        return self.root / "Arbete ş ț" / "vault.workbook"

    @property
    def backup(self) -> Path:
        return self.root / "usb stick" / "backup.workbook"

    @property
    def exports(self) -> Path:
        return self.root / "exports"


def _make(run: Run) -> None:
    run.exports.mkdir(parents=True)
    with Vault.create(run.vault, PASSPHRASES[0], kdf=FAST_TEST_KDF) as vault:
        vault.save_profile(Profile(work_name="Lina", default_currency="SEK",
                                   timezone="Europe/Stockholm"))
        vault.add_workplace(Workplace(name="Club Aurora", currency="SEK",
                                      timezone="Europe/Stockholm", city="Stockholm",
                                      country="SE"))


def _spawn(run: Run) -> tuple[subprocess.Popen[str], list[str], threading.Thread, threading.Event]:
    config = {"vault": str(run.vault), "phase": run.phase, "passphrases": PASSPHRASES,
              "index": run.index, "start_n": run.n, "backup": str(run.backup),
              "backup_passphrase": BACKUP_PASSPHRASE,
              "pdf": str(run.exports / "r.pdf"), "json": str(run.exports / "r.json")}
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "PYTHONPATH": str(DRIVER.parent)}
    proc = subprocess.Popen([sys.executable, str(DRIVER), json.dumps(config)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            encoding="utf-8", env=env)
    lines: list[str] = []
    ready = threading.Event()

    def read() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.append(line.rstrip("\n"))
            if line.startswith("READY"):
                ready.set()
        ready.set()  # ended (killed, or failed before READY)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    return proc, lines, reader, ready


def _kill_once(run: Run, stats: PhaseStats, rng: random.Random) -> None:
    proc, lines, reader, ready = _spawn(run)
    try:
        if not ready.wait(timeout=60) or proc.poll() is not None:
            proc.kill()
            stderr = proc.communicate(timeout=30)[1]
            stats.fail(f"the child did not start: {stderr.strip()[-500:]}")
            return
        time.sleep(rng.uniform(0.01, MAX_DELAY[run.phase]))
        if proc.poll() is not None:
            stderr = proc.communicate(timeout=30)[1]
            stats.fail(f"the child stopped by itself (exit {proc.returncode}): "
                       f"{stderr.strip()[-800:]}")
            return
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=60)
        reader.join(timeout=30)
        if proc.stderr is not None:
            proc.stderr.close()
    stats.kills += 1
    _read_confirmations(run, stats, lines)
    _verify(run, stats)


def _read_confirmations(run: Run, stats: PhaseStats, lines: list[str]) -> None:
    last_marker = ""
    for line in lines:
        kind, *rest = line.split()
        if kind == "C":
            run.committed[int(rest[0])] = tuple(int(m) for m in rest[1:])
            run.n += 1
        elif kind == "P":
            run.index = int(rest[0])
        elif kind == "B":
            run.backup_upto = int(rest[0])
        elif kind == "E":
            run.exported = True
        last_marker = kind
    run.n += 10  # shift notes differ from run to run
    if last_marker == MARKERS[run.phase]:
        stats.in_operation += 1


def _leftovers(folder: Path, expected: set[str], temps: list[Path]) -> list[str]:
    """Files in ``folder`` that are neither expected nor Workbook temporary files."""
    if not folder.exists():
        return []
    temp_names = {p.name for p in temps}
    return sorted(n for n in os.listdir(folder) if n not in expected and n not in temp_names)


def _verify(run: Run, stats: PhaseStats) -> None:
    kill = stats.kills
    folder = run.vault.parent
    sqlite_names = {run.vault.name + s for s in ("", "-wal", "-shm")}
    temps = store_files.temp_leftovers(run.vault)
    stats.temps_left += len(temps)
    strange = _leftovers(folder, sqlite_names, temps)
    if strange:
        stats.fail(f"kill {kill}: unexpected files beside the vault: {strange}")

    # Exactly one passphrase opens it.
    opening = [i for i, phrase in enumerate(PASSPHRASES)
               if _unlocks(run.vault, phrase)]
    allowed = {run.index, (run.index + 1) % len(PASSPHRASES)} if run.phase == "rekey" else {
        run.index}
    if len(opening) != 1 or opening[0] not in allowed:
        stats.fail(f"kill {kill}: passphrases {opening} open the vault; expected one of "
                   f"{sorted(allowed)}")
        return
    run.index = opening[0]
    report = check_vault(run.vault, PASSPHRASES[run.index])
    if not report.ok:
        stats.fail(f"kill {kill}: vault check failed: "
                   + "; ".join(f"{c.title}: {c.message}" for c in report.problems))
        return
    with Vault.open(run.vault, PASSPHRASES[run.index]) as vault:
        for shift_id, money_ids in run.committed.items():
            stats.committed_checked += 1
            if vault.get_shift(shift_id) is None:
                stats.fail(f"kill {kill}: confirmed shift {shift_id} is missing")
            for money_id in money_ids:
                line = vault.get_money_line(money_id)
                if line is None or line.shift_id != shift_id:
                    stats.fail(f"kill {kill}: confirmed money line {money_id} of shift "
                               f"{shift_id} is missing")
        if store_files.temp_leftovers(run.vault):
            stats.fail(f"kill {kill}: opening the vault did not remove the temporary files "
                       f"{[p.name for p in store_files.temp_leftovers(run.vault)]}")
    after = sorted(os.listdir(folder))
    if after != [run.vault.name]:
        stats.fail(f"kill {kill}: after opening and closing, the vault folder holds {after}")
    if run.phase == "backup":
        _verify_backup(run, stats)
    if run.phase == "export":
        _verify_export(run, stats)


def _unlocks(path: Path, passphrase: str) -> bool:
    try:
        with Vault.open(path, passphrase):
            return True
    except WrongPassphrase:
        return False


def _verify_backup(run: Run, stats: PhaseStats) -> None:
    kill = stats.kills
    temps = store_files.temp_leftovers(run.backup)
    stats.temps_left += len(temps)
    strange = _leftovers(run.backup.parent, {run.backup.name}, temps)
    if strange:
        stats.fail(f"kill {kill}: unexpected files beside the backup: {strange}")
    if not run.backup.exists():
        if run.backup_upto is not None:
            stats.fail(f"kill {kill}: the confirmed backup is gone")
        return
    report = check_vault(run.backup, BACKUP_PASSPHRASE)
    if not report.ok:
        stats.fail(f"kill {kill}: the backup at the target is not whole: "
                   + "; ".join(f"{c.title}: {c.message}" for c in report.problems))
        return
    with Vault.open(run.backup, BACKUP_PASSPHRASE) as copy:
        for shift_id in run.committed:
            if run.backup_upto is not None and shift_id <= run.backup_upto:
                stats.committed_checked += 1
                if copy.get_shift(shift_id) is None:
                    stats.fail(f"kill {kill}: shift {shift_id}, confirmed before the backup "
                               "was, is not in it")
    # What the next backup does first; nothing may be left after it.
    store_files.remove_stale_temps(run.backup)
    after = sorted(os.listdir(run.backup.parent))
    if after != [run.backup.name]:
        stats.fail(f"kill {kill}: the backup folder still holds {after}")


def _verify_export(run: Run, stats: PhaseStats) -> None:
    from pypdf import PdfReader

    from workbook.reports.verify import verify_report

    kill = stats.kills
    names = sorted(os.listdir(run.exports))
    parts = [n for n in names if PART.fullmatch(n)]
    stats.temps_left += len(parts)
    strange = [n for n in names if n not in ("r.pdf", "r.json") and n not in parts]
    if strange:
        stats.fail(f"kill {kill}: unexpected files beside the export: {strange}")
    pdf, sidecar = run.exports / "r.pdf", run.exports / "r.json"
    if run.exported and not (pdf.exists() and sidecar.exists()):
        stats.fail(f"kill {kill}: a confirmed export is gone")
    if pdf.exists():
        data = pdf.read_bytes()
        try:
            pages = len(PdfReader(pdf, strict=True).pages)
        except Exception as exc:  # a cut-short PDF: any parser error
            stats.fail(f"kill {kill}: the PDF at the target is not whole ({exc})")
        else:
            if pages < 1 or b"%%EOF" not in data[-1024:]:
                stats.fail(f"kill {kill}: the PDF at the target is not whole")
    if sidecar.exists():
        verdict = verify_report(sidecar.read_bytes())
        if not verdict.ok:
            stats.fail(f"kill {kill}: the JSON sidecar at the target does not verify: "
                       f"{[c.detail for c in verdict.failed]}")
        elif pdf.exists() and not verify_report(sidecar.read_bytes(), pdf.read_bytes()).ok:
            # Each file is whole, but they come from two exports (killed between the renames).
            stats.notes.append(f"kill {kill}: the PDF and the JSON came from different exports")
    cleanup = _export_cleanup()
    if cleanup is not None:
        # What the next export does first; nothing may be left after it.
        cleanup(pdf)
        cleanup(sidecar)
        left = sorted(n for n in os.listdir(run.exports) if PART.fullmatch(n))
        if left:
            stats.fail(f"kill {kill}: the next export would leave {left}")
    else:
        for name in parts:
            # Nothing in the app removes a '.part' file a kill left (see the note in the
            # report), so the test does, to see the next kill's.
            (run.exports / name).unlink()


def _export_cleanup() -> Callable[[Path], object] | None:
    from workbook.services import export

    cleanup = getattr(export, "remove_stale_parts", None)
    return cleanup if callable(cleanup) else None


@pytest.mark.parametrize("phase", PHASES)
def test_sigkill_loses_nothing(phase: str, tmp_path: Path) -> None:
    if phase == "export" and (reason := _export_available()):
        pytest.skip(reason)
    stats = STATS.phases.setdefault(phase, PhaseStats())
    rng = random.Random(f"{SEED}-{phase}")
    run = Run(tmp_path, phase)
    _make(run)
    started = time.perf_counter()
    for _ in range(KILLS_PER_PHASE):
        _kill_once(run, stats, rng)
    STATS.seconds += time.perf_counter() - started
    stats.confirmed = len(run.committed)
    if phase == "export" and stats.temps_left and _export_cleanup() is None:
        stats.notes.append(f"{stats.temps_left} '.part' temporary files were left by killed "
                           "exports; services/export.py does not remove them on the next run")
    assert stats.kills == KILLS_PER_PHASE
    assert stats.committed_checked > 0 or phase == "export"
    assert not stats.problems, "\n".join(stats.problems)


def test_the_driver_confirms_only_after_commit(tmp_path: Path) -> None:
    """The driver's contract, checked once without a kill: what it confirms is committed."""
    run = Run(tmp_path, "writes")
    _make(run)
    proc, lines, reader, ready = _spawn(run)
    assert ready.wait(timeout=60)
    time.sleep(0.3)
    proc.send_signal(signal.SIGTERM)
    proc.wait(timeout=60)
    reader.join(timeout=30)
    assert proc.stderr is not None
    proc.stderr.close()
    committed = [line for line in lines if line.startswith("C ")]
    assert committed, lines
    with Vault.open(run.vault, PASSPHRASES[0]) as vault:
        for line in committed:
            assert vault.get_shift(int(line.split()[1])) is not None


def test_the_export_phase_can_export(tmp_path: Path) -> None:
    """The export phase works at all (so its kills interrupt real exports)."""
    if reason := _export_available():
        pytest.skip(reason)
    from workbook.services.export import export_evidence

    run = Run(tmp_path, "export")
    _make(run)
    with Vault.open(run.vault, PASSPHRASES[0]) as vault:
        result = export_evidence(vault, date_from=date(2026, 1, 1), date_to=date(2026, 12, 31),
                                 profile="full", pdf_path=run.exports / "r.pdf",
                                 json_path=run.exports / "r.json")
    assert result.paths["pdf"].exists()

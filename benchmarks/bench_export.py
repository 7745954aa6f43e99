"""Export benchmark: the whole ``workbook export`` process on the benchmark vaults, against the
alternative a worker actually has, a spreadsheet printed to PDF by LibreOffice.

    .venv/bin/python benchmarks/bench_export.py [--dir DIR] [--rounds 3] [--no-heavy]

For the ten-year vault (``generate_vault.py``, scale 1) and the heavy one (scale 10), one year
and ten years are exported by a separate ``workbook export`` process each (PDF + JSON + CSV,
the default ``union`` profile), unlocked with the production key derivation as a worker's would
be. Each run's wall time and peak resident memory are measured; the memory comes from
``os.wait4``, which gives the same counters as ``resource.getrusage(RUSAGE_CHILDREN)`` for that
one child. Then ``libreoffice --headless --convert-to pdf`` prints the CSV the export wrote (the
same shifts and money lines), timed the same way after one untimed warm-up run; the ratio says
how many times longer LibreOffice takes. A ``workbook summary`` run shows the fixed cost of
starting Python and unlocking.

Then, in this process, for the ten-year vault: the export alone (after unlocking, so without
starting Python and stretching the passphrase) and ``verify_report`` on each JSON file written,
the time a rep's app spends per report it receives.

Vaults are generated once (the heavy one takes several minutes) and kept in ``--dir`` (default
``$TMPDIR/workbook-bench``). They are encrypted; the passphrase is below. Targets (issue 3):
one year < 1 s, ten years < 8 s, peak < 300 MB; heavy vault ten years < 60 s.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from machine import speed_line  # noqa: E402

PASSPHRASE = "benchmark passphrase"
VAULTS = {"ten-year": ("ten-years.workbook", 1), "heavy": ("heavy-ten-years.workbook", 10)}
PERIODS = {"1 year": ("2025-01-01", "2025-12-31"), "10 years": ("2016-01-01", "2025-12-31")}
TARGETS = {("ten-year", "1 year"): 1.0, ("ten-year", "10 years"): 8.0,
           ("heavy", "10 years"): 60.0}
PEAK_TARGET_MB = 300


@dataclass
class Run:
    seconds: float
    peak_mb: float
    returncode: int
    stderr: str


def timed(command: list[str], stdin: str = "", env: dict[str, str] | None = None) -> Run:
    """Run ``command``; its wall time and the peak memory of it and its children."""
    with tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                                   stderr=err, env=env)
        assert process.stdin is not None
        process.stdin.write(stdin.encode())
        process.stdin.close()
        _pid, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        message = err.read().decode("utf-8", "replace")
    return Run(seconds, usage.ru_maxrss / 1024, process.returncode, message)


def vault_path(folder: Path, kind: str) -> Path:
    name, scale = VAULTS[kind]
    path = folder / name
    if not path.exists():
        sys.path.insert(0, str(HERE))
        from generate_vault import generate

        print(f"Generating the {kind} vault at {path} (scale {scale}); this is done once and "
              "can take minutes…", flush=True)
        started = time.perf_counter()
        counts = generate(path, PASSPHRASE, years=10, scale=scale)
        print(f"  {counts} in {time.perf_counter() - started:.0f} s", flush=True)
    return path


def workbook(vault: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "workbook", "--vault", str(vault), "--passphrase-stdin",
            *args]


def libreoffice() -> str | None:
    return shutil.which("libreoffice") or shutil.which("soffice")


def print_with_libreoffice(office: str, csv_path: Path, out: Path, profile: Path) -> Run:
    return timed([office, f"-env:UserInstallation=file://{profile}", "--headless",
                  "--convert-to", "pdf", "--outdir", str(out), str(csv_path)])


def mb(path: Path) -> str:
    return f"{path.stat().st_size / 1e6:.1f}" if path.exists() else "–"


def compile_sources() -> None:
    """Compile Workbook's modules to bytecode once, as an installed wheel or the packaged app
    has them: with ``PYTHONDONTWRITEBYTECODE`` set (as on the machines this was written on),
    every ``workbook`` process would otherwise compile them again, a tenth of a second that
    no user pays. Python reads existing bytecode whatever that variable says."""
    import compileall

    compileall.compile_dir(HERE.parent / "src", quiet=1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path,
                        default=Path(tempfile.gettempdir()) / "workbook-bench")
    parser.add_argument("--rounds", type=int, default=3, help="runs per case (median shown)")
    parser.add_argument("--no-heavy", action="store_true", help="skip the heavy vault")
    args = parser.parse_args(argv)
    args.dir.mkdir(parents=True, exist_ok=True)
    compile_sources()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    office = libreoffice()
    kinds = ["ten-year"] if args.no_heavy else ["ten-year", "heavy"]
    print(f"Workbook export benchmark · {os.cpu_count()} CPUs · load average "
          f"{os.getloadavg()[0]:.1f} at start")
    print(speed_line("before"), flush=True)
    vaults = {kind: vault_path(args.dir, kind) for kind in kinds}

    work = Path(tempfile.mkdtemp(prefix="bench-export-", dir=args.dir))
    office_profile = work / "lo-profile"
    if office is None:
        print("LibreOffice not found (apt-get install libreoffice-calc-nogui): the comparison "
              "is skipped.")
    else:
        warm = work / "warm.csv"
        warm.write_text("a,b\n1,2\n", encoding="utf-8")
        print_with_libreoffice(office, warm, work, office_profile)  # first run makes a profile

    base = [timed(workbook(vaults["ten-year"], "summary"), PASSPHRASE + "\n", env)
            for _ in range(args.rounds)]
    print(f"Fixed cost (start Python, unlock with Argon2id, summary): "
          f"{statistics.median(r.seconds for r in base):.2f} s, peak "
          f"{max(r.peak_mb for r in base):.0f} MB\n")

    header = (f"{'case':<22}{'workbook':>10}{'peak':>9}{'PDF':>8}{'JSON':>8}{'CSV':>8}"
              f"{'LibreOffice':>13}{'LO peak':>9}{'LO ÷ WB':>9}   target")
    print(header)
    print("-" * len(header))
    missed = 0
    for kind in kinds:
        for label, (first, last) in PERIODS.items():
            out = work / f"{kind}-{label.replace(' ', '')}"
            out.mkdir()
            files = {"pdf": out / "report.pdf", "json": out / "report.json",
                     "csv": out / "report.csv"}
            command = workbook(vaults[kind], "export", "--from", first, "--to", last,
                               "--pdf", str(files["pdf"]), "--json", str(files["json"]),
                               "--csv", str(files["csv"]))
            rounds = 1 if kind == "heavy" else args.rounds
            runs = [timed(command, PASSPHRASE + "\n", env) for _ in range(rounds)]
            failed = [r for r in runs if r.returncode != 0]
            if failed:
                print(f"{kind + ', ' + label:<22} export FAILED: {failed[0].stderr.strip()}")
                missed += 1
                continue
            seconds = statistics.median(r.seconds for r in runs)
            peak = max(r.peak_mb for r in runs)
            lo_text, lo_peak, ratio = "skipped", "", ""
            if office is not None:
                lo_runs = [print_with_libreoffice(office, files["csv"], out, office_profile)
                           for _ in range(rounds)]
                lo = statistics.median(r.seconds for r in lo_runs)
                ok = all(r.returncode == 0 for r in lo_runs) and (out / "report.pdf").exists()
                lo_text = f"{lo:.2f} s" if ok else "failed"
                lo_peak = f"{max(r.peak_mb for r in lo_runs):.0f} MB"
                ratio = f"{lo / seconds:.2f}×"
            target = TARGETS.get((kind, label))
            verdict = ""
            if target is not None:
                good = seconds < target and (kind == "heavy" or peak < PEAK_TARGET_MB)
                missed += not good
                verdict = (f"< {target:g} s" + ("" if kind == "heavy" else
                                                 f", < {PEAK_TARGET_MB} MB")
                           + (": met" if good else ": MISSED"))
            print(f"{kind + ', ' + label:<22}{seconds:>8.2f} s{peak:>6.0f} MB{mb(files['pdf']):>8}"
                  f"{mb(files['json']):>8}{mb(files['csv']):>8}{lo_text:>13}{lo_peak:>9}"
                  f"{ratio:>9}   {verdict}", flush=True)
    print("\nSizes in MB. LO ÷ WB above 1 means LibreOffice printing the CSV took longer than "
          "Workbook writing the PDF, the JSON and the CSV.")
    in_process(vaults["ten-year"], work, args.rounds)
    print(speed_line("after"))
    shutil.rmtree(work, ignore_errors=True)
    return 1 if missed else 0


def in_process(vault: Path, work: Path, rounds: int) -> None:
    """The export without process start and unlock, and ``verify_report`` on its JSON."""
    from datetime import date

    from workbook.reports.verify import verify_report
    from workbook.services.export import export_evidence
    from workbook.store.vault import Vault

    print("\nIn this process, ten-year vault (after unlocking):")
    with Vault.open(vault, PASSPHRASE) as opened:
        for label, (first, last) in PERIODS.items():
            out = work / f"in-process-{label.replace(' ', '')}"
            out.mkdir()
            files = {"pdf_path": out / "r.pdf", "json_path": out / "r.json",
                     "csv_path": out / "r.csv"}
            times = []
            for _ in range(rounds):
                started = time.perf_counter()
                export_evidence(opened, date_from=date.fromisoformat(first),
                                date_to=date.fromisoformat(last), profile="union", **files)
                times.append(time.perf_counter() - started)
            data = files["json_path"].read_bytes()
            checks = []
            for _ in range(rounds):
                started = time.perf_counter()
                verdict = verify_report(data)
                checks.append(time.perf_counter() - started)
            print(f"  {label:<9} export {statistics.median(times):6.2f} s   verify the JSON "
                  f"({len(data) / 1e6:.1f} MB) {statistics.median(checks):6.3f} s"
                  + ("" if verdict.ok else "   VERIFY FAILED"), flush=True)


if __name__ == "__main__":
    sys.exit(main())

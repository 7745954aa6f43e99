"""Print the union rep's figures (issue 6); never asserts, only reports.

1. Generate 200 one-year worker vaults (seeded, so the same every time) and export each one's
   union-profile sidecar, cached under ``benchmarks/out/rep-sidecars-v3/`` (the first run takes a
   few minutes; later runs reuse the files). Workers share five clubs, each spelling the
   club's name her own way ("Club Aurora", "club  aurora"), with house fees, stage fees, fines
   and tip-outs that rise during the year, signs of control and incidents.
2. Time importing and verifying all 200 into a new rep vault (target < 20 s).
3. Time the practice report of the largest workplace: its figures from the vault, and its PDF
   and CSV (target < 3 s); and of every workplace in turn.

    .venv/bin/python benchmarks/bench_rep.py [--workers 200] [--runs 3] [--quick]

``--quick`` (``run_all.py --quick``): one run; and if the 200 sidecars are not cached yet, 40
workers instead of generating 200 (the targets are for 200, so those figures only say whether
something is badly off).
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from workbook.domain.categories import ControlIndicator, IncidentCategory, MoneyKind
from workbook.domain.models import ControlTag, Incident, MoneyLine, Profile, Shift, Workplace
from workbook.rep.csv_out import practice_csv
from workbook.rep.intake import ImportItem, _processes, import_files
from workbook.rep.pdf import render_practice_pdf
from workbook.rep.practice import practice_for
from workbook.rep.vault import RepVault
from workbook.reports.sidecar import VERSION
from workbook.services.export import build_evidence
from workbook.store.kdf import FAST_TEST_KDF, PRODUCTION_KDF
from workbook.store.vault import Vault

sys.path.insert(0, str(Path(__file__).resolve().parent))
from machine import speed_line

# One cache per sidecar format: a new format makes new files (what a worker would send now).
OUT = Path(__file__).resolve().parent / "out" / f"rep-sidecars-v{VERSION}"
PASSPHRASE = "benchmark passphrase"
ZONE = "Europe/Stockholm"
CLUBS = (("Club Aurora", 80000), ("Velvet Room", 100000), ("Club Nord", 60000),
         ("Diamond Lounge", 120000), ("Stardust", 70000))
SPELLINGS = (lambda n: n, str.lower, str.upper, lambda n: n.replace(" ", "  ") + " ")
YEAR = 2025


def _at(day: date, hour: int) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=ZoneInfo(ZONE))


def generate_worker(path: Path, n: int) -> bytes:
    """One worker's year at one club, exported as a union-profile sidecar."""
    rng = random.Random(n)
    club, base_fee = CLUBS[n % len(CLUBS)]
    vault = Vault.create(path, PASSPHRASE, kdf=FAST_TEST_KDF)  # generation only, not timed
    try:
        vault.save_profile(Profile(work_name=f"Worker {n}", default_currency="SEK",
                                   timezone=ZONE))
        with vault.transaction():
            place = vault.add_workplace(Workplace(
                name=SPELLINGS[n % len(SPELLINGS)](club), currency="SEK", timezone=ZONE))
            pid = place.id or 0
            day = date(YEAR, 1, 1) + timedelta(days=rng.randrange(4))
            while day.year == YEAR:
                start = _at(day, rng.choice((20, 21, 22)))
                shift = vault.add_shift(Shift(
                    workplace_id=pid, start=start,
                    end=start + timedelta(hours=rng.choice((5, 6, 7, 8))), timezone=ZONE,
                    breaks_minutes=rng.choice((0, 0, 30, 60))))
                # Fees rise by a tenth each quarter.
                fee = base_fee + base_fee * ((day.month - 1) // 3) // 10
                lines = [(MoneyKind.EARNING, "private_dances", rng.randrange(100000, 600000)),
                         (MoneyKind.EARNING, "tips", rng.randrange(0, 80000)),
                         (MoneyKind.DEDUCTION, "house_fee", fee),
                         (MoneyKind.DEDUCTION, "stage_fee", fee // 4),
                         (MoneyKind.DEDUCTION, "tip_out", rng.choice((10000, 15000, 20000)))]
                if rng.random() < 0.15:
                    lines.append((MoneyKind.DEDUCTION, "fine", rng.choice((20000, 50000))))
                for kind, category, amount in lines:
                    if amount:
                        vault.add_money_line(MoneyLine(
                            date=day, kind=kind, category=category, amount_minor=amount,
                            currency="SEK", shift_id=shift.id, workplace_id=pid))
                if rng.random() < 0.05:
                    vault.add_incident(Incident(
                        start=start + timedelta(hours=2), timezone=ZONE,
                        category=rng.choice(list(IncidentCategory)), title="Incident",
                        workplace_id=pid))
                if rng.random() < 0.05:
                    vault.add_control_tag(ControlTag(
                        indicator=rng.choice(list(ControlIndicator)), date=day,
                        workplace_id=pid))
                day += timedelta(days=rng.choice((1, 2, 2, 3)))
        return build_evidence(vault, date_from=date(YEAR, 1, 1), date_to=date(YEAR, 12, 31),
                              profile="union", formats=()).sidecar.data
    finally:
        vault.close()


def sidecars(count: int) -> list[Path]:
    OUT.mkdir(parents=True, exist_ok=True)
    paths = [OUT / f"worker-{n:03d}.json" for n in range(count)]
    missing = [p for p in paths if not p.exists()]
    if missing:
        print(f"Generating {len(missing)} one-year worker sidecars (cached in {OUT})…",
              flush=True)
        started = time.perf_counter()
        with tempfile.TemporaryDirectory() as tmp:
            for i, path in enumerate(missing, start=1):
                n = int(path.stem.split("-")[1])
                data = generate_worker(Path(tmp) / f"w{n}.workbook", n)
                part = path.with_suffix(".part")
                part.write_bytes(data)
                part.replace(path)
                if i % 20 == 0:
                    print(f"  {i}/{len(missing)} ({time.perf_counter() - started:.0f} s)",
                          flush=True)
    return paths


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--quick", action="store_true",
                        help="one run, and 40 workers unless the sidecars are cached")
    args = parser.parse_args(argv)
    if args.quick:
        args.runs = 1
        cached = all((OUT / f"worker-{n:03d}.json").exists() for n in range(args.workers))
        if not cached:
            args.workers = min(args.workers, 40)
            print(f"Quick: {args.workers} workers (the targets are for 200)")
    paths = sidecars(args.workers)
    print(speed_line("before"), flush=True)
    size = sum(p.stat().st_size for p in paths)
    print(f"{len(paths)} sidecars, {size / 1e6:.1f} MB in all "
          f"({size / len(paths) / 1e3:.0f} kB each on average)")
    imports, practices, everything, pdfs = [], [], [], []
    cpu_main, cpu_children = [], []
    for _run in range(args.runs):
        folder = Path(tempfile.mkdtemp(prefix="bench-rep-"))
        try:
            rep = RepVault.create(folder / "rep.workbook", PASSPHRASE, kdf=PRODUCTION_KDF)
            try:
                started = time.perf_counter()
                cpu, kids = time.process_time(), _children_cpu()
                outcomes = import_files(rep, [ImportItem(p) for p in paths])
                imports.append(time.perf_counter() - started)
                cpu_main.append(time.process_time() - cpu)
                cpu_children.append(_children_cpu() - kids)
                failed = [o for o in outcomes if o.status != "added"]
                if failed:
                    print(f"  {len(failed)} did not import: {failed[0].message()}")
                places = rep.places()
                largest = max(places, key=lambda p: (p.workers, p.reports))
                started = time.perf_counter()
                report = practice_for(rep, largest.name)
                practices.append(time.perf_counter() - started)
                started = time.perf_counter()
                pdf = render_practice_pdf(report)
                practice_csv(report)
                pdfs.append(time.perf_counter() - started)
                started = time.perf_counter()
                for p in places:
                    practice_for(rep, p.name)
                everything.append(time.perf_counter() - started)
            finally:
                rep.close()
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    med = statistics.median
    print(f"Workplaces: {len(places)}; largest: {largest.name} ({largest.workers} workers, "
          f"{largest.reports} reports, {len(largest.spellings)} spellings); "
          f"{report.hours.shifts if report.hours else 0} shifts; PDF {len(pdf) / 1e3:.0f} kB")
    print(f"Import + verify {len(paths)} sidecars: {med(imports):.2f} s median of "
          f"{args.runs} (target < 20 s; runs: {', '.join(f'{t:.2f}' for t in imports)})")
    workers = _processes(len(paths))
    print(f"  CPU time: this process (reading, storing) {med(cpu_main):.1f} s; "
          f"{workers} verifying processes {med(cpu_children):.1f} s in all. On an idle "
          f"machine the wall time is about the larger of {med(cpu_main):.1f} s and "
          f"{med(cpu_children) / max(1, min(workers, os.cpu_count() or 1)):.1f} s "
          f"({os.cpu_count()} cores here).")
    total = [a + b for a, b in zip(practices, pdfs, strict=True)]
    print(f"Practice report of the largest workplace: figures {med(practices) * 1000:.0f} ms, "
          f"PDF + CSV {med(pdfs) * 1000:.0f} ms, together {med(total):.2f} s (target < 3 s)")
    print(f"Figures of all {len(places)} workplaces in turn: {med(everything) * 1000:.0f} ms")
    print(speed_line("after"))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Print vault performance figures (DESIGN "Performance"); never asserts, only reports.

Uses the production key derivation and ``cipher_memory_security=ON`` (the app's settings) on
two generated vaults, cached under ``benchmarks/out/``: ten years of a typical worker's records
and a heavy user's ten times that. Each figure is the median of several runs; each vault is
measured on a fresh copy so added shifts do not pile up.

    .venv/bin/python benchmarks/bench_vault.py [--runs 7] [--only ten-year]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from unittest import mock

from generate_vault import generate
from workbook.domain.categories import MoneyKind
from workbook.domain.models import MoneyLine, Shift
from workbook.store import PRODUCTION_KDF, SCHEMA_VERSION, Vault, unlock
from workbook.store.kdf import KdfParams, derive_key, wipe

OUT = Path(__file__).resolve().parent / "out"
PASSPHRASE = "benchmark vault, not a secret"
GENERATOR_VERSION = 3  # bump when generate_vault.py changes what it writes
VAULTS = {"ten-year": 1, "heavy": 10}
TARGETS_MS = {"unlock rest": 50, "summary ten-year": 100, "summary heavy": 500,
              "newest 200": 10, "add shift": 10}


def timings_ms(run: Callable[[], object], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        run()
        times.append((time.perf_counter() - started) * 1000)
    return times


def median_ms(run: Callable[[], object], runs: int) -> float:
    return statistics.median(timings_ms(run, runs))


def load_note() -> str:
    """The machine's load, printed with the figures: other work on a 2-core laptop (or CI
    runner) slows every figure here, the commit's fsync most of all."""
    one, five, _ = os.getloadavg()
    return f"load average {one:.1f} (1 min), {five:.1f} (5 min) on {os.cpu_count()} cores"


def cached_vault(name: str, scale: int) -> Path:
    """The generated vault for ``name``, made once (it takes minutes for the heavy one)."""
    OUT.mkdir(exist_ok=True)
    # The key depends on the production parameters, so they are part of the cache's name.
    kdf = f"t{PRODUCTION_KDF.time_cost}m{PRODUCTION_KDF.memory_cost}p{PRODUCTION_KDF.parallelism}"
    path = OUT / f"{name}-schema{SCHEMA_VERSION}-gen{GENERATOR_VERSION}-{kdf}.workbook"
    if not path.exists():
        print(f"generating {path.name} (scale {scale}); this is done once …", flush=True)
        # A name of our own, so two benchmark runs started together cannot trip each other.
        temp = path.with_name(f"{path.name}.partial-{os.getpid()}")
        started = time.perf_counter()
        counts = generate(temp, PASSPHRASE, years=10, scale=scale, progress=True)
        if path.exists():
            temp.unlink()  # another run finished first; keep its file
        else:
            temp.replace(path)
        print(f"  {counts} in {time.perf_counter() - started:.0f} s, "
              f"{path.stat().st_size / 1e6:.0f} MB", flush=True)
    return path


def report(label: str, value_ms: float, target: str | None = None) -> None:
    line = f"  {label:<44} {value_ms:9.1f} ms"
    if target is not None:
        limit = TARGETS_MS[target]
        line += f"   (target < {limit} ms: {'ok' if value_ms < limit else 'MISSED'})"
    print(line, flush=True)


def fsync_probe(folder: Path) -> None:
    """One durable 4 KiB write: the floor under any commit with synchronous=FULL."""
    fd = os.open(folder / "fsync-probe", os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        os.write(fd, bytes(4096))
        os.fsync(fd)
    finally:
        os.close(fd)


def bench_kdf_and_create(runs: int, work: Path) -> float:
    salt = bytes([PRODUCTION_KDF.id]) + bytes(15)
    kdf_ms = median_ms(lambda: wipe(derive_key(PASSPHRASE, salt, PRODUCTION_KDF)), runs)
    print(f"key derivation {PRODUCTION_KDF.name}:")
    report("Argon2id alone", kdf_ms)
    counter = iter(range(10_000))

    def create() -> None:
        Vault.create(work / f"new-{next(counter)}.workbook", PASSPHRASE).close()

    report("create an empty vault (incl. derivation)", median_ms(create, runs))
    return kdf_ms


def bench_vault(name: str, source: Path, runs: int, work: Path) -> None:
    path = work / f"{name}.workbook"
    shutil.copyfile(source, path)
    print(f"\n{name}: {source.stat().st_size / 1e6:.0f} MB", flush=True)
    derivations: list[float] = []

    def timed_derive(passphrase: str, salt: bytes, params: KdfParams) -> bytearray:
        started = time.perf_counter()
        try:
            return derive_key(passphrase, salt, params)
        finally:
            derivations.append(time.perf_counter() - started)

    opens: list[float] = []
    rests: list[float] = []
    # Time the derivation inside each unlock, so "the rest" is measured, not estimated.
    with mock.patch.object(unlock, "derive_key", timed_derive):
        for _ in range(runs):
            started = time.perf_counter()
            Vault.open(path, PASSPHRASE).close()
            opens.append(time.perf_counter() - started)
            rests.append(opens[-1] - derivations[-1])
    report("unlock (Vault.open, then close)", statistics.median(opens) * 1000)
    report("  of which key derivation", statistics.median(derivations) * 1000)
    report("  of which the rest", statistics.median(rests) * 1000, "unlock rest")

    with Vault.open(path, PASSPHRASE) as vault:
        counts = (vault.count_shifts(), vault.count_money_lines(), vault.count_incidents(),
                  vault.journal_head()[0])
        print(f"  {counts[0]} shifts, {counts[1]} money lines, {counts[2]} incidents, "
              f"{counts[3]} journal rows")
    with Vault.open(path, PASSPHRASE) as vault:  # fresh connection: nothing cached yet
        started = time.perf_counter()
        vault.period_aggregates(None, None)
        cold = (time.perf_counter() - started) * 1000
        target = "summary heavy" if name == "heavy" else "summary ten-year"
        report("period_aggregates, all years, first after unlock", cold, target)
        report("period_aggregates, all years, again",
               median_ms(lambda: vault.period_aggregates(None, None), runs), target)
        year = date(2025, 1, 1), date(2025, 12, 31)
        report("period_aggregates, one year",
               median_ms(lambda: vault.period_aggregates(*year), runs))
        report("period_records, one year",
               median_ms(lambda: vault.period_records(*year), runs))

        first = vault.list_shifts(limit=200)
        report("newest 200 shifts (keyset)",
               median_ms(lambda: vault.list_shifts(limit=200), runs), "newest 200")
        key = (first[-1].start, first[-1].id or 0)
        report("next 200 shifts (keyset)",
               median_ms(lambda: vault.list_shifts(after=key, limit=200), runs), "newest 200")
        deep = vault.list_shifts(newest_first=False, limit=200)[-1]
        report("200 shifts ten years back (keyset)",
               median_ms(lambda: vault.list_shifts(after=(deep.start, deep.id or 0),
                                                   limit=200), runs))
        report("newest 200 shifts of one workplace",
               median_ms(lambda: vault.list_shifts(workplace_id=2, limit=200), runs))
        report("newest 200 money lines",
               median_ms(lambda: vault.list_money_lines(limit=200), runs))
        report("count shifts with a text search",
               median_ms(lambda: vault.count_shifts(text="rota"), runs))

        day = iter(range(1, 10_000))
        bodies: list[float] = []

        def add_shift() -> None:
            start = datetime(2026, 6, 1, 19, tzinfo=UTC) + timedelta(days=next(day))
            with vault.transaction():
                began = time.perf_counter()
                shift = vault.add_shift(Shift(workplace_id=1, start=start,
                                              end=start + timedelta(hours=7),
                                              timezone="Europe/Stockholm", breaks_minutes=30,
                                              notes="benchmark"))
                for kind, category, amount in ((MoneyKind.EARNING, "private_dances", 250000),
                                               (MoneyKind.DEDUCTION, "house_fee", 80000),
                                               (MoneyKind.DEDUCTION, "tip_out", 15000)):
                    vault.add_money_line(MoneyLine(date=start.date(), kind=kind,
                                                   category=category, amount_minor=amount,
                                                   currency="SEK", shift_id=shift.id))
                bodies.append(time.perf_counter() - began)

        adds = timings_ms(add_shift, max(runs, 15))
        report("add a shift with 3 money lines (+4 journal rows)", statistics.median(adds),
               "add shift")
        report("  fastest of those runs", min(adds))
        report("  of which the writes before COMMIT", statistics.median(bodies) * 1000)
        report("  fsync of a 4 KiB write on this disk (for comparison)",
               median_ms(lambda: fsync_probe(work), max(runs, 15)))
        started = time.perf_counter()
        check = vault.verify_chain()
        report(f"verify_chain ({check.rows} rows, ok={check.ok})",
               (time.perf_counter() - started) * 1000)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--only", choices=sorted(VAULTS), action="append")
    args = parser.parse_args(argv)
    names = args.only or list(VAULTS)
    sources = {name: cached_vault(name, VAULTS[name]) for name in names}
    print(f"{load_note()}; cipher_memory_security=ON; median of {args.runs} runs unless said")
    with tempfile.TemporaryDirectory(dir=OUT, prefix="run-") as folder:
        work = Path(folder)
        bench_kdf_and_create(args.runs, work)
        for name in names:
            bench_vault(name, sources[name], args.runs, work)
    print(f"\n{load_note()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Receiving a report: verify it (``reports.verify.verify_report``, the same checks as
``workbook verify``), then keep it in the rep vault with its verdict.

A verified report's figures are read once, here, into the vault's tables. A report that fails
is kept too, apart, with what failed, and is never counted. The same report twice (the same
fingerprint) is a no-op that says so.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import sys
import zlib
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from workbook.domain.money import parse_amount
from workbook.rep.names import clean_name
from workbook.rep.vault import HASH_BYTES, Figures, NewReport, ReportSummary, RepVault
from workbook.reports.verify import Verdict, verify_report

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

ADDED, DUPLICATE, FAILED = "added", "duplicate", "failed"
FIGURES_CHECK = "Figures for the practice report"


class IntakeError(Exception):
    """A file could not be read at all (missing, unreadable): one plain line."""


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    status: str  # ADDED, DUPLICATE or FAILED (kept apart)
    file_name: str
    fingerprint: str
    report_id: int
    worker: int | None
    failed: tuple[tuple[str, str], ...] = ()  # (check, what failed)
    earlier: ReportSummary | None = None  # for a duplicate: the report already here

    def message(self) -> str:
        short = self.fingerprint[:16]
        if self.status == DUPLICATE:
            when = self.earlier.imported_at if self.earlier else ""
            return (f"{self.file_name}: already here (fingerprint {short}…, imported "
                    f"{when}). Nothing was changed.")
        if self.status == ADDED:
            return (f"{self.file_name}: verified, added as Worker {self.worker} "
                    f"(fingerprint {short}…).")
        what = "; ".join(f"{name}: {detail}" for name, detail in self.failed[:2])
        return (f"{self.file_name}: FAILED verification, kept apart and not counted. "
                f"{what}")


def _file_fingerprint(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_figures(report: dict[str, Any]) -> Figures:
    """The figures of a verified report's shown records. Raises ``ValueError`` (or
    ``KeyError``/``TypeError``) when a record cannot be read."""
    records = report["records"]
    f = Figures()
    names: dict[str, str] = {}
    for w in records["workplaces"]:
        name = clean_name(str(w["name"]))
        if not name:
            raise ValueError(f"{w['ref']}: the workplace has no name")
        names[w["ref"]] = name
        f.places.append((w["ref"], name, str(w["currency"])))
    shift_place: dict[str, str] = {}
    for s in records["shifts"]:
        start = datetime.fromisoformat(s["start"])
        end = datetime.fromisoformat(s["end"])
        seconds = int((end - start).total_seconds()) - 60 * int(s["breaks_minutes"])
        place = s["workplace"]
        if place not in names:
            raise ValueError(f"{s['ref']}: its workplace {place} is not in the report")
        shift_place[s["ref"]] = place
        f.shifts.append((s["ref"], place, s["start"][:10], max(seconds, 0)))
    for m in records["money"]:
        place = m["workplace"] or shift_place.get(m["shift"] or "")
        if place is None:
            continue  # a phone bill: no workplace
        if place not in names:
            raise ValueError(f"{m['ref']}: its workplace {place} is not in the report")
        currency = str(m["currency"])
        f.money.append((m["ref"], place, m["shift"], str(m["date"]), str(m["kind"]),
                        str(m["category"]), parse_amount(m["amount"], currency), currency))
    for i in records["incidents"]:
        if i.get("workplace") in names:
            f.incidents.append((i["ref"], i["workplace"], str(i["start"])[:10],
                                str(i["category"])))
    for c in records["controls"]:
        if c.get("workplace") in names:
            f.controls.append((c["ref"], c["workplace"], str(c["date"]), str(c["indicator"])))
    return f


@dataclass(frozen=True, slots=True)
class Checked:
    """What checking one report gives, before anything is stored (pure, so it can be made in
    another process)."""

    fingerprint: str
    ok: bool
    checks: tuple[tuple[str, bool, str], ...]
    about: tuple[str, ...]
    notes: tuple[str, ...]
    profile: str | None = None
    period_from: str | None = None
    period_to: str | None = None
    first_seq: int | None = None
    head_seq: int | None = None
    chain: bytes = b""
    figures: Figures | None = None
    packed: bytes = b""  # the file, zlib-compressed for storing


def check_report(data: bytes, pdf: bytes | None = None, seals: Sequence[str] = ()) -> Checked:
    """Verify a report (``reports.verify.verify_report``) and, when it passes, read its
    figures and journal hashes."""
    verdict: Verdict = verify_report(data, pdf, seals)
    fingerprint = verdict.fingerprint or _file_fingerprint(data)
    checks = [(c.name, c.ok, c.detail) for c in verdict.checks]
    packed = zlib.compress(data, 1)
    if not verdict.ok:
        return Checked(fingerprint, False, tuple(checks), verdict.about, verdict.notes,
                       packed=packed)
    # A report that passed was read whole, and its chain rebuilt, by verify_report.
    report = verdict.report
    assert report is not None and verdict.chain
    try:
        figures = read_figures(report)
        chain = b"".join(bytes.fromhex(h)[:HASH_BYTES] for _seq, h in verdict.chain)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        checks.append((FIGURES_CHECK, False, f"the records cannot be read ({exc})"))
        return Checked(fingerprint, False, tuple(checks), verdict.about, verdict.notes,
                       packed=packed)
    journal = report["journal"]
    return Checked(fingerprint, True, tuple(checks), verdict.about, verdict.notes,
                   report["profile"], report["period"]["from"], report["period"]["to"],
                   journal["first_seq"], journal["head"]["seq"] if journal["head"] else None,
                   chain, figures, packed)


def store_report(vault: RepVault, checked: Checked, *, file_name: str,
                 pdf: bytes | None = None, seals: Sequence[str] = ()) -> ImportOutcome:
    """Keep a checked report (or say it is already here)."""
    earlier = vault.report_with_fingerprint(checked.fingerprint)
    if earlier is not None:
        return ImportOutcome(DUPLICATE, file_name, checked.fingerprint, earlier.id,
                             earlier.worker, earlier=earlier)
    c = checked
    new = NewReport(
        fingerprint=c.fingerprint, file_name=file_name, ok=c.ok, checks=c.checks,
        about=c.about, notes=c.notes, seals=[s.strip() for s in seals if s.strip()],
        sidecar=c.packed, pdf=pdf, profile=c.profile, period_from=c.period_from,
        period_to=c.period_to, first_seq=c.first_seq, head_seq=c.head_seq, chain=c.chain,
        figures=c.figures)
    report_id, worker = vault.add_report(new)
    failed = tuple((name, detail) for name, passed, detail in c.checks if not passed)
    return ImportOutcome(ADDED if c.ok else FAILED, file_name, c.fingerprint, report_id,
                         worker, failed)


def import_report(vault: RepVault, data: bytes, *, file_name: str, pdf: bytes | None = None,
                  seals: Sequence[str] = ()) -> ImportOutcome:
    """Verify one report's JSON file (with its PDF and the rep's seal codes) and keep it."""
    return store_report(vault, check_report(data, pdf, seals), file_name=file_name, pdf=pdf,
                        seals=seals)


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise IntakeError(f"Cannot read {path}: {exc.strerror or exc}") from exc


@dataclass(frozen=True, slots=True)
class ImportItem:
    json_path: Path
    pdf_path: Path | None = None


def pair_files(paths: Iterable[Path]) -> list[ImportItem]:
    """JSON files, each with the PDF of the same name beside it (``report.json`` and
    ``report.pdf``) when the rep chose that too."""
    chosen = list(dict.fromkeys(paths))
    pdfs = {p.with_suffix("").as_posix(): p for p in chosen if p.suffix.lower() == ".pdf"}
    items = []
    for p in chosen:
        if p.suffix.lower() == ".pdf":
            continue
        items.append(ImportItem(p, pdfs.get(p.with_suffix("").as_posix())))
    return items


def _check_files(job: tuple[Path, Path | None, tuple[str, ...]]) -> Checked:
    """``check_report`` of files (in a worker process: only paths and a small result cross)."""
    path, pdf_path, seals = job
    return check_report(_read(path), _read(pdf_path) if pdf_path is not None else None, seals)


def _processes(count: int) -> int:
    """How many processes to verify ``count`` reports with: one per core (at most 4) for a
    batch, none (this process) for a few, or in a frozen app (where starting Python again
    means starting the app)."""
    if count < 8 or getattr(sys, "frozen", False):
        return 0
    return min(os.cpu_count() or 1, 4) if (os.cpu_count() or 1) > 1 else 0


def import_files(vault: RepVault, items: Sequence[ImportItem], seals: Sequence[str] = (),
                 progress: Progress | None = None, cancelled: Cancelled | None = None,
                 *, processes: int | None = None) -> list[ImportOutcome]:
    """Import several files, one transaction each: a file that fails to import leaves the
    others in. Reports are verified in parallel processes when there are many (verifying is
    pure Python and the bulk of the work); they are stored here, in order. Stops between files
    when ``cancelled()`` turns true."""
    for item in items:  # every file readable before any is imported
        for path in (item.json_path, item.pdf_path):
            if path is not None and not path.is_file():
                raise IntakeError(f"Cannot read {path}: there is no such file. Nothing was "
                                  "imported.")
    wanted = tuple(seals)
    count = _processes(len(items)) if processes is None else processes
    outcomes: list[ImportOutcome] = []
    jobs = [(item.json_path, item.pdf_path, wanted) for item in items]

    def keep(item: ImportItem, checked: Checked) -> None:
        pdf = _read(item.pdf_path) if item.pdf_path is not None else None
        outcomes.append(store_report(vault, checked, file_name=item.json_path.name, pdf=pdf,
                                     seals=wanted))
        if progress is not None:
            progress(len(outcomes), len(items))

    if count <= 1:
        for item, job in zip(items, jobs, strict=True):
            if cancelled is not None and cancelled():
                break
            keep(item, _check_files(job))
        return outcomes
    context = multiprocessing.get_context("spawn")  # never fork a process that runs Qt
    done = 0
    try:
        with ProcessPoolExecutor(max_workers=count, mp_context=context) as pool:
            futures = [pool.submit(_check_files, job) for job in jobs]
            try:
                for item, future in zip(items, futures, strict=True):
                    if cancelled is not None and cancelled():
                        return outcomes
                    keep(item, future.result())
                    done += 1
            finally:
                for future in futures:
                    future.cancel()
    except BrokenProcessPool:
        # The processes could not start (a program without a ``__main__`` guard, a sandbox
        # that forbids them): check the rest here, one after another.
        for item, job in zip(items[done:], jobs[done:], strict=True):
            if cancelled is not None and cancelled():
                break
            keep(item, _check_files(job))
    return outcomes


__all__ = ["ADDED", "DUPLICATE", "FAILED", "Checked", "ImportItem", "ImportOutcome", "IntakeError",
           "check_report", "import_files", "import_report", "pair_files", "read_figures",
           "store_report"]

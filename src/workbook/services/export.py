"""Export evidence: the PDF a rep reads, the JSON sidecar that proves it, the CSV for sheets.

``export_evidence(vault, date_from=…, date_to=…, pdf_path=…, json_path=…, csv_path=…)`` is
what ``workbook export`` and the app's export dialog (through :func:`export_job`, on a worker
thread) run. In order:

1. **Gather**, in one vault transaction so that records and journal agree: the period's shifts
   (by local start date) and money lines (with their shift, or by their own date), incidents
   by local start date, control indicators by date, attachments of the included shifts and
   incidents, the people the incidents mention, the workplaces of all these (or those chosen),
   the profile; for each record every journal row and the values and salts of the latest;
   the journal from the first of those rows (or the earliest seal shown) to the head; seals.
   A record that differs from its latest journal row stops the export: the report would not
   be what the journal proves.
2. **Sidecar** (``reports.sidecar``): redaction by the report profile, shown records, digests,
   chain, seals, totals; its SHA-256 is the report fingerprint.
3. **Integrity** for the PDF's appendix (``reports.evidence.IntegrityInfo``): when each record
   was first written, every amendment with its date, deletions, the head, seals shown and
   amendments made after a seal had been shared.
4. **Render** the PDF (with the fingerprint on every page and in its document keywords) and the
   CSV, in memory.
5. **Write** atomically: each file goes to a private temporary file (mode 600) in its target's
   folder, is fsynced, and only when every file is complete are they renamed into place and
   the folders fsynced. A cancelled or failed export leaves nothing behind, and nothing
   decrypted is ever written to the system's temporary folder.

Thread use: nothing here touches Qt. The vault's connection is opened with
``check_same_thread=False`` and serialises calls, so an export may run on a worker thread while
the GUI thread waits; the gathering transaction keeps other threads out for its duration.
"""

from __future__ import annotations

import contextlib
import fcntl
import gc
import os
import re
import secrets
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, cast

from workbook import __version__
from workbook.domain.canonical import GENESIS_HASH
from workbook.domain.errors import ValidationError
from workbook.domain.models import (
    Attachment,
    ControlTag,
    Incident,
    MoneyLine,
    Person,
    Profile,
    Shift,
    Workplace,
)
from workbook.domain.timeutil import local, utc_now
from workbook.reports.csv_export import report_csv
from workbook.reports.evidence import (
    REPORT_PROFILES,
    Amendment,
    EvidenceInput,
    IntegrityInfo,
    Language,
    RecordTiming,
    ReportProfile,
    SealShown,
    build_report,
)
from workbook.reports.pdf import EvidencePdfRenderer, ExportCancelled
from workbook.reports.sidecar import (
    PDF_FINGERPRINT_PREFIX,
    PROFILE,
    RecordDisclosure,
    SealEntry,
    Sidecar,
    SidecarError,
    SidecarInput,
    build_sidecar,
    journal_start,
    record_ref,
)
from workbook.store.errors import VaultError
from workbook.store.journal import EntryText, JournalRow
from workbook.store.vault import Vault

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
LANGUAGES: tuple[Language, ...] = ("en", "sv", "es", "ro", "th")  # reports.strings.LANGUAGES
FORMATS = ("pdf", "json", "csv")
_SCALE = 1000  # progress is reported in thousandths of the whole export
_TIMED_ENTITIES = ("shift", "money", "incident", "control")
_CANCELLED = "The export was cancelled; nothing was written."


class ExportError(Exception):
    """The export cannot be made; the message says why in plain words."""


@dataclass(frozen=True, slots=True)
class ExportCounts:
    workplaces: int = 0
    people: int = 0
    shifts: int = 0
    money_lines: int = 0
    incidents: int = 0
    attachments: int = 0
    control_tags: int = 0
    journal_entries: int = 0

    def __str__(self) -> str:
        parts = [f"{n:,} {one if n == 1 else many}" for n, one, many in (
            (self.shifts, "shift", "shifts"), (self.money_lines, "money line", "money lines"),
            (self.incidents, "incident", "incidents"),
            (self.attachments, "attachment", "attachments"),
            (self.control_tags, "control indicator", "control indicators"))]
        return ", ".join(parts) + f"; {self.journal_entries:,} journal entries"


@dataclass(frozen=True, slots=True)
class ExportResult:
    fingerprint: str
    paths: Mapping[str, Path]  # "pdf" / "json" / "csv" → the file written
    counts: ExportCounts


@dataclass(frozen=True, slots=True)
class EvidenceFiles:
    """Everything one export produces, in memory (``export_evidence`` writes it)."""

    fingerprint: str
    sidecar: Sidecar
    pdf: bytes | None
    csv: bytes | None
    counts: ExportCounts
    evidence: EvidenceInput = field(repr=False)


class _Steps:
    """Progress over the phases of an export, and the cancel button."""

    PHASES: Mapping[str, tuple[int, int]] = {
        "gather": (0, 150), "sidecar": (150, 250), "pdf": (250, 900), "csv": (900, 950),
        "write": (950, 1000),
    }

    def __init__(self, progress: Progress | None, cancelled: Cancelled | None) -> None:
        self.progress = progress
        self.cancelled = cancelled
        self.done = 0

    def check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ExportCancelled(_CANCELLED)

    def at(self, phase: str, done: int = 0, total: int = 1, *, cancellable: bool = True
           ) -> None:
        low, high = self.PHASES[phase]
        value = low + (high - low) * min(done, total) // max(total, 1)
        if value > self.done:
            self.done = value
            if self.progress is not None:
                self.progress(value, _SCALE)
        if cancellable:
            self.check()

    def of(self, phase: str) -> Progress:
        return lambda done, total: self.at(phase, done, total)


# --------------------------------------------------------------------------- gathering


@dataclass(slots=True)
class _Gathered:
    profile: Profile
    workplaces: list[Workplace]
    people: list[Person]
    shifts: list[Shift]
    money: list[MoneyLine]
    incidents: list[Incident]
    attachments: list[Attachment]
    controls: list[ControlTag]
    disclosures: list[RecordDisclosure]
    journal: Sequence[_Row]
    seals: list[SealEntry]
    deletions: int
    selected: list[int] | None


_Record = Profile | Workplace | Person | Shift | MoneyLine | Incident | Attachment | ControlTag
_Row = JournalRow | EntryText


class _Gatherer:
    def __init__(self, vault: Vault, steps: _Steps, date_from: date, date_to: date,
                 selected: list[int] | None, report_profile: str) -> None:
        self.vault = vault
        self.steps = steps
        self.date_from = date_from
        self.date_to = date_to
        self.selected = selected
        self.report_profile = report_profile

    def within(self, day: date) -> bool:
        return self.date_from <= day <= self.date_to

    def chosen(self, workplace_id: int | None) -> bool:
        return self.selected is None or workplace_id in self.selected

    def run(self) -> _Gathered:
        vault = self.vault
        with vault.transaction():  # one snapshot: records, journal and seals agree
            profile = vault.get_profile()
            shifts, money = vault.period_records(self.date_from, self.date_to)
            shifts = [s for s in shifts if self.chosen(s.workplace_id)]
            # A line on a shift carries its shift's workplace; a standalone line with no
            # workplace (a phone bill) goes only into a report of every workplace.
            money = [m for m in money if self.chosen(m.workplace_id)]
            incidents = [
                x for x in vault.list_incidents(date_from=self.date_from, date_to=self.date_to,
                                                limit=10**9, newest_first=False)
                if self.chosen(x.workplace_id)
                and self.within(local(x.start, x.timezone).date())
            ]
            controls = [t for t in vault.list_control_tags()
                        if self.within(t.date) and self.chosen(t.workplace_id)]
            shift_ids = {s.id for s in shifts}
            incident_ids = {x.id for x in incidents}
            attachments = [a for a in vault.list_attachments()
                           if (a.incident_id is not None and a.incident_id in incident_ids)
                           or (a.shift_id is not None and a.shift_id in shift_ids)]
            mentioned = {p.person_id for x in incidents for p in x.people}
            people = ([p for p in vault.list_people() if p.id in mentioned]
                      if self.report_profile != "totals" else [])
            used = ({s.workplace_id for s in shifts} | {m.workplace_id for m in money}
                    | {x.workplace_id for x in incidents} | {t.workplace_id for t in controls})
            workplaces = [w for w in vault.list_workplaces(include_archived=True)
                          if w.id in used or (self.selected is not None
                                              and w.id in self.selected)]
            self.steps.at("gather", 1, 10)
            records: list[tuple[str, _Record]] = [
                *(("workplace", w) for w in workplaces), *(("person", p) for p in people),
                *(("shift", s) for s in shifts), *(("money", m) for m in money),
                *(("incident", x) for x in incidents),
                *(("attachment", a) for a in attachments), *(("control", t) for t in controls),
            ]
            seals = [SealEntry(s.code, s.seq, s.shown_at) for s in vault.list_seals()]
            head_seq, _head_hash = vault.journal_head()
            # Rows as the text their hashes cover, straight from the stored columns: nothing
            # to parse for the thousands of rows the report only lists.
            read = getattr(vault, "journal_entries", None) or vault.journal_rows
            everything: Sequence[_Row] = read(1, head_seq) if head_seq else []
            self.steps.at("gather", 3, 10)
            disclosures = self.disclosures(profile, records, everything)
            start = journal_start(disclosures, seals)
            journal = [row for row in everything if row.seq >= start]
            deletions = sum(1 for row in everything if row.action == "delete")
            del everything
        self.steps.at("gather", 10, 10)
        return _Gathered(profile, workplaces, people, shifts, money, incidents, attachments,
                         controls, disclosures, journal, seals, deletions, self.selected)

    def disclosures(self, profile: Profile, records: Sequence[tuple[str, _Record]],
                    journal: Sequence[_Row]) -> list[RecordDisclosure]:
        """Each record with its journal rows and the values and salts of the latest."""
        seqs: dict[tuple[str, int], list[int]] = {}
        for row in journal:
            seqs.setdefault((row.entity, row.entity_id), []).append(row.seq)
        actions = {row.seq: row.action for row in journal}
        wanted: list[tuple[str, int, _Record]] = (
            [(PROFILE, 1, profile)] if (PROFILE, 1) in seqs else [])
        wanted += [(entity, _id(record), record) for entity, record in records]
        latest_seqs = [seqs[(e, i)][-1] for e, i, _r in wanted if (e, i) in seqs]
        kept = self.kept(latest_seqs)
        read_digests = getattr(self.vault, "journal_digests", None)
        digests = read_digests(latest_seqs) if read_digests is not None else {}
        out: list[RecordDisclosure] = []
        for n, (entity, ident, record) in enumerate(wanted):
            rows = seqs.get((entity, ident), [])
            latest: tuple[Mapping[str, Any], Mapping[str, str]] | None
            if kept is None:  # one record at a time
                disclosed = self.vault.journal_disclosure(entity, ident)
                latest = (disclosed[-1].values, disclosed[-1].salts) if disclosed else None
                if [d.row.seq for d in disclosed] != rows:
                    latest = None
                if n % 250 == 0:
                    self.steps.at("gather", 3 + 7 * n // max(len(wanted), 1), 10)
            else:
                latest = kept.get(rows[-1]) if rows else None
            if latest is None or actions[rows[-1]] == "delete" or latest[0] != record.fields():
                raise ExportError(
                    f"The {_WORDS.get(entity, entity)} {record_ref(entity, ident)} does not "
                    "match its entry in the change journal, so the report could not prove it. "
                    "The vault may have been changed outside Workbook; nothing was exported.")
            out.append(RecordDisclosure(entity, ident, tuple(rows), latest[0], latest[1],
                                        digests.get(rows[-1])))
        return out

    def kept(self, seqs: Sequence[int]
             ) -> Mapping[int, tuple[Mapping[str, Any], Mapping[str, str]]] | None:
        """The values and salts kept for these journal rows, read in one go when the store
        offers ``journal_kept(seqs)``; None to read them record by record instead."""
        bulk = getattr(self.vault, "journal_kept", None)
        if not callable(bulk):
            return None
        result: Mapping[int, tuple[Mapping[str, Any], Mapping[str, str]]] = bulk(seqs)
        return result


_WORDS = {"profile": "profile", "workplace": "workplace", "person": "person",
          "shift": "shift", "money": "money line", "incident": "incident",
          "attachment": "attachment", "control": "control indicator"}


def _id(record: Any) -> int:
    ident = record.id
    if ident is None:
        raise RuntimeError("the vault returned a record without an id")
    return cast(int, ident)


# --------------------------------------------------------------------------- integrity


def _at(row: _Row) -> datetime:
    at = row.recorded_at
    return at if isinstance(at, datetime) else datetime.fromisoformat(at)


def integrity_info(journal: Sequence[_Row], disclosed: Iterable[tuple[str, int]],
                   seals: Sequence[SealEntry], deletions: int) -> IntegrityInfo:
    """What the PDF's integrity appendix says, from the journal rows of the report's records.

    An amendment counts as made "after a seal was shared" when some seal lies between the
    record's first entry and the amendment: the seal covered the earlier version.
    """
    wanted = set(disclosed)
    by_record: dict[tuple[str, int], list[_Row]] = {}
    for row in journal:
        key = (row.entity, row.entity_id)
        if key in wanted:
            by_record.setdefault(key, []).append(row)
    recorded: list[RecordTiming] = []
    amendments: list[Amendment] = []
    after_seal: list[Amendment] = []
    seal_seqs = sorted(s.seq for s in seals)
    for (entity, ident), rows in by_record.items():
        if entity in _TIMED_ENTITIES:
            recorded.append(RecordTiming(entity, ident, _at(rows[0])))
        if entity == PROFILE:
            continue
        created = rows[0].seq
        for row in rows[1:]:
            if row.action != "update":
                continue
            amendment = Amendment(entity, ident, row.seq, _at(row))
            amendments.append(amendment)
            if any(created <= s < row.seq for s in seal_seqs):
                after_seal.append(amendment)
    head = journal[-1] if journal else None
    return IntegrityInfo(
        head_seq=head.seq if head else 0, head_hash=head.hash if head else GENESIS_HASH,
        recorded=tuple(recorded), amendments=tuple(sorted(amendments, key=lambda a: a.seq)),
        deletions=deletions,
        seals=tuple(SealShown(s.code, s.shown_at, s.seq) for s in seals),
        amended_after_seal=tuple(sorted(after_seal, key=lambda a: a.seq)),
    )


# --------------------------------------------------------------------------- rendering


class _FingerprintedRenderer(EvidencePdfRenderer):
    """The evidence renderer, also putting ``workbook-fingerprint:<hex>`` in the document
    keywords, where ``workbook verify`` reads it back without a PDF library."""

    def finish_page(self, canvas: Any, page: int, total: int) -> None:
        super().finish_page(canvas, page, total)
        if page == 1 and self.report.fingerprint:
            canvas.setKeywords(f"{PDF_FINGERPRINT_PREFIX}{self.report.fingerprint}")


def _check_choices(profile: str, language: str, date_from: date, date_to: date) -> None:
    if profile not in REPORT_PROFILES:
        raise ExportError(f"“{profile}” is not a report profile; choose one of: "
                          f"{', '.join(REPORT_PROFILES)}.")
    if language not in LANGUAGES:
        raise ExportError(f"There is no report in “{language}”; choose one of: "
                          f"{', '.join(LANGUAGES)}.")
    if date_to < date_from:
        raise ExportError(f"The period ends ({date_to.isoformat()}) before it starts "
                          f"({date_from.isoformat()}).")


def _selected(vault: Vault, names: Sequence[str] | None, ids: Sequence[int] | None
              ) -> list[int] | None:
    if names is None and ids is None:
        return None
    chosen: list[int] = list(ids or [])
    places = vault.list_workplaces(include_archived=True)
    known = {w.id for w in places}
    for ident in chosen:
        if ident not in known:
            raise ExportError(f"There is no workplace number {ident} in this vault.")
    for name in names or []:
        found = vault.find_workplace(name)
        if found is None:
            listed = ", ".join(f"“{w.name}”" for w in places) or "none yet"
            raise ExportError(f"There is no workplace called “{name}”. Your workplaces: "
                              f"{listed}.")
        chosen.append(_id(found))
    if not chosen:
        raise ExportError("Choose at least one workplace, or leave the choice out for all.")
    return sorted(set(chosen))


def build_evidence(vault: Vault, *, date_from: date, date_to: date,
                   workplace_names: Sequence[str] | None = None,
                   workplace_ids: Sequence[int] | None = None, profile: str = "full",
                   language: str = "en", formats: Iterable[str] = FORMATS,
                   generated_at: datetime | None = None, progress: Progress | None = None,
                   cancelled: Cancelled | None = None) -> EvidenceFiles:
    """Every file of one export, in memory. ``formats`` picks which of ``"pdf"`` and
    ``"csv"`` to render (the sidecar is always built: it gives the fingerprint)."""
    _check_choices(profile, language, date_from, date_to)
    wanted = set(formats)
    steps = _Steps(progress, cancelled)
    steps.check()
    selected = _selected(vault, workplace_names, workplace_ids)
    g = _Gatherer(vault, steps, date_from, date_to, selected, profile).run()
    when = generated_at or utc_now()
    try:
        sidecar = build_sidecar(SidecarInput(
            report_profile=profile, date_from=date_from, date_to=date_to, generated_at=when,
            app_version=__version__, language=language, records=g.disclosures,
            journal=g.journal,
            seals=g.seals, workplaces_selected=g.selected,
        ))
    except SidecarError as exc:
        raise ExportError(f"The change journal is not whole ({exc}), so the report could not "
                          "prove its records. The vault may be damaged; nothing was "
                          "exported.") from exc
    steps.at("sidecar", 1, 1)
    integrity = integrity_info(g.journal, sidecar.shown, g.seals, g.deletions)
    g.journal, g.disclosures = [], []  # in the sidecar now; let them go before the PDF
    evidence = EvidenceInput(
        profile=g.profile, date_from=date_from, date_to=date_to, generated_at=when,
        app_version=__version__, report_profile=cast(ReportProfile, profile),
        language=cast(Language, language), workplaces=g.workplaces, people=g.people,
        shifts=g.shifts, money_lines=g.money, incidents=g.incidents,
        attachments=g.attachments, attachment_data=_attachment_loader(vault),
        control_tags=g.controls,
        integrity=integrity,
        fingerprint=sidecar.fingerprint,
    )
    pdf = csv = None
    if wanted & {"pdf", "csv"}:
        report = build_report(evidence)
        if "pdf" in wanted:
            try:
                pdf = _FingerprintedRenderer(report, steps.of("pdf"), steps.cancelled).render()
            except ExportCancelled as exc:
                if exc.args:
                    raise
                raise ExportCancelled(_CANCELLED) from None  # the renderer's says nothing
        steps.at("pdf", 1, 1)
        if "csv" in wanted:
            csv = report_csv(report)
    steps.at("csv", 1, 1)
    n = sidecar.counts
    counts = ExportCounts(
        workplaces=n["workplaces"], people=n["people"], shifts=n["shifts"],
        money_lines=n["money"], incidents=n["incidents"], attachments=n["attachments"],
        control_tags=n["controls"], journal_entries=n["journal"],
    )
    return EvidenceFiles(sidecar.fingerprint, sidecar, pdf, csv, counts, evidence)


def _attachment_loader(vault: Vault) -> Callable[[Attachment], bytes | None]:
    def load(attachment: Attachment) -> bytes | None:
        if attachment.id is None:
            return None
        try:
            return vault.attachment_data(attachment.id)
        except (VaultError, ValidationError):
            return None  # deleted meanwhile: the exhibit says it could not be shown
    return load


# --------------------------------------------------------------------------- writing


def _targets(pdf_path: str | os.PathLike[str] | None, json_path: str | os.PathLike[str] | None,
             csv_path: str | os.PathLike[str] | None) -> dict[str, Path]:
    targets = {fmt: Path(p).expanduser().absolute() for fmt, p in
               (("pdf", pdf_path), ("json", json_path), ("csv", csv_path)) if p is not None}
    if not targets:
        raise ExportError("Choose where to save the report (a PDF, JSON or CSV file).")
    if len({os.path.normcase(os.path.realpath(p)) for p in targets.values()}) < len(targets):
        raise ExportError("The PDF, JSON and CSV files must each have their own name.")
    for path in targets.values():
        if not path.parent.is_dir():
            raise ExportError(f"The folder {path.parent} does not exist.")
        if path.is_dir():
            raise ExportError(f"{path} is a folder; give a file name.")
    return targets


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return  # not possible on this system (Windows); the rename is still atomic
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _part_pattern(target: Path) -> re.Pattern[str]:
    return re.compile(rf"\.{re.escape(target.name)}\.export-(?P<pid>\d+)-[0-9a-f]{{12}}\.part")


def _new_part(target: Path) -> tuple[int, Path]:
    """A new private file (mode 600) beside ``target``, named for this process and locked
    while it is written: ``.<target>.export-<pid>-<random>.part``."""
    path = target.with_name(f".{target.name}.export-{os.getpid()}-{secrets.token_hex(6)}.part")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        path.unlink(missing_ok=True)
        raise
    return fd, path


def _process_gone(pid: int) -> bool:
    if pid == os.getpid() or pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False  # it exists, as someone else's process
    return False


def remove_stale_parts(target: Path) -> list[Path]:
    """Remove the temporary files an export killed while writing ``target`` left (power cut,
    SIGKILL). A file is stale only when the process named in it is gone and nobody holds its
    lock, so another export still writing is never touched. Never raises."""
    pattern = _part_pattern(target)
    try:
        names = os.listdir(target.parent)
    except OSError:
        return []
    removed = []
    for name in names:
        match = pattern.fullmatch(name)
        if match is None or not _process_gone(int(match["pid"])):
            continue
        path = target.with_name(name)
        try:
            fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
        except OSError:
            continue
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            path.unlink()
            removed.append(path)
        except OSError:
            continue  # locked after all, or not ours to remove
        finally:
            os.close(fd)
    return removed


def write_atomically(files: Sequence[tuple[Path, bytes | Sequence[bytes]]],
                     cancelled: Cancelled | None = None) -> None:
    """Write every file, or none: each to a private temporary file (mode 600, locked, named
    ``.<target>.export-<pid>-<random>.part``) beside its target, fsynced; then all renamed into
    place and their folders fsynced. A cancel or an error before the renames removes the
    temporary files and leaves the targets untouched; what a killed export left is removed by
    the next one."""
    temps: list[tuple[Path, Path]] = []
    try:
        for target, data in files:
            remove_stale_parts(target)
            try:
                fd, temp = _new_part(target)
            except OSError as exc:
                raise ExportError(f"Cannot write in {target.parent}: "
                                  f"{exc.strerror or exc}.") from exc
            temps.append((temp, target))
            try:
                with os.fdopen(fd, "wb") as out:
                    for piece in ([data] if isinstance(data, bytes) else data):
                        out.write(piece)
                    out.flush()
                    os.fsync(out.fileno())
            except OSError as exc:
                raise ExportError(f"Cannot write {target}: {exc.strerror or exc}.") from exc
            if cancelled is not None and cancelled():
                raise ExportCancelled(_CANCELLED)
        for temp, target in temps:
            try:
                os.replace(temp, target)
            except OSError as exc:
                raise ExportError(f"Cannot write {target}: {exc.strerror or exc}.") from exc
    except BaseException:
        for temp, _target in temps:
            with contextlib.suppress(OSError):
                temp.unlink()  # gone already if it was renamed into place
        raise
    for folder in dict.fromkeys(target.parent for _temp, target in temps):
        _fsync_folder(folder)


@contextlib.contextmanager
def fewer_collections(threshold: int = 50_000) -> Iterator[None]:
    """Run Python's cyclic garbage collector less often while an export is built.

    An export makes hundreds of thousands of small objects that all live until it ends (rows,
    layout objects, pieces of JSON). With the default thresholds the collector walks them again
    and again as they pile up: in the ten-year export, 1.1 s of collections (0.7 s of them
    full ones, measured with ``gc.callbacks``); with these, 0.3 s. Reference counting still
    frees everything as usual, and the collector still runs (every ``threshold`` new objects),
    so a cycle cannot pile up unbounded; the old thresholds come back afterwards."""
    before = gc.get_threshold()
    gc.set_threshold(threshold, 50, 50)
    try:
        yield
    finally:
        gc.set_threshold(*before)


def export_evidence(vault: Vault, *, date_from: date, date_to: date,
                    workplace_names: Sequence[str] | None = None,
                    workplace_ids: Sequence[int] | None = None, profile: str = "full",
                    language: str = "en", pdf_path: str | os.PathLike[str] | None = None,
                    json_path: str | os.PathLike[str] | None = None,
                    csv_path: str | os.PathLike[str] | None = None,
                    progress: Progress | None = None, cancelled: Cancelled | None = None,
                    generated_at: datetime | None = None) -> ExportResult:
    """Export the evidence of a period to the files given (at least one).

    Raises :class:`ExportError` with a plain message, ``ExportCancelled`` when ``cancelled()``
    turned true, and the vault's typed errors. In each of those cases no file was written.
    """
    _check_choices(profile, language, date_from, date_to)
    targets = _targets(pdf_path, json_path, csv_path)
    steps = _Steps(progress, cancelled)
    with fewer_collections():
        built = build_evidence(vault, date_from=date_from, date_to=date_to,
                               workplace_names=workplace_names, workplace_ids=workplace_ids,
                               profile=profile, language=language, formats=tuple(targets),
                               generated_at=generated_at, progress=steps.progress,
                               cancelled=steps.cancelled)
    steps.done = _Steps.PHASES["write"][0]
    data: dict[str, bytes | Sequence[bytes] | None] = {
        "pdf": built.pdf, "json": built.sidecar.parts, "csv": built.csv}
    steps.check()
    write_atomically([(path, cast("bytes | Sequence[bytes]", data[fmt]))
                      for fmt, path in targets.items()], cancelled)
    steps.at("write", 1, 1, cancellable=False)  # written: too late to cancel
    return ExportResult(built.fingerprint, targets, built.counts)


def export_job(vault: Vault, *, date_from: date, date_to: date,
               workplace_ids: Sequence[int] | None = None, profile: str = "union",
               language: str = "en", pdf: str | os.PathLike[str] | None = None,
               json: str | os.PathLike[str] | None = None,
               csv: str | os.PathLike[str] | None = None
               ) -> Callable[[Progress, Cancelled], ExportResult]:
    """The export as a task for ``ui.tasks.Task``: ``job(progress, cancelled)``, with the
    options as the export dialog names them."""
    def job(progress: Progress, cancelled: Cancelled) -> ExportResult:
        return export_evidence(vault, date_from=date_from, date_to=date_to,
                               workplace_ids=workplace_ids, profile=profile,
                               language=language, pdf_path=pdf, json_path=json, csv_path=csv,
                               progress=progress, cancelled=cancelled)
    return job


__all__ = ["EvidenceFiles", "ExportCancelled", "ExportCounts", "ExportError", "ExportResult",
           "build_evidence", "export_evidence", "export_job", "integrity_info",
           "write_atomically"]

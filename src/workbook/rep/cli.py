"""``workbook rep …``: the union rep's commands, on the rep vault (``--rep-vault PATH``;
default ``rep.workbook`` in the data folder). The passphrase comes from the terminal or, with
``workbook --passphrase-stdin rep …``, from standard input, as for every other command.

- ``rep init`` — create the rep vault;
- ``rep import FILE.json… [--pdf FILE.pdf] [--seal CODE]…`` — verify and keep reports;
- ``rep list`` — the reports with their verdicts, and the workplaces;
- ``rep report --workplace NAME --pdf OUT [--csv OUT] [--lang sv] [--min-workers N]``;
- ``rep merge NAME INTO`` / ``rep unmerge NAME`` — count two spellings as one workplace;
- ``rep remove FINGERPRINT`` — delete a report for good (imported by mistake, or the worker
  withdrew her consent);
- ``rep passwd`` / ``rep backup OUT`` / ``rep restore IN`` — as for a worker's vault.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

if TYPE_CHECKING:
    from workbook.rep.vault import RepVault


def _fail(message: str) -> NoReturn:
    """One line on stderr and exit code 1, as every command fails."""
    from workbook.cli import CliError

    raise CliError(message)


def _threshold(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a whole number") from None
    if n < 3:
        raise argparse.ArgumentTypeError("the smallest number allowed is 3, so that no figure "
                                         "can point to one worker")
    return n


def add_rep_parser(sub: Any) -> None:
    """Add ``rep`` and its commands to the main parser's subcommands."""
    p = sub.add_parser(
        "rep", help="for union reps: keep reports you received and see a workplace's "
        "practices across workers",
        description="For union reps. Reports you receive are checked (as 'workbook verify' "
        "does) and kept in your own encrypted rep vault. A practice report adds up what the "
        "workers reported about one workplace; workers are never named.")
    p.add_argument("--rep-vault", metavar="PATH",
                   help="the rep vault file (default: rep.workbook in your data folder)")
    rep = p.add_subparsers(dest="rep_command", metavar="COMMAND", required=True)
    rep.add_parser("init", help="create your rep vault")
    p_import = rep.add_parser(
        "import", help="check reports and keep them (a report that fails is kept apart)",
        description="Check each report's JSON file (and its PDF) and keep it in the rep "
        "vault with its verdict. A report that fails a check is kept apart, labelled with "
        "what failed, and never counted. Exit code 1 when any report failed.")
    p_import.add_argument("files", nargs="+", metavar="FILE.json",
                          help="report files; a PDF named like its JSON file is paired "
                          "with it")
    p_import.add_argument("--pdf", metavar="FILE.pdf",
                          help="the PDF that came with the report (one JSON file only)")
    p_import.add_argument("--seal", action="append", metavar="CODE",
                          help="a seal code the worker sent you earlier; every report in "
                          "this import is checked against it (repeat for more)")
    rep.add_parser("list", help="the reports you hold, their verdicts, and the workplaces")
    p_report = rep.add_parser(
        "report", help="write the practice report of one workplace (PDF, CSV)",
        description="Write the practice report of one workplace across every verified "
        "report: fees, fines and tip-outs, hours and pay, signs of control and incidents. "
        "A figure that rests on fewer than 3 workers is not shown.")
    p_report.add_argument("--workplace", required=True, metavar="NAME",
                          help="the workplace (any spelling the workers used)")
    p_report.add_argument("--pdf", required=True, metavar="OUT.pdf", help="the PDF to write")
    p_report.add_argument("--csv", metavar="OUT.csv", help="also write the figures as CSV")
    p_report.add_argument("--lang", choices=("en", "sv"), default="en",
                          help="language of the PDF (default: en)")
    p_report.add_argument("--min-workers", type=_threshold, default=3, metavar="N",
                          help="show only figures that rest on at least N workers "
                          "(3 or more; default 3)")
    p_merge = rep.add_parser("merge", help="count workplace NAME as workplace INTO",
                             description="Workers name workplaces themselves. Names that "
                             "differ only in capitals and spaces already count as one; "
                             "merge two that differ otherwise (“Aurora”, “Club Aurora”).")
    p_merge.add_argument("name", metavar="NAME")
    p_merge.add_argument("into", metavar="INTO")
    p_unmerge = rep.add_parser("unmerge", help="let names merged into NAME count apart again")
    p_unmerge.add_argument("name", metavar="NAME")
    p_remove = rep.add_parser(
        "remove", help="delete a report for good (imported by mistake, or consent withdrawn)",
        description="Delete one report, its PDF and its figures from the rep vault. The "
        "stored bytes are overwritten, not just hidden. Practice reports made from now on "
        "leave it out. 'workbook rep list' shows each report's fingerprint.")
    p_remove.add_argument("fingerprint", metavar="FINGERPRINT",
                          help="the report's fingerprint, or its first 8 or more characters")
    rep.add_parser("passwd", help="change the rep vault's passphrase")
    p_backup = rep.add_parser(
        "backup", help="write an encrypted copy of the rep vault (to a USB stick, say)",
        description="Write an encrypted copy of the rep vault to OUT: a file (an older backup "
        "there is replaced whole, never half) or a folder (a new file named by the time).")
    p_backup.add_argument("out", metavar="OUT", help="the backup file, or a folder for it")
    p_backup.add_argument("--new-passphrase", action="store_true",
                          help="protect the backup with a different passphrase (asked for)")
    p_restore = rep.add_parser(
        "restore", help="put a backup in the rep vault's place (the old one is kept)",
        description="Check the backup IN page by page, then put it in the rep vault's place. "
        "The rep vault that was there is kept beside it, renamed "
        "'…before-restore-<time>', until you delete it.")
    p_restore.add_argument("backup", metavar="IN", help="the backup file")


def _path(args: argparse.Namespace) -> Path:
    from workbook.rep.vault import default_rep_vault_path

    return Path(args.rep_vault).expanduser() if args.rep_vault else default_rep_vault_path()


def _open(args: argparse.Namespace, source: Any) -> RepVault:
    from workbook.rep.vault import RepVault

    path = _path(args)
    if not path.exists():
        _fail(f"There is no rep vault at {path}. Create one with: workbook rep init")
    return RepVault.open(path, source.existing())


def run_rep(args: argparse.Namespace, source: Any) -> int:
    """Run one ``rep`` command; ``source`` is the CLI's ``PassphraseSource``."""
    command = args.rep_command
    if command == "init":
        return _init(args, source)
    if command == "restore":
        return _restore(args, source)
    if command == "backup":
        return _backup(args, source)
    vault = _open(args, source)
    try:
        if command == "import":
            return _import(vault, args)
        if command == "list":
            return _list(vault)
        if command == "report":
            return _report(vault, args)
        if command == "merge":
            return _merge(vault, args.name, args.into)
        if command == "unmerge":
            return _unmerge(vault, args.name)
        if command == "remove":
            return _remove(vault, args.fingerprint)
        if command == "passwd":
            vault.change_passphrase(source.new())
            print("The passphrase is changed. The old one no longer opens this rep vault.")
            return 0
    finally:
        vault.close()
    _fail(f"unknown rep command {command}")


def _init(args: argparse.Namespace, source: Any) -> int:
    from workbook.rep.vault import RepVault

    path = _path(args)
    if path.exists():
        _fail(f"A rep vault already exists at {path}. Nothing was changed.")
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    RepVault.create(path, source.new()).close()
    print(f"Created a rep vault at {path}")
    return 0


def _import(vault: RepVault, args: argparse.Namespace) -> int:
    from workbook.rep.intake import FAILED, ImportItem, IntakeError, import_files, pair_files

    paths = [Path(f).expanduser() for f in args.files]
    if args.pdf is not None:
        if len(paths) != 1:
            _fail("--pdf goes with one JSON file; to import several, put each PDF beside its "
                  "JSON file with the same name and list both.")
        items = [ImportItem(paths[0], Path(args.pdf).expanduser())]
    else:
        items = pair_files(paths)
    if not items:
        _fail("Give the JSON file of each report (the PDF alone cannot be checked).")
    try:
        outcomes = import_files(vault, items, args.seal or ())
    except IntakeError as exc:
        _fail(str(exc))
    for outcome in outcomes:
        print(outcome.message())
    failed = sum(1 for o in outcomes if o.status == FAILED)
    if failed:
        print(f"{failed} of {len(outcomes)} reports failed a check. They are kept apart and "
              "not counted; 'workbook rep list' shows what failed.", file=sys.stderr)
    return 1 if failed else 0


def _list(vault: RepVault) -> int:
    reports = vault.reports()
    if not reports:
        print("No reports yet. Add one with: workbook rep import REPORT.json")
        return 0
    print("Reports")
    for r in reports:
        who = f"Worker {r.worker}" if r.worker is not None else "not counted"
        period = f"{r.period_from} to {r.period_to}" if r.period_from else "period unknown"
        verdict = "verified" if r.ok else "FAILED"
        print(f"  #{r.id:<4} {verdict:<8} {who:<11} {period:<24} {r.fingerprint[:16]}…  "
              f"{r.file_name}")
        for check in r.failed[:3]:
            print(f"         ✗ {check.name}: {check.detail}")
    print()
    places = vault.places()
    print("Workplaces (verified reports only)")
    for p in places:
        also = [s for s in p.spellings if s != p.name]
        extra = f"  (also: {', '.join(also)})" if also else ""
        print(f"  {p.name}: {_count(p.workers, 'worker')}, {_count(p.reports, 'report')}"
              f"{extra}")
    verified, failed, _ = vault.counts()
    print()
    print(f"{verified} verified, {failed} failed (kept apart, not counted).")
    return 0


def _count(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _report(vault: RepVault, args: argparse.Namespace) -> int:
    from workbook.rep.csv_out import practice_csv
    from workbook.rep.pdf import render_practice_pdf
    from workbook.rep.practice import practice_for
    from workbook.services.export import ExportError, write_atomically

    try:
        report = practice_for(vault, args.workplace, threshold=args.min_workers)
    except LookupError as exc:
        _fail(str(exc.args[0]))
    files: list[tuple[Path, bytes]] = [(Path(args.pdf).expanduser(),
                                        render_practice_pdf(report, args.lang))]
    if args.csv:
        files.append((Path(args.csv).expanduser(), practice_csv(report)))
    try:
        write_atomically(files)
    except ExportError as exc:
        _fail(str(exc))
    print("Wrote " + ", ".join(str(p) for p, _ in files))
    if report.withheld:
        print(f"{report.name}: fewer than {report.threshold} workers, so no figure is shown.")
    else:
        print(f"{report.name}: {report.workers} workers, {report.period_from} to "
              f"{report.period_to}, from {len(report.sources)} verified reports.")
    return 0


def _merge(vault: RepVault, name: str, into: str) -> int:
    source, target = vault.find_place(name), vault.find_place(into)
    for wanted, found in ((name, source), (into, target)):
        if found is None:
            _fail(f"No verified report names a workplace “{wanted}”.")
    assert source is not None and target is not None
    if source.key == target.key:
        print(f"“{name}” and “{into}” are already one workplace. Nothing was changed.")
        return 0
    vault.merge(source.key, target.key)
    print(f"“{source.name}” now counts as “{target.name}”. Undo with: workbook rep unmerge "
          f"\"{target.name}\"")
    return 0


def _unmerge(vault: RepVault, name: str) -> int:
    place = vault.find_place(name)
    if place is None:
        _fail(f"No verified report names a workplace “{name}”.")
    vault.unmerge(place.key)
    print(f"Names merged into “{place.name}” count on their own again.")
    return 0


def _remove(vault: RepVault, fingerprint: str) -> int:
    found = vault.find_report(fingerprint)
    if found is None:
        _fail(f"No report here has the fingerprint “{fingerprint}” (give at least its first 8 "
              "characters; 'workbook rep list' shows them). Nothing was removed.")
    vault.remove_report(found.fingerprint)
    who = f"Worker {found.worker}" if found.worker is not None else "not counted"
    print(f"Removed report {found.fingerprint[:16]}… ({found.file_name}, {who}). Its files and "
          "figures are deleted; practice reports made from now on leave it out.")
    return 0


def _backup(args: argparse.Namespace, source: Any) -> int:
    from workbook.rep.safekeeping import backup_rep_vault
    from workbook.rep.vault import RepVault

    path = _path(args)
    if not path.exists():
        _fail(f"There is no rep vault at {path}. Create one with: workbook rep init")
    passphrase = source.existing()
    with RepVault.open(path, passphrase) as vault:
        new = source.new("Passphrase for the backup: ") if args.new_passphrase else None
        written = backup_rep_vault(vault, args.out, passphrase, new, passphrase_checked=True)
    which = "the passphrase you chose for it" if new else "the rep vault's passphrase"
    print(f"Backed up to {written}. It opens with {which}; keep it somewhere other than this "
          "device.")
    return 0


def _restore(args: argparse.Namespace, source: Any) -> int:
    from workbook.rep.safekeeping import restore_rep_vault

    backup = Path(args.backup).expanduser()
    if not backup.is_file():
        _fail(f"There is no backup file at {backup}. Nothing was changed.")
    result = restore_rep_vault(backup, source.existing("Passphrase of the backup: "),
                               _path(args))
    print(result.message())
    return 0

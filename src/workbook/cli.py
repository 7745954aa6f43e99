"""The command line: ``workbook [--vault PATH] COMMAND …``; no command opens the app.

Every command uses the same services as the app. Errors are one plain line on stderr with exit
code 1; usage errors exit 2 (argparse). The passphrase is read from the terminal, or from
standard input with ``--passphrase-stdin``; never from an argument or the environment.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TextIO

from workbook import __version__
from workbook.domain.errors import ValidationError

if TYPE_CHECKING:
    from workbook.store.vault import Vault

MIN_PASSPHRASE = 8
# The PDF languages (reports.strings.LANGUAGES), written out so that --help imports nothing.
REPORT_LANGUAGES = ("en", "sv", "es", "ro", "th")


class CliError(Exception):
    """A failure to report in one line."""


def _fail(message: str) -> NoReturn:
    raise CliError(message)


# --- passphrases ---------------------------------------------------------------------------


class PassphraseSource:
    """Reads passphrases from the terminal, or line by line from standard input."""

    def __init__(self, from_stdin: bool, stdin: TextIO | None = None) -> None:
        self.from_stdin = from_stdin
        self.stdin = stdin if stdin is not None else sys.stdin

    def _line(self, what: str) -> str:
        line = self.stdin.readline()
        if not line:
            _fail(f"No {what} on standard input.")
        return line.rstrip("\r\n")

    def existing(self, prompt: str = "Passphrase: ") -> str:
        if self.from_stdin:
            return self._line("passphrase")
        return getpass.getpass(prompt)

    def new(self, prompt: str = "New passphrase: ") -> str:
        if self.from_stdin:
            value = self._line("new passphrase")
        else:
            print(
                "There is no way to recover a forgotten passphrase. Write it down somewhere safe.",
                file=sys.stderr,
            )
            value = getpass.getpass(prompt)
            if getpass.getpass("Same passphrase again: ") != value:
                _fail("The two passphrases are not the same. Nothing was changed.")
        if len(value) < MIN_PASSPHRASE:
            _fail(f"The passphrase is too short: use at least {MIN_PASSPHRASE} characters.")
        return value


# --- helpers -------------------------------------------------------------------------------


def _vault_path(args: argparse.Namespace) -> Path:
    from workbook.store.vault import default_vault_path

    return Path(args.vault).expanduser() if args.vault else default_vault_path()


def _open(args: argparse.Namespace, source: PassphraseSource) -> Vault:
    from workbook.store.vault import Vault

    path = _vault_path(args)
    if not path.exists():
        _fail(f"There is no vault at {path}. Create one with: workbook init")
    return Vault.open(path, source.existing())


def _create(args: argparse.Namespace, source: PassphraseSource) -> Vault:
    from workbook.store.vault import Vault

    path = _vault_path(args)
    if path.exists():
        _fail(f"A vault already exists at {path}. Nothing was changed.")
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    return Vault.create(path, source.new())


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"“{text}” is not a date; write it like 2026-03-28") from None


def _progress(stream: TextIO) -> Callable[[int, int], None]:
    """A one-line progress display, only when the stream is a terminal."""
    if not stream.isatty():
        return lambda done, total: None

    def show(done: int, total: int) -> None:
        percent = 100 * done // total if total else 100
        stream.write(f"\r{percent:3d}%")
        if done >= total:
            stream.write("\r     \r")
        stream.flush()

    return show


# --- commands ------------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace, source: PassphraseSource) -> int:
    vault = _create(args, source)
    path = vault.path
    vault.close()
    print(f"Created a new vault at {path}")
    return 0


def cmd_demo(args: argparse.Namespace, source: PassphraseSource) -> int:
    from workbook.services.demo import create_demo

    vault = _create(args, source)
    try:
        counts = create_demo(vault)
    finally:
        vault.close()
    print(f"Created a demo vault at {vault.path}: {counts}")
    return 0


def cmd_import(args: argparse.Namespace, source: PassphraseSource) -> int:
    from workbook.services import csv_import, interchange

    path = Path(args.file)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        _fail(f"Cannot read {path}: {exc.strerror or exc}")
    vault = _open(args, source)
    try:
        if args.csv:
            counts = csv_import.import_csv(vault, raw)
        else:
            counts = interchange.import_interchange(vault, raw)
    finally:
        vault.close()
    print(f"Imported {counts}")
    return 0


def cmd_summary(args: argparse.Namespace, source: PassphraseSource) -> int:
    from workbook.reports.summary import summary_json
    from workbook.services.summary import period_summary

    vault = _open(args, source)
    try:
        summary = period_summary(vault, args.date_from, args.date_to)
    finally:
        vault.close()
    data = summary_json(summary)
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=None, separators=(", ", ": ")))
    else:
        print(_summary_table(data))
    return 0


def _summary_table(data: dict[str, object]) -> str:
    headers = ("Workplace", "Currency", "Shifts", "Hours", "Earned", "Taken", "Expenses",
               "Kept", "Kept/hour")
    rows: list[tuple[str, ...]] = []
    for w in data["workplaces"]:  # type: ignore[attr-defined]
        rows.append((
            w["name"], w["currency"], str(w["shifts"]), w["hours_worked"], w["gross"],
            w["deductions_total"], w["expenses_total"], w["net"], w["net_per_hour"] or "–",
        ))
    period = f"{data['from'] or 'start'} to {data['to'] or 'today'}"
    if not rows:
        return f"Nothing recorded from {period}."
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
    numeric = set(range(2, len(headers)))

    def line(cells: Sequence[str]) -> str:
        return "  ".join(c.rjust(widths[i]) if i in numeric else c.ljust(widths[i])
                         for i, c in enumerate(cells)).rstrip()

    out = [f"From {period}", line(headers), line(["-" * w for w in widths])]
    out += [line(r) for r in rows]
    return "\n".join(out)


def cmd_passwd(args: argparse.Namespace, source: PassphraseSource) -> int:
    vault = _open(args, source)
    try:
        vault.change_passphrase(source.new())
    finally:
        vault.close()
    print("The passphrase is changed. The old one no longer opens this vault.")
    return 0


def cmd_seal(args: argparse.Namespace, source: PassphraseSource) -> int:
    vault = _open(args, source)
    try:
        seal = vault.issue_seal()
    finally:
        vault.close()
    print(seal.code)
    print(
        "Send this code to your rep or a friend you trust. A later report that passes through it "
        "proves that nothing recorded before now was changed after you shared it.",
        file=sys.stderr,
    )
    return 0


def _load_renderer() -> None:
    """Import the exporter (reportlab: a third of a second) and read the PDF fonts (a fifth)
    while the passphrase is being stretched, which releases the interpreter lock. A failure
    here is met again, and reported, by the export that follows."""
    import contextlib

    with contextlib.suppress(Exception):  # the main thread's import reports it
        import workbook.services.export  # noqa: F401
        from workbook.reports.pdf.fonts import register_fonts

        register_fonts()


def cmd_export(args: argparse.Namespace, source: PassphraseSource) -> int:
    import threading

    if args.date_to < args.date_from:
        _fail(f"--to {args.date_to.isoformat()} is before --from {args.date_from.isoformat()}.")
    loading = threading.Thread(target=_load_renderer, name="load-renderer", daemon=True)
    loading.start()
    vault = _open(args, source)
    loading.join()
    from workbook.services.export import ExportCancelled, ExportError, export_evidence

    try:
        language = args.language or vault.get_profile().language
        result = export_evidence(
            vault, date_from=args.date_from, date_to=args.date_to,
            workplace_names=args.workplace, profile=args.profile,
            language=language if language in REPORT_LANGUAGES else "en",
            pdf_path=args.pdf, json_path=args.json, csv_path=args.csv,
            progress=_progress(sys.stderr))
    except ExportError as exc:
        _fail(str(exc))
    except ExportCancelled:
        _fail("The export was stopped. Nothing was written.")
    except ValidationError as exc:
        _fail("Nothing was exported. " + "; ".join(str(p) for p in exc.problems[:3]))
    finally:
        vault.close()
    print("Wrote " + ", ".join(str(path) for path in result.paths.values()))
    print(f"{args.profile.capitalize()} report: {result.counts}")
    print(f"Report fingerprint: {result.fingerprint}")
    if args.json is None:
        print("Without --json there is no file to check the fingerprint against; export again "
              "with --json to give a rep the file that proves the report.", file=sys.stderr)
    return 0


def _read_input(path: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        _fail(f"Cannot read {path}: {exc.strerror or exc}")


def _can_write(text: str, stream: TextIO) -> bool:
    try:
        text.encode(stream.encoding or "ascii")
    except (UnicodeEncodeError, LookupError):
        return False
    return True


def cmd_verify(args: argparse.Namespace, source: PassphraseSource) -> int:
    from workbook.reports.verify import verdict_text, verify_report

    report = _read_input(args.report)
    pdf = _read_input(args.pdf) if args.pdf else None
    verdict = verify_report(report, pdf, args.seal or ())
    print(verdict_text(verdict, symbols=_can_write("✓✗“”", sys.stdout), language=args.lang))
    return 0 if verdict.ok else 1


# --- backup, restore, check ------------------------------------------------------------------

_RESTORE_HINT = "Restore your latest backup with: workbook restore BACKUP-FILE"


def _unlock_keeping_passphrase(args: argparse.Namespace, source: PassphraseSource
                               ) -> tuple[Vault, str]:
    """Open the vault, and keep the passphrase that opened it (a backup is keyed with it)."""
    from workbook.store.vault import Vault

    path = _vault_path(args)
    if not path.exists():
        _fail(f"There is no vault at {path}. Create one with: workbook init")
    passphrase = source.existing()
    return Vault.open(path, passphrase), passphrase


def cmd_backup(args: argparse.Namespace, source: PassphraseSource) -> int:
    from workbook.services.backup import make_backup

    vault, passphrase = _unlock_keeping_passphrase(args, source)
    try:
        new = source.new("Passphrase for the backup: ") if args.new_passphrase else None
        # The passphrase has just opened the vault: no need to derive its key a second time.
        result = make_backup(vault, args.out, passphrase, new, progress=_progress(sys.stderr),
                             passphrase_checked=True)
    finally:
        vault.close()
    print(result.message())
    return 0


def cmd_restore(args: argparse.Namespace, source: PassphraseSource) -> int:
    from workbook.services.backup import restore_backup

    backup = Path(args.backup).expanduser()
    if not backup.is_file():
        _fail(f"There is no backup file at {backup}. Nothing was changed.")
    passphrase = source.existing("Passphrase of the backup: ")
    result = restore_backup(backup, passphrase, _vault_path(args),
                            progress=_progress(sys.stderr))
    print(result.message())
    return 0


def cmd_check(args: argparse.Namespace, source: PassphraseSource) -> int:
    from workbook.services.backup import check_vault
    from workbook.store.errors import DamagedVault, NotAVault, WrongPassphrase

    path = _vault_path(args)
    if not path.exists():
        _fail(f"There is no vault at {path}.")
    report = check_vault(path, source.existing(), progress=_progress(sys.stderr))
    words = {"ok": "ok", "problem": "PROBLEM", "skipped": "skipped"}
    print(f"Checking {path}")
    for check in report.checks:
        print(f"  {words[check.status]:<8} {check.title}: {check.message}")
    error = report.first_error
    if error is None:
        print("Everything is in order.")
        return 0
    if isinstance(error, WrongPassphrase):
        print("If you are sure the passphrase is right, the vault is damaged. " + _RESTORE_HINT
              + " (the damaged vault is kept beside it).")
    elif isinstance(error, DamagedVault | NotAVault):
        print("The vault has been left exactly as it is. " + _RESTORE_HINT
              + " (the damaged vault is kept beside it).")
    else:
        print(str(error))
    return 1


COMMANDS: dict[str, Callable[[argparse.Namespace, PassphraseSource], int]] = {
    "init": cmd_init,
    "demo": cmd_demo,
    "import": cmd_import,
    "summary": cmd_summary,
    "passwd": cmd_passwd,
    "seal": cmd_seal,
    "export": cmd_export,
    "verify": cmd_verify,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "check": cmd_check,
    "rep": lambda args, source: _rep_command(args, source),
}


def _rep_command(args: argparse.Namespace, source: PassphraseSource) -> int:
    from workbook.rep.cli import run_rep

    return run_rep(args, source)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="workbook",
        description="Workbook: a private, encrypted log of your shifts, earnings, what the "
        "workplace takes, and unfair conditions. With no command, it opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"workbook {__version__}")
    parser.add_argument("--vault", metavar="PATH",
                        help="the vault file (default: your data folder)")
    parser.add_argument(
        "--passphrase-stdin", action="store_true",
        help="read the passphrase from standard input, one per line (for scripts)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.add_parser("init", help="create a new vault")
    sub.add_parser("demo", help="create a vault full of sample records to try the app")
    p_import = sub.add_parser("import", help="add records from a Workbook JSON or CSV file")
    p_import.add_argument("file", metavar="FILE")
    p_import.add_argument("--csv", action="store_true", help="the file is a CSV of shifts")
    p_summary = sub.add_parser("summary", help="totals per workplace and currency")
    p_summary.add_argument("--from", dest="date_from", type=_date, metavar="DATE")
    p_summary.add_argument("--to", dest="date_to", type=_date, metavar="DATE")
    p_summary.add_argument("--json", action="store_true", help="print JSON instead of a table")
    sub.add_parser("passwd", help="change the passphrase")
    sub.add_parser("seal", help="print a seal code for your records as they are now")
    p_export = sub.add_parser(
        "export", help="write the evidence report: a PDF, the JSON file that proves it, a CSV",
        description="Write the evidence report for a period. The JSON file (--json) lets a "
        "rep check the PDF with 'workbook verify'; the CSV has one row per shift and money "
        "line.")
    p_export.add_argument("--from", dest="date_from", type=_date, required=True,
                          metavar="DATE", help="first day of the period (like 2026-03-01)")
    p_export.add_argument("--to", dest="date_to", type=_date, required=True, metavar="DATE",
                          help="last day of the period (included)")
    p_export.add_argument("--workplace", action="append", metavar="NAME",
                          help="only this workplace (repeat for more; default: all)")
    p_export.add_argument("--profile", choices=("full", "union", "totals"), default="union",
                          help="full: everything; union (default): people as “Manager A”, no "
                          "clients, no legal name; totals: figures only, no text")
    p_export.add_argument("--language", choices=REPORT_LANGUAGES,
                          help="language of the PDF (default: your profile's)")
    p_export.add_argument("--pdf", required=True, metavar="OUT.pdf", help="the PDF to write")
    p_export.add_argument("--json", metavar="OUT.json",
                          help="also write the JSON file that proves the report")
    p_export.add_argument("--csv", metavar="OUT.csv",
                          help="also write shifts and money lines as CSV")
    p_verify = sub.add_parser(
        "verify", help="check a report you received (no vault needed)",
        description="Check an evidence report's JSON file, and its PDF: fingerprint, journal "
        "chain, disclosed values, totals and seals. Exit code 0 only when every check passes.")
    p_verify.add_argument("report", metavar="REPORT.json")
    p_verify.add_argument("pdf", metavar="REPORT.pdf", nargs="?")
    p_verify.add_argument("--seal", action="append", metavar="CODE",
                          help="a seal code the worker sent you earlier (repeat for more)")
    p_verify.add_argument("--lang", choices=REPORT_LANGUAGES, default="en",
                          help="language of the verdict (default: en, English; sv: Swedish)")
    p_backup = sub.add_parser(
        "backup", help="write an encrypted copy of the vault (to a USB stick, say)",
        description="Write a complete encrypted copy of the vault to OUT: a file (an older "
        "backup there is replaced whole, never half) or a folder (a new file named by the "
        "time). It opens with the vault's passphrase, or with --new-passphrase one you choose.")
    p_backup.add_argument("out", metavar="OUT", help="the backup file, or a folder for it")
    p_backup.add_argument("--new-passphrase", action="store_true",
                          help="protect the backup with a different passphrase (asked for)")
    p_restore = sub.add_parser(
        "restore", help="put a backup in the vault's place (the old vault is kept)",
        description="Check the backup IN all the way through, then put it in the vault's "
        "place. The vault that was there is kept beside it, renamed "
        "'…before-restore-<time>', until you delete it. With no vault there yet, it is made.")
    p_restore.add_argument("backup", metavar="IN", help="the backup file")
    sub.add_parser(
        "check", help="check the vault for damage",
        description="Check that the vault opens, every page is intact, the database is sound, "
        "every link holds, the format is one this app reads and the change journal is "
        "unbroken. Changes nothing. Exit code 0 only when every check passes.")
    from workbook.rep.cli import add_rep_parser

    add_rep_parser(sub)
    return parser


def _open_app(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    try:
        from workbook.ui.app import run_app
    except ImportError:
        parser.print_help()
        return 0
    return run_app(Path(args.vault).expanduser() if args.vault else None)


def main(argv: Sequence[str] | None = None) -> int:
    from workbook.hardening import harden_process

    harden_process()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        return _open_app(args, parser)
    source = PassphraseSource(args.passphrase_stdin)
    try:
        return COMMANDS[args.command](args, source)
    except CliError as exc:
        print(f"workbook: {exc}", file=sys.stderr)
    except ValidationError as exc:
        print(f"workbook: {_one_line(exc)}", file=sys.stderr)
    except KeyboardInterrupt:
        print("workbook: stopped. Nothing was changed.", file=sys.stderr)
    except Exception as exc:  # typed vault errors and OS errors, reported plainly
        print(f"workbook: {_describe(exc)}", file=sys.stderr)
    return 1


def _one_line(exc: ValidationError) -> str:
    problems = [str(p) for p in exc.problems]
    head = "; ".join(problems[:3])
    more = f" (and {len(problems) - 3} more)" if len(problems) > 3 else ""
    return f"Nothing was imported or changed. {head}{more}".replace("\n", " ")


def _describe(exc: Exception) -> str:
    from workbook.store.errors import VaultError

    if isinstance(exc, VaultError):
        return str(exc)
    if isinstance(exc, OSError):
        where = f" ({exc.filename})" if exc.filename else ""
        return f"{exc.strerror or exc}{where}"
    # A bug of ours: still one line, never a traceback in front of the worker.
    return f"Something went wrong that Workbook did not expect ({type(exc).__name__}: {exc})."

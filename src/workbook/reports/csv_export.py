"""Shifts and money lines as one CSV, for spreadsheets and tax returns.

One file (``workbook export --csv OUT.csv`` names one path), one row per shift and one row per
money line, told apart by ``record_type``; each shift's lines follow it, and lines not tied to
a shift sit at their own date. Filter on ``record_type`` = ``money`` and pivot ``amount`` by
``kind`` and ``category`` for a tax return; filter on ``shift`` for hours.

Columns (stable names; documented in ``COLUMNS``):

- ``record_type``: ``shift`` or ``money``; ``ref``: ``S-12`` / ``M-40``, the same references as
  the PDF and the JSON sidecar; ``shift_ref``: the shift a money line belongs to (empty when
  standalone);
- ``workplace``, ``currency``;
- ``date``: the local date (a shift's start date; a money line's own date);
- ``start_local``, ``end_local``, ``scheduled_start_local``, ``scheduled_end_local``: local
  wall-clock time ``YYYY-MM-DD HH:MM`` (a form every spreadsheet reads as a date and time);
  ``start_utc_offset``, ``end_utc_offset``: ``+01:00``, so a time that happened twice when the
  clocks went back is unambiguous; ``timezone``: the IANA zone;
- ``breaks_minutes``, ``hours_worked`` (two decimals, real time minus breaks), ``role``;
- ``kind`` (``earning`` | ``deduction`` | ``expense``), ``category`` (slug),
  ``category_label`` (in the report language);
- ``amount``: decimal string in major units, never negative; ``signed_amount``: what the line
  does to the money kept (earnings +, deductions and expenses −), so a plain SUM is the net
  after costs;
- ``method``, ``counterparty``, ``note``.

Encoding: UTF-8 with a byte-order mark. Excel on Windows opens a CSV without one as the local
ANSI code page and garbles å, ș, Cyrillic, Thai and Arabic; LibreOffice, Numbers, Google Sheets
and Python's ``utf-8-sig`` all read the mark correctly. Lines end in CRLF (RFC 4180).

``decimal_comma=True`` writes ``;`` between fields and a decimal comma (``800,00``), the form
Excel expects when the system's region is Swedish (and most of Europe).

The report profile applies: ``totals`` leaves notes and counterparties empty. Text cells that
begin with ``=``, ``+``, ``-``, ``@`` or a tab get a leading apostrophe, so a note cannot become
a spreadsheet formula.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import datetime

from workbook.domain.categories import MoneyKind
from workbook.domain.money import format_amount
from workbook.reports.evidence import (
    EvidenceInput,
    EvidenceReport,
    MoneyRow,
    ShiftRow,
    build_report,
)
from workbook.reports.pdf.text import clean
from workbook.reports.strings import Strings, hours_text

COLUMNS = (
    "record_type", "ref", "shift_ref", "workplace", "currency", "date",
    "start_local", "start_utc_offset", "end_local", "end_utc_offset", "timezone",
    "scheduled_start_local", "scheduled_end_local", "breaks_minutes", "hours_worked", "role",
    "kind", "category", "category_label", "amount", "signed_amount", "method", "counterparty",
    "note",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _text(value: str) -> str:
    value = clean(value)
    return "'" + value if value.startswith(_FORMULA_START) else value


def _local(moment: datetime | None) -> str:
    return "" if moment is None else moment.strftime("%Y-%m-%d %H:%M")


def _offset(moment: datetime) -> str:
    text = moment.strftime("%z")  # +0100
    return f"{text[:3]}:{text[3:]}"


class _Writer:
    def __init__(self, report: EvidenceReport, decimal_comma: bool) -> None:
        self.report = report
        self.t = Strings(report.language)
        self.decimal_comma = decimal_comma

    def number(self, text: str) -> str:
        return text.replace(".", ",") if self.decimal_comma else text

    def shift(self, s: ShiftRow) -> dict[str, str]:
        return {
            "record_type": "shift", "ref": s.ref, "shift_ref": "",
            "workplace": _text(s.workplace_name), "currency": s.currency,
            "date": s.night.isoformat(), "start_local": _local(s.start),
            "start_utc_offset": _offset(s.start), "end_local": _local(s.end),
            "end_utc_offset": _offset(s.end), "timezone": s.timezone,
            "scheduled_start_local": _local(s.scheduled_start),
            "scheduled_end_local": _local(s.scheduled_end),
            "breaks_minutes": str(s.breaks_minutes),
            "hours_worked": self.number(hours_text(s.worked_seconds)), "role": s.role,
            "note": _text(s.notes),
        }

    def money(self, m: MoneyRow) -> dict[str, str]:
        line = m.line
        signed = line.amount_minor if line.kind == MoneyKind.EARNING else -line.amount_minor
        return {
            "record_type": "money", "ref": m.ref, "shift_ref": m.shift_ref,
            "workplace": _text(m.workplace_name), "currency": line.currency,
            "date": line.date.isoformat(), "kind": str(line.kind), "category": line.category,
            "category_label": _text(self.t.money_category(line.category)),
            "amount": self.number(format_amount(line.amount_minor, line.currency)),
            "signed_amount": self.number(format_amount(signed, line.currency)),
            "method": "" if line.method is None else str(line.method),
            "counterparty": _text(line.counterparty), "note": _text(line.note),
        }

    def rows(self) -> Iterator[dict[str, str]]:
        lines_of: dict[str, list[MoneyRow]] = {}
        for m in self.report.money:
            if m.shift_ref:
                lines_of.setdefault(m.shift_ref, []).append(m)
        # Shifts and standalone lines merged by date; a shift's lines right after it.
        events: list[tuple[str, int, int, ShiftRow | MoneyRow]] = []
        for i, s in enumerate(self.report.shifts):
            events.append((s.night.isoformat(), 0, i, s))
        for i, m in enumerate(self.report.standalone_money):
            events.append((m.line.date.isoformat(), 1, i, m))
        events.sort(key=lambda e: (e[0], e[1], e[2]))
        for _, _, _, item in events:
            if isinstance(item, ShiftRow):
                yield self.shift(item)
                for m in lines_of.get(item.ref, []):
                    yield self.money(m)
            else:
                yield self.money(item)


def report_csv(report: EvidenceReport, *, decimal_comma: bool = False) -> bytes:
    """The CSV of an already built (and redacted) report, as bytes with a UTF-8 BOM."""
    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, fieldnames=COLUMNS, delimiter=";" if decimal_comma else ",",
                            lineterminator="\r\n", restval="", extrasaction="raise")
    writer.writeheader()
    writer.writerows(_Writer(report, decimal_comma).rows())
    return out.getvalue().encode("utf-8-sig")


def evidence_csv(inp: EvidenceInput, *, decimal_comma: bool = False) -> bytes:
    """Shifts and money lines of the period, redacted per ``inp.report_profile``."""
    return report_csv(build_report(inp), decimal_comma=decimal_comma)

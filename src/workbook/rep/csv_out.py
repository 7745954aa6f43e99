"""The practice report as CSV, for a spreadsheet: one row per figure, amounts as decimal
strings in major units ("850.00"), dates as ISO dates. A withheld figure keeps its row with
``withheld`` = ``yes`` and no numbers. A deduction's ``lowest`` and ``highest`` are the ends of
its range (see ``rep.practice``): amounts at least the threshold number of workers paid."""

from __future__ import annotations

import csv
import io

from workbook.domain.money import format_amount
from workbook.rep.pdf import basis_fingerprint
from workbook.rep.practice import PracticeReport
from workbook.reports.strings import hours_text

HEADER = ("workplace", "section", "item", "currency", "quarter", "workers", "withheld",
          "count", "median", "lowest", "highest", "total", "first", "last", "outside_range")


def practice_csv(r: PracticeReport) -> bytes:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(HEADER)
    name = r.name

    def row(section: str, item: str, currency: str = "", quarter: str = "",
            workers: int | None = None, withheld: bool = False, *rest: str) -> None:
        cells = [name, section, item, currency, quarter,
                 "" if workers is None or withheld else str(workers),
                 "yes" if withheld else "no", *rest]
        cells += [""] * (len(HEADER) - len(cells))
        if withheld:
            cells[7:] = [""] * (len(HEADER) - 7)
        w.writerow(cells)

    row("workers", "workers", "", "", r.workers, r.withheld,
        "", "", "", "", "", r.period_from, r.period_to)
    for f in r.fees:
        c = f.currency
        # "lowest"/"highest": the range of amounts at least ``threshold`` workers each paid
        # (empty when no amount was that common); "outside_range": whether lines paid by
        # fewer workers lie outside it.
        ends = ((format_amount(f.low, c), format_amount(f.high, c)) if f.range_shown
                else ("", ""))
        row("deductions", f.category, c, "", f.workers, f.withheld, str(f.lines),
            format_amount(f.median, c), *ends, format_amount(f.total, c), "", "",
            ("yes" if f.outside else "no") if f.range_shown else "")
        for q in f.quarters:
            row("deductions_by_quarter", f.category, c, q.quarter, q.workers, q.withheld,
                str(q.lines), format_amount(q.median, c))
    if r.hours is not None:
        h = r.hours
        row("hours", "hours_worked", "", "", h.workers, h.withheld, str(h.shifts),
            hours_text(h.median_shift_seconds), "", "", hours_text(h.seconds))
    for rate in r.rates:
        c = rate.currency
        together = "" if rate.per_hour is None else format_amount(rate.per_hour, c)
        own = ("" if rate.median_worker_per_hour is None
               else format_amount(rate.median_worker_per_hour, c))
        # "all_workers_together": net ÷ hours of everyone; "each_worker": the median of each
        # worker's own rate (in the median column).
        row("net_per_hour", "all_workers_together", c, "", rate.workers, rate.withheld, "",
            "", "", "", together)
        row("net_per_hour", "each_worker", c, "", rate.workers, rate.withheld, "", own)
    for section, figures in (("control_indicators", r.controls), ("incidents", r.incidents)):
        for cf in figures:
            row(section, cf.slug, "", "", cf.workers, cf.withheld, str(cf.count), "", "", "",
                "", cf.first, cf.last)
    if not r.withheld:
        for fingerprint in sorted(r.sources):
            row("source_report", fingerprint)
        row("basis_fingerprint", basis_fingerprint(r.sources))
    return out.getvalue().encode("utf-8")

"""The practice report as PDF: the evidence PDF's renderer (``reports.pdf``) with its fonts,
styles, tables and page furniture ("Page X of Y", a fingerprint line on every page), laid out
for a rep's report across workers. ``render_practice_pdf(report, language) -> bytes``.

Its integrity line is the **basis fingerprint**: the SHA-256 of the fingerprints of the
reports it rests on, sorted, one per line; the last section lists them, so anyone holding the
reports can check which ones a figure came from.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import date
from typing import Any
from zoneinfo import ZoneInfo

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Spacer

from workbook import __version__
from workbook.domain.timeutil import utc_now
from workbook.rep.practice import CountFigure, FeeFigure, PracticeReport
from workbook.rep.strings import RepStrings
from workbook.reports.pdf import text as txt
from workbook.reports.pdf.fonts import MAIN, MONO
from workbook.reports.pdf.renderer import GREY, RULE, EvidencePdfRenderer


def basis_fingerprint(fingerprints: Sequence[str]) -> str:
    """SHA-256 of the sorted fingerprints, one per line (each line ending in a newline)."""
    return hashlib.sha256("".join(f"{f}\n" for f in sorted(fingerprints)).encode()).hexdigest()


class PracticePdfRenderer(EvidencePdfRenderer):
    """Reuses the evidence renderer's setup and helpers; the story and footer are its own."""

    def __init__(self, report: PracticeReport, language: str = "en",
                 timezone: str = "UTC") -> None:
        self.practice = report
        self.t = RepStrings(language)
        self.timezone = timezone
        self.anchors: dict[str, int] = {}
        self.sections: list[tuple[str, str, int]] = []
        self.contents_box: dict[str, float] = {}
        self.width = self.pagesize[0] - 2 * self.margin_x
        self.saw_arabic = False
        self._footer: str | None = None
        self.basis = basis_fingerprint(report.sources)

    # ------------------------------------------------------------------ helpers

    def withheld_text(self) -> str:
        return self.t("fewer than {n} workers", n=self.t.integer(self.practice.threshold))

    def month(self, text: str) -> str:
        """``"2026-01"`` → "January 2026"."""
        return self.t.month_long(date.fromisoformat(f"{text}-01")) if text else ""

    def quarter(self, text: str) -> str:
        """``"2026-Q1"`` → "2026 Q1" / "kv. 1 2026"."""
        year, q = text.split("-")
        return f"kv. {q[1:]} {year}" if self.t.language == "sv" else f"{year} {q}"

    # ------------------------------------------------------------------ story

    def cover(self) -> list[Flowable]:
        r, t = self.practice, self.t
        name = self.u(r.name)
        subtitle = (t("{name}: too few workers to show figures", name=name) if r.withheld
                    else t("{name}: what {n} workers reported", name=name,
                           n=t.integer(r.workers)))
        story: list[Flowable] = [self.p(t("Practice report"), "title"),
                                 self.p(subtitle, "subtitle")]
        when = r.generated_at or utc_now()
        pairs: list[tuple[str, Any]] = [(t("Workplace"), f"<b>{name}</b>")]
        # Other spellings of the name are left out: one used by a single worker could point
        # to her.
        if r.withheld:
            pairs.append((t("Workers"), self.withheld_text()))
        else:
            pairs += [
                (t("Workers"), t.integer(r.workers)),
                (t("Period covered"), t("{start} to {end}", start=self.month(r.period_from),
                                        end=self.month(r.period_to))),
                (t("Reports it rests on"), t("{n} verified reports",
                                             n=t.integer(len(r.sources)))),
            ]
        pairs += [
            (t("Smallest number of workers per figure"), t.integer(r.threshold)),
            (t("Generated"), t("{when} ({zone})", when=t.datetime_long(
                when.astimezone(ZoneInfo(self.timezone))), zone=txt.markup(self.timezone))),
            (t("App"), t("Workbook {version}", version=txt.markup(__version__))),
        ]
        if not r.withheld:
            pairs.append((t("Basis fingerprint"), self.p(self.basis, "mono")))
        story.append(self.key_values(pairs, 58 * mm))
        story.append(Spacer(1, 10))
        n = t.integer(r.threshold)
        story.append(self.boxed([
            self.p(t("How to read this report"), "label"),
            self.p(t("Every figure comes from evidence reports that workers exported from "
                     "Workbook and that passed every check of “workbook verify” when they "
                     "were received. A report that failed a check is never counted."), "small"),
            self.p(t("Each figure says how many workers it rests on. A worker who sent "
                     "several reports counts once, and each of her records once. Workers are "
                     "never named."), "small"),
            self.p(t("A figure that rests on fewer than {n} workers is not shown: it could "
                     "point to one worker. It says “fewer than {n} workers” instead.", n=n),
                   "small"),
        ]))
        if r.withheld:
            story.append(Spacer(1, 10))
            story.append(self.p(t("Fewer than {n} workers sent verified reports that name "
                                  "this workplace, so no figure is shown. Figures appear when "
                                  "reports from at least {n} workers are in.", n=n)))
        return story

    def fees(self) -> list[Flowable]:
        r, t = self.practice, self.t
        story: list[Flowable] = [self.heading(t("Money the workplace took"), "fees")]
        if not r.fees:
            return [*story, self.p(t("Nothing taken by the workplace was recorded."))]
        story.append(self.p(t("Each line is one fee, fine or tip-out as a worker recorded it.")))
        w = self.width
        widths = [0.2 * w, 0.1 * w, 0.1 * w, 0.08 * w, 0.14 * w, 0.22 * w, 0.16 * w]
        rows: list[list[Any]] = []
        spans: list[tuple[Any, ...]] = []
        for i, f in enumerate(r.fees, start=1):
            label = self.cell(t.money_category(f.category), widths[0])
            if f.withheld:
                rows.append([label, f.currency, self.withheld_text(), "", "", "", ""])
                spans += [("SPAN", (2, i), (-1, i)), ("ALIGN", (2, i), (-1, i), "LEFT"),
                          ("TEXTCOLOR", (2, i), (-1, i), GREY)]
                continue
            span = "–"
            if f.range_shown:
                span = f"{t.amount(f.low, f.currency)} – {t.amount(f.high, f.currency)}"
                span += " *" if f.outside else ""
            rows.append([label, f.currency, t.integer(f.workers), t.integer(f.lines),
                         t.amount(f.median, f.currency), span, t.amount(f.total, f.currency)])
        story.append(self.simple_table(
            [t("Category"), t("Currency"), t("Workers"), t("Lines"), t("Median"),
             t("Range"), t("Total")], rows, widths, 2, extra=spans))
        story.append(self.p(t(
            "Range: the lowest and highest amounts that at least {n} workers each paid, so that "
            "neither end belongs to one worker. * Some lines, paid by fewer workers, lie "
            "outside the range; their amounts are not shown. – No amount was paid by {n} "
            "workers.", n=r.threshold), "small"))
        shown = [f for f in r.fees if not f.withheld and f.quarters]
        if shown:
            story.append(self.heading(t("How it changed, per quarter"), "quarters", 1, "h2"))
            for f in shown:
                story.append(KeepTogether(self.quarter_table(f)))
        return story

    def quarter_table(self, f: FeeFigure) -> list[Flowable]:
        t = self.t
        title = t("{category} ({currency})", category=self.u(t.money_category(f.category)),
                  currency=f.currency)
        w = self.width
        widths = [0.25 * w, 0.25 * w, 0.25 * w, 0.25 * w]
        rows: list[list[Any]] = []
        spans: list[tuple[Any, ...]] = []
        for i, q in enumerate(f.quarters, start=1):
            if q.withheld:
                rows.append([self.quarter(q.quarter), self.withheld_text(), "", ""])
                spans += [("SPAN", (1, i), (-1, i)), ("ALIGN", (1, i), (-1, i), "LEFT"),
                          ("TEXTCOLOR", (1, i), (-1, i), GREY)]
            else:
                rows.append([self.quarter(q.quarter), t.integer(q.workers), t.integer(q.lines),
                             t.money(q.median, f.currency)])
        out: list[Flowable] = [self.p(title, "h3"), self.simple_table(
            [t("Quarter"), t("Workers"), t("Lines"), t("Median")], rows, widths, 1,
            extra=spans)]
        change = f.change
        if change is not None:
            shown = [q for q in f.quarters if not q.withheld]
            first, last = self.quarter(shown[0].quarter), self.quarter(shown[-1].quarter)
            if change > 0:
                words = t("The median went up by {amount} from {first} to {last}.",
                          amount=t.money(change, f.currency), first=first, last=last)
            elif change < 0:
                words = t("The median went down by {amount} from {first} to {last}.",
                          amount=t.money(-change, f.currency), first=first, last=last)
            else:
                words = t("The median stayed the same from {first} to {last}.", first=first,
                          last=last)
            out.append(self.p(words, "small"))
        return out

    def hours_and_pay(self) -> list[Flowable]:
        r, t = self.practice, self.t
        heading = self.heading(t("Hours and pay"), "hours")
        story: list[Flowable] = [heading]
        h = r.hours
        if h is None or (not h.withheld and h.shifts == 0):
            return [*story, self.p(t("No shifts were recorded."))]
        if h.withheld:
            pairs: list[tuple[str, Any]] = [(t("Hours worked"), self.withheld_text())]
        else:
            pairs = [(t("Workers"), t.integer(h.workers)), (t("Shifts"), t.integer(h.shifts)),
                     (t("Hours worked"), t.hours(h.seconds)),
                     (t("Median shift"), t("{hours} hours", hours=t.hours(
                         h.median_shift_seconds)))]
        for rate in r.rates:
            if rate.withheld:
                pairs.append((t("Net per hour, all workers together") + f" ({rate.currency})",
                              self.withheld_text()))
                continue
            pairs.append((t("Net per hour, all workers together"),
                          "–" if rate.per_hour is None else t.money(rate.per_hour,
                                                                    rate.currency)))
            if rate.median_worker_per_hour is not None:
                pairs.append((t("Median of each worker's net per hour"),
                              t.money(rate.median_worker_per_hour, rate.currency)))
        return [KeepTogether([
            heading, self.key_values(pairs, 70 * mm),
            self.p(t("Net is what was earned minus what the workplace took, at this "
                     "workplace."), "note")])]

    def counts_table(self, figures: Sequence[CountFigure], label: str, kind: str
                     ) -> Flowable:
        t = self.t
        w = self.width
        widths = [0.36 * w, 0.12 * w, 0.16 * w, 0.18 * w, 0.18 * w]
        rows: list[list[Any]] = []
        spans: list[tuple[Any, ...]] = []
        for i, f in enumerate(figures, start=1):
            name = t.indicator(f.slug) if kind == "control" else t.incident_category(f.slug)
            cell = self.cell(name, widths[0])
            if f.withheld:
                rows.append([cell, self.withheld_text(), "", "", ""])
                spans += [("SPAN", (1, i), (-1, i)), ("ALIGN", (1, i), (-1, i), "LEFT"),
                          ("TEXTCOLOR", (1, i), (-1, i), GREY)]
            else:
                rows.append([cell, t.integer(f.workers), t.integer(f.count),
                             self.quarter(f.first), self.quarter(f.last)])
        return self.simple_table([label, t("Workers"), t("Times recorded"), t("First"),
                                  t("Last")], rows, widths, 1, extra=spans)

    def controls(self) -> list[Flowable]:
        r, t = self.practice, self.t
        story: list[Flowable] = [self.heading(t("Signs of control"), "controls")]
        if not r.controls:
            return [*story, self.p(t("No signs of control were recorded."))]
        story.append(self.p(t("Signs that the workplace controls the work as an employer "
                              "does. These decide most wage claims.")))
        story.append(self.counts_table(r.controls, t("Sign"), "control"))
        return story

    def incidents(self) -> list[Flowable]:
        r, t = self.practice, self.t
        story: list[Flowable] = [self.heading(t("Incidents"), "incidents")]
        if not r.incidents:
            return [*story, self.p(t("No incidents were recorded."))]
        story.append(self.counts_table(r.incidents, t("Incident categories"), "incident"))
        return story

    def sources(self) -> list[Flowable]:
        r, t = self.practice, self.t
        story: list[Flowable] = [Spacer(1, 6),
                                 self.heading(t("Reports this rests on"), "sources")]
        story.append(self.p(t("Each report is named by its fingerprint, the SHA-256 of its "
                              "JSON file, as printed on every page of the worker's own PDF. "
                              "The basis fingerprint is the SHA-256 of these fingerprints, "
                              "sorted, one per line.")))
        rows = [[t.integer(i), f] for i, f in enumerate(sorted(r.sources), start=1)]
        story.append(self.simple_table(["#", t("Report fingerprint")], rows,
                                       [0.08 * self.width, 0.92 * self.width],
                                       extra=[("FONT", (1, 1), (1, -1), MONO, 7.5, 9.5)]))
        story.append(self.key_values([(t("Basis fingerprint"), self.p(self.basis, "mono"))],
                                     58 * mm))
        story.append(Spacer(1, 8))
        story.append(self.p(t("What this proves, and what it does not"), "h2"))
        story.append(self.boxed([
            self.p(t("Each report listed passed every check when it was received: its "
                     "fingerprint, its journal chain, every value shown, its totals, and every "
                     "seal code the rep holds for it."), "small"),
            self.p(t("The figures are added up from the records in those reports; nothing is "
                     "estimated."), "small"),
            self.p("<b>" + t("It does not prove that a worker recorded everything, or that "
                             "her device clock was right: each worker chose what to record "
                             "and what to export.") + "</b>", "small"),
            self.p(t("Workers are told apart by their journals: two reports count as one "
                     "worker when their journals share an entry. Two reports from one worker "
                     "with no entry in common count as two workers."), "small"),
        ]))
        return story

    def story(self) -> list[Flowable]:
        story = self.cover()
        if self.practice.withheld:
            return story
        story += [Spacer(1, 8), *self.fees(), *self.hours_and_pay(), *self.controls(),
                  *self.incidents(), *self.sources()]
        return story

    # ------------------------------------------------------------------ page furniture

    def footer_text(self) -> str:
        if self._footer is None:
            r, t = self.practice, self.t
            workers = (self.withheld_text() if r.withheld
                       else t("{n} workers", n=t.integer(r.workers)))
            self._footer = t("Practice report · {name} · {workers}",
                             name=txt.clean(r.name), workers=workers)
        return self._footer

    def finish_page(self, canvas: Canvas, page: int, total: int) -> None:
        t = self.t
        for key, title, level in self.sections:
            if self.anchors.get(key) == page:
                canvas.bookmarkPage(key, fit="XYZ", top=None)
                canvas.addOutlineEntry(txt.plain(title), key, level=level, closed=False)
        canvas.saveState()
        y = self.margin_bottom - 9 * mm
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(self.margin_x, y + 9, self.margin_x + self.width, y + 9)
        left = self.footer_text()
        canvas.setFont(MAIN, 7.5)
        canvas.setFillColor(colors.black)
        canvas.drawString(self.margin_x, y, txt.fit(left, self.width - 40 * mm, MAIN, 7.5))
        canvas.drawRightString(self.margin_x + self.width, y,
                               t("Page {page} of {pages}", page=page, pages=total))
        if not self.practice.withheld:
            canvas.setFont(MONO, 6.5)
            canvas.setFillColor(GREY)
            canvas.drawString(self.margin_x, y - 10,
                              t("Basis {fingerprint}", fingerprint=self.basis))
        canvas.restoreState()

    def render(self) -> bytes:
        return self.build_document(
            title=self.t("Practice report"), author="", creator=f"Workbook {__version__}",
            subject=txt.plain(self.practice.name), keywords=f"workbook-basis:{self.basis}")


def render_practice_pdf(report: PracticeReport, language: str = "en",
                        timezone: str = "UTC") -> bytes:
    return PracticePdfRenderer(report, language, timezone).render()


__all__ = ["PracticePdfRenderer", "basis_fingerprint", "render_practice_pdf"]

"""The evidence PDF, laid out with reportlab platypus in small overridable steps.

``EvidencePdfRenderer(report).render()`` → bytes. The steps, in the order of the document:
``cover``, ``summary`` (plain words, then the table), ``workplace_section`` for each workplace
(fees and fines, signs of control, months), ``shift_log`` (and ``shift_notes``),
``money_log``, ``incident_log``, ``exhibits``, ``integrity``. ``register_fonts``,
``stylesheet``, ``page_templates`` and ``finish_page`` (footer, contents) are steps too; a
subclass can change any one of them.

The renderer only lays out an ``EvidenceReport``: every figure and every redaction was decided
in ``reports/evidence.py``.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from workbook.domain.categories import DEDUCTION_CATEGORIES, EXPENSE_CATEGORIES
from workbook.reports.evidence import (
    EvidenceReport,
    ExhibitRow,
    IncidentRow,
    MoneyRow,
    ShiftRow,
    Totals,
    WageComparison,
    WorkplaceReport,
)
from workbook.reports.pdf import text as txt
from workbook.reports.pdf.canvas import NumberedCanvas
from workbook.reports.pdf.charts import earnings_chart
from workbook.reports.pdf.flowables import Heading, LazyImage, PagedTable, Placeholder
from workbook.reports.pdf.fonts import MAIN, MONO, bold, register_fonts
from workbook.reports.pdf.texttable import TextRow, TextStyle, TextTable
from workbook.reports.strings import Strings

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

RULE = colors.HexColor("#BBBBBB")
HEADER_BG = colors.HexColor("#E6E6E6")
NOTE_BG = colors.HexColor("#F4F4F4")
GREY = colors.HexColor("#555555")
NOTES_EXCERPT = 400  # characters of a shift note shown in the log; a longer one follows it


class ExportCancelled(Exception):
    """The worker cancelled the export; nothing was produced."""


class _Tracker:
    """Progress in units of work (rows and records laid out); checks for cancellation."""

    def __init__(self, total: int, progress: Progress | None, cancelled: Cancelled | None):
        self.total = max(total, 1)
        self.done = 0
        self.progress = progress
        self.cancelled = cancelled

    def advance(self, units: int = 1) -> None:
        self.done = min(self.total, self.done + units)
        if self.cancelled is not None and self.cancelled():
            raise ExportCancelled
        if self.progress is not None:
            self.progress(self.done, self.total)


class EvidencePdfRenderer:
    pagesize = A4
    margin_x = 18 * mm
    margin_top = 16 * mm
    margin_bottom = 20 * mm  # room for the two-line footer

    def __init__(self, report: EvidenceReport, progress: Progress | None = None,
                 cancelled: Cancelled | None = None) -> None:
        self.report = report
        self.t = Strings(report.language)
        self.anchors: dict[str, int] = {}
        self.sections: list[tuple[str, str, int]] = []  # (key, title, level) in order
        self.contents_box: dict[str, float] = {}
        self.width = self.pagesize[0] - 2 * self.margin_x
        units = (len(report.shifts) + len(report.money) + len(report.incidents)
                 + len(report.exhibits) + len(report.integrity.lags) + 20)
        self.tracker = _Tracker(units, progress, cancelled)
        self.saw_arabic = False
        self._footer: str | None = None

    # ------------------------------------------------------------------ steps: setup

    def register_fonts(self) -> None:
        register_fonts()

    def stylesheet(self) -> dict[str, ParagraphStyle]:
        base = ParagraphStyle("body", fontName=MAIN, fontSize=9.5, leading=13.5,
                              spaceAfter=5)
        s = {
            "body": base,
            "title": ParagraphStyle("title", parent=base, fontName=bold(MAIN), fontSize=22,
                                    leading=27, spaceAfter=4),
            "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=12.5, leading=17,
                                       textColor=GREY, spaceAfter=14),
            "h1": ParagraphStyle("h1", parent=base, fontName=bold(MAIN), fontSize=15,
                                 leading=19, spaceBefore=14, spaceAfter=8, keepWithNext=1),
            "h2": ParagraphStyle("h2", parent=base, fontName=bold(MAIN), fontSize=11.5,
                                 leading=15, spaceBefore=10, spaceAfter=5, keepWithNext=1),
            "h3": ParagraphStyle("h3", parent=base, fontName=bold(MAIN), fontSize=10,
                                 leading=13.5, spaceBefore=8, spaceAfter=3, keepWithNext=1),
            "small": ParagraphStyle("small", parent=base, fontSize=8.5, leading=11.5,
                                    spaceAfter=4),
            "note": ParagraphStyle("note", parent=base, fontSize=8.5, leading=11.5,
                                   textColor=GREY, spaceAfter=6),
            "cell": ParagraphStyle("cell", parent=base, fontSize=7.5, leading=9.5,
                                   spaceAfter=0),
            "cell_head": ParagraphStyle("cell_head", parent=base, fontName=bold(MAIN),
                                        fontSize=7, leading=8.5, spaceAfter=0,
                                        alignment=TA_RIGHT, splitLongWords=0),
            "cell_bold": ParagraphStyle("cell_bold", parent=base, fontName=bold(MAIN),
                                        fontSize=7.5, leading=9.5, spaceAfter=0),
            "cell_right": ParagraphStyle("cell_right", parent=base, fontSize=7.5,
                                         leading=9.5, spaceAfter=0, alignment=TA_RIGHT),
            "mono": ParagraphStyle("mono", parent=base, fontName=MONO, fontSize=8,
                                   leading=10.5, spaceAfter=2),
            "label": ParagraphStyle("label", parent=base, fontName=bold(MAIN), fontSize=8.5,
                                    leading=11.5, spaceAfter=0),
            "value": ParagraphStyle("value", parent=base, fontSize=8.5, leading=11.5,
                                    spaceAfter=0),
            "contents": ParagraphStyle("contents", parent=base, fontName=bold(MAIN),
                                       fontSize=9, leading=11),
            "contents_sub": ParagraphStyle("contents_sub", parent=base, fontSize=8.5,
                                           leading=10.5),
        }
        return s

    def page_templates(self, doc: BaseDocTemplate) -> list[PageTemplate]:
        frame = Frame(self.margin_x, self.margin_bottom, self.width,
                      self.pagesize[1] - self.margin_top - self.margin_bottom,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
        return [PageTemplate(id="page", frames=[frame], pagesize=self.pagesize)]

    # ------------------------------------------------------------------ helpers

    def user(self, value: str | None, style: str = "body", *,
             width: float | None = None) -> Paragraph:
        """A paragraph of text the worker typed: cleaned, escaped, set in the right fonts."""
        st = self.styles[style]
        cleaned = txt.clean(value)
        if txt.has_arabic(cleaned):
            self.saw_arabic = True
        if txt.is_rtl_paragraph(cleaned):
            st = ParagraphStyle(f"{st.name}_rtl", parent=st, alignment=TA_RIGHT)
        return Paragraph(txt.markup(cleaned, width=width or self.width, size=st.fontSize,
                                    cleaned=True), st)

    def u(self, value: str | None) -> str:
        """Inline markup for user text inside one of our own sentences, a heading or a table
        cell: on one line (line breaks become spaces), so that a name or an address pasted with
        hundreds of line breaks cannot make a row taller than a page."""
        cleaned = txt.clean(value).replace("\n", " ")
        if txt.has_arabic(cleaned):
            self.saw_arabic = True
        return txt.markup(cleaned, cleaned=True)

    def p(self, markup: str, style: str = "body") -> Paragraph:
        """A paragraph of our own text (already markup-safe)."""
        chosen = self.styles[style]
        text = txt.fallback_fonts(markup)
        return Paragraph(txt.bold_faces(text) if chosen.fontName == bold(MAIN) else text,
                         chosen)

    def words(self, row: Sequence[Any], *, bold_text: bool = False,
              right_from: int | None = None) -> list[Any]:
        """Table cells of our own words: a plain string stays one (fast), unless it is in a
        script the table's font lacks (a Thai report's headers), which needs a paragraph."""
        cells: list[Any] = []
        for i, cell in enumerate(row):
            if isinstance(cell, str) and txt.needs_fallback(cell):
                text = f"<b>{txt.markup(cell)}</b>" if bold_text else txt.markup(cell)
                right = right_from is not None and i >= right_from
                cell = self.p(text, "cell_right" if right else "cell")
            cells.append(cell)
        return cells

    def heading(self, title: str, key: str, level: int = 0, style: str = "h1") -> Heading:
        """A section heading (plain text, ours or the worker's) listed in the contents and the
        PDF outline."""
        self.sections.append((key, title, level))
        return Heading(self.u(title), self.styles[style], key, self.anchors)

    def category(self, slug: str) -> str:
        """A money category's label as safe markup (custom categories are the worker's words)."""
        return self.u(self.t.money_category(slug))

    def cell(self, value: str | None, width: float, *, bold_text: bool = False) -> Any:
        """A table cell for short user text: a plain string when the main font prints it
        (fast), cut to fit; a paragraph when it needs another script's font."""
        cleaned = txt.clean(value).replace("\n", " ")
        if txt.needs_fallback(cleaned) or txt.has_rtl(cleaned):
            if txt.has_arabic(cleaned):
                self.saw_arabic = True
            return Paragraph(txt.markup(cleaned, cleaned=True, width=width - 6, size=7.5),
                             self.styles["cell_bold" if bold_text else "cell"])
        return txt.fit(cleaned, width - 6, bold(MAIN) if bold_text else MAIN, 7.5)

    def clipped(self, value: str | None, style: str, width: float, max_height: float
                ) -> Paragraph:
        """The worker's text for a table cell, on one line of text flow and cut with an
        ellipsis where it would be taller than ``max_height``: a table row cannot continue on
        the next page, and 1,500 wide characters (Chinese, emoji) in a narrow column are."""
        cleaned = txt.clean(value).replace("\n", " ")

        def para(text: str) -> Paragraph:
            return self.user(text, style, width=width)

        whole = para(cleaned)
        if whole.wrap(width, 10**9)[1] <= max_height:
            return whole
        low, high = 0, len(cleaned)
        while low < high:
            mid = (low + high + 1) // 2
            if para(cleaned[:mid].rstrip() + "…").wrap(width, 10**9)[1] <= max_height:
                low = mid
            else:
                high = mid - 1
        return para(cleaned[:low].rstrip() + "…")

    def name(self) -> str:
        return self.u(self.report.work_name) or self.t("The worker")

    def money(self, minor: int, currency: str) -> str:
        return self.t.money(minor, currency)

    def plural(self, n: int, one: str, many: str) -> str:
        return self.t.plural(n, one, many)

    def table_style(self, numeric_from: int | None = None, *, header: bool = True,
                    extra: Iterable[tuple[Any, ...]] = ()) -> TableStyle:
        commands: list[tuple[Any, ...]] = [
            ("FONT", (0, 0), (-1, -1), MAIN, 7.5, 9.5),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]
        if header:
            commands += [("FONT", (0, 0), (-1, 0), bold(MAIN), 7.5, 9.5),
                         ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
                         ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black)]
        if numeric_from is not None:
            commands.append(("ALIGN", (numeric_from, 0), (-1, -1), "RIGHT"))
        commands.extend(extra)
        return TableStyle(commands, spaceAfter=8)

    def simple_table(self, header: Sequence[Any], rows: Sequence[Sequence[Any]],
                     widths: Sequence[float], numeric_from: int | None = None,
                     extra: Iterable[tuple[Any, ...]] = ()) -> Flowable:
        """A table that may be long: laid out page by page."""
        style = self.table_style(numeric_from, extra=extra)
        if len(rows) > 40 and all(isinstance(c, str) for row in rows for c in row) and all(
                isinstance(h, str) for h in header):
            aligns = ["left" if numeric_from is None or i < numeric_from else "right"
                      for i in range(len(widths))]
            return TextTable(widths, [txt.clean(h) for h in header],
                             [TextRow(list(row)) for row in rows], aligns=aligns,
                             style=TextStyle(size=7.5, leading=9.5, header_size=7.5,
                                             header_leading=9.5))
        header = self.words(header, bold_text=True, right_from=numeric_from)
        if len(rows) <= 40:
            return Table([header, *[self.words(r, right_from=numeric_from) for r in rows]],
                         colWidths=list(widths),
                         repeatRows=1, style=style, hAlign="LEFT")
        return PagedTable(header, rows, widths, style)

    def key_values(self, pairs: Sequence[tuple[str, Any]], label_width: float = 44 * mm
                   ) -> Table:
        rows = [[self.p(txt.markup(k), "label"), v if isinstance(v, Flowable | list) else
                 self.p(v, "value")] for k, v in pairs]
        # A value may be longer than a page (an outcome, a long list of people): its row then
        # continues on the next page instead of stopping the report.
        table = Table(rows, colWidths=[label_width, self.width - label_width], hAlign="LEFT",
                      splitInRow=1)
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ]))
        return table

    def boxed(self, flowables: list[Flowable]) -> Table:
        box = Table([[flowables]], colWidths=[self.width], hAlign="LEFT")
        box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), NOTE_BG),
                                 ("BOX", (0, 0), (-1, -1), 0.5, RULE),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 8),
                                 ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                                 ("TOPPADDING", (0, 0), (-1, -1), 6),
                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
        return box

    # ------------------------------------------------------------------ steps: content

    def profile_removes(self) -> str:
        return {
            "full": self.t("Nothing is removed. The report shows the legal name, the names of "
                           "everyone involved and all notes and descriptions."),
            "union": self.t("The legal name is removed. People are named by role and letter "
                            "(Manager A, Coworker B); clients are left out. Notes, titles and "
                            "descriptions are printed as written."),
            "totals": self.t("Only figures, dates and categories are shown. No names of "
                             "people, no notes, titles or descriptions, no file names and no "
                             "images."),
        }[self.report.profile]

    def cover(self) -> list[Flowable]:
        r, t = self.report, self.t
        story: list[Flowable] = [
            self.p(t("Evidence report"), "title"),
            self.p(t("Work, pay and deductions, {period}",
                     period=t.period(r.date_from, r.date_to)), "subtitle"),
        ]
        pairs: list[tuple[str, Any]] = [(t("Work name"), self.name())]
        if r.legal_name:
            pairs.append((t("Legal name"), self.u(r.legal_name)))
        pairs += [
            (t("Period"), t("{start} to {end} (both days included)",
                            start=t.date_long(r.date_from), end=t.date_long(r.date_to))),
            (t("Generated"), t("{when} ({zone})",
                               when=t.datetime_long(r.generated_at.astimezone(
                                   _zone(r.timezone))), zone=txt.markup(r.timezone))),
            (t("App"), t("Workbook {version}", version=txt.markup(r.app_version))),
            (t("Report profile"), f"<b>{t.profile_name(r.profile)}</b>. "
                                  f"{self.profile_removes()}"),
            (t("Report fingerprint"),
             self.p(txt.markup(r.fingerprint) or t("(none)"), "mono")),
        ]
        story.append(self.key_values(pairs))
        story.append(Spacer(1, 10))
        if r.workplaces:
            story.append(self.p(t("Workplaces"), "h3"))
            story.append(self.workplace_table())
            story.append(Spacer(1, 10))
        notes = [self.p(t("How to read this report"), "label"),
                 self.p(t("The first pages say in plain words what the record shows. The "
                          "tables after them give every figure, and the appendix lists every "
                          "shift, incident and file, so each figure can be checked. References "
                          "such as S-12 (shift), I-3 (incident) and E-4 (file) are the same "
                          "in the JSON file that comes with this report."), "small")]
        if r.free_text:
            notes.append(self.p(t("Notes and descriptions are printed as the worker wrote "
                                  "them. They are not checked or shortened automatically, so "
                                  "a name written in a note still shows."), "small"))
        notes.append(self.p(t("The fingerprint is the SHA-256 of the JSON file exported with "
                              "this report. To check both, run: {command}",
                              command="<font face=\"Courier\">workbook verify report.json "
                                      "report.pdf</font>"), "small"))
        story.append(self.boxed(notes))
        story.append(Spacer(1, 8))
        story.append(Placeholder(self.contents_height, self.contents_box))
        return story

    def workplace_table(self) -> Flowable:
        t = self.t
        widths = [0.27 * self.width, 0.16 * self.width, 0.57 * self.width]
        rows: list[list[Any]] = []
        for place in self.report.workplaces:
            w = place.workplace
            where = ", ".join(x for x in (w.city, w.country) if x)
            kind = t.workplace_kind(str(w.kind))
            operator: list[str] = []
            if w.legal_name:
                operator.append(t("Operator: {name}", name=self.u(w.legal_name)))
            if w.registration_number:
                operator.append(t("Registration number: {number}",
                                  number=self.u(w.registration_number)))
            if w.address:
                operator.append(t("Address: {address}", address=self.u(w.address)))
            if not operator:
                operator.append(t("Operator not recorded"))
            rows.append([
                self.p(f"<b>{self.u(w.name)}</b>", "cell"),
                self.p(f"{kind}<br/>{self.u(where)}", "cell"),
                self.p("<br/>".join(operator), "cell"),
            ])
        header = [t("Workplace"), t("Kind and place"), t("Operator (the legal employer)")]
        return Table([self.words(header, bold_text=True), *rows], colWidths=widths, repeatRows=1,
                     style=self.table_style(), hAlign="LEFT")

    # -- summary in words

    def summary(self) -> list[Flowable]:
        r, t = self.report, self.t
        story: list[Flowable] = [PageBreak(), self.heading(t("Summary"), "summary")]
        if not r.shifts and not r.money:
            story.append(self.p(t("Nothing was recorded in this period.")))
        for place in r.workplaces:
            story.extend(self.workplace_words(place))
        story.extend(self.currency_words())
        story.append(CondPageBreak(120))
        story.append(self.heading(t("Figures"), "figures", 1, "h2"))
        story.extend(self.summary_tables())
        return story

    def workplace_words(self, place: WorkplaceReport) -> list[Flowable]:
        r, t = self.report, self.t
        tot = place.main
        cur = tot.currency
        where = self.u(place.workplace.name)
        name = self.name()
        if tot.shifts == 0 and tot.gross == 0 and tot.deductions_total == 0:
            return [self.p(t("{name} recorded no shifts and no money at {place} in this "
                             "period.", name=name, place=f"<b>{where}</b>"))]
        out: list[str] = []
        out.append(t("Between {start} and {end}, {name} worked {shifts} at {place}, "
                     "{hours} hours in all.", start=t.date_long(r.date_from),
                     end=t.date_long(r.date_to), name=name,
                     shifts=self.plural(tot.shifts, "{n} shift", "{n} shifts"),
                     place=f"<b>{where}</b>", hours=t.hours(tot.worked_seconds)))
        taken = tot.deductions_total
        if taken:
            parts = [f"{self.category_lower(c)} {self.money(v, cur)}"
                     for c, v in sorted(tot.deductions.items(), key=lambda kv: -kv[1])]
            share = ("" if tot.taken_percent is None else
                     t(" ({percent} of what was earned)", percent=t.percent(tot.taken_percent)))
            out.append(t("{name} earned {gross}. {place} took {taken}{share}: {parts}.",
                         name=name, gross=f"<b>{self.money(tot.gross, cur)}</b>",
                         place=where, taken=f"<b>{self.money(taken, cur)}</b>", share=share,
                         parts=self.join(parts)))
        else:
            out.append(t("{name} earned {gross}. {place} took nothing that was recorded.",
                         name=name, gross=f"<b>{self.money(tot.gross, cur)}</b>",
                         place=where))
        if tot.net >= 0:
            per = tot.net_per_hour
            out.append(t("{name} kept {net}", name=name, net=f"<b>{self.money(tot.net, cur)}</b>")
                       + ("" if per is None else t(", which is {per} an hour",
                                                   per=self.money(per, cur))) + ".")
        else:
            out.append(t("{place} took {debt} more than {name} earned: the period ended in "
                         "debt to the workplace.", place=where, name=name,
                         debt=f"<b>{self.money(-tot.net, cur)}</b>"))
        if place.debt_nights:
            worst = min(place.debt_nights, key=lambda s: (s.main_money.net, s.start))
            out.append(t("{place} took more than {name} earned on {nights}; the largest "
                         "shortfall was {amount}, on {date} ({ref}).",
                         nights=self.plural(len(place.debt_nights), "{n} night",
                                            "{n} nights"), place=where, name=name,
                         amount=self.money(-worst.main_money.net, cur),
                         date=t.date_long(worst.night), ref=worst.ref))
        cmp = place.comparison
        if cmp is not None and tot.worked_seconds:
            out.append(self.comparison_words(cmp, where, name))
        if tot.waiting_seconds or tot.overtime_seconds:
            out.append(t("{name} was at work {before} hours before shifts were scheduled to "
                         "start and {after} hours after they were scheduled to end.",
                         name=name, before=t.hours(tot.waiting_seconds),
                         after=t.hours(tot.overtime_seconds)))
        if tot.expenses_total:
            parts = [f"{self.category_lower(c)} {self.money(v, cur)}"
                     for c, v in sorted(tot.expenses.items(), key=lambda kv: -kv[1])]
            out.append(t("{name} also paid {amount} in work costs here ({parts}), which leaves "
                         "{left}.", name=name, amount=self.money(tot.expenses_total, cur),
                         parts=self.join(parts),
                         left=self.money(tot.net_after_expenses, cur)))
        changes = [(s, c) for s in place.fees if s.steady for c in s.changes]
        if changes:
            listed = [t("{fee} from {before} to {after} on {date}",
                        fee=self.category_lower(s.category),
                        before=t.amount(c.before, s.currency),
                        after=self.money(c.after, s.currency), date=t.date_long(c.on))
                      for s, c in changes[:4]]
            more = "" if len(changes) <= 4 else t(" ({n} changes in all)",
                                                  n=t.integer(len(changes)))
            out.append(t("Fees changed: {changes}{more}.", changes=self.join(listed),
                         more=more))
        if place.indicators:
            total = sum(i.count for i in place.indicators)
            listed = [f"{t.indicator(i.indicator).lower()} ({t.integer(i.count)})"
                      for i in place.indicators]
            out.append(t("{name} recorded {signs} that {place} controls the work: {list}.",
                         name=name, place=where, list=self.join(listed),
                         signs=self.plural(total, "{n} sign", "{n} signs")))
        if place.incident_counts:
            total = sum(place.incident_counts.values())
            listed = [f"{t.incident_category(c).lower()} ({t.integer(n)})"
                      for c, n in place.incident_counts.items()]
            out.append(t("{name} recorded {incidents} there: {list}.", name=name,
                         list=self.join(listed),
                         incidents=self.plural(total, "{n} incident", "{n} incidents")))
        return [self.p(" ".join(out[:3])), *[self.p(x) for x in out[3:]], Spacer(1, 4)]

    def comparison_words(self, cmp: WageComparison, where: str, name: str) -> str:
        t = self.t
        cur = cmp.currency
        text = t("At the reference wage of {rate} an hour, an employee would have been paid "
                 "{wages} for these hours and would not have paid the {taken} that {place} "
                 "took: {owed} in all.", rate=self.money(cmp.rate_per_hour, cur),
                 wages=self.money(cmp.wages, cur), taken=self.money(cmp.deductions, cur),
                 place=where, owed=f"<b>{self.money(cmp.owed, cur)}</b>")
        if cmp.difference >= 0:
            text += " " + t("That is {diff} more than {name} kept.", name=name,
                            diff=f"<b>{self.money(cmp.difference, cur)}</b>")
        else:
            text += " " + t("{name} kept {diff} more than that.", name=name,
                            diff=self.money(-cmp.difference, cur))
        return text

    def currency_words(self) -> list[Flowable]:
        r, t = self.report, self.t
        out: list[Flowable] = []
        for tot in r.currencies:
            if any(place.main == tot for place in r.workplaces):
                continue
            cur = tot.currency
            out.append(self.p(t("In all, in {currency}: earned {gross}, taken by workplaces "
                                "{taken}, kept {net}, own work costs {spent}.",
                                currency=cur, gross=self.money(tot.gross, cur),
                                taken=self.money(tot.deductions_total, cur),
                                net=self.money(tot.net, cur),
                                spent=self.money(tot.expenses_total, cur))))
        if len(r.currencies) > 1:
            out.append(self.p(t("Amounts in different currencies are never added together or "
                                "converted."), "note"))
        return out

    def category_lower(self, slug: str) -> str:
        """Our labels go lower case inside a sentence; a worker's own category stays as typed."""
        label = self.t.money_category(slug)
        return self.u(label if slug.startswith("custom:") else label.lower())

    def join(self, parts: Sequence[str]) -> str:
        if len(parts) <= 1:
            return "".join(parts)
        return self.t("{first} and {last}", first=", ".join(parts[:-1]), last=parts[-1])

    # -- summary tables

    def summary_tables(self) -> list[Flowable]:
        r, t = self.report, self.t
        columns: list[tuple[str, Totals, WageComparison | None]] = []
        for place in r.workplaces:
            for tot in place.totals:
                cmp = place.comparison if tot is place.main else None
                columns.append((self.u(place.workplace.name), tot, cmp))
        # An "all" column per currency, unless one workplace column already shows exactly it.
        for tot in r.currencies:
            if not any(col == tot for _, col, _ in columns):
                cmp = next((c for c in r.comparisons if c.currency == tot.currency), None)
                columns.append((t("All, {currency}", currency=tot.currency), tot, cmp))
        story: list[Flowable] = []
        if columns:  # before the tables, so it is never left alone on a page after them
            story.append(self.p(t("Net is what was earned minus what the workplace took. "
                                  "Hours are real time at work minus unpaid breaks. Per-hour "
                                  "figures and hours are rounded to two decimals."), "note"))
        for i in range(0, len(columns), 3):
            # Whole, on the next page if it does not fit: a table of figures split across
            # pages leaves a row or two on a page of their own.
            story.append(KeepTogether([self.totals_table(columns[i:i + 3]), Spacer(1, 8)]))
        return story

    def totals_table(self, columns: Sequence[tuple[str, Totals, WageComparison | None]]
                     ) -> Table:
        """Figures as rows, one column per workplace (and per currency overall); amounts in
        the column's currency, named in its header."""
        t = self.t
        deduction_cats = sorted({c for _, tot, _ in columns for c in tot.deductions},
                                key=lambda c: _category_order(c, DEDUCTION_CATEGORIES))
        expense_cats = sorted({c for _, tot, _ in columns for c in tot.expenses},
                              key=lambda c: _category_order(c, EXPENSE_CATEGORIES))

        def amt(v: int | None, tot: Totals, *, blank_zero: bool = False) -> str:
            if v is None or (blank_zero and v == 0):
                return "–"
            return t.amount(v, tot.currency)

        rows: list[list[Any]] = [
            [""] + [self.p(f"<b>{label}</b><br/>{tot.currency}", "cell_right")
                    for label, tot, _ in columns]]
        bold_rows: list[int] = []

        def add(label: str, cells: Iterable[str], *, strong: bool = False) -> None:
            if strong:
                bold_rows.append(len(rows))
            rows.append([label, *cells])

        totals = [tot for _, tot, _ in columns]
        comparisons = [cmp for _, _, cmp in columns]
        add(t("Shifts"), (t.integer(x.shifts) for x in totals))
        add(t("Hours worked"), (t.hours(x.worked_seconds) for x in totals))
        add(t("Earned (gross)"), (amt(x.gross, x) for x in totals), strong=True)
        for cat in deduction_cats:
            label = "   " + t("Taken: {category}", category=txt.plain(t.money_category(cat)))
            add(label, (amt(x.deductions.get(cat, 0), x, blank_zero=True) for x in totals))
        add(t("Taken by the workplace, in all"), (amt(x.deductions_total, x) for x in totals))
        add(t("Share of earnings taken"),
            ("–" if x.taken_percent is None else t.percent(x.taken_percent) for x in totals))
        add(t("Net (kept)"), (amt(x.net, x) for x in totals), strong=True)
        add(t("Net per hour"), (amt(x.net_per_hour, x) for x in totals))
        for cat in expense_cats:
            label = "   " + t("Own cost: {category}", category=txt.plain(t.money_category(cat)))
            add(label, (amt(x.expenses.get(cat, 0), x, blank_zero=True) for x in totals))
        add(t("Own work costs, in all"), (amt(x.expenses_total, x) for x in totals))
        add(t("Net after own costs"), (amt(x.net_after_expenses, x) for x in totals))
        if any(c is not None for c in comparisons):
            pairs = list(zip(totals, comparisons, strict=True))
            add(t("Reference wage per hour"),
                ("–" if c is None else amt(c.rate_per_hour, x) for x, c in pairs))
            add(t("Wages for these hours"),
                ("–" if c is None else amt(c.wages, x) for x, c in pairs))
            add(t("Owed as an employee (wages + all taken)"),
                ("–" if c is None else amt(c.owed, x) for x, c in pairs), strong=True)
            add(t("Difference from what was kept"),
                ("–" if c is None else amt(c.difference, x) for x, c in pairs), strong=True)
        label_w = 0.40 * self.width
        col_w = (self.width - label_w) / max(1, len(columns))
        extra = [("FONT", (0, i), (-1, i), bold(MAIN), 7.5, 9.5) for i in bold_rows]
        rows = [self.words(row, bold_text=i == 0 or i in bold_rows, right_from=1)
                for i, row in enumerate(rows)]
        return Table(rows, colWidths=[label_w] + [col_w] * len(columns), repeatRows=1,
                     hAlign="LEFT", style=self.table_style(1, extra=extra))

    # -- per workplace

    def workplace_section(self, place: WorkplaceReport, index: int) -> list[Flowable]:
        t = self.t
        w = place.workplace
        key = f"workplace-{index}"
        story: list[Flowable] = [PageBreak(), self.heading(w.name, key)]
        sub = [t.workplace_kind(str(w.kind))]
        if w.legal_name:
            sub.append(t("operated by {name}", name=self.u(w.legal_name)))
        if w.registration_number:
            sub.append(t("registration number {number}", number=self.u(w.registration_number)))
        story.append(self.p(", ".join(sub), "note"))
        story.extend(self.fee_history(place, key))
        story.extend(self.control_indicators(place, key))
        story.extend(self.month_chart(place, key))
        if place.debt_nights:
            story.append(self.heading(t("Nights that ended in debt"), f"{key}-debt", 1, "h2"))
            cur = place.main.currency
            rows = [[s.ref, t.date_short(s.night), t.amount(s.main_money.earned, cur),
                     t.amount(s.main_money.taken, cur), t.amount(s.main_money.net, cur)]
                    for s in place.debt_nights]
            story.append(self.simple_table(
                [t("Shift"), t("Date"), t("Earned"), t("Taken"), t("Net")], rows,
                [0.12 * self.width, 0.22 * self.width] + [0.22 * self.width] * 3, 2))
        return story

    def fee_history(self, place: WorkplaceReport, key: str) -> list[Flowable]:
        t = self.t
        story: list[Flowable] = [self.heading(t("Fees and fines"), f"{key}-fees", 1, "h2")]
        if not place.fees:
            story.append(self.p(t("No deductions were recorded here in this period.")))
            return story
        story.append(self.p(t("What {place} took, by kind. A night counts once for each kind, "
                              "whatever the number of entries.",
                              place=self.u(place.workplace.name)), "small"))
        rows = []
        for s in place.fees:
            rows.append([self.cell(t.money_category(s.category), 0.25 * self.width),
                         t.integer(s.nights), t.amount(s.total, s.currency),
                         t.amount(s.typical, s.currency), t.amount(s.lowest, s.currency),
                         t.amount(s.highest, s.currency),
                         t.integer(len(s.changes)) if s.steady else t("varies")])
        widths = [0.25 * self.width, 0.09 * self.width] + [0.14 * self.width] * 4 + [
            0.10 * self.width]
        story.append(self.simple_table(
            [t("Kind"), t("Nights"), t("Total {currency}", currency=place.main.currency),
             t("Usual"), t("Lowest"), t("Highest"), t("Changes")], rows, widths, 1))
        changes = [(s, c) for s in place.fees if s.steady for c in s.changes]
        if changes:
            story.append(self.p(t("When a fee changed"), "h3"))
            changes.sort(key=lambda sc: (sc[1].on, sc[0].category))
            rows = [[t.date_short(c.on), self.cell(t.money_category(s.category),
                                                   0.26 * self.width), t.amount(c.before,
                     s.currency), t.amount(c.after, s.currency),
                     t.signed_amount(c.change, s.currency)] for s, c in changes]
            story.append(self.simple_table(
                [t("First night"), t("Kind"), t("Before"), t("After"), t("Change")], rows,
                [0.2 * self.width, 0.26 * self.width] + [0.18 * self.width] * 3, 2))
        varying = [s for s in place.fees if not s.steady or s.category == "fine"]
        for s in varying:
            if s.nights > 80:
                story.append(self.p(t("{kind}: {n} nights; every amount is in the shift log.",
                                      kind=self.category(s.category),
                                      n=t.integer(s.nights)), "small"))
                continue
            listed = " · ".join(f"{d.isoformat()}&nbsp;{t.amount(a, s.currency)}"
                                for d, a in s.points)
            title = t("{kind}, every night", kind=self.category(s.category))
            story.append(self.p(f"<b>{title}</b> ({s.currency}): {listed}", "small"))
        return story

    def control_indicators(self, place: WorkplaceReport, key: str) -> list[Flowable]:
        t = self.t
        story: list[Flowable] = [self.heading(t("Signs of control"), f"{key}-control", 1, "h2")]
        if not place.indicators:
            story.append(self.p(t("No signs of control were recorded here in this period.")))
            return story
        story.append(self.p(t("Each time the worker noted that the workplace decided how the "
                              "work was done, the way an employer does."), "small"))
        rows = [[t.indicator(i.indicator), t.integer(i.count), t.date_short(i.dates[0]),
                 t.date_short(i.dates[-1])] for i in place.indicators]
        story.append(self.simple_table(
            [t("Sign"), t("Times"), t("First"), t("Last")], rows,
            [0.46 * self.width, 0.10 * self.width, 0.22 * self.width, 0.22 * self.width]))
        for i in place.indicators:
            notes = i.notes or ("",) * len(i.dates)
            dates = ", ".join(d.isoformat() + (f" ({self.u(n)})" if txt.clean(n) else "")
                              for d, n in zip(i.dates, notes, strict=False))
            story.append(self.p(f"<b>{t.indicator(i.indicator)}</b>: {dates}", "small"))
        return story

    def month_chart(self, place: WorkplaceReport, key: str) -> list[Flowable]:
        t = self.t
        cur = place.main.currency
        story: list[Flowable] = [self.heading(t("Earnings and deductions by month"),
                                              f"{key}-months", 1, "h2")]
        months = list(place.months)
        if not months:
            story.append(self.p(t("No money was recorded here in this period.")))
            return story
        periods: list[tuple[str, str, int, int, int]] = []
        if len(months) > 24:
            years: dict[int, list[int]] = {}
            for m in months:
                y = years.setdefault(m.month.year, [0, 0, 0])
                y[0] += m.earned
                y[1] += m.taken
                y[2] += m.spent
            periods = [(str(y), str(y), v[0], v[1], v[2]) for y, v in sorted(years.items())]
            first_col = t("Year")
        else:
            periods = [(t.month_short(m.month), t.month_long(m.month), m.earned, m.taken,
                        m.spent) for m in months]
            first_col = t("Month")
        exp = _exponent(cur)
        chart = earnings_chart(
            [p[0] for p in periods], [p[2] for p in periods], [p[3] for p in periods],
            width=self.width, height=190, earned_label=t("Earned"),
            taken_label=t("Taken by the workplace"),
            axis_label=lambda v: t.integer(v // 10**exp),
            caption=t("Amounts in {currency}", currency=cur))
        story.append(chart)
        story.append(Spacer(1, 6))
        rows = []
        for _, long_label, earned, taken, spent in periods:
            share = "–" if earned <= 0 else t.percent(_percent(taken, earned))
            rows.append([long_label, t.amount(earned, cur), t.amount(taken, cur), share,
                         t.amount(earned - taken, cur), t.amount(spent, cur)])
        story.append(self.simple_table(
            [first_col, t("Earned"), t("Taken"), t("Share taken"), t("Kept"),
             t("Own costs")], rows, [0.24 * self.width] + [0.152 * self.width] * 5, 1))
        return story

    # -- logs

    def shift_log(self) -> list[Flowable]:
        """One log per workplace (a claim is against one employer, in one currency), each in
        time order, one line per shift, every deduction in its own column so sums can be
        checked. Under a shift, in smaller type: its note, and who took or paid each amount
        with the note written on it. A note too long for the log follows the logs in full."""
        r, t = self.report, self.t
        story: list[Flowable] = []
        if not r.shifts:
            return [PageBreak(), self.heading(t("Shift log"), "shifts"),
                    self.p(t("No shifts in this period."))]
        lines_of: dict[str, list[MoneyRow]] = {}
        for m in r.money:
            if m.shift_ref:
                lines_of.setdefault(m.shift_ref, []).append(m)
        first = True
        for i, place in enumerate(r.workplaces):
            shifts = [s for s in r.shifts if s.workplace_id == place.workplace.id]
            if not shifts:
                continue
            title = t("Shift log: {place}", place=place.workplace.name)
            story += [PageBreak(), self.heading(title, f"shifts-{i}")]
            if first:
                story.append(self.p(t(
                    "Every shift in the period, in order. Times are the local time at the "
                    "workplace (+1: ends the next day). Hours are real time minus unpaid "
                    "breaks, so a night across a clock change is an hour shorter or longer. "
                    "Amounts are in {currency}; net is earned minus everything taken. Under a "
                    "shift, in smaller type: its note, and who took or paid each amount.",
                    currency=place.main.currency), "small"))
                first = False
            else:
                story.append(self.p(t("Amounts are in {currency}.",
                                      currency=place.main.currency), "small"))
            story.extend(self.shift_table(place, shifts, lines_of))
        long_notes = [s for s in r.shifts if len(txt.clean(s.notes)) > NOTES_EXCERPT]
        if long_notes:
            story.append(CondPageBreak(100))
            story.append(self.heading(t("Shift notes"), "shift-notes"))
            story.append(self.p(t("Notes too long for the log, in full."), "small"))
            for s in long_notes:
                story.append(self.p(f"<b>{s.ref}</b> · {t.date_short(s.night)} · "
                                    f"{self.u(s.workplace_name)}", "label"))
                for piece in txt.paragraphs(s.notes):
                    story.append(self.user(piece, "small"))
                story.append(Spacer(1, 3))
        return story

    def log_columns(self, shifts: Sequence[ShiftRow]) -> tuple[list[str], bool]:
        """The deduction categories taken on these shifts that get a column of their own
        (the largest, at most four; the rest share an "other" column)."""
        sums: dict[str, int] = {}
        for s in shifts:
            for c, v in s.main_money.taken_by_category.items():
                sums[c] = sums.get(c, 0) + v
        cats = sorted(sums, key=lambda c: (-sums[c], c))
        return (cats, False) if len(cats) <= 4 else (cats[:3], True)

    def shift_table(self, place: WorkplaceReport, shifts: Sequence[ShiftRow],
                    lines_of: Mapping[str, Sequence[MoneyRow]] | None = None
                    ) -> list[Flowable]:
        t = self.t
        cur = place.main.currency
        cats, other = self.log_columns(shifts)
        w = self.width
        header = [t("Ref"), t("Date"), t("Time"), t("Break"), t("Hours"), t("Earned")]
        # ref, date, time, break, hours (points), each wide enough for its heading's words
        fixed = [max(least, 5 + max(stringWidth(word, bold(MAIN), 7)
                                    for word in head.split()))
                 for least, head in zip((34.0, 59.0, 59.0, 22.0, 30.0), header, strict=False)]
        money_cols = len(cats) + int(other) + 2  # earned … net
        each = (w - sum(fixed)) / money_cols
        widths = fixed + [each] * money_cols
        header += [txt.clean(t.money_category(c)) for c in cats]
        if other:
            header.append(t("Other taken"))
        header.append(t("Net"))
        aligns = ["left", "left", "left"] + ["right"] * (len(widths) - 3)
        lines_of = lines_of or {}
        rows = [TextRow(self.shift_row(s, cats, other),
                        detail=self.shift_detail(s, lines_of.get(s.ref, ())))
                for s in shifts]
        totals = [t("Total"), self.plural(len(shifts), "{n} shift", "{n} shifts"), "", "",
                  t.hours(sum(s.worked_seconds for s in shifts)),
                  t.amount(sum(s.main_money.earned for s in shifts), cur)]
        totals += [t.amount(sum(s.main_money.taken_by_category.get(c, 0) for s in shifts), cur)
                   for c in cats]
        if other:
            totals.append(t.amount(sum(v for s in shifts for c, v in
                                       s.main_money.taken_by_category.items()
                                       if c not in cats), cur))
        totals.append(t.amount(sum(s.main_money.net for s in shifts), cur))
        # The totals' second cell ("2,500 shifts") runs on under the time column.
        total_widths = [widths[0], widths[1] + widths[2], *widths[3:]]
        total_cells = [totals[0], totals[1], *totals[3:]]
        return [TextTable(widths, header, rows, aligns=aligns, detail_column=1,
                          on_rows=self.tracker.advance, space_after=0),
                TextTable(total_widths, None, [TextRow(total_cells, bold=True)],
                          aligns=["left", "left"] + ["right"] * (len(total_widths) - 2),
                          line_above=True)]

    def shift_row(self, s: ShiftRow, cats: Sequence[str], other: bool) -> list[str]:
        t = self.t
        m = s.main_money
        cur = m.currency
        time = f"{t.time(s.start)}–{t.time(s.end)}" + ("+1" if s.end.date() != s.start.date()
                                                       else "")
        planned = ((s.scheduled_start is not None and s.scheduled_start != s.start)
                   or (s.scheduled_end is not None and s.scheduled_end != s.end))
        if planned:
            time += "\n" + t("plan {start}–{end}",
                             start="" if s.scheduled_start is None else t.time(s.scheduled_start),
                             end="" if s.scheduled_end is None else t.time(s.scheduled_end))
        row = [s.ref, t.date_short(s.night), time,
               t.integer(s.breaks_minutes) if s.breaks_minutes else "",
               t.hours(s.worked_seconds), t.amount(m.earned, cur)]
        row += [t.amount(m.taken_by_category[c], cur) if c in m.taken_by_category else ""
                for c in cats]
        if other:
            rest = sum(v for c, v in m.taken_by_category.items() if c not in cats)
            row.append(t.amount(rest, cur) if rest else "")
        row.append(t.amount(m.net, cur))
        return row

    def shift_detail(self, s: ShiftRow, lines: Sequence[MoneyRow]) -> str:
        """What prints under a shift in the log: amounts in other currencies, who took or paid
        each amount and the note on it, and the shift's note (cut, if long; it follows the
        logs in full)."""
        t = self.t
        parts: list[str] = []
        for other in s.money[1:]:
            parts.append(t("Also in {currency}: earned {earned}, taken {taken}.",
                           currency=other.currency, earned=t.amount(other.earned, other.currency),
                           taken=t.amount(other.taken, other.currency)))
        said: list[str] = []
        for m in lines:
            line = m.line
            words = [txt.clean(x).replace("\n", " ") for x in (line.counterparty, line.note)]
            words = [x for x in words if x]
            if not words:
                continue
            amount = (t.amount(line.amount_minor, line.currency) if line.currency == s.currency
                      else t.money(line.amount_minor, line.currency))
            said.append(f"{txt.clean(t.money_category(line.category))} {amount}: "
                        + ", ".join(words))
        if said:
            parts.append("; ".join(said))
        notes = txt.clean(s.notes)
        if notes:
            if len(notes) > NOTES_EXCERPT:
                notes = notes[:NOTES_EXCERPT].rstrip() + "… " + t("(in full after the log)")
            parts.append(t("Note: {note}", note=notes))
        return "\n".join(parts)

    def money_log(self) -> list[Flowable]:
        r, t = self.report, self.t
        if not r.standalone_money:
            return []
        story: list[Flowable] = [CondPageBreak(200), self.heading(
            t("Money not tied to a shift"), "money", 0)]
        story.append(self.p(t("Monthly fees, rent, advertising and other amounts recorded on "
                              "their own date."), "small"))
        w = self.width
        widths = [0.075 * w, 0.135 * w, 0.16 * w, 0.14 * w, 0.14 * w, 0.14 * w]
        widths.append(w - sum(widths))
        rows = [TextRow(self.money_row(m)) for m in r.standalone_money]
        story.append(TextTable(
            widths, [t("Ref"), t("Date"), t("Workplace"), t("Kind"), t("Category"),
                     t("Amount"), t("Note")], rows,
            aligns=["left"] * 5 + ["right", "left"], style=TextStyle(size=7.5, leading=9.5),
            on_rows=self.tracker.advance))
        return story

    def money_row(self, m: MoneyRow) -> list[str]:
        t = self.t
        line = m.line
        note = " · ".join(x for x in (txt.clean(line.counterparty), txt.clean(line.note)) if x)
        return [m.ref, t.date_short(line.date), m.workplace_name or "–",
                t.money_kind(str(line.kind)), t.money_category(line.category),
                f"{t.amount(line.amount_minor, line.currency)} {line.currency}", note]

    def incident_log(self) -> list[Flowable]:
        r, t = self.report, self.t
        story: list[Flowable] = [PageBreak(), self.heading(t("Incident log"), "incidents")]
        if not r.incidents:
            story.append(self.p(t("No incidents were recorded in this period.")))
            return story
        story.append(self.p(t("Every incident in the period, in order, as the worker wrote "
                              "it."), "small"))
        for x in r.incidents:
            story.extend(self.incident(x))
            self.tracker.advance()
        return story

    def incident(self, x: IncidentRow) -> list[Flowable]:
        t = self.t
        when = t.datetime_long(x.start)
        if x.end is not None:
            when += " – " + (t.time(x.end) if x.end.date() == x.start.date()
                             else t.datetime_long(x.end))
        head = f"{x.ref} · {when}"
        if x.workplace_name:
            head += f" · {self.u(x.workplace_name)}"
        # The facts are plain text, drawn directly: six hundred incidents of small tables of
        # paragraphs took a second and a half.
        facts: list[tuple[str, str]] = [
            (t("What happened"), t.incident_category(x.category)),
            (t("Severity"), t.severity(x.severity)),
        ]
        if x.people:
            facts.append((t("People"), ", ".join(
                f"{txt.clean(p.label)} ({t.person_role(p.role).lower()}, "
                f"{t.involvement(p.involvement)})" if self.report.profile == "full"
                else f"{txt.clean(p.label)} ({t.involvement(p.involvement)})"
                for p in x.people)))
        if x.reported_to or x.reported_on:
            reported = txt.clean(x.reported_to) if x.reported_to else ""
            if x.reported_on:
                reported += (" · " if reported else "") + t.date_long(x.reported_on)
            facts.append((t("Reported to"), reported))
        # A long outcome follows the description, in page-sized pieces like it: a table row
        # cannot run over a page.
        long_outcome = bool(x.outcome) and not _short(x.outcome)
        if x.outcome and not long_outcome:
            facts.append((t("Outcome"), txt.clean(x.outcome)))
        links = []
        if x.shift_ref:
            links.append(t("shift {ref}", ref=x.shift_ref))
        if x.exhibit_refs:
            links.append(t("files {refs}", refs=", ".join(x.exhibit_refs)))
        if links:
            facts.append((t("See also"), ", ".join(links)))
        block: list[Flowable] = [self.p(f"<b>{head}</b>", "h3")]
        if x.title:
            block.append(self.user(x.title, "label"))
            block.append(Spacer(1, 3))
        label = 34 * mm
        block.append(TextTable(
            [label, self.width - label], None, [TextRow([k, v]) for k, v in facts],
            bold_columns=[0], space_after=0,
            style=TextStyle(size=8.5, leading=11.5, pad_x=2, pad_top=3, pad_bottom=3.5,
                            max_lines=40)))
        out: list[Flowable] = [KeepTogether(block)]
        if x.description:
            out.append(Spacer(1, 4))
            for piece in txt.paragraphs(x.description):
                out.append(self.user(piece))
        if long_outcome:
            out += [Spacer(1, 4), self.p(txt.markup(t("Outcome")), "label")]
            out += [self.user(piece) for piece in txt.paragraphs(x.outcome)]
        out.append(Spacer(1, 10))
        return out

    def exhibits(self) -> list[Flowable]:
        r, t = self.report, self.t
        if not r.exhibits:
            return []
        story: list[Flowable] = [PageBreak(), self.heading(t("Exhibits"), "exhibits")]
        story.append(self.p(t("Every file attached to a shift or incident in this period. The "
                              "SHA-256 identifies the original file exactly; a picture shown "
                              "here may be scaled down."), "small"))
        w = self.width
        widths = [0.07 * w, 0.58 * w, 0.16 * w, 0.09 * w, 0.10 * w]
        rows = []
        for e in r.exhibits:
            a = e.attachment
            name = txt.clean(a.filename).replace("\n", " ") if a.filename else "–"
            rows.append([e.ref, f"{name}\n{a.sha256}", txt.clean(a.media_type),
                         t.size(a.size), e.belongs_to])
        # Drawn directly: a file name and its 64-digit hash in a cell, three hundred times.
        story.append(TextTable(
            widths, [t("Ref"), t("File and its SHA-256"), t("Type"), t("Size"), t("For")],
            [TextRow(row) for row in rows], aligns=["left"] * 3 + ["right", "left"],
            style=TextStyle(size=7, leading=9, header_size=7.5, header_leading=9.5, pad_x=4)))
        for e in r.exhibits:
            story.extend(self.exhibit(e))
            self.tracker.advance()
        return story

    def exhibit(self, e: ExhibitRow) -> list[Flowable]:
        t = self.t
        a = e.attachment
        if not (e.show_image and e.is_image and e.load is not None):
            return []
        head = f"<b>{e.ref}</b> · {self.u(a.filename)} · {t('for {ref}', ref=e.belongs_to)}"
        if a.added_at is not None:
            head += " · " + t("added {date}", date=t.date_long(
                a.added_at.astimezone(_zone(self.report.timezone)).date()))
        caption: list[Flowable] = [self.p(head, "small"),
                                   self.p(f"SHA-256 {a.sha256}", "mono")]
        # A short note stays with its picture; a long one follows it, in page-sized pieces (one
        # paragraph of thousands of lines is re-laid out on every page: minutes of work).
        note = [self.user(piece, "small") for piece in txt.paragraphs(a.note)]
        short = _short(a.note)
        if short:
            caption += note

        def failed() -> Flowable:
            return self.p(t("This file could not be shown as a picture."), "note")

        image = LazyImage(e.load, self.width, 150 * mm, failed)
        return [CondPageBreak(90 * mm), KeepTogether([*caption, Spacer(1, 3), image]),
                *([] if short else [Spacer(1, 4), *note]), Spacer(1, 12)]

    # -- integrity

    def integrity(self) -> list[Flowable]:
        r, t = self.report, self.t
        g = r.integrity
        story: list[Flowable] = [PageBreak(), self.heading(t("Record integrity"), "integrity")]
        counts = g.lag_counts
        n = max(1, g.records)
        story.append(self.p(t("When each entry was written down, compared with the day it "
                              "happened. An entry written the same day is strong evidence; "
                              "one written much later is still evidence, and says so.")))
        labels = {
            "same_day": t("Written the same day"),
            "within_7_days": t("Written 1 to 7 days later"),
            "later": t("Written more than 7 days later"),
            "before": t("Written before the day it is about (planned shifts)"),
            "unknown": t("Time of writing not known"),
        }
        rows = [[labels[b], t.integer(counts.get(b, 0)), t.percent(_percent(counts.get(b, 0), n))]
                for b in ("same_day", "within_7_days", "later", "before", "unknown")
                if counts.get(b, 0) or b in ("same_day", "within_7_days", "later")]
        rows.append([t("All entries"), t.integer(g.records), ""])
        story.append(self.simple_table([t("Entries (shifts, money, incidents, signs)"),
                                        t("Entries"), t("Share")], rows,
                                       [0.6 * self.width, 0.2 * self.width, 0.2 * self.width],
                                       1, extra=[("FONT", (0, -1), (-1, -1), bold(MAIN), 7.5,
                                                  9.5)]))
        late = [lag for lag in g.lags if lag.bucket == "later"]
        if late:
            story.append(self.p(t("Entries written more than 7 days later"), "h3"))
            # A shift and its money lines are usually written together: one row for them.
            groups: dict[tuple[Any, ...], list[str]] = {}
            for lag in late:
                written = None if lag.recorded_at is None else lag.recorded_at.astimezone(
                    _zone(r.timezone)).replace(second=0, microsecond=0)
                groups.setdefault((lag.happened_on, written, lag.days), []).append(lag.ref)
            rows = [[", ".join(refs), t.date_short(happened),
                     "" if written is None else t.datetime_short(written), t.integer(days or 0)]
                    for (happened, written, days), refs in groups.items()]
            story.append(self.simple_table(
                [t("Entries"), t("Happened"), t("Written"), t("Days later")], rows,
                [0.36 * self.width, 0.22 * self.width, 0.27 * self.width, 0.15 * self.width],
                3))
        self.tracker.advance(len(g.lags))
        story.append(self.p(t("Changes after first writing"), "h3"))
        if g.amendments:
            story.append(self.p(t("{n} entries were changed after they were first written. "
                                  "The journal keeps every earlier version.",
                                  n=t.integer(len(g.amendments))) if len(g.amendments) != 1
                                else t("1 entry was changed after it was first written. The "
                                       "journal keeps the earlier version.")))
            story.append(self.simple_table(
                [t("Journal entry"), t("Record"), t("Changed on")],
                [[t.integer(a.seq), self.entity_ref(a.entity, a.entity_id),
                  t.datetime_short(a.recorded_at.astimezone(_zone(r.timezone)))]
                 for a in g.amendments],
                [0.2 * self.width, 0.4 * self.width, 0.4 * self.width]))
        else:
            story.append(self.p(t("No entry was changed after it was first written.")))
        if g.deletions:
            story.append(self.p(self.plural(
                g.deletions, "{n} entry was deleted. Its contents are gone; the journal keeps a "
                "row showing that it existed and when it was deleted.",
                "{n} entries were deleted. Their contents are gone; the journal keeps a row "
                "for each, showing that it existed and when it was deleted.")))
        else:
            story.append(self.p(t("No entry was deleted.")))
        story.append(self.p(t("Journal"), "h3"))
        story.append(self.key_values([
            (t("Entries in the journal"), t.integer(g.head_seq)),
            (t("Latest entry's hash"), self.p(g.head_hash, "mono")),
        ]))
        story.append(self.p(t("Seals shown"), "h3"))
        if g.seals:
            story.append(self.p(t("A seal is a short code for the journal at one moment. The "
                                  "worker can send it to a rep or a friend; a later report "
                                  "whose journal passes through the seal shows that nothing "
                                  "written before it was changed after it was shared."),
                                "small"))
            story.append(self.simple_table(
                [t("Seal"), t("Shown on"), t("Journal entry")],
                [[s.code, t.datetime_short(s.shown_at.astimezone(_zone(r.timezone))),
                  t.integer(s.seq)] for s in g.seals],
                [0.45 * self.width, 0.35 * self.width, 0.2 * self.width],
                extra=[("FONT", (0, 1), (0, -1), MONO, 7.5, 9.5)]))
        else:
            story.append(self.p(t("No seal has been shown yet.")))
        if g.amended_after_seal:
            story.append(self.p(t("Changed after a seal was shared"), "h3"))
            story.append(self.simple_table(
                [t("Journal entry"), t("Record"), t("Changed on")],
                [[t.integer(a.seq), self.entity_ref(a.entity, a.entity_id),
                  t.datetime_short(a.recorded_at.astimezone(_zone(r.timezone)))]
                 for a in g.amended_after_seal],
                [0.2 * self.width, 0.4 * self.width, 0.4 * self.width]))
        story.append(self.p(t("What this proves, and what it does not"), "h2"))
        story.append(self.boxed([
            self.p(t("Every change to the record is written to a journal in which each entry "
                     "includes a hash of the one before. Changing or removing an earlier entry "
                     "breaks the chain, and the JSON file sent with this report lets anyone "
                     "check the chain without the worker's files or passphrase."), "small"),
            self.p("<b>" + t("The journal detects changes made after a hash or seal left the "
                             "device and accidental corruption; it does not prove who wrote an "
                             "entry or that the device clock was right.") + "</b>", "small"),
            self.p(t("The dates of writing come from the device's clock. Figures in this "
                     "report are added up from the entries listed in it; nothing is "
                     "estimated."), "small"),
        ]))
        if self.saw_arabic and not txt.SHAPING:
            story.append(self.p(t("Note on scripts: Arabic text in this report is printed "
                                  "with unjoined letters in typing order, because the "
                                  "shaping packages were not installed."), "note"))
        return story

    def entity_ref(self, entity: str, entity_id: int) -> str:
        prefix = {"shift": "S", "money": "M", "incident": "I", "attachment": "E",
                  "control": "C"}.get(entity)
        if prefix:
            return f"{prefix}-{entity_id}"
        return f"{self.t(_ENTITY_LABELS.get(entity, entity))} #{entity_id}"

    # ------------------------------------------------------------------ page finishing

    def finish_page(self, canvas: Canvas, page: int, total: int) -> None:
        """Footer on every page; on the first, the contents; outline entries where they land."""
        r, t = self.report, self.t
        for key, title, level in self.sections:
            if self.anchors.get(key) == page:
                canvas.bookmarkPage(key, fit="XYZ", top=None)
                canvas.addOutlineEntry(txt.plain(title), key, level=level, closed=level == 0)
        if self.contents_box.get("page") == page:
            self.draw_contents(canvas)
        canvas.saveState()
        y = self.margin_bottom - 9 * mm
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(self.margin_x, y + 9, self.margin_x + self.width, y + 9)
        left = self.footer_text()
        if txt.needs_fallback(left) or txt.has_rtl(left):
            para = Paragraph(self.u(left), self.styles["cell"])
            para.wrap(self.width - 40 * mm, 20)
            para.drawOn(canvas, self.margin_x, y - 2)
        else:  # the usual case, drawn directly: a paragraph per page adds up over 900 pages
            canvas.setFont(MAIN, 7.5)
            canvas.drawString(self.margin_x, y, txt.fit(left, self.width - 40 * mm, MAIN, 7.5))
        canvas.setFillColor(colors.black)
        txt.draw_runs(canvas, self.margin_x + self.width, y,
                      t("Page {page} of {pages}", page=page, pages=total), MAIN, 7.5, right=True)
        canvas.setFillColor(GREY)
        txt.draw_runs(canvas, self.margin_x, y - 10,
                      t("Fingerprint {fingerprint}", fingerprint=r.fingerprint or "–"), MONO, 6.5)
        canvas.restoreState()

    def contents_entries(self) -> list[tuple[str, str, int]]:
        """Sections listed on the cover: every main section, and each workplace's parts
        unless there are so many workplaces that only their names fit."""
        many = len(self.report.workplaces) > 6
        return [(k, title, level) for k, title, level in self.sections
                if level == 0 or (not many and k.startswith("workplace-"))]

    def contents_height(self) -> float:
        return 24 + 12.5 * len(self.contents_entries())

    def footer_text(self) -> str:
        if self._footer is None:
            r, t = self.report, self.t
            self._footer = t("Evidence report · {name} · {period} · Profile: {profile}",
                             name=txt.clean(r.work_name) or t("The worker"),
                             period=t.period(r.date_from, r.date_to),
                             profile=t.profile_name(r.profile))
        return self._footer

    def draw_contents(self, canvas: Canvas) -> None:
        box = self.contents_box
        x, top, width = box["x"], box["y"] + box["height"], box["width"]
        canvas.saveState()
        txt.draw_runs(canvas, x, top - 11, self.t("Contents"), bold(MAIN), 10)
        y = top - 27
        for key, title, level in self.contents_entries():
            if key not in self.anchors:
                continue
            indent = 14 if level else 0
            style = self.styles["contents_sub" if level else "contents"]
            title_markup = txt.fallback_fonts(self.u(title))
            para = Paragraph(txt.bold_faces(title_markup) if style.fontName == bold(MAIN)
                             else title_markup, style)
            para.wrap(width - indent - 40, 14)
            para.drawOn(canvas, x + indent, y - 2.5)
            canvas.setFont(style.fontName, style.fontSize)
            canvas.drawRightString(x + width, y, self.t.integer(self.anchors[key]))
            y -= 12.5
        canvas.restoreState()

    # ------------------------------------------------------------------ render

    def story(self) -> list[Flowable]:
        story = self.cover()
        self.tracker.advance()
        story += self.summary()
        for i, place in enumerate(self.report.workplaces):
            story += self.workplace_section(place, i)
            self.tracker.advance()
        story += self.shift_log()
        story += self.money_log()
        story += self.incident_log()
        story += self.exhibits()
        story += self.integrity()
        return story

    def render(self) -> bytes:
        r = self.report
        pdf = self.build_document(title=self.t("Evidence report"),
                                  author=txt.plain(r.work_name),
                                  creator=f"Workbook {r.app_version}")
        self.tracker.advance(self.tracker.total)
        return pdf

    def build_document(self, *, title: str, author: str, creator: str, subject: str = "",
                       keywords: str = "") -> bytes:
        """Lay out :meth:`story` on this renderer's pages (numbered "Page X of Y", with
        :meth:`finish_page` on each) and return the PDF's bytes."""
        self.register_fonts()
        self.styles = self.stylesheet()
        buffer = io.BytesIO()
        doc = BaseDocTemplate(
            buffer, pagesize=self.pagesize, leftMargin=self.margin_x,
            rightMargin=self.margin_x, topMargin=self.margin_top,
            bottomMargin=self.margin_bottom, title=title, author=author, creator=creator,
            subject=subject, invariant=rl_config.invariant, pageCompression=1,
            **({"keywords": keywords} if keywords else {}),
        )
        doc.addPageTemplates(self.page_templates(doc))
        story = self.story()
        finish = self.finish_page

        def make_canvas(*args: Any, **kwargs: Any) -> NumberedCanvas:
            return NumberedCanvas(*args, finish_page=finish, **kwargs)

        doc.build(story, canvasmaker=make_canvas)
        return buffer.getvalue()


_ENTITY_LABELS = {"profile": "Profile", "workplace": "Workplace", "person": "Person"}


def _short(text: str | None) -> bool:
    """Whether a worker's note is short enough for a table cell or a caption (a third of a page
    or so); a longer one is laid out on its own, page by page."""
    cleaned = txt.clean(text)
    return len(cleaned) <= 1000 and cleaned.count("\n") <= 12


def _zone(name: str) -> Any:
    from zoneinfo import ZoneInfo

    return ZoneInfo(name)


def _exponent(currency: str) -> int:
    from workbook.domain.currencies import exponent

    return exponent(currency)


def _percent(part: int, whole: int) -> int:
    from workbook.domain.money import divide_half_even

    return divide_half_even(100 * part, whole) if whole else 0


def _category_order(slug: str, order: Sequence[str]) -> tuple[int, str]:
    """Built-in categories in their usual order (house fee first), the worker's own after."""
    return (order.index(slug) if slug in order else len(order), slug)


def render(report: EvidenceReport, progress: Progress | None = None,
           cancelled: Cancelled | None = None) -> bytes:
    return EvidencePdfRenderer(report, progress, cancelled).render()


__all__ = ["EvidencePdfRenderer", "ExportCancelled", "render"]

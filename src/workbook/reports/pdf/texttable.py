"""A long table of plain text, measured and drawn straight on the canvas.

The shift log of ten years is thousands of rows. A platypus ``Table`` of ``Paragraph`` cells
parses markup, breaks lines and builds style objects for every cell, and re-measures rows each
time it splits across a page: most of the time a ten-year report took. ``TextTable`` measures
each cell once with ``pdfmetrics.stringWidth``, wraps it at spaces, keeps the heights, and when
the frame asks, takes as many rows as fit and draws them with one text object per page. The text
stays real text in the PDF (searchable, and what ``pdftotext`` reads), cell by cell, left to
right, so a row reads as one line.

What it does not do: markup. Cells are plain strings (``"\\n"`` starts a new line); a row can
have a ``detail`` under it, in smaller grey type, across the columns from ``detail_column`` to
the right edge (a shift's notes and the notes of its money lines). Thai and Arabic runs are
set in their own fonts, and right-to-left lines are put in visual order, as in the rest of the
report.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.platypus import Flowable

from workbook.reports.pdf import text as txt
from workbook.reports.pdf.fonts import MAIN, bold

RULE = colors.HexColor("#BBBBBB")
HEADER_BG = colors.HexColor("#E6E6E6")
GREY = colors.HexColor("#555555")


@dataclass(frozen=True, slots=True)
class TextRow:
    cells: Sequence[str]
    bold: bool = False
    detail: str = ""


@dataclass(frozen=True, slots=True)
class TextStyle:
    """Sizes in points. A cell has ``pad_x`` on each side; a row ``pad_top`` above its first
    line and ``pad_bottom`` below its last."""

    size: float = 7.0
    leading: float = 8.5
    header_size: float = 7.0
    header_leading: float = 8.5
    detail_size: float = 6.5
    detail_leading: float = 8.0
    pad_x: float = 2.0
    pad_top: float = 2.0
    pad_bottom: float = 2.5
    max_lines: int = 8  # per cell; more is cut with "…" (a row must fit on a page)
    max_detail_lines: int = 14


class _Measure:
    """String widths, remembered: a log repeats the same amounts and dates thousands of times."""

    def __init__(self) -> None:
        self.cache: dict[tuple[str, str, float], float] = {}

    def __call__(self, text: str, font: str, size: float) -> float:
        key = (text, font, size)
        width = self.cache.get(key)
        if width is None:
            if txt.needs_fallback(text):
                width = sum(stringWidth(run, _face(f, font), size)
                            for f, run in txt.font_runs(text))
            else:
                width = stringWidth(text, font, size)
            if len(self.cache) < 200_000:
                self.cache[key] = width
        return float(width)


def _face(script_font: str, wanted: str) -> str:
    """The face for a run: the script's own family, bold when ``wanted`` is a bold face."""
    return bold(script_font) if wanted.endswith("-Bold") else script_font


def _cut(word: str, width: float, font: str, size: float, measure: _Measure) -> list[str]:
    """A word wider than the column, in pieces that fit (a URL, a run of emoji)."""
    pieces: list[str] = []
    while word:
        low, high = 1, len(word)
        while low < high:
            mid = (low + high + 1) // 2
            if measure(word[:mid], font, size) <= width:
                low = mid
            else:
                high = mid - 1
        pieces.append(word[:low])
        word = word[low:]
    return pieces


def wrap_text(text: str, width: float, font: str, size: float, measure: _Measure,
              max_lines: int) -> list[str]:
    """``text`` in lines no wider than ``width`` (broken at spaces, or inside a word that is
    wider than the column), in visual order, at most ``max_lines`` (the last cut with "…")."""
    lines: list[str] = []
    for para in text.split("\n"):
        if len(lines) > max_lines:
            break
        if measure(para, font, size) <= width:
            lines.append(para)
            continue
        current = ""
        for word in para.split(" "):
            candidate = f"{current} {word}" if current else word
            if measure(txt.reshaped(candidate), font, size) <= width:
                current = candidate
                continue
            if current:
                lines.append(current)
            if measure(word, font, size) <= width:
                current = word
            else:
                *whole, current = _cut(word, width, font, size, measure)
                lines += whole
            if len(lines) > max_lines:
                break
        lines.append(current)
    if len(lines) > max_lines:
        last = lines[max_lines - 1]
        lines = [*lines[:max_lines - 1], txt.fit(last + " …", width, font, size, measure)]
    if any(txt.has_rtl(line) for line in lines):
        base = "R" if txt.is_rtl_paragraph(text) else "L"
        lines = [txt.visual(line, base) if txt.has_rtl(line) else line for line in lines]
    return lines


def _operators(canvas: Any, face: str, line: str) -> list[tuple[int, str]]:
    """The text operators ``textOut`` would write for ``line`` in a TrueType face, worked out
    once per string: a log repeats the same amounts and dates thousands of times, and
    ``textOut`` maps every character to its font subset each time (most of the drawing time).
    The subsets' character assignments never change once made, so the result stays valid for
    the whole document. Empty when the face is not a TrueType font (then ``textOut`` is used)."""
    font = getFont(face)
    if not getattr(font, "_dynamicFont", False) or getattr(font, "shapable", False):
        return []
    escape = canvas._escape
    if line.isascii() and line.isprintable() and _ascii_readable(font):
        # Printable ASCII has codes 32-126 of subset 0 in an ``asciiReadable`` font (what
        # ``register_fonts`` asks for): the text is its own encoding. (The empty call makes
        # sure the document has the font's subsets, which are what gets embedded.)
        font.splitString("", canvas._doc)
        return [(0, f"({escape(line.encode('ascii'))}) Tj")]
    return [(subset, f"({escape(chunk)}) Tj") for subset, chunk in
            font.splitString(line, canvas._doc)]


_ASCII = frozenset(range(32, 127))


def _ascii_readable(font: Any) -> bool:
    """Whether ``font`` keeps printable ASCII as itself in subset 0 (and has every glyph)."""
    known = getattr(font, "_workbook_ascii", None)
    if known is None:
        cmap = getattr(getattr(font, "face", None), "charToGlyph", {})
        known = bool(getattr(font, "_asciiReadable", False)) and cmap.keys() >= _ASCII
        font._workbook_ascii = known
    return bool(known)


@dataclass(slots=True)
class _Laid:
    cells: list[list[str]]
    detail: list[str]
    height: float
    bold: bool


class _Layout:
    """Every row wrapped and measured once; the pieces of a split table share it."""

    def __init__(self, widths: Sequence[float], aligns: Sequence[str],
                 header: Sequence[str] | None, rows: Sequence[TextRow], style: TextStyle,
                 detail_column: int, font: str, bold_columns: frozenset[int] = frozenset()
                 ) -> None:
        self.bold_columns = bold_columns
        self.widths = list(widths)
        self.aligns = list(aligns)
        self.style = style
        self.font = font
        self.measure = _Measure()
        self.detail_column = detail_column
        self.detail_width = sum(self.widths[detail_column:]) - 2 * style.pad_x
        self.header: _Laid | None = None
        self.header_sizes: list[float] = []
        if header is not None:
            # A heading word wider than its column ("Dricksavgift" over an amount) is set a
            # little smaller rather than broken inside the word.
            self.header_sizes = [self.heading_size(h, i, bold(font)) for i, h in
                                 enumerate(header)]
            cells = [self.wrap(h, i, bold(font), self.header_sizes[i], 4)
                     for i, h in enumerate(header)]
            height = (max((len(c) for c in cells), default=1) * style.header_leading
                      + style.pad_top + style.pad_bottom)
            self.header = _Laid(cells, [], height, True)
        self.rows = rows
        self.laid: list[_Laid | None] = [None] * len(rows)
        self.ops: dict[tuple[str, str], list[tuple[int, str]] | None] = {}

    def heading_size(self, heading: str, column: int, font: str) -> float:
        size = self.style.header_size
        inner = self.widths[column] - self.style.pad_x
        widest = max((self.measure(word, font, size) for word in heading.split()), default=0)
        return size if widest <= inner else max(5.0, 0.97 * size * inner / widest)

    def face(self, column: int, strong: bool) -> str:
        return bold(self.font) if strong or column in self.bold_columns else self.font

    def wrap(self, value: str, column: int, font: str, size: float, max_lines: int
             ) -> list[str]:
        if not value:
            return []
        # A line may use one side's padding: a date a hair too wide for its column reads
        # better a point closer to its neighbour than broken in two.
        inner = self.widths[column] - self.style.pad_x
        if (len(value) * size <= inner and value.replace("\xa0", " ").isprintable()
                and not txt.needs_fallback(value)):
            return [value]  # short and one line (figures, dates): no glyph is wider than 1 em
        return wrap_text(txt.clean(value), inner, font, size, self.measure, max_lines)

    def row(self, index: int) -> _Laid:
        laid = self.laid[index]
        if laid is None:
            st = self.style
            row = self.rows[index]
            cells = [self.wrap(c, i, self.face(i, row.bold), st.size, st.max_lines)
                     for i, c in enumerate(row.cells)]
            detail = (wrap_text(txt.clean(row.detail), self.detail_width, self.font,
                                st.detail_size, self.measure, st.max_detail_lines)
                      if row.detail else [])
            height = (max(1, max((len(c) for c in cells), default=1)) * st.leading
                      + len(detail) * st.detail_leading + st.pad_top + st.pad_bottom)
            laid = self.laid[index] = _Laid(cells, detail, height, row.bold)
        return laid


class TextTable(Flowable):  # type: ignore[misc]
    """Rows ``start`` to the end of a shared layout; splits itself page by page, with the
    header repeated on every page. ``line_above`` draws a black rule over the first row (a
    totals row); ``on_rows(n)`` is called with the rows each piece draws (progress)."""

    def __init__(self, widths: Sequence[float], header: Sequence[str] | None,
                 rows: Sequence[TextRow], *, aligns: Sequence[str] | None = None,
                 style: TextStyle | None = None, detail_column: int = 1, font: str = MAIN,
                 line_above: bool = False, space_after: float = 8.0,
                 on_rows: Callable[[int], None] | None = None,
                 bold_columns: Sequence[int] = ()) -> None:
        super().__init__()
        self.layout = _Layout(widths, aligns or ["left"] * len(widths), header, rows,
                              style or TextStyle(), detail_column, font,
                              frozenset(bold_columns))
        self.start = 0
        self.end = len(rows)
        self.line_above = line_above
        self.on_rows = on_rows
        self.spaceAfter = space_after
        self.hAlign = "LEFT"
        self._height = 0.0

    def _piece(self, start: int, end: int) -> TextTable:
        piece = TextTable.__new__(TextTable)
        Flowable.__init__(piece)
        piece.layout = self.layout
        piece.start, piece.end = start, end
        piece.line_above = self.line_above and start == 0
        piece.on_rows = self.on_rows
        piece.spaceAfter = self.spaceAfter if end == len(self.layout.rows) else 0
        piece.hAlign = "LEFT"
        piece._height = 0.0
        return piece

    def _head_height(self) -> float:
        return self.layout.header.height if self.layout.header is not None else 0.0

    def _fit(self, avail_height: float) -> tuple[int, float]:
        """How many rows from ``start`` fit, and the height they take with the header."""
        used = self._head_height()
        n = self.start
        while n < self.end:
            h = self.layout.row(n).height
            if used + h > avail_height + 1e-6:
                break
            used += h
            n += 1
        return n - self.start, used

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        width = sum(self.layout.widths)
        count, used = self._fit(avail_height)
        if count < self.end - self.start:
            return width, avail_height + 1  # more than the space: the frame asks to split
        self._height = used
        return width, used

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        count, _used = self._fit(avail_height)
        if count == 0:
            return []
        middle = self.start + count
        return [self._piece(self.start, middle), self._piece(middle, self.end)]

    def draw(self) -> None:
        canvas: Any = self.canv
        lay = self.layout
        st = lay.style
        widths = lay.widths
        lefts = [sum(widths[:i]) for i in range(len(widths))]
        total_width = sum(widths)
        y = self._height
        canvas.saveState()
        text = canvas.beginText()
        state = {"font": "", "size": 0.0, "grey": False}

        def font(name: str, size: float) -> None:
            if state["font"] != name or state["size"] != size:
                text.setFont(name, size)
                state["font"], state["size"] = name, size

        def colour(grey: bool) -> None:
            if state["grey"] != grey:
                text.setFillColor(GREY if grey else colors.black)
                state["grey"] = grey

        def put(line: str, x: float, baseline: float, face: str, size: float,
                align: str, width: float) -> None:
            if align == "right":
                x = x + width - lay.measure(line, face, size)
            ops = lay.ops.get((face, line))
            if ops is None:
                ops = lay.ops[(face, line)] = (None if txt.needs_fallback(line)
                                               else _operators(canvas, face, line))
            if ops is None:  # Thai or Arabic in it: each run in its script's font
                text.setTextOrigin(x, baseline)
                for script, run in txt.font_runs(line):
                    font(_face(script, face), size)
                    text.textOut(run)
                return
            font(face, size)
            text.setTextOrigin(x, baseline)
            if not ops:
                text.textOut(line)
                return
            for subset, op in ops:
                if subset != text._curSubset:  # what textOut does on a change of subset
                    text._code.append(f"{ops_font(face).getSubsetInternalName(subset, doc)} "
                                      f"{fp_str(size)} Tf {fp_str(text._leading)} TL")
                    text._curSubset = subset
                text._code.append(op)

        doc = canvas._doc
        ops_font = getFont
        rules: list[tuple[float, float, float, float]] = []
        head = lay.header
        if head is not None:
            canvas.setFillColor(HEADER_BG)
            canvas.rect(0, y - head.height, total_width, head.height, stroke=0, fill=1)
            canvas.setFillColor(colors.black)
            face = bold(lay.font)
            for i, lines in enumerate(head.cells):
                inner = widths[i] - 2 * st.pad_x
                for k, line in enumerate(lines):
                    baseline = y - st.pad_top - st.header_size - k * st.header_leading + 1
                    put(line, lefts[i] + st.pad_x, baseline, face, lay.header_sizes[i],
                        lay.aligns[i], inner)
            y -= head.height
            canvas.setStrokeColor(colors.black)
            canvas.setLineWidth(0.6)
            canvas.line(0, y, total_width, y)
        if self.line_above:
            canvas.setStrokeColor(colors.black)
            canvas.setLineWidth(0.6)
            canvas.line(0, y, total_width, y)
        for index in range(self.start, self.end):
            laid = lay.row(index)
            top = y
            for i, lines in enumerate(laid.cells):
                inner = widths[i] - 2 * st.pad_x
                face = lay.face(i, laid.bold)
                for k, line in enumerate(lines):
                    baseline = top - st.pad_top - st.size - k * st.leading + 1
                    put(line, lefts[i] + st.pad_x, baseline, face, st.size, lay.aligns[i],
                        inner)
            if laid.detail:
                colour(True)
                lines_above = max(1, max((len(c) for c in laid.cells), default=1))
                first = top - st.pad_top - lines_above * st.leading
                x = lefts[lay.detail_column] + st.pad_x
                for k, line in enumerate(laid.detail):
                    baseline = first - st.detail_size - k * st.detail_leading + 1.5
                    put(line, x, baseline, lay.font, st.detail_size, "left", lay.detail_width)
                colour(False)
            y -= laid.height
            rules.append((0, y, total_width, y))
        canvas.drawText(text)
        if rules:
            canvas.setStrokeColor(colors.black if self.line_above else RULE)
            canvas.setLineWidth(0.6 if self.line_above else 0.25)
            canvas.lines(rules)
        canvas.restoreState()
        if self.on_rows is not None:
            self.on_rows(self.end - self.start)


__all__ = ["TextRow", "TextStyle", "TextTable", "wrap_text"]

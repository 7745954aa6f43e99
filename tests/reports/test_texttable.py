"""``TextTable``: the long tables of the evidence PDF drawn straight on the canvas. Rows split
across pages with the header on each, text stays extractable in reading order, long cells
wrap and are cut rather than overflow a page, and other scripts print in their fonts."""

from __future__ import annotations

import io
import re

import pypdf
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate

from workbook.reports.pdf.fonts import MAIN, register_fonts
from workbook.reports.pdf.texttable import TextRow, TextStyle, TextTable, _Measure, wrap_text


def render(table: TextTable) -> list[str]:
    register_fonts()
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build([table])
    reader = pypdf.PdfReader(io.BytesIO(out.getvalue()))
    return [re.sub(r"\s+", " ", page.extract_text()) for page in reader.pages]


def test_rows_split_across_pages_with_the_header_on_each() -> None:
    rows = [TextRow([f"S-{i}", f"2026-01-{i % 28 + 1:02d}", f"{i * 100:,}.00"],
                    detail=f"House fee 600.00: Club; note {i}" if i % 3 == 0 else "")
            for i in range(1, 301)]
    seen: list[int] = []
    pages = render(TextTable([60, 80, 90], ["Ref", "Date", "Earned"], rows,
                             aligns=["left", "left", "right"], on_rows=seen.append))
    assert len(pages) > 3
    assert all(page.startswith("Ref Date Earned") for page in pages)
    text = " ".join(pages)
    # every row once, in order, read left to right, its detail under it
    positions = [text.index(f"S-{i} ") for i in range(1, 301)]
    assert positions == sorted(positions)
    assert "S-3 2026-01-04 300.00 House fee 600.00: Club; note 3" in text
    assert "S-300 2026-01-21 30,000.00" in text
    assert sum(seen) == 300  # progress counts every row once


def test_long_text_wraps_and_is_cut_instead_of_overflowing() -> None:
    measure = _Measure()
    register_fonts()
    words = "The manager kept the house fee again " * 40
    lines = wrap_text(words, 100, MAIN, 7, measure, 5)
    assert len(lines) == 5 and lines[-1].endswith("…")
    assert all(measure(line, MAIN, 7) <= 100 for line in lines)
    url = "https://example.org/" + "x" * 200
    pieces = wrap_text(url, 80, MAIN, 7, measure, 50)
    assert "".join(pieces) == url and all(measure(p, MAIN, 7) <= 80 for p in pieces)
    huge = TextRow(["a", "word " * 5000])
    pages = render(TextTable([40, 200], None, [huge], style=TextStyle(max_lines=30)))
    assert len(pages) == 1 and "…" in pages[0]


def test_other_scripts_print_in_their_own_fonts() -> None:
    register_fonts()
    out = io.BytesIO()
    rows = [TextRow(["S-1", "Привет ไทย สวัสดี ok"], detail="العربية: المدير أخذ المال")]
    SimpleDocTemplate(out, pagesize=A4).build([TextTable([40, 300], ["Ref", "Note"], rows)])
    reader = pypdf.PdfReader(io.BytesIO(out.getvalue()))
    fonts = {str(f.get_object()["/BaseFont"]) for f in
             reader.pages[0]["/Resources"]["/Font"].values()}
    assert any("NotoSansThai" in f for f in fonts)
    assert any("NotoNaskhArabic" in f for f in fonts)
    assert "Привет" in reader.pages[0].extract_text()

"""Turning text a worker typed into safe reportlab markup.

Every string that reaches a ``Paragraph`` goes through ``markup()``:

1. NFKC normalisation and removal of control characters and lone surrogates (what a paste from
   a phone can carry), so what prints is what a reader can search for;
2. Arabic joined into its contextual letter forms and put in visual right-to-left order, when
   ``arabic-reshaper`` and ``python-bidi`` are installed (reportlab has no bidi of its own
   without the unpublished ``rlbidi``);
3. escaping of ``&``, ``<`` and ``>``, so ``<b>``, ``<para>`` or ``<?xml`` typed by a worker
   print literally and cannot change the layout;
4. ``<font face=…>`` around runs of Thai and Arabic, since reportlab has no font fallback.

Our own strings (labels, figures) use ``markup`` as well when they embed user text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Any
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfmetrics import stringWidth

from workbook.reports.pdf.fonts import ARABIC, MAIN, THAI

try:  # optional: without them Arabic prints unjoined and in typing order (the PDF says so)
    import arabic_reshaper  # type: ignore[import-untyped,import-not-found,unused-ignore]
    from bidi import (  # type: ignore[import-untyped,import-not-found,unused-ignore]
        get_base_level,
    )
    from bidi import (  # type: ignore[import-untyped,import-not-found,unused-ignore]
        get_display as _get_display,
    )

    SHAPING = True
except ImportError:  # pragma: no cover - exercised only where the packages are missing
    SHAPING = False

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufeff]")
_RTL = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefe]")
_OTHER_SCRIPT = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\u0e00-\u0e7f"
                           r"\ufb50-\ufdff\ufe70-\ufefe]")


def clean(text: str | None) -> str:
    """NFKC, line ends as ``\\n``, no control characters (tabs become spaces)."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    return _CONTROL.sub("", text)


def has_rtl(text: str) -> bool:
    return _RTL.search(text) is not None


def has_arabic(text: str) -> bool:
    return _ARABIC.search(text) is not None


def is_rtl_paragraph(text: str) -> bool:
    """Whether the first strong letter is right-to-left (an Arabic or Hebrew paragraph)."""
    if not SHAPING or not has_rtl(text):
        return False
    return bool(get_base_level(text) == 1)


def _script_font(ch: str) -> str:
    code = ord(ch)
    if 0x0E00 <= code <= 0x0E7F:
        return THAI
    if (0x0600 <= code <= 0x08FF) or (0xFB50 <= code <= 0xFDFF) or (0xFE70 <= code <= 0xFEFE):
        return ARABIC
    return MAIN


def font_runs(text: str) -> list[tuple[str, str]]:
    """``[(font, text), …]``: consecutive characters that one font prints. Spaces stay with the
    run they are in, so a Thai or Arabic phrase is one run."""
    runs: list[tuple[str, str]] = []
    current = MAIN
    start = 0
    for i, ch in enumerate(text):
        if ch == " ":
            continue
        font = _script_font(ch)
        if font != current:
            if i > start:
                runs.append((current, text[start:i]))
            current, start = font, i
    if start < len(text):
        runs.append((current, text[start:]))
    return runs


def _runs_markup(text: str) -> str:
    """Escaped text with ``<font face>`` around every run not in the main font."""
    if _OTHER_SCRIPT.search(text) is None:
        return escape(text)
    parts: list[str] = []
    for font, run in font_runs(text):
        if font == MAIN:
            parts.append(escape(run))
        else:
            parts.append(f'<font face="{font}">{escape(run)}</font>')
    return "".join(parts)


_TAG = re.compile(r"(<[^>]*>)")


def bold_faces(markup: str) -> str:
    """Markup for a bold style (a heading): its runs of Thai or Arabic in their bold faces.
    ``<font face>`` picks a face, not a family, so inside a bold style it would otherwise
    print them in the regular weight."""
    for font in (THAI, ARABIC):
        markup = markup.replace(f'face="{font}"', f'face="{font}-Bold"')
    return markup


def draw_runs(canvas: Any, x: float, y: float, text: str, font: str, size: float, *,
              right: bool = False) -> None:
    """One line of our own words drawn straight on the canvas (a page footer, a heading),
    each run of Thai or Arabic in its font (bold when ``font`` is bold) and the rest in
    ``font``; ``right`` aligns its end at ``x``."""
    weight = "-Bold" if font.endswith("-Bold") else ""
    runs = [(font if run_font == MAIN else run_font + weight, run)
            for run_font, run in font_runs(text)]
    if right:
        x -= sum(stringWidth(run, run_font, size) for run_font, run in runs)
    for run_font, run in runs:
        canvas.setFont(run_font, size)
        canvas.drawString(x, y, run)
        x += stringWidth(run, run_font, size)


def fallback_fonts(markup: str) -> str:
    """Our own markup (a translated sentence, perhaps with a worker's words inside) with
    ``<font face>`` around each run of Thai or Arabic outside the tags: a Thai report's own
    words then print in the Thai font, as a worker's Thai already does."""
    if _OTHER_SCRIPT.search(markup) is None:
        return markup
    parts: list[str] = []
    for piece in _TAG.split(markup):
        if piece.startswith("<") or _OTHER_SCRIPT.search(piece) is None:
            parts.append(piece)
            continue
        for font, run in font_runs(piece):
            parts.append(run if font == MAIN else f'<font face="{font}">{run}</font>')
    return "".join(parts)


def reshaped(text: str) -> str:
    """Arabic in its joined letter forms. ``arabic_reshaper`` fails on some input (a zero-width
    joiner before a ligature such as "الله": IndexError); then the joiners are left out, and
    if it still fails the text prints unjoined, never stopping the report."""
    if not SHAPING or not has_arabic(text):
        return text
    for attempt in (text, text.replace("\u200d", "")):
        try:
            return str(arabic_reshaper.reshape(attempt))
        except (IndexError, KeyError, ValueError):
            continue
    return text


def visual(line: str, base: str | None = None) -> str:
    """One line in display order, Arabic joined; the line as it is without the packages."""
    if not SHAPING or not has_rtl(line):
        return line
    shaped = reshaped(line)
    return str(_get_display(shaped, base_dir=base) if base else _get_display(shaped))


def _width(text: str, size: float) -> float:
    return float(sum(stringWidth(run, font, size) for font, run in font_runs(text)))


def wrap_logical(line: str, width: float, size: float) -> list[str]:
    """Break a line into pieces no wider than ``width`` *before* reordering it, so a long
    right-to-left paragraph keeps its lines in reading order (bidi reorders within a line)."""
    words = line.split(" ")
    lines: list[str] = []
    current = ""
    for word in words:
        candidate = f"{current} {word}" if current else word
        measure = reshaped(candidate)
        if current and _width(measure, size) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    lines.append(current)
    return lines


def markup(text: str | None, *, width: float | None = None, size: float = 9.0,
           cleaned: bool = False) -> str:
    """Safe Paragraph markup for ``text``; newlines become ``<br/>``.

    With ``width`` (the frame or cell width in points), lines holding right-to-left text are
    wrapped here, in logical order, then reordered one by one.
    """
    text = text if cleaned else clean(text)
    if not text:
        return ""
    if not SHAPING or not has_rtl(text):
        return _runs_markup(text).replace("\n", "<br/>")
    out: list[str] = []
    for line in text.split("\n"):
        if not has_rtl(line):
            out.append(_runs_markup(line))
            continue
        base = "R" if get_base_level(line) == 1 else "L"
        pieces = wrap_logical(line, width, size) if width else [line]
        out.append("<br/>".join(_runs_markup(visual(p, base)) for p in pieces))
    return "<br/>".join(out)


def plain(text: str | None) -> str:
    """Text for a plain table cell or ``drawString``: cleaned and reordered, no markup."""
    cleaned = clean(text).replace("\n", " ")
    return visual(cleaned)


def needs_fallback(text: str) -> bool:
    """Whether ``text`` has letters the main font does not print well (Thai, Arabic)."""
    return _OTHER_SCRIPT.search(text) is not None


def fit(text: str, width: float, font: str, size: float,
        measure: Callable[[str, str, float], float] = stringWidth) -> str:
    """Cut ``text`` with an ellipsis so it fits ``width`` points in one line."""
    if measure(text, font, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:
        mid = (low + high + 1) // 2
        if measure(text[:mid] + "…", font, size) <= width:
            low = mid
        else:
            high = mid - 1
    return text[:low].rstrip() + "…"


def paragraphs(text: str, limit: int = 3000) -> list[str]:
    """Split long text into paragraphs at blank lines, then into pieces of about ``limit``
    characters at a space, so a 100,000-character description lays out page by page instead
    of as one block that has to be re-wrapped at every page break."""
    out: list[str] = []
    for block in re.split(r"\n\s*\n", clean(text)):
        block = block.strip("\n")
        if not block:
            continue
        while len(block) > limit:
            cut = block.rfind(" ", limit // 2, limit)
            if cut <= 0:
                cut = limit
            out.append(block[:cut])
            block = block[cut:].lstrip(" ")
        out.append(block)
    return out

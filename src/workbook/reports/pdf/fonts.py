"""The Unicode fonts shipped in ``resources/fonts`` and which script each one prints.

reportlab 5.1 has no automatic font fallback, so text is split into runs by script (see
``text.py``) and each run is set in the family that has its letters: DejaVu Sans for Latin,
Greek and Cyrillic (and everything else, as the widest), Noto Sans Thai, Noto Naskh Arabic.
Fonts are registered once per process; registering is idempotent.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

MAIN = "WB-Sans"
THAI = "WB-Thai"
ARABIC = "WB-Arabic"
MONO = "Courier"  # built into every PDF reader; used only for hashes, which are ASCII


def font_dir() -> Path:
    """``resources/fonts`` of the source tree, or ``WORKBOOK_FONT_DIR`` (for a packaged app)."""
    override = os.environ.get("WORKBOOK_FONT_DIR")
    if override:
        return Path(override)
    return Path(__file__).resolve().parents[4] / "resources" / "fonts"


@dataclass(frozen=True, slots=True)
class Family:
    name: str
    regular: str
    bold: str


FAMILIES = (
    Family(MAIN, "DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    Family(THAI, "NotoSansThai-Regular.ttf", "NotoSansThai-Bold.ttf"),
    Family(ARABIC, "NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf"),
)


def bold(name: str) -> str:
    return f"{name}-Bold"


def register_fonts(directory: Path | None = None) -> None:
    """Register every family with its bold face, so ``<b>`` works inside any script's run."""
    folder = directory or font_dir()
    registered = set(pdfmetrics.getRegisteredFontNames())
    for family in FAMILIES:
        if family.name in registered:
            continue
        for face, filename in ((family.name, family.regular), (bold(family.name), family.bold)):
            path = folder / filename
            if not path.is_file():
                raise FileNotFoundError(f"the PDF font {filename} is missing from {folder}")
            # asciiReadable keeps ASCII text searchable as plain text in the content stream.
            pdfmetrics.registerFont(TTFont(face, str(path), asciiReadable=1))
        for is_bold, is_italic, face in ((0, 0, family.name), (1, 0, bold(family.name)),
                                         (0, 1, family.name), (1, 1, bold(family.name))):
            addMapping(family.name, is_bold, is_italic, face)
        pdfmetrics.registerFontFamily(family.name, normal=family.name, bold=bold(family.name),
                                      italic=family.name, boldItalic=bold(family.name))

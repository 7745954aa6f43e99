"""Render resources/icons/workbook.svg to the PNG, .ico and .icns files the packages use.

    python packaging/make_icons.py      (or: make icons)

PNGs come from ``rsvg-convert`` (Debian: librsvg2-bin) in the freedesktop "hicolor" sizes, at
``resources/icons/hicolor/<N>x<N>/apps/workbook.png``; the Windows ``.ico`` and macOS ``.icns``
are assembled from them with Pillow. The outputs are committed, so building a bundle needs
neither tool; run this again only when the SVG changes.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def png_path(size: int) -> Path:
    return ICONS / "hicolor" / f"{size}x{size}" / "apps" / "workbook.png"


def main() -> int:
    rsvg = shutil.which("rsvg-convert")
    if rsvg is None:
        print("rsvg-convert is missing: apt-get install librsvg2-bin", file=sys.stderr)
        return 1
    for size in SIZES:
        out = png_path(size)
        out.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(  # noqa: S603 (fixed arguments, our own files)
            [rsvg, "-w", str(size), "-h", str(size), "-o", str(out), str(ICONS / "workbook.svg")],
            check=True,
        )
    from PIL import Image

    biggest = Image.open(png_path(256))
    biggest.save(ICONS / "workbook.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    Image.open(png_path(512)).save(ICONS / "workbook.icns")
    print(f"wrote {len(SIZES)} PNGs, workbook.ico and workbook.icns in {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

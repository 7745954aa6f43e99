"""PyInstaller runtime hook: tell Workbook where the bundle keeps its resources.

From a source checkout Workbook finds ``resources/`` beside ``src/``; inside a bundle the files sit
in the bundle's own folder (``sys._MEIPASS``). ``workbook.ui.resources`` and
``workbook.reports.pdf.fonts`` read these two variables before looking anywhere else. A value the
person already set is kept.
"""

import os
import sys
from pathlib import Path

_base = Path(getattr(sys, "_MEIPASS", Path(sys.executable).resolve().parent)) / "resources"
os.environ.setdefault("WORKBOOK_RESOURCES", str(_base))
os.environ.setdefault("WORKBOOK_FONT_DIR", str(_base / "fonts"))

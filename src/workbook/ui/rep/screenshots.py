"""A PNG of every page and dialog of the rep's window, in English and Swedish, on a throwaway
rep vault filled with the report files given.

    python -m workbook.ui.rep.screenshots --out build/screenshots/rep REPORT.json …

The rep vault lives in a temporary folder with the fast test key derivation (it protects
nothing and is deleted afterwards). Runs on Qt's offscreen platform unless another is set. Look
at every image: cramped, cut-off or untranslated text shows up here first.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from workbook.ui.rep.window import RepWindow

PASSPHRASE = "rep screenshots passphrase"  # noqa: S105 (a throwaway vault)
SIZE = (1100, 720)


def _settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


def _grab(widget: QWidget, path: Path, app: QApplication) -> Path:
    widget.show()
    _settle(app)
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    return path


def take_rep_screens(out: Path, reports: Sequence[Path], languages: Sequence[str] = ("en", "sv"),
                     ) -> list[Path]:
    """Import ``reports`` (JSON files, PDFs beside them) into a new rep vault and grab each
    page and dialog of the rep window in each language. Returns the files written."""
    from PySide6.QtWidgets import QApplication

    from workbook.rep.intake import import_files, pair_files
    from workbook.rep.vault import RepVault
    from workbook.store.kdf import FAST_TEST_KDF
    from workbook.ui.app import register_shipped_fonts
    from workbook.ui.i18n import Translations
    from workbook.ui.rep.window import RepWindow
    from workbook.ui.theme import apply_theme

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    register_shipped_fonts()
    apply_theme(app)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    translations = Translations()
    with tempfile.TemporaryDirectory(prefix="workbook-rep-shots-") as tmp:
        vault = RepVault.create(Path(tmp) / "rep.workbook", PASSPHRASE, kdf=FAST_TEST_KDF)
        try:
            import_files(vault, pair_files(list(reports)))
            for language in languages:
                translations.install(language)
                window = RepWindow(vault)
                window.resize(*SIZE)
                try:
                    written += _window_set(app, window, out, language, Path(tmp))
                finally:
                    window.close_for_lock()
                    window.deleteLater()
                    _settle(app)
        finally:
            translations.install("en")
            vault.close()
    return written


def _window_set(app: QApplication, window: RepWindow, out: Path, language: str,
                folder: Path) -> list[Path]:
    written: list[Path] = []
    page = window.reports_page
    rows = [page.model.row(i) for i in range(page.model.rowCount())]
    failed = [i for i, r in enumerate(rows) if r is not None and not r.ok]
    window.tabs.setCurrentIndex(0)
    written.append(_grab(window, out / f"{language}-reports.png", app))
    if failed:
        page.table.selectRow(failed[0])
        written.append(_grab(window, out / f"{language}-reports-failed.png", app))
    window.tabs.setCurrentIndex(1)
    practice = window.practice_page
    if practice.places:
        practice.select(max(practice.places, key=lambda p: p.workers).name)
    written.append(_grab(window, out / f"{language}-practice.png", app))
    if practice.report is not None:
        practice.threshold.setValue(max(3, practice.report.workers + 1))
        written.append(_grab(window, out / f"{language}-practice-withheld.png", app))
        practice.threshold.setValue(3)
    dialogs: list[tuple[str, QWidget]] = []
    row = page.selected()
    if row is not None:
        dialogs.append(("remove", page.confirm_removal(row)))
    dialogs.append(("backup", window.backup_dialog(folder)))
    dialogs.append(("passphrase", window.passphrase_dialog()))
    for name, dialog in dialogs:
        dialog.adjustSize()
        written.append(_grab(dialog, out / f"{language}-{name}.png", app))
        dialog.close()
        dialog.deleteLater()
        _settle(app)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m workbook.ui.rep.screenshots")
    parser.add_argument("--out", type=Path, default=Path("build/screenshots/rep"))
    parser.add_argument("--languages", default="en,sv")
    parser.add_argument("reports", nargs="+", type=Path, metavar="REPORT.json")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    files = take_rep_screens(args.out, args.reports,
                             [x for x in args.languages.split(",") if x])
    print(f"Wrote {len(files)} screenshots to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

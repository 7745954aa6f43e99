"""``make screenshots``: a PNG of every page and dialog, in English and Swedish, at normal and
200% text size, on a demo vault made for the occasion.

    python -m workbook.ui.screenshots --out build/screenshots [--languages en,sv] [--scales 1,2]

The demo vault lives in a temporary folder and uses the fast test key derivation (it protects
nothing and is deleted afterwards). Runs on Qt's offscreen platform unless another is set, so
it works on a server and under Xvfb alike. Look at every image: cramped, cut-off or untranslated
text shows up here first.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from workbook.store.vault import Vault
    from workbook.ui.session import Session

PASSPHRASE = "demo passphrase for screenshots"  # noqa: S105 (a throwaway demo vault)
WINDOW = {1: (1100, 720), 2: (1920, 1080)}


def _settle(app: QApplication, rounds: int = 3) -> None:
    for _ in range(rounds):
        app.processEvents()


def _save(widget: QWidget, folder: Path, name: str, app: QApplication) -> Path:
    widget.show()
    _settle(app)
    path = folder / f"{name}.png"
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    return path


@contextmanager
def _shown(widget: QWidget, app: QApplication) -> Iterator[QWidget]:
    try:
        widget.show()
        _settle(app)
        yield widget
    finally:
        widget.close()
        widget.deleteLater()
        _settle(app)


def _demo_vault(folder: Path) -> Vault:
    from workbook.store.kdf import FAST_TEST_KDF
    from workbook.store.vault import Vault

    vault = Vault.create(folder / "demo.workbook", PASSPHRASE, kdf=FAST_TEST_KDF)
    try:
        from workbook.services.demo import create_demo

        create_demo(vault)
    except ImportError:
        pass
    # One edit, so "Earlier versions" has something to show.
    workplaces = vault.list_workplaces()
    if workplaces:
        first = workplaces[0]
        vault.update_workplace(replace(first, notes=(first.notes + "\nFee went up in March.")
                                       .strip()))
    return vault


def _set_scale(app: QApplication, base_point_size: float, scale: int) -> None:
    from workbook.ui.theme import apply_theme

    font = app.font()
    font.setPointSizeF(base_point_size * scale)
    app.setFont(font)
    apply_theme(app)


def take_all(out: Path, languages: list[str], scales: list[int],
             only: Callable[[str], bool] | None = None) -> list[Path]:
    """Write every screenshot; returns the files written."""
    from PySide6.QtWidgets import QApplication

    from workbook.ui.i18n import Translations
    from workbook.ui.prefs import Prefs
    from workbook.ui.session import Session
    from workbook.ui.theme import apply_theme

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    from workbook.ui.app import register_shipped_fonts

    register_shipped_fonts()  # as the app does: Thai shows even where the system has no font
    apply_theme(app)
    base_size = app.font().pointSizeF()
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="workbook-shots-") as tmp:
        folder = Path(tmp)
        prefs = Prefs(folder / "config")
        vault = _demo_vault(folder)
        session = Session(vault)
        translations = Translations()
        try:
            for language in languages:
                translations.install(language)
                vault.save_profile(replace(vault.get_profile(), language=language))
                for scale in scales:
                    _set_scale(app, base_size, scale)
                    tag = f"{language}-{scale}x"
                    written += _take_set(app, session, prefs, folder, out, tag, scale, only)
        finally:
            _set_scale(app, base_size, 1)
            translations.install("en")
            session.lock()
    return written


def _take_set(app: QApplication, session: Session, prefs: Any, folder: Path, out: Path,
              tag: str, scale: int, only: Callable[[str], bool] | None) -> list[Path]:
    from PySide6.QtWidgets import QScrollArea

    from workbook.ui.main_window import PAGES, MainWindow
    from workbook.ui.unlock import UnlockWindow

    written: list[Path] = []

    def want(name: str) -> bool:
        return only is None or only(name)

    def shot(widget: QWidget, name: str) -> None:
        if want(name):
            written.append(_save(widget, out, f"{tag}-{name}", app))

    width, height = WINDOW.get(scale, WINDOW[1])

    # --- unlock and create ---------------------------------------------------------------------
    unlock = UnlockWindow(prefs, session.vault.path)
    unlock.resize(width * 2 // 3, height)
    with _shown(unlock, app):
        shot(unlock, "unlock")
        from workbook.ui.errors import VAULT_MESSAGES, _t

        unlock.show_message(_t(VAULT_MESSAGES["WrongPassphrase"]))
        unlock.failures = 3
        unlock._start_pause(4)
        shot(unlock, "unlock-wrong")
        unlock._countdown.stop()
    create = UnlockWindow(prefs, folder / "new.workbook")
    create.resize(width * 2 // 3, height)
    with _shown(create, app):
        create.new_passphrase.first.setText("lilac river")
        create.new_passphrase.second.setText("lilac")
        shot(create, "create")
    neutral = UnlockWindow(prefs, session.vault.path, neutral=True)
    neutral.resize(width * 2 // 3, height)
    with _shown(neutral, app):
        shot(neutral, "unlock-neutral")

    # --- pages ---------------------------------------------------------------------------------
    main = MainWindow(session)
    main.resize(width, height)
    main.set_idle_minutes(5)
    with _shown(main, app):
        for spec in PAGES:
            if want(f"page-{spec.key}"):
                page = main.open_page(spec.key)
                _settle(app)
                table = getattr(page, "table", None)
                if table is not None and table.model().rowCount():
                    table.selectRow(0)
                shot(main, f"page-{spec.key}")
                scroll = page.findChild(QScrollArea)
                if scroll is not None and scroll.verticalScrollBar().maximum() > 0:
                    scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
                    shot(main, f"page-{spec.key}-end")
        written += _dialogs(app, session, main, shot, want)
    return written


def _dialogs(app: QApplication, session: Session, main: Any,
             shot: Callable[[QWidget, str], None], want: Callable[[str], bool]) -> list[Path]:
    from workbook.ui.dialogs.change_passphrase import ChangePassphraseDialog
    from workbook.ui.dialogs.history_dialog import HistoryDialog
    from workbook.ui.dialogs.money_dialog import MoneyDialog
    from workbook.ui.dialogs.person_dialog import PersonDialog
    from workbook.ui.dialogs.workplace_dialog import WorkplaceDialog

    vault = session.vault
    workplaces = vault.list_workplaces()
    people = vault.list_people()
    lines = vault.list_money_lines(limit=1)
    shifts = vault.list_shifts(limit=1)
    incidents = vault.list_incidents(limit=1)
    dialogs: list[tuple[str, Callable[[], QWidget]]] = [
        ("dialog-workplace-new", lambda: WorkplaceDialog(session, None, main)),
        ("dialog-money-new", lambda: MoneyDialog(session, None, main)),
        ("dialog-person-new", lambda: PersonDialog(session, None, main)),
        ("dialog-change-passphrase", lambda: ChangePassphraseDialog(session, main)),
    ]
    if workplaces:
        dialogs += [
            ("dialog-workplace-edit", lambda: WorkplaceDialog(session, workplaces[0], main)),
            ("dialog-history", lambda: HistoryDialog(session, "workplace", workplaces[0].id or 0,
                                                     workplaces[0].name, main)),
        ]
    if people:
        dialogs.append(("dialog-person-edit", lambda: PersonDialog(session, people[0], main)))
    if lines:
        dialogs.append(("dialog-money-edit", lambda: MoneyDialog(session, lines[0], main)))
    try:
        from workbook.ui.dialogs.shift_editor import ShiftEditor

        dialogs.append(("dialog-shift-new", lambda: ShiftEditor(session, None, main)))
        if shifts:
            dialogs.append(("dialog-shift-edit", lambda: ShiftEditor(session, shifts[0], main)))
    except ImportError:
        pass
    try:
        from workbook.ui.dialogs.incident_editor import IncidentEditor

        if incidents:
            dialogs.append(("dialog-incident-edit",
                            lambda: IncidentEditor(session, incidents[0], main)))
    except ImportError:
        pass
    try:
        from workbook.ui.dialogs.export_dialog import ExportDialog

        dialogs.append(("dialog-export", lambda: ExportDialog(session, main)))
    except ImportError:
        pass
    for name, make in dialogs:
        if not want(name):
            continue
        dialog = make()
        with _shown(dialog, app):
            shot(dialog, name)
    from workbook.domain.categories import MoneyKind
    from workbook.ui.dialogs.unsaved import discard_box, draft_box
    from workbook.ui.widgets.categories import NewCategoryDialog

    boxes: list[tuple[str, Callable[[], QWidget]]] = [
        ("dialog-new-category", lambda: NewCategoryDialog(MoneyKind.DEDUCTION, [], main)),
        ("dialog-discard", lambda: discard_box(main)),
        ("dialog-draft", lambda: draft_box(main, {"kind": "shift", "files_left_out": True})),
    ]
    for name, make in boxes:
        if want(name):
            box = make()
            with _shown(box, app):
                shot(box, name)
    if want("dialog-delete"):
        page = main.open_page("shifts")
        row = page.model.row(0)
        if row is not None:
            box = page.delete_box(page.delete_question(row))
            with _shown(box, app):
                shot(box, "dialog-delete")
    return []


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m workbook.ui.screenshots")
    parser.add_argument("--out", type=Path, default=Path("build/screenshots"))
    parser.add_argument("--languages", default="en,sv")
    parser.add_argument("--scales", default="1,2")
    parser.add_argument("--only", default="", help="take only names containing this text")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    only = (lambda name: args.only in name) if args.only else None
    files = take_all(args.out, [x for x in args.languages.split(",") if x],
                     [int(x) for x in args.scales.split(",") if x], only)
    print(f"Wrote {len(files)} screenshots to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

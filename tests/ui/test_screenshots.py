"""`make screenshots` works (every page and dialog in English and Swedish; `make screenshots`
adds the 200% set), and at 200% text nothing in the main screens is cut off."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot
from ui_helpers import UiEnv, show

from workbook.ui.screenshots import take_all
from workbook.ui.session import Session


def test_screenshots_of_every_page_and_dialog(ui: UiEnv, tmp_path: Path) -> None:
    files = take_all(tmp_path, ["en", "sv"], [1])
    names = {f.name for f in files}
    for tag in ("en-1x", "sv-1x"):
        for part in ("unlock", "create", "page-shifts", "page-money", "page-incidents",
                     "page-workplaces", "page-people", "page-settings", "dialog-money-new",
                     "dialog-history", "dialog-delete"):
            assert f"{tag}-{part}.png" in names
    assert all(f.stat().st_size > 2000 for f in files)


def clipped(root: QWidget) -> list[str]:
    """Visible labels and buttons narrower than their text needs (word-wrapped text excluded)."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        is_text = ((isinstance(widget, QLabel) and not widget.wordWrap() and widget.text())
                   or (isinstance(widget, QAbstractButton) and widget.text()))
        if is_text and widget.width() + 1 < widget.minimumSizeHint().width():
            found.append(f"{type(widget).__name__} {widget.text()!r}")  # type: ignore[attr-defined]
    return found


def test_nothing_is_cut_off_at_double_text_size(qtbot: QtBot, ui: UiEnv,
                                                demo_session: Session) -> None:
    from workbook.ui.dialogs.money_dialog import MoneyDialog
    from workbook.ui.dialogs.workplace_dialog import WorkplaceDialog
    from workbook.ui.main_window import MainWindow
    from workbook.ui.theme import apply_theme
    from workbook.ui.unlock import UnlockWindow

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font = app.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    app.setFont(font)
    apply_theme(app)
    for language in ("en", "sv"):
        ui.translations.install(language)
        unlock = UnlockWindow(ui.prefs, demo_session.vault.path)
        show(qtbot, unlock)
        assert clipped(unlock) == [], language
        main = MainWindow(demo_session)
        main.resize(1920, 1080)
        show(qtbot, main)
        for key in ("shifts", "money", "incidents", "workplaces", "people", "settings"):
            page = main.open_page(key)
            qtbot.wait(1)
            assert clipped(page) == [], (language, key)
        assert clipped(main.toolbar) == [], language
        for dialog in (MoneyDialog(demo_session, None, main),
                       WorkplaceDialog(demo_session, None, main)):
            show(qtbot, dialog)
            assert clipped(dialog) == [], (language, type(dialog).__name__)
            dialog.reject()
        main.close()
        unlock.close()

"""Locking: Ctrl+L, quick hide (Ctrl+H) from inside an open dialog, and auto-lock measured in
wall-clock time (a suspended laptop locks on wake), through the whole app controller."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from ui_helpers import UiEnv, unlock, when_modal

from workbook.ui.app import AppController
from workbook.ui.main_window import MainWindow
from workbook.ui.unlock import UnlockWindow


class FakeClock:
    """Wall-clock time the test moves by hand (a suspend is a jump forward)."""

    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def controller(qtbot: QtBot, ui: UiEnv, vault_path: Path,
               clock: FakeClock) -> Iterator[AppController]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    ctl = AppController(app, ui.prefs, ui.translations, vault_path, opener=ui.opener,
                        guard_tick_ms=10, clock=clock)
    yield ctl
    if ctl.session is not None:
        ctl.lock()
    for widget in (ctl.unlock_window, ctl.main_window):
        if widget is not None:
            widget.hide()
            widget.deleteLater()
    app.setQuitOnLastWindowClosed(True)




def assert_locked(ctl: AppController, *, neutral: bool | None = None) -> UnlockWindow:
    assert ctl.session is None and ctl.main_window is None
    window = ctl.unlock_window
    assert window is not None and window.isVisible()
    visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert visible == [window], [type(w).__name__ for w in visible]
    if neutral is not None:
        assert window.neutral is neutral
        assert (window.windowTitle() == "Notes") is neutral
    return window


def test_ctrl_l_locks_and_drops_the_pages(qtbot: QtBot, controller: AppController) -> None:
    main = unlock(qtbot, controller, activate=True)
    session = controller.session
    assert session is not None
    main.open_page("workplaces")
    main.open_page("money")
    pages = list(main.pages.values())
    assert len(pages) >= 3
    qtbot.keyClick(main.nav, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert_locked(controller, neutral=False)
    assert not session.is_open  # the connection is closed and the key dropped
    qtbot.waitUntil(lambda: all(_deleted(p) for p in pages))


def _deleted(widget: QWidget) -> bool:
    from shiboken6 import isValid

    return not isValid(widget)


def test_quick_hide_closes_an_open_dialog(qtbot: QtBot, controller: AppController) -> None:
    main = unlock(qtbot, controller, activate=True)
    page = main.open_page("workplaces")
    seen: list[QDialog] = []

    def hide_from_inside(dialog: QWidget) -> None:
        assert isinstance(dialog, QDialog)
        seen.append(dialog)
        name = dialog.findChild(QLineEdit)
        assert name is not None
        qtbot.keyClicks(name, "half-typed")
        qtbot.keyClick(name, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)

    when_modal(qtbot, hide_from_inside)
    page.add_record()  # runs the dialog's exec(); returns once quick hide closed it
    assert seen
    assert_locked(controller, neutral=True)  # the neutral screen, whatever the setting
    assert QApplication.activeModalWidget() is None


def test_auto_lock_after_a_wall_clock_jump(qtbot: QtBot, controller: AppController,
                                           clock: FakeClock) -> None:
    main = unlock(qtbot, controller, activate=True)
    guard = controller.guard
    assert guard is not None and guard.idle_minutes == 5
    clock.now += 4 * 60
    qtbot.wait(30)  # a few ticks: not yet
    assert controller.session is not None
    qtbot.keyClick(main.nav, Qt.Key.Key_Down)  # input resets the idle time
    assert guard.last_input == clock.now
    # The laptop sleeps for an hour; the QTimer's own clock did not run, the wall clock did.
    clock.now += 60 * 60
    qtbot.waitUntil(lambda: controller.session is None, timeout=2000)
    assert_locked(controller)


def test_first_key_after_the_limit_locks_and_is_not_typed(qtbot: QtBot,
                                                         controller: AppController,
                                                         clock: FakeClock) -> None:
    main = unlock(qtbot, controller, activate=True)
    page = main.open_page("shifts")
    search = page.filter_bar.search  # type: ignore[attr-defined]
    assert controller.guard is not None
    controller.guard.timer.stop()  # as if the tick had not come yet after waking
    search.setFocus()
    clock.now += 10 * 60
    qtbot.keyClick(search, Qt.Key.Key_X)
    assert controller.session is None
    assert _deleted(search) or search.text() == ""


def test_hide_button_and_lock_button(qtbot: QtBot, controller: AppController) -> None:
    main = unlock(qtbot, controller, activate=True)
    button = main.toolbar.widgetForAction(main.hide_action)
    assert button is not None and button.text() == "Hide now"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert_locked(controller, neutral=True)
    main = unlock(qtbot, controller, activate=True)
    assert controller.unlock_window is None
    lock = main.toolbar.widgetForAction(main.lock_action)
    assert lock is not None
    qtbot.mouseClick(lock, Qt.MouseButton.LeftButton)
    assert_locked(controller, neutral=False)


def test_pages_are_built_while_idle_and_a_lock_stops_it(qtbot: QtBot,
                                                        controller: AppController,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """After unlock the app builds the pages not opened yet, one per idle moment, so opening
    one later only shows it; a lock in the middle stops it and leaves no page behind."""
    from workbook.ui.main_window import PAGES

    monkeypatch.setattr(MainWindow, "prebuild_delay_ms", 50)
    main = unlock(qtbot, controller, activate=True)
    qtbot.waitUntil(lambda: set(main.pages) == {spec.key for spec in PAGES}, timeout=10_000)
    built = dict(main.pages)
    settings = main.open_page("settings")
    assert settings is built["settings"] and settings.isVisible()

    monkeypatch.setattr(MainWindow, "prebuild_gap_ms", 200)
    controller.lock()
    main = unlock(qtbot, controller, activate=True)
    qtbot.waitUntil(lambda: len(main.pages) >= 2, timeout=10_000)  # today, then one more
    controller.lock()
    assert main.pages == {}
    qtbot.wait(400)  # the next step would have come by now: it must find the vault locked
    assert main.pages == {} and controller.session is None

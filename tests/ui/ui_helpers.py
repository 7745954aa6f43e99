"""Small helpers shared by the app shell tests (imported as a plain module, like
``tests/store/store_helpers.py``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from workbook.ui.app import AppController
from workbook.ui.i18n import Translations
from workbook.ui.main_window import MainWindow
from workbook.ui.prefs import Prefs
from workbook.ui.unlock import StoreOpener

PASSPHRASE = "correct horse battery staple"  # the test vault's (tests/conftest.py)


@dataclass
class UiEnv:
    """What the ``ui`` fixture sets up: English, the theme, settings in a temp folder, and an
    opener that creates vaults with the fast test key derivation."""

    app: QApplication
    prefs: Prefs
    translations: Translations
    opener: StoreOpener


def show(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)  # shortcuts only reach the active window


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Click a field, select what is in it and type over it, as a person does."""
    widget.setFocus()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def unlock(qtbot: QtBot, ctl: AppController, *, activate: bool = False) -> MainWindow:
    """Type the test vault's passphrase into the unlock window (shown first if there is none)
    and press Return, as a person does; the main window once it is on screen (and, with
    ``activate``, the active window, which shortcuts need)."""
    window = ctl.unlock_window or ctl.show_unlock()
    qtbot.waitExposed(window)
    type_into(qtbot, window.passphrase, PASSPHRASE)
    qtbot.keyClick(window.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ctl.main_window is not None and ctl.main_window.isVisible(),
                    timeout=10_000)
    main = ctl.main_window
    assert main is not None
    if activate:
        main.activateWindow()
        qtbot.waitUntil(main.isActiveWindow)
    return main


def when_modal(qtbot: QtBot, act: Callable[[QWidget], None], timeout_ms: int = 5000) -> None:
    """Run ``act(dialog)`` once a modal window is open (for code that calls ``exec()``)."""

    def check() -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None and modal.isVisible():
            act(modal)
        else:
            QTimer.singleShot(10, check)

    QTimer.singleShot(0, check)


def click_message_button(qtbot: QtBot, name: str) -> Callable[[QWidget], None]:
    """For ``when_modal``: click the message box button with this object name."""

    def act(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        button = box.findChild(QPushButton, name)
        assert button is not None, f"no button {name!r} in {box.text()!r}"
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    return act

"""The whole app flow with every outbound internet socket watched: creating a vault, unlocking,
opening every page and dialog, searching, locking. An audit hook records any AF_INET/AF_INET6
connect or bind (and any name lookup); the test fails if there is one.

Audit hooks cannot be removed, so the hook is installed once and only records while
``WATCHING`` is set.
"""

from __future__ import annotations

import socket
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_helpers import UiEnv

from workbook.ui.app import AppController
from workbook.ui.main_window import PAGES

WATCHING = False
SEEN: list[tuple[str, Any]] = []
_INSTALLED = False
_INTERNET = {socket.AF_INET, socket.AF_INET6}


def _hook(event: str, args: tuple[Any, ...]) -> None:
    if not WATCHING:
        return
    if event in ("socket.connect", "socket.bind", "socket.sendto"):
        sock = args[0]
        if getattr(sock, "family", None) in _INTERNET:
            SEEN.append((event, args[1:]))
    elif event in ("socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr",
                   "urllib.Request", "http.client.connect"):
        SEEN.append((event, args))


def _install() -> None:
    global _INSTALLED
    if not _INSTALLED:
        sys.addaudithook(_hook)
        _INSTALLED = True


def test_the_hook_sees_an_internet_socket() -> None:
    """The watcher works: a bind to localhost over IPv4 is seen."""
    global WATCHING
    _install()
    SEEN.clear()
    WATCHING = True
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
            s.bind(("127.0.0.1", 0))
    finally:
        WATCHING = False
    assert SEEN and SEEN[0][0] == "socket.bind"
    SEEN.clear()


def test_the_app_opens_no_internet_socket(qtbot: QtBot, ui: UiEnv, tmp_path: Path) -> None:
    global WATCHING
    _install()
    SEEN.clear()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    WATCHING = True
    try:
        ctl = AppController(app, ui.prefs, ui.translations, tmp_path / "v.workbook",
                            opener=ui.opener)
        window = ctl.show_unlock()
        qtbot.keyClicks(window.new_passphrase.first, "lilac river moon tango")
        qtbot.keyClicks(window.new_passphrase.second, "lilac river moon tango")
        qtbot.keyClick(window.new_passphrase.second, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: ctl.main_window is not None, timeout=10_000)
        assert ctl.session is not None and ctl.main_window is not None
        from workbook.services.demo import create_demo

        create_demo(ctl.session.vault)
        ctl.session.notify("shift")
        main = ctl.main_window
        for spec in PAGES:
            page = main.open_page(spec.key)
            qtbot.wait(1)
            search = getattr(getattr(page, "filter_bar", None), "search", None)
            if search is not None:
                qtbot.keyClicks(search, "fee")
                page.filter_bar.apply_now()
        from workbook.ui.dialogs.money_dialog import MoneyDialog
        from workbook.ui.dialogs.workplace_dialog import WorkplaceDialog

        for dialog in (MoneyDialog(ctl.session, None, main),
                       WorkplaceDialog(ctl.session, None, main)):
            dialog.show()
            qtbot.wait(1)
            dialog.reject()
        ctl.lock(quick=True)
        assert ctl.unlock_window is not None
        ctl.unlock_window.hide()
        ctl.unlock_window.deleteLater()
    finally:
        WATCHING = False
        app.setQuitOnLastWindowClosed(True)
    assert SEEN == []

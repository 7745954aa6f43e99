"""Fixtures for the app shell tests: each test builds the one page or dialog it needs on a copy
of a real encrypted vault (``tests/conftest.py``, fast test key derivation), with settings in a
temporary folder and the translations built from the committed ``.ts`` sources.

Nothing here is autouse: the theme and the language are global to the QApplication, so tests
that want them ask for ``ui`` and get them reset afterwards.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_helpers import UiEnv

from workbook.store.kdf import FAST_TEST_KDF
from workbook.store.vault import Vault
from workbook.ui.app import AppController
from workbook.ui.i18n import Translations
from workbook.ui.prefs import Prefs
from workbook.ui.resources import translations_dir
from workbook.ui.session import Session
from workbook.ui.unlock import StoreOpener

LRELEASE = Path(sys.executable).with_name("pyside6-lrelease")


@pytest.fixture(scope="session")
def built_translations() -> Path:
    """The .qm files, rebuilt from the .ts sources when missing or older (as `make` does)."""
    folder = translations_dir()
    for ts in folder.glob("workbook_*.ts"):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([str(LRELEASE), "-silent", str(ts), "-qm", str(qm)], check=True)
    return folder


@pytest.hookimpl(hookwrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    """pytest-qt closes a test's widgets after it: an editor with changes would ask "Discard
    changes?" and wait for an answer nobody gives. They close as on a lock instead (tests that
    want the question get it: this acts only after the test)."""
    from workbook.ui.dialogs import unsaved

    unsaved.close_without_asking()
    yield
    unsaved.locked()


@pytest.fixture
def ui(qapp: QApplication, tmp_path: Path, built_translations: Path) -> Iterator[UiEnv]:
    """English, the app's theme, and settings in a temporary folder; all undone afterwards."""
    from workbook.ui.theme import apply_theme

    old_sheet, old_font = qapp.styleSheet(), qapp.font()
    translations = Translations(built_translations)
    translations.install("en")
    apply_theme(qapp)
    env = UiEnv(qapp, Prefs(tmp_path / "config"), translations, StoreOpener(kdf=FAST_TEST_KDF))
    yield env
    translations.install("en")
    qapp.setFont(old_font)
    qapp.setStyleSheet(old_sheet)


@pytest.fixture
def controller(qtbot: QtBot, ui: UiEnv, vault_path: Path) -> Iterator[AppController]:
    """The whole app (unlock window, main window, locking) on the test vault."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    ctl = AppController(app, ui.prefs, ui.translations, vault_path, opener=ui.opener)
    yield ctl
    if ctl.session is not None:
        ctl.lock()
    for widget in (ctl.unlock_window, ctl.main_window):
        if widget is not None:
            widget.hide()
            widget.deleteLater()
    app.setQuitOnLastWindowClosed(True)


@pytest.fixture
def session(vault: Vault) -> Iterator[Session]:
    opened = Session(vault)
    yield opened
    opened.lock()


@pytest.fixture(scope="session")
def demo_template(vault_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The template vault plus the demo records (months of shifts, money, incidents)."""
    from workbook.services.demo import create_demo

    path = tmp_path_factory.mktemp("demo") / "demo.workbook"
    shutil.copyfile(vault_template, path)
    with Vault.open(path, "correct horse battery staple") as vault:
        create_demo(vault)
    return path


@pytest.fixture
def demo_session(demo_template: Path, tmp_path: Path) -> Iterator[Session]:
    path = tmp_path / "demo.workbook"
    shutil.copyfile(demo_template, path)
    path.chmod(0o600)
    opened = Session(Vault.open(path, "correct horse battery staple"))
    yield opened
    opened.lock()


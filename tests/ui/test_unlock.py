"""The unlock / create window against real encrypted vaults, driven by key presses."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from ui_helpers import UiEnv, show, when_modal

from workbook.store.errors import DamagedVault, VaultTooNew
from workbook.store.vault import Vault
from workbook.ui.unlock import UnlockWindow, pause_seconds

PASSPHRASE = "correct horse battery staple"


def window(qtbot: QtBot, ui: UiEnv, path: Path, opener: object | None = None) -> UnlockWindow:
    w = UnlockWindow(ui.prefs, path, opener=opener or ui.opener)  # type: ignore[arg-type]
    w.tick_ms = 5  # the countdown, shortened instead of sleeping
    show(qtbot, w)
    return w


def test_create_a_vault(qtbot: QtBot, ui: UiEnv, tmp_path: Path) -> None:
    path = tmp_path / "new.workbook"
    w = window(qtbot, ui, path)
    assert w.creating and w.create_form.isVisible() and not w.unlock_form.isVisible()
    assert "cannot be opened" in w.warning.text() or "recover" in w.warning.text()
    qtbot.keyClicks(w.new_passphrase.first, "lilac river moon tango")
    assert "Strength" in w.new_passphrase.meter.text.text()
    qtbot.keyClicks(w.new_passphrase.second, "lilac river moon tango")
    assert w.new_passphrase.valid
    with qtbot.waitSignal(w.unlocked, timeout=10_000) as opened:
        qtbot.keyClick(w.new_passphrase.second, Qt.Key.Key_Return)
    vault = opened.args[0]
    assert isinstance(vault, Vault)
    vault.close()
    assert path.exists()
    Vault.open(path, "lilac river moon tango").close()


def test_create_refuses_different_passphrases(qtbot: QtBot, ui: UiEnv, tmp_path: Path) -> None:
    path = tmp_path / "new.workbook"
    w = window(qtbot, ui, path)
    qtbot.keyClicks(w.new_passphrase.first, "lilac river moon")
    qtbot.keyClicks(w.new_passphrase.second, "lilac river noon")
    assert "not the same" in w.new_passphrase.match.text()
    qtbot.mouseClick(w.create_button, Qt.MouseButton.LeftButton)
    assert w.message.isVisible() and "not the same" in w.message.text()
    assert not path.exists()


def test_create_refuses_a_short_passphrase(qtbot: QtBot, ui: UiEnv, tmp_path: Path) -> None:
    w = window(qtbot, ui, tmp_path / "new.workbook")
    qtbot.keyClicks(w.new_passphrase.first, "short")
    assert "Too short" in w.new_passphrase.meter.text.text()
    qtbot.keyClicks(w.new_passphrase.second, "short")
    qtbot.keyClick(w.new_passphrase.second, Qt.Key.Key_Return)
    assert "at least 8" in w.message.text()


def test_unlock_with_the_right_passphrase(qtbot: QtBot, ui: UiEnv, vault_path: Path) -> None:
    w = window(qtbot, ui, vault_path)
    assert not w.creating
    qtbot.waitUntil(w.passphrase.hasFocus)
    qtbot.keyClicks(w.passphrase, PASSPHRASE)
    with qtbot.waitSignal(w.unlocked, timeout=10_000) as opened:
        qtbot.keyClick(w.passphrase, Qt.Key.Key_Return)  # Enter submits
    opened.args[0].close()
    assert w.passphrase.text() == ""


def test_wrong_passphrase_says_so_and_pauses_after_repeats(qtbot: QtBot, ui: UiEnv,
                                                          vault_path: Path) -> None:
    w = window(qtbot, ui, vault_path)
    for attempt in range(1, 4):
        qtbot.keyClick(w.passphrase, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(w.passphrase, f"wrong guess {attempt}")
        qtbot.keyClick(w.passphrase, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda n=attempt: w.failures == n, timeout=10_000)
        assert w.message.isVisible()
        assert "does not open this vault" in w.message.text()
    # The third wrong try starts a pause: the button is off and counts down in words.
    assert w.pausing
    assert not w.unlock_button.isEnabled()
    assert "Try again in" in w.unlock_button.text()
    qtbot.keyClick(w.passphrase, Qt.Key.Key_Return)  # ignored while pausing
    assert w.failures == 3
    qtbot.waitUntil(lambda: w.unlock_button.isEnabled(), timeout=5000)
    assert w.unlock_button.text() == "Unlock"
    assert [pause_seconds(n) for n in range(1, 9)] == [0, 0, 2, 4, 8, 16, 30, 30]


def test_a_vault_open_elsewhere_is_in_use(qtbot: QtBot, ui: UiEnv, vault_path: Path) -> None:
    holder = Vault.open(vault_path, PASSPHRASE)
    try:
        w = window(qtbot, ui, vault_path)
        qtbot.keyClicks(w.passphrase, PASSPHRASE)
        qtbot.keyClick(w.passphrase, Qt.Key.Key_Return)
        qtbot.waitUntil(w.message.isVisible, timeout=10_000)
        assert "open in another window" in w.message.text()
        assert w.failures == 0  # not a wrong passphrase: no pause
    finally:
        holder.close()


def test_not_a_vault(qtbot: QtBot, ui: UiEnv, tmp_path: Path) -> None:
    path = tmp_path / "holiday.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0" + bytes(4096))
    w = window(qtbot, ui, path)
    qtbot.keyClicks(w.passphrase, PASSPHRASE)
    qtbot.keyClick(w.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(w.message.isVisible, timeout=10_000)
    assert "not a Workbook vault" in w.message.text()


class Failing:
    def __init__(self, exc: Exception) -> None:
        self.exc = exc

    def open(self, path: Path, passphrase: str) -> Vault:
        raise self.exc

    def create(self, path: Path, passphrase: str) -> Vault:
        raise self.exc


@pytest.mark.parametrize(("error", "words"), [
    (DamagedVault(), "damaged"),
    (VaultTooNew(), "newer version"),
])
def test_other_vault_problems_are_said_plainly(qtbot: QtBot, ui: UiEnv, vault_path: Path,
                                               error: Exception, words: str) -> None:
    w = window(qtbot, ui, vault_path, Failing(error))
    qtbot.keyClicks(w.passphrase, PASSPHRASE)
    qtbot.keyClick(w.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(w.message.isVisible, timeout=5000)
    assert words in w.message.text()
    assert "Traceback" not in w.message.text()


def test_choose_another_file_uses_qts_own_dialog_and_forgets_it(
        qtbot: QtBot, ui: UiEnv, vault_path: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.workbook"
    other.write_bytes(vault_path.read_bytes())
    w = window(qtbot, ui, tmp_path / "missing.workbook")
    seen: dict[str, bool] = {}

    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        seen["qt_dialog"] = dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        assert name is not None
        name.setText(str(other))
        qtbot.keyClick(name, Qt.Key.Key_Return)

    when_modal(qtbot, choose)
    w.choose_file()
    assert seen == {"qt_dialog": True}
    assert w.vault_path == other and not w.creating
    assert w.remember.isVisible() and not w.remember.isChecked()
    # Qt's dialog remembered folders in QtProject.conf, in the app's folder: wiped.
    qt = QSettings(QSettings.Scope.UserScope, "QtProject")
    assert not [k for k in qt.allKeys() if k.startswith("FileDialog")]
    assert (ui.prefs.config_dir / "QtProject.conf").parent == ui.prefs.config_dir


def test_remember_a_chosen_file_only_when_asked(qtbot: QtBot, ui: UiEnv,
                                               vault_path: Path) -> None:
    w = window(qtbot, ui, vault_path)
    assert w.remember.isVisible() and not w.remember.isChecked()
    qtbot.keyClicks(w.passphrase, PASSPHRASE)
    with qtbot.waitSignal(w.unlocked, timeout=10_000) as opened:
        qtbot.keyClick(w.passphrase, Qt.Key.Key_Return)
    opened.args[0].close()
    assert ui.prefs.remembered_vault is None
    w.remember.setChecked(True)
    qtbot.keyClicks(w.passphrase, PASSPHRASE)
    with qtbot.waitSignal(w.unlocked, timeout=10_000) as opened:
        qtbot.keyClick(w.passphrase, Qt.Key.Key_Return)
    opened.args[0].close()
    assert ui.prefs.remembered_vault == vault_path
    assert set(ui.prefs.keys()) <= {"language", "neutral_title", "vault"}

"""What is kept outside the vault: only language, neutral title and an opted-in vault path."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from workbook.ui.prefs import Prefs, forget_file_dialog_history


def test_only_three_keys_ever(qapp: object, tmp_path: Path) -> None:
    prefs = Prefs(tmp_path)
    prefs.language = "sv"
    prefs.neutral_title = True
    prefs.remember_vault(tmp_path / "stick" / "v.workbook")
    again = Prefs(tmp_path)
    assert again.language == "sv" and again.neutral_title
    assert again.remembered_vault == tmp_path / "stick" / "v.workbook"
    assert set(again.keys()) == {"language", "neutral_title", "vault"}
    again.remember_vault(None)
    again.neutral_title = False
    assert set(Prefs(tmp_path).keys()) == {"language"}
    text = (tmp_path / "settings.ini").read_text()
    assert "stick" not in text


def test_qt_file_dialog_history_goes_to_our_folder_and_is_wiped(qapp: object,
                                                                tmp_path: Path) -> None:
    Prefs(tmp_path)
    qt = QSettings(QSettings.Scope.UserScope, "QtProject")
    qt.setValue("FileDialog/history", ["file:///media/usb/evidence"])
    qt.setValue("FileDialog/lastVisited", "file:///media/usb/evidence")
    qt.sync()
    assert Path(qt.fileName()).parent == tmp_path
    forget_file_dialog_history()
    text = Path(qt.fileName()).read_text() if Path(qt.fileName()).exists() else ""
    assert "evidence" not in text

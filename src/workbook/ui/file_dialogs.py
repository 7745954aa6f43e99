"""Choosing files with Qt's own dialog, never the desktop's.

The desktop's dialog (GTK, KDE, the portal) adds every chosen file to the desktop's
"recent files" list, which anyone opening the file manager can read. Qt's own dialog does not;
it keeps a history of folders in ``QtProject.conf``, which ``prefs`` sends to the app's own
config folder and which is wiped right after every use.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget
from shiboken6 import delete

from workbook.ui.prefs import forget_file_dialog_history


def _dialog(parent: QWidget | None, title: str, folder: Path | None, filters: str) -> QFileDialog:
    dialog = QFileDialog(parent, title, str(folder) if folder else "", filters)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setOption(QFileDialog.Option.DontUseCustomDirectoryIcons, True)
    dialog.setHistory([])
    return dialog


def _run(dialog: QFileDialog) -> Path | None:
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted:
            return None
        files = dialog.selectedFiles()
        return Path(files[0]) if files else None
    finally:
        dialog.setHistory([])
        # The dialog writes its settings when it is destroyed; destroy it now, then wipe them.
        delete(dialog)
        forget_file_dialog_history()


def open_file(parent: QWidget | None, title: str, folder: Path | None = None,
              filters: str = "") -> Path | None:
    dialog = _dialog(parent, title, folder, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return _run(dialog)


def save_file(parent: QWidget | None, title: str, folder: Path | None = None,
              filters: str = "", suggested_name: str = "") -> Path | None:
    dialog = _dialog(parent, title, folder, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    if suggested_name:
        dialog.selectFile(suggested_name)
    return _run(dialog)

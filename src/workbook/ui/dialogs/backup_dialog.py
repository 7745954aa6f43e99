"""Making a backup and choosing one to restore.

``start_backup(parent, session)`` is the one backup flow (Settings and the reminder both use
it): a dialog asks where (a folder, such as a USB stick, or a file) and for the vault's
passphrase again, optionally a different passphrase for the backup; ``make_backup`` then runs on
a worker thread with a progress dialog. Files are chosen with Qt's own dialog (see
``file_dialogs``), so nothing lands in the desktop's recent files.

``RestoreDialog`` only asks for the backup file and its passphrase; the caller locks the app and
runs ``restore_backup`` (see ``app.AppController.restore`` and the unlock window).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbook.ui.passphrase import NewPassphraseFields
from workbook.ui.session import Session
from workbook.ui.tasks import Task
from workbook.ui.widgets.messages import FieldMessage

BACKUP_FILTER = "Workbook (*.workbook);;*"


def _password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    return field


def _path_row(edit: QLineEdit, *buttons: QPushButton) -> QWidget:
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(edit, 1)
    for button in buttons:
        row.addWidget(button)
    return holder


class BackupDialog(QDialog):
    """Where to back up, and the passphrases. ``accept()`` only when the form is complete."""

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupDialog")
        self.setWindowTitle(self.tr("Make a backup"))
        intro = QLabel(self.tr(
            "A backup is one encrypted file with all your records. Keep it somewhere other "
            "than this computer, such as a USB stick. Choose a folder (a new file is made "
            "there, named by the date) or a file."))
        intro.setWordWrap(True)
        self.target = QLineEdit(str(folder))
        self.target.setAccessibleName(self.tr("Back up to"))
        self.choose_folder = QPushButton(self.tr("Folder…"))
        self.choose_folder.clicked.connect(self._choose_folder)
        self.choose_file = QPushButton(self.tr("File…"))
        self.choose_file.clicked.connect(self._choose_file)
        where = _path_row(self.target, self.choose_folder, self.choose_file)
        self.passphrase = _password_field(self.tr("Your passphrase"))
        self.separate = QCheckBox(self.tr("Lock the backup with a different passphrase"))
        self.new_passphrase = NewPassphraseFields()
        self.new_passphrase.setVisible(False)
        self.separate.toggled.connect(self.new_passphrase.setVisible)
        self.message = FieldMessage()
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Back up to"), where)
        form.addRow(self.tr("Your passphrase"), self.passphrase)
        form.addRow("", self.separate)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.addButton(self.tr("Make the backup"),
                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("primary")
        self.ok.setDefault(True)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.new_passphrase)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.passphrase.setFocus()

    def _choose_folder(self) -> None:
        from PySide6.QtWidgets import QFileDialog
        from shiboken6 import delete

        from workbook.ui.prefs import forget_file_dialog_history

        dialog = QFileDialog(self, self.tr("Choose a folder for the backup"),
                             self.target.text())
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setHistory([])
        try:
            if dialog.exec() == QFileDialog.DialogCode.Accepted and dialog.selectedFiles():
                self.target.setText(dialog.selectedFiles()[0])
        finally:
            dialog.setHistory([])
            delete(dialog)
            forget_file_dialog_history()

    def _choose_file(self) -> None:
        from workbook.domain.timeutil import utc_now
        from workbook.services.backup import default_backup_name
        from workbook.ui.file_dialogs import save_file

        current = Path(self.target.text().strip() or Path.home())
        folder = current if current.is_dir() else current.parent
        chosen = save_file(self, self.tr("Save the backup as"), folder, BACKUP_FILTER,
                           default_backup_name(utc_now()))
        if chosen is not None:
            if chosen.suffix != ".workbook":
                chosen = chosen.with_name(chosen.name + ".workbook")
            self.target.setText(str(chosen))

    def target_path(self) -> Path:
        return Path(self.target.text().strip()).expanduser()

    def backup_passphrase(self) -> str | None:
        return self.new_passphrase.passphrase() if self.separate.isChecked() else None

    def _accept(self) -> None:
        if not self.target.text().strip():
            self.message.show_message(self.tr("Choose where to put the backup."))
            return
        if not self.passphrase.text():
            self.message.show_message(self.tr("Type your passphrase."))
            self.passphrase.setFocus()
            return
        if self.separate.isChecked():
            problem = self.new_passphrase.problem()
            if problem:
                self.message.show_message(problem)
                return
        self.accept()


def start_backup(parent: QWidget, session: Session,
                 done: Callable[[str], None] | None = None) -> None:
    """Ask where and for the passphrase, then back up off the GUI thread. On success a message
    names the file, ``session.notify("backup")`` tells the reminder and Settings, and ``done``
    gets the message."""
    if not session.is_open:
        return
    from workbook.services.backup import make_backup

    vault = session.vault
    dialog = BackupDialog(vault.path.parent, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted or not session.is_open:
            return
        target = dialog.target_path()
        passphrase = dialog.passphrase.text()
        other = dialog.backup_passphrase()
    finally:
        dialog.passphrase.clear()
        dialog.new_passphrase.clear()
        dialog.deleteLater()

    def succeeded(result: object) -> None:
        from workbook.services.backup import BackupResult

        assert isinstance(result, BackupResult)
        text = QCoreApplication.translate("BackupDialog", "The backup is made: %1").replace(
            "%1", str(result.path))
        if session.is_open:
            session.notify("backup")
        if done is not None:
            done(text)
        title = QCoreApplication.translate("BackupDialog", "Backup made")
        box = QMessageBox(QMessageBox.Icon.Information, title, text,
                          QMessageBox.StandardButton.Ok, parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setObjectName("backupDone")
        box.exec()
        box.deleteLater()

    (Task(parent, lambda progress, cancelled: make_backup(vault, target, passphrase, other,
                                                          progress))
        .with_progress(QCoreApplication.translate("BackupDialog", "Making a backup…"),
                       cancellable=False)
        .success(succeeded)
        .run())


class RestoreDialog(QDialog):
    """The backup file to restore and its passphrase."""

    def __init__(self, folder: Path, parent: QWidget | None = None, *,
                 explain: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore a backup"))
        layout = QVBoxLayout(self)
        if explain:
            intro = QLabel(self.tr(
                "Workbook locks first. The vault you have now is kept, unchanged, beside it "
                "(its name ends in “before-restore” and the time), and the backup takes its "
                "place. Then unlock with the backup's passphrase."))
            intro.setWordWrap(True)
            layout.addWidget(intro)
        self.source = QLineEdit()
        self.source.setAccessibleName(self.tr("Backup file"))
        self.choose = QPushButton(self.tr("Choose…"))
        self.choose.clicked.connect(lambda: self._choose(folder))
        self.passphrase = _password_field(self.tr("The backup's passphrase"))
        self.message = FieldMessage()
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Backup file"), _path_row(self.source, self.choose))
        form.addRow(self.tr("The backup's passphrase"), self.passphrase)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.addButton(self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("primary")
        self.ok.setDefault(True)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _choose(self, folder: Path) -> None:
        from workbook.ui.file_dialogs import open_file

        chosen = open_file(self, self.tr("Choose the backup file"), folder, BACKUP_FILTER)
        if chosen is not None:
            self.source.setText(str(chosen))
            self.passphrase.setFocus()

    def source_path(self) -> Path:
        return Path(self.source.text().strip()).expanduser()

    def _accept(self) -> None:
        if not self.source.text().strip() or not self.source_path().is_file():
            self.message.show_message(self.tr("Choose the backup file."))
            return
        if not self.passphrase.text():
            self.message.show_message(self.tr("Type the backup's passphrase."))
            self.passphrase.setFocus()
            return
        self.accept()


def ask_restore(parent: QWidget, folder: Path, *, explain: bool = True) -> tuple[Path, str] | None:
    """The backup file and its passphrase, or ``None`` if she cancelled."""
    dialog = RestoreDialog(folder, parent, explain=explain)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.source_path(), dialog.passphrase.text()
    finally:
        dialog.passphrase.clear()
        dialog.deleteLater()

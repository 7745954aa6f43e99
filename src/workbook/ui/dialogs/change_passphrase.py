"""Change the vault's passphrase: the current one, the new one twice, a strength meter.

The re-key derives a new key (about half a second) and rewrites the vault beside itself, so it
runs off the GUI thread with a progress dialog. The vault stays usable afterwards; only the new
passphrase opens it from then on.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from workbook.ui.passphrase import NewPassphraseFields
from workbook.ui.session import Session
from workbook.ui.tasks import Task
from workbook.ui.widgets.messages import FieldMessage


class ChangePassphraseDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None, *,
                 kdf: object | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._kdf = kdf  # tests pass the fast test parameters; the app never does
        self.changed = False
        self.setWindowTitle(self.tr("Change passphrase"))

        heading = QLabel(self.tr("Change passphrase"))
        heading.setObjectName("pageTitle")
        self.current = QLineEdit()
        self.current.setEchoMode(QLineEdit.EchoMode.Password)
        self.current.setAccessibleName(self.tr("Current passphrase"))
        self.current_message = FieldMessage()
        self.fields = NewPassphraseFields()
        # One form, so the labels line up: the current passphrase goes on top of the new one.
        self.fields.form.insertRow(0, self.tr("Current passphrase"), self.current)
        self.fields.form.insertRow(1, "", self.current_message)
        warning = QLabel(self.tr(
            "⚠ Nobody can recover a forgotten passphrase. Write the new one down somewhere safe "
            "before you save. Backups made before now still open with the old passphrase."))
        warning.setObjectName("warning")
        warning.setWordWrap(True)
        self.message = FieldMessage()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(self.tr("Change passphrase"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("primary")
        self.save_button.setEnabled(False)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.fields.validityChanged.connect(self.save_button.setEnabled)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(self.fields)
        layout.addWidget(warning)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        h = self.fontMetrics().height()
        self.setMinimumWidth(32 * h)
        self.current.setFocus(Qt.FocusReason.OtherFocusReason)

    def submit(self) -> None:
        self.current_message.clear_message()
        self.message.clear_message()
        current = self.current.text()
        if not current:
            self.current_message.show_message(self.tr("Type the passphrase you use now."))
            return
        problem = self.fields.problem()
        if problem:
            self.message.show_message(problem)
            return
        new = self.fields.passphrase()
        if new == current:
            self.message.show_message(self.tr("The new passphrase is the same as the current "
                                              "one."))
            return
        vault = self.session.vault
        kdf = self._kdf

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> bool:
            if not vault.passphrase_matches(current):
                return False
            if kdf is None:
                vault.change_passphrase(new)
            else:
                vault.change_passphrase(new, kdf=kdf)  # type: ignore[arg-type]
            return True

        self.setEnabled(False)
        (Task(self, work)
            .with_progress(self.tr("Changing the passphrase…"), cancellable=False)
            .success(self._done)
            .failure(self._failed)
            .finished(lambda: self.setEnabled(True))
            .run())

    def _done(self, changed: bool) -> None:
        if not changed:
            self.current_message.show_message(self.tr(
                "That is not the passphrase this vault opens with now."))
            self.current.selectAll()
            self.current.setFocus()
            return
        self.changed = True
        self.fields.clear()
        self.current.clear()
        self.session.notify("profile")
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        from workbook.ui.errors import describe

        self.message.show_message(describe(exc)[1])

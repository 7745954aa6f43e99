"""The first window: unlock a vault, or create one. Neutral: it shows no record content, and
with the neutral-title option it does not even say "Workbook".

The key derivation (about half a second of Argon2id) runs on a worker thread through
``tasks.Task``, so the window keeps painting and can be moved while it works. After repeated
wrong passphrases the Unlock button pauses for a growing number of seconds, with a countdown.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from workbook.ui.passphrase import NewPassphraseFields
from workbook.ui.tasks import Task

if TYPE_CHECKING:
    from workbook.store.vault import Vault
    from workbook.ui.prefs import Prefs

VAULT_FILTER = "Workbook (*.workbook);;*"


class VaultOpener(Protocol):
    def open(self, path: Path, passphrase: str) -> Vault: ...
    def create(self, path: Path, passphrase: str) -> Vault: ...


@dataclass(frozen=True)
class StoreOpener:
    """Opens and creates vaults with the store. ``kdf`` is only ever set by tests (the fast
    test parameters); the app always uses the store's production default."""

    kdf: Any = None

    def open(self, path: Path, passphrase: str) -> Vault:
        from workbook.store.vault import Vault

        return Vault.open(path, passphrase)

    def create(self, path: Path, passphrase: str) -> Vault:
        from workbook.store.vault import Vault

        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        if self.kdf is None:
            return Vault.create(path, passphrase)
        return Vault.create(path, passphrase, kdf=self.kdf)


def _plain_text(label: QLabel) -> None:
    """Show a label's text as typed, never as markup. Qt's enums are imported here, not at
    the top: loading the Qt namespace costs ~45 ms before the window is on screen."""
    from PySide6.QtCore import Qt

    label.setTextFormat(Qt.TextFormat.PlainText)


def pause_seconds(failures: int) -> int:
    """Seconds to wait after ``failures`` wrong passphrases in a row: none for the first two
    (typos happen), then 2, 4, 8, 16 and at most 30."""
    if failures < 3:
        return 0
    return int(min(30, 2 ** (failures - 2)))


def default_vault_path() -> Path:
    from workbook.ui.vault_location import default_vault_path as without_store

    return without_store()


class UnlockWindow(QWidget):
    """Emits ``unlocked(vault)`` with the open vault; the caller takes it from there."""

    unlocked = Signal(object)
    #: The worker closed the window (quit the app).
    closed = Signal()

    #: Milliseconds per countdown step; tests make it short instead of sleeping.
    tick_ms = 1000

    def __init__(self, prefs: Prefs, vault_path: Path, *, neutral: bool = False,
                 opener: VaultOpener | None = None, rep_opener: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlockWindow")
        self.prefs = prefs
        self.opener: VaultOpener = opener or StoreOpener()
        # "I receive reports": a union rep's vault of received reports (workbook.ui.rep).
        self.rep_opener: Any = rep_opener
        self.rep_mode = False
        self._worker_path = vault_path
        self.neutral = neutral
        self.vault_path = vault_path
        self.failures = 0
        self._remaining = 0
        self._busy = False
        self.restored: Any = None  # the last RestoreResult shown here
        self._countdown = QTimer(self)
        self._countdown.timeout.connect(self._tick)

        app_name = self.tr("Notes") if neutral else "Workbook"
        self.setWindowTitle(app_name)

        self.heading = QLabel(app_name)
        self.heading.setObjectName("title")
        self.heading.setAccessibleName(app_name)
        self.file_label = QLabel()
        self.file_label.setObjectName("hint")
        self.file_label.setWordWrap(True)
        self.worker_mode_button = QRadioButton(self.tr("I log my work"))
        self.worker_mode_button.setChecked(True)
        self.rep_mode_button = QRadioButton(self.tr("I receive reports"))
        self.rep_mode_button.setToolTip(self.tr("For union reps: check the reports workers "
                                                "send you and see a workplace's practices."))
        self.rep_mode_button.toggled.connect(self.set_rep_mode)

        # Two forms, one shown at a time (hidden ones take no room, unlike a stacked widget).
        self.unlock_form = self._build_unlock()
        self.create_form = self._build_create()
        self._creating = False

        self.message = QLabel()
        self.message.setObjectName("error")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        self.message.hide()
        self.restore_button = QPushButton(self.tr("Restore a backup…"))
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.clicked.connect(self.choose_restore)
        self.restore_button.hide()

        self.remember = QCheckBox(self.tr("Remember this vault file on this computer"))
        self.remember.setToolTip(self.tr("When this is off, nothing on this computer records "
                                         "where the file is."))
        self.choose_button = QPushButton(self.tr("Choose another vault file…"))
        self.choose_button.setObjectName("link")
        self.choose_button.clicked.connect(self.choose_file)
        self.new_button = QPushButton(self.tr("Create a new vault…"))
        self.new_button.setObjectName("link")
        self.new_button.clicked.connect(self.choose_new_file)

        card = QFrame()
        card.setObjectName("card")
        card.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        inner = QVBoxLayout(card)
        inner.setSpacing(12)
        inner.addWidget(self.heading)
        modes = QHBoxLayout()
        modes.addWidget(self.worker_mode_button)
        modes.addWidget(self.rep_mode_button)
        modes.addStretch(1)
        inner.addLayout(modes)
        # The neutral screen says nothing about what the app is for.
        self.worker_mode_button.setVisible(not neutral)
        self.rep_mode_button.setVisible(not neutral)
        inner.addWidget(self.unlock_form)
        inner.addWidget(self.create_form)
        inner.addWidget(self.message)
        inner.addWidget(self.restore_button)
        submit = QHBoxLayout()
        submit.addStretch(1)
        submit.addWidget(self.unlock_button)
        submit.addWidget(self.create_button)
        inner.addLayout(submit)
        inner.addWidget(self.file_label)
        inner.addWidget(self.remember)
        links = QHBoxLayout()
        links.addWidget(self.choose_button)
        links.addWidget(self.new_button)
        links.addStretch(1)
        inner.addLayout(links)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 32, 32, 32)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 1)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)

        QShortcut(QKeySequence(QKeySequence.StandardKey.Quit), self).activated.connect(self.close)
        self.set_vault_path(vault_path)
        h = self.fontMetrics().height()
        card.setMaximumWidth(36 * h)
        card.setMinimumWidth(min(26 * h, 640))
        self.resize(46 * h, 38 * h)

    # --- building ------------------------------------------------------------------------------

    def _build_unlock(self) -> QWidget:
        page = QWidget()
        page.setObjectName("cardPage")
        self.unlock_intro = QLabel(self.tr("Type your passphrase to open your records."))
        self.unlock_intro.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.returnPressed.connect(self.submit_unlock)
        self.show_passphrase = QCheckBox(self.tr("Show passphrase"))
        self.show_passphrase.toggled.connect(
            lambda on: self.passphrase.setEchoMode(
                QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password))
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setObjectName("primary")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.submit_unlock)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow("", self.show_passphrase)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.unlock_intro)
        layout.addLayout(form)
        return page

    def _build_create(self) -> QWidget:
        page = QWidget()
        page.setObjectName("cardPage")
        intro = QLabel(self.tr(
            "Your records are kept in one encrypted file on this computer. Nothing is sent "
            "anywhere. Choose a passphrase to lock the file."))
        intro.setWordWrap(True)
        self.warning = QLabel(self.tr(
            "⚠ Nobody can recover a forgotten passphrase, and there is no reset. "
            "Without it, your records cannot be opened. Write it down and keep it "
            "somewhere safe."))
        self.warning.setObjectName("warning")
        self.warning.setWordWrap(True)
        self.new_passphrase = NewPassphraseFields()
        self.new_passphrase.second.returnPressed.connect(self.submit_create)
        self.create_button = QPushButton(self.tr("Create vault"))
        self.create_button.setObjectName("primary")
        self.create_button.clicked.connect(self.submit_create)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(intro)
        layout.addWidget(self.new_passphrase)
        layout.addWidget(self.warning)
        return page

    # --- state ---------------------------------------------------------------------------------

    @property
    def creating(self) -> bool:
        return self._creating

    def set_vault_path(self, path: Path, *, create: bool | None = None) -> None:
        self.vault_path = path
        create = not path.exists() if create is None else create
        self._creating = create
        self.unlock_form.setVisible(not create)
        self.unlock_button.setVisible(not create)
        self.create_form.setVisible(create)
        self.create_button.setVisible(create)
        text = self.tr("Vault file: %1").replace("%1", str(path))
        if "<" in text or "&" in text:
            _plain_text(self.file_label)
        self.file_label.setText(text)
        is_default = path == default_vault_path() or self.rep_mode
        self.remember.setVisible(not is_default)
        self.remember.setChecked(not is_default and self.prefs.remembered_vault == path)
        self.new_button.setVisible(not create)
        self.failures = 0
        self.clear_message()
        self._focus_first_field()

    def set_rep_mode(self, rep: bool) -> None:
        """Switch between the worker's vault ("I log my work") and the rep's vault of
        received reports ("I receive reports"), each at its own default file."""
        if rep == self.rep_mode or self._busy:
            return
        from workbook.ui.rep import RepOpener, default_rep_vault_path

        if rep:
            self._worker_path = self.vault_path
            if self.rep_opener is None:
                self.rep_opener = RepOpener()
        self.rep_mode = rep
        self.rep_mode_button.setChecked(rep)
        self.worker_mode_button.setChecked(not rep)
        self.unlock_intro.setText(
            self.tr("Type your passphrase to open the reports you received.") if rep
            else self.tr("Type your passphrase to open your records."))
        self.set_vault_path(default_rep_vault_path() if rep else self._worker_path)

    def _active_opener(self) -> Any:
        return self.rep_opener if self.rep_mode else self.opener

    def _focus_first_field(self) -> None:
        target = self.new_passphrase.first if self.creating else self.passphrase
        target.setFocus()

    def show_message(self, text: str, *, warning: bool = True) -> None:
        _plain_text(self.message)
        self.message.setObjectName("error" if warning else "hint")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(("⚠ " if warning else "✓ ") + text)
        self.message.setAccessibleDescription(text)
        self.message.show()

    def clear_message(self) -> None:
        self.message.clear()
        self.message.hide()
        self.restore_button.hide()

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        for widget in (self.passphrase, self.new_passphrase, self.choose_button, self.new_button,
                       self.show_passphrase, self.restore_button):
            widget.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy and self._remaining == 0)
        self.create_button.setEnabled(not busy)
        if busy:
            self.unlock_button.setText(text)
            self.create_button.setText(text)
        else:
            self.unlock_button.setText(self.tr("Unlock"))
            self.create_button.setText(self.tr("Create vault"))
            self._focus_first_field()

    # --- unlocking -----------------------------------------------------------------------------

    def submit_unlock(self) -> None:
        if self._busy or self._remaining or self.creating:
            return
        passphrase = self.passphrase.text()
        if not passphrase:
            self.show_message(self.tr("Type your passphrase first."))
            return
        self.clear_message()
        self._set_busy(True, self.tr("Unlocking…"))
        path, opener = self.vault_path, self._active_opener()
        (Task(self, lambda progress, cancelled: opener.open(path, passphrase))
            .success(self._opened)
            .failure(self._unlock_failed)
            .run())

    def _opened(self, vault: Vault) -> None:
        self.passphrase.clear()
        self.failures = 0
        self._remember_choice()
        self._set_busy(False)
        self.unlocked.emit(vault)

    def _unlock_failed(self, exc: BaseException) -> None:
        from workbook.ui.errors import describe

        wrong = type(exc).__name__ == "WrongPassphrase"
        self._set_busy(False)
        if wrong:
            self.failures += 1
            self.passphrase.selectAll()
        self.show_message(self.tr("This is a worker's vault. Choose “I log my work” to open "
                                  "it.") if type(exc).__name__ == "NotARepVault"
                          else describe(exc)[1])
        if type(exc).__name__ == "DamagedVault":
            self.restore_button.show()
        wait = pause_seconds(self.failures) if wrong else 0
        if wait:
            self._start_pause(wait)

    def _start_pause(self, seconds: int) -> None:
        self._remaining = seconds
        self.unlock_button.setEnabled(False)
        self._show_countdown()
        self._countdown.start(self.tick_ms)

    def _show_countdown(self) -> None:
        self.unlock_button.setText(self.tr("Try again in %n s", "", self._remaining))

    def _tick(self) -> None:
        self._remaining -= 1
        if self._remaining > 0:
            self._show_countdown()
            return
        self._remaining = 0
        self._countdown.stop()
        self.unlock_button.setText(self.tr("Unlock"))
        self.unlock_button.setEnabled(not self._busy)
        self.passphrase.setFocus()

    @property
    def pausing(self) -> bool:
        return self._remaining > 0

    # --- restoring a backup --------------------------------------------------------------------

    def choose_restore(self) -> None:
        """Offered when the vault is damaged: restore a backup into its place (the damaged file
        is kept beside it)."""
        from workbook.ui.dialogs.backup_dialog import ask_restore

        chosen = ask_restore(self, self.vault_path.parent, explain=False)
        if chosen is not None:
            self.start_restore(*chosen)

    def start_restore(self, source: Path, passphrase: str) -> None:
        """Run ``restore_backup`` into this window's vault path (the vault must be closed),
        then show what happened; she unlocks with the backup's passphrase."""
        from workbook.services.backup import restore_backup

        if self._busy:
            return
        self.clear_message()
        self._set_busy(True, self.tr("Restoring…"))
        target = self.vault_path
        (Task(self, lambda progress, cancelled: restore_backup(source, passphrase, target,
                                                                progress))
            .with_progress(self.tr("Restoring a backup…"), cancellable=False)
            .success(self._restored)
            .failure(self._restore_failed)
            .run())

    def _restored(self, result: Any) -> None:
        self._set_busy(False)
        self.set_vault_path(result.vault_path, create=False)
        self.show_message(self.tr("The backup is restored. Unlock with the backup's "
                                  "passphrase.") + "\n" + result.message(), warning=False)
        self.restored = result

    def _restore_failed(self, exc: BaseException) -> None:
        from workbook.ui.errors import restore_error_text

        self._set_busy(False)
        # What was wrong with the backup (not with the vault), in the worker's language.
        self.show_message(restore_error_text(exc))

    # --- creating ------------------------------------------------------------------------------

    def submit_create(self) -> None:
        if self._busy or not self.creating:
            return
        problem = self.new_passphrase.problem()
        if problem:
            self.show_message(problem)
            return
        if self.vault_path.exists():
            self.show_message(self.tr("A file with this name already exists. Workbook will not "
                                      "overwrite it; choose another name."))
            return
        self.clear_message()
        self._set_busy(True, self.tr("Creating…"))
        path, opener = self.vault_path, self._active_opener()
        passphrase = self.new_passphrase.passphrase()
        (Task(self, lambda progress, cancelled: opener.create(path, passphrase))
            .success(self._created)
            .failure(self._create_failed)
            .run())

    def _created(self, vault: Vault) -> None:
        self.new_passphrase.clear()
        self._remember_choice()
        self._set_busy(False)
        self.unlocked.emit(vault)

    def _create_failed(self, exc: BaseException) -> None:
        from workbook.ui.errors import describe

        self._set_busy(False)
        self.show_message(describe(exc)[1])

    # --- choosing a file -----------------------------------------------------------------------

    def _remember_choice(self) -> None:
        if self.vault_path == default_vault_path() or self.rep_mode:
            return
        if self.remember.isChecked():
            self.prefs.remember_vault(self.vault_path)
        elif self.prefs.remembered_vault is not None:
            self.prefs.remember_vault(None)

    def choose_file(self) -> None:
        from workbook.ui.file_dialogs import open_file

        chosen = open_file(self, self.tr("Choose a vault file"), self.vault_path.parent,
                           VAULT_FILTER)
        if chosen is not None:
            self.set_vault_path(chosen, create=False)

    def choose_new_file(self) -> None:
        from workbook.ui.file_dialogs import save_file

        chosen = save_file(self, self.tr("Where should the new vault be?"),
                           self.vault_path.parent, VAULT_FILTER,
                           "rep.workbook" if self.rep_mode else "vault.workbook")
        if chosen is None:
            return
        if chosen.suffix != ".workbook":
            chosen = chosen.with_name(chosen.name + ".workbook")
        self.set_vault_path(chosen, create=True)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._focus_first_field()  # she can type at once

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)

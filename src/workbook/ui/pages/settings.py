"""Settings: who you are on reports, money and time defaults, language, privacy, passphrase.

Everything here is saved inside the vault (the profile). Only the language and the neutral
title are also copied outside it, because the unlock window needs them before the vault opens
(see ``prefs``).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTime, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from workbook.domain.errors import ValidationError
from workbook.domain.models import Profile
from workbook.ui.i18n import available_languages
from workbook.ui.privacy import HIDE_KEYS, LOCK_KEYS
from workbook.ui.session import Session
from workbook.ui.widgets.amount_edit import AmountEdit
from workbook.ui.widgets.messages import FieldMessage
from workbook.ui.widgets.pickers import CurrencyCombo, ZoneCombo


class WageRow(QWidget):
    """One reference hourly wage: a currency and an amount per hour."""

    def __init__(self, currency: str, minor: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currency = CurrencyCombo()
        self.currency.set_value(currency)
        self.amount = AmountEdit(currency)
        self.amount.set_minor(minor)
        self.amount.setAccessibleName(self.tr("Hourly wage"))
        per_hour = QLabel(self.tr("per hour"))
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.setObjectName("link")
        self.remove.setAccessibleName(self.tr("Remove this wage"))
        self.currency.currentTextChanged.connect(
            lambda _t: self.amount.set_currency(self.currency.value() or "SEK"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.currency)
        row.addWidget(self.amount, 1)
        row.addWidget(per_hour)
        row.addWidget(self.remove)


class SettingsPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.profile = session.vault.get_profile()
        self.wage_rows: list[WageRow] = []

        # The containers come first and every group is made inside them, so each field is
        # styled once as it is added (re-parenting finished subtrees re-styles them all again,
        # which made this page slow to open).
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        body = QWidget()
        scroll.setWidget(body)
        column = QVBoxLayout(body)
        column.setContentsMargins(20, 16, 20, 16)
        column.setSpacing(16)
        bar = QWidget(self)
        bar.setObjectName("saveBar")
        outer.addWidget(scroll, 1)
        outer.addWidget(bar)

        title = QLabel(self.tr("Settings"), body)
        title.setObjectName("pageTitle")
        column.addWidget(title)

        # --- you ---------------------------------------------------------------------------
        self.work_name = QLineEdit()
        self.legal_name = QLineEdit()
        you = QGroupBox(self.tr("You"), body)
        column.addWidget(you)
        you_form = self._form(you)
        self._row(you_form, self.tr("Work name"), self.work_name,
                  self.tr("The name on your reports. A stage name is fine."))
        self._row(you_form, self.tr("Legal name (optional)"), self.legal_name,
                  self.tr("Only needed if a claim must carry your legal name. Leave it empty "
                          "otherwise."))

        # --- money and time ----------------------------------------------------------------
        self.currency = CurrencyCombo()
        self.timezone = ZoneCombo()
        self.day_starts = QTimeEdit()
        self.day_starts.setDisplayFormat("HH:mm")
        self.wages_box = QVBoxLayout()
        self.wages_box.setSpacing(6)
        self.add_wage = QPushButton(self.tr("Add a wage in another currency"))
        self.add_wage.clicked.connect(lambda: self._add_wage_row(
            self.currency.value() or "SEK", None, focus=True))
        wages = QWidget()
        wages_layout = QVBoxLayout(wages)
        wages_layout.setContentsMargins(0, 0, 0, 0)
        wages_layout.addLayout(self.wages_box)
        wages_layout.addWidget(self.add_wage, 0, Qt.AlignmentFlag.AlignLeft)
        money = QGroupBox(self.tr("Money and time"), body)
        column.addWidget(money)
        money_form = self._form(money)
        self._row(money_form, self.tr("Usual currency"), self.currency)
        self._row(money_form, self.tr("Time zone"), self.timezone)
        self._row(money_form, self.tr("A new day starts at"), self.day_starts,
                  self.tr("For night work: a shift that starts before this time counts for the "
                          "day before. Usually 06:00."))
        self._row(money_form, self.tr("Reference hourly wage"), wages,
                  self.tr("A minimum or collective-agreement rate. Reports compare what you "
                          "kept with what an employee would have been owed."))
        self.wage_message = FieldMessage()
        money_form.addRow("", self.wage_message)

        # --- app ---------------------------------------------------------------------------
        self.language = QComboBox()
        for code, name in available_languages().items():
            self.language.addItem(name, code)
        self.auto_lock = QSpinBox()
        self.auto_lock.setRange(0, 24 * 60)
        self.auto_lock.setSuffix(self.tr(" min"))
        self.auto_lock.setSpecialValueText(self.tr("Never"))
        self.neutral = QCheckBox(self.tr("Call the window “Notes” instead of “Workbook”"))
        app_box = QGroupBox(self.tr("Language and privacy"), body)
        column.addWidget(app_box)
        app_form = self._form(app_box)
        self._row(app_form, self.tr("Language"), self.language)
        self._row(app_form, self.tr("Lock after this long without use"), self.auto_lock,
                  self.tr("Counted in real time, so a laptop that slept is locked when it "
                          "wakes."))
        self._row(app_form, self.tr("Window title"), self.neutral)
        native = HIDE_KEYS.toString(HIDE_KEYS.SequenceFormat.NativeText)
        keys = QLabel(self.tr(
            "%1 locks. %2 hides everything at once: it locks and closes every window. "
            "Ctrl+1 to Ctrl+8 open the sections.").replace(
            "%1", LOCK_KEYS.toString(LOCK_KEYS.SequenceFormat.NativeText)).replace("%2", native))
        keys.setWordWrap(True)
        keys.setObjectName("hint")
        self._row(app_form, self.tr("Keyboard"), keys)

        # --- passphrase --------------------------------------------------------------------
        self.change_passphrase = QPushButton(self.tr("Change passphrase…"))
        self.change_passphrase.clicked.connect(self.open_change_passphrase)
        secret = QGroupBox(self.tr("Passphrase"), body)
        column.addWidget(secret)
        secret_layout = QVBoxLayout(secret)
        note = QLabel(self.tr("Your records are encrypted with your passphrase. Nobody can "
                              "recover it if it is lost."))
        note.setWordWrap(True)
        note.setObjectName("hint")
        secret_layout.addWidget(note)
        secret_layout.addWidget(self.change_passphrase, 0, Qt.AlignmentFlag.AlignLeft)

        # --- backups -----------------------------------------------------------------------
        self.last_backup = QLabel()
        self.last_backup.setObjectName("lastBackup")
        self.backup_button = QPushButton(self.tr("Make a backup now…"))
        self.backup_button.setObjectName("backupButton")
        self.backup_button.clicked.connect(self.open_backup)
        self.reminder_days = QSpinBox()
        self.reminder_days.setRange(0, 365)
        self.reminder_days.setSuffix(self.tr(" days"))
        self.reminder_days.setSpecialValueText(self.tr("Never"))
        self.restore_button = QPushButton(self.tr("Restore a backup…"))
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.clicked.connect(self.open_restore)
        backups = QGroupBox(self.tr("Backups"), body)
        column.addWidget(backups)
        backup_form = self._form(backups)
        self._row(backup_form, self.tr("Last backup"), self.last_backup)
        self._row(backup_form, "", self.backup_button,
                  self.tr("Keep backups somewhere other than this computer, such as a USB "
                          "stick."))
        self._row(backup_form, self.tr("Remind me after"), self.reminder_days,
                  self.tr("A reminder shows when the last backup is older than this."))
        self._row(backup_form, "", self.restore_button,
                  self.tr("Replaces the records here with those in a backup. The vault you "
                          "have now is kept beside it."))
        session.changed.connect(self._session_changed)

        # --- save --------------------------------------------------------------------------
        self.save_button = QPushButton(self.tr("Save settings"))
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setObjectName("hint")
        self.status.setAccessibleName(self.tr("Save status"))
        self.message = FieldMessage()
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.status, 1)

        column.addStretch(1)
        # Save stays in view below the scrolling form.
        bar_layout = QVBoxLayout(bar)
        bar_layout.setContentsMargins(20, 8, 20, 12)
        bar_layout.addWidget(self.message)
        bar_layout.addLayout(save_row)

        self._clear_status = QTimer(self)
        self._clear_status.setSingleShot(True)
        self._clear_status.setInterval(6000)
        self._clear_status.timeout.connect(self.status.clear)
        h = self.fontMetrics().height()
        for narrow in (self.day_starts, self.auto_lock, self.reminder_days):
            narrow.setMaximumWidth(9 * h)
        self.load(self.profile)

    # --- layout helpers ------------------------------------------------------------------------

    def _form(self, box: QGroupBox) -> QFormLayout:
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(10)
        form.setHorizontalSpacing(16)
        return form

    def _row(self, form: QFormLayout, text: str, field: QWidget, hint: str = "") -> None:
        if not field.accessibleName():
            field.setAccessibleName(text)
        label = QLabel(text)
        label.setBuddy(field)
        if hint:
            holder = QWidget()
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(4)
            column.addWidget(field)
            note = QLabel(hint)
            note.setWordWrap(True)
            note.setObjectName("hint")
            column.addWidget(note)
            form.addRow(label, holder)
        else:
            form.addRow(label, field)

    def _add_wage_row(self, currency: str, minor: int | None, *, focus: bool = False) -> WageRow:
        row = WageRow(currency, minor)
        row.remove.clicked.connect(lambda: self._remove_wage_row(row))
        self.wage_rows.append(row)
        self.wages_box.addWidget(row)
        if focus:
            row.amount.setFocus()
        return row

    def _remove_wage_row(self, row: WageRow) -> None:
        self.wage_rows.remove(row)
        row.hide()
        row.deleteLater()
        self.add_wage.setFocus()

    # --- load and save -------------------------------------------------------------------------

    def load(self, profile: Profile) -> None:
        self.work_name.setText(profile.work_name)
        self.legal_name.setText(profile.legal_name or "")
        self.currency.set_value(profile.default_currency)
        self.timezone.set_value(profile.timezone)
        hours, minutes = divmod(profile.day_starts_minutes, 60)
        self.day_starts.setTime(QTime(hours, minutes))
        for row in list(self.wage_rows):
            self._remove_wage_row(row)
        for currency, minor in sorted(profile.reference_wages.items()):
            self._add_wage_row(currency, minor)
        index = self.language.findData(profile.language)
        self.language.setCurrentIndex(max(0, index))
        self.auto_lock.setValue(profile.auto_lock_minutes)
        self.neutral.setChecked(profile.neutral_title)
        self.reminder_days.setValue(profile.backup_reminder_days)
        self.show_last_backup()

    def value(self) -> Profile | None:
        """The profile as the form says, or ``None`` after showing what to fix."""
        self.message.clear_message()
        self.wage_message.clear_message()
        wages: dict[str, int] = {}
        for row in self.wage_rows:
            currency = row.currency.value()
            if currency is None:
                self.wage_message.show_message(self.tr("Choose a currency from the list for "
                                                       "each wage."))
                return None
            if row.amount.is_blank():
                continue
            minor = row.amount.minor_or_none()
            if minor is None:
                self.wage_message.show_message(self.tr(
                    "Write each wage as an amount, like 150 or 152,50."))
                row.amount.setFocus()
                return None
            wages[currency] = minor
        currency = self.currency.value()
        zone = self.timezone.value()
        if currency is None or zone is None:
            self.message.show_message(self.tr("Choose the currency and time zone from their "
                                              "lists."))
            return None
        start = self.day_starts.time()
        legal = self.legal_name.text().strip()
        return replace(
            self.profile, work_name=self.work_name.text().strip(), legal_name=legal or None,
            default_currency=currency, timezone=zone,
            day_starts_minutes=start.hour() * 60 + start.minute(), reference_wages=wages,
            language=str(self.language.currentData()), auto_lock_minutes=self.auto_lock.value(),
            neutral_title=self.neutral.isChecked(),
            backup_reminder_days=self.reminder_days.value())

    def save(self) -> None:
        profile = self.value()
        if profile is None or not self.session.is_open:
            return
        try:
            saved = self.session.vault.save_profile(profile)
        except ValidationError as exc:
            from workbook.ui.errors import problems_text

            self.message.show_message(problems_text(exc))
            return
        self.profile = saved if isinstance(saved, Profile) else profile
        self.status.setText(self.tr("✓ Saved."))
        self._clear_status.start()
        # Last: a language change rebuilds the pages, this one included.
        self.session.notify("profile")

    # --- backups -------------------------------------------------------------------------------

    def show_last_backup(self) -> None:
        if not self.session.is_open:
            return
        from workbook.services.backup import last_backup_at

        made = last_backup_at(self.session.vault)
        if made is None:
            self.last_backup.setText(self.tr("Never"))
        else:
            self.last_backup.setText(made.astimezone().strftime("%Y-%m-%d %H:%M"))

    def _session_changed(self, entity: str) -> None:
        if entity == "backup":
            self.show_last_backup()

    def open_backup(self) -> None:
        from workbook.ui.dialogs.backup_dialog import start_backup

        start_backup(self, self.session)

    def open_restore(self) -> None:
        from workbook.ui.dialogs.backup_dialog import ask_restore

        if not self.session.is_open:
            return
        chosen = ask_restore(self, self.session.vault.path.parent)
        if chosen is not None and self.session.is_open:
            self.session.request_restore(*chosen)

    def open_change_passphrase(self) -> None:
        from workbook.ui.dialogs.change_passphrase import ChangePassphraseDialog

        dialog = ChangePassphraseDialog(self.session, self)
        if dialog.exec() and self.session.is_open:
            self.status.setText(self.tr("✓ The passphrase is changed."))
            self._clear_status.start()
        dialog.deleteLater()

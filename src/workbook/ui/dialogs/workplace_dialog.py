"""Add or edit a workplace, including the legal employer behind its trading name."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from workbook.domain.categories import WorkplaceKind
from workbook.domain.errors import ValidationError
from workbook.domain.models import Workplace
from workbook.ui.dialogs.record_dialog import RecordDialog
from workbook.ui.session import Session
from workbook.ui.widgets.pickers import CurrencyCombo, ZoneCombo, workplace_kind_label


class WorkplaceDialog(RecordDialog):
    def __init__(self, session: Session, workplace: Workplace | None = None,
                 parent: QWidget | None = None) -> None:
        title = self.tr("Edit workplace") if workplace else self.tr("New workplace")
        super().__init__(session, title, parent)
        self.workplace = workplace
        self.saved: Workplace | None = None
        profile = session.vault.get_profile()

        self.name = QLineEdit()
        self.name.setMaxLength(500)
        self.kind = QComboBox()
        for kind in WorkplaceKind:
            self.kind.addItem(workplace_kind_label(kind), kind.value)
        self.city = QLineEdit()
        self.country = QLineEdit()
        self.country.setMaxLength(2)
        self.country.setPlaceholderText("SE")
        self.country.textEdited.connect(
            lambda text: self.country.setText(text.upper()) if text != text.upper() else None)
        self.currency = CurrencyCombo()
        self.timezone = ZoneCombo()
        self.legal_name = QLineEdit()
        self.registration = QLineEdit()
        self.address = QPlainTextEdit()
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.fontMetrics().height() * 4)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().height() * 5)
        self.archived = QCheckBox(self.tr("Archived: I no longer work here (its records stay)"))

        self.add_row(self.tr("Name"), self.name, "name",
                     hint=self.tr("The name people use, like the club's name on the door."))
        self.add_row(self.tr("Kind"), self.kind, "kind")
        self.add_row(self.tr("City"), self.city, "city")
        self.add_row(self.tr("Country code"), self.country, "country",
                     hint=self.tr("Two letters, like SE for Sweden."))
        self.add_row(self.tr("Currency"), self.currency, "currency")
        self.add_row(self.tr("Time zone"), self.timezone, "timezone")

        employer = QGroupBox(self.tr("Legal employer"))
        why = QLabel(self.tr(
            "A claim must name the legal employer, which is often not the name on the door. "
            "You find it on pay slips, contracts, receipts or in the company register."))
        why.setWordWrap(True)
        why.setObjectName("hint")
        inner = RecordDialogRows(self, employer)
        inner.layout_.addWidget(why)
        inner.row(self.tr("Legal name"), self.legal_name, "legal_name")
        inner.row(self.tr("Registration number"), self.registration, "registration_number")
        inner.row(self.tr("Address"), self.address, "address")
        self.form.addRow(employer)
        self.add_row(self.tr("Notes"), self.notes, "notes")
        self.form.addRow("", self.archived)

        source = workplace or Workplace(name="", currency=profile.default_currency,
                                        timezone=profile.timezone)
        self.name.setText(source.name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(str(source.kind))))
        self.city.setText(source.city)
        self.country.setText(source.country)
        self.currency.set_value(source.currency)
        self.timezone.set_value(source.timezone)
        self.legal_name.setText(source.legal_name)
        self.registration.setText(source.registration_number)
        self.address.setPlainText(source.address)
        self.notes.setPlainText(source.notes)
        self.archived.setChecked(source.archived)
        self.archived.setVisible(workplace is not None)
        self.fit()
        self.name.setFocus()

    def value(self) -> Workplace:
        base = self.workplace or Workplace(name="", currency="SEK", timezone="UTC")
        return replace(
            base, name=self.name.text().strip(), kind=WorkplaceKind(self.kind.currentData()),
            city=self.city.text().strip(), country=self.country.text().strip().upper(),
            currency=self.currency.value() or self.currency.currentText().strip(),
            timezone=self.timezone.value() or self.timezone.currentText().strip(),
            legal_name=self.legal_name.text().strip(),
            registration_number=self.registration.text().strip(),
            address=self.address.toPlainText().strip(), notes=self.notes.toPlainText(),
            archived=self.archived.isChecked())

    def save(self) -> None:
        self.clear_messages()
        workplace = self.value()
        ok = True
        if not workplace.name:
            self.field_problem("name", self.tr("Give the workplace a name."))
            ok = False
        if self.currency.value() is None:
            self.field_problem("currency", self.tr("Choose a currency from the list, like SEK."))
            ok = False
        if self.timezone.value() is None:
            self.field_problem("timezone", self.tr("Choose a time zone from the list."))
            ok = False
        if workplace.country and (len(workplace.country) != 2 or not workplace.country.isalpha()):
            self.field_problem("country", self.tr("Use two letters, like SE."))
            ok = False
        if not ok:
            return
        vault = self.session.vault
        try:
            if workplace.id is None:
                self.saved = vault.add_workplace(workplace)
            else:
                self.saved = vault.update_workplace(workplace)
        except ValidationError as exc:
            self.show_problems(exc)
            return
        self.session.notify("workplace")
        self.accept()


class RecordDialogRows:
    """A form inside a group box whose fields still get their messages in the dialog."""

    def __init__(self, dialog: RecordDialog, box: QGroupBox) -> None:
        from PySide6.QtWidgets import QFormLayout

        self.dialog = dialog
        self.layout_ = QVBoxLayout(box)
        self.layout_.setSpacing(8)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.layout_.addLayout(self.form)

    def row(self, text: str, field: QWidget, name: str) -> None:
        from workbook.ui.widgets.messages import FieldMessage

        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(field)
        message = FieldMessage()
        self.dialog.messages[name] = message
        column.addWidget(message)
        label = QLabel(text)
        label.setBuddy(field)
        field.setAccessibleName(text)
        self.form.addRow(label, holder)

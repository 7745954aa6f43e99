"""Add or edit a person: a name or nickname the worker chooses, and their role."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from workbook.domain.categories import PersonRole
from workbook.domain.errors import ValidationError
from workbook.domain.models import Person
from workbook.ui.dialogs.record_dialog import RecordDialog
from workbook.ui.session import Session
from workbook.ui.widgets.labels import PERSON_ROLE, label


class PersonDialog(RecordDialog):
    def __init__(self, session: Session, person: Person | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Edit person") if person else self.tr("New person"),
                         parent)
        self.person = person
        self.saved: Person | None = None
        self.label = QLineEdit()
        self.label.setMaxLength(500)
        self.role = QComboBox()
        for role in PersonRole:
            self.role.addItem(label(PERSON_ROLE, role), role.value)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().height() * 5)
        self.add_row(self.tr("Name or nickname"), self.label, "label",
                     hint=self.tr("Any name you will recognise. Reports for a union can replace "
                                  "it with “Manager A”."))
        self.add_row(self.tr("Role"), self.role, "role")
        self.add_row(self.tr("Notes"), self.notes, "notes")
        if person is not None:
            self.label.setText(person.label)
            self.role.setCurrentIndex(max(0, self.role.findData(str(person.role))))
            self.notes.setPlainText(person.notes)
        self.fit()
        self.label.setFocus()

    def value(self) -> Person:
        base = self.person or Person(label="")
        return replace(base, label=self.label.text().strip(),
                       role=PersonRole(self.role.currentData()), notes=self.notes.toPlainText())

    def save(self) -> None:
        self.clear_messages()
        person = self.value()
        if not person.label:
            self.field_problem("label", self.tr("Give a name or nickname."))
            return
        try:
            if person.id is None:
                self.saved = self.session.vault.add_person(person)
            else:
                self.saved = self.session.vault.update_person(person)
        except ValidationError as exc:
            self.show_problems(exc)
            return
        self.session.notify("person")
        self.accept()

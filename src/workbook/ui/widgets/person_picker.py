"""Pick the people in an incident from those already known, or name someone new with a role.

New people are only created when the incident is saved (``services.records``), so cancelling
the dialog leaves nobody behind.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbook.domain.categories import Involvement, PersonRole
from workbook.domain.models import Person
from workbook.services.records import PersonInIncident
from workbook.ui.widgets.labels import INVOLVEMENT, PERSON_ROLE, label


class PersonPicker(QWidget):
    changed = Signal()

    def __init__(self, known: list[Person], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._known = {p.label.casefold(): p for p in known}
        self._chosen: list[PersonInIncident] = []

        self.name = QComboBox()
        self.name.setEditable(True)
        self.name.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.name.addItem("")
        for person in sorted(known, key=lambda p: p.label.casefold()):
            self.name.addItem(person.label)
        completer = self.name.completer()
        assert completer is not None
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        name_edit = self.name.lineEdit()
        assert name_edit is not None
        name_edit.setPlaceholderText(self.tr("Name or nickname"))
        self.name.setAccessibleName(self.tr("Person's name or nickname"))
        self.name.currentTextChanged.connect(self._name_changed)
        name_edit.returnPressed.connect(self.add_current)

        self.role = QComboBox()
        for role in PersonRole:
            self.role.addItem(label(PERSON_ROLE, role), role.value)
        self.role.setAccessibleName(self.tr("Role of a new person"))
        self.involvement = QComboBox()
        for inv in Involvement:
            self.involvement.addItem(label(INVOLVEMENT, inv), inv.value)
        self.involvement.setAccessibleName(self.tr("Involved or witness"))
        self.add_button = QPushButton(self.tr("Add &person"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_current)
        self.hint = QLabel()
        self.hint.setWordWrap(True)

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("People in this incident"))
        self.list.setMaximumHeight(self.fontMetrics().height() * 4 + 8)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_selected)
        self.list.itemSelectionChanged.connect(self._selection_changed)
        self._selection_changed()

        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.name, 0, 0)
        grid.addWidget(self.role, 0, 1)
        grid.addWidget(self.involvement, 0, 2)
        grid.addWidget(self.add_button, 0, 3)
        grid.setColumnStretch(0, 1)
        list_row = QHBoxLayout()
        list_row.addWidget(self.list, 1)
        list_row.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addWidget(self.hint)
        layout.addLayout(list_row)
        self._name_changed(self.name.currentText())
        self.setFocusProxy(self.name)

    def people(self) -> list[PersonInIncident]:
        return list(self._chosen)

    def set_people(self, people: list[PersonInIncident]) -> None:
        self._chosen = list(people)
        self._refill()

    def _name_changed(self, text: str) -> None:
        person = self._known.get(text.strip().casefold())
        self.role.setEnabled(person is None)
        if person is not None:
            self.role.setCurrentIndex(max(0, self.role.findData(str(person.role))))
            self.hint.setText(self.tr("Already in your records."))
        elif text.strip():
            self.hint.setText(self.tr("New person: choose their role, then Add."))
        else:
            self.hint.setText("")
        self.hint.setVisible(bool(self.hint.text()))
        self.add_button.setEnabled(bool(text.strip()))

    def add_current(self) -> None:
        text = self.name.currentText().strip()
        if not text:
            return
        person = self._known.get(text.casefold()) or Person(
            label=text, role=PersonRole(self.role.currentData()))
        involvement = Involvement(self.involvement.currentData())
        self._chosen = [c for c in self._chosen
                        if c.person.label.casefold() != person.label.casefold()]
        self._chosen.append(PersonInIncident(person, involvement))
        self.name.setEditText("")
        self._refill()
        self.name.setFocus()

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._chosen):
            del self._chosen[row]
            self._refill()

    def _refill(self) -> None:
        self.list.clear()
        for entry in self._chosen:
            text = self.tr("%1 (%2) – %3").replace("%1", entry.person.label).replace(
                "%2", label(PERSON_ROLE, entry.person.role)).replace(
                "%3", label(INVOLVEMENT, entry.involvement))
            if entry.person.id is None:
                text += " · " + self.tr("new")
            QListWidgetItem(text, self.list)
        self._selection_changed()
        self.changed.emit()

    def _selection_changed(self) -> None:
        self.remove_button.setEnabled(self.list.currentRow() >= 0)

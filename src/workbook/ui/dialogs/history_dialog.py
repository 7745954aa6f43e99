"""Every kept version of one record, from the change journal.

An edit never overwrites: the journal keeps the earlier version's values beside a hash chain.
This dialog lists the versions (when each was written down, and whether it created, changed or
deleted the record) and shows the values of the chosen one, marking the fields that changed
from the version before it with a "changed" tag (words, not only colour).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, QLocale, Qt, QTimeZone
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbook.domain.currencies import is_currency
from workbook.ui.session import Session
from workbook.ui.widgets.labels import (
    INCIDENT_CATEGORY,
    MONEY_CATEGORY,
    MONEY_KIND,
    PAYMENT_METHOD,
    PERSON_ROLE,
    SHIFT_ROLE,
    amount_text,
    label,
)
from workbook.ui.widgets.pickers import WORKPLACE_KIND

_CTX = "Fields"

FIELD_LABELS: dict[str, object] = {
    "name": QT_TRANSLATE_NOOP("Fields", "Name"),
    "kind": QT_TRANSLATE_NOOP("Fields", "Kind"),
    "city": QT_TRANSLATE_NOOP("Fields", "City"),
    "country": QT_TRANSLATE_NOOP("Fields", "Country"),
    "currency": QT_TRANSLATE_NOOP("Fields", "Currency"),
    "timezone": QT_TRANSLATE_NOOP("Fields", "Time zone"),
    "legal_name": QT_TRANSLATE_NOOP("Fields", "Legal name"),
    "registration_number": QT_TRANSLATE_NOOP("Fields", "Registration number"),
    "address": QT_TRANSLATE_NOOP("Fields", "Address"),
    "notes": QT_TRANSLATE_NOOP("Fields", "Notes"),
    "archived": QT_TRANSLATE_NOOP("Fields", "Archived"),
    "label": QT_TRANSLATE_NOOP("Fields", "Name or nickname"),
    "role": QT_TRANSLATE_NOOP("Fields", "Role"),
    "workplace": QT_TRANSLATE_NOOP("Fields", "Workplace"),
    "start": QT_TRANSLATE_NOOP("Fields", "Start"),
    "end": QT_TRANSLATE_NOOP("Fields", "End"),
    "breaks_minutes": QT_TRANSLATE_NOOP("Fields", "Unpaid breaks (minutes)"),
    "scheduled_start": QT_TRANSLATE_NOOP("Fields", "Scheduled start"),
    "scheduled_end": QT_TRANSLATE_NOOP("Fields", "Scheduled end"),
    "shift": QT_TRANSLATE_NOOP("Fields", "Shift"),
    "date": QT_TRANSLATE_NOOP("Fields", "Date"),
    "category": QT_TRANSLATE_NOOP("Fields", "Category"),
    "amount": QT_TRANSLATE_NOOP("Fields", "Amount"),
    "method": QT_TRANSLATE_NOOP("Fields", "Paid how"),
    "counterparty": QT_TRANSLATE_NOOP("Fields", "Paid to or taken by"),
    "note": QT_TRANSLATE_NOOP("Fields", "Note"),
    "severity": QT_TRANSLATE_NOOP("Fields", "How serious"),
    "title": QT_TRANSLATE_NOOP("Fields", "Title"),
    "description": QT_TRANSLATE_NOOP("Fields", "What happened"),
    "people": QT_TRANSLATE_NOOP("Fields", "People"),
    "reported_to": QT_TRANSLATE_NOOP("Fields", "Reported to"),
    "reported_on": QT_TRANSLATE_NOOP("Fields", "Reported on"),
    "outcome": QT_TRANSLATE_NOOP("Fields", "Outcome"),
}

ACTIONS = {
    "create": QT_TRANSLATE_NOOP("History", "Written down"),
    "update": QT_TRANSLATE_NOOP("History", "Changed"),
    "delete": QT_TRANSLATE_NOOP("History", "Deleted"),
}

_SLUG_TABLES: dict[tuple[str, str], dict[str, Any]] = {
    ("money", "kind"): MONEY_KIND,
    ("money", "category"): MONEY_CATEGORY,
    ("money", "method"): PAYMENT_METHOD,
    ("shift", "role"): SHIFT_ROLE,
    ("person", "role"): PERSON_ROLE,
    ("incident", "category"): INCIDENT_CATEGORY,
    ("workplace", "kind"): WORKPLACE_KIND,
}


def field_label(name: str) -> str:
    return QCoreApplication.translate(_CTX, str(FIELD_LABELS.get(name, name)))


def stamp_text(moment: datetime, tz_name: str | None = None) -> str:
    """An instant as the worker's local date and time (in ``tz_name`` when given)."""
    qdt = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    qdt = qdt.toTimeZone(QTimeZone(tz_name.encode())) if tz_name else qdt.toLocalTime()
    return QLocale().toString(qdt, QLocale.FormatType.ShortFormat)


def value_text(entity: str, name: str, value: Any, values: dict[str, Any],
               session: Session | None = None) -> str:
    """A journalled value written for a person to read."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return QCoreApplication.translate("History", "Yes" if value else "No")
    table = _SLUG_TABLES.get((entity, name))
    if table is not None and isinstance(value, str):
        return label(table, value)
    if entity == "money" and name == "amount" and isinstance(value, int):
        currency = values.get("currency")
        if isinstance(currency, str) and is_currency(currency):
            return amount_text(value, currency)
    if isinstance(value, str) and len(value) == 20 and value.endswith("Z") and "T" in value:
        try:
            moment = datetime.strptime(value, "%Y-%m-%dT%H:%M:%S%z")
        except ValueError:
            return value
        tz = values.get("timezone")
        return stamp_text(moment, tz if isinstance(tz, str) else None)
    if name == "workplace" and isinstance(value, int) and session is not None and session.is_open:
        workplace = session.vault.get_workplace(value)
        if workplace is not None:
            return workplace.name
    if name == "people" and isinstance(value, list):
        return QCoreApplication.translate("History", "%n people", None, len(value))
    return str(value)


class HistoryDialog(QDialog):
    def __init__(self, session: Session, entity: str, record_id: int, title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.entity = entity
        self.setWindowTitle(self.tr("Earlier versions"))
        self.versions = session.vault.record_history(entity, record_id)

        heading = QLabel(title)
        heading.setObjectName("pageTitle")
        heading.setWordWrap(True)
        explain = QLabel(self.tr(
            "Workbook never overwrites a record. Each time it is changed, the earlier version "
            "is kept in a tamper-evident journal, with the time it was written down."))
        explain.setWordWrap(True)
        explain.setObjectName("hint")

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Versions"))
        for number, version in enumerate(self.versions, start=1):
            action = QCoreApplication.translate("History", str(ACTIONS.get(version.action,
                                                                           version.action)))
            text = self.tr("Version %1 · %2 · %3").replace("%1", str(number)).replace(
                "%2", action).replace("%3", stamp_text(version.recorded_at))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, number - 1)
            self.list.addItem(item)

        self.values = QTableWidget(0, 3)
        self.values.setAccessibleName(self.tr("Values of the chosen version"))
        self.values.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Value"),
                                               self.tr("Change")])
        self.values.verticalHeader().hide()
        self.values.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.values.setWordWrap(True)
        header = self.values.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("note")
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.summary)
        right_layout.addWidget(self.values, 1)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        h = self.fontMetrics().height()
        widest = max((self.list.sizeHintForColumn(0) for _ in [0]), default=0)
        splitter.setSizes([widest + 2 * h, 30 * h])

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(explain)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(self._show_version)
        if self.versions:
            self.list.setCurrentRow(len(self.versions) - 1)
        self.resize(self.fontMetrics().height() * 52, self.fontMetrics().height() * 32)

    def _show_version(self, row: int) -> None:
        self.values.setRowCount(0)
        if not 0 <= row < len(self.versions):
            return
        version = self.versions[row]
        if version.values is None:
            self.values.setRowCount(1)
            note = (self.tr("The record was deleted; only the fact that it existed is kept.")
                    if version.action == "delete" else
                    self.tr("These values were erased when the record was deleted."))
            item = QTableWidgetItem(note)
            self.values.setItem(0, 1, item)
            self.summary.setText(note)
            return
        previous = self._previous_values(row)
        order = list(FIELD_LABELS)
        names = sorted(version.values,
                       key=lambda n: order.index(n) if n in order else len(order))
        self.values.setRowCount(len(names))
        for i, name in enumerate(names):
            value = version.values[name]
            changed = previous is not None and previous.get(name) != value
            self.values.setItem(i, 0, QTableWidgetItem(field_label(name)))
            self.values.setItem(i, 1, QTableWidgetItem(
                value_text(self.entity, name, value, version.values, self.session)))
            mark = QTableWidgetItem(self.tr("changed") if changed else "")
            if changed:
                font = mark.font()
                font.setBold(True)
                mark.setFont(font)
            self.values.setItem(i, 2, mark)
        self.values.resizeRowsToContents()
        changed = [field_label(n) for n in names
                   if previous is not None and previous.get(n) != version.values[n]]
        if previous is None:
            self.summary.setText(self.tr("The first version, as it was written down."))
        elif changed:
            self.summary.setText(self.tr("Changed in this version: %1").replace(
                "%1", ", ".join(changed)))
        else:
            self.summary.setText(self.tr("Nothing changed in this version."))

    def _previous_values(self, row: int) -> dict[str, Any] | None:
        for earlier in reversed(self.versions[:row]):
            if earlier.values is not None:
                return earlier.values
        return None

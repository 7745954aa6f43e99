"""Record what happened: when, how serious, who was there, who was told, and the proof.

Attachments are read into memory and saved inside the encrypted vault with the incident; images
are shown from those bytes, never from a file written out to be opened.
"""

from __future__ import annotations

import itertools
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QDate,
    QDateTime,
    QTime,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from workbook.domain.categories import ControlIndicator, IncidentCategory, Involvement, PersonRole
from workbook.domain.errors import Problem, ValidationError
from workbook.domain.models import Incident, Person, Shift, Workplace
from workbook.domain.timeutil import local, localize, utc_now, zone
from workbook.services import records
from workbook.services.records import PersonInIncident
from workbook.ui.dialogs.record_editor import RecordEditor
from workbook.ui.dialogs.unsaved import apply_widget_state, widget_state
from workbook.ui.errors import describe
from workbook.ui.session import Session
from workbook.ui.widgets.image_viewer import ImageViewer
from workbook.ui.widgets.labels import (
    INCIDENT_CATEGORY,
    date_text,
    label,
    problem_text,
    severity_label,
    time_text,
)
from workbook.ui.widgets.messages import FieldMessage
from workbook.ui.widgets.person_picker import PersonPicker


def _qdatetime(moment: datetime) -> QDateTime:
    return QDateTime(QDate(moment.year, moment.month, moment.day),
                     QTime(moment.hour, moment.minute))


def _naive(value: QDateTime) -> datetime:
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


class IncidentEditor(RecordEditor):
    """Add an incident (``incident=None``) or edit one; ``saved_incident`` holds the result."""

    def __init__(self, session: Session, incident: Incident | None = None,
                 parent: QWidget | None = None, *, workplace_id: int | None = None,
                 shift_id: int | None = None) -> None:
        super().__init__(session, parent)
        self.incident = incident
        self.saved_incident: Incident | None = None
        vault = session.vault
        self._profile = vault.get_profile()
        self._workplaces: list[Workplace] = [
            w for w in vault.list_workplaces(include_archived=True)
            if not w.archived or (incident is not None and w.id == incident.workplace_id)
        ]
        self._people = list(vault.list_people())
        self.setWindowTitle(self.tr("Edit incident") if incident else self.tr("Record an "
                                                                                "incident"))
        self.setModal(True)
        self._build()
        if incident is not None:
            self._load(incident)
        else:
            if workplace_id is None:
                workplace_id = records.today_workplace(vault)
            index = self.workplace.findData(workplace_id)
            self.workplace.setCurrentIndex(index if index >= 0 else min(1, len(
                self._workplaces)))
            now = local(utc_now(), self._timezone()).replace(tzinfo=None)
            self.start.setDateTime(_qdatetime(now))
            self.end.setDateTime(_qdatetime(now))
            self._fill_shifts(shift_id)
        self._update_severity_words()
        self._fix_tab_order()
        self.title.setFocus()
        self.ready()

    # --- building ----------------------------------------------------------------------

    def _build(self) -> None:
        self.workplace = QComboBox()
        self.workplace.addItem(self.tr("— no workplace —"), None)
        for w in self._workplaces:
            self.workplace.addItem(w.name, w.id)
        self.workplace.setAccessibleName(self.tr("Workplace"))
        self.workplace.currentIndexChanged.connect(lambda _i: self._fill_shifts(None))

        self.category = QComboBox()
        for c in IncidentCategory:
            self.category.addItem(label(INCIDENT_CATEGORY, c), c.value)
        self.category.setAccessibleName(self.tr("What kind of incident"))

        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("A few words, e.g. “Fined for being late”"))
        self.title.setAccessibleName(self.tr("Title"))
        self.title_message = FieldMessage()

        fmt = "yyyy-MM-dd HH:mm"
        self.start = QDateTimeEdit()
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat(fmt)
        self.start.setAccessibleName(self.tr("When it started"))
        self.has_end = QCheckBox(self.tr("It went on &until"))
        self.end = QDateTimeEdit()
        self.end.setCalendarPopup(True)
        self.end.setDisplayFormat(fmt)
        self.end.setEnabled(False)
        self.end.setAccessibleName(self.tr("When it ended"))
        self.has_end.toggled.connect(self.end.setEnabled)
        self.when_message = FieldMessage()

        self.severity = QComboBox()
        for level in range(1, 6):
            self.severity.addItem(severity_label(level), level)
        self.severity.setCurrentIndex(2)
        self.severity.setAccessibleName(self.tr("How serious, from 1 (minor) to 5 (grave)"))
        self.severity_words = QLabel()
        self.severity.currentIndexChanged.connect(self._update_severity_words)

        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setPlaceholderText(self.tr("What happened, in your own words. Who "
                                                    "said or did what, and what it cost you."))
        self.description.setAccessibleName(self.tr("Description"))
        self.description.setFixedHeight(self.fontMetrics().lineSpacing() * 6 + 12)

        self.people = PersonPicker(self._people)

        self.reported_to = QLineEdit()
        self.reported_to.setPlaceholderText(self.tr("e.g. the union, the manager, the police"))
        self.reported_to.setAccessibleName(self.tr("Reported to"))
        self.reported_on_set = QCheckBox(self.tr("on"))
        self.reported_on = QDateEdit()
        self.reported_on.setCalendarPopup(True)
        self.reported_on.setDisplayFormat("yyyy-MM-dd")
        self.reported_on.setDate(QDate.currentDate())
        self.reported_on.setEnabled(False)
        self.reported_on.setAccessibleName(self.tr("Date it was reported"))
        self.reported_on_set.setAccessibleName(self.tr("Reported on a date"))
        self.reported_on_set.toggled.connect(self.reported_on.setEnabled)
        self.outcome = QPlainTextEdit()
        self.outcome.setTabChangesFocus(True)
        self.outcome.setPlaceholderText(self.tr("What came of it, if anything"))
        self.outcome.setAccessibleName(self.tr("Outcome"))
        self.outcome.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)

        self.shift = QComboBox()
        self.shift.setAccessibleName(self.tr("Linked shift"))

        self.build_shared(editing=self.incident is not None, controls_title=self.tr(
            "Signs of control this shows"), save_name=self.tr("Save incident"))
        # The panel's parts, by the names the editor has always had.
        self.files = self.attachments.files
        self.add_file_button = self.attachments.add_file_button
        self.paste_button = self.attachments.paste_button
        self.view_button = self.attachments.view_button
        self.remove_file_button = self.attachments.remove_file_button
        self.preview = self.attachments.preview
        self.files_message = self.attachments.message
        self.add_file = self.attachments.add_file
        self.add_path = self.attachments.add_path
        self.view_selected = self.attachments.view_selected
        self.add_bytes = self.attachments.add_bytes
        self.paste_image = self.attachments.paste_image

        # --- layout ---
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.buddy(self.tr("&Kind"), self.category), self.category)
        form.addRow(self.buddy(self.tr("&Title"), self.title), self.title)
        form.addRow("", self.title_message)
        form.addRow(self.buddy(self.tr("Wor&kplace"), self.workplace), self.workplace)
        when = QHBoxLayout()
        when.addWidget(self.start)
        when.addWidget(self.has_end)
        when.addWidget(self.end)
        when.addStretch(1)
        form.addRow(self.buddy(self.tr("W&hen"), self.start), self.wrap(when))
        form.addRow("", self.when_message)
        severity = QHBoxLayout()
        severity.addWidget(self.severity)
        severity.addWidget(self.severity_words, 1)
        form.addRow(self.buddy(self.tr("Se&verity"), self.severity), self.wrap(severity))
        form.addRow(self.buddy(self.tr("&Description"), self.description), self.description)
        form.addRow(self.buddy(self.tr("P&eople"), self.people), self.people)
        reported = QHBoxLayout()
        reported.addWidget(self.reported_to, 1)
        reported.addWidget(self.reported_on_set)
        reported.addWidget(self.reported_on)
        form.addRow(self.buddy(self.tr("&Reported to"), self.reported_to), self.wrap(reported))
        form.addRow(self.buddy(self.tr("&Outcome"), self.outcome), self.outcome)
        form.addRow(self.buddy(self.tr("Lin&ked shift"), self.shift), self.shift)

        scroll = self.scrolling_body(form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.history_note, 1)
        if self.incident is None:
            buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addLayout(buttons)
        em = self.fontMetrics().height()
        self.resize(min(52 * em, 1300), min(48 * em, 1000))

    # --- unsaved changes (see dialogs/unsaved.py) -------------------------------------------

    draft_kind = "incident"

    def draft_record_id(self) -> int | None:
        return None if self.incident is None else self.incident.id

    def form_state(self) -> dict[str, Any]:
        return {
            "fields": widget_state(self),
            "people": [[p.person.id, p.person.label, str(p.person.role), str(p.involvement)]
                       for p in self.people.people()],
            "files": [len(self.attachments.new_files()), self.attachments.removed()],
        }

    def apply_form_state(self, state: dict[str, Any]) -> None:
        fields = state.get("fields")
        apply_widget_state(self, fields if isinstance(fields, list) else [])
        known = {p.id: p for p in self._people}
        chosen: list[PersonInIncident] = []
        for entry in state.get("people") or []:
            try:
                person_id, name, role, involvement = entry
                person = known.get(person_id) or Person(str(name), PersonRole(role))
                chosen.append(PersonInIncident(person, Involvement(involvement)))
            except (TypeError, ValueError):
                continue
        self.people.set_people(chosen)
        self._update_severity_words()

    @property
    def viewer(self) -> ImageViewer | None:
        return self.attachments.viewer


    def _fix_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.category, self.title, self.workplace, self.start, self.has_end, self.end,
            self.severity, self.description, self.people.name, self.people.add_button,
            self.people.role, self.people.involvement, self.people.list,
            self.people.remove_button, self.reported_to, self.reported_on_set,
            self.reported_on, self.outcome, self.shift, *self.attachments.focus_chain(),
            *self.controls.values(), self.save_button, self.cancel_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- filling in ----------------------------------------------------------------------

    def _workplace_id(self) -> int | None:
        value = self.workplace.currentData()
        return value if isinstance(value, int) else None

    def _timezone(self) -> str:
        wanted = self._workplace_id()
        workplace = next((w for w in self._workplaces if w.id == wanted), None)
        return workplace.timezone if workplace else self._profile.timezone

    def _fill_shifts(self, selected: int | None) -> None:
        current = selected if selected is not None else self.shift.currentData()
        self.shift.clear()
        self.shift.addItem(self.tr("— no shift —"), None)
        workplace_id = self._workplace_id()
        if workplace_id is not None:
            shifts: list[Shift] = list(self.session.vault.list_shifts(
                workplace_id=workplace_id, limit=40))
            if (selected is not None and selected not in {s.id for s in shifts}):
                extra = self.session.vault.get_shift(selected)
                if extra is not None:
                    shifts.append(extra)
            for s in shifts:
                start = local(s.start, s.timezone)
                end = local(s.end, s.timezone)
                self.shift.addItem(self.tr("%1, %2–%3").replace("%1", date_text(start.date()))
                                   .replace("%2", time_text(start)).replace("%3",
                                                                            time_text(end)),
                                   s.id)
        self.shift.setCurrentIndex(max(0, self.shift.findData(current)))

    def _update_severity_words(self) -> None:
        words = {
            1: self.tr("Minor: annoying, worth noting."),
            2: self.tr("Low: it cost you something small."),
            3: self.tr("Serious: it cost you money, safety or sleep."),
            4: self.tr("High: you were hurt, threatened or lost a lot."),
            5: self.tr("Grave: violence, or a threat to your safety or your stay."),
        }
        self.severity_words.setText(words.get(self.severity.currentData(), ""))

    def _load(self, incident: Incident) -> None:
        self.workplace.blockSignals(True)
        self.workplace.setCurrentIndex(max(0, self.workplace.findData(incident.workplace_id)))
        self.workplace.blockSignals(False)
        self.category.setCurrentIndex(max(0, self.category.findData(str(incident.category))))
        self.title.setText(incident.title)
        self.start.setDateTime(_qdatetime(local(incident.start, incident.timezone)))
        if incident.end is not None:
            self.has_end.setChecked(True)
            self.end.setDateTime(_qdatetime(local(incident.end, incident.timezone)))
        else:
            self.end.setDateTime(self.start.dateTime())
        self.severity.setCurrentIndex(max(0, self.severity.findData(incident.severity)))
        self.description.setPlainText(incident.description)
        by_id = {p.id: p for p in self._people}
        self.people.set_people([PersonInIncident(by_id[x.person_id], x.involvement)
                                for x in incident.people if x.person_id in by_id])
        self.reported_to.setText(incident.reported_to or "")
        if incident.reported_on is not None:
            self.reported_on_set.setChecked(True)
            d = incident.reported_on
            self.reported_on.setDate(QDate(d.year, d.month, d.day))
        self.outcome.setPlainText(incident.outcome or "")
        self._fill_shifts(incident.shift_id)
        assert incident.id is not None
        self.attachments.load(self.session.vault.list_attachments(incident_id=incident.id))
        for tag in records.incident_controls(self.session.vault, incident):
            self.controls[ControlIndicator(tag.indicator)].setChecked(True)

    # --- saving --------------------------------------------------------------------------

    def build(self) -> Incident:
        tz_name = self._timezone()
        tz = zone(tz_name)
        problems: list[Problem] = []
        start = end = None
        try:
            start = localize(_naive(self.start.dateTime()), tz, "start")
        except ValidationError as exc:
            problems.extend(exc.problems)
        if self.has_end.isChecked():
            try:
                end = localize(_naive(self.end.dateTime()), tz, "end")
            except ValidationError as exc:
                problems.extend(exc.problems)
        if problems or start is None:
            raise ValidationError(problems)
        reported_on: date | None = None
        if self.reported_on_set.isChecked():
            d = self.reported_on.date()
            reported_on = date(d.year(), d.month(), d.day())
        shift_id = self.shift.currentData()
        return Incident(
            start=start, end=end, timezone=tz_name,
            category=IncidentCategory(self.category.currentData()),
            title=self.title.text().strip(), workplace_id=self._workplace_id(),
            severity=int(self.severity.currentData()),
            description=self.description.toPlainText().strip(),
            shift_id=shift_id if isinstance(shift_id, int) else None,
            reported_to=self.reported_to.text().strip() or None, reported_on=reported_on,
            outcome=self.outcome.toPlainText().strip() or None,
            id=None if self.incident is None else self.incident.id,
            recorded_at=None if self.incident is None else self.incident.recorded_at,
            people=() if self.incident is None else self.incident.people,
        )

    def save(self) -> None:
        self._clear_problems()
        try:
            incident = self.build()
            new_files = self.attachments.new_files()
            controls = self.checked_controls()
            vault = self.session.vault
            if self.incident is None:
                saved = records.record_incident(vault, incident, new_files,
                                                people=self.people.people(), controls=controls)
            else:
                saved = records.update_incident(vault, incident, new_files,
                                                self.attachments.removed(),
                                                people=self.people.people(), controls=controls)
        except ValidationError as exc:
            self._show_problems(exc.problems)
            return
        except Exception as exc:  # keep the dialog open: nothing typed is lost
            QMessageBox.warning(self, self.tr("Not saved"), self.tr(
                "The incident could not be saved. What you typed is still here.\n\n%1")
                .replace("%1", describe(exc)[1]))
            return
        self.saved_incident = saved
        for entity in ("incident", "person", "attachment", "control"):
            self.session.notify(entity)
        self.accept()

    def _clear_problems(self) -> None:
        for message in (self.problems, self.title_message, self.when_message, self.files_message):
            message.clear_message()

    def _show_problems(self, problems: list[Problem]) -> None:
        names = {"title": self.tr("Title"), "start": self.tr("Start"), "end": self.tr("End"),
                 "severity": self.tr("Severity"), "description": self.tr("Description"),
                 "reported_to": self.tr("Reported to"), "outcome": self.tr("Outcome"),
                 "workplace": self.tr("Workplace"), "category": self.tr("What kind")}
        places: dict[str, tuple[FieldMessage | None, QWidget]] = {
            "title": (self.title_message, self.title), "start": (self.when_message, self.start),
            "end": (self.when_message, self.end), "workplace": (None, self.workplace),
            "description": (None, self.description), "outcome": (None, self.outcome),
            "reported_to": (None, self.reported_to),
        }
        summary: list[str] = []
        first: QWidget | None = None
        for problem in problems:
            name = problem.field.split("[")[0].split(".")[0]
            if name == "attachments":
                text = self.tr("Files: %1").replace("%1", problem_text(problem))
                self.files_message.show_message(text)
                widget: QWidget | None = self.files
            elif name == "people":
                text = self.tr("People: %1").replace("%1", problem_text(problem))
                widget = self.people
            else:
                text = self.tr("%1: %2").replace("%1", names.get(name, name)).replace(
                    "%2", problem_text(problem))
                message, widget = places.get(name, (None, None))
                if message is not None:
                    message.show_message(text)
            summary.append(text)
            first = first or widget
        self.show_summary(summary, first)

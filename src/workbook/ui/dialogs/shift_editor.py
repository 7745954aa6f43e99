"""One dialog for a whole shift: when, where, and the money of the night.

Made for logging last night at 4 a.m.: the date defaults to the night just worked, times and
money rows start from the previous shift at the same workplace, "ends next day" ticks itself
when the end is earlier than the start, and Enter on the last amount saves.
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from workbook.domain.categories import ControlIndicator, MoneyKind, ShiftRole, WorkplaceKind
from workbook.domain.errors import Problem, ValidationError
from workbook.domain.models import MoneyLine, Shift, Workplace
from workbook.domain.timeutil import local, localize, utc_now, work_day, zone
from workbook.services import records
from workbook.ui.dialogs.record_editor import RecordEditor
from workbook.ui.errors import describe
from workbook.ui.session import Session
from workbook.ui.widgets.labels import (
    SHIFT_ROLE,
    hours_text,
    label,
    problem_text,
)
from workbook.ui.widgets.messages import FieldMessage
from workbook.ui.widgets.money_lines import MoneyLinesTable, kept_sentence
from workbook.ui.widgets.style import strong

_FIRST_EARNING = {WorkplaceKind.CLUB: "private_dances", WorkplaceKind.AGENCY: "bookings",
                  WorkplaceKind.ONLINE_PLATFORM: "online_sales", WorkplaceKind.VENUE: "wage"}


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def _pytime(value: QTime) -> time:
    return time(value.hour(), value.minute())


def _qtime(value: datetime | time) -> QTime:
    return QTime(value.hour, value.minute)


def _to_row(problem: Problem, rows: list[int]) -> Problem:
    """``lines[k].amount`` from the service → ``lines[row].amount`` for the table on screen."""
    if not problem.field.startswith("lines["):
        return problem
    k = int(problem.field[6:problem.field.index("]")])
    rest = problem.field[problem.field.index("]") + 1:]
    return Problem(f"lines[{rows[k] if k < len(rows) else k}]{rest}", problem.message)


class ShiftEditor(RecordEditor):
    """Add a shift (``shift=None``) or edit one; ``saved_shift`` holds the result after Save."""

    def __init__(self, session: Session, shift: Shift | None = None,
                 parent: QWidget | None = None, *, workplace_id: int | None = None) -> None:
        super().__init__(session, parent)
        self.shift = shift
        self.saved_shift: Shift | None = None
        self._end_offset_days = 1
        vault = session.vault
        self._profile = vault.get_profile()
        self._workplaces: list[Workplace] = [
            w for w in vault.list_workplaces(include_archived=True)
            if not w.archived or (shift is not None and w.id == shift.workplace_id)
        ]
        self.setWindowTitle(self.tr("Edit shift") if shift else self.tr("Log a shift"))
        self.setModal(True)
        self._build()
        if shift is not None:
            self._load(shift)
        else:
            self._new(workplace_id)
        self._fix_tab_order()
        self._update_duration()
        self._update_totals()
        self.ready()

    # --- building ----------------------------------------------------------------------

    def _build(self) -> None:
        self.workplace = QComboBox()
        for w in self._workplaces:
            self.workplace.addItem(w.name, w.id)
        self.workplace.setAccessibleName(self.tr("Workplace"))
        self.workplace_message = FieldMessage()

        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        # Typed dates are year-month-day: 03/04 means different days in different countries.
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setAccessibleName(self.tr("Date the shift started"))
        self.start = QTimeEdit()
        self.start.setDisplayFormat("HH:mm")
        self.start.setAccessibleName(self.tr("Start time"))
        self.end = QTimeEdit()
        self.end.setDisplayFormat("HH:mm")
        self.end.setAccessibleName(self.tr("End time"))
        self.next_day = QCheckBox(self.tr("Ends &next day"))
        self.next_day.setAccessibleName(self.tr("The shift ends the next day"))
        self.next_day_note = QLabel()
        self.next_day_note.setWordWrap(True)
        self.start_message = FieldMessage()
        self.end_message = FieldMessage()
        self.duration = QLabel()
        self.duration.setAccessibleName(self.tr("Hours worked"))

        self.breaks = QSpinBox()
        self.breaks.setRange(0, 24 * 60)
        self.breaks.setSingleStep(15)
        self.breaks.setSuffix(self.tr(" min"))
        self.breaks.setAccessibleName(self.tr("Unpaid breaks in minutes"))
        self.breaks_message = FieldMessage()
        self.role = QComboBox()
        for role in ShiftRole:
            self.role.addItem(label(SHIFT_ROLE, role), role.value)
        self.role.setAccessibleName(self.tr("Role"))

        self.scheduled_start_on = QCheckBox(self.tr("Scheduled start"))
        self.scheduled_start = QTimeEdit()
        self.scheduled_start.setDisplayFormat("HH:mm")
        self.scheduled_start.setAccessibleName(self.tr("Scheduled start time"))
        self.scheduled_end_on = QCheckBox(self.tr("Scheduled end"))
        self.scheduled_end = QTimeEdit()
        self.scheduled_end.setDisplayFormat("HH:mm")
        self.scheduled_end.setAccessibleName(self.tr("Scheduled end time"))
        self.scheduled_message = FieldMessage()
        for box, edit in ((self.scheduled_start_on, self.scheduled_start),
                          (self.scheduled_end_on, self.scheduled_end)):
            edit.setEnabled(False)
            box.toggled.connect(edit.setEnabled)

        self.money = MoneyLinesTable(self._currency(), session=self.session)
        self.add_line = QPushButton(self.tr("&Add line (Insert)"))
        self.add_line.setAccessibleName(self.tr("Add a money line"))
        self.add_line.clicked.connect(self._add_line_clicked)
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.totals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        strong(self.totals)
        self.totals.setAccessibleName(self.tr("Tonight's money"))

        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr("Anything worth remembering about this shift"))
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)

        self.build_shared(editing=self.shift is not None, controls_title=self.tr(
            "Signs of control this shift"), save_name=self.tr("Save shift"))
        self.attachments.setToolTip(self.tr("A pay slip, a fine notice, the schedule: kept "
                                            "with this shift"))
        self.keys_hint = QLabel(self.tr("Enter moves to the next field; on the last amount it "
                                        "saves. Ctrl+Enter saves from anywhere."))
        self.keys_hint.setWordWrap(True)
        self.keys_hint.setObjectName("hint")
        # --- layout ---
        when = QGridLayout()
        when.addWidget(self.buddy(self.tr("&Date"), self.date), 0, 0)
        when.addWidget(self.buddy(self.tr("S&tart"), self.start), 0, 1)
        when.addWidget(self.buddy(self.tr("&End"), self.end), 0, 2)
        when.addWidget(self.date, 1, 0)
        when.addWidget(self.start, 1, 1)
        when.addWidget(self.end, 1, 2)
        when.addWidget(self.next_day, 1, 3)
        when.addWidget(self.next_day_note, 2, 3)
        when.addWidget(self.start_message, 2, 0, 1, 3)
        when.addWidget(self.end_message, 3, 0, 1, 4)
        when.setColumnStretch(3, 1)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.buddy(self.tr("&Workplace"), self.workplace), self.workplace)
        form.addRow("", self.workplace_message)
        form.addRow(self.tr("When"), self.wrap(when))
        form.addRow("", self.duration)
        extra = QHBoxLayout()
        extra.addWidget(self.breaks)
        extra.addSpacing(12)
        extra.addWidget(self.buddy(self.tr("&Role"), self.role))
        extra.addWidget(self.role)
        extra.addStretch(1)
        form.addRow(self.buddy(self.tr("&Breaks"), self.breaks), self.wrap(extra))
        form.addRow("", self.breaks_message)
        scheduled = QHBoxLayout()
        scheduled.addWidget(self.scheduled_start_on)
        scheduled.addWidget(self.scheduled_start)
        scheduled.addSpacing(12)
        scheduled.addWidget(self.scheduled_end_on)
        scheduled.addWidget(self.scheduled_end)
        scheduled.addStretch(1)
        form.addRow(self.tr("Scheduled (optional)"), self.wrap(scheduled))
        form.addRow("", self.scheduled_message)

        money_box = QGroupBox(self.tr("Money this shift"))
        money_layout = QVBoxLayout(money_box)
        money_layout.addWidget(self.money)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_line)
        add_row.addStretch(1)
        money_layout.addLayout(add_row)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        money_layout.addWidget(line)
        money_layout.addWidget(self.totals)

        scroll = self.scrolling_body(form, money_box, self.buddy(self.tr("N&otes"), self.notes),
                                     self.notes)

        buttons = QHBoxLayout()
        buttons.addWidget(self.keys_hint, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addWidget(self.history_note)
        outer.addLayout(buttons)

        em = self.fontMetrics().height()
        self.resize(min(62 * em, 1400), min(46 * em, 1000))

        # --- behaviour ---
        self.workplace.currentIndexChanged.connect(self._workplace_changed)
        self.start.timeChanged.connect(self._times_changed)
        self.end.timeChanged.connect(self._times_changed)
        self.date.dateChanged.connect(self._update_duration)
        self.next_day.toggled.connect(self._next_day_toggled)
        self.breaks.valueChanged.connect(self._update_duration)
        self.money.totalsChanged.connect(self._update_totals)
        self.money.rowsChanged.connect(self._fix_tab_order)

    def _fix_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.workplace, self.date, self.start, self.end, self.next_day, self.breaks,
            self.role, self.scheduled_start_on, self.scheduled_start, self.scheduled_end_on,
            self.scheduled_end, *self.money.focus_order(), self.add_line, self.notes,
            *self.attachments.focus_chain(), *self.controls.values(), self.save_button,
            self.cancel_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- filling in ----------------------------------------------------------------------

    def _workplace(self) -> Workplace | None:
        wanted = self.workplace.currentData()
        return next((w for w in self._workplaces if w.id == wanted), None)

    def _currency(self) -> str:
        workplace = self._workplace()
        return workplace.currency if workplace else self._profile.default_currency

    def _timezone(self) -> str:
        workplace = self._workplace()
        return workplace.timezone if workplace else self._profile.timezone

    def _new(self, workplace_id: int | None) -> None:
        if workplace_id is None:
            workplace_id = records.today_workplace(self.session.vault)
        self.workplace.blockSignals(True)
        self.workplace.setCurrentIndex(max(0, self.workplace.findData(workplace_id)))
        self.workplace.blockSignals(False)
        self.money.set_currency(self._currency())
        tz = self._timezone()
        # Before the profile's day start (06:00) the night just worked is dated the day it
        # began, so logging at 4 a.m. needs no date change.
        self.date.setDate(_qdate(work_day(utc_now(), tz, self._profile.day_starts_minutes)))
        self._prefill_from_previous()
        if not self._workplaces:
            self.workplace_message.show_message(
                self.tr("Add a workplace first (Workplaces page), then log shifts there."))
            self.save_button.setEnabled(False)

    def _prefill_from_previous(self) -> None:
        """Times, role, breaks and the rows of money from the last shift at this workplace."""
        workplace = self._workplace()
        self.money.clear_rows()
        previous = (records.previous_shift(self.session.vault, workplace.id)
                    if workplace is not None and workplace.id is not None else None)
        if previous is not None:
            shift, lines = previous
            start_local = local(shift.start, shift.timezone)
            end_local = local(shift.end, shift.timezone)
            self._set_times(start_local.time(), end_local.time())
            self.role.setCurrentIndex(max(0, self.role.findData(str(shift.role))))
            self.breaks.setValue(shift.breaks_minutes)
            seen: set[tuple[str, str]] = set()
            for line in lines:
                if (str(line.kind), line.category) not in seen:
                    seen.add((str(line.kind), line.category))
                    self.money.add_row(kind=MoneyKind(line.kind), category=line.category)
        else:
            self._set_times(time(21, 0), time(3, 0))
            kind = workplace.kind if workplace is not None else WorkplaceKind.CLUB
            self.money.add_row(kind=MoneyKind.EARNING,
                               category=_FIRST_EARNING.get(WorkplaceKind(kind), "tips"))
            self.money.add_row(kind=MoneyKind.DEDUCTION, category="house_fee")
        if not self.money.rows:
            self.money.add_row()

    def _set_times(self, start: time, end: time) -> None:
        self.start.setTime(_qtime(start))
        self.end.setTime(_qtime(end))
        self._times_changed()

    def _load(self, shift: Shift) -> None:
        self.workplace.blockSignals(True)
        self.workplace.setCurrentIndex(max(0, self.workplace.findData(shift.workplace_id)))
        self.workplace.blockSignals(False)
        self.money.set_currency(self._currency())
        start = local(shift.start, shift.timezone)
        end = local(shift.end, shift.timezone)
        self.date.setDate(_qdate(start.date()))
        self.start.setTime(_qtime(start))
        self.end.setTime(_qtime(end))
        self._end_offset_days = max(1, (end.date() - start.date()).days)
        self.next_day.setChecked(end.date() > start.date())
        self.next_day_note.clear()
        self.breaks.setValue(shift.breaks_minutes)
        self.role.setCurrentIndex(max(0, self.role.findData(str(shift.role))))
        if shift.scheduled_start is not None:
            self.scheduled_start_on.setChecked(True)
            self.scheduled_start.setTime(_qtime(local(shift.scheduled_start, shift.timezone)))
        if shift.scheduled_end is not None:
            self.scheduled_end_on.setChecked(True)
            self.scheduled_end.setTime(_qtime(local(shift.scheduled_end, shift.timezone)))
        self.notes.setPlainText(shift.notes)
        assert shift.id is not None
        for line in self.session.vault.money_for_shift(shift.id):
            self.money.add_row(line)
        if not self.money.rows:
            self.money.add_row()
        self.attachments.load(self.session.vault.list_attachments(shift_id=shift.id))
        for tag in records.shift_controls(self.session.vault, shift):
            self.controls[ControlIndicator(tag.indicator)].setChecked(True)

    # --- reacting --------------------------------------------------------------------------

    def _workplace_changed(self) -> None:
        self.money.set_currency(self._currency())
        if self.shift is None and not self._touched_money():
            self._prefill_from_previous()
        self._update_duration()

    def _touched_money(self) -> bool:
        return any(not row.is_blank() for row in self.money.rows)

    def _times_changed(self) -> None:
        crosses = self.end.time() <= self.start.time()
        if crosses != self.next_day.isChecked():
            self.next_day.blockSignals(True)
            self.next_day.setChecked(crosses)
            self.next_day.blockSignals(False)
            self.next_day_note.setText(
                self.tr("Ticked for you: the end time is earlier than the start.") if crosses
                else "")
        self._update_duration()

    def _next_day_toggled(self) -> None:
        self.next_day_note.clear()
        self._update_duration()

    def _add_line_clicked(self) -> None:
        last = self.money.rows[-1] if self.money.rows else None
        kind = MoneyKind(last.kind.currentData()) if last else MoneyKind.EARNING
        row = self.money.add_row(kind=kind)
        row.kind.setFocus()

    def _instants(self) -> tuple[datetime, datetime]:
        """Start and end as UTC instants; raises ``ValidationError`` for clock-change times."""
        tz = zone(self._timezone())
        day = _pydate(self.date.date())
        end_day = day + timedelta(days=self._end_offset_days if self.next_day.isChecked()
                                  else 0)
        problems: list[Problem] = []
        result: list[datetime] = []
        for name, when, edit in (("start", day, self.start), ("end", end_day, self.end)):
            try:
                result.append(localize(datetime.combine(when, _pytime(edit.time())), tz, name))
            except ValidationError as exc:
                problems.extend(exc.problems)
        if problems:
            raise ValidationError(problems)
        return result[0], result[1]

    def _update_duration(self) -> None:
        try:
            start, end = self._instants()
        except ValidationError as exc:
            self.duration.setText(problem_text(exc.problems[0]))
            return
        worked = int((end - start).total_seconds()) - self.breaks.value() * 60
        if end <= start:
            self.duration.setText(
                self.tr("The end is before the start. If the shift ended after midnight, tick "
                        "“Ends next day”.") if not self.next_day.isChecked()
                else self.tr("The end is before the start."))
        else:
            self.duration.setText(self.tr("Worked %1").replace("%1", hours_text(worked)))

    def _update_totals(self) -> None:
        totals = self.money.totals()
        text = kept_sentence(totals, self.money.currency)
        self.totals.setText(text)
        self.totals.setAccessibleDescription(text)

    # --- saving --------------------------------------------------------------------------

    def _scheduled(self, start: datetime) -> tuple[datetime | None, datetime | None]:
        tz = zone(self._timezone())
        day = local(start, self._timezone()).date()
        problems: list[Problem] = []
        s_start = s_end = None
        if self.scheduled_start_on.isChecked():
            try:
                s_start = localize(datetime.combine(day, _pytime(self.scheduled_start.time())),
                                   tz, "scheduled_start")
            except ValidationError as exc:
                problems.extend(exc.problems)
        if self.scheduled_end_on.isChecked():
            base = self.scheduled_start.time() if s_start else self.start.time()
            end_day = day + timedelta(days=1 if self.scheduled_end.time() <= base else 0)
            try:
                s_end = localize(datetime.combine(end_day, _pytime(self.scheduled_end.time())),
                                 tz, "scheduled_end")
            except ValidationError as exc:
                problems.extend(exc.problems)
        if problems:
            raise ValidationError(problems)
        return s_start, s_end

    def build(self) -> tuple[Shift, list[MoneyLine], list[int]]:
        """The shift and lines on screen; raises ``ValidationError`` with every problem."""
        problems: list[Problem] = []
        workplace = self._workplace()
        if workplace is None or workplace.id is None:
            problems.append(Problem("workplace", "is needed"))
        start = end = None
        try:
            start, end = self._instants()
        except ValidationError as exc:
            problems.extend(exc.problems)
        scheduled: tuple[datetime | None, datetime | None] = (None, None)
        if start is not None:
            try:
                scheduled = self._scheduled(start)
            except ValidationError as exc:
                problems.extend(exc.problems)
        shift: Shift | None = None
        if workplace is not None and workplace.id is not None and start and end:
            shift = Shift(
                workplace_id=workplace.id, start=start, end=end, timezone=workplace.timezone,
                breaks_minutes=self.breaks.value(), role=ShiftRole(self.role.currentData()),
                scheduled_start=scheduled[0], scheduled_end=scheduled[1],
                notes=self.notes.toPlainText().strip(),
                id=None if self.shift is None else self.shift.id,
                recorded_at=None if self.shift is None else self.shift.recorded_at,
            )
            problems.extend(shift.validate())  # end before start, breaks too long, …
        lines: list[MoneyLine] = []
        rows: list[int] = []
        try:
            lines, rows = self.money.lines(_pydate(self.date.date()))
        except ValidationError as exc:
            problems.extend(exc.problems)
        if problems or shift is None:
            raise ValidationError(problems)
        return shift, lines, rows

    def save(self) -> None:
        self._clear_problems()
        try:
            shift, lines, rows = self.build()
        except ValidationError as exc:
            self._show_problems(exc.problems)
            return
        controls = self.checked_controls()
        try:
            vault = self.session.vault
            # The shift, its money and its files are saved together or not at all.
            with vault.transaction():
                if self.shift is None:
                    saved, _lines = records.record_shift(vault, shift, lines, controls)
                else:
                    saved, _lines = records.update_shift(vault, shift, lines, controls)
                self._save_files(saved)
        except ValidationError as exc:
            # The service names lines by their place among the filled-in rows.
            self._show_problems([_to_row(p, rows) for p in exc.problems])
            return
        except Exception as exc:  # keep the dialog open: nothing typed is lost
            QMessageBox.warning(self, self.tr("Not saved"), self.tr(
                "The shift could not be saved. What you typed is still here.\n\n%1").replace(
                "%1", describe(exc)[1]))
            return
        self.saved_shift = saved
        for entity in ("shift", "money", "control", "attachment"):
            self.session.notify(entity)
        self.accept()

    def _save_files(self, shift: Shift) -> None:
        vault = self.session.vault
        for attachment_id in self.attachments.removed():
            vault.delete_attachment(attachment_id)
        for i, (meta, data) in enumerate(self.attachments.new_files()):
            try:
                vault.add_attachment(replace(meta, shift_id=shift.id, incident_id=None,
                                             id=None), data)
            except ValidationError as exc:
                raise ValidationError([Problem(f"attachments[{i}].{p.field}", p.message)
                                       for p in exc.problems]) from exc

    # --- unsaved changes (see dialogs/unsaved.py) -------------------------------------------

    draft_kind = "shift"

    def draft_record_id(self) -> int | None:
        return None if self.shift is None else self.shift.id

    def form_state(self) -> dict[str, Any]:
        def hm(edit: QTimeEdit) -> str:
            return edit.time().toString("HH:mm")

        return {
            "workplace": self.workplace.currentData(),
            "date": self.date.date().toString(Qt.DateFormat.ISODate),
            "start": hm(self.start), "end": hm(self.end), "next_day": self.next_day.isChecked(),
            "breaks": self.breaks.value(), "role": self.role.currentData(),
            "scheduled_start": hm(self.scheduled_start) if self.scheduled_start_on.isChecked()
            else None,
            "scheduled_end": hm(self.scheduled_end) if self.scheduled_end_on.isChecked()
            else None,
            "money": self.money.state(), "notes": self.notes.toPlainText(),
            "controls": sorted(str(i) for i, box in self.controls.items() if box.isChecked()),
            "files": [len(self.attachments.new_files()), self.attachments.removed()],
        }

    def apply_form_state(self, state: dict[str, Any]) -> None:
        self.workplace.blockSignals(True)
        self.workplace.setCurrentIndex(max(0, self.workplace.findData(state.get("workplace"))))
        self.workplace.blockSignals(False)
        self.money.set_currency(self._currency())
        day = QDate.fromString(str(state.get("date")), Qt.DateFormat.ISODate)
        if day.isValid():
            self.date.setDate(day)
        self.start.setTime(QTime.fromString(str(state.get("start")), "HH:mm"))
        self.end.setTime(QTime.fromString(str(state.get("end")), "HH:mm"))
        self.next_day.setChecked(bool(state.get("next_day")))
        self.breaks.setValue(int(state.get("breaks") or 0))
        self.role.setCurrentIndex(max(0, self.role.findData(state.get("role"))))
        for on, edit, key in ((self.scheduled_start_on, self.scheduled_start, "scheduled_start"),
                              (self.scheduled_end_on, self.scheduled_end, "scheduled_end")):
            on.setChecked(state.get(key) is not None)
            if state.get(key) is not None:
                edit.setTime(QTime.fromString(str(state.get(key)), "HH:mm"))
        rows = state.get("money")
        self.money.apply_state(rows if isinstance(rows, list) else [])
        if not self.money.rows:
            self.money.add_row()
        self.notes.setPlainText(str(state.get("notes") or ""))
        chosen = set(state.get("controls") or [])
        for indicator, box in self.controls.items():
            box.setChecked(str(indicator) in chosen)
        self._update_duration()
        self._update_totals()

    # --- problems ------------------------------------------------------------------------

    def _clear_problems(self) -> None:
        for message in (self.problems, self.workplace_message, self.start_message, self.end_message,
                        self.breaks_message, self.scheduled_message, self.attachments.message):
            message.clear_message()
        self.money.clear_problems()

    def _field_name(self, name: str) -> str:
        return {
            "workplace": self.tr("Workplace"), "start": self.tr("Start"), "end": self.tr("End"),
            "breaks_minutes": self.tr("Breaks"), "scheduled_start": self.tr("Scheduled start"),
            "scheduled_end": self.tr("Scheduled end"), "notes": self.tr("Notes"),
            "role": self.tr("Role"), "timezone": self.tr("Time zone"),
        }.get(name, name)

    def _show_problems(self, problems: list[Problem]) -> None:
        first: QWidget | None = None
        summary: list[str] = []
        places = {
            "workplace": (self.workplace_message, self.workplace),
            "start": (self.start_message, self.start),
            "end": (self.end_message, self.end),
            "breaks_minutes": (self.breaks_message, self.breaks),
            "scheduled_start": (self.scheduled_message, self.scheduled_start),
            "scheduled_end": (self.scheduled_message, self.scheduled_end),
            "notes": (None, self.notes),
        }
        for problem in problems:
            widget: QWidget | None = None
            if problem.field.startswith("attachments"):
                text = self.tr("Files: %1").replace("%1", problem_text(problem))
                self.attachments.message.show_message(text)
                widget = self.attachments.files
                summary.append(text)
            elif problem.field.startswith("lines["):
                row = int(problem.field[6:problem.field.index("]")])
                widget = self.money.show_problem(row, problem)
                summary.append(self.tr("Line %1: %2").replace("%1", str(row + 1)).replace(
                    "%2", problem_text(problem)))
            else:
                name = problem.field.split(".")[0]
                text = (self.tr("%1: %2").replace("%1", self._field_name(name))
                        .replace("%2", problem_text(problem)))
                message, widget = places.get(name, (None, None))
                if message is not None:
                    message.show_message(text)
                summary.append(text)
            if first is None and widget is not None:
                first = widget
        self.show_summary(summary, first)

    # --- keys ----------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Fields ignore Insert and Enter, so they arrive here from wherever the focus is.
        if event.key() == Qt.Key.Key_Insert:
            self._add_line_clicked()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focus = self.focusWidget()
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.save()
                return
            row = self.money.row_of(focus)
            if row is not None and isinstance(focus, QAbstractButton):
                focus.click()
                return
            if row is not None:
                if row == len(self.money.rows) - 1:
                    self.save()
                else:
                    self.money.rows[row + 1].amount.setFocus()
                return
            if isinstance(focus, QAbstractButton):
                focus.click()
                return
            self.focusNextChild()
            return
        super().keyPressEvent(event)

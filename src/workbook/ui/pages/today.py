"""Today: start and end a shift with one press, note money as it happens, see the night so far.

The shift in progress is kept in the vault (``services.records.RunningShift``), and each amount
is saved the moment it is typed, so locking the app or a flat battery mid-shift loses nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from workbook.domain.categories import MONEY_CATEGORIES, MoneyKind
from workbook.domain.errors import ValidationError
from workbook.domain.models import MoneyLine, Shift, Workplace
from workbook.domain.timeutil import local, utc_now
from workbook.services import records
from workbook.ui.dialogs.incident_editor import IncidentEditor
from workbook.ui.dialogs.shift_editor import ShiftEditor
from workbook.ui.session import Session
from workbook.ui.widgets.amount_edit import AmountEdit
from workbook.ui.widgets.labels import (
    MONEY_CATEGORY,
    amount_text,
    date_text,
    hours_text,
    label,
    problem_text,
    time_text,
)
from workbook.ui.widgets.messages import FieldMessage
from workbook.ui.widgets.money_lines import Totals, debt_words, kept_sentence
from workbook.ui.widgets.style import strong


class AmountDialog(QDialog):
    """A tiny dialog for one amount: type it, press Enter."""

    def __init__(self, title: str, kind: MoneyKind, category: str, currency: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.kind = kind
        self.amount = AmountEdit(currency)
        self.amount.setAccessibleName(self.tr("Amount in %1").replace("%1", currency))
        self.category = QComboBox()
        for slug in MONEY_CATEGORIES[kind]:
            self.category.addItem(label(MONEY_CATEGORY, slug), slug)
        self.category.setCurrentIndex(max(0, self.category.findData(category)))
        self.category.setAccessibleName(self.tr("Category"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("What for? (optional)") if kind != MoneyKind.EARNING
                                     else self.tr("Note (optional)"))
        self.note.setAccessibleName(self.tr("Note"))
        self.message = FieldMessage()

        form = QFormLayout()
        amount_row = QHBoxLayout()
        amount_row.addWidget(self.amount, 1)
        amount_row.addWidget(QLabel(currency))
        amount_label = QLabel(self.tr("&Amount"))
        amount_label.setBuddy(self.amount)
        form.addRow(amount_label, amount_row)
        form.addRow("", self.message)
        category_label = QLabel(self.tr("&Category"))
        category_label.setBuddy(self.category)
        form.addRow(category_label, self.category)
        note_label = QLabel(self.tr("&Note"))
        note_label.setBuddy(self.note)
        form.addRow(note_label, self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        assert save is not None
        save.setDefault(True)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.amount.setFocus()
        self.value: int | None = None

    def _accept(self) -> None:
        try:
            self.value = self.amount.minor()
        except ValidationError as exc:
            self.message.show_message(problem_text(exc.problems[0]))
            self.amount.setFocus()
            return
        self.accept()


class TodayPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        #: Where "now" comes from; tests replace it.
        self.clock: Callable[[], datetime] = utc_now
        self._workplaces: list[Workplace] = []
        self._last_saved: Shift | None = None
        self._just_saved: int | None = None
        self._refresh_pending = False
        self.setAccessibleName(self.tr("Today"))

        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")

        self.workplace = QComboBox()
        self.workplace.setAccessibleName(self.tr("Workplace for today's shift"))
        self.workplace.activated.connect(self._workplace_chosen)
        workplace_label = QLabel(self.tr("&Workplace"))
        workplace_label.setBuddy(self.workplace)

        self.status = QLabel()
        self.status.setWordWrap(True)
        strong(self.status, 1.1)

        self.start_button = self._big_button(self.tr("&Start shift"))
        self.start_button.setObjectName("primary")
        self.start_button.clicked.connect(self.start_shift)
        self.end_button = self._big_button(self.tr("&End shift"))
        self.end_button.setObjectName("primary")
        self.end_button.clicked.connect(self.end_shift)

        self.quick: dict[str, QPushButton] = {}
        quick_box = QGroupBox(self.tr("Add money during the shift"))
        quick_row = QHBoxLayout(quick_box)
        for key, text in (("earning", self.tr("+ E&arning")), ("house_fee", self.tr("House &fee")),
                          ("tip_out", self.tr("&Tip-out")), ("fine", self.tr("F&ine"))):
            button = QPushButton(text)
            button.setMinimumHeight(self.fontMetrics().height() * 2)
            button.clicked.connect(lambda _c=False, k=key: self.quick_add(k))
            self.quick[key] = button
            quick_row.addWidget(button)
        self.quick_box = quick_box

        self.so_far_box = QGroupBox(self.tr("Tonight so far"))
        self.earned = QLabel()
        self.taken = QLabel()
        self.kept = QLabel()
        figures = QGridLayout()
        for col, (caption, value) in enumerate(((self.tr("Earned"), self.earned),
                                                (self.tr("Taken by the workplace"), self.taken),
                                                (self.tr("Kept"), self.kept))):
            cap = QLabel(caption)
            figures.addWidget(cap, 0, col)
            strong(value, 1.4)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            figures.addWidget(value, 1, col)
        self.kept_words = QLabel()
        self.kept_words.setWordWrap(True)
        self.lines = QListWidget()
        self.lines.setAccessibleName(self.tr("Money added this shift"))
        self.lines.setMinimumHeight(self.fontMetrics().height() * 3 + 8)
        self.lines.setMaximumHeight(self.fontMetrics().height() * 7)
        so_far = QVBoxLayout(self.so_far_box)
        so_far.addLayout(figures)
        so_far.addWidget(self.kept_words)
        so_far.addWidget(self.lines)

        self.last_box = QGroupBox(self.tr("Your last shift"))
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edit_last = QPushButton(self.tr("E&dit this shift…"))
        self.edit_last.clicked.connect(self._edit_last)
        last_row = QHBoxLayout(self.last_box)
        last_row.addWidget(self.result, 1)
        last_row.addWidget(self.edit_last, 0, Qt.AlignmentFlag.AlignTop)
        self.idle_hint = QLabel(self.tr(
            "Press Start when you arrive and add fees, fines and tip-outs as they happen; "
            "everything is saved at once. Or log a shift afterwards, in one go."))
        self.idle_hint.setWordWrap(True)
        self.idle_hint.setObjectName("hint")
        self.forget_button = QPushButton(self.tr("Forget this shift…"))
        self.forget_button.clicked.connect(self.forget_shift)
        self.past_button = self._big_button(self.tr("&Log a past shift…"), 1.2)
        self.past_button.clicked.connect(self.log_past_shift)
        self.incident_button = QPushButton(self.tr("&Record an incident…"))
        self.incident_button.setMinimumHeight(self.fontMetrics().height() * 2)
        self.incident_button.clicked.connect(self.record_incident)
        self.message = FieldMessage()

        top = QHBoxLayout()
        top.addWidget(workplace_label)
        top.addWidget(self.workplace, 1)
        top.addStretch(1)
        big_row = QHBoxLayout()
        big_row.addWidget(self.start_button, 2)
        big_row.addWidget(self.end_button, 2)
        big_row.addWidget(self.past_button, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.incident_button)
        bottom.addStretch(1)
        bottom.addWidget(self.forget_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.message)
        layout.addLayout(big_row)
        layout.addWidget(self.idle_hint)
        layout.addWidget(quick_box)
        layout.addWidget(self.so_far_box)
        layout.addWidget(self.last_box)
        layout.addStretch(1)
        layout.addLayout(bottom)

        self._tick = QTimer(self)
        self._tick.setInterval(30_000)
        self._tick.timeout.connect(self._update_status)
        session.changed.connect(self._changed)
        self.refresh()

    def _big_button(self, text: str, scale: float = 1.6) -> QPushButton:
        button = QPushButton(text)
        # A style sheet, not setFont/setMinimumHeight: the theme's sheet would override those.
        em = button.fontMetrics().height()
        button.setStyleSheet(f"font-weight: 600; font-size: {round(em * scale * 0.8)}px; "
                             f"min-height: {round(em * scale * 1.6)}px;")
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        return button

    # --- state -----------------------------------------------------------------------------

    def _changed(self, entity: str) -> None:
        # One write notifies several entities: refresh once, after they have all arrived.
        if entity in ("workplace", "shift", "money", "profile") and not self._refresh_pending:
            self._refresh_pending = True
            QTimer.singleShot(0, self._deferred_refresh)

    def _deferred_refresh(self) -> None:
        self._refresh_pending = False
        if self.session.is_open:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.session.is_open:
            self.refresh()

    def running(self) -> records.RunningShift | None:
        return records.running_shift(self.session.vault)

    def refresh(self) -> None:
        vault = self.session.vault
        self._workplaces = [w for w in vault.list_workplaces(include_archived=True)
                            if not w.archived]
        running = self.running()
        chosen = running.workplace_id if running else records.today_workplace(vault)
        self.workplace.clear()
        for w in self._workplaces:
            self.workplace.addItem(w.name, w.id)
        self.workplace.setCurrentIndex(max(0, self.workplace.findData(chosen)))
        self.heading.setText(self.tr("Today, %1").replace(
            "%1", date_text(local(self.clock(), self._timezone()).date(), long=True)))

        on_shift = running is not None
        self.workplace.setEnabled(not on_shift and bool(self._workplaces))
        self.start_button.setVisible(not on_shift)
        self.start_button.setEnabled(bool(self._workplaces))
        self.end_button.setVisible(on_shift)
        self.quick_box.setVisible(on_shift)
        self.idle_hint.setVisible(not on_shift)
        self.forget_button.setVisible(on_shift)
        self.so_far_box.setVisible(on_shift)
        self._show_last_shift(on_shift)
        if on_shift:
            self._tick.start()
        else:
            self._tick.stop()
        self._update_status()
        self._update_so_far()

    def _show_last_shift(self, on_shift: bool) -> None:
        vault = self.session.vault
        newest = vault.list_shifts(limit=1)
        self._last_saved = newest[0] if newest else None
        shift = self._last_saved
        self.last_box.setVisible(shift is not None and not on_shift)
        if shift is None or shift.id is None:
            return
        lines = vault.money_for_shift(shift.id)
        currency = self._currency_of(shift.workplace_id)
        totals = Totals(
            earned=sum(x.amount_minor for x in lines if x.kind == MoneyKind.EARNING),
            taken=sum(x.amount_minor for x in lines if x.kind == MoneyKind.DEDUCTION))
        start = local(shift.start, shift.timezone)
        end = local(shift.end, shift.timezone)
        workplace = next((w.name for w in self._workplaces if w.id == shift.workplace_id), "")
        self.last_box.setTitle(self.tr("Shift saved") if shift.id == self._just_saved
                               else self.tr("Your last shift"))
        text = (self.tr("%1, %2–%3 at %4: %5 worked.")
                .replace("%1", date_text(start.date())).replace("%2", time_text(start))
                .replace("%3", time_text(end)).replace("%4", workplace)
                .replace("%5", hours_text(shift.worked_seconds)))
        text += "\n" + kept_sentence(totals, currency)
        self.result.setText(text)
        self.result.setAccessibleName(text)

    def _timezone(self) -> str:
        workplace = self._current_workplace()
        return workplace.timezone if workplace else self.session.vault.get_profile().timezone

    def _current_workplace(self) -> Workplace | None:
        wanted = self.workplace.currentData()
        return next((w for w in self._workplaces if w.id == wanted), None)

    def _update_status(self) -> None:
        running = self.running() if self.session.is_open else None
        if not self._workplaces:
            self.status.setText(self.tr("Add a workplace on the Workplaces page first; then "
                                        "start shifts here."))
        elif running is None:
            self.status.setText(self.tr("Not on shift."))
        else:
            workplace = next((w.name for w in self._workplaces if w.id == running.workplace_id),
                             "")
            since = local(running.start, running.timezone)
            elapsed = int((self.clock() - running.start).total_seconds())
            self.status.setText(self.tr("On shift at %1 since %2 (%3 so far).")
                                .replace("%1", workplace).replace("%2", time_text(since))
                                .replace("%3", hours_text(elapsed)))
        self.status.setAccessibleName(self.status.text())

    def _update_so_far(self) -> None:
        running = self.running()
        self.lines.clear()
        if running is None:
            return
        lines = records.running_lines(self.session.vault, running)
        currency = self._currency_of(running.workplace_id)
        totals = Totals(
            earned=sum(x.amount_minor for x in lines if x.kind == MoneyKind.EARNING),
            taken=sum(x.amount_minor for x in lines if x.kind == MoneyKind.DEDUCTION),
            expenses=sum(x.amount_minor for x in lines if x.kind == MoneyKind.EXPENSE),
        )
        self.earned.setText(amount_text(totals.earned, currency))
        self.taken.setText(amount_text(totals.taken, currency))
        self.kept.setText(amount_text(totals.kept, currency))
        self.kept_words.setText(debt_words(totals, currency))
        self.kept_words.setVisible(bool(self.kept_words.text()))
        self.kept.setAccessibleName(self.tr("Kept: %1").replace("%1", self.kept.text()))
        for line in lines:
            self.lines.addItem(self._line_text(line))

    def _line_text(self, line: MoneyLine) -> str:
        sign = "+" if line.kind == MoneyKind.EARNING else "\u2212"
        text = f"{sign} {amount_text(line.amount_minor, line.currency)}  " + label(
            MONEY_CATEGORY, line.category)
        return f"{text} – {line.note}" if line.note else text

    def _currency_of(self, workplace_id: int) -> str:
        workplace = next((w for w in self._workplaces if w.id == workplace_id), None)
        return workplace.currency if workplace else self.session.vault.get_profile(
            ).default_currency

    # --- actions ---------------------------------------------------------------------------

    def _workplace_chosen(self) -> None:
        workplace_id = self.workplace.currentData()
        if isinstance(workplace_id, int):
            records.set_today_workplace(self.session.vault, workplace_id)

    def start_shift(self) -> None:
        self.message.clear_message()
        workplace_id = self.workplace.currentData()
        if not isinstance(workplace_id, int):
            return
        try:
            records.start_shift(self.session.vault, workplace_id, self.clock())
        except ValidationError as exc:
            self.message.show_message(problem_text(exc.problems[0]))
            return
        self._just_saved = None
        self.session.notify("profile")
        self.refresh()
        self.quick["earning"].setFocus()

    def end_shift(self) -> None:
        self.message.clear_message()
        try:
            shift, _lines = records.end_shift(self.session.vault, self.clock())
        except ValidationError as exc:
            self.message.show_message(problem_text(exc.problems[0]))
            return
        self._just_saved = shift.id
        self.session.notify("shift")
        self.session.notify("money")
        self.refresh()
        self.edit_last.setFocus()

    def forget_shift(self) -> None:
        answer = QMessageBox.question(
            self, self.tr("Forget this shift?"),
            self.tr("The shift in progress will not be recorded. Money you added stays in "
                    "your records, without a shift."))
        if answer == QMessageBox.StandardButton.Yes:
            records.cancel_running_shift(self.session.vault)
            self.session.notify("profile")
            self.refresh()

    def quick_add(self, key: str) -> None:
        running = self.running()
        if running is None:
            return
        kind, category, title = {
            "earning": (MoneyKind.EARNING, "private_dances", self.tr("Earning")),
            "house_fee": (MoneyKind.DEDUCTION, "house_fee", self.tr("House fee")),
            "tip_out": (MoneyKind.DEDUCTION, "tip_out", self.tr("Tip-out")),
            "fine": (MoneyKind.DEDUCTION, "fine", self.tr("Fine")),
        }[key]
        dialog = AmountDialog(title, kind, category, self._currency_of(running.workplace_id),
                              self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._save_quick(dialog, key))
        self.amount_dialog = dialog
        dialog.open()

    def _save_quick(self, dialog: AmountDialog, key: str) -> None:
        self.amount_dialog = None
        if dialog.value is None:
            return
        try:
            records.add_running_money(self.session.vault, dialog.kind,
                                      str(dialog.category.currentData()), dialog.value,
                                      note=dialog.note.text().strip())
        except ValidationError as exc:
            self.message.show_message(problem_text(exc.problems[0]))
            return
        self.session.notify("money")
        self._update_so_far()
        self.quick[key].setFocus()

    amount_dialog: AmountDialog | None = None
    editor: QDialog | None = None

    def log_past_shift(self) -> None:
        workplace_id = self.workplace.currentData()
        self._open_editor(ShiftEditor(
            self.session, None, self,
            workplace_id=workplace_id if isinstance(workplace_id, int) else None))

    def record_incident(self) -> None:
        workplace_id = self.workplace.currentData()
        self._open_editor(IncidentEditor(
            self.session, None, self,
            workplace_id=workplace_id if isinstance(workplace_id, int) else None))

    def _edit_last(self) -> None:
        if self._last_saved is not None:
            self._open_editor(ShiftEditor(self.session, self._last_saved, self))

    def _open_editor(self, editor: QDialog) -> None:
        """Dialogs open window-modal without a nested event loop, so a lock can close them."""
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.editor = editor
        editor.finished.connect(self._editor_closed)
        editor.open()

    def _editor_closed(self) -> None:
        self.editor = None
        if self.session.is_open:
            self.refresh()

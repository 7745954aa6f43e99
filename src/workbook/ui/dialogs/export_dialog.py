"""Export evidence: choose the period, the workplaces, how much to disclose, and where to write.

The preview says in plain words what each profile leaves in, and lists the notes and
descriptions that will go out as written: free text is never redacted automatically.

The export stack (``services.export`` and reportlab: about 20 MB and a third of a second) is
loaded on a worker thread when the dialog opens, while the worker chooses what to export, and
not before: a session that never exports never holds it.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from workbook.domain.errors import ValidationError
from workbook.domain.models import Incident, MoneyLine, Shift
from workbook.domain.timeutil import local, utc_now, work_day
from workbook.reports.strings import LANGUAGES as REPORT_LANGUAGES
from workbook.ui import file_dialogs
from workbook.ui.session import Session
from workbook.ui.tasks import Task
from workbook.ui.widgets.labels import date_text
from workbook.ui.widgets.messages import FieldMessage

if TYPE_CHECKING:
    from workbook.services.export import ExportResult

PROFILES = ("full", "union", "totals")
FORMATS = ("pdf", "json", "csv")
PREVIEW_SNIPPETS = 12


@dataclass(frozen=True, slots=True)
class FreeText:
    """One note or description the export would carry as written."""

    day: date
    where: str
    text: str
    rank: int = 0


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class ExportDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Export evidence"))
        self.setModal(True)
        vault = session.vault
        self._profile = vault.get_profile()
        self._workplaces = list(vault.list_workplaces(include_archived=True))
        self._today = work_day(utc_now(), self._profile.timezone,
                               self._profile.day_starts_minutes)
        self._records_key: tuple[date, date] | None = None
        self._records: tuple[list[Shift], list[MoneyLine], list[Incident]] = ([], [], [])
        self._build()
        self._preset_changed()
        self._update_preview()
        self._update_run()
        load_export_stack_soon()

    # --- building ----------------------------------------------------------------------

    def _build(self) -> None:
        self.preset = QComboBox()
        for key, text in (("this_month", self.tr("This month")),
                          ("last_month", self.tr("Last month")),
                          ("this_year", self.tr("This year")),
                          ("last_year", self.tr("Last year")),
                          ("all", self.tr("Everything")),
                          ("custom", self.tr("Dates I choose"))):
            self.preset.addItem(text, key)
        self.preset.setCurrentIndex(2)
        self.preset.setAccessibleName(self.tr("Period"))
        self.preset.currentIndexChanged.connect(self._preset_changed)
        self.date_from = QDateEdit()
        self.date_to = QDateEdit()
        for edit, name in ((self.date_from, self.tr("From")), (self.date_to, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setAccessibleName(name)
            edit.dateChanged.connect(self._dates_edited)
        self.period_message = FieldMessage()

        self.workplace_list = QListWidget()
        self.workplace_list.setAccessibleName(self.tr("Workplaces to include"))
        for w in self._workplaces:
            item = QListWidgetItem(w.name + (self.tr(" (archived)") if w.archived else ""))
            item.setData(Qt.ItemDataRole.UserRole, w.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.workplace_list.addItem(item)
        self.workplace_list.setMaximumHeight(
            self.fontMetrics().height() * (min(len(self._workplaces), 5) + 1) + 8)
        self.workplace_list.itemChanged.connect(lambda _i: self._update_preview())

        self.profile_group = QButtonGroup(self)
        self.profile_buttons: dict[str, QRadioButton] = {}
        for key, text in (("full", self.tr("&Full: everything, for you or your lawyer")),
                          ("union", self.tr("&Union: people as “Manager A”, no clients")),
                          ("totals", self.tr("&Totals only: figures, no names or text"))):
            button = QRadioButton(text)
            self.profile_buttons[key] = button
            self.profile_group.addButton(button)
        self.profile_buttons["union"].setChecked(True)
        self.profile_group.buttonToggled.connect(self._profile_toggled)

        self.leaves_in = QLabel()
        self.leaves_in.setWordWrap(True)
        self.leaves_in.setTextFormat(Qt.TextFormat.PlainText)
        self.free_text_warning = QLabel(self.tr(
            "\u26a0 Notes and descriptions are not redacted automatically. Read the ones below "
            "before you share this file; edit a record if something should not go out."))
        self.free_text_warning.setWordWrap(True)
        self.free_text_warning.setObjectName("warning")
        self.free_text = QPlainTextEdit()
        self.free_text.setReadOnly(True)
        self.free_text.setTabChangesFocus(True)
        self.free_text.setAccessibleName(self.tr("Notes and descriptions in this export"))
        self.free_text.setMinimumHeight(self.fontMetrics().lineSpacing() * 5)

        self.language = QComboBox()
        for code, forms in REPORT_LANGUAGES.items():
            self.language.addItem(forms.name, code)  # each language in its own name
        self.language.setCurrentIndex(max(0, self.language.findData(self._profile.language)))
        self.language.setAccessibleName(self.tr("Language of the report"))

        self.outputs: dict[str, tuple[QCheckBox, QLineEdit, QPushButton]] = {}
        outputs_box = QGroupBox(self.tr("Files to write"))
        outputs_form = QFormLayout(outputs_box)
        for fmt, text in (("pdf", self.tr("&PDF report")),
                          ("json", self.tr("&JSON sidecar (lets a rep check the PDF)")),
                          ("csv", self.tr("&CSV of shifts and money"))):
            box = QCheckBox(text)
            box.setChecked(fmt in ("pdf", "json"))
            path = QLineEdit()
            path.setPlaceholderText(self.tr("Choose where to save"))
            path.setAccessibleName(self.tr("%1 file").replace("%1", fmt.upper()))
            choose = QPushButton(self.tr("Choose…"))
            choose.setAccessibleName(self.tr("Choose where to save the %1 file").replace(
                "%1", fmt.upper()))
            choose.setAutoDefault(False)
            choose.clicked.connect(lambda _c=False, f=fmt: self.choose_path(f))
            box.toggled.connect(lambda _on: self._update_run())
            path.textChanged.connect(lambda _t: self._update_run())
            row = QHBoxLayout()
            row.addWidget(path, 1)
            row.addWidget(choose)
            holder = QWidget()
            row.setContentsMargins(0, 0, 0, 0)
            holder.setLayout(row)
            outputs_form.addRow(box, holder)
            self.outputs[fmt] = (box, path, choose)

        seal_box = QGroupBox(self.tr("Seal code"))
        self.seal_button = QPushButton(self.tr("Show a &seal code"))
        self.seal_button.setAutoDefault(False)
        self.seal_button.clicked.connect(self.show_seal)
        self.seal_code = QLineEdit()
        self.seal_code.setReadOnly(True)
        self.seal_code.setAccessibleName(self.tr("Seal code"))
        self.seal_code.setPlaceholderText(self.tr("No code shown yet"))
        mono = self.seal_code.font()
        mono.setFamily("monospace")
        mono.setPointSizeF(mono.pointSizeF() * 1.2)
        self.seal_code.setFont(mono)
        self.copy_seal = QPushButton(self.tr("&Copy"))
        self.copy_seal.setAutoDefault(False)
        self.copy_seal.setEnabled(False)
        self.copy_seal.clicked.connect(self._copy_seal)
        seal_about = QLabel(self.tr(
            "Send this code to your union rep or a friend now. A later report that passes "
            "through it shows that nothing you recorded before today was changed afterwards."))
        seal_about.setWordWrap(True)
        seal_row = QHBoxLayout()
        seal_row.addWidget(self.seal_button)
        seal_row.addWidget(self.seal_code, 1)
        seal_row.addWidget(self.copy_seal)
        seal_layout = QVBoxLayout(seal_box)
        seal_layout.addLayout(seal_row)
        seal_layout.addWidget(seal_about)

        self.run_message = QLabel()
        self.run_message.setWordWrap(True)
        self.run_button = QPushButton(self.tr("&Export"))
        self.run_button.setObjectName("primary")
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.run_export)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)

        # --- layout ---
        period_row = QHBoxLayout()
        period_row.addWidget(self.preset)
        period_row.addWidget(self.date_from)
        period_row.addWidget(QLabel("–"))
        period_row.addWidget(self.date_to)
        period_row.addStretch(1)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self._buddy(self.tr("Pe&riod"), self.preset), self._wrap(period_row))
        form.addRow("", self.period_message)
        form.addRow(self._buddy(self.tr("&Workplaces"), self.workplace_list),
                    self.workplace_list)
        form.addRow(self._buddy(self.tr("&Language"), self.language), self.language)

        profile_box = QGroupBox(self.tr("How much to disclose"))
        profile_layout = QVBoxLayout(profile_box)
        for button in self.profile_buttons.values():
            profile_layout.addWidget(button)
        profile_layout.addWidget(self.leaves_in)
        profile_layout.addWidget(self.free_text_warning)
        profile_layout.addWidget(self.free_text)

        content = QWidget()
        body = QVBoxLayout(content)
        body.addLayout(form)
        body.addWidget(profile_box)
        body.addWidget(outputs_box)
        body.addWidget(seal_box)
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        buttons = QHBoxLayout()
        buttons.addWidget(self.run_message, 1)
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.close_button)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addLayout(buttons)
        em = self.fontMetrics().height()
        self.resize(min(48 * em, 1200), min(50 * em, 1000))

        chain: list[QWidget] = [self.preset, self.date_from, self.date_to, self.workplace_list,
                                self.language, *self.profile_buttons.values(), self.free_text]
        for box, path, choose in self.outputs.values():
            chain += [box, path, choose]
        chain += [self.seal_button, self.copy_seal, self.run_button, self.close_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _buddy(self, text: str, widget: QWidget) -> QLabel:
        buddy = QLabel(text)
        buddy.setBuddy(widget)
        return buddy

    @staticmethod
    def _wrap(layout: QHBoxLayout) -> QWidget:
        holder = QWidget()
        layout.setContentsMargins(0, 0, 0, 0)
        holder.setLayout(layout)
        return holder

    # --- choices -------------------------------------------------------------------------

    def profile(self) -> str:
        return next(k for k, b in self.profile_buttons.items() if b.isChecked())

    def period(self) -> tuple[date, date]:
        return _pydate(self.date_from.date()), _pydate(self.date_to.date())

    def workplace_ids(self) -> list[int]:
        ids: list[int] = []
        for i in range(self.workplace_list.count()):
            item = self.workplace_list.item(i)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                ids.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return ids

    def _preset_changed(self) -> None:
        key = self.preset.currentData()
        today = self._today
        first_of_month = today.replace(day=1)
        ranges = {
            "this_month": (first_of_month, today),
            "last_month": ((first_of_month - timedelta(days=1)).replace(day=1),
                           first_of_month - timedelta(days=1)),
            "this_year": (date(today.year, 1, 1), today),
            "last_year": (date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)),
            "all": (date(1970, 1, 1), today),
        }
        if key in ranges:
            start, end = ranges[key]
            for edit, day in ((self.date_from, start), (self.date_to, end)):
                edit.blockSignals(True)
                edit.setDate(_qdate(day))
                edit.blockSignals(False)
            self._update_preview()

    def _profile_toggled(self, _button: QRadioButton, checked: bool) -> None:
        if checked:
            self._update_preview()

    def _dates_edited(self) -> None:
        self.preset.blockSignals(True)
        self.preset.setCurrentIndex(self.preset.findData("custom"))
        self.preset.blockSignals(False)
        self._update_preview()

    # --- preview -------------------------------------------------------------------------

    def leaves_in_text(self, profile: str) -> str:
        return {
            "full": self.tr(
                "Leaves in everything: your work name and legal name, the workplaces' legal "
                "names, people's names as you wrote them (clients too), every shift, amount, "
                "incident, note and description, and your attached images."),
            "union": self.tr(
                "Leaves in your work name (not your legal name), the workplaces' legal names, "
                "every shift, amount and incident with its notes and descriptions, and your "
                "images. People appear as “Manager A”, “Coworker B”; clients are left out."),
            "totals": self.tr(
                "Leaves in only figures: hours, earnings, what each workplace took, fee and "
                "fine history and signs of control, with dates. No names of people, no notes "
                "or descriptions, no images."),
        }[profile]

    def _period_records(self, date_from: date, date_to: date) -> tuple[
            list[Shift], list[MoneyLine], list[Incident]]:
        """The period's records, read once per period (ticking a profile or a workplace
        reuses them)."""
        key = (date_from, date_to)
        if self._records_key != key:
            vault = self.session.vault
            shifts, lines = vault.period_records(date_from, date_to)
            incidents = vault.list_incidents(date_from=date_from, date_to=date_to,
                                             limit=100_000)
            self._records = (shifts, lines, incidents)
            self._records_key = key
        return self._records

    def free_texts(self) -> list[FreeText]:
        """Notes and descriptions of the chosen period and workplaces. Records without a
        workplace are listed too: better one line too many in the preview than one too few."""
        date_from, date_to = self.period()
        if date_to < date_from:
            return []
        wanted = set(self.workplace_ids())
        shifts, lines, incidents = self._period_records(date_from, date_to)
        names = {w.id: w.name for w in self._workplaces}
        found: list[FreeText] = []
        for x in incidents:
            if x.workplace_id is None or x.workplace_id in wanted:
                day = local(x.start, x.timezone).date()
                for text in (x.title, x.description, x.outcome or "", x.reported_to or ""):
                    if text.strip():
                        found.append(FreeText(day, self.tr("incident"), text, 0))
        for s in shifts:
            if s.workplace_id in wanted and s.notes.strip():
                found.append(FreeText(local(s.start, s.timezone).date(), self.tr(
                    "shift at %1").replace("%1", names.get(s.workplace_id, "")), s.notes, 1))
        for line in lines:
            text = " – ".join(t for t in (line.counterparty, line.note) if t.strip())
            if text and (line.workplace_id is None or line.workplace_id in wanted):
                found.append(FreeText(line.date, self.tr("money line"), text, 2))
        # Incidents and shift notes first: they are where names and details usually are.
        found.sort(key=lambda f: (f.rank, f.day))
        return found

    def _update_preview(self) -> None:
        date_from, date_to = self.period()
        self.period_message.clear_message()
        if date_to < date_from:
            self.period_message.show_message(self.tr("The end of the period is before its "
                                                     "start."))
        profile = self.profile()
        self.leaves_in.setText(self.leaves_in_text(profile))
        carries_text = profile != "totals"
        self.free_text_warning.setVisible(carries_text)
        self.free_text.setVisible(carries_text)
        if carries_text:
            texts = self.free_texts()
            if not texts:
                self.free_text.setPlainText(self.tr("No notes or descriptions in this period."))
            else:
                self.free_text.setPlainText("\n".join(self._grouped(texts)))
        self._update_run()

    def _grouped(self, texts: list[FreeText]) -> list[str]:
        """One line per distinct text (a tip-out "DJ" written forty times shows once)."""
        groups: dict[tuple[str, str], list[date]] = {}
        for t in texts:
            groups.setdefault((t.where, " ".join(t.text.split())), []).append(t.day)
        shown: list[str] = []
        for (where, text), days in list(groups.items())[:PREVIEW_SNIPPETS]:
            line = f"{date_text(days[0])} · {where}: {text}"
            if len(days) > 1:
                line += " " + self.tr("(%1 times, until %2)").replace(
                    "%1", str(len(days))).replace("%2", date_text(days[-1]))
            shown.append(line)
        if len(groups) > PREVIEW_SNIPPETS:
            shown.append(self.tr("…and %1 more.").replace(
                "%1", str(len(groups) - PREVIEW_SNIPPETS)))
        return shown

    def preview_text(self) -> str:
        """Everything the preview says, as one text (for tests and screen readers)."""
        parts = [self.leaves_in.text()]
        if self.free_text.isVisibleTo(self):
            parts += [self.free_text_warning.text(), self.free_text.toPlainText()]
        return "\n".join(parts)

    # --- files and seal ----------------------------------------------------------------

    def choose_path(self, fmt: str) -> None:
        filters = {"pdf": self.tr("PDF files (*.pdf)"), "json": self.tr("JSON files (*.json)"),
                   "csv": self.tr("CSV files (*.csv)")}
        date_from, date_to = self.period()
        suggested = f"workbook-{date_from.isoformat()}-{date_to.isoformat()}.{fmt}"
        path = file_dialogs.save_file(self, self.tr("Save the %1 file").replace(
            "%1", fmt.upper()), None, filters[fmt], suggested)
        if path is None:
            return
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(path.name + f".{fmt}")
        box, edit, _choose = self.outputs[fmt]
        edit.setText(str(path))
        box.setChecked(True)
        # The other files go beside the first one chosen, with the same name.
        for other, (other_box, other_edit, _c) in self.outputs.items():
            if other != fmt and other_box.isChecked() and not other_edit.text():
                other_edit.setText(str(path.with_suffix(f".{other}")))

    def show_seal(self) -> None:
        try:
            seal = self.session.vault.issue_seal()
        except Exception as exc:  # a plain message, never a traceback
            self.seal_code.setText("")
            self.run_message.setText(self.tr("No seal code: %1").replace("%1", str(exc)))
            return
        self.seal_code.setText(seal.code)
        self.copy_seal.setEnabled(True)
        self.seal_code.selectAll()
        self.seal_code.setFocus()

    def _copy_seal(self) -> None:
        from workbook.ui.clipboard import copy_sensitive

        copy_sensitive(self.seal_code.text())
        self.run_message.setText(self.tr("Seal code copied."))

    # --- running -----------------------------------------------------------------------

    def chosen_outputs(self) -> dict[str, Path]:
        return {fmt: Path(edit.text().strip()) for fmt, (box, edit, _c) in self.outputs.items()
                if box.isChecked() and edit.text().strip()}

    def _update_run(self) -> None:
        if not hasattr(self, "run_button") or self.task is not None:
            return
        date_from, date_to = self.period()
        missing_paths = [fmt.upper() for fmt, (box, edit, _c) in self.outputs.items()
                         if box.isChecked() and not edit.text().strip()]
        if date_to < date_from or not self.workplace_ids():
            ready, message = False, self.tr("Choose a period and at least one workplace.")
        elif missing_paths or not self.chosen_outputs():
            ready, message = False, self.tr("Choose where to save: %1.").replace(
                "%1", ", ".join(missing_paths) or "PDF")
        else:
            ready, message = True, ""
        self.run_button.setEnabled(ready)
        self.run_message.setText(message)

    def export_options(self) -> dict[str, Any]:
        """The choices as ``services.export.export_job`` takes them."""
        date_from, date_to = self.period()
        outputs = self.chosen_outputs()
        ids = self.workplace_ids()
        return {"date_from": date_from, "date_to": date_to,
                # All ticked means every workplace, so lines without one (a phone bill) count.
                "workplace_ids": None if len(ids) == len(self._workplaces) else ids,
                "profile": self.profile(), "language": self.language.currentData(),
                "pdf": outputs.get("pdf"), "json": outputs.get("json"),
                "csv": outputs.get("csv")}

    def run_export(self) -> None:
        """Export on a worker thread with a progress dialog that can cancel it."""
        if not self.run_button.isEnabled():
            return
        from workbook.services.export import export_job  # loaded when the dialog opened

        job = export_job(self.session.vault, **self.export_options())
        self.run_button.setEnabled(False)
        self.run_message.setText(self.tr("Exporting…"))
        self.task = (Task(self, job)
                     .with_progress(self.tr("Exporting evidence…"), cancellable=True)
                     .success(self._exported).failure(self._failed)
                     .finished(self._task_finished))
        self.task.run()

    task: Task[ExportResult] | None = None

    def _task_finished(self) -> None:
        self.task = None
        message = self.run_message.text()
        self._update_run()
        self.run_message.setText(message)

    def _exported(self, result: ExportResult) -> None:
        files = ", ".join(str(p) for p in result.paths.values())
        self.last_export = result
        self.run_message.setText(self.tr("Saved: %1. Report fingerprint %2…").replace(
            "%1", files).replace("%2", result.fingerprint[:16]))

    def _failed(self, exc: BaseException) -> None:
        from workbook.services.export import ExportCancelled, ExportError

        if isinstance(exc, ExportCancelled):
            text = self.tr("Export cancelled; nothing was written.")
        elif isinstance(exc, ExportError | ValidationError):
            text = self.tr("Not exported: %1").replace("%1", str(exc))
        else:
            text = self.tr("Not exported: something went wrong (%1). Nothing was written.")\
                .replace("%1", type(exc).__name__)
        self.run_message.setText(text)

    last_export: ExportResult | None = None


def load_export_stack_soon() -> None:
    """Import the export stack on a worker thread (pure Python, no Qt). Once loaded it stays,
    so later calls cost nothing; an import that fails shows up when the export runs."""
    import importlib
    import sys

    if "workbook.services.export" in sys.modules:
        return

    def load(progress: object, cancelled: object) -> None:
        importlib.import_module("workbook.services.export")

    Task(None, load).failure(lambda exc: None).run()

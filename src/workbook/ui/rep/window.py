"""The rep's window: **Reports** (every report received, with its verdict; importing runs off
the GUI thread with a progress dialog) and **Practice report** (one workplace across workers,
with merging of names and export to PDF and CSV).

The window holds an open ``RepVault``; locking (Ctrl+L, Quick hide, idle) is the app
controller's, through ``lock_requested`` as in the worker's main window.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import delete

from workbook.rep.intake import ADDED, DUPLICATE, ImportOutcome, pair_files
from workbook.rep.practice import MIN_THRESHOLD, FeeFigure, PracticeReport
from workbook.rep.vault import PlaceSummary, ReportSummary, RepVault
from workbook.ui.dialogs.backup_dialog import BackupDialog
from workbook.ui.dialogs.change_passphrase import ChangePassphraseDialog
from workbook.ui.prefs import forget_file_dialog_history
from workbook.ui.table_model import CallableFetcher, Column, RecordTableModel
from workbook.ui.tasks import Task, show_problem

CONTEXT = "RepColumns"


def _choose_files(parent: QWidget, title: str, filters: str, *, save_name: str = ""
                  ) -> list[Path]:
    """Qt's own file dialog (never the desktop's, which records recent files); its folder
    history is wiped after use, as ``ui.file_dialogs`` does."""
    dialog = QFileDialog(parent, title, "", filters)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setOption(QFileDialog.Option.DontUseCustomDirectoryIcons, True)
    dialog.setHistory([])
    if save_name:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.selectFile(save_name)
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted:
            return []
        return [Path(f) for f in dialog.selectedFiles()]
    finally:
        dialog.setHistory([])
        delete(dialog)
        forget_file_dialog_history()


def _report_language() -> str:
    """The reports' language nearest the app's (the reports speak English and Swedish)."""
    from PySide6.QtCore import QLocale

    return "sv" if QLocale().language() == QLocale.Language.Swedish else "en"


# --------------------------------------------------------------------------- reports


class ReportsPage(QWidget):
    """Every report received, verified ones first; the selected one's checks below."""

    changed = Signal()
    imported = Signal(object)  # list[ImportOutcome]

    def __init__(self, vault: RepVault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.outcomes: list[ImportOutcome] = []
        self.summary = QLabel()
        self.summary.setObjectName("hint")
        self.summary.setWordWrap(True)
        self.import_button = QPushButton(self.tr("Import reports…"))
        self.import_button.setObjectName("primary")
        self.import_button.setAccessibleName(self.tr("Import reports"))
        self.import_button.clicked.connect(self.choose_and_import)
        self.seals = QLineEdit()
        self.seals.setPlaceholderText(self.tr("e.g. 17-K3QF-9ZTA-M2XW-PL7D"))
        self.seals.setAccessibleName(self.tr("Seal codes the worker sent you"))
        self.seals.setToolTip(self.tr("Optional. Every report in this import is checked against "
                                 "each code; separate codes with spaces."))
        seal_label = QLabel(self.tr("Seal codes (optional):"))
        seal_label.setBuddy(self.seals)

        def column(header: object, getter: Any) -> Column[ReportSummary]:
            return Column(header, getter)

        self.model: RecordTableModel[ReportSummary] = RecordTableModel([
            column(QT_TRANSLATE_NOOP("RepColumns", "Verdict"), self.verdict_text),
            column(QT_TRANSLATE_NOOP("RepColumns", "Worker"), self.worker_text),
            column(QT_TRANSLATE_NOOP("RepColumns", "Period"),
                   lambda r: f"{r.period_from} – {r.period_to}" if r.period_from else ""),
            column(QT_TRANSLATE_NOOP("RepColumns", "Workplaces"),
                   lambda r: ", ".join(r.workplaces)),
            column(QT_TRANSLATE_NOOP("RepColumns", "File"), lambda r: r.file_name),
            column(QT_TRANSLATE_NOOP("RepColumns", "Fingerprint"),
                   lambda r: r.fingerprint[:16] + "…"),
        ], CallableFetcher(lambda after, limit, sort: self.vault.reports(), complete=True),
            parent=self)
        self._translate_headers()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Reports received"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_details())
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Checks of the selected report"))
        self.details.setMaximumHeight(12 * self.fontMetrics().height())
        self.remove_button = QPushButton(self.tr("Remove report…"))
        self.remove_button.setToolTip(self.tr("Delete the selected report for good: imported by "
                                              "mistake, or the worker no longer agrees to its "
                                              "use."))
        self.remove_button.clicked.connect(self.remove_selected)

        top = QHBoxLayout()
        top.addWidget(self.import_button)
        top.addWidget(seal_label)
        top.addWidget(self.seals, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        below = QHBoxLayout()
        below.addWidget(QLabel(self.tr("Checks of the selected report")))
        below.addStretch(1)
        below.addWidget(self.remove_button)
        layout.addLayout(below)
        layout.addWidget(self.details)
        self.refresh()

    def _translate_headers(self) -> None:
        # The model shows ``header`` as given; translate here, in this page's context.
        self.model.columns = [Column(QCoreApplication.translate(CONTEXT, str(c.header)),
                                     c.getter) for c in self.model.columns]

    # -- texts

    def verdict_text(self, r: ReportSummary) -> str:
        if r.ok:
            return self.tr("✓ Verified")
        first = r.failed[0].name if r.failed else ""
        if first and _report_language() == "sv":
            from workbook.reports.verify_words import VERIFY_SV

            first = VERIFY_SV.get(first, first)
        return self.tr("✗ Failed: %1 — not counted").replace("%1", first)

    def worker_text(self, r: ReportSummary) -> str:
        if r.worker is None:
            return "–"
        return self.tr("Worker %1").replace("%1", str(r.worker))

    def show_details(self) -> None:
        r = self.selected()
        self.remove_button.setEnabled(r is not None)
        if r is None:
            self.details.clear()
            return
        from workbook.reports.verify import Check, Verdict, verdict_text

        # The checks were stored in English at import; ``verdict_text`` words them in the
        # app's language, exactly as ``workbook verify --lang`` does (its heading skipped).
        verdict = Verdict(tuple(Check(c.name, c.ok, c.detail) for c in r.checks), r.about,
                          r.notes)
        said = verdict_text(verdict, language=_report_language()).splitlines()[2:]
        lines = [self.verdict_text(r), *said, "",
                 self.tr("Fingerprint: %1").replace("%1", r.fingerprint),
                 self.tr("Received: %1").replace("%1", r.imported_at)]
        self.details.setPlainText("\n".join(lines))

    def selected(self) -> ReportSummary | None:
        index = self.table.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def confirm_removal(self, r: ReportSummary) -> QMessageBox:
        """The question asked before a report is removed (``exec`` it; Yes removes)."""
        who = self.worker_text(r) if r.worker is not None else self.tr("not counted")
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Remove this report?"), self.tr(
            "Remove “%1” (%2) for good?").replace("%1", r.file_name).replace("%2", who),
            QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("removeReport")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(self.tr(
            "Its files and figures are deleted from this rep vault. Practice reports you make "
            "from now on leave it out. Reports you already sent do not change, and a backup "
            "made before now still has it."))
        remove = box.addButton(self.tr("Remove report"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setProperty("removeButton", remove)
        return box

    def remove_selected(self) -> None:
        r = self.selected()
        if r is None:
            return
        box = self.confirm_removal(r)
        try:
            box.exec()
            if box.clickedButton() is not box.property("removeButton"):
                return
        finally:
            box.deleteLater()
        self.remove(r.fingerprint)

    def remove(self, fingerprint: str) -> None:
        """Delete the report for good and show the figures without it."""
        removed = self.vault.remove_report(fingerprint)
        self.table.clearSelection()
        self.table.setCurrentIndex(self.model.index(-1, -1))
        self.refresh()
        self.changed.emit()
        self.summary.setText(self.tr("Removed “%1”.").replace("%1", removed.file_name) + "\n"
                             + self.summary.text())

    def refresh(self) -> None:
        self.model.refresh()
        verified, failed, workers = self.vault.counts()
        if verified + failed == 0:
            self.summary.setText(self.tr("No reports yet. Import the JSON file a worker sent "
                                         "you (with its PDF, if you have it)."))
        else:
            self.summary.setText(
                self.tr("%1 verified reports from %2 workers. %3 failed a check: they are "
                        "kept apart and never counted.")
                .replace("%1", str(verified)).replace("%2", str(workers))
                .replace("%3", str(failed)))
        self.table.resizeColumnsToContents()
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectRow(0)
        self.show_details()

    # -- importing

    def choose_and_import(self) -> None:
        paths = _choose_files(self, self.tr("Choose reports to import"),
                              self.tr("Workbook reports (*.json *.pdf);;All files (*)"))
        if paths:
            self.import_paths(paths)

    def import_paths(self, paths: Sequence[Path]) -> Task[list[ImportOutcome]] | None:
        """Import ``paths`` (JSON files, each PDF paired with the JSON of the same name) off
        the GUI thread, with a progress dialog that can be cancelled between files."""
        items = pair_files(paths)
        if not items:
            QMessageBox.information(self, self.tr("Nothing to import"),
                                    self.tr("Choose the JSON file of each report; a PDF alone "
                                            "cannot be checked."))
            return None
        seals = self.seals.text().replace(",", " ").split()
        vault = self.vault
        self.import_button.setEnabled(False)

        def job(progress: Any, cancelled: Any) -> list[ImportOutcome]:
            from workbook.rep.intake import import_files

            return import_files(vault, items, seals, progress, cancelled)

        task = (Task(self, job)
                .with_progress(self.tr("Checking and importing reports…"), cancellable=True)
                .success(self._imported)
                .failure(self._import_failed)
                .finished(lambda: self.import_button.setEnabled(True)))
        task.run()
        return task

    def _import_failed(self, exc: BaseException) -> None:
        from workbook.rep.intake import IntakeError

        if isinstance(exc, IntakeError):  # a file that could not be read: its own words
            QMessageBox.warning(self, self.tr("Not imported"), str(exc))
        else:
            show_problem(self, exc)
        self.refresh()

    def _imported(self, outcomes: list[ImportOutcome]) -> None:
        self.outcomes = outcomes
        self.refresh()
        self.changed.emit()
        self.imported.emit(outcomes)
        added = sum(1 for o in outcomes if o.status == ADDED)
        same = sum(1 for o in outcomes if o.status == DUPLICATE)
        failed = len(outcomes) - added - same
        text = self.tr("%1 verified and added. %2 already here (nothing changed). %3 failed "
                       "a check: kept apart, not counted.").replace("%1", str(added)) \
            .replace("%2", str(same)).replace("%3", str(failed))
        self.summary.setText(text + "\n" + self.summary.text())


# --------------------------------------------------------------------------- practice


class PracticePage(QWidget):
    """One workplace's practice report, shown as text, exported as PDF or CSV."""

    def __init__(self, vault: RepVault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.report: PracticeReport | None = None
        self.places: list[PlaceSummary] = []
        self.exported: list[Path] = []
        self.workplace = QComboBox()
        self.workplace.setAccessibleName(self.tr("Workplace"))
        self.workplace.currentIndexChanged.connect(lambda *_: self.compute())
        self.threshold = QSpinBox()
        self.threshold.setRange(MIN_THRESHOLD, 99)
        self.threshold.setValue(MIN_THRESHOLD)
        self.threshold.setMaximumWidth(8 * self.fontMetrics().height())
        self.threshold.setAccessibleName(self.tr("Smallest number of workers per figure"))
        self.threshold.setToolTip(self.tr("A figure that rests on fewer workers is not shown, so "
                                     "that it cannot point to one worker. It cannot be lower "
                                     "than 3."))
        self.threshold.valueChanged.connect(lambda *_: self.compute())
        self.merge_button = QPushButton(self.tr("Merge into another workplace…"))
        self.merge_button.clicked.connect(self.choose_merge)
        self.unmerge_button = QPushButton(self.tr("Undo merges"))
        self.unmerge_button.clicked.connect(self.unmerge)
        self.language = QComboBox()
        self.language.addItem("English", "en")
        self.language.addItem("Svenska", "sv")
        self.language.setAccessibleName(self.tr("Language of the PDF"))
        self.language.setCurrentIndex(max(0, self.language.findData(_report_language())))
        self.pdf_button = QPushButton(self.tr("Export PDF…"))
        self.pdf_button.setObjectName("primary")
        self.pdf_button.clicked.connect(self.choose_pdf)
        self.csv_button = QPushButton(self.tr("Export CSV…"))
        self.csv_button.clicked.connect(self.choose_csv)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Practice report"))
        self.status = QLabel()
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)
        self.status.hide()  # no empty gap above the buttons until something is saved

        form = QFormLayout()
        form.addRow(self.tr("Workplace"), self.workplace)
        form.addRow(self.tr("Smallest number of workers per figure"), self.threshold)
        merge_row = QHBoxLayout()
        merge_row.addWidget(self.merge_button)
        merge_row.addWidget(self.unmerge_button)
        merge_row.addStretch(1)
        export_row = QHBoxLayout()
        export_row.addStretch(1)
        export_row.addWidget(QLabel(self.tr("PDF language")))
        export_row.addWidget(self.language)
        export_row.addWidget(self.csv_button)
        export_row.addWidget(self.pdf_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(merge_row)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.status)
        layout.addLayout(export_row)
        self.reload()

    def reload(self) -> None:
        """Read the workplaces again (after an import or a merge), keeping the choice."""
        current = self.workplace.currentData()
        self.places = self.vault.places()
        self.workplace.blockSignals(True)
        self.workplace.clear()
        for p in self.places:
            self.workplace.addItem(self.tr("%1 — %n workers", "", p.workers)
                                   .replace("%1", p.name), p.key)
        keys = [p.key for p in self.places]
        if current in keys:
            self.workplace.setCurrentIndex(keys.index(current))
        self.workplace.blockSignals(False)
        self.compute()

    def select(self, name: str) -> None:
        from workbook.rep.names import name_key

        key = self.vault.resolve(name_key(name))
        index = self.workplace.findData(key)
        if index >= 0:
            self.workplace.setCurrentIndex(index)

    def place(self) -> PlaceSummary | None:
        key = self.workplace.currentData()
        return next((p for p in self.places if p.key == key), None)

    def compute(self) -> None:
        from workbook.domain.timeutil import utc_now
        from workbook.rep.practice import compute_practice

        place = self.place()
        has = place is not None
        for widget in (self.pdf_button, self.csv_button, self.merge_button,
                       self.unmerge_button):
            widget.setEnabled(has)
        if place is None:
            self.report = None
            self.text.setPlainText(self.tr("No verified reports yet. Import reports on the "
                                           "Reports page first."))
            return
        self.report = compute_practice(
            self.vault.practice_rows(place.key), key=place.key, name=place.name,
            spellings=place.spellings, threshold=self.threshold.value(),
            generated_at=utc_now())
        self.text.setPlainText(self.describe(self.report))

    def describe(self, r: PracticeReport) -> str:
        """The report in plain text for the screen (the PDF has the full layout)."""
        from workbook.rep.strings import RepStrings

        t = RepStrings(_report_language())
        few = self.tr("fewer than %1 workers").replace("%1", str(r.threshold))
        lines = [r.name]
        others = [s for s in r.spellings if s != r.name]
        if others:
            lines.append(self.tr("Also written as: %1").replace("%1", ", ".join(others)))
        if r.withheld:
            lines += ["", self.tr("Fewer than %1 workers sent verified reports that name this "
                             "workplace, so no figure is shown.").replace("%1",
                                                                         str(r.threshold))]
            return "\n".join(lines)
        lines.append(self.tr("%1 workers, %2 to %3, from %4 verified reports")
                     .replace("%1", str(r.workers)).replace("%2", r.period_from)
                     .replace("%3", r.period_to).replace("%4", str(len(r.sources))))
        lines += ["", self.tr("Money the workplace took")]
        if any(not f.withheld for f in r.fees):
            lines.append(self.tr("(Range: the lowest and highest amounts that at least %1 "
                                 "workers each paid, so that neither end points to one worker. "
                                 "* Some lines, from fewer workers, lie outside it.)")
                         .replace("%1", str(r.threshold)))
        for f in r.fees:
            label = f"  {t.money_category(f.category)} ({f.currency}): "
            if f.withheld:
                lines.append(label + few)
                continue
            lines.append(label + self.tr("median %1, %2; %3 workers, %4 lines")
                         .replace("%1", t.amount(f.median, f.currency))
                         .replace("%2", self.range_text(f, t))
                         .replace("%3", t.integer(f.workers))
                         .replace("%4", t.integer(f.lines)))
            for q in f.quarters:
                lines.append(f"      {q.quarter}: " + (few if q.withheld else self.tr(
                    "median %1 (%2 workers)").replace("%1", t.amount(q.median, f.currency))
                    .replace("%2", str(q.workers))))
        lines += ["", self.tr("Hours and pay")]
        if r.hours is not None:
            if r.hours.withheld:
                lines.append("  " + few)
            else:
                lines.append("  " + self.tr("%1 shifts, %2 hours, median shift %3 hours")
                             .replace("%1", t.integer(r.hours.shifts))
                             .replace("%2", t.hours(r.hours.seconds))
                             .replace("%3", t.hours(r.hours.median_shift_seconds)))
        for rate in r.rates:
            if rate.withheld:
                lines.append(f"  {rate.currency}: " + few)
            elif rate.per_hour is not None:
                lines.append("  " + self.tr("Net per hour %1 (all workers together); median of "
                                       "workers' own %2")
                             .replace("%1", t.money(rate.per_hour, rate.currency))
                             .replace("%2", t.money(rate.median_worker_per_hour or 0,
                                                    rate.currency)))
        for title, figures, name_of in ((self.tr("Signs of control"), r.controls, t.indicator),
                                      (self.tr("Incidents"), r.incidents, t.incident_category)):
            lines += ["", title]
            for c in figures:
                text = few if c.withheld else self.tr("%1 workers, %2 times, %3 to %4").replace(
                    "%1", t.integer(c.workers)).replace("%2", t.integer(c.count)).replace(
                    "%3", c.first).replace("%4", c.last)
                lines.append(f"  {name_of(c.slug)}: {text}")
        return "\n".join(lines)

    def range_text(self, f: FeeFigure, t: Any) -> str:
        """"range 200.00 – 500.00" (with " *" when lines lie outside it), or "no range"."""
        if not f.range_shown:
            return self.tr("no range")
        text = self.tr("range %1 – %2").replace("%1", t.amount(f.low, f.currency)).replace(
            "%2", t.amount(f.high, f.currency))
        return text + (" *" if f.outside else "")

    # -- merging

    def choose_merge(self) -> None:
        place = self.place()
        if place is None:
            return
        others = [p for p in self.places if p.key != place.key]
        if not others:
            QMessageBox.information(self, self.tr("Merge"),
                                    self.tr("There is no other workplace to merge into."))
            return
        names = [p.name for p in others]
        chosen, ok = QInputDialog.getItem(
            self, self.tr("Merge workplaces"),
            self.tr("Count “%1” as which workplace?").replace("%1", place.name), names, 0,
            False)
        if ok and chosen in names:
            self.merge(place.name, chosen)

    def merge(self, name: str, into: str) -> None:
        source, target = self.vault.find_place(name), self.vault.find_place(into)
        if source is None or target is None:
            return
        self.vault.merge(source.key, target.key)
        self.reload()
        self.select(into)

    def unmerge(self) -> None:
        place = self.place()
        if place is not None:
            self.vault.unmerge(place.key)
            self.reload()

    # -- exporting

    def choose_pdf(self) -> None:
        if self.report is None:
            return
        paths = _choose_files(self, self.tr("Save the practice report"), "PDF (*.pdf)",
                              save_name=f"{self.report.name} practice report.pdf")
        if paths:
            self.export(pdf=paths[0])

    def choose_csv(self) -> None:
        if self.report is None:
            return
        paths = _choose_files(self, self.tr("Save the figures as CSV"), "CSV (*.csv)",
                              save_name=f"{self.report.name} practice report.csv")
        if paths:
            self.export(csv=paths[0])

    def export(self, *, pdf: Path | None = None, csv: Path | None = None
               ) -> Task[list[Path]] | None:
        """Render and write off the GUI thread; the files appear whole or not at all."""
        report = self.report
        if report is None:
            return None
        language = str(self.language.currentData())

        def job(progress: Any, cancelled: Any) -> list[Path]:
            from workbook.rep.csv_out import practice_csv
            from workbook.rep.pdf import render_practice_pdf
            from workbook.services.export import write_atomically

            files: list[tuple[Path, bytes]] = []
            if pdf is not None:
                files.append((pdf, render_practice_pdf(report, language)))
            if csv is not None:
                files.append((csv, practice_csv(report)))
            write_atomically(files)
            return [p for p, _ in files]

        task = (Task(self, job)
                .with_progress(self.tr("Writing the practice report…"), cancellable=False)
                .success(self._exported)
                .failure(lambda exc: self._export_failed(exc)))
        task.run()
        return task

    def _export_failed(self, exc: BaseException) -> None:
        from workbook.services.export import ExportError

        if isinstance(exc, ExportError):
            QMessageBox.warning(self, self.tr("Not written"), str(exc))
        else:
            show_problem(self, exc)

    def _exported(self, paths: list[Path]) -> None:
        self.exported = paths
        self.status.setText(self.tr("Saved: %1").replace("%1", ", ".join(str(p)
                                                                       for p in paths)))
        self.status.show()


# --------------------------------------------------------------------------- window


class _RepSession:
    """What the worker side's change-passphrase dialog needs of a session: the open vault
    (``passphrase_matches``, ``change_passphrase``) and somewhere to say it changed."""

    def __init__(self, vault: RepVault) -> None:
        self.vault = vault
        self.is_open = True

    def notify(self, *_what: object) -> None:
        return None


class RepWindow(QMainWindow):
    lock_requested = Signal(bool)  # True: quick hide
    quit_requested = Signal()
    backed_up = Signal(object)  # Path

    def __init__(self, vault: RepVault, *, neutral_title: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("repWindow")
        self.vault = vault
        self.backup_path: Path | None = None
        self._closing_for_lock = False
        self.setWindowTitle(self.tr("Notes") if neutral_title else
                            self.tr("Workbook — reports received"))
        self.reports_page = ReportsPage(vault)
        self.practice_page = PracticePage(vault)
        self.reports_page.changed.connect(self.practice_page.reload)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.reports_page, self.tr("&Reports"))
        self.tabs.addTab(self.practice_page, self.tr("&Practice report"))
        self.setCentralWidget(self.tabs)

        toolbar = QToolBar()
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        self.import_action = QAction(self.tr("Import reports…"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self.reports_page.choose_and_import)
        self.lock_action = QAction(self.tr("Lock"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(lambda: self.lock_requested.emit(False))
        self.backup_action = QAction(self.tr("Back up…"), self)
        self.backup_action.setToolTip(self.tr("Make an encrypted copy of this rep vault, for a "
                                              "USB stick"))
        self.backup_action.triggered.connect(self.choose_backup)
        self.passphrase_action = QAction(self.tr("Change passphrase…"), self)
        self.passphrase_action.triggered.connect(self.change_passphrase)
        self.hide_action = QAction(self.tr("Quick hide"), self)
        self.hide_action.triggered.connect(lambda: self.lock_requested.emit(True))
        spacer = QWidget()
        spacer.setSizePolicy(spacer.sizePolicy().Policy.Expanding,
                             spacer.sizePolicy().Policy.Preferred)
        self.addAction(self.import_action)  # Ctrl+I; the button is on the Reports page
        toolbar.addAction(self.backup_action)
        toolbar.addAction(self.passphrase_action)
        toolbar.addWidget(spacer)
        toolbar.addAction(self.lock_action)
        toolbar.addAction(self.hide_action)
        for number in (1, 2):
            QShortcut(QKeySequence(f"Ctrl+{number}"), self).activated.connect(
                lambda n=number: self.tabs.setCurrentIndex(n - 1))
        h = self.fontMetrics().height()
        self.resize(70 * h, 44 * h)

    # -- safekeeping (the worker side's dialogs, on the rep vault)

    def passphrase_dialog(self, kdf: Any = None) -> ChangePassphraseDialog:
        """The worker side's change-passphrase dialog, working on the rep vault. ``kdf``: tests
        only."""
        from workbook.ui.session import Session

        dialog = ChangePassphraseDialog(cast(Session, _RepSession(self.vault)), self, kdf=kdf)
        dialog.setObjectName("repChangePassphrase")
        return dialog

    def change_passphrase(self) -> None:
        dialog = self.passphrase_dialog()
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.statusBar().showMessage(self.tr("The passphrase is changed. Only the new "
                                                     "one opens this rep vault now."), 10_000)
        finally:
            dialog.deleteLater()

    def backup_dialog(self, folder: Path | None = None) -> BackupDialog:
        """The worker side's backup dialog, wide enough to show a whole path."""
        dialog = BackupDialog(folder or self.vault.path.parent, self)
        dialog.setMinimumWidth(40 * self.fontMetrics().height())
        return dialog

    def choose_backup(self) -> None:
        dialog = self.backup_dialog()
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            target, passphrase = dialog.target_path(), dialog.passphrase.text()
            other = dialog.backup_passphrase()
        finally:
            dialog.passphrase.clear()
            dialog.new_passphrase.clear()
            dialog.deleteLater()
        self.back_up(target, passphrase, other)

    def back_up(self, target: Path, passphrase: str, other: str | None = None
                ) -> Task[Path]:
        """Write the backup off the GUI thread; ``backed_up`` names the file."""
        vault = self.vault

        def job(progress: Any, cancelled: Any) -> Path:
            from workbook.rep.safekeeping import backup_rep_vault

            return backup_rep_vault(vault, target, passphrase, other, progress)

        task = (Task(self, job)
                .with_progress(self.tr("Making a backup…"), cancellable=False)
                .success(self._backed_up)
                .failure(lambda exc: show_problem(self, exc)))
        task.run()
        return task

    def _backed_up(self, path: Path) -> None:
        self.backup_path = path
        self.statusBar().showMessage(self.tr("The backup is made: %1. Keep it somewhere other "
                                             "than this computer.").replace("%1", str(path)))
        self.backed_up.emit(path)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closing_for_lock:
            self.quit_requested.emit()
        super().closeEvent(event)

    def close_for_lock(self) -> None:
        self._closing_for_lock = True
        self.close()

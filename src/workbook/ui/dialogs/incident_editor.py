"""Record what happened: when, how serious, who was there, who was told, and the proof.

Attachments are read into memory and saved inside the encrypted vault with the incident; images
are shown from those bytes, never from a file written out to be opened.
"""

from __future__ import annotations

import itertools
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QDate,
    QDateTime,
    QIODevice,
    QLocale,
    QMimeDatabase,
    Qt,
    QTime,
)
from PySide6.QtGui import QGuiApplication, QImage, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from workbook.domain.categories import ControlIndicator, IncidentCategory
from workbook.domain.errors import Problem, ValidationError
from workbook.domain.models import MAX_ATTACHMENT_BYTES, Attachment, Incident, Shift, Workplace
from workbook.domain.timeutil import local, localize, utc_now, zone
from workbook.services import records
from workbook.services.records import PersonInIncident
from workbook.ui import file_dialogs
from workbook.ui.session import Session
from workbook.ui.widgets.image_viewer import ImageView, ImageViewer, image_from_bytes
from workbook.ui.widgets.labels import (
    CONTROL_INDICATOR,
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


def size_text(size: int) -> str:
    """"73.2 MB", "12 KB": a file size in the user's locale."""
    return QLocale().formattedDataSize(
        size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def _naive(value: QDateTime) -> datetime:
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


class _PendingFile:
    """An attachment in the list: already in the vault (``meta.id``) or waiting to be saved."""

    def __init__(self, meta: Attachment, data: bytes | None = None) -> None:
        self.meta = meta
        self.data = data


class IncidentEditor(QDialog):
    """Add an incident (``incident=None``) or edit one; ``saved_incident`` holds the result."""

    def __init__(self, session: Session, incident: Incident | None = None,
                 parent: QWidget | None = None, *, workplace_id: int | None = None,
                 shift_id: int | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.incident = incident
        self.saved_incident: Incident | None = None
        self.viewer: ImageViewer | None = None
        self._files: list[_PendingFile] = []
        self._removed: list[int] = []
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

        self.files = QListWidget()
        self.files.setAccessibleName(self.tr("Attached files"))
        self.files.setMaximumHeight(self.fontMetrics().height() * 5)
        self.files.currentRowChanged.connect(self._file_selected)
        self.files.itemActivated.connect(lambda _item: self.view_selected())
        self.add_file_button = QPushButton(self.tr("Add &file…"))
        self.add_file_button.clicked.connect(self.add_file)
        self.paste_button = QPushButton(self.tr("&Paste image"))
        self.paste_button.clicked.connect(self.paste_image)
        self.view_button = QPushButton(self.tr("&View"))
        self.view_button.clicked.connect(self.view_selected)
        self.remove_file_button = QPushButton(self.tr("Remove file"))
        self.remove_file_button.clicked.connect(self.remove_selected_file)
        self.files_message = FieldMessage()
        self.preview = ImageView()
        self.preview.setAccessibleName(self.tr("Preview of the selected image"))
        self.preview.setMinimumHeight(self.fontMetrics().height() * 8)
        self.preview.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.files_note = QLabel(self.tr("Files are kept encrypted inside your vault, up to "
                                         "50 MB each."))
        self.files_note.setWordWrap(True)
        self.files_note.setObjectName("hint")

        self.controls: dict[ControlIndicator, QCheckBox] = {}
        controls_box = QGroupBox(self.tr("Signs of control this shows"))
        controls_grid = QGridLayout(controls_box)
        for i, indicator in enumerate(ControlIndicator):
            box = QCheckBox(label(CONTROL_INDICATOR, indicator))
            self.controls[indicator] = box
            controls_grid.addWidget(box, i // 2, i % 2)

        self.problems = FieldMessage()
        self.history_note = QLabel(self.tr("Saving keeps the earlier version in the record "
                                           "history."))
        self.history_note.setWordWrap(True)
        self.history_note.setObjectName("note")
        self.history_note.setVisible(self.incident is not None)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("primary")
        self.save_button.setAccessibleName(self.tr("Save incident"))
        self.save_button.setToolTip(self.tr("Ctrl+Enter"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        for button in (self.save_button, self.cancel_button, self.add_file_button,
                       self.paste_button, self.view_button, self.remove_file_button):
            button.setAutoDefault(False)

        # --- layout ---
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self._buddy(self.tr("&Kind"), self.category), self.category)
        form.addRow(self._buddy(self.tr("&Title"), self.title), self.title)
        form.addRow("", self.title_message)
        form.addRow(self._buddy(self.tr("Wor&kplace"), self.workplace), self.workplace)
        when = QHBoxLayout()
        when.addWidget(self.start)
        when.addWidget(self.has_end)
        when.addWidget(self.end)
        when.addStretch(1)
        form.addRow(self._buddy(self.tr("W&hen"), self.start), self._wrap(when))
        form.addRow("", self.when_message)
        severity = QHBoxLayout()
        severity.addWidget(self.severity)
        severity.addWidget(self.severity_words, 1)
        form.addRow(self._buddy(self.tr("Se&verity"), self.severity), self._wrap(severity))
        form.addRow(self._buddy(self.tr("&Description"), self.description), self.description)
        form.addRow(self._buddy(self.tr("P&eople"), self.people), self.people)
        reported = QHBoxLayout()
        reported.addWidget(self.reported_to, 1)
        reported.addWidget(self.reported_on_set)
        reported.addWidget(self.reported_on)
        form.addRow(self._buddy(self.tr("&Reported to"), self.reported_to), self._wrap(reported))
        form.addRow(self._buddy(self.tr("&Outcome"), self.outcome), self.outcome)
        form.addRow(self._buddy(self.tr("Lin&ked shift"), self.shift), self.shift)

        files_box = QGroupBox(self.tr("Files and photos"))
        files_layout = QGridLayout(files_box)
        files_layout.addWidget(self.files, 0, 0)
        file_buttons = QVBoxLayout()
        for button in (self.add_file_button, self.paste_button, self.view_button,
                       self.remove_file_button):
            file_buttons.addWidget(button)
        file_buttons.addStretch(1)
        files_layout.addLayout(file_buttons, 0, 1)
        files_layout.addWidget(self.files_message, 1, 0, 1, 2)
        files_layout.addWidget(self.preview, 2, 0, 1, 2)
        files_layout.addWidget(self.files_note, 3, 0, 1, 2)
        files_layout.setColumnStretch(0, 1)

        content = QWidget()
        body = QVBoxLayout(content)
        body.addWidget(self.problems)
        body.addLayout(form)
        body.addWidget(files_box)
        body.addWidget(controls_box)
        body.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
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

        for key in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(key), self, self.save)
        paste = QShortcut(QKeySequence(QKeySequence.StandardKey.Paste), self.files)
        paste.setContext(Qt.ShortcutContext.WidgetShortcut)
        paste.activated.connect(self.paste_image)
        self._file_selected(-1)

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

    def _fix_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.category, self.title, self.workplace, self.start, self.has_end, self.end,
            self.severity, self.description, self.people.name, self.people.add_button,
            self.people.role, self.people.involvement, self.people.list,
            self.people.remove_button, self.reported_to, self.reported_on_set,
            self.reported_on, self.outcome, self.shift, self.files, self.add_file_button,
            self.paste_button, self.view_button, self.remove_file_button,
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
        for meta in self.session.vault.list_attachments(incident_id=incident.id):
            self._files.append(_PendingFile(meta))
        self._refill_files()
        for tag in records.incident_controls(self.session.vault, incident):
            self.controls[ControlIndicator(tag.indicator)].setChecked(True)

    # --- files -----------------------------------------------------------------------------

    def add_file(self) -> None:
        path = file_dialogs.open_file(self, self.tr("Attach a file"), None,
                                      self.tr("Images and documents (*.png *.jpg *.jpeg *.gif "
                                              "*.webp *.pdf *.txt);;All files (*)"))
        if path is not None:
            self.add_path(path)

    def add_path(self, path: Path) -> bool:
        """Read a file into memory and list it; refuses files over 50 MB with a plain message."""
        self.files_message.clear_message()
        try:
            size = path.stat().st_size
            if size > MAX_ATTACHMENT_BYTES:
                self._too_large(path.name, size)
                return False
            data = path.read_bytes()
        except OSError as exc:
            self.files_message.show_message(self.tr("“%1” could not be read: %2")
                                            .replace("%1", path.name)
                                            .replace("%2", exc.strerror or str(exc)))
            return False
        return self.add_bytes(path.name, data)

    def add_bytes(self, filename: str, data: bytes, media_type: str | None = None) -> bool:
        self.files_message.clear_message()
        if len(data) > MAX_ATTACHMENT_BYTES:
            self._too_large(filename, len(data))
            return False
        if media_type is None:
            media_type = QMimeDatabase().mimeTypeForFileNameAndData(
                filename, QByteArray(data)).name()
        self._files.append(_PendingFile(records.new_attachment(filename, media_type, data),
                                        data))
        self._refill_files()
        self.files.setCurrentRow(len(self._files) - 1)
        return True

    def _too_large(self, name: str, size: int) -> None:
        self.files_message.show_message(
            self.tr("“%1” is %2. Files up to 50 MB can be kept in the vault; a smaller copy "
                    "or a screenshot will do.").replace("%1", name)
            .replace("%2", size_text(size)))

    def paste_image(self) -> None:
        """Attach the image on the clipboard (a screenshot of a message, say) as a PNG."""
        self.files_message.clear_message()
        mime = QGuiApplication.clipboard().mimeData()
        if mime is not None and mime.hasImage():
            image = QImage(mime.imageData())
            if not image.isNull():
                buffer = QBuffer()
                buffer.open(QIODevice.OpenModeFlag.WriteOnly)
                # The stub wants bytes for the format; at run time only str works.
                image.save(buffer, "PNG")  # type: ignore[call-overload]
                name = self.tr("pasted image %1.png").replace(
                    "%1", datetime.now().strftime("%Y-%m-%d %H.%M"))
                self.add_bytes(name, bytes(buffer.data().data()), "image/png")
                return
        if mime is not None and mime.hasUrls():
            local_files = [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]
            if local_files:
                for name in local_files:
                    self.add_path(Path(name))
                return
        self.files_message.show_message(self.tr("There is no image on the clipboard. Copy or "
                                                "take a screenshot first."))

    def _refill_files(self) -> None:
        self.files.clear()
        for pending in self._files:
            meta = pending.meta
            text = f"{meta.filename} · {size_text(meta.size)}"
            if meta.id is None:
                text += " · " + self.tr("new")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            self.files.addItem(item)
        self._file_selected(self.files.currentRow())

    def _data(self, pending: _PendingFile) -> bytes:
        if pending.data is None:
            assert pending.meta.id is not None
            pending.data = self.session.vault.attachment_data(pending.meta.id)
        return pending.data

    def _file_selected(self, row: int) -> None:
        has = 0 <= row < len(self._files)
        self.view_button.setEnabled(has)
        self.remove_file_button.setEnabled(has)
        if not has:
            self.preview.set_image(None, self.tr("No file selected"))
            return
        pending = self._files[row]
        image = (image_from_bytes(self._data(pending))
                 if pending.meta.media_type.startswith("image/") else None)
        self.preview.set_image(image, pending.meta.filename if image else self.tr(
            "%1 (no preview; it is kept in the vault)").replace("%1", pending.meta.filename))

    def view_selected(self) -> None:
        row = self.files.currentRow()
        if not 0 <= row < len(self._files):
            return
        pending = self._files[row]
        self.viewer = ImageViewer(self._data(pending), pending.meta.filename, self)
        self.viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.viewer.open()

    def remove_selected_file(self) -> None:
        row = self.files.currentRow()
        if not 0 <= row < len(self._files):
            return
        pending = self._files.pop(row)
        if pending.meta.id is not None:
            self._removed.append(pending.meta.id)
        self._refill_files()

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
            new_files = [(p.meta, p.data) for p in self._files
                         if p.meta.id is None and p.data is not None]
            controls = [i for i, box in self.controls.items() if box.isChecked()]
            vault = self.session.vault
            if self.incident is None:
                saved = records.record_incident(vault, incident, new_files,
                                                people=self.people.people(), controls=controls)
            else:
                saved = records.update_incident(vault, incident, new_files, self._removed,
                                                people=self.people.people(), controls=controls)
        except ValidationError as exc:
            self._show_problems(exc.problems)
            return
        except Exception as exc:  # keep the dialog open: nothing typed is lost
            QMessageBox.warning(self, self.tr("Not saved"), self.tr(
                "The incident could not be saved. What you typed is still here.\n\n%1")
                .replace("%1", str(exc)))
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
                text = self.tr("Files: %1").replace("%1", problem_text(problem.message))
                self.files_message.show_message(text)
                widget: QWidget | None = self.files
            elif name == "people":
                text = self.tr("People: %1").replace("%1", problem_text(problem.message))
                widget = self.people
            else:
                text = self.tr("%1: %2").replace("%1", names.get(name, name)).replace(
                    "%2", problem_text(problem.message))
                message, widget = places.get(name, (None, None))
                if message is not None:
                    message.show_message(text)
            summary.append(text)
            first = first or widget
        self.problems.show_message(self.tr("Not saved yet. Please check:") + "\n• "
                                   + "\n• ".join(summary))
        if first is not None:
            first.setFocus()

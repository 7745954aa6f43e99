"""What the shift editor and the incident editor share: files and photos, the signs of control,
the problems summary, "Saving keeps the earlier version", Save / Cancel with Ctrl+Enter, and the
question about unsaved changes (see ``unsaved.py``).

A subclass calls ``build_shared()`` while building its form, lays the parts out where it wants
them, and calls ``ready()`` last, when the form shows the record as opened.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from workbook.domain.categories import ControlIndicator
from workbook.ui.dialogs.unsaved import UnsavedChanges
from workbook.ui.session import Session
from workbook.ui.widgets.attachments import AttachmentsPanel
from workbook.ui.widgets.labels import CONTROL_INDICATOR, label
from workbook.ui.widgets.messages import FieldMessage


class RecordEditor(QDialog):
    #: Set by ``ready()``; compares the form with what it was when opened.
    unsaved: UnsavedChanges
    draft_kind = ""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session

    # --- the shared parts --------------------------------------------------------------------

    def build_shared(self, *, editing: bool, controls_title: str, save_name: str) -> None:
        self.attachments = AttachmentsPanel(self.session)

        self.controls: dict[ControlIndicator, QCheckBox] = {}
        self.controls_box = QGroupBox(controls_title)
        grid = QGridLayout(self.controls_box)
        for i, indicator in enumerate(ControlIndicator):
            box = QCheckBox(label(CONTROL_INDICATOR, indicator))
            self.controls[indicator] = box
            grid.addWidget(box, i // 2, i % 2)

        self.problems = FieldMessage()
        self.history_note = QLabel(self.tr("Saving keeps the earlier version in the record "
                                           "history."))
        self.history_note.setWordWrap(True)
        self.history_note.setObjectName("note")
        self.history_note.setVisible(editing)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("primary")
        self.save_button.setAccessibleName(save_name)
        self.save_button.setToolTip(self.tr("Ctrl+Enter"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        for button in (self.save_button, self.cancel_button):
            button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(key), self, self.save)

    def ready(self) -> None:
        """The form now shows the record as opened: changes from here on are unsaved."""
        self.unsaved = UnsavedChanges(self)
        self.unsaved.mark_clean()

    def scrolling_body(self, *parts: QWidget | QLayout) -> QScrollArea:
        """The problems, then ``parts``, then files and signs of control, in a scroll area."""
        content = QWidget()
        body = QVBoxLayout(content)
        body.addWidget(self.problems)
        for part in parts:
            if isinstance(part, QLayout):
                body.addLayout(part)
            else:
                body.addWidget(part)
        body.addWidget(self.attachments)
        body.addWidget(self.controls_box)
        body.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        return scroll

    @staticmethod
    def buddy(text: str, widget: QWidget) -> QLabel:
        found = QLabel(text)
        found.setBuddy(widget)
        return found

    @staticmethod
    def wrap(layout: QLayout) -> QWidget:
        holder = QWidget()
        layout.setContentsMargins(0, 0, 0, 0)
        holder.setLayout(layout)
        return holder

    def show_summary(self, summary: Sequence[str], first: QWidget | None) -> None:
        self.problems.show_message(self.tr("Not saved yet. Please check:") + "\n• "
                                   + "\n• ".join(summary))
        if first is not None:
            first.setFocus()

    def checked_controls(self) -> list[ControlIndicator]:
        return [i for i, box in self.controls.items() if box.isChecked()]

    # --- for unsaved.py ------------------------------------------------------------------------

    def has_new_files(self) -> bool:
        return bool(self.attachments.new_files())

    def form_state(self) -> dict[str, Any]:
        raise NotImplementedError

    def apply_form_state(self, state: dict[str, Any]) -> None:
        raise NotImplementedError

    def draft_record_id(self) -> int | None:
        raise NotImplementedError

    def reject(self) -> None:
        unsaved = getattr(self, "unsaved", None)
        if unsaved is None or unsaved.may_close(self):
            super().reject()

    def save(self) -> None:
        raise NotImplementedError


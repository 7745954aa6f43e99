"""The frame every small record dialog shares: a form, a plain message under each field that
needs one, and Save / Cancel. Save stays in the dialog until the record is valid; a problem the
dialog does not place on a field is shown above the buttons. Nothing is lost on a problem."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from workbook.domain.errors import ValidationError
from workbook.ui.dialogs.unsaved import UnsavedChanges, apply_widget_state, widget_state
from workbook.ui.session import Session
from workbook.ui.widgets.messages import FieldMessage


class RecordDialog(QDialog):
    def __init__(self, session: Session, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(title)
        self.setModal(True)
        self.messages: dict[str, FieldMessage] = {}
        self.unsaved = UnsavedChanges(self)

        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setVerticalSpacing(10)
        self.form.setHorizontalSpacing(16)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 8, 0)
        body_layout.addLayout(self.form)
        body_layout.addStretch(1)  # spare height goes below the form, not between its rows
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self._scroll = scroll

        self.general = FieldMessage()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        heading = QLabel(title)
        heading.setObjectName("pageTitle")
        layout.addWidget(heading)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)

    def add_row(self, text: str, field: QWidget, name: str | None = None,
                hint: str | None = None) -> None:
        """A labelled field; ``name`` is the domain field its problems are shown under."""
        holder = QWidget()
        holder.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(field)
        if hint:
            note = QLabel(hint)
            note.setObjectName("hint")
            note.setWordWrap(True)
            column.addWidget(note)
        if name is not None:
            message = FieldMessage()
            self.messages[name] = message
            column.addWidget(message)
        label = QLabel(text)
        label.setBuddy(field)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if not field.accessibleName():
            field.setAccessibleName(text.replace("&", ""))
        self.form.addRow(label, holder)

    def clear_messages(self) -> None:
        for message in self.messages.values():
            message.clear_message()
        self.general.clear_message()

    def show_problems(self, exc: ValidationError) -> None:
        from workbook.ui.widgets.labels import problem_line, problem_text

        loose: list[str] = []
        for problem in exc.problems:
            key = problem.field.split(".")[0].split("[")[0]
            text = problem_text(problem)
            if key in self.messages:
                self.messages[key].show_message(text)
            else:
                loose.append(problem_line(problem))
        if loose:
            self.general.show_message("\n".join(loose))

    def field_problem(self, name: str, text: str) -> None:
        if name in self.messages:
            self.messages[name].show_message(text)
        else:
            self.general.show_message(text)

    def fit(self) -> None:
        """Open large enough to show the whole form without scrolling, when the screen allows."""
        hint = self.form.sizeHint()
        h = self.fontMetrics().height()
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        room = int(screen.height() * 0.75) if screen is not None else 40 * h
        self._scroll.setMinimumHeight(min(hint.height() + h, room))
        self._scroll.setMinimumWidth(max(hint.width() + 2 * h, 30 * h))
        self.adjustSize()

    def save(self) -> None:
        raise NotImplementedError

    # --- unsaved changes (see dialogs/unsaved.py) -------------------------------------------

    #: The kind of draft kept when the app locks with changes here ("" keeps none).
    draft_kind = ""

    def draft_record_id(self) -> int | None:
        return None

    def has_new_files(self) -> bool:
        return False

    def form_state(self) -> dict[str, Any]:
        return {"fields": widget_state(self)}

    def apply_form_state(self, state: dict[str, Any]) -> None:
        fields = state.get("fields")
        apply_widget_state(self, fields if isinstance(fields, list) else [])

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.unsaved.mark_clean_once()

    def reject(self) -> None:
        if self.unsaved.may_close(self):
            super().reject()

"""Field-level messages: a line under a field saying what is wrong, with a sign, not only colour."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


class FieldMessage(QLabel):
    """Hidden until there is something to say about the field it sits under."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # The theme colours "error" labels; the sign and the bold type do not need colour.
        self.setObjectName("error")
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText("\u26a0 " + text)
        self.setAccessibleName(text)
        self.show()

    def clear_message(self) -> None:
        self.clear()
        self.hide()

"""Unsaved changes in an editor: asked about on close, kept as a draft when the app locks.

Closing an editor (Escape, Cancel, the window's close button) with changes asks "Discard
changes?" with "Keep editing" as the default. Locking (idle, Ctrl+L, Quick hide, the computer
sleeping) must close every window at once, so it cannot wait for an answer: instead the form of
every open editor with changes is written as a draft into the vault itself (the encrypted
``meta`` table; never to a file, never to settings), and after the next unlock the app offers to
open it again. Files added to an editor but not saved are not kept in a draft (they can be tens
of megabytes); the offer says so when there were some.

An editor takes part by keeping an ``UnsavedChanges`` as ``self.unsaved`` and defining
``form_state()`` (what is on screen, as JSON-able values), ``apply_form_state()``,
``draft_kind`` and ``draft_record_id()``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QDateTime, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from workbook.ui.session import Session

DRAFT_KEY = "ui.drafts"

_locking = False


class DraftEditor(Protocol):
    draft_kind: str
    session: Session

    def form_state(self) -> dict[str, Any]: ...

    def apply_form_state(self, state: dict[str, Any]) -> None: ...

    def draft_record_id(self) -> int | None: ...

    def has_new_files(self) -> bool: ...


class UnsavedChanges:
    """The editor's form as it was opened (or last saved), to compare with what is on screen."""

    def __init__(self, editor: DraftEditor) -> None:
        self.editor = editor
        self._clean: dict[str, Any] | None = None

    def mark_clean(self) -> None:
        self._clean = self.editor.form_state()

    def mark_clean_once(self) -> None:
        """When the editor is first shown: its form as opened (unless a draft was put in)."""
        if self._clean is None:
            self.mark_clean()

    def mark_changed(self) -> None:
        """For an editor opened from a draft: its content differs from the record."""
        self._clean = {}

    def changed(self) -> bool:
        return self._clean is not None and self.editor.form_state() != self._clean

    def may_close(self, parent: QWidget) -> bool:
        """True when the editor may close: no changes, the app is locking, or the worker chose
        to discard them."""
        if _locking or not self.editor.session.is_open or not self.changed():
            return True
        return ask_discard(parent)


def ask_discard(parent: QWidget) -> bool:
    box = discard_box(parent)
    box.exec()
    chosen = box.clickedButton() is box.findChild(QPushButton, "discard")
    box.deleteLater()
    return chosen


def discard_box(parent: QWidget) -> QMessageBox:
    """"Discard changes?" with "Keep editing" as the default and on Escape."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Unsaved", "Discard changes?"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(QCoreApplication.translate("Unsaved", "You have changes that are not saved."))
    box.setInformativeText(QCoreApplication.translate(
        "Unsaved", "Discard them, or keep editing?"))
    keep = box.addButton(QCoreApplication.translate("Unsaved", "Keep editing"),
                         QMessageBox.ButtonRole.RejectRole)
    keep.setObjectName("keepEditing")
    discard = box.addButton(QCoreApplication.translate("Unsaved", "Discard"),
                            QMessageBox.ButtonRole.DestructiveRole)
    discard.setObjectName("discard")
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    return box


# --- a form's fields, generically ------------------------------------------------------------


def _fields(root: QWidget) -> list[QWidget]:
    """The input widgets inside ``root`` in creation order, without the line edits that are
    part of a spin box or a combo box."""
    found: list[QWidget] = []
    for widget in root.findChildren(QWidget):
        parent = widget.parentWidget()
        if isinstance(widget, QLineEdit) and isinstance(parent, QAbstractSpinBox | QComboBox):
            continue
        if isinstance(widget, QLineEdit | QPlainTextEdit | QComboBox | QAbstractSpinBox
                      | QCheckBox):
            found.append(widget)
    return found


def widget_state(root: QWidget) -> list[Any]:
    """What every field inside ``root`` holds, in order, as JSON-able values."""
    values: list[Any] = []
    for widget in _fields(root):
        if isinstance(widget, QLineEdit):
            values.append(widget.text())
        elif isinstance(widget, QPlainTextEdit):
            values.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            values.append([widget.currentIndex(), widget.currentText()])
        elif isinstance(widget, QDateTimeEdit):
            values.append(widget.dateTime().toString(Qt.DateFormat.ISODate))
        elif isinstance(widget, QAbstractSpinBox):
            values.append(widget.text())
        elif isinstance(widget, QCheckBox):
            values.append(widget.isChecked())
    return values


def apply_widget_state(root: QWidget, values: list[Any]) -> None:
    """Put ``widget_state()`` values back into the same form (fields in the same order)."""
    for widget, value in zip(_fields(root), values, strict=False):
        if isinstance(widget, QLineEdit) and isinstance(value, str):
            widget.setText(value)
        elif isinstance(widget, QPlainTextEdit) and isinstance(value, str):
            widget.setPlainText(value)
        elif isinstance(widget, QComboBox) and isinstance(value, list) and value:
            index = value[0] if isinstance(value[0], int) else -1
            if 0 <= index < widget.count() and widget.itemText(index) == value[1]:
                widget.setCurrentIndex(index)
            elif widget.findText(str(value[1])) >= 0:
                widget.setCurrentIndex(widget.findText(str(value[1])))
        elif isinstance(widget, QDateTimeEdit) and isinstance(value, str):
            parsed = QDateTime.fromString(value, Qt.DateFormat.ISODate)
            if parsed.isValid():
                widget.setDateTime(parsed)
        elif isinstance(widget, QAbstractSpinBox) and isinstance(value, str):
            line = widget.lineEdit()
            if line is not None:
                line.setText(value)
                widget.interpretText()
        elif isinstance(widget, QCheckBox) and isinstance(value, bool):
            widget.setChecked(value)


# --- locking -----------------------------------------------------------------------------------


def open_editors() -> list[Any]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QDialog) and w.isVisible()
            and isinstance(getattr(w, "unsaved", None), UnsavedChanges)]


def keep_drafts(session: Session) -> int:
    """Before a lock: write every open editor's unsaved form into the vault, and let the
    editors close without asking from now until ``locked()``. Returns how many were kept."""
    global _locking
    _locking = True
    drafts = []
    for editor in open_editors():
        if not editor.unsaved.changed() or editor.draft_kind not in OPENERS:
            continue
        drafts.append({"kind": editor.draft_kind, "id": editor.draft_record_id(),
                       "files_left_out": editor.has_new_files(),
                       "state": editor.form_state()})
    if drafts and session.is_open:
        try:
            session.vault.set_meta(DRAFT_KEY, json.dumps(drafts, ensure_ascii=False))
        except Exception:  # a vault that cannot be written still locks at once
            return 0
    return len(drafts)


def locked() -> None:
    """The lock is done: editors ask about unsaved changes again."""
    global _locking
    _locking = False


def close_without_asking() -> None:
    """From now until ``locked()``, editors close without asking (as during a lock)."""
    global _locking
    _locking = True


def take_drafts(session: Session) -> list[dict[str, Any]]:
    """The drafts kept at the last lock, removed from the vault as they are read."""
    if not session.is_open:
        return []
    text = session.vault.get_meta(DRAFT_KEY)
    if not text:
        return []
    session.vault.set_meta(DRAFT_KEY, None)
    try:
        drafts = json.loads(text)
    except ValueError:
        return []
    return [d for d in drafts if isinstance(d, dict) and isinstance(d.get("state"), dict)]


#: How to open each kind of editor on a record id (or ``None`` for a new record).
Opener = Callable[[Session, int | None, QWidget], Any]


def _open_shift(session: Session, record_id: int | None, parent: QWidget) -> Any:
    from workbook.ui.dialogs.shift_editor import ShiftEditor

    shift = session.vault.get_shift(record_id) if record_id is not None else None
    return ShiftEditor(session, shift, parent)


def _open_incident(session: Session, record_id: int | None, parent: QWidget) -> Any:
    from workbook.ui.dialogs.incident_editor import IncidentEditor

    incident = session.vault.get_incident(record_id) if record_id is not None else None
    return IncidentEditor(session, incident, parent)


def _open_money(session: Session, record_id: int | None, parent: QWidget) -> Any:
    from workbook.ui.dialogs.money_dialog import MoneyDialog

    line = session.vault.get_money_line(record_id) if record_id is not None else None
    return MoneyDialog(session, line, parent)


OPENERS: dict[str, Opener] = {"shift": _open_shift, "incident": _open_incident,
                              "money": _open_money}


def draft_question(draft: dict[str, Any]) -> str:
    what = {
        "shift": QCoreApplication.translate("Unsaved", "a shift"),
        "incident": QCoreApplication.translate("Unsaved", "an incident"),
        "money": QCoreApplication.translate("Unsaved", "a money line"),
    }.get(str(draft.get("kind")), "")
    text = QCoreApplication.translate(
        "Unsaved", "Workbook locked while you were editing %1. Your changes were kept, "
        "encrypted, in this vault. Open them again?").replace("%1", what)
    if draft.get("files_left_out"):
        text += " " + QCoreApplication.translate(
            "Unsaved", "Files you had added were not kept: add them again.")
    return text


def draft_box(parent: QWidget, draft: dict[str, Any]) -> QMessageBox:
    """The offer to open a kept draft again ("Open them" is the default)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Unsaved", "Unsaved changes"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(draft_question(draft))
    reopen = box.addButton(QCoreApplication.translate("Unsaved", "Open them"),
                           QMessageBox.ButtonRole.AcceptRole)
    reopen.setObjectName("openDraft")
    drop = box.addButton(QCoreApplication.translate("Unsaved", "Throw them away"),
                         QMessageBox.ButtonRole.DestructiveRole)
    drop.setObjectName("dropDraft")
    box.setDefaultButton(reopen)
    return box


def offer_drafts(session: Session, parent: QWidget) -> int:
    """After an unlock: offer each kept draft; open the editors chosen. Returns how many were
    opened."""
    opened = 0
    for draft in take_drafts(session):
        opener = OPENERS.get(str(draft.get("kind")))
        if opener is None or not session.is_open:
            continue
        box = draft_box(parent, draft)
        box.exec()
        wanted = box.clickedButton() is box.findChild(QPushButton, "openDraft")
        box.deleteLater()
        if not wanted or not session.is_open:
            continue
        record_id = draft.get("id")
        editor = opener(session, record_id if isinstance(record_id, int) else None, parent)
        editor.apply_form_state(draft["state"])
        editor.unsaved.mark_changed()
        opened += 1
        editor.exec()
        editor.deleteLater()
    return opened

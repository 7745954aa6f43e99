"""One way to run work off the GUI thread (the pattern of Anki's ``CollectionOp``)::

    Task(self, lambda progress, cancelled: export(vault, out, progress, cancelled))
        .with_progress(self.tr("Exporting…"), cancellable=True)
        .success(self._exported)
        .failure(self._show_problem)
        .run()

The function runs on a worker thread and receives two callables: ``progress(done, total)`` to
move the bar and ``cancelled()`` to ask whether the worker pressed Cancel (then it raises
``Cancelled`` or just returns early). ``success`` gets its result and ``failure`` its exception,
both on the GUI thread. Without a ``failure`` callback a plain message is shown: never a
traceback in front of a worker.

Tracebacks are printed to standard error only when ``WORKBOOK_DEBUG`` is set: messages can
contain record content, and a desktop session may keep standard error in a log file.
"""

from __future__ import annotations

import os
import sys
import threading
import traceback
from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

T = TypeVar("T")
Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]

_pool: QThreadPool | None = None
_running: set[Task[object]] = set()


class Cancelled(Exception):
    """Raised by a task function that stopped because Cancel was pressed."""


def pool() -> QThreadPool:
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(2)
    return _pool


def cancel_all(wait_ms: int = 3000) -> bool:
    """Ask every running task to stop and wait for them (used when locking). True if all ended."""
    for task in list(_running):
        task.cancel()
    return pool().waitForDone(wait_ms)


def running_count() -> int:
    return len(_running)


def debug_enabled() -> bool:
    return bool(os.environ.get("WORKBOOK_DEBUG"))


class _Bridge(QObject):
    """Lives on the GUI thread; the worker emits, the slots run the callbacks there."""

    done = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)


class _Runner(QRunnable):
    def __init__(self, task: Task[T]) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._task = task

    def run(self) -> None:
        task = self._task
        try:
            result = task._fn(task._report, task._cancel.is_set)
        except BaseException as exc:  # delivered to failure(); nothing escapes the worker
            if debug_enabled():
                traceback.print_exception(exc, file=sys.stderr)
            task._bridge.failed.emit(exc)
        else:
            task._bridge.done.emit(result)


class Task(Generic[T]):
    def __init__(self, parent: QWidget | None, fn: Callable[[Progress, CancelCheck], T]) -> None:
        self._parent = parent
        self._fn = fn
        self._on_success: Callable[[T], None] | None = None
        self._on_failure: Callable[[BaseException], None] | None = None
        self._on_cancelled: Callable[[], None] | None = None
        self._on_finished: Callable[[], None] | None = None
        self._title: str | None = None
        self._label = ""
        self._cancellable = False
        self._cancel = threading.Event()
        self._dialog: QProgressDialog | None = None
        self._bridge = _Bridge()
        # The bridge lives on the GUI thread and the worker emits, so Qt's automatic connection
        # queues each call to the GUI thread. (Naming Qt.ConnectionType here would load the
        # whole Qt namespace, ~45 ms, before the unlock window is on screen.)
        self._bridge.done.connect(self._succeeded)
        self._bridge.failed.connect(self._failed)
        self._bridge.progressed.connect(self._progressed)

    # --- building ----------------------------------------------------------------------------

    def with_progress(self, title: str, *, label: str = "", cancellable: bool = True) -> Task[T]:
        self._title = title
        self._label = label or title
        self._cancellable = cancellable
        return self

    def success(self, callback: Callable[[T], None]) -> Task[T]:
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> Task[T]:
        self._on_failure = callback
        return self

    def cancelled(self, callback: Callable[[], None]) -> Task[T]:
        self._on_cancelled = callback
        return self

    def finished(self, callback: Callable[[], None]) -> Task[T]:
        """Runs after success, failure or cancel (to re-enable a form, say)."""
        self._on_finished = callback
        return self

    # --- running -----------------------------------------------------------------------------

    def run(self) -> Task[T]:
        if self._title is not None:
            self._dialog = self._make_dialog()
        _running.add(self)  # type: ignore[arg-type]
        pool().start(_Runner(self))
        return self

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def _report(self, done: int, total: int) -> None:
        self._bridge.progressed.emit(int(done), int(total))

    def _make_dialog(self) -> QProgressDialog:
        parent = self._parent if self._parent is not None and isValid(self._parent) else None
        from PySide6.QtCore import Qt

        dialog = QProgressDialog(parent)
        dialog.setWindowTitle(self._title or "")
        dialog.setLabelText(self._label)
        dialog.setRange(0, 0)  # busy until the first progress report
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)  # quick work never flashes a dialog
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if self._cancellable:
            dialog.setCancelButtonText(_cancel_text())
            dialog.canceled.connect(self._cancel_pressed)
        else:
            dialog.setCancelButton(None)
        dialog.setAccessibleName(self._title or "")
        return dialog

    @Slot()
    def _cancel_pressed(self) -> None:
        self._cancel.set()
        if self._dialog is not None:
            self._dialog.setLabelText(_stopping_text())
            self._dialog.show()

    @Slot(int, int)
    def _progressed(self, done: int, total: int) -> None:
        if self._dialog is not None and isValid(self._dialog) and total > 0:
            self._dialog.setRange(0, total)
            self._dialog.setValue(min(done, total))

    def _close_dialog(self) -> None:
        if self._dialog is not None and isValid(self._dialog):
            self._dialog.reset()
            self._dialog.close()
            self._dialog.deleteLater()
        self._dialog = None

    def _parent_gone(self) -> bool:
        return self._parent is not None and not isValid(self._parent)

    def _end(self) -> None:
        self._close_dialog()
        _running.discard(self)
        if self._on_finished is not None and not self._parent_gone():
            self._on_finished()

    @Slot(object)
    def _succeeded(self, result: T) -> None:
        try:
            if self._on_success is not None and not self._parent_gone():
                self._on_success(result)
        finally:
            self._end()

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        try:
            if self._parent_gone():
                return
            if isinstance(exc, Cancelled):
                if self._on_cancelled is not None:
                    self._on_cancelled()
            elif self._on_failure is not None:
                self._on_failure(exc)
            else:
                show_problem(self._parent, exc)
        finally:
            self._end()


def _cancel_text() -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Task", "Cancel")


def _stopping_text() -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Task", "Stopping…")


def show_problem(parent: QWidget | None, exc: BaseException) -> None:
    """A plain message box for an exception (see ``errors.describe``)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from workbook.ui.errors import describe

    title, text = describe(exc)
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok,
                      parent if parent is not None and isValid(parent) else None)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()

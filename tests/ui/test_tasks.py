"""ui/tasks.py: work off the GUI thread, with progress, cancel, success and failure."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from ui_helpers import UiEnv, show, when_modal

from workbook.domain.errors import Problem, ValidationError
from workbook.ui.tasks import Cancelled, Task, cancel_all, running_count

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]


def test_success_runs_on_the_gui_thread(qtbot: QtBot, qapp: object) -> None:
    gui = threading.get_ident()
    ran_on: list[int] = []
    results: list[int] = []

    def work(progress: Progress, cancelled: IsCancelled) -> int:
        ran_on.append(threading.get_ident())
        return 42

    task = Task(None, work).success(lambda value: (results.append(value),
                                                   ran_on.append(threading.get_ident())))
    task.run()
    qtbot.waitUntil(lambda: results == [42])
    assert ran_on[0] != gui and ran_on[1] == gui
    qtbot.waitUntil(lambda: running_count() == 0)


def test_failure_gets_the_exception(qtbot: QtBot, qapp: object) -> None:
    errors: list[BaseException] = []

    def work(progress: Progress, cancelled: IsCancelled) -> None:
        raise ValidationError(Problem("amount", "is too large"))

    Task(None, work).failure(errors.append).run()
    qtbot.waitUntil(lambda: len(errors) == 1)
    assert isinstance(errors[0], ValidationError)


def test_progress_and_cancel(qtbot: QtBot, ui: UiEnv) -> None:
    parent = QWidget()
    show(qtbot, parent)
    reached = threading.Event()
    outcome: list[str] = []

    def work(progress: Progress, cancelled: IsCancelled) -> str:
        for step in range(1, 10_000):
            progress(step, 10_000)
            if step == 5:
                reached.set()
            if cancelled():
                raise Cancelled
            time.sleep(0.002)
        return "finished"

    task = (Task(parent, work).with_progress("Exporting…", cancellable=True)
            .success(outcome.append).cancelled(lambda: outcome.append("cancelled"))
            .finished(lambda: outcome.append("end")))
    task.run()
    dialog = task._dialog
    assert isinstance(dialog, QProgressDialog)
    qtbot.waitUntil(reached.is_set)
    qtbot.waitUntil(lambda: dialog.maximum() == 10_000)
    dialog.show()
    cancel = dialog.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Cancel"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: outcome == ["cancelled", "end"], timeout=5000)


def test_without_a_failure_callback_a_plain_message_is_shown(qtbot: QtBot, ui: UiEnv) -> None:
    parent = QWidget()
    show(qtbot, parent)
    seen: list[str] = []

    def work(progress: Progress, cancelled: IsCancelled) -> None:
        raise RuntimeError("internal detail: KeyError('x') in module y")

    def read(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.accept()

    when_modal(qtbot, read)
    Task(parent, work).run()
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert "did not expect" in seen[0]
    assert "KeyError" not in seen[0] and "Traceback" not in seen[0]


def test_cancel_all_stops_running_work(qtbot: QtBot, qapp: object) -> None:
    started = threading.Event()

    def work(progress: Progress, cancelled: IsCancelled) -> None:
        started.set()
        while not cancelled():
            time.sleep(0.001)
        raise Cancelled

    Task(None, work).run()
    assert started.wait(5)
    assert cancel_all(wait_ms=5000)
    qtbot.waitUntil(lambda: running_count() == 0)

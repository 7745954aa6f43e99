"""Locking when the screen locks, on a real (private) D-Bus session bus."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from workbook.ui.privacy import SystemLockWatch

SCRIPT = """
import sys
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from workbook.ui.privacy import SystemLockWatch
app = QCoreApplication([])
# A pretend screensaver: its own connection owns the service name, as on a desktop.
saver = QDBusConnection.connectToBus(QDBusConnection.BusType.SessionBus, "pretend-screensaver")
assert saver.registerService("org.freedesktop.ScreenSaver")
watch = SystemLockWatch()
watch.start()
print("watching", watch.watching, flush=True)
seen = []
watch.lock_now.connect(lambda: (seen.append(1), app.quit()))
def send(active):
    msg = QDBusMessage.createSignal("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver",
                                    "ActiveChanged")
    msg.setArguments([active])
    saver.send(msg)
QTimer.singleShot(50, lambda: send(False))   # the screen unlocking does nothing
QTimer.singleShot(100, lambda: send(True))   # the screen locking locks the vault
QTimer.singleShot(5000, app.quit)
app.exec()
print("locked" if seen == [1] else "not locked", flush=True)
"""


@pytest.mark.skipif(shutil.which("dbus-run-session") is None, reason="needs dbus-run-session")
def test_screen_lock_signal_locks() -> None:
    result = subprocess.run(["dbus-run-session", "--", sys.executable, "-c", SCRIPT],
                            capture_output=True, text=True, timeout=60, check=False)
    assert "org.freedesktop.ScreenSaver" in result.stdout, result.stderr
    assert result.stdout.strip().endswith("locked") and "not locked" not in result.stdout


def test_no_bus_watches_nothing(qapp: object) -> None:
    watch = SystemLockWatch()
    watch.start()  # in the test process there is no bus: nothing to watch, no error
    fired: list[int] = []
    watch.lock_now.connect(lambda: fired.append(1))
    watch.screen_locked(False)
    watch.system_sleeping(False)
    assert fired == []
    watch.system_sleeping(True)
    assert fired == [1]

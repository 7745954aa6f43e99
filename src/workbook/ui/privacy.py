"""Auto-lock after idle minutes, and the Lock / Quick-hide keys, for the whole application.

Idle time is measured in **wall-clock** time (``time.time()``), not with a single long
``QTimer``: a timer's clock stops while a laptop is suspended, so "lock after 5 minutes" would
mean "5 minutes of being awake" and a laptop opened after a night would show the records
(KeePassXC #2014). Here a short timer only *checks*; the decision compares wall-clock stamps, so
the first tick after waking locks. An input event that arrives after the limit has passed locks
first and is swallowed, so the first key pressed on wake never lands in a record.

The keys are caught by an application-wide event filter rather than ``QShortcut``: a shortcut
on the main window is blocked while a modal dialog is open, and hiding must work from inside
any dialog.

- Ctrl+L: lock.
- Ctrl+H: quick hide: lock at once, close every dialog, show the neutral unlock screen.

Where the desktop has D-Bus, the app also locks when the system is about to sleep (logind's
``PrepareForSleep``) and when the screen locks (the freedesktop or GNOME screensaver's
``ActiveChanged``), as KeePassXC does. D-Bus is a local Unix socket: no network.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable

from PySide6.QtCore import SLOT, QEvent, QKeyCombination, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication

LOCK_KEYS = QKeySequence("Ctrl+L")
HIDE_KEYS = QKeySequence("Ctrl+H")
_LOCK = QKeyCombination(Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_L)
_HIDE = QKeyCombination(Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_H)

_INPUT = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
    QEvent.Type.TabletPress, QEvent.Type.ShortcutOverride,
})


def _matches(event: QKeyEvent, keys: QKeyCombination) -> bool:
    return event.keyCombination() == keys


class PrivacyGuard(QObject):
    """Install once per unlocked session; ``lock_requested(quick)`` says when to lock."""

    lock_requested = Signal(bool)  # True: quick hide

    def __init__(self, idle_minutes: int, *, clock: Callable[[], float] = time.time,
                 tick_ms: int = 2000, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self.idle_minutes = idle_minutes
        self.last_input = clock()
        self._fired = False
        self.timer = QTimer(self)
        self.timer.setInterval(tick_ms)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        app.applicationStateChanged.connect(self._state_changed)  # type: ignore[attr-defined]
        self.last_input = self._clock()
        self._fired = False
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
            with contextlib.suppress(RuntimeError, TypeError):
                app.applicationStateChanged.disconnect(self._state_changed)  # type: ignore[attr-defined]

    def set_idle_minutes(self, minutes: int) -> None:
        self.idle_minutes = minutes

    @property
    def idle_seconds(self) -> float:
        return self._clock() - self.last_input

    def expired(self) -> bool:
        # A clock set backwards (negative idle time) also counts as expired: a suspend across a
        # time-zone or NTP correction must not keep records open longer.
        if self.idle_minutes <= 0:
            return False
        idle = self.idle_seconds
        return idle >= self.idle_minutes * 60 or idle < -60

    def check(self) -> None:
        if self.expired():
            self._request(quick=False)

    def _request(self, *, quick: bool) -> None:
        if self._fired and not quick:
            return
        self._fired = True
        self.lock_requested.emit(quick)

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in _INPUT:
            return False
        if kind == QEvent.Type.ShortcutOverride:
            # Only claims the lock and hide keys; the key press that follows does the rest.
            if isinstance(event, QKeyEvent) and (_matches(event, _HIDE)
                                                 or _matches(event, _LOCK)):
                event.accept()
                return True
            return False
        if self.expired():
            self._request(quick=False)
            return True  # the first input after the limit only wakes the lock screen
        self.last_input = self._clock()
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if _matches(event, _HIDE):
                self._request(quick=True)
                return True
            if _matches(event, _LOCK):
                self._request(quick=False)
                return True
        return False


_SCREENSAVERS = (
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
)


class SystemLockWatch(QObject):
    """``lock_now`` when the computer is about to sleep or its screen locks (where D-Bus says
    so). Without a bus (a server, a container, the tests) it simply watches nothing."""

    lock_now = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.watching: list[str] = []

    def start(self) -> None:
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            return
        system = QDBusConnection.systemBus()
        # (PySide6's stubs say the slot is bytes; it takes the str that SLOT() returns.)
        if system.isConnected() and system.connect(  # type: ignore[call-overload]
                "org.freedesktop.login1", "/org/freedesktop/login1",
                "org.freedesktop.login1.Manager", "PrepareForSleep", self,
                SLOT("system_sleeping(bool)")):
            self.watching.append("sleep")
        session = QDBusConnection.sessionBus()
        if session.isConnected():
            for service, path, interface in _SCREENSAVERS:
                if session.connect(service, path, interface,  # type: ignore[call-overload]
                                   "ActiveChanged", self, SLOT("screen_locked(bool)")):
                    self.watching.append(service)

    @Slot(bool)
    def system_sleeping(self, going: bool) -> None:
        if going:
            self.lock_now.emit()

    @Slot(bool)
    def screen_locked(self, active: bool) -> None:
        if active:
            self.lock_now.emit()

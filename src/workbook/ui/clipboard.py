"""Copying record text to the clipboard, marked as sensitive and cleared soon after.

Every copy of record text (a seal code, a cell) goes through :func:`copy_sensitive`: the text is
set together with ``x-kde-passwordManagerHint: secret``, which KDE's Klipper and other clipboard
managers read as "do not keep this in the history". After :data:`CLEAR_AFTER_MS` the clipboard is
cleared if it still holds that very text (something she copied since is left alone). Locking
clears it too (:func:`clear_sensitive`).
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QTimer
from PySide6.QtGui import QGuiApplication

#: Milliseconds until a copied text is cleared; tests make it short.
CLEAR_AFTER_MS = 30_000
SENSITIVE_MIME = "x-kde-passwordManagerHint"

_copied: str | None = None
_timer: QTimer | None = None


def copy_sensitive(text: str, clear_after_ms: int | None = None) -> None:
    """Put ``text`` on the clipboard as sensitive; clear it later if it is still there."""
    global _copied, _timer
    clipboard = QGuiApplication.clipboard()
    if clipboard is None:
        return
    mime = QMimeData()
    mime.setText(text)
    mime.setData(SENSITIVE_MIME, b"secret")
    clipboard.setMimeData(mime)
    _copied = text
    if _timer is None:
        _timer = QTimer()
        _timer.setSingleShot(True)
        _timer.timeout.connect(_clear_if_unchanged)
    _timer.start(CLEAR_AFTER_MS if clear_after_ms is None else clear_after_ms)


def _clear_if_unchanged() -> None:
    global _copied
    clipboard = QGuiApplication.clipboard()
    if clipboard is not None and _copied is not None and clipboard.text() == _copied:
        clipboard.clear()
    _copied = None


def clear_sensitive() -> None:
    """Clear the clipboard now if it holds what this app copied (used when locking)."""
    global _copied
    if _timer is not None:
        _timer.stop()
    clipboard = QGuiApplication.clipboard()
    if clipboard is not None and (clipboard.ownsClipboard()
                                  or (_copied is not None and clipboard.text() == _copied)):
        clipboard.clear()
    _copied = None

"""Emphasis that survives the app's style sheet (which sets fonts on group boxes and buttons, so
``setFont`` alone would be overridden). Sizes follow the widget's font, so 200% stays 200%."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def strong(widget: QWidget, scale: float = 1.0) -> None:
    """Bold, and ``scale`` times the widget's font height."""
    size = round(widget.fontMetrics().height() * scale * 0.8)
    widget.setStyleSheet(f"font-weight: 600; font-size: {size}px;")

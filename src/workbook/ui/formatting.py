"""Dates and times as lists show them: short, unambiguous, in the chosen language's locale.

(Amounts, durations and category names come from ``widgets.labels``.)
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, QTime


def day_text(day: date, locale: QLocale | None = None) -> str:
    """``Sat 28/03/2026`` (en_GB), ``lör 2026-03-28`` (sv): the weekday helps find a night."""
    loc = locale or QLocale()
    qdate = QDate(day.year, day.month, day.day)
    weekday = loc.dayName(qdate.dayOfWeek(), QLocale.FormatType.ShortFormat)
    return f"{weekday} {loc.toString(qdate, QLocale.FormatType.ShortFormat)}"


def clock_text(moment: datetime, locale: QLocale | None = None) -> str:
    loc = locale or QLocale()
    return loc.toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def time_range_text(start: datetime, end: datetime, locale: QLocale | None = None) -> str:
    """``21:00–04:00 +1`` for local times; ``+1`` marks an end on the next day."""
    text = f"{clock_text(start, locale)}\u2013{clock_text(end, locale)}"
    days = (end.date() - start.date()).days
    return f"{text} +{days}" if days > 0 else text


def first_line(text: str, limit: int = 80) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= limit else line[: limit - 1] + "…"

"""How domain values are written in columns: instants as whole UTC seconds, dates as ISO text.

Whole seconds because the journal digests instants as ``2026-03-28T20:00:00Z``: a stored record
must be exactly what its journal row commits to.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from workbook.domain.timeutil import from_utc_text, local, to_utc_text


def seconds(instant: datetime) -> int:
    """Whole seconds since 1970 UTC (sub-second parts are dropped, as in the journal)."""
    return int(instant.astimezone(UTC).replace(microsecond=0).timestamp())


def maybe_seconds(instant: datetime | None) -> int | None:
    return None if instant is None else seconds(instant)


def instant(value: int) -> datetime:
    return datetime.fromtimestamp(value, UTC)


def maybe_instant(value: int | None) -> datetime | None:
    return None if value is None else instant(value)


def whole_seconds(value: datetime) -> datetime:
    """``value`` as the UTC instant the vault keeps."""
    return instant(seconds(value))


def maybe_whole_seconds(value: datetime | None) -> datetime | None:
    return None if value is None else whole_seconds(value)


def local_date_text(value: datetime, tz_name: str) -> str:
    """The wall-calendar date of ``value`` in ``tz_name``: a shift's period."""
    return local(value, tz_name).date().isoformat()


def date_text(value: date) -> str:
    return value.isoformat()


def maybe_date_text(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def to_date(text: str) -> date:
    return date.fromisoformat(text)


def maybe_date(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def stamp_text(value: datetime) -> str:
    return to_utc_text(value)


def stamp(text: str) -> datetime:
    """``2026-03-28T20:00:00Z`` as an aware UTC instant. ``fromisoformat`` is some seventy times
    faster than ``strptime``, which matters when a page of 200 records is built."""
    if len(text) == 20 and text.endswith("Z"):
        return datetime.fromisoformat(text)
    return from_utc_text(text)


# Offsets in use run from UTC-12 to UTC+14: a local date lies within this margin of its UTC day.
_ZONE_MARGIN_S = 15 * 3600


def start_seconds_window(date_from: date | None, date_to: date | None
                         ) -> tuple[int | None, int | None]:
    """Bounds on the UTC start that every record whose *local* start date lies in the range
    falls within, so a date filter can use the start index (the exact date test still runs)."""
    low = None if date_from is None else seconds(
        datetime(date_from.year, date_from.month, date_from.day, tzinfo=UTC)) - _ZONE_MARGIN_S
    high = None if date_to is None else seconds(
        datetime(date_to.year, date_to.month, date_to.day, tzinfo=UTC)) + 86400 + _ZONE_MARGIN_S
    return low, high

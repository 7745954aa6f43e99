"""Exact time: instants in UTC plus the IANA zone they were entered in.

Shifts cross midnight and daylight-saving changes; their length is real elapsed time.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from workbook.domain.errors import ValidationError, problem

_LOCAL = re.compile(
    r"(?P<date>\d{4}-\d{2}-\d{2})[T ](?P<h>\d{2}):(?P<m>\d{2})(?::(?P<s>\d{2}))?"
    r"(?P<off>Z|[+-]\d{2}:?\d{2})?"
)


def zone(name: str, field: str = "timezone") -> ZoneInfo:
    """The IANA zone called ``name``, or a clear problem."""
    if not isinstance(name, str) or not name or name.startswith(("/", ".")) or ".." in name:
        raise ValidationError(
            problem(field, "“%1” is not a time zone (like Europe/Stockholm)", name))
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValidationError(
            problem(field, "“%1” is not a time zone (like Europe/Stockholm)", name)
        ) from exc


def all_zones() -> list[str]:
    return sorted(z for z in available_timezones() if "/" in z and not z.startswith("Etc/"))


def parse_date(text: str, field: str = "date") -> date:
    if isinstance(text, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", text.strip()):
        try:
            return date.fromisoformat(text.strip())
        except ValueError:
            pass
    raise ValidationError(problem(field, "“%1” is not a date; write it like 2026-03-28", text))


def localize(naive: datetime, tz: tzinfo, field: str = "time") -> datetime:
    """Attach ``tz`` to a wall-clock time, refusing times that do not exist or happen twice."""
    first = naive.replace(tzinfo=tz, fold=0)
    second = naive.replace(tzinfo=tz, fold=1)
    round_trip = first.astimezone(UTC).astimezone(tz).replace(tzinfo=None)
    if round_trip != naive:
        raise ValidationError(
            problem(field, "%1 does not exist on %2: the clocks went forward. Check the time",
                    f"{naive:%H:%M}", f"{naive:%Y-%m-%d}")
        )
    if first.utcoffset() != second.utcoffset():
        raise ValidationError(
            problem(field, "%1 happened twice on %2 (the clocks went back). Add the offset, "
                    "like 02:30+02:00", f"{naive:%H:%M}", f"{naive:%Y-%m-%d}")
        )
    return first.astimezone(UTC)


def parse_local_datetime(text: str, tz_name: str, field: str = "time") -> datetime:
    """``"2026-03-28T21:00"`` in ``tz_name`` (or with its own offset) → an aware UTC instant."""
    if not isinstance(text, str):
        raise ValidationError(problem(field, "must be a date and time like 2026-03-28T21:00"))
    match = _LOCAL.fullmatch(text.strip())
    if match is None:
        raise ValidationError(
            problem(field, "“%1” is not a date and time; write it like 2026-03-28T21:00", text)
        )
    try:
        naive = datetime.fromisoformat(
            f"{match['date']}T{match['h']}:{match['m']}:{match['s'] or '00'}"
        )
    except ValueError as exc:
        raise ValidationError(problem(field, "“%1” is not a real date and time", text)) from exc
    offset = match["off"]
    if offset:
        if offset == "Z":
            return naive.replace(tzinfo=UTC)
        sign = 1 if offset[0] == "+" else -1
        digits = offset[1:].replace(":", "")
        hours, minutes = int(digits[:2]), int(digits[2:])
        if hours > 18 or minutes > 59:
            raise ValidationError(problem(field, "“%1” is not a time offset", offset))
        delta = timedelta(hours=hours, minutes=minutes) * sign
        try:
            return (naive - delta).replace(tzinfo=UTC)
        except OverflowError as exc:
            raise ValidationError(problem(field, "“%1” is not a real date and time", text)) from exc
    try:
        return localize(naive, zone(tz_name), field)
    except OverflowError as exc:
        # Year 1 or 9999 near midnight: the instant falls outside what datetime can hold.
        raise ValidationError(problem(field, "“%1” is not a real date and time", text)) from exc


def to_utc_text(instant: datetime) -> str:
    """An aware instant as ISO 8601 UTC with a Z: ``2026-03-28T20:00:00Z`` (canonical form).

    Always four digits of year (``0999-…``): ``strftime("%Y")`` writes ``999`` with glibc, a
    text ``from_utc_text`` cannot read back."""
    if instant.tzinfo is None:
        raise ValueError("naive datetime")
    return instant.astimezone(UTC).replace(tzinfo=None, microsecond=0).isoformat() + "Z"


def from_utc_text(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)


def local(instant: datetime, tz_name: str) -> datetime:
    return instant.astimezone(ZoneInfo(tz_name))


def local_text(instant: datetime, tz_name: str) -> str:
    """The wall-clock time in ``tz_name`` as the interchange writes it: ``2026-03-28T21:00``."""
    return local(instant, tz_name).strftime("%Y-%m-%dT%H:%M")


def work_day(instant: datetime, tz_name: str, day_starts: int = 6 * 60) -> date:
    """The day a night's work counts for: before ``day_starts`` minutes past midnight it is the
    previous day (a shift starting at 01:00 after a 21:00 start still belongs to the evening)."""
    wall = local(instant, tz_name) - timedelta(minutes=day_starts)
    return wall.date()


def utc_now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)

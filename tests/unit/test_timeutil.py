"""Time is exact: local times become UTC instants, and the clock changes are never guessed."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from workbook.domain.errors import ValidationError
from workbook.domain.timeutil import (
    all_zones,
    from_utc_text,
    local_text,
    localize,
    parse_date,
    parse_local_datetime,
    to_utc_text,
    work_day,
    zone,
)

STOCKHOLM = "Europe/Stockholm"


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)  # type: ignore[misc]


def only_problem(exc: pytest.ExceptionInfo[ValidationError]) -> str:
    assert len(exc.value.problems) == 1
    return str(exc.value.problems[0])


@pytest.mark.parametrize(("text", "expected"), [
    ("2026-03-28T21:00", utc(2026, 3, 28, 20, 0)),  # winter time, +01:00
    ("2026-03-28 21:00", utc(2026, 3, 28, 20, 0)),
    ("2026-03-28T21:00:30", utc(2026, 3, 28, 20, 0, 30)),
    ("2026-07-01T21:00", utc(2026, 7, 1, 19, 0)),  # summer time, +02:00
    ("2026-03-29T03:00", utc(2026, 3, 29, 1, 0)),  # first minute after the jump
    ("2026-10-25T03:00", utc(2026, 10, 25, 2, 0)),  # after the repeated hour
])
def test_local_times_in_the_workplace_zone(text: str, expected: datetime) -> None:
    assert parse_local_datetime(text, STOCKHOLM) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("2026-03-28T21:00Z", utc(2026, 3, 28, 21, 0)),
    ("2026-03-28T21:00+00:00", utc(2026, 3, 28, 21, 0)),
    ("2026-03-28T21:00+05:30", utc(2026, 3, 28, 15, 30)),
    ("2026-03-28T21:00-0300", utc(2026, 3, 29, 0, 0)),
    ("2026-10-25T02:30+02:00", utc(2026, 10, 25, 0, 30)),  # first 02:30
    ("2026-10-25T02:30+01:00", utc(2026, 10, 25, 1, 30)),  # second 02:30
])
def test_an_offset_is_honoured_over_the_zone(text: str, expected: datetime) -> None:
    assert parse_local_datetime(text, STOCKHOLM) == expected


def test_a_time_skipped_by_the_clocks_is_an_error() -> None:
    with pytest.raises(ValidationError) as exc:
        parse_local_datetime("2026-03-29T02:30", STOCKHOLM, "shifts[0].end")
    assert only_problem(exc) == ("shifts[0].end: 02:30 does not exist on 2026-03-29: the clocks "
                                 "went forward. Check the time")


def test_a_time_that_happens_twice_is_an_error() -> None:
    with pytest.raises(ValidationError) as exc:
        parse_local_datetime("2026-10-25T02:30", STOCKHOLM, "end")
    assert only_problem(exc) == ("end: 02:30 happened twice on 2026-10-25 (the clocks went "
                                 "back). Add the offset, like 02:30+02:00")


def test_dst_in_other_zones() -> None:
    with pytest.raises(ValidationError, match="does not exist"):
        parse_local_datetime("2026-03-08T02:30", "America/New_York")
    with pytest.raises(ValidationError, match="happened twice"):
        parse_local_datetime("2026-11-01T01:30", "America/New_York")
    # Bangkok has no daylight saving: every wall-clock time exists once.
    assert parse_local_datetime("2026-03-29T02:30", "Asia/Bangkok") == utc(2026, 3, 28, 19, 30)


@pytest.mark.parametrize("text", [
    "28/03/2026 21:00", "2026-03-28", "21:00", "2026-03-28T21", "2026-03-28T21:00 +01:00",
    "tomorrow", "",
])
def test_garbage_date_times(text: str) -> None:
    with pytest.raises(ValidationError) as exc:
        parse_local_datetime(text, STOCKHOLM, "start")
    assert only_problem(exc) == (f"start: “{text}” is not a date and time; write it like "
                                 "2026-03-28T21:00")


@pytest.mark.parametrize("text", ["2026-02-30T21:00", "2026-03-28T25:00", "2026-03-28T21:61"])
def test_impossible_date_times(text: str) -> None:
    with pytest.raises(ValidationError) as exc:
        parse_local_datetime(text, STOCKHOLM, "start")
    assert only_problem(exc) == f"start: “{text}” is not a real date and time"


@pytest.mark.parametrize("text", ["0001-01-01T00:30", "0001-01-01T00:30+01:00",
                                  "9999-12-31T23:30-05:00"])
def test_the_edges_of_the_calendar_are_a_problem_not_a_crash(text: str) -> None:
    with pytest.raises(ValidationError, match="is not a real date and time"):
        parse_local_datetime(text, STOCKHOLM, "start")


def test_an_offset_out_of_range() -> None:
    with pytest.raises(ValidationError, match="“\\+19:00” is not a time offset"):
        parse_local_datetime("2026-03-28T21:00+19:00", STOCKHOLM)


def test_not_text() -> None:
    with pytest.raises(ValidationError, match="must be a date and time"):
        parse_local_datetime(20260328, STOCKHOLM)  # type: ignore[arg-type]


def test_localize_directly() -> None:
    tz = zone(STOCKHOLM)
    assert localize(datetime(2026, 3, 28, 22, 0), tz) == utc(2026, 3, 28, 21, 0)
    with pytest.raises(ValidationError):
        localize(datetime(2026, 3, 29, 2, 0), tz)


@pytest.mark.parametrize("name", ["Europe", "europe/stockholm", "Mars/Olympus", "", "../etc/passwd",
                                  "/etc/localtime", "Europe/Stockholm "])
def test_unknown_zones(name: str) -> None:
    with pytest.raises(ValidationError) as exc:
        zone(name, "workplaces[0].timezone")
    assert only_problem(exc) == (f"workplaces[0].timezone: “{name}” is not a time zone (like "
                                 "Europe/Stockholm)")


def test_zone_list_is_for_people() -> None:
    zones = all_zones()
    assert "Europe/Stockholm" in zones and "Asia/Bangkok" in zones
    assert not any(z.startswith("Etc/") for z in zones)


def test_parse_date() -> None:
    assert parse_date("2026-03-28") == date(2026, 3, 28)
    assert parse_date(" 2026-03-28 ") == date(2026, 3, 28)
    for text in ("2026-02-30", "28.03.2026", "2026-3-28", ""):
        with pytest.raises(ValidationError) as exc:
            parse_date(text, "money[0].date")
        assert only_problem(exc) == (f"money[0].date: “{text}” is not a date; write it like "
                                     "2026-03-28")


def test_utc_text_round_trip() -> None:
    instant = utc(2026, 3, 28, 20, 0)
    assert to_utc_text(instant) == "2026-03-28T20:00:00Z"
    assert to_utc_text(instant.astimezone(timezone(timedelta(hours=2)))) == "2026-03-28T20:00:00Z"
    assert from_utc_text("2026-03-28T20:00:00Z") == instant
    with pytest.raises(ValueError):
        to_utc_text(datetime(2026, 3, 28, 20, 0))


def test_local_text() -> None:
    assert local_text(utc(2026, 3, 29, 1, 0), STOCKHOLM) == "2026-03-29T03:00"


def test_work_day_puts_small_hours_on_the_evening_before() -> None:
    assert work_day(utc(2026, 3, 28, 23, 30), STOCKHOLM) == date(2026, 3, 28)  # 00:30 local
    assert work_day(utc(2026, 3, 29, 5, 0), STOCKHOLM) == date(2026, 3, 29)  # 07:00 local
    assert work_day(utc(2026, 3, 28, 23, 30), STOCKHOLM, day_starts=0) == date(2026, 3, 29)

"""The parsers every amount, date and time goes through: any input gives a value or a
``ValidationError`` (never another exception), and what the app writes it reads back exactly.

Daylight-saving changes get their own tests: wall-clock times drawn around real transitions of
zones with unusual rules (30-minute and 2-hour shifts, negative DST, zones that changed their
rules), checked against an oracle that tries each offset in turn.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from functools import cache
from zoneinfo import ZoneInfo, available_timezones

import pytest
from fuzz_helpers import ANY_CHAR, FUZZ, Tally, nasty_text, weighted
from hypothesis import assume, given
from hypothesis import strategies as st

from workbook.domain.currencies import EXPONENTS
from workbook.domain.errors import ValidationError
from workbook.domain.money import MAX_MINOR, format_amount, parse_amount
from workbook.domain.timeutil import parse_date, parse_local_datetime

CURRENCIES = sorted(EXPONENTS)
BY_EXPONENT = {e: sorted(c for c, x in EXPONENTS.items() if x == e) for e in (0, 2, 3, 4)}
ZONES = sorted(available_timezones())

# Unicode digits that \d matches in Python's re (Arabic-Indic, Devanagari, full-width, Thai…).
OTHER_DIGITS = "٠١٢٣٤٥٦٧٨٩۰۱۲۳४५६७८९０１２３๔๕¹²³"
digits = st.sampled_from("0123456789" + OTHER_DIGITS)

amount_like = st.lists(st.one_of(digits, st.sampled_from(" ,.'-+\u00a0\u202f\t\n\x00eE_")),
                       max_size=30).map("".join)
huge_digits = st.integers(1, 6000).map(lambda n: "9" * n)
plausible_amount = st.one_of(
    st.from_regex(r"[0-9]{1,16}([.,][0-9]{0,5})?", fullmatch=True),
    st.from_regex(r" ?[0-9]{1,3}([ ,.'\u00a0][0-9]{3}){0,5}([.,][0-9]{1,4})? ?", fullmatch=True))
amount_text = st.one_of(plausible_amount, plausible_amount, amount_like, nasty_text, huge_digits,
                        st.text(ANY_CHAR, max_size=40), huge_digits.map(lambda s: s + ".5"),
                        huge_digits.map(lambda s: "0." + s))
not_text = st.one_of(st.none(), st.integers(), st.floats(), st.decimals(allow_nan=True),
                     st.booleans(), st.lists(st.integers(), max_size=3), st.binary(max_size=8),
                     st.dictionaries(st.text(max_size=3), st.integers(), max_size=2))
currency = weighted((8, st.sampled_from(CURRENCIES)),
                    (1, st.sampled_from(("", "sek", "SEK ", "XXX", "SE\x00K", "€"))),
                    (1, st.text(max_size=4)))


@FUZZ
@given(text=weighted((6, amount_text), (1, not_text)),
       code=weighted((6, currency), (1, not_text)),
       lenient=st.booleans())
def test_parse_amount_gives_minor_units_or_a_validation_error(
        examples: Tally, text: object, code: object, lenient: bool) -> None:
    try:
        minor = parse_amount(text, code, lenient=lenient)  # type: ignore[arg-type]
    except ValidationError as exc:
        assert exc.problems and all(p.field and p.message for p in exc.problems)
        examples.ran("refused")
        return
    assert isinstance(minor, int) and not isinstance(minor, bool)
    assert 0 <= minor <= MAX_MINOR
    assert isinstance(text, str) and isinstance(code, str)
    # What was read has the currency's decimals at most (a lenient reading may drop separators).
    examples.ran("read")


@FUZZ
@given(exponent=st.sampled_from((0, 2, 3, 4)), data=st.data(),
       minor=st.one_of(st.integers(0, MAX_MINOR), st.integers(0, 10**6),
                       st.sampled_from((0, 1, 9, 10, 99, 100, 999, 1000, MAX_MINOR))))
def test_every_amount_written_reads_back_exactly(examples: Tally, exponent: int,
                                                 data: st.DataObject, minor: int) -> None:
    code = data.draw(st.sampled_from(BY_EXPONENT[exponent]), label="currency")
    written = format_amount(minor, code)
    assert parse_amount(written, code) == minor
    assert parse_amount(written, code, lenient=True) == minor
    grouped = format_amount(minor, code, grouping=True)  # 1,234,567.89
    assert parse_amount(grouped, code, lenient=True) == minor
    # As a Swedish, German or Swiss spreadsheet writes it.
    for thousands, point in ((" ", ","), (".", ","), ("'", "."), ("\u00a0", ","),
                             ("\u202f", ",")):
        local = grouped.replace(",", "\x00").replace(".", point).replace("\x00", thousands)
        if exponent == 0 and thousands == "." and "." in local:
            # "1.500" or "1.000.000" yen: points are read as decimals only; refused, not misread
            with pytest.raises(ValidationError):
                parse_amount(local, code, lenient=True)
            continue
        assert parse_amount(local, code, lenient=True) == minor, local
    if "," in grouped:
        with pytest.raises(ValidationError):
            parse_amount(grouped, code)  # the interchange format has no thousands separators
    with pytest.raises(ValidationError):
        parse_amount(written + "1" if exponent else written + ".1", code)  # one decimal too many
    with pytest.raises(ValidationError):
        parse_amount("-" + written, code, lenient=data.draw(st.booleans()))
    examples.ran()


def test_a_thousands_comma_in_a_currency_without_decimals() -> None:
    assert parse_amount("1,500", "JPY", lenient=True) == 1500
    assert parse_amount("1,50", "SEK", lenient=True) == 150
    with pytest.raises(ValidationError):
        parse_amount(str(MAX_MINOR + 1), "JPY")


# --- dates ---------------------------------------------------------------------------------

date_like = st.lists(st.one_of(digits, st.sampled_from("-/. T:+Z\x00")), max_size=14).map("".join)


@FUZZ
@given(text=weighted((2, date_like), (1, nasty_text), (2, st.dates().map(date.isoformat)),
                     (2, st.from_regex(r"\d{4}-\d{2}-\d{2}", fullmatch=True)),
                     (2, st.from_regex(r"[0-9]{4}-[01][0-9]-[0-3][0-9]", fullmatch=True)),
                     (1, not_text)))
def test_parse_date_gives_a_date_or_a_validation_error(examples: Tally, text: object) -> None:
    try:
        day = parse_date(text, "date")  # type: ignore[arg-type]
    except ValidationError as exc:
        assert [p.field for p in exc.problems] == ["date"]
        examples.ran("refused")
        return
    assert isinstance(day, date) and isinstance(text, str)
    assert day.isoformat() == text.strip()
    examples.ran("read")


@FUZZ
@given(day=st.dates())
def test_every_date_reads_back(examples: Tally, day: date) -> None:
    assert parse_date(day.isoformat()) == day
    assert parse_date(f" {day.isoformat()}\n") == day
    examples.ran()


# --- local date-times ----------------------------------------------------------------------

datetime_like = st.one_of(
    st.from_regex(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:?\d{2})?",
                  fullmatch=True),
    st.from_regex(r"[0-9]{4}-[01][0-9]-[0-3][0-9][T ][0-2][0-9]:[0-5][0-9](:[0-5][0-9])?"
                  r"(Z|[+-][0-2][0-9]:?[0-5][0-9])?", fullmatch=True))
zone_name = weighted((6, st.sampled_from(ZONES)), (1, st.text(max_size=20)), (1, st.sampled_from((
    "", "Europe", "Europe/", "/etc/passwd", "../../etc/passwd", "Europe/Stockholm\x00",
    "posixrules", "localtime", "Factory", "zone.tab", "right/UTC", "EST5EDT", "UTC ", "utc",
))))


@FUZZ
@given(text=weighted((4, datetime_like), (1, nasty_text), (1, date_like), (1, not_text),
                     (3, st.datetimes().map(lambda d: d.isoformat(timespec="minutes")))),
       tz=weighted((8, zone_name), (1, not_text)))
def test_parse_local_datetime_gives_an_instant_or_a_validation_error(
        examples: Tally, text: object, tz: object) -> None:
    try:
        instant = parse_local_datetime(text, tz, "start")  # type: ignore[arg-type]
    except ValidationError as exc:
        # The field named is the time's, or the zone's when the zone is what is wrong.
        assert [p.field for p in exc.problems] in (["start"], ["timezone"])
        examples.ran("refused")
        return
    assert isinstance(instant, datetime)
    assert instant.utcoffset() == timedelta(0)
    examples.ran("read")


@FUZZ
@given(instant=st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 1, 1),
                            timezones=st.just(UTC)).map(lambda d: d.replace(microsecond=0)),
       tz=st.sampled_from(ZONES), with_offset=st.booleans(), sep=st.sampled_from("T "))
def test_a_local_time_written_reads_back_as_the_same_instant(
        examples: Tally, instant: datetime, tz: str, with_offset: bool, sep: str) -> None:
    wall = instant.astimezone(ZoneInfo(tz))
    offset = wall.utcoffset()
    assert offset is not None
    text = wall.strftime(f"%Y-%m-%d{sep}%H:%M:%S")
    if with_offset:
        assume(offset.seconds % 60 == 0)  # offsets in seconds (before 1900-ish) are not written
        minutes = int(offset.total_seconds() // 60)
        sign = "+" if minutes >= 0 else "-"
        text += f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
        assert parse_local_datetime(text, tz) == instant
        examples.ran("with offset")
        return
    if _ambiguous(wall.replace(tzinfo=None), ZoneInfo(tz)):
        with pytest.raises(ValidationError, match="happened twice"):
            parse_local_datetime(text, tz)
        examples.ran("ambiguous")
        return
    assert parse_local_datetime(text, tz) == instant
    examples.ran("plain")


def _candidates(naive: datetime, tz: ZoneInfo) -> set[datetime]:
    """The instants whose wall-clock time in ``tz`` is ``naive`` (0, 1 or 2 of them): tried
    with every offset the zone uses within a day of it, independently of the code under test."""
    offsets = set()
    for hours in range(-30, 31, 3):
        probe = (naive + timedelta(hours=hours)).replace(tzinfo=UTC)
        offset = probe.astimezone(tz).utcoffset()
        if offset is not None:
            offsets.add(offset)
    found = set()
    for offset in offsets:
        candidate = (naive - offset).replace(tzinfo=UTC)
        if candidate.astimezone(tz).replace(tzinfo=None) == naive:
            found.add(candidate)
    return found


def _ambiguous(naive: datetime, tz: ZoneInfo) -> bool:
    return len(_candidates(naive, tz)) > 1


DST_ZONES = ("Europe/Stockholm", "Europe/London", "Europe/Dublin", "America/New_York",
             "America/Sao_Paulo", "America/Santiago", "America/Havana", "Australia/Lord_Howe",
             "Australia/Sydney", "Pacific/Chatham", "Pacific/Auckland", "Antarctica/Troll",
             "Africa/Casablanca", "Asia/Tehran", "Asia/Jerusalem", "America/St_Johns",
             "Africa/Cairo", "America/Asuncion", "Europe/Chisinau", "Asia/Gaza")


@cache
def transitions(tz_name: str) -> tuple[datetime, ...]:
    """Every instant from 2005 to 2035 at which ``tz_name`` changes its offset."""
    tz = ZoneInfo(tz_name)
    found: list[datetime] = []
    step = timedelta(days=1)
    t = datetime(2005, 1, 1, tzinfo=UTC)
    before = t.astimezone(tz).utcoffset()
    while t < datetime(2035, 1, 1, tzinfo=UTC):
        nxt = t + step
        after = nxt.astimezone(tz).utcoffset()
        if after != before:
            low, high = t, nxt  # the change is in (low, high]: bisect to the second
            while high - low > timedelta(seconds=1):
                mid = low + (high - low) / 2
                if mid.astimezone(tz).utcoffset() == before:
                    low = mid
                else:
                    high = mid
            found.append(high.replace(microsecond=0))
        t, before = nxt, after
    return tuple(found)


def test_the_dst_zones_have_transitions() -> None:
    for name in DST_ZONES:
        assert transitions(name), name


@FUZZ
@given(tz=st.sampled_from(DST_ZONES), data=st.data(), minutes=st.integers(-200, 200),
       seconds=st.sampled_from((0, 0, 0, 1, 30, 59)))
def test_wall_clock_times_around_a_clock_change(examples: Tally, tz: str, data: st.DataObject,
                                                minutes: int, seconds: int) -> None:
    change = data.draw(st.sampled_from(transitions(tz)), label="change")
    zone = ZoneInfo(tz)
    before_wall = (change - timedelta(seconds=1)).astimezone(zone).replace(tzinfo=None)
    naive = (before_wall + timedelta(minutes=minutes)).replace(second=seconds)
    text = naive.strftime("%Y-%m-%dT%H:%M:%S")
    found = _candidates(naive, zone)
    if not found:
        with pytest.raises(ValidationError, match="does not exist"):
            parse_local_datetime(text, tz)
        examples.ran("in the gap")
    elif len(found) > 1:
        with pytest.raises(ValidationError, match="happened twice"):
            parse_local_datetime(text, tz)
        examples.ran("twice")
        # With an offset, each of the two is read as itself.
        for instant in found:
            offset = instant.astimezone(zone).utcoffset()
            assert offset is not None
            total = int(offset.total_seconds() // 60)
            sign = "+" if total >= 0 else "-"
            written = f"{text}{sign}{abs(total) // 60:02d}:{abs(total) % 60:02d}"
            assert parse_local_datetime(written, tz) == instant
    else:
        (instant,) = found
        assert parse_local_datetime(text, tz) == instant
        examples.ran("plain")


@pytest.mark.parametrize("text", ["0001-01-01T00:00", "9999-12-31T23:59", "0001-01-01T00:00+14:00",
                                  "9999-12-31T23:59-12:00", "2026-13-01T00:00",
                                  "2026-02-29T12:00", "2026-03-29T02:30", "٢٠٢٦-٠٣-٢٨T21:00"])
def test_edges_of_the_calendar(text: str) -> None:
    for tz in ("Pacific/Kiritimati", "Etc/GMT+12", "America/New_York", "Europe/Stockholm"):
        try:
            instant = parse_local_datetime(text, tz)
        except ValidationError:
            continue
        assert instant.tzinfo is UTC


def test_decimal_and_float_amounts_are_refused_with_a_message() -> None:
    for value in (Decimal("800.00"), 800.0, 800, None, ["800"]):
        with pytest.raises(ValidationError, match="text"):
            parse_amount(value, "SEK")  # type: ignore[arg-type]

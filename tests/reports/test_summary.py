"""`workbook summary --json`: hand-worked figures, the clock changes, debt, and period edges."""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from workbook.domain.categories import MoneyKind
from workbook.domain.errors import ValidationError
from workbook.domain.models import MoneyLine, Shift, Workplace
from workbook.domain.timeutil import parse_local_datetime
from workbook.reports.summary import compute_summary, hours_text, summary_json

AURORA = Workplace("Club Aurora", "SEK", "Europe/Stockholm", id=1)
VELVET = Workplace("Velvet Room", "EUR", "Europe/Berlin", id=2)
TOKYO = Workplace("Club Sakura", "JPY", "Asia/Tokyo", id=3)
KUWAIT = Workplace("Salon", "KWD", "Asia/Kuwait", id=4)
PLACES = [AURORA, VELVET, TOKYO, KUWAIT]

_ids = itertools.count(1)


def shift(place: Workplace, start: str, end: str, breaks: int = 0) -> Shift:
    return Shift(workplace_id=place.id or 0, start=parse_local_datetime(start, place.timezone),
                 end=parse_local_datetime(end, place.timezone), timezone=place.timezone,
                 breaks_minutes=breaks, id=next(_ids))


def money(kind: str, category: str, minor: int, currency: str, day: str,
          on: Shift | None = None, place: Workplace | None = None) -> MoneyLine:
    return MoneyLine(date=date.fromisoformat(day), kind=MoneyKind(kind), category=category,
                     amount_minor=minor, currency=currency,
                     shift_id=on.id if on else None,
                     workplace_id=on.workplace_id if on else (place.id if place else None))


MARCH = (date(2026, 3, 1), date(2026, 3, 31))


def test_the_design_example_exactly() -> None:
    shifts, lines = [], []
    for day in range(2, 14):
        night = shift(AURORA, f"2026-03-{day:02d}T21:00", f"2026-03-{day + 1:02d}T03:00",
                      breaks=30 if day == 2 else 0)
        shifts.append(night)
        lines.append(money("earning", "private_dances", 1950_00, "SEK", night.start.date()
                           .isoformat(), night))
        lines.append(money("deduction", "house_fee", 800_00, "SEK", "2026-03-02", night))
    lines.append(money("deduction", "fine", 500_00, "SEK", "2026-03-07", shifts[5]))
    summary = compute_summary(PLACES, shifts, lines, *MARCH)
    assert summary_json(summary) == {
        "from": "2026-03-01", "to": "2026-03-31",
        "workplaces": [{"name": "Club Aurora", "currency": "SEK", "shifts": 12,
                        "hours_worked": "71.50", "gross": "23400.00",
                        "deductions": {"house_fee": "9600.00", "fine": "500.00"},
                        "deductions_total": "10100.00", "expenses_total": "0.00",
                        "net": "13300.00", "net_after_expenses": "13300.00",
                        "net_per_hour": "186.01"}],
        "currencies": {"SEK": {"gross": "23400.00", "deductions_total": "10100.00",
                               "expenses_total": "0.00", "net": "13300.00"}},
    }


def test_deductions_keep_the_usual_category_order() -> None:
    night = shift(AURORA, "2026-03-02T21:00", "2026-03-03T03:00")
    lines = [money("deduction", c, 100_00, "SEK", "2026-03-02", night)
             for c in ("custom:locker", "fine", "tip_out", "house_fee")]
    entry = summary_json(compute_summary(PLACES, [night], lines, *MARCH))["workplaces"][0]
    assert list(entry["deductions"]) == ["house_fee", "tip_out", "fine", "custom:locker"]


def test_the_spring_night_is_seven_hours_not_eight() -> None:
    night = shift(AURORA, "2026-03-28T22:00", "2026-03-29T06:00")
    lines = [money("earning", "tips", 700_00, "SEK", "2026-03-28", night)]
    entry = summary_json(compute_summary(PLACES, [night], lines, *MARCH))["workplaces"][0]
    assert entry["hours_worked"] == "7.00"
    assert entry["net_per_hour"] == "100.00"


def test_the_autumn_night_is_nine_hours_not_eight() -> None:
    night = shift(AURORA, "2026-10-24T22:00", "2026-10-25T06:00")
    lines = [money("earning", "tips", 900_00, "SEK", "2026-10-24", night)]
    summary = compute_summary(PLACES, [night], lines, date(2026, 10, 1), date(2026, 10, 31))
    entry = summary_json(summary)["workplaces"][0]
    assert entry["hours_worked"] == "9.00"
    assert entry["net_per_hour"] == "100.00"


def test_a_night_in_debt_to_the_club() -> None:
    night = shift(AURORA, "2026-03-06T21:00", "2026-03-07T03:00")
    lines = [money("earning", "private_dances", 600_00, "SEK", "2026-03-06", night),
             money("deduction", "house_fee", 800_00, "SEK", "2026-03-06", night),
             money("deduction", "tip_out", 300_00, "SEK", "2026-03-06", night),
             money("expense", "transport", 150_00, "SEK", "2026-03-06", night)]
    data = summary_json(compute_summary(PLACES, [night], lines, *MARCH))
    entry = data["workplaces"][0]
    assert entry["net"] == "-500.00"
    assert entry["net_after_expenses"] == "-650.00"
    assert entry["net_per_hour"] == "-83.33"  # -500 / 6 = -83.333…
    assert entry["expenses_total"] == "150.00"
    assert data["currencies"]["SEK"]["net"] == "-500.00"


def test_two_currencies_stay_apart() -> None:
    aurora = shift(AURORA, "2026-03-06T21:00", "2026-03-07T03:00")
    berlin = shift(VELVET, "2026-03-12T22:00", "2026-03-13T05:00")
    lines = [
        money("earning", "private_dances", 3000_00, "SEK", "2026-03-06", aurora),
        money("earning", "private_dances", 700_00, "EUR", "2026-03-12", berlin),
        money("deduction", "commission", 175_00, "EUR", "2026-03-12", berlin),
        money("expense", "transport", 1840_00, "SEK", "2026-03-10", place=VELVET),
        money("expense", "phone", 299_00, "SEK", "2026-03-25"),
    ]
    data = summary_json(compute_summary(PLACES, [aurora, berlin], lines, *MARCH))
    assert [(w["name"], w["currency"], w["shifts"], w["hours_worked"], w["net_per_hour"])
            for w in data["workplaces"]] == [
        ("Club Aurora", "SEK", 1, "6.00", "500.00"),
        ("Velvet Room", "EUR", 1, "7.00", "75.00"),
        ("Velvet Room", "SEK", 0, "0.00", None),  # the flight: no shifts, no rate
    ]
    flight = data["workplaces"][2]
    assert (flight["expenses_total"], flight["net"], flight["net_after_expenses"]) == (
        "1840.00", "0.00", "-1840.00")
    # The phone bill has no workplace: it joins only the SEK totals.
    assert data["currencies"] == {
        "EUR": {"gross": "700.00", "deductions_total": "175.00", "expenses_total": "0.00",
                "net": "525.00"},
        "SEK": {"gross": "3000.00", "deductions_total": "0.00", "expenses_total": "2139.00",
                "net": "3000.00"},
    }


def test_period_edges_follow_the_local_start_date() -> None:
    last_night = shift(AURORA, "2026-03-31T23:30", "2026-04-01T05:30")
    too_late = shift(AURORA, "2026-04-01T00:30", "2026-04-01T05:30")
    too_early = shift(AURORA, "2026-02-28T23:30", "2026-03-01T04:30")
    first_night = shift(AURORA, "2026-03-01T00:30", "2026-03-01T04:30")  # 2026-02-28 in UTC
    lines = [
        money("deduction", "fine", 500_00, "SEK", "2026-04-01", last_night),  # goes with it
        money("earning", "tips", 100_00, "SEK", "2026-03-31", too_late),  # goes with its shift
        money("earning", "tips", 1_00, "SEK", "2026-03-01", too_early),
        money("earning", "tips", 10_00, "SEK", "2026-03-01", first_night),
        money("expense", "phone", 299_00, "SEK", "2026-03-31"),  # standalone, in
        money("expense", "phone", 1000_00, "SEK", "2026-04-01"),  # standalone, out
        money("expense", "costumes", 2000_00, "SEK", "2026-02-28"),  # standalone, out
    ]
    data = summary_json(compute_summary(
        PLACES, [last_night, too_late, too_early, first_night], lines, *MARCH))
    entry = data["workplaces"][0]
    assert entry["shifts"] == 2
    assert entry["hours_worked"] == "10.00"
    assert entry["gross"] == "10.00"
    assert entry["deductions"] == {"fine": "500.00"}
    assert data["currencies"]["SEK"]["expenses_total"] == "299.00"


def test_a_single_day_period() -> None:
    night = shift(AURORA, "2026-03-31T23:30", "2026-04-01T05:30")
    summary = compute_summary(PLACES, [night], [], date(2026, 3, 31), date(2026, 3, 31))
    assert summary.workplaces[0].shifts == 1
    assert summary_json(summary)["workplaces"][0]["net_per_hour"] == "0.00"


def test_yen_have_no_decimals() -> None:
    night = shift(TOKYO, "2026-03-06T20:00", "2026-03-06T23:00")
    lines = [money("earning", "private_dances", 18001, "JPY", "2026-03-06", night),
             money("deduction", "house_fee", 8000, "JPY", "2026-03-06", night)]
    entry = summary_json(compute_summary(PLACES, [night], lines, *MARCH))["workplaces"][0]
    assert (entry["gross"], entry["net"], entry["net_per_hour"]) == ("18001", "10001", "3334")


def test_kuwaiti_dinar_has_three_decimals() -> None:
    night = shift(KUWAIT, "2026-03-06T20:00", "2026-03-06T23:00")
    lines = [money("earning", "tips", 10_000, "KWD", "2026-03-06", night)]
    entry = summary_json(compute_summary(PLACES, [night], lines, *MARCH))["workplaces"][0]
    assert (entry["gross"], entry["net_per_hour"]) == ("10.000", "3.333")
    tie = shift(KUWAIT, "2026-03-07T20:00", "2026-03-07T22:00")
    line = money("earning", "tips", 5, "KWD", "2026-03-07", tie)
    entry = summary_json(compute_summary(PLACES, [tie], [line], *MARCH))["workplaces"][0]
    assert entry["net_per_hour"] == "0.002"  # 2.5 fils rounds to the even 2


@pytest.mark.parametrize(("seconds", "text"), [
    (0, "0.00"), (3600, "1.00"), (257400, "71.50"), (18, "0.00"), (54, "0.02"),
    (90, "0.02"), (257418, "71.50"), (257454, "71.52"), (-1800, "-0.50"),
])
def test_hours_are_rounded_half_to_even(seconds: int, text: str) -> None:
    assert hours_text(seconds) == text


def test_an_empty_period() -> None:
    assert summary_json(compute_summary(PLACES, [], [], *MARCH)) == {
        "from": "2026-03-01", "to": "2026-03-31", "workplaces": [], "currencies": {}}


def test_open_ends() -> None:
    night = shift(AURORA, "2020-01-03T21:00", "2020-01-04T03:00")
    data = summary_json(compute_summary(PLACES, [night], [], None, None))
    assert data["from"] is None and data["to"] is None
    assert data["workplaces"][0]["shifts"] == 1


def test_a_period_that_ends_before_it_starts() -> None:
    with pytest.raises(ValidationError, match="to: is before the start of the period"):
        compute_summary(PLACES, [], [], date(2026, 3, 31), date(2026, 3, 1))


def test_a_shift_at_a_workplace_not_given_is_a_bug() -> None:
    stray = shift(Workplace("Gone", "SEK", "Europe/Stockholm", id=99), "2026-03-02T21:00",
                  "2026-03-03T03:00")
    with pytest.raises(ValueError, match="workplace 99"):
        compute_summary(PLACES, [stray], [], *MARCH)

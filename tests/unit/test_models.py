"""Records: real elapsed hours, and validation that tells the worker every problem at once."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from workbook.domain.categories import (
    ControlIndicator,
    IncidentCategory,
    Involvement,
    MoneyKind,
    PaymentMethod,
    ShiftRole,
)
from workbook.domain.errors import Problem, ValidationError
from workbook.domain.models import (
    MAX_ATTACHMENT_BYTES,
    Attachment,
    ControlTag,
    Incident,
    IncidentPerson,
    MoneyLine,
    Person,
    Profile,
    Shift,
    Workplace,
)
from workbook.domain.timeutil import parse_local_datetime

STOCKHOLM = "Europe/Stockholm"


def at(text: str) -> datetime:
    return parse_local_datetime(text, STOCKHOLM)


def shift(start: str, end: str, breaks: int = 0, **kw: object) -> Shift:
    return Shift(workplace_id=1, start=at(start), end=at(end), timezone=STOCKHOLM,
                 breaks_minutes=breaks, **kw)  # type: ignore[arg-type]


def messages(problems: list[Problem]) -> list[str]:
    return [str(p) for p in problems]


# --- hours ---------------------------------------------------------------------------------


def test_a_night_across_midnight() -> None:
    night = shift("2026-03-20T21:00", "2026-03-21T04:00", breaks=30)
    assert night.elapsed_seconds == 7 * 3600
    assert night.worked_seconds == 6 * 3600 + 1800


def test_the_spring_night_is_an_hour_shorter() -> None:
    night = shift("2026-03-28T22:00", "2026-03-29T06:00")
    assert night.worked_seconds == 7 * 3600  # the clock shows 8 hours


def test_the_autumn_night_is_an_hour_longer() -> None:
    night = shift("2026-10-24T22:00", "2026-10-25T06:00")
    assert night.worked_seconds == 9 * 3600


def test_waiting_and_overtime() -> None:
    night = shift("2026-03-20T20:00", "2026-03-21T04:30",
                  scheduled_start=at("2026-03-20T21:00"), scheduled_end=at("2026-03-21T03:00"))
    assert night.waiting_before_seconds == 3600
    assert night.overtime_after_seconds == 5400
    plain = shift("2026-03-20T21:00", "2026-03-21T03:00")
    assert plain.waiting_before_seconds == 0 and plain.overtime_after_seconds == 0


# --- validation: every problem, with its field ---------------------------------------------


def test_a_good_shift_has_no_problems() -> None:
    assert shift("2026-03-20T21:00", "2026-03-21T04:00", breaks=30).validate() == []


def test_a_shift_reports_every_problem_at_once() -> None:
    bad = Shift(workplace_id=1, start=at("2026-03-21T04:00"), end=at("2026-03-20T21:00"),
                timezone="Mars/Olympus", breaks_minutes=-5, role="pole",  # type: ignore[arg-type]
                notes="x" * 1_000_001)
    assert messages(bad.validate()) == [
        "timezone: “Mars/Olympus” is not a time zone (like Europe/Stockholm)",
        "role: “pole” is not one of: stage, floor, vip, reception, booking, cam, other",
        "end: is before start (for a night shift, the end is on the next day)",
        "breaks_minutes: must be zero or more minutes",
        "notes: is too long (at most 1,000,000 characters)",
    ]


def test_end_equal_to_start() -> None:
    same = shift("2026-03-20T21:00", "2026-03-20T21:00")
    assert messages(same.validate()) == [
        "end: is the same as start (for a night shift, the end is on the next day)"]


def test_shift_too_long_and_breaks_too_long() -> None:
    assert messages(shift("2026-03-20T21:00", "2026-03-23T04:00").validate()) == [
        "end: makes the shift longer than 48 hours"]
    assert messages(shift("2026-03-20T21:00", "2026-03-20T22:00", breaks=60).validate()) == [
        "breaks_minutes: are as long as the whole shift"]


def test_shift_times_need_a_zone_and_a_schedule_in_order() -> None:
    bad = Shift(workplace_id=1, start=datetime(2026, 3, 20, 21), end=at("2026-03-21T03:00"),
                timezone=STOCKHOLM, scheduled_start=at("2026-03-20T22:00"),
                scheduled_end=at("2026-03-20T21:00"))
    assert messages(bad.validate()) == [
        "start: has no time zone", "scheduled_end: is before the scheduled start"]


def test_profile_problems() -> None:
    bad = Profile(work_name="Lina", default_currency="KRONOR", timezone="Nowhere",
                  day_starts_minutes=24 * 60, reference_wages={"SEK": -1, "XXQ": 100},
                  auto_lock_minutes=-1)
    assert messages(bad.validate()) == [
        "default_currency: “KRONOR” is not a currency",
        "timezone: “Nowhere” is not a time zone (like Europe/Stockholm)",
        "day_starts_minutes: must be a time of day",
        "reference_wages.SEK: must be zero or more",
        "reference_wages.XXQ: is not a currency",
        "auto_lock_minutes: must be between 0 (never) and 1440",
    ]
    assert Profile(work_name="Lina", reference_wages={"SEK": 18000}).validate() == []


def test_workplace_problems() -> None:
    bad = Workplace(name="  ", currency="sek", timezone="Europe/Stockholm", kind="bar",  # type: ignore[arg-type]
                    country="Sweden")
    assert messages(bad.validate()) == [
        "name: is needed",
        "currency: “sek” is not a currency (like SEK or EUR)",
        "kind: “bar” is not one of: club, agency, venue, online_platform, independent, other",
        "country: must be a two-letter country code, like SE",
    ]
    good = Workplace(name="Club Lumina", currency="RON", timezone="Europe/Bucharest",
                     country="RO", city="București")
    assert good.validate() == []


def test_person_problems() -> None:
    assert messages(Person(label="", role="boss").validate()) == [  # type: ignore[arg-type]
        "label: is needed",
        "role: “boss” is not one of: manager, owner, coworker, security, dj, client, other",
    ]
    assert Person(label="Ioana Ștefănescu 🌸").validate() == []


def line(**kw: object) -> MoneyLine:
    values: dict[str, object] = {"date": date(2026, 3, 28), "kind": MoneyKind.DEDUCTION,
                                 "category": "house_fee", "amount_minor": 80000,
                                 "currency": "SEK"}
    values.update(kw)
    return MoneyLine(**values)  # type: ignore[arg-type]


def test_money_line_problems() -> None:
    bad = line(category="tips", amount_minor=-100, currency="EURO", method="cheque")
    assert messages(bad.validate()) == [
        "category: “tips” is not a category for deductions: house_fee, stage_fee, tip_out, "
        "fine, commission, agency_fee, deposit_kept, other",
        "currency: “EURO” is not a currency (like SEK or EUR)",
        "amount: cannot be negative; choose earning, deduction or expense",
        "method: “cheque” is not one of: cash, card, transfer, app",
    ]
    assert messages(line(kind="refund", category="").validate()) == [
        "kind: “refund” is not one of: earning, deduction, expense"]
    assert messages(line(category=" ").validate()) == ["category: is needed"]
    assert messages(line(amount_minor=10**16).validate()) == ["amount: is too large"]
    assert messages(line(amount_minor=8.0).validate()) == [
        "amount: must be a whole number of minor units"]


def test_money_line_direction_and_custom_categories() -> None:
    assert line().signed_minor == -80000
    assert line(kind=MoneyKind.EARNING, category="tips").signed_minor == 80000
    assert line(category="custom:locker").validate() == []
    assert line(method=PaymentMethod.CASH).amount_text == "800.00"


def test_incident_problems() -> None:
    bad = Incident(start=at("2026-03-28T23:10"), end=at("2026-03-28T23:00"),
                   timezone=STOCKHOLM, category="rudeness", title="",  # type: ignore[arg-type]
                   severity=6, people=(IncidentPerson(1), IncidentPerson(1, "bystander")))  # type: ignore[arg-type]
    assert messages(bad.validate()) == [
        "category: “rudeness” is not one of: " + ", ".join(c.value for c in IncidentCategory),
        "end: is before start",
        "severity: must be from 1 (minor) to 5 (grave)",
        "title: is needed",
        "people[1].as: “bystander” is not one of: involved, witness",
        "people[1].person: is listed twice",
    ]
    good = Incident(start=at("2026-03-28T23:10"), timezone=STOCKHOLM,
                    category=IncidentCategory.UNLAWFUL_DEDUCTION, title="Fine",
                    people=(IncidentPerson(1), IncidentPerson(2, Involvement.WITNESS)))
    assert good.validate() == []
    assert messages(replace_severity(good, True)) == [
        "severity: must be from 1 (minor) to 5 (grave)"]


def replace_severity(incident: Incident, severity: object) -> list[Problem]:
    from dataclasses import replace

    return replace(incident, severity=severity).validate()  # type: ignore[arg-type]


def test_attachment_problems() -> None:
    bad = Attachment(filename="", media_type="", size=MAX_ATTACHMENT_BYTES + 1, sha256="0" * 64)
    assert messages(bad.validate()) == [
        "filename: is needed",
        "media_type: is needed",
        "data: is too large: 50.0 MB (at most 50 MB)",
        "incident: an attachment belongs to an incident or a shift",
    ]
    ok = Attachment(filename="fine.png", media_type="image/png", size=10, sha256="0" * 64,
                    shift_id=3)
    assert ok.validate() == []


def test_control_tag_problems() -> None:
    bad = ControlTag(indicator="free_drinks", date=date(2026, 3, 28),  # type: ignore[arg-type]
                     workplace_id=None)  # type: ignore[arg-type]
    assert messages(bad.validate()) == [
        "indicator: “free_drinks” is not one of: " + ", ".join(c.value for c in ControlIndicator),
        "workplace: is needed",
    ]


# --- fields() are what the journal digests -------------------------------------------------


def test_fields_are_canonical_values() -> None:
    night = shift("2026-03-28T22:00", "2026-03-29T06:00", breaks=30, role=ShiftRole.STAGE)
    assert night.fields() == {
        "workplace": 1, "start": "2026-03-28T21:00:00Z", "end": "2026-03-29T04:00:00Z",
        "timezone": STOCKHOLM, "breaks_minutes": 30, "role": "stage",
        "scheduled_start": None, "scheduled_end": None, "notes": "",
    }
    assert line(method=PaymentMethod.CASH).fields()["amount"] == 80000
    tag = ControlTag(ControlIndicator.FINES, date(2026, 3, 28), workplace_id=1)
    assert tag.fields()["indicator"] == "fines"


def test_validation_error_lists_every_problem() -> None:
    error = ValidationError([Problem("end", "is before start"), Problem("role", "is unknown")])
    assert str(error) == "end: is before start; role: is unknown"
    assert [str(p) for p in error.prefixed("shifts[3]").problems] == [
        "shifts[3].end: is before start", "shifts[3].role: is unknown"]
    assert str(ValidationError(Problem("", "the file is empty"))) == "the file is empty"


def test_utc_instants_compare_across_zones() -> None:
    a = at("2026-03-28T22:00")
    assert a == datetime(2026, 3, 28, 21, 0, tzinfo=UTC)
    assert a + timedelta(hours=7) == at("2026-03-29T06:00")

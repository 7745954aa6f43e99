"""The evidence computations against hand-worked examples."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sample_evidence import LEGAL_NAME, at, sample_input

from workbook.domain.categories import (
    ControlIndicator,
    IncidentCategory,
    Involvement,
    MoneyKind,
    PersonRole,
)
from workbook.domain.models import (
    ControlTag,
    Incident,
    IncidentPerson,
    MoneyLine,
    Person,
    Profile,
    Shift,
    Workplace,
)
from workbook.reports.evidence import (
    EvidenceInput,
    IntegrityInfo,
    RecordTiming,
    build_report,
    fee_changes,
    lag_bucket,
    role_letters,
)
from workbook.reports.summary import compute_summary

STHLM = "Europe/Stockholm"
CLUB = Workplace("Club Aurora", "SEK", STHLM, legal_name="Aurora AB", id=1)
PARIS = Workplace("Le Club", "EUR", "Europe/Paris", id=2)


def make(shifts: list[Shift] = (), money: list[MoneyLine] = (), *,  # type: ignore[assignment]
         incidents: list[Incident] = (), people: list[Person] = (),  # type: ignore[assignment]
         tags: list[ControlTag] = (), profile: str = "full",  # type: ignore[assignment]
         date_from: date = date(2026, 3, 1), date_to: date = date(2026, 3, 31),
         wages: dict[str, int] | None = None, recorded: list[RecordTiming] = (),  # type: ignore[assignment]
         workplaces: tuple[Workplace, ...] = (CLUB,)) -> EvidenceInput:
    return EvidenceInput(
        profile=Profile(work_name="Lina", legal_name="Karin L", reference_wages=wages or {}),
        date_from=date_from, date_to=date_to,
        generated_at=datetime(2026, 4, 2, tzinfo=UTC), app_version="test",
        report_profile=profile,  # type: ignore[arg-type]
        workplaces=workplaces, people=tuple(people), shifts=tuple(shifts),
        money_lines=tuple(money), incidents=tuple(incidents), control_tags=tuple(tags),
        integrity=IntegrityInfo(recorded=tuple(recorded)),
    )


def night(sid: int, day: date, start_h: int = 21, end_h: int = 28, breaks: int = 30,
          place: int = 1, tz: str = STHLM, notes: str = "") -> Shift:
    return Shift(place, at(day, start_h, 0, tz), at(day, end_h, 0, tz), tz,
                 breaks_minutes=breaks, notes=notes, id=sid)


def fee(mid: int, sid: int | None, day: date, category: str, amount: int,
        kind: MoneyKind = MoneyKind.DEDUCTION, currency: str = "SEK", place: int | None = 1,
        note: str = "") -> MoneyLine:
    return MoneyLine(day, kind, category, amount, currency, shift_id=sid, workplace_id=place,
                     note=note, id=mid)


def test_fee_history_finds_the_night_the_house_fee_rose() -> None:
    days = [date(2026, 3, 26), date(2026, 3, 27), date(2026, 4, 2), date(2026, 4, 3)]
    shifts = [night(i + 1, d) for i, d in enumerate(days)]
    money = [fee(i + 1, i + 1, d, "house_fee", 60000 if d.month == 3 else 80000)
             for i, d in enumerate(days)]
    money += [fee(10, 1, days[0], "fine", 50000), fee(11, 3, days[2], "fine", 30000)]
    report = build_report(make(shifts, money, date_to=date(2026, 4, 30)))
    series = {s.category: s for s in report.workplaces[0].fees}
    house = series["house_fee"]
    assert house.points == ((days[0], 60000), (days[1], 60000), (days[2], 80000),
                            (days[3], 80000))
    assert len(house.changes) == 1
    change = house.changes[0]
    assert (change.on, change.before, change.after, change.change) == (
        date(2026, 4, 2), 60000, 80000, 20000)
    assert house.steady and house.typical == 60000 and house.total == 280000
    fines = series["fine"]
    assert not fines.steady  # fines are listed one by one, never as "a fee that changed"
    assert fines.points == ((days[0], 50000), (days[2], 30000))


def test_fee_changes_counts_every_level_change() -> None:
    d = [date(2026, 3, n) for n in range(1, 6)]
    points = list(zip(d, [600, 600, 800, 600, 600], strict=True))
    assert [(c.on, c.before, c.after) for c in fee_changes(points)] == [
        (d[2], 600, 800), (d[3], 800, 600)]


def test_a_nights_lines_add_up_to_one_point() -> None:
    day = date(2026, 3, 6)
    money = [fee(1, 1, day, "tip_out", 10000), fee(2, 1, day, "tip_out", 5000)]
    report = build_report(make([night(1, day)], money))
    assert report.workplaces[0].fees[0].points == ((day, 15000),)


def test_owed_as_employee_against_what_was_kept() -> None:
    # 21:00-04:00 less a 30-minute break: 6.5 hours. Reference wage 165.00 SEK an hour.
    day = date(2026, 3, 13)
    money = [fee(1, 1, day, "private_dances", 200000, MoneyKind.EARNING),
             fee(2, 1, day, "house_fee", 60000), fee(3, 1, day, "fine", 50000)]
    report = build_report(make([night(1, day)], money, wages={"SEK": 16500}))
    place = report.workplaces[0]
    assert place.main.hours_text == "6.50"
    assert place.main.net == 90000
    assert place.main.net_per_hour == 13846  # 900.00 / 6.5 = 138.4615… → 138.46
    assert place.main.taken_percent == 55
    cmp = place.comparison
    assert cmp is not None
    assert cmp.wages == 107250  # 165.00 × 6.5
    assert cmp.deductions == 110000
    assert cmp.owed == 217250
    assert cmp.kept == 90000
    assert cmp.difference == 127250
    assert report.comparisons == (cmp,)


def test_no_reference_wage_means_no_comparison() -> None:
    day = date(2026, 3, 13)
    report = build_report(make([night(1, day)], [fee(1, 1, day, "house_fee", 60000)]))
    assert report.workplaces[0].comparison is None
    assert report.comparisons == ()


def test_night_across_the_clock_change_is_an_hour_shorter() -> None:
    # Saturday 28 March 2026 21:00 to Sunday 04:00 in Stockholm: clocks go forward at 02:00.
    report = build_report(make([night(1, date(2026, 3, 28))]))
    row = report.shifts[0]
    assert row.worked_seconds == 5 * 3600 + 30 * 60
    assert report.workplaces[0].main.hours_text == "5.50"
    assert (row.start.hour, row.end.hour, row.end.day) == (21, 4, 29)


def test_a_night_that_ends_in_debt_to_the_club() -> None:
    day = date(2026, 3, 12)
    money = [fee(1, 1, day, "private_dances", 60000, MoneyKind.EARNING),
             fee(2, 1, day, "house_fee", 80000), fee(3, 1, day, "fine", 50000)]
    report = build_report(make([night(1, day)], money))
    place = report.workplaces[0]
    assert place.main.net == -70000
    assert place.main.taken_percent == 217
    assert [s.ref for s in place.debt_nights] == ["S-1"]
    assert place.debt_nights[0].main_money.net == -70000


def test_two_currencies_are_never_added_together() -> None:
    day = date(2026, 3, 5)
    shifts = [night(1, day), night(2, day + timedelta(days=1), place=2, tz="Europe/Paris")]
    money = [fee(1, 1, day, "tips", 100000, MoneyKind.EARNING),
             fee(2, 2, day, "tips", 20000, MoneyKind.EARNING, "EUR", 2),
             fee(3, 1, day, "tips", 5000, MoneyKind.EARNING, "EUR", 1)]  # euro tips at a SEK club
    report = build_report(make(shifts, money, workplaces=(CLUB, PARIS)))
    by_code = {t.currency: t for t in report.currencies}
    assert by_code["SEK"].gross == 100000
    assert by_code["EUR"].gross == 25000
    club = next(p for p in report.workplaces if p.workplace.id == 1)
    assert [(t.currency, t.gross, t.shifts) for t in club.totals] == [
        ("SEK", 100000, 1), ("EUR", 5000, 0)]
    row = next(s for s in report.shifts if s.ref == "S-1")
    assert [(m.currency, m.earned) for m in row.money] == [("SEK", 100000), ("EUR", 5000)]


def test_period_boundary_follows_the_summary_rules() -> None:
    # In the period: the shift starting 31 March 23:00 local (21:00 UTC), and its fee paid
    # after midnight on 1 April. Out: a shift starting 1 April 00:30, and a standalone line
    # dated 1 April.
    last = Shift(1, at(date(2026, 3, 31), 23, 0, STHLM), at(date(2026, 3, 31), 28, 0, STHLM),
                 STHLM, id=1)
    after = Shift(1, at(date(2026, 4, 1), 0, 30, STHLM), at(date(2026, 4, 1), 4, 0, STHLM),
                  STHLM, id=2)
    money = [fee(1, 1, date(2026, 4, 1), "house_fee", 60000),
             fee(2, 2, date(2026, 4, 1), "house_fee", 60000),
             fee(3, None, date(2026, 4, 1), "agency_fee", 10000),
             fee(4, None, date(2026, 3, 1), "advertising", 20000, MoneyKind.EXPENSE, place=None)]
    inp = make([last, after], money)
    report = build_report(inp)
    assert [s.ref for s in report.shifts] == ["S-1"]
    assert [m.ref for m in report.money] == ["M-4", "M-1"]
    assert report.money[1].night == date(2026, 3, 31)
    assert report.workplaces[0].main.deductions == {"house_fee": 60000}
    assert report.currencies[0].expenses == {"advertising": 20000}
    # the same totals as `workbook summary`
    summary = compute_summary(inp.workplaces, inp.shifts, inp.money_lines, inp.date_from,
                              inp.date_to)
    assert summary.workplaces[0].money.deductions == {"house_fee": 60000}
    assert summary.workplaces[0].shifts == report.workplaces[0].main.shifts == 1


def test_sample_totals_match_the_summary() -> None:
    inp = sample_input()
    report = build_report(inp)
    summary = compute_summary(inp.workplaces, inp.shifts, inp.money_lines, inp.date_from,
                              inp.date_to)
    for entry in summary.workplaces:
        place = next(p for p in report.workplaces if p.workplace.id == entry.workplace_id)
        tot = next(t for t in place.totals if t.currency == entry.currency)
        assert (tot.gross, tot.deductions_total, tot.expenses_total, tot.shifts,
                tot.worked_seconds) == (entry.money.gross, entry.money.deductions_total,
                                        entry.money.expenses_total, entry.shifts,
                                        entry.worked_seconds)
    # the per-night figures of the log add up to the workplace totals
    club = report.workplaces[0]
    nights = [s for s in report.shifts if s.workplace_id == club.workplace.id]
    assert sum(s.main_money.earned for s in nights) == club.main.gross
    assert sum(s.main_money.taken for s in nights) == club.main.deductions_total


def test_control_indicators_are_counted_and_dated_per_workplace() -> None:
    tags = [ControlTag(ControlIndicator.FINES, date(2026, 3, d), 1, id=d) for d in (6, 13, 20)]
    tags += [ControlTag(ControlIndicator.SET_SCHEDULE, date(2026, 3, 2), 1, id=30),
             ControlTag(ControlIndicator.FINES, date(2026, 4, 1), 1, id=31),  # after the period
             ControlTag(ControlIndicator.QUOTAS, date(2026, 3, 3), 2, id=32)]  # other place
    report = build_report(make(tags=tags))
    found = [(i.indicator, i.count, i.dates) for i in report.workplaces[0].indicators]
    assert found == [("fines", 3, (date(2026, 3, 6), date(2026, 3, 13), date(2026, 3, 20))),
                     ("set_schedule", 1, (date(2026, 3, 2),))]


def test_months_for_the_chart() -> None:
    shifts = [night(1, date(2026, 3, 30)), night(2, date(2026, 4, 2))]
    money = [fee(1, 1, date(2026, 3, 30), "tips", 100000, MoneyKind.EARNING),
             fee(2, 1, date(2026, 3, 31), "house_fee", 60000),
             fee(3, 2, date(2026, 4, 2), "tips", 50000, MoneyKind.EARNING),
             fee(4, 2, date(2026, 4, 2), "house_fee", 80000),
             fee(5, 2, date(2026, 4, 2), "costumes", 9900, MoneyKind.EXPENSE)]
    report = build_report(make(shifts, money, date_to=date(2026, 4, 30)))
    months = [(m.month, m.earned, m.taken, m.spent, m.kept)
              for m in report.workplaces[0].months]
    assert months == [(date(2026, 3, 1), 100000, 60000, 0, 40000),
                      (date(2026, 4, 1), 50000, 80000, 9900, -30000)]


def test_lag_buckets() -> None:
    assert [lag_bucket(d) for d in (None, -1, 0, 1, 7, 8)] == [
        "unknown", "before", "same_day", "within_7_days", "within_7_days", "later"]
    d = date(2026, 3, 10)
    shifts = [night(i, d + timedelta(days=i)) for i in range(1, 6)]
    ends = {s.id: s.end for s in shifts}
    recorded = [
        RecordTiming("shift", 1, ends[1] + timedelta(hours=5)),  # 09:00 the same morning
        RecordTiming("shift", 2, ends[2] + timedelta(days=3)),
        RecordTiming("shift", 3, ends[3] + timedelta(days=9)),
        RecordTiming("shift", 4, ends[4] - timedelta(days=2)),  # written before (planned)
    ]
    report = build_report(make(shifts, recorded=recorded))
    lags = {lag.ref: (lag.bucket, lag.days) for lag in report.integrity.lags}
    assert lags == {"S-1": ("same_day", 0), "S-2": ("within_7_days", 3),
                    "S-3": ("later", 9), "S-4": ("before", -2), "S-5": ("unknown", None)}
    assert report.integrity.lag_counts["later"] == 1
    assert report.integrity.records == 5


def test_lag_uses_the_records_own_recorded_at_when_the_journal_gives_none() -> None:
    d = date(2026, 3, 10)
    s = night(1, d)
    s = Shift(s.workplace_id, s.start, s.end, s.timezone, id=1,
              recorded_at=s.end + timedelta(days=1))
    report = build_report(make([s]))
    assert report.integrity.lags[0].bucket == "within_7_days"


def test_role_letters() -> None:
    assert role_letters(3) == ["A", "B", "C"]
    assert role_letters(28)[25:] == ["Z", "AA", "AB"]


PEOPLE = [Person("Mikael", PersonRole.MANAGER, id=1), Person("Sara", PersonRole.COWORKER, id=2),
          Person("Grey suit", PersonRole.CLIENT, id=3), Person("Jonas", PersonRole.MANAGER, id=4)]


def incidents() -> list[Incident]:
    return [
        Incident(at(date(2026, 3, 5), 22, 0, STHLM), STHLM, IncidentCategory.SEXUAL_HARASSMENT,
                 "Grabbed in VIP", workplace_id=1, description="The client did it.",
                 people=(IncidentPerson(3), IncidentPerson(2, Involvement.WITNESS)), id=1),
        Incident(at(date(2026, 3, 2), 22, 0, STHLM), STHLM, IncidentCategory.UNLAWFUL_DEDUCTION,
                 "Fined", workplace_id=1, description="Mikael took 500.",
                 people=(IncidentPerson(1), IncidentPerson(2, Involvement.WITNESS)),
                 reported_to="Union", outcome="Pending", id=2),
        Incident(at(date(2026, 3, 9), 22, 0, STHLM), STHLM, IncidentCategory.THREATS,
                 "Threatened", workplace_id=1, people=(IncidentPerson(4), IncidentPerson(1)),
                 id=3),
    ]


def test_union_names_people_by_role_letter_and_leaves_out_clients() -> None:
    report = build_report(make(incidents=incidents(), people=PEOPLE, profile="union"))
    by_ref = {x.ref: x for x in report.incidents}
    # lettered in order of first appearance: the 2 March incident comes first
    assert [(p.label, p.involvement) for p in by_ref["I-2"].people] == [
        ("Manager A", "involved"), ("Coworker B", "witness")]
    assert [p.label for p in by_ref["I-1"].people] == ["Coworker B"]  # the client is omitted
    assert [p.label for p in by_ref["I-3"].people] == ["Manager C", "Manager A"]
    assert report.legal_name == ""
    assert report.work_name == "Lina"
    assert by_ref["I-2"].description == "Mikael took 500."  # free text is not redacted


def test_union_letters_are_translated() -> None:
    inp = make(incidents=incidents(), people=PEOPLE, profile="union")
    report = build_report(EvidenceInput(**{**_fields(inp), "language": "sv"}))
    assert [p.label for p in report.incidents[0].people] == ["Chef A", "Kollega B"]


def _fields(inp: EvidenceInput) -> dict[str, object]:
    return {name: getattr(inp, name) for name in inp.__dataclass_fields__}


def test_full_shows_everyone_and_the_legal_name() -> None:
    report = build_report(make(incidents=incidents(), people=PEOPLE))
    assert report.legal_name == "Karin L"
    labels = {p.label for x in report.incidents for p in x.people}
    assert labels == {"Mikael", "Sara", "Grey suit", "Jonas"}


def test_totals_has_no_free_text() -> None:
    inp = sample_input(report_profile="totals")
    report = build_report(inp)
    assert report.legal_name == ""
    assert all(not s.notes for s in report.shifts)
    assert all(not m.line.note and not m.line.counterparty for m in report.money)
    for x in report.incidents:
        assert (x.title, x.description, x.outcome, x.reported_to, x.people) == ("", "", "", "",
                                                                                ())
        assert x.category  # categories and dates stay
    for e in report.exhibits:
        assert e.attachment.filename == "" and e.attachment.note == ""
        assert e.attachment.sha256 and not e.show_image and e.load is None
    # the figures are the same as in the full report
    full = build_report(sample_input())
    assert report.currencies == full.currencies


def test_workplace_notes_never_reach_the_report() -> None:
    report = build_report(sample_input())
    assert all(p.workplace.notes == "" for p in report.workplaces)
    # the operator's legal details stay: a claim must name the employer
    assert report.workplaces[0].workplace.legal_name == "Aurora Nöjen i Stockholm AB"


def test_sample_legal_name_only_in_full() -> None:
    assert build_report(sample_input()).legal_name == LEGAL_NAME
    assert build_report(sample_input(report_profile="union")).legal_name == ""


def test_unknown_profile_is_refused() -> None:
    with pytest.raises(ValueError, match="profile"):
        build_report(make(profile="everything"))

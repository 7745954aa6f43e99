"""Interchange JSON v1: a good file becomes exact records; a bad one names every problem;
an import is all or nothing."""

from __future__ import annotations

import base64
import copy
import hashlib
import importlib.util
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workbook.domain.categories import (
    ControlIndicator,
    IncidentCategory,
    Involvement,
    MoneyKind,
    ShiftRole,
)
from workbook.domain.errors import ValidationError
from workbook.domain.models import (
    MAX_ATTACHMENT_BYTES,
    Attachment,
    ControlTag,
    Incident,
    MoneyLine,
    Person,
    Profile,
    Shift,
    Workplace,
)
from workbook.services.interchange import (
    ImportCounts,
    ImportPlan,
    apply_plan,
    import_interchange,
    parse_interchange,
)

EXAMPLE = Path(__file__).parents[1] / "fixtures" / "interchange" / "example.json"


def example() -> dict[str, Any]:
    return json.loads(EXAMPLE.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def problems(doc: Any, **kw: Any) -> list[str]:
    with pytest.raises(ValidationError) as exc:
        parse_interchange(doc, **kw)
    return [str(p) for p in exc.value.problems]


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)  # type: ignore[misc]


# --- the example file ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def plan() -> ImportPlan:
    return parse_interchange(EXAMPLE.read_bytes())


def test_example_workplaces_and_people(plan: ImportPlan) -> None:
    assert list(plan.workplaces) == ["w1", "w2"]
    lumina = plan.workplaces["w2"].record
    assert (lumina.name, lumina.currency, lumina.timezone, lumina.city) == (
        "Club Lumina", "RON", "Europe/Bucharest", "București")
    labels = [p.record.label for p in plan.people.values()]
    assert labels == ["Mikael", "Ioana Ștefănescu", "Олена", "سارة", "DJ Sami"]


def test_example_night_across_the_spring_change_is_seven_hours(plan: ImportPlan) -> None:
    night = plan.shifts["s1"].record
    assert night.start == utc(2026, 3, 28, 21, 0)
    assert night.end == utc(2026, 3, 29, 4, 0)
    assert night.elapsed_seconds == 7 * 3600
    assert night.worked_seconds == 6 * 3600 + 1800
    assert night.timezone == "Europe/Stockholm"
    assert night.role == ShiftRole.STAGE
    assert night.scheduled_start == utc(2026, 3, 28, 20, 0)
    assert night.waiting_before_seconds == 0


def test_example_offset_picks_the_second_0230(plan: ImportPlan) -> None:
    night = plan.shifts["s4"].record
    assert night.end == utc(2026, 10, 25, 1, 30)
    assert night.elapsed_seconds == 5 * 3600 + 1800  # the wall clock shows 4.5 hours


def test_example_shifts_link_to_their_workplaces(plan: ImportPlan) -> None:
    aurora = plan.workplaces["w1"].record.id
    lumina = plan.workplaces["w2"].record.id
    assert [plan.shifts[r].record.workplace_id for r in ("s1", "s2", "s3", "s4")] == [
        aurora, aurora, lumina, aurora]
    assert plan.shifts["s3"].record.start == utc(2026, 4, 10, 19, 0)  # Bucharest is +03:00


def test_example_money(plan: ImportPlan) -> None:
    lines = [m.record for m in plan.money]
    assert len(lines) == 11
    fine = lines[4]
    assert (fine.kind, fine.category, fine.amount_minor, fine.currency, fine.date) == (
        MoneyKind.DEDUCTION, "fine", 50000, "SEK", date(2026, 3, 29))
    assert fine.shift_id == plan.shifts["s1"].record.id
    assert lines[1].amount_minor == 35000  # "350" is 350.00
    assert lines[7].currency == "RON" and lines[7].amount_minor == 150000
    locker, phone = lines[9], lines[10]
    assert locker.shift_id is None and locker.workplace_id == plan.workplaces["w1"].record.id
    assert locker.method is None
    assert phone.shift_id is None and phone.workplace_id is None and phone.currency == "SEK"
    assert phone.note == "Phone bill 📱"


def test_example_incidents(plan: ImportPlan) -> None:
    fine = plan.incidents["i1"].record
    assert fine.category == IncidentCategory.UNLAWFUL_DEDUCTION
    assert fine.start == utc(2026, 3, 28, 22, 10)
    assert fine.shift_id == plan.shifts["s1"].record.id
    people = {p.person_id: p.involvement for p in fine.people}
    assert people == {plan.people["p1"].record.id: Involvement.INVOLVED,
                      plan.people["p2"].record.id: Involvement.WITNESS,
                      plan.people["p4"].record.id: Involvement.WITNESS}
    lumina = plan.incidents["i2"].record
    assert lumina.reported_on == date(2026, 4, 13) and lumina.severity == 4
    assert lumina.end == utc(2026, 4, 10, 22, 45)
    threat = plan.incidents["i3"].record
    assert threat.workplace_id is None
    assert threat.timezone == "Europe/Stockholm"  # from the file's profile
    assert threat.start == utc(2026, 4, 2, 12, 0)


def test_example_attachments_are_decoded(plan: ImportPlan) -> None:
    png, text = plan.attachments
    assert png.data.startswith(b"\x89PNG\r\n\x1a\n")
    assert png.record.size == len(png.data)
    assert png.record.sha256 == hashlib.sha256(png.data).hexdigest()
    assert png.record.incident_id == plan.incidents["i1"].record.id
    assert text.record.shift_id == plan.shifts["s1"].record.id
    assert "Расписание" in text.data.decode("utf-8")


def test_example_controls_and_profile(plan: ImportPlan) -> None:
    fines, schedule = (c.record for c in plan.controls)
    assert fines.indicator == ControlIndicator.FINES and fines.date == date(2026, 3, 28)
    assert fines.incident_id == plan.incidents["i1"].record.id
    assert schedule.workplace_id == plan.workplaces["w1"].record.id
    assert plan.profile is not None
    assert plan.profile.work_name == "Lina"
    assert plan.profile.reference_wages == {"SEK": 18000}
    assert plan.profile.day_starts_minutes == 360
    assert set(plan.profile_fields) == {"work_name", "legal_name", "default_currency",
                                        "timezone", "day_starts_minutes", "reference_wages"}


def test_a_minimal_file() -> None:
    plan = parse_interchange('{"format": "workbook-interchange", "version": 1}')
    assert not plan.shifts and plan.profile is None


def test_a_byte_order_mark_is_fine() -> None:
    plan = parse_interchange(b"\xef\xbb\xbf" + EXAMPLE.read_bytes())
    assert len(plan.shifts) == 4


def test_optional_keys_take_their_defaults() -> None:
    doc = example()
    del doc["money"][0]["currency"]  # the workplace's currency
    del doc["money"][1]["date"]  # the shift's local start date
    del doc["money"][2]["workplace"]  # the shift's workplace
    for key in ("breaks_minutes", "role", "scheduled_start", "scheduled_end", "notes"):
        del doc["shifts"][1][key]
    plan = parse_interchange(doc)
    first, second, third = (m.record for m in plan.money[:3])
    assert first.currency == "SEK"
    assert second.date == date(2026, 3, 28)
    assert third.workplace_id == plan.workplaces["w1"].record.id
    assert plan.shifts["s2"].record.breaks_minutes == 0
    assert plan.shifts["s2"].record.role == ShiftRole.OTHER


# --- bad files: every problem named by record and field ----------------------------------------


def test_not_json() -> None:
    assert problems(b'{"format": ') == [
        "the file is not valid JSON: Expecting value at line 1, column 12"]


def test_not_utf8() -> None:
    assert problems(b'{"format": "workbook-interchange", "note": "\xe5"}') == [
        "the file is not UTF-8 text, so it is not a Workbook file"]


def test_not_an_object() -> None:
    assert problems("[]") == ["the file must hold one JSON object, written { … }"]


def test_nan_is_not_json() -> None:
    assert problems('{"format": "workbook-interchange", "version": NaN}') == [
        "the file is not valid JSON: NaN is not a number JSON allows"]


def test_wrong_format_stops_at_once() -> None:
    doc = example()
    doc["format"] = "spreadsheet"
    doc["shifts"][0]["end"] = "bad"
    assert problems(doc) == [
        "format: is not “workbook-interchange”: this is not a Workbook interchange file"]


def test_a_newer_version() -> None:
    doc = example()
    doc["version"] = 2
    assert problems(doc) == [
        "version: this file is version 2; this Workbook reads version 1. Update Workbook to "
        "import it"]


@pytest.mark.parametrize("version", ["1", True, 1.0, Decimal("1.0"), None, 0])
def test_version_must_be_the_number_one(version: object) -> None:
    doc = example()
    doc["version"] = version
    assert problems(doc) == ["version: must be 1"]


def test_unknown_top_level_key() -> None:
    doc = example()
    doc["expenses"] = []
    assert problems(doc) == [
        "expenses: is not a field of a Workbook interchange file; check the spelling (the "
        "fields are: format, version, profile, workplaces, people, shifts, money, incidents, "
        "attachments, controls)"]


def test_unknown_key_in_a_record_is_named() -> None:
    doc = example()
    doc["shifts"][3]["colour"] = "red"
    assert problems(doc) == [
        "shifts[3].colour: is not a field of a shift; check the spelling (the fields are: ref, "
        "workplace, start, end, breaks_minutes, role, scheduled_start, scheduled_end, notes)"]


def test_a_key_written_twice() -> None:
    text = EXAMPLE.read_text(encoding="utf-8").replace(
        '"breaks_minutes": 30,', '"breaks_minutes": 30, "breaks_minutes": 0,')
    assert problems(text) == ["shifts[0].breaks_minutes: is written twice; keep one"]


def test_end_before_start() -> None:
    doc = example()
    doc["shifts"][3]["end"] = "2026-10-24T04:00"
    assert problems(doc) == [
        "shifts[3].end: is before start (for a night shift, the end is on the next day)"]


def test_end_at_start() -> None:
    doc = example()
    doc["shifts"][1]["end"] = doc["shifts"][1]["start"]
    assert problems(doc) == [
        "shifts[1].end: is the same as start (for a night shift, the end is on the next day)"]


def test_a_time_skipped_by_the_clocks() -> None:
    doc = example()
    doc["shifts"][0]["end"] = "2026-03-29T02:30"
    assert problems(doc) == [
        "shifts[0].end: 02:30 does not exist on 2026-03-29: the clocks went forward. Check "
        "the time"]


def test_a_time_that_happens_twice_needs_its_offset() -> None:
    doc = example()
    doc["shifts"][3]["end"] = "2026-10-25T02:30"
    assert problems(doc) == [
        "shifts[3].end: 02:30 happened twice on 2026-10-25 (the clocks went back). Add the "
        "offset, like 02:30+02:00"]


def test_every_problem_is_reported_not_just_the_first() -> None:
    doc = example()
    doc["shifts"][0]["breaks_minutes"] = "30"
    doc["shifts"][2]["workplace"] = "w9"
    doc["money"][3]["amount"] = "-200.00"
    doc["money"][8]["amount"] = "150.005"
    doc["incidents"][0]["severity"] = 6
    doc["people"][1]["role"] = "friend"
    assert problems(doc) == [
        "people[1].role: “friend” is not one of: manager, owner, coworker, security, dj, "
        "client, other",
        "shifts[0].breaks_minutes: must be a whole number, without quotes",
        "shifts[2].workplace: “w9” is not the ref of any workplace in this file",
        "money[3].amount: cannot be negative; choose earning, deduction or expense instead",
        "money[8].amount: RON amounts have at most 2 decimals",
        "incidents[0].severity: must be from 1 (minor) to 5 (grave)",
    ]


def test_a_bad_workplace_zone_does_not_cascade() -> None:
    doc = example()
    doc["workplaces"][1]["timezone"] = "Europe/Bucharestt"
    assert problems(doc) == [
        "workplaces[1].timezone: “Europe/Bucharestt” is not a time zone (like "
        "Europe/Stockholm)"]


@pytest.mark.parametrize(("amount", "message"), [
    (Decimal("800.00"), 'money[2].amount: must be written as text, like "800.00"'),
    (800, 'money[2].amount: must be written as text, like "800.00"'),
    ("800,00", "money[2].amount: “800,00” is not an amount; write it like 800.00"),
    ("800.001", "money[2].amount: SEK amounts have at most 2 decimals"),
    ("-1", "money[2].amount: cannot be negative; choose earning, deduction or expense instead"),
    (None, "money[2].amount: is needed"),
    ("1e3", "money[2].amount: “1e3” is not an amount; write it like 800.00"),
])
def test_bad_amounts(amount: object, message: str) -> None:
    doc = example()
    doc["money"][2]["amount"] = amount
    assert problems(doc) == [message]


def test_a_float_in_the_file_is_refused_as_an_amount() -> None:
    text = EXAMPLE.read_text(encoding="utf-8").replace('"amount": "4200.00"', '"amount": 4200.00')
    assert problems(text) == ['money[0].amount: must be written as text, like "800.00"']


def test_jpy_has_no_decimals_and_kwd_three() -> None:
    doc = example()
    doc["money"][10]["currency"] = "JPY"
    doc["money"][10]["amount"] = "1500.50"
    assert problems(doc) == ["money[10].amount: JPY amounts have no decimals"]
    doc["money"][10]["currency"] = "KWD"
    doc["money"][10]["amount"] = "1.2505"
    assert problems(doc) == ["money[10].amount: KWD amounts have at most 3 decimals"]
    doc["money"][10]["amount"] = "1.250"
    assert parse_interchange(doc).money[10].record.amount_minor == 1250


def test_category_must_fit_the_kind() -> None:
    doc = example()
    doc["money"][0]["category"] = "house_fee"  # an earning
    doc["money"][2]["kind"] = "fee"
    assert problems(doc) == [
        "money[0].category: “house_fee” is not a category for earnings: wage, stage_dances, "
        "private_dances, vip, tips, bookings, online_sales, other",
        "money[2].kind: “fee” is not one of: earning, deduction, expense",
    ]


def test_a_line_without_workplace_needs_a_currency() -> None:
    doc = example()
    del doc["money"][10]["currency"]
    assert problems(doc) == ["money[10].currency: is needed when the line has no workplace"]


def test_a_standalone_line_needs_a_date() -> None:
    doc = example()
    doc["money"][10]["date"] = None
    assert problems(doc) == ["money[10].date: is needed"]
    doc["money"][10]["date"] = "25.03.2026"
    assert problems(doc) == ["money[10].date: “25.03.2026” is not a date; write it like 2026-03-28"]


def test_line_workplace_must_match_its_shift() -> None:
    doc = example()
    doc["money"][0]["workplace"] = "w2"
    assert problems(doc) == ["money[0].workplace: is not the workplace of its shift"]


def test_unknown_shift_ref_on_a_line() -> None:
    doc = example()
    doc["money"][0]["shift"] = "s99"
    assert problems(doc) == ["money[0].shift: “s99” is not the ref of any shift in this file"]


def test_refs_must_be_unique_text() -> None:
    doc = example()
    doc["shifts"][1]["ref"] = "s1"
    doc["people"][0]["ref"] = 1
    doc["workplaces"][1]["ref"] = None
    assert problems(doc)[:3] == [
        "workplaces[1].ref: is needed (any short text that other records can point to)",
        "people[0].ref: must be a short text, in quotes",
        "shifts[1].ref: “s1” is used twice in this section; each ref must be different",
    ]


def test_names_and_labels_must_be_unique_in_a_file() -> None:
    doc = example()
    doc["workplaces"][1]["name"] = "club aurora"
    doc["people"][4]["label"] = "Mikael "
    assert problems(doc) == [
        "workplaces[1].name: “club aurora” is already the name of workplaces[0]",
        "people[4].label: “Mikael” is already the label of people[0]",
    ]


def test_incident_problems() -> None:
    doc = example()
    doc["incidents"][0]["category"] = "rude"
    doc["incidents"][0]["people"][1] = {"person": "p9", "as": "bystander"}
    doc["incidents"][1]["severity"] = "4"
    doc["incidents"][1]["end"] = "2026-04-11T01:00"
    assert problems(doc) == [
        "incidents[0].category: “rude” is not one of: unpaid_wages, unlawful_deduction, "
        "forced_tip_out, unpaid_hours, no_breaks, unsafe_conditions, harassment_by_management, "
        "sexual_harassment, assault, discrimination, boundary_pressure, threats, "
        "withheld_documents_or_money, misclassification, schedule_coercion, other",
        "incidents[0].people[1].person: “p9” is not the ref of any person in this file",
        "incidents[0].people[1].as: “bystander” is not one of: involved, witness",
        "incidents[1].severity: must be a whole number, without quotes",
        "incidents[1].end: is before start",
    ]


def test_a_person_listed_twice_in_an_incident() -> None:
    doc = example()
    doc["incidents"][0]["people"].append({"person": "p1", "as": "witness"})
    assert problems(doc) == ["incidents[0].people[3].person: is listed twice"]


def test_an_incident_without_any_zone() -> None:
    doc = example()
    del doc["profile"]["timezone"]
    assert problems(doc) == [
        "incidents[2].start: has no time zone: give the incident a workplace, or write the "
        "time with its offset, like 2026-03-28T23:10+01:00"]
    # The vault's own zone (passed in by the caller) is enough, and so is an offset.
    plan = parse_interchange(doc, default_timezone="Europe/Bucharest")
    assert plan.incidents["i3"].record.start == utc(2026, 4, 2, 11, 0)
    doc["incidents"][2]["start"] = "2026-04-02T14:00+02:00"
    assert parse_interchange(doc).incidents["i3"].record.start == utc(2026, 4, 2, 12, 0)


def test_the_file_profile_zone_wins_over_the_callers() -> None:
    plan = parse_interchange(EXAMPLE.read_bytes(), default_timezone="Asia/Bangkok")
    assert plan.incidents["i3"].record.timezone == "Europe/Stockholm"


def test_attachment_problems() -> None:
    doc = example()
    doc["attachments"][0]["data_base64"] = "not base64!"
    doc["attachments"][1]["filename"] = "../../etc/passwd"
    doc["attachments"][1]["media_type"] = "text"
    assert problems(doc) == [
        "attachments[0].data_base64: is not valid base64; the file inside is damaged",
        "attachments[1].filename: must be a file name alone, without folders",
        "attachments[1].media_type: “text” is not a media type (like image/png)",
    ]


def test_an_attachment_needs_an_owner() -> None:
    doc = example()
    del doc["attachments"][1]["shift"]
    assert problems(doc) == [
        "attachments[1].incident: is needed: an attachment belongs to an incident (or a shift)"]


def test_base64_with_line_breaks_is_fine() -> None:
    doc = example()
    data = bytes(range(256)) * 4
    doc["attachments"][1]["data_base64"] = base64.encodebytes(data).decode("ascii")
    assert parse_interchange(doc).attachments[1].data == data


def test_an_attachment_over_50_mb() -> None:
    doc = example()
    doc["attachments"][0]["data_base64"] = "A" * ((MAX_ATTACHMENT_BYTES + 3) // 3 * 4 + 4)
    assert problems(doc) == [
        "attachments[0].data_base64: is too large: 50.0 MB (at most 50 MB)"]


def test_a_broken_character() -> None:
    text = EXAMPLE.read_text(encoding="utf-8").replace('"Noapte liniștită."',
                                                      '"Noapte \\ud800"')
    assert problems(text) == [
        "shifts[2].notes: contains a broken character (a lone surrogate); retype it"]


def test_sections_and_records_must_have_the_right_shape() -> None:
    doc = example()
    doc["people"] = {"p1": "Mikael"}
    doc["controls"][0] = "fines"
    doc["incidents"][2]["people"] = "nobody"
    found = problems(doc)
    assert "people: must be a list, written [ … ]" in found
    assert "controls[0]: must be a control indicator, written { … }" in found
    assert "incidents[2].people: must be a list, written [ … ]" in found


def test_profile_problems() -> None:
    doc = example()
    doc["profile"] = {"work_name": "Lina", "timezone": "Europe/Stockholm", "language": "sv",
                      "day_starts": "6am",
                      "default_currency": "kr", "reference_wages": {"SEK": "-180", "XX": "1"}}
    assert problems(doc) == [
        "profile.language: is not a field of the profile; check the spelling (the fields are: "
        "work_name, legal_name, default_currency, timezone, day_starts, reference_wages)",
        "profile.default_currency: “kr” is not a currency code (like SEK or EUR)",
        "profile.day_starts: must be a time of day like 06:00",
        "profile.reference_wages.SEK: cannot be negative",
        "profile.reference_wages.XX: “XX” is not a currency code (like SEK or EUR)",
    ]


def test_a_control_on_a_shift_of_another_workplace() -> None:
    doc = example()
    doc["controls"][0]["workplace"] = "w2"
    assert problems(doc) == ["controls[0].workplace: is not the workplace of its shift"]


def test_control_problems() -> None:
    doc = example()
    doc["controls"][1]["indicator"] = "rules"
    doc["controls"][1]["workplace"] = None
    assert problems(doc) == [
        "controls[1].indicator: “rules” is not one of: set_schedule, time_off_needs_approval, "
        "dress_rules, club_sets_prices, fines, required_tip_outs, quotas, can_be_dismissed, "
        "must_stay_until_closing, controls_music_or_rota",
        "controls[1].workplace: is needed: a control indicator belongs to a workplace",
    ]


def test_a_text_that_is_too_long() -> None:
    doc = example()
    doc["workplaces"][0]["name"] = "A" * 501
    assert problems(doc) == ["workplaces[0].name: is too long (at most 500 characters)"]


# --- applying: a fake vault that behaves like the store's contract ---------------------------


class FakeVault:
    """In memory: validates every add, checks every link, rolls back a failed transaction."""

    def __init__(self) -> None:
        self.profile = Profile()
        self.rows: dict[str, list[Any]] = {k: [] for k in (
            "workplace", "person", "shift", "money", "incident", "control", "attachment")}
        self.blobs: dict[int, bytes] = {}
        self.depth = 0
        self.fail_on: Callable[[Any], bool] = lambda record: False

    @contextmanager
    def transaction(self) -> Iterator[None]:
        if self.depth:
            yield
            return
        saved = copy.deepcopy((self.profile, self.rows, self.blobs))
        self.depth += 1
        try:
            yield
        except BaseException:
            self.profile, self.rows, self.blobs = saved
            raise
        finally:
            self.depth -= 1

    def _ids(self, table: str) -> set[int]:
        return {r.id for r in self.rows[table]}

    def _add(self, table: str, record: Any) -> Any:
        assert self.depth, "every add happens inside the transaction"
        assert record.id is None or table in ("money", "control", "attachment")
        if self.fail_on(record):
            raise ValidationError([])
        found = record.validate()
        if found:
            raise ValidationError(found)
        new = replace(record, id=len(self.rows[table]) + 1)
        self.rows[table].append(new)
        return new

    def _linked(self, table: str, ident: int | None) -> None:
        assert ident is None or ident in self._ids(table), f"{table} {ident} is not in the vault"

    def get_profile(self) -> Profile:
        return self.profile

    def save_profile(self, profile: Profile) -> None:
        assert self.depth
        self.profile = profile

    def list_workplaces(self) -> list[Workplace]:
        return list(self.rows["workplace"])

    def find_workplace(self, name: str) -> Workplace | None:
        return next((w for w in self.rows["workplace"] if w.name == name), None)

    def find_person(self, label: str) -> Person | None:
        return next((p for p in self.rows["person"] if p.label == label), None)

    def add_workplace(self, workplace: Workplace) -> Workplace:
        return self._add("workplace", workplace)  # type: ignore[no-any-return]

    def add_person(self, person: Person) -> Person:
        return self._add("person", person)  # type: ignore[no-any-return]

    def add_shift(self, shift: Shift) -> Shift:
        self._linked("workplace", shift.workplace_id)
        return self._add("shift", shift)  # type: ignore[no-any-return]

    def add_money_line(self, line: MoneyLine) -> MoneyLine:
        self._linked("shift", line.shift_id)
        self._linked("workplace", line.workplace_id)
        return self._add("money", line)  # type: ignore[no-any-return]

    def add_incident(self, incident: Incident) -> Incident:
        self._linked("workplace", incident.workplace_id)
        self._linked("shift", incident.shift_id)
        for person in incident.people:
            self._linked("person", person.person_id)
        return self._add("incident", incident)  # type: ignore[no-any-return]

    def add_control_tag(self, tag: ControlTag) -> ControlTag:
        self._linked("workplace", tag.workplace_id)
        self._linked("shift", tag.shift_id)
        self._linked("incident", tag.incident_id)
        return self._add("control", tag)  # type: ignore[no-any-return]

    def add_attachment(self, meta: Attachment, data: bytes) -> Attachment:
        self._linked("incident", meta.incident_id)
        self._linked("shift", meta.shift_id)
        assert meta.size == len(data)
        new: Attachment = self._add("attachment", meta)
        assert new.id is not None
        self.blobs[new.id] = data
        return new


def test_apply_adds_everything_with_real_links() -> None:
    vault = FakeVault()
    counts = apply_plan(vault, parse_interchange(EXAMPLE.read_bytes()))
    assert counts == ImportCounts(
        workplaces_added=2, people_added=5, shifts=4, money_lines=11, incidents=3,
        control_tags=2, attachments=2,
        profile_fields=("work name", "legal name", "currency", "time zone",
                        "start of the day", "reference wages"))
    assert [w.name for w in vault.rows["workplace"]] == ["Club Aurora", "Club Lumina"]
    fine = vault.rows["incident"][0]
    assert fine.shift_id == 1 and fine.workplace_id == 1
    assert [(p.person_id, p.involvement) for p in fine.people] == [
        (1, Involvement.INVOLVED), (2, Involvement.WITNESS), (4, Involvement.WITNESS)]
    lumina_line = vault.rows["money"][7]
    assert (lumina_line.shift_id, lumina_line.workplace_id) == (3, 2)
    assert vault.rows["money"][10].workplace_id is None
    assert vault.blobs[1].startswith(b"\x89PNG")
    assert vault.profile.work_name == "Lina" and vault.profile.reference_wages == {"SEK": 18000}


def test_counts_read_plainly() -> None:
    counts = ImportCounts(workplaces_added=1, workplaces_reused=("Club Aurora",), shifts=1,
                          money_lines=12, attachments=1, profile_fields=("work name",))
    assert str(counts) == ("1 shift, 12 money lines, 1 attachment, 1 new workplace; used "
                           "“Club Aurora”, already in your log; updated your profile (work name)")
    assert str(ImportCounts()) == "nothing new"


def test_a_workplace_already_in_the_vault_is_reused() -> None:
    vault = FakeVault()
    apply_plan(vault, parse_interchange(EXAMPLE.read_bytes()))
    again = apply_plan(vault, parse_interchange(EXAMPLE.read_bytes()))
    assert again.workplaces_added == 0 and again.people_added == 0
    assert again.workplaces_reused == ("Club Aurora", "Club Lumina")
    assert len(again.people_reused) == 5
    assert len(vault.rows["workplace"]) == 2
    assert {s.workplace_id for s in vault.rows["shift"]} == {1, 2}
    assert len(vault.rows["shift"]) == 8


def test_a_workplace_with_the_same_name_but_another_currency_stops_the_import() -> None:
    vault = FakeVault()
    vault.profile = Profile(work_name="Before")
    with vault.transaction():
        vault.add_workplace(Workplace("Club Lumina", "EUR", "Europe/Bucharest"))
    with pytest.raises(ValidationError) as exc:
        apply_plan(vault, parse_interchange(EXAMPLE.read_bytes()))
    assert [str(p) for p in exc.value.problems] == [
        "workplaces[1].currency: “Club Lumina” is already in your log with EUR, not RON; use "
        "the same currency or another name"]
    # Nothing was imported: not Club Aurora (added before the clash), not the profile.
    assert [w.name for w in vault.rows["workplace"]] == ["Club Lumina"]
    assert vault.profile.work_name == "Before"


def test_a_failure_late_in_the_import_leaves_nothing() -> None:
    vault = FakeVault()
    vault.fail_on = lambda r: isinstance(r, Attachment) and r.filename == "schedule.txt"
    with pytest.raises(ValidationError):
        apply_plan(vault, parse_interchange(EXAMPLE.read_bytes()))
    assert all(not rows for rows in vault.rows.values())
    assert vault.profile == Profile()


def test_a_problem_found_by_the_vault_names_the_record() -> None:
    vault = FakeVault()
    plan = parse_interchange(EXAMPLE.read_bytes())
    bad = plan.shifts["s2"]
    plan.shifts["s2"] = replace(bad, record=replace(bad.record, breaks_minutes=-1))
    with pytest.raises(ValidationError) as exc:
        apply_plan(vault, plan)
    assert [str(p) for p in exc.value.problems] == [
        "shifts[1].breaks_minutes: must be zero or more minutes"]


def test_profile_reference_wages_are_merged() -> None:
    vault = FakeVault()
    vault.profile = Profile(work_name="Lina", reference_wages={"EUR": 1390, "SEK": 15000})
    apply_plan(vault, parse_interchange(EXAMPLE.read_bytes()))
    assert vault.profile.reference_wages == {"EUR": 1390, "SEK": 18000}


def test_import_interchange_uses_the_vault_zone_for_loose_incidents() -> None:
    vault = FakeVault()
    vault.profile = Profile(timezone="Asia/Bangkok")
    doc = example()
    del doc["profile"]
    counts = import_interchange(vault, json.dumps(doc))
    assert counts.incidents == 3
    assert vault.rows["incident"][2].timezone == "Asia/Bangkok"
    assert vault.rows["incident"][2].start == utc(2026, 4, 2, 7, 0)


# --- against the real vault (runs once workbook.store.vault exists) ----------------------------


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[Any]:
    # Skips only while the store's vault module is missing; any other import error fails.
    if importlib.util.find_spec("workbook.store.vault") is None:
        pytest.skip("workbook.store.vault has not landed yet")
    from workbook.store.kdf import FAST_TEST_KDF
    from workbook.store.vault import Vault

    opened = Vault.create(tmp_path / "test.workbook", "correct horse battery staple",
                          kdf=FAST_TEST_KDF)
    try:
        yield opened
    finally:
        opened.close()


def test_real_vault_import(vault: Any) -> None:
    counts = import_interchange(vault, EXAMPLE.read_bytes())
    assert (counts.shifts, counts.money_lines, counts.incidents, counts.attachments) == (
        4, 11, 3, 2)
    assert sorted(w.name for w in vault.list_workplaces()) == ["Club Aurora", "Club Lumina"]
    shifts, lines = vault.period_records(date(2026, 3, 1), date(2026, 12, 31))
    assert len(shifts) == 4
    assert len(lines) == 11
    night = next(s for s in shifts if s.start == utc(2026, 3, 28, 21, 0))
    assert night.worked_seconds == 6 * 3600 + 1800
    assert vault.get_profile().work_name == "Lina"
    assert vault.find_person("Ioana Ștefănescu") is not None


def test_real_vault_failed_import_leaves_nothing(vault: Any) -> None:
    vault.add_workplace(Workplace("Club Lumina", "EUR", "Europe/Bucharest"))
    before = vault.get_profile()
    with pytest.raises(ValidationError, match="already in your log with EUR"):
        import_interchange(vault, EXAMPLE.read_bytes())
    assert [w.name for w in vault.list_workplaces()] == ["Club Lumina"]
    assert vault.period_records(date(2026, 1, 1), date(2026, 12, 31)) == ([], [])
    assert vault.get_profile() == before


def test_real_vault_reimport_reuses_workplaces(vault: Any) -> None:
    import_interchange(vault, EXAMPLE.read_bytes())
    again = import_interchange(vault, EXAMPLE.read_bytes())
    assert again.workplaces_reused == ("Club Aurora", "Club Lumina")
    assert len(vault.list_workplaces()) == 2


# --- robustness: whatever is in a field, the answer is a plan or a ValidationError -------------

_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-10**20, 10**20) | st.text(max_size=30)
    | st.sampled_from(["", "w1", "s1", "p1", "i1", "2026-03-29T02:30", "2026-10-25T02:30",
                       "-0", "1e400", "SEK", "Europe/Stockholm", "\ud800"])
    | st.decimals(allow_nan=False, allow_infinity=False, places=3),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner,
                                                                max_size=3),
    max_leaves=6,
)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix] if prefix else []
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            found += _paths(item, (*prefix, i))
    return found


_EXAMPLE_PATHS = _paths(json.loads(EXAMPLE.read_text(encoding="utf-8")))


@settings(max_examples=120, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_EXAMPLE_PATHS), _JSON_VALUES), min_size=1,
                max_size=4))
def test_any_change_gives_a_plan_or_named_problems(changes: list[tuple[Any, Any]]) -> None:
    doc = example()
    for path, value in changes:
        target = doc
        try:
            for step in path[:-1]:
                target = target[step]
            target[path[-1]] = value
        except (KeyError, IndexError, TypeError):
            continue  # an earlier change removed this path
    try:
        parse_interchange(doc)
    except ValidationError as exc:
        assert exc.problems
        assert all(p.message for p in exc.problems)

"""The record use cases against a real encrypted vault (the shared template from conftest:
Club Aurora in SEK, Agentur Nord in EUR, Mikael and Dana)."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from workbook.domain.categories import (
    ControlIndicator,
    IncidentCategory,
    Involvement,
    MoneyKind,
    PersonRole,
)
from workbook.domain.errors import ValidationError
from workbook.domain.models import (
    Incident,
    IncidentPerson,
    MoneyLine,
    Person,
    Shift,
    Workplace,
)
from workbook.services import records
from workbook.store.vault import Vault

STOCKHOLM = "Europe/Stockholm"


PASSPHRASE = "correct horse battery staple"  # the template vault's (tests/conftest.py)


@pytest.fixture
def club(vault: Vault) -> Workplace:
    found = vault.find_workplace("Club Aurora")
    assert found is not None
    return found


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)  # type: ignore[misc]


def night(club: Workplace) -> Shift:
    # 21:00–03:00 local time in March (UTC+1).
    assert club.id is not None
    return Shift(workplace_id=club.id, start=utc(2026, 3, 6, 20), end=utc(2026, 3, 7, 2),
                 timezone=STOCKHOLM, breaks_minutes=30)


def line(kind: MoneyKind, category: str, amount: int, **kw: object) -> MoneyLine:
    # Date and currency are deliberately wrong: the service sets them from the shift.
    return MoneyLine(date=date(2000, 1, 1), kind=kind, category=category, amount_minor=amount,
                     currency="EUR", **kw)  # type: ignore[arg-type]


def test_record_shift_sets_shift_workplace_currency_and_date(vault: Vault,
                                                             club: Workplace) -> None:
    shift, lines = records.record_shift(vault, night(club), [
        line(MoneyKind.EARNING, "private_dances", 240000),
        line(MoneyKind.DEDUCTION, "house_fee", 80000, counterparty="club"),
    ], [ControlIndicator.SET_SCHEDULE])
    assert shift.id is not None
    stored = vault.money_for_shift(shift.id)
    assert {(x.category, x.amount_minor) for x in stored} == {("private_dances", 240000),
                                                              ("house_fee", 80000)}
    for x in stored:
        assert x.shift_id == shift.id and x.workplace_id == club.id
        assert x.currency == "SEK" and x.date == date(2026, 3, 6)
    assert [t.indicator for t in records.shift_controls(vault, shift)] == ["set_schedule"]
    assert len(lines) == 2


def test_record_shift_writes_nothing_when_a_line_is_wrong(vault: Vault,
                                                          club: Workplace) -> None:
    with pytest.raises(ValidationError) as caught:
        records.record_shift(vault, night(club), [
            line(MoneyKind.EARNING, "tips", 1000),
            line(MoneyKind.DEDUCTION, "not_a_category", 500),
        ])
    assert [p.field for p in caught.value.problems] == ["lines[1].category"]
    assert list(vault.list_shifts(workplace_id=club.id)) == []


def test_update_shift_diffs_lines_and_keeps_the_earlier_version(vault: Vault,
                                                                club: Workplace) -> None:
    shift, lines = records.record_shift(vault, night(club), [
        line(MoneyKind.EARNING, "tips", 100000),
        line(MoneyKind.DEDUCTION, "house_fee", 60000),
        line(MoneyKind.DEDUCTION, "fine", 50000),
    ])
    by_category = {x.category: x for x in lines}
    tips, fee, fine = by_category["tips"], by_category["house_fee"], by_category["fine"]
    edited = replace(shift, breaks_minutes=45, notes="Stayed until closing")
    new_fee = replace(fee, amount_minor=80000)
    added = line(MoneyKind.DEDUCTION, "tip_out", 20000, counterparty="DJ")
    saved, kept = records.update_shift(vault, edited, [tips, new_fee, added])

    assert saved.breaks_minutes == 45
    assert shift.id is not None and fine.id is not None and fee.id is not None
    stored = {x.category: x for x in vault.money_for_shift(shift.id)}
    assert set(stored) == {"tips", "house_fee", "tip_out"}
    assert stored["house_fee"].id == fee.id and stored["house_fee"].amount_minor == 80000
    assert vault.get_money_line(fine.id) is None
    assert len(kept) == 3

    history = vault.record_history("shift", shift.id)
    assert [h.action for h in history] == ["create", "update"]
    assert history[0].values is not None and history[0].values["breaks_minutes"] == 30
    fee_history = vault.record_history("money", fee.id)
    assert fee_history[0].values is not None and fee_history[0].values["amount"] == 60000


def test_update_shift_leaves_unchanged_lines_alone(vault: Vault, club: Workplace) -> None:
    shift, lines = records.record_shift(vault, night(club),
                                        [line(MoneyKind.EARNING, "tips", 1000)])
    records.update_shift(vault, shift, lines)
    assert lines[0].id is not None
    assert [h.action for h in vault.record_history("money", lines[0].id)] == ["create"]


def test_delete_shift_deletes_its_money(vault: Vault, club: Workplace) -> None:
    shift, lines = records.record_shift(vault, night(club),
                                        [line(MoneyKind.EARNING, "tips", 1000)])
    assert shift.id is not None and lines[0].id is not None
    records.delete_shift(vault, shift.id)
    assert vault.get_shift(shift.id) is None
    assert vault.get_money_line(lines[0].id) is None


def test_previous_shift_gives_the_newest_at_the_workplace(vault: Vault,
                                                          club: Workplace) -> None:
    assert records.previous_shift(vault, club.id or 0) is None
    first = night(club)
    records.record_shift(vault, first, [line(MoneyKind.EARNING, "tips", 1)])
    later = replace(first, start=utc(2026, 3, 8, 20), end=utc(2026, 3, 9, 2))
    records.record_shift(vault, later, [line(MoneyKind.DEDUCTION, "fine", 2)])
    found = records.previous_shift(vault, club.id or 0)
    assert found is not None
    assert found[0].start == later.start and [x.category for x in found[1]] == ["fine"]


def test_record_incident_with_a_new_person_and_an_attachment(vault: Vault,
                                                             club: Workplace) -> None:
    mikael = vault.find_person("Mikael")
    assert mikael is not None
    data = b"\x89PNG fake but honest bytes"
    incident = Incident(start=utc(2026, 3, 6, 22, 10), timezone=STOCKHOLM,
                        category=IncidentCategory.UNLAWFUL_DEDUCTION,
                        title="Fined for being late", workplace_id=club.id)
    saved = records.record_incident(
        vault, incident, [(records.new_attachment("fine.png", "image/png", data), data)],
        people=[records.PersonInIncident(mikael, Involvement.INVOLVED),
                records.PersonInIncident(Person("Sara", PersonRole.COWORKER),
                                         Involvement.WITNESS)],
        controls=[ControlIndicator.FINES])
    assert saved.id is not None
    sara = vault.find_person("Sara")
    assert sara is not None
    assert set(saved.people) == {IncidentPerson(mikael.id or 0, Involvement.INVOLVED),
                                 IncidentPerson(sara.id or 0, Involvement.WITNESS)}
    (attachment,) = vault.list_attachments(incident_id=saved.id)
    assert attachment.sha256 == hashlib.sha256(data).hexdigest()
    assert vault.attachment_data(attachment.id or 0) == data
    assert [t.indicator for t in records.incident_controls(vault, saved)] == ["fines"]


def test_record_incident_refuses_a_file_over_50_mb_and_writes_nothing(
        vault: Vault, club: Workplace) -> None:
    big = b"\0" * (50 * 1024 * 1024 + 1)
    incident = Incident(start=utc(2026, 3, 6, 22), timezone=STOCKHOLM,
                        category=IncidentCategory.OTHER, title="Video", workplace_id=club.id)
    with pytest.raises(ValidationError) as caught:
        records.record_incident(vault, incident,
                                [(records.new_attachment("v.mp4", "video/mp4", big), big)])
    assert caught.value.problems[0].field == "attachments[0].data"
    assert vault.list_incidents() == []


def test_update_incident_removes_and_adds_files(vault: Vault, club: Workplace) -> None:
    a, b = b"first", b"second"
    incident = Incident(start=utc(2026, 3, 6, 22), timezone=STOCKHOLM,
                        category=IncidentCategory.OTHER, title="Schedule",
                        workplace_id=club.id)
    saved = records.record_incident(vault, incident,
                                    [(records.new_attachment("a.txt", "text/plain", a), a)])
    (first,) = vault.list_attachments(incident_id=saved.id)
    records.update_incident(vault, replace(saved, title="Schedule changed"),
                            [(records.new_attachment("b.txt", "text/plain", b), b)],
                            [first.id or 0])
    assert [x.filename for x in vault.list_attachments(incident_id=saved.id)] == ["b.txt"]
    assert [h.action for h in vault.record_history("incident", saved.id or 0)] == [
        "create", "update"]


def test_running_shift_survives_lock_and_collects_its_money(vault_path: Path) -> None:
    vault = Vault.open(vault_path, PASSPHRASE)
    club = vault.find_workplace("Club Aurora")
    assert club is not None and club.id is not None
    running = records.start_shift(vault, club.id, utc(2026, 3, 6, 20, 3, 41))
    assert running.start == utc(2026, 3, 6, 20, 3)
    fee = records.add_running_money(vault, MoneyKind.DEDUCTION, "house_fee", 80000)
    vault.close()  # the app is locked mid-shift

    vault = Vault.open(vault_path, PASSPHRASE)
    try:
        assert records.today_workplace(vault) == club.id
        again = records.running_shift(vault)
        assert again is not None and again.line_ids == (fee.id,)
        records.add_running_money(vault, MoneyKind.DEDUCTION, "fine", 50000, note="late")
        with pytest.raises(ValidationError):
            records.start_shift(vault, club.id, utc(2026, 3, 6, 21))
        shift, lines = records.end_shift(vault, utc(2026, 3, 7, 2, 30))
        assert records.running_shift(vault) is None
        assert shift.worked_seconds == 6 * 3600 + 27 * 60
        assert shift.id is not None
        assert sorted(x.category for x in vault.money_for_shift(shift.id)) == ["fine",
                                                                               "house_fee"]
        assert all(x.date == date(2026, 3, 6) for x in lines)
    finally:
        vault.close()


def test_end_shift_right_after_start_is_refused_plainly(vault: Vault, club: Workplace) -> None:
    records.start_shift(vault, club.id or 0, utc(2026, 3, 6, 20))
    with pytest.raises(ValidationError) as caught:
        records.end_shift(vault, utc(2026, 3, 6, 20, 0, 30))
    assert "just started" in caught.value.problems[0].message
    assert records.running_shift(vault) is not None


def test_cancel_keeps_the_money_as_standalone_lines(vault: Vault, club: Workplace) -> None:
    records.start_shift(vault, club.id or 0, utc(2026, 3, 6, 20))
    fine = records.add_running_money(vault, MoneyKind.DEDUCTION, "fine", 50000)
    records.cancel_running_shift(vault)
    assert records.running_shift(vault) is None
    kept = vault.get_money_line(fine.id or 0)
    assert kept is not None and kept.shift_id is None and kept.workplace_id == club.id


def test_money_without_a_running_shift_is_refused(vault: Vault, club: Workplace) -> None:
    with pytest.raises(ValidationError):
        records.add_running_money(vault, MoneyKind.DEDUCTION, "fine", 100)


def test_signs_of_control_need_a_workplace_and_follow_edits(vault: Vault,
                                                            club: Workplace) -> None:
    incident = Incident(start=utc(2026, 3, 6, 22), timezone=STOCKHOLM,
                        category=IncidentCategory.OTHER, title="Rules")
    with pytest.raises(ValidationError) as caught:
        records.record_incident(vault, incident, controls=[ControlIndicator.DRESS_RULES])
    assert caught.value.problems[0].field == "workplace"
    assert vault.list_incidents() == []
    saved = records.record_incident(vault, replace(incident, workplace_id=club.id),
                                    controls=[ControlIndicator.DRESS_RULES])
    records.update_incident(vault, saved, controls=[ControlIndicator.QUOTAS])
    assert [t.indicator for t in records.incident_controls(vault, saved)] == ["quotas"]
    records.update_incident(vault, replace(saved, workplace_id=None), controls=[])
    assert records.incident_controls(vault, saved) == []

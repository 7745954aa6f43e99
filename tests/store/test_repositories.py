"""Every record round-trips every field (in every script), writes are validated and journalled,
and deletes keep the vault consistent."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from store_helpers import WORLD_TEXTS, control, house_fee, incident, night_shift, utc

from workbook.domain.categories import (
    ControlIndicator,
    IncidentCategory,
    Involvement,
    MoneyKind,
    PaymentMethod,
    PersonRole,
    ShiftRole,
    WorkplaceKind,
)
from workbook.domain.errors import ValidationError
from workbook.domain.models import (
    MAX_ATTACHMENT_BYTES,
    Attachment,
    IncidentPerson,
    MoneyLine,
    Person,
    Profile,
    Workplace,
)
from workbook.store import FAST_TEST_KDF, ChangeNotSaved, Vault


def journal_actions(vault: Vault, entity: str, entity_id: int) -> list[str]:
    return [v.action for v in vault.record_history(entity, entity_id)]


@pytest.mark.parametrize("text", WORLD_TEXTS)
def test_workplace_round_trip(vault: Vault, text: str) -> None:
    wanted = Workplace(name=text, currency="EUR", timezone="Europe/Bucharest",
                       kind=WorkplaceKind.VENUE, city=text, country="RO", legal_name=text,
                       registration_number=text, address=text, notes=text * 3, archived=True)
    saved = vault.add_workplace(wanted)
    assert saved.id is not None and saved == replace(wanted, id=saved.id)
    assert vault.get_workplace(saved.id) == saved
    assert vault.find_workplace(text) == saved
    assert journal_actions(vault, "workplace", saved.id) == ["create"]


def test_find_workplace_ignores_case_in_any_script(vault: Vault) -> None:
    saved = vault.add_workplace(Workplace(name="Клуб Рассвет", currency="EUR",
                                          timezone="Europe/Riga"))
    assert vault.find_workplace("клуб рассвет") == saved
    assert vault.find_workplace("Club nowhere") is None
    assert vault.find_person("mikael") == vault.get_person(1)


@pytest.mark.parametrize("text", WORLD_TEXTS)
def test_person_round_trip(vault: Vault, text: str) -> None:
    saved = vault.add_person(Person(label=text, role=PersonRole.DJ, notes=text))
    assert vault.get_person(saved.id or 0) == saved == Person(text, PersonRole.DJ, text, saved.id)
    assert vault.find_person(text) == saved
    assert saved in vault.list_people()


@pytest.mark.parametrize("text", WORLD_TEXTS)
def test_shift_round_trip(vault: Vault, text: str) -> None:
    wanted = night_shift(1, notes=text, role=ShiftRole.VIP)
    saved = vault.add_shift(wanted)
    assert saved.id is not None and saved.recorded_at is not None
    assert saved == replace(wanted, id=saved.id, recorded_at=saved.recorded_at)
    assert vault.get_shift(saved.id) == saved
    history = vault.record_history("shift", saved.id)
    assert history[-1].recorded_at == saved.recorded_at


def test_shift_times_keep_their_instant_from_any_zone(vault: Vault) -> None:
    tz = timezone(timedelta(hours=5, minutes=30))
    start = datetime(2026, 7, 1, 22, 0, 0, 999_999, tzinfo=tz)
    saved = vault.add_shift(night_shift(1, start=start, end=start + timedelta(hours=6),
                                        scheduled_start=None, scheduled_end=None,
                                        timezone="Asia/Kolkata"))
    assert saved.start == start.replace(microsecond=0)  # same instant, whole seconds
    assert saved.start.tzinfo == UTC
    assert vault.get_shift(saved.id or 0) == saved


@pytest.mark.parametrize("text", WORLD_TEXTS)
def test_money_line_round_trip(vault: Vault, text: str) -> None:
    shift = vault.add_shift(night_shift(1))
    wanted = MoneyLine(date=date(2026, 3, 29), kind=MoneyKind.DEDUCTION,
                       category="custom:" + text[:40], amount_minor=123_456_789, currency="SEK",
                       shift_id=shift.id, workplace_id=1, method=PaymentMethod.APP,
                       counterparty=text, note=text)
    saved = vault.add_money_line(wanted)
    assert saved == replace(wanted, id=saved.id, recorded_at=saved.recorded_at)
    assert vault.get_money_line(saved.id or 0) == saved
    assert vault.money_for_shift(shift.id or 0) == [saved]


def test_standalone_money_line_without_workplace(vault: Vault) -> None:
    wanted = MoneyLine(date=date(2026, 2, 1), kind=MoneyKind.EXPENSE, category="phone",
                       amount_minor=29900, currency="SEK", method=None)
    saved = vault.add_money_line(wanted)
    assert saved.workplace_id is None and saved.shift_id is None and saved.method is None
    assert vault.get_money_line(saved.id or 0) == saved


def test_money_line_takes_its_shifts_workplace(vault: Vault) -> None:
    shift = vault.add_shift(night_shift(2, timezone="Europe/Berlin"))
    saved = vault.add_money_line(house_fee(shift.id, currency="EUR"))
    assert saved.workplace_id == 2
    with pytest.raises(ValidationError) as caught:
        vault.add_money_line(house_fee(shift.id, workplace_id=1))
    assert "workplace" in str(caught.value)


@pytest.mark.parametrize("text", WORLD_TEXTS)
def test_incident_round_trip(vault: Vault, text: str) -> None:
    shift = vault.add_shift(night_shift(1))
    wanted = incident(1, people=(2, 1), title=text, description=text * 10, reported_to=text,
                      outcome=text, shift_id=shift.id, category=IncidentCategory.THREATS,
                      severity=5)
    saved = vault.add_incident(wanted)
    assert saved == replace(wanted, id=saved.id, recorded_at=saved.recorded_at)
    assert [p.person_id for p in saved.people] == [2, 1]  # order kept
    assert vault.get_incident(saved.id or 0) == saved


def test_incident_people_change_and_empty_fields(vault: Vault) -> None:
    saved = vault.add_incident(incident(None, people=(1,), end=None, reported_to=None,
                                        reported_on=None, outcome=None))
    assert saved.workplace_id is None and saved.end is None and saved.reported_on is None
    changed = vault.update_incident(replace(saved, people=(
        IncidentPerson(2, Involvement.WITNESS), IncidentPerson(1, Involvement.INVOLVED))))
    assert changed.people == (IncidentPerson(2, Involvement.WITNESS),
                              IncidentPerson(1, Involvement.INVOLVED))
    assert vault.get_incident(saved.id or 0) == changed
    history = vault.record_history("incident", saved.id or 0)
    assert history[0].values is not None and history[0].values["people"] == [
        {"person": 1, "as": "involved"}]


@pytest.mark.parametrize("text", WORLD_TEXTS)
def test_attachment_round_trip(vault: Vault, text: str) -> None:
    inc = vault.add_incident(incident(1))
    data = ("📎" + text).encode("utf-8") * 100
    saved = vault.add_attachment(
        Attachment(filename=text + ".png", media_type="image/png", size=1, sha256="wrong",
                   incident_id=inc.id, note=text), data)
    assert saved.size == len(data) and saved.sha256 == hashlib.sha256(data).hexdigest()
    assert saved.added_at is not None and saved.id is not None
    assert vault.get_attachment(saved.id) == saved
    assert vault.attachment_data(saved.id) == data
    assert vault.list_attachments(incident_id=inc.id) == [saved]
    assert vault.list_attachments(shift_id=99) == []


def test_attachment_over_50_mb_is_refused_with_the_domain_message(vault: Vault) -> None:
    inc = vault.add_incident(incident(1))
    meta = Attachment("big.mov", "video/quicktime", 0, "", incident_id=inc.id)
    with pytest.raises(ValidationError) as caught:
        vault.add_attachment(meta, bytes(MAX_ATTACHMENT_BYTES + 1))
    expected = replace(meta, size=MAX_ATTACHMENT_BYTES + 1).validate()
    assert caught.value.problems == expected
    assert vault.list_attachments() == []
    exactly = vault.add_attachment(meta, bytes(MAX_ATTACHMENT_BYTES))
    assert exactly.size == MAX_ATTACHMENT_BYTES


@pytest.mark.parametrize("text", WORLD_TEXTS)
def test_control_tag_round_trip(vault: Vault, text: str) -> None:
    shift = vault.add_shift(night_shift(1))
    inc = vault.add_incident(incident(1))
    wanted = control(1, note=text, shift_id=shift.id, incident_id=inc.id,
                     indicator=ControlIndicator.QUOTAS)
    saved = vault.add_control_tag(wanted)
    assert saved == replace(wanted, id=saved.id, recorded_at=saved.recorded_at)
    assert vault.get_control_tag(saved.id or 0) == saved
    assert vault.list_control_tags(1) == [saved]
    assert vault.list_control_tags(2) == []
    changed = vault.update_control_tag(replace(saved, note="ändrad"))
    assert vault.list_control_tags() == [changed]


@pytest.mark.parametrize("text", WORLD_TEXTS)
def test_profile_round_trip(vault: Vault, text: str) -> None:
    wanted = Profile(work_name=text, legal_name=text, default_currency="THB",
                     timezone="Asia/Bangkok", day_starts_minutes=5 * 60,
                     reference_wages={"THB": 40000, "EUR": 1250}, language="th",
                     auto_lock_minutes=1, neutral_title=True, backup_reminder_days=7)
    assert vault.save_profile(wanted) == wanted
    assert vault.get_profile() == wanted


def test_profile_defaults_until_saved(tmp_path: Path) -> None:
    with Vault.create(tmp_path / "v.workbook", "x", kdf=FAST_TEST_KDF) as fresh:
        assert fresh.get_profile() == Profile()
        assert fresh.journal_head()[0] == 0
        fresh.save_profile(Profile(work_name="A"))
        fresh.save_profile(Profile(work_name="B"))
        assert journal_actions(fresh, "profile", 1) == ["create", "update"]


def test_writes_are_validated(vault: Vault) -> None:
    with pytest.raises(ValidationError) as caught:
        vault.add_shift(night_shift(1, end=utc(2026, 3, 28, 19)))
    assert caught.value.problems[0].field == "end"
    with pytest.raises(ValidationError):
        vault.add_money_line(house_fee(None, amount=-5))
    with pytest.raises(ValidationError):
        vault.add_workplace(Workplace(name=" ", currency="XXX", timezone="Mars/Olympus"))
    with pytest.raises(ValidationError):
        vault.add_incident(incident(1, severity=9))
    with pytest.raises(ValidationError):
        vault.add_control_tag(control(1, date="yesterday"))
    assert vault.journal_head()[0] == 5  # only the template's five records


def test_references_must_exist(vault: Vault) -> None:
    for write in (lambda: vault.add_shift(night_shift(99)),
                  lambda: vault.add_money_line(house_fee(999)),
                  lambda: vault.add_money_line(house_fee(None, workplace_id=42)),
                  lambda: vault.add_incident(incident(1, people=(77,))),
                  lambda: vault.add_control_tag(control(55)),
                  lambda: vault.add_attachment(Attachment("a", "b", 0, "", shift_id=5), b"x")):
        with pytest.raises(ValidationError) as caught:
            write()
        assert "no longer exists" in str(caught.value)


def test_update_and_delete_need_a_saved_record(vault: Vault) -> None:
    with pytest.raises(ValidationError):
        vault.update_shift(night_shift(1))
    with pytest.raises(ValidationError):
        vault.update_shift(replace(night_shift(1), id=12345))
    with pytest.raises(ValidationError):
        vault.delete_money_line(12345)


def test_unchanged_update_writes_nothing(vault: Vault) -> None:
    shift = vault.add_shift(night_shift(1))
    head = vault.journal_head()
    assert vault.update_shift(shift) == shift
    assert vault.journal_head() == head


def test_update_sets_recorded_at_and_keeps_the_earlier_version(vault: Vault) -> None:
    shift = vault.add_shift(night_shift(1, notes="first"))
    changed = vault.update_shift(replace(shift, notes="second", breaks_minutes=0))
    assert changed.recorded_at is not None and changed.notes == "second"
    versions = vault.record_history("shift", shift.id or 0)
    assert [v.action for v in versions] == ["create", "update"]
    assert versions[0].values is not None and versions[0].values["notes"] == "first"
    assert versions[1].recorded_at == changed.recorded_at


def test_moving_a_shift_moves_its_money(vault: Vault) -> None:
    shift = vault.add_shift(night_shift(1, day=28))
    fee = vault.add_money_line(house_fee(shift.id))
    moved = vault.update_shift(replace(shift, start=shift.start + timedelta(days=3),
                                       end=shift.end + timedelta(days=3),
                                       scheduled_start=None, scheduled_end=None))
    march_31 = vault.period_records(date(2026, 3, 31), date(2026, 3, 31))
    assert march_31 == ([moved], [fee])
    assert vault.period_records(date(2026, 3, 28), date(2026, 3, 28)) == ([], [])
    # A new workplace: the lines follow it, each change journalled.
    other = vault.update_shift(replace(moved, workplace_id=2, timezone="Europe/Berlin"))
    (line,) = vault.money_for_shift(other.id or 0)
    assert line.workplace_id == 2
    assert journal_actions(vault, "money", fee.id or 0) == ["create", "update"]


def test_deleting_a_shift_deletes_its_money_and_files(vault: Vault) -> None:
    shift = vault.add_shift(night_shift(1))
    lines = [vault.add_money_line(house_fee(shift.id, amount=a)) for a in (1, 2, 3)]
    own = vault.add_attachment(Attachment("slip.jpg", "image/jpeg", 0, "", shift_id=shift.id),
                               b"slip")
    inc = vault.add_incident(incident(1))
    shared = vault.add_attachment(Attachment("both.jpg", "image/jpeg", 0, "",
                                             shift_id=shift.id, incident_id=inc.id), b"both")
    tag = vault.add_control_tag(control(1, shift_id=shift.id))
    vault.delete_shift(shift.id or 0)
    assert vault.get_shift(shift.id or 0) is None
    for line in lines:
        assert vault.get_money_line(line.id or 0) is None
        assert journal_actions(vault, "money", line.id or 0) == ["create", "delete"]
    assert vault.get_attachment(own.id or 0) is None
    kept = vault.get_attachment(shared.id or 0)
    assert kept is not None and kept.shift_id is None and kept.incident_id == inc.id
    kept_tag = vault.get_control_tag(tag.id or 0)
    assert kept_tag is not None and kept_tag.shift_id is None
    assert vault.verify_chain().ok


def test_a_shift_an_incident_names_cannot_be_deleted(vault: Vault) -> None:
    shift = vault.add_shift(night_shift(1))
    vault.add_incident(incident(1, shift_id=shift.id, title="Bötfälld"))
    with pytest.raises(ValidationError) as caught:
        vault.delete_shift(shift.id or 0)
    assert "Bötfälld" in str(caught.value)
    assert vault.get_shift(shift.id or 0) == shift


def test_deleting_an_incident(vault: Vault) -> None:
    shift = vault.add_shift(night_shift(1))
    inc = vault.add_incident(incident(1, people=(1, 2)))
    own = vault.add_attachment(Attachment("a.png", "image/png", 0, "", incident_id=inc.id),
                               b"a")
    shared = vault.add_attachment(Attachment("b.png", "image/png", 0, "", incident_id=inc.id,
                                             shift_id=shift.id), b"b")
    tag = vault.add_control_tag(control(1, incident_id=inc.id))
    vault.delete_incident(inc.id or 0)
    assert vault.get_incident(inc.id or 0) is None
    assert vault.get_attachment(own.id or 0) is None
    assert vault.list_attachments(shift_id=shift.id) == [
        replace(shared, incident_id=None)]
    kept_tag = vault.get_control_tag(tag.id or 0)
    assert kept_tag is not None
    assert kept_tag == replace(tag, incident_id=None, recorded_at=kept_tag.recorded_at)
    vault.delete_person(1)  # no longer named anywhere


def test_referenced_workplace_and_person_cannot_be_deleted(vault: Vault) -> None:
    shift = vault.add_shift(night_shift(1))
    vault.add_money_line(house_fee(shift.id))
    vault.add_incident(incident(2, people=(1,)))
    with pytest.raises(ValidationError) as caught:
        vault.delete_workplace(1)
    message = str(caught.value)
    assert "1 shift" in message and "1 money line" in message and "Archive" in message
    with pytest.raises(ValidationError) as caught:
        vault.delete_person(1)
    assert "Mikael" in str(caught.value) and "1 incident" in str(caught.value)
    vault.delete_person(2)
    assert vault.get_person(2) is None
    new = vault.add_workplace(Workplace(name="Tom", currency="SEK", timezone="Europe/Oslo"))
    vault.delete_workplace(new.id or 0)
    assert journal_actions(vault, "workplace", new.id or 0) == ["create", "delete"]


def test_transaction_is_all_or_nothing(vault: Vault) -> None:
    head = vault.journal_head()
    with pytest.raises(RuntimeError), vault.transaction():
        shift = vault.add_shift(night_shift(1))
        vault.add_money_line(house_fee(shift.id))
        raise RuntimeError("power cut")
    assert vault.journal_head() == head
    assert vault.list_shifts() == []


def test_nested_transaction_joins_the_outer_one(vault: Vault) -> None:
    with vault.transaction():
        shift = vault.add_shift(night_shift(1))
        with vault.transaction():
            vault.add_money_line(house_fee(shift.id, amount=7))
        with pytest.raises(ValidationError):
            vault.add_money_line(house_fee(shift.id, amount=-1))  # refused before writing
        vault.add_money_line(house_fee(shift.id, amount=5))
    assert [m.amount_minor for m in vault.money_for_shift(shift.id or 0)] == [7, 5]
    assert vault.verify_chain().ok


def test_a_caught_failure_after_a_write_saves_nothing(vault: Vault) -> None:
    head = vault.journal_head()
    with pytest.raises(ChangeNotSaved), vault.transaction():
        shift = vault.add_shift(night_shift(1))
        try:
            with vault.transaction():
                vault.add_money_line(house_fee(shift.id))
                raise RuntimeError("failed half-way")
        except RuntimeError:
            pass  # the caller carries on, but the half-done change must not be committed
        vault.add_workplace(Workplace(name="Later", currency="SEK", timezone="Europe/Oslo"))
    assert vault.journal_head() == head
    assert vault.list_shifts() == []
    assert vault.find_workplace("Later") is None

"""Every text field of every record, filled with hostile text, goes through the whole way:
validation, the encrypted vault and back (nothing lost or altered, to the code point), and the
CSV export. What validation refuses, the vault refuses too, with the same field named, and the
vault is left as it was.

The evidence PDF gets the same records in ``test_fuzz_pdf.py``.
"""

from __future__ import annotations

import csv
import dataclasses
import hashlib
import io
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

import pytest
from fuzz_helpers import FUZZ, Tally, field_text, journal_state, nasty_text, png, printable
from hypothesis import given
from hypothesis import strategies as st

from workbook.domain.categories import (
    ControlIndicator,
    IncidentCategory,
    Involvement,
    MoneyKind,
    PaymentMethod,
    PersonRole,
    ShiftRole,
)
from workbook.domain.errors import ValidationError
from workbook.domain.models import (
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
from workbook.reports.csv_export import evidence_csv
from workbook.reports.evidence import EvidenceInput
from workbook.reports.pdf.text import clean
from workbook.store import FAST_TEST_KDF, Vault

PASSPHRASE = "fuzz passphrase"
STHLM = "Europe/Stockholm"
ZONES = ("Europe/Stockholm", "America/Sao_Paulo", "Asia/Bangkok", "Australia/Lord_Howe",
         "Pacific/Chatham", "UTC", "America/St_Johns")
R = TypeVar("R")
csv.field_size_limit(10_000_000)  # notes may be 1,000,000 characters; the default is 131,072

# Every free-text field of every record (country, currency and time zone are codes, fuzzed
# where they are parsed).
TEXT_FIELDS = {
    "profile": ("work_name", "legal_name"),
    "workplace": ("name", "city", "legal_name", "registration_number", "address", "notes"),
    "person": ("label", "notes"),
    "shift": ("notes",),
    "money": ("category", "counterparty", "note"),
    "incident": ("title", "description", "reported_to", "outcome"),
    "attachment": ("filename", "media_type", "note"),
    "control": ("note",),
}

REQUIRED = {("workplace", "name"), ("person", "label"), ("incident", "title"),
            ("attachment", "filename"), ("attachment", "media_type")}
# A required field is blank or hostile-but-present; mostly present, so most records get stored.
required_text = st.integers(0, 4).flatmap(
    lambda k: field_text if k == 0 else nasty_text.filter(str.strip))

texts = st.fixed_dictionaries({
    record: st.fixed_dictionaries({
        name: required_text if (record, name) in REQUIRED else field_text for name in names})
    for record, names in TEXT_FIELDS.items()
})


@pytest.fixture(scope="module")
def fuzz_vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    """One vault for every example (a new one each time would spend the run creating files),
    with a workplace and a person that records fall back on when the drawn ones are refused."""
    path = tmp_path_factory.mktemp("fuzz-records") / "fuzz.workbook"
    vault = Vault.create(path, PASSPHRASE, kdf=FAST_TEST_KDF)
    vault.add_workplace(Workplace(name="Base club", currency="SEK", timezone=STHLM))
    vault.add_person(Person(label="Base person"))
    yield vault
    vault.close()


# What the examples stored, to read again after the vault is locked: (kind, id, digest).
STORED: list[tuple[str, int, str]] = []


def digest(record: object) -> str:
    return hashlib.sha256(repr(record).encode("utf-8")).hexdigest()


def store(vault: Vault, tally: Tally, what: str, record: R, add: Callable[[R], R],
          get: Callable[[int], Any]) -> R | None:
    """Add ``record``: refused with the fields validation names (and nothing changed), or
    stored and read back exactly."""
    problems = record.validate()  # type: ignore[attr-defined]
    before = journal_state(vault)
    if problems:
        with pytest.raises(ValidationError) as refused:
            add(record)
        assert {p.field for p in refused.value.problems} == {p.field for p in problems}
        assert journal_state(vault) == before, f"a refused {what} changed the vault"
        tally.note(f"{what} refused")
        return None
    saved = add(record)
    again = get(saved.id)  # type: ignore[attr-defined]
    assert again == saved
    changes: dict[str, Any] = {"id": saved.id}  # type: ignore[attr-defined]
    for stamp in ("recorded_at", "added_at", "size", "sha256"):
        if hasattr(record, stamp):
            changes[stamp] = getattr(saved, stamp)
    expected = dataclasses.replace(record, **changes)  # type: ignore[type-var]
    if expected != again:
        for f in dataclasses.fields(again):
            mine, theirs = getattr(expected, f.name), getattr(again, f.name)
            assert mine == theirs, (f"{what}.{f.name} came back altered: wrote "
                                    f"{printable(str(mine))}, read {printable(str(theirs))}")
    STORED.append((what, saved.id, digest(again)))  # type: ignore[attr-defined]
    tally.note(f"{what} stored")
    return saved


def csv_text(value: str) -> str:
    """What the CSV export should show for a text: printable, never a formula."""
    cleaned = clean(value)
    return "'" + cleaned if cleaned.startswith(("=", "+", "-", "@", "\t", "\r")) else cleaned


@FUZZ
@given(texts=texts, data=st.binary(max_size=3000), image=st.booleans(),
       zone=st.sampled_from(ZONES), minutes=st.integers(0, 60 * 24 * 365),
       report=st.sampled_from(("full", "union")))
def test_every_text_field_survives_the_vault_and_the_csv(
        fuzz_vault: Vault, examples: Tally, texts: dict[str, dict[str, str]], data: bytes,
        image: bool, zone: str, minutes: int, report: str) -> None:
    vault = fuzz_vault
    base_place, base_person = vault.get_workplace(1), vault.get_person(1)
    assert base_place is not None and base_person is not None
    t = texts

    profile = Profile(work_name=t["profile"]["work_name"], legal_name=t["profile"]["legal_name"],
                      timezone=zone)
    if profile.validate():
        store(vault, examples, "profile", profile, vault.save_profile, lambda _: None)
    else:
        vault.save_profile(profile)
        assert vault.get_profile() == profile
        examples.note("profile stored")

    w = t["workplace"]
    place = store(vault, examples, "workplace", Workplace(
        name=w["name"], currency="SEK", timezone=zone, city=w["city"], country="SE",
        legal_name=w["legal_name"], registration_number=w["registration_number"],
        address=w["address"], notes=w["notes"]), vault.add_workplace,
        vault.get_workplace) or base_place
    person = store(vault, examples, "person", Person(
        label=t["person"]["label"], role=PersonRole.MANAGER, notes=t["person"]["notes"]),
        vault.add_person, vault.get_person) or base_person
    assert place.id is not None and person.id is not None

    start = datetime(2026, 1, 1, 20, tzinfo=UTC) + timedelta(minutes=minutes)
    shift = store(vault, examples, "shift", Shift(
        workplace_id=place.id, start=start, end=start + timedelta(hours=7), timezone=zone,
        breaks_minutes=30, role=ShiftRole.STAGE, notes=t["shift"]["notes"]),
        vault.add_shift, vault.get_shift)
    assert shift is not None and shift.id is not None  # notes may be 1,000,000 characters
    night = shift.start.astimezone(shift.start.tzinfo).date()

    m = t["money"]
    lines = [store(vault, examples, "money line", MoneyLine(
        date=night, kind=kind, category=category, amount_minor=amount, currency="SEK",
        shift_id=shift.id, workplace_id=place.id, method=PaymentMethod.CASH,
        counterparty=m["counterparty"], note=m["note"]), vault.add_money_line,
        vault.get_money_line)
        for kind, category, amount in ((MoneyKind.EARNING, "tips", 150_000),
                                       (MoneyKind.DEDUCTION, "custom:" + m["category"], 80_000),
                                       (MoneyKind.EXPENSE, "transport", 9_900))]

    i = t["incident"]
    incident = store(vault, examples, "incident", Incident(
        start=start + timedelta(hours=1), timezone=zone, category=IncidentCategory.THREATS,
        title=i["title"], workplace_id=place.id, description=i["description"],
        shift_id=shift.id, people=(IncidentPerson(person.id, Involvement.WITNESS),),
        reported_to=i["reported_to"], reported_on=date(2026, 12, 31), outcome=i["outcome"],
        severity=4), vault.add_incident, vault.get_incident)

    a = t["attachment"]
    content = png(seed=data) if image else data
    attachment = store(vault, examples, "attachment", Attachment(
        filename=a["filename"], media_type=a["media_type"], size=0, sha256="",
        incident_id=incident.id if incident else None, shift_id=shift.id, note=a["note"]),
        lambda meta: vault.add_attachment(meta, content), vault.get_attachment)
    if attachment is not None:
        assert vault.attachment_data(attachment.id or 0) == content

    tag = store(vault, examples, "control tag", ControlTag(
        indicator=ControlIndicator.FINES, date=night, workplace_id=place.id,
        shift_id=shift.id, incident_id=incident.id if incident else None,
        note=t["control"]["note"]), vault.add_control_tag, vault.get_control_tag)

    # The CSV export of what was read back: one row per shift and money line, text printable,
    # never a formula, nothing else lost.
    stored_lines = [line for line in lines if line is not None]
    inp = EvidenceInput(
        profile=vault.get_profile(), date_from=night - timedelta(days=1),
        date_to=night + timedelta(days=1), generated_at=datetime(2027, 1, 1, tzinfo=UTC),
        app_version="fuzz", report_profile=report,  # type: ignore[arg-type]
        workplaces=(place,), people=(person,), shifts=(shift,), money_lines=tuple(stored_lines),
        incidents=(incident,) if incident else (), attachments=(attachment,) if attachment
        else (), control_tags=(tag,) if tag else (), fingerprint="0" * 64)
    raw = evidence_csv(inp)
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert [r["record_type"] for r in rows] == ["shift"] + ["money"] * len(stored_lines)
    shift_row, money_rows = rows[0], rows[1:]
    assert shift_row["note"] == csv_text(shift.notes)
    assert shift_row["workplace"] == csv_text(place.name)
    for line, row in zip(stored_lines, money_rows, strict=True):
        assert row["amount"] == line.amount_text
        assert row["category"] == line.category
        text_cells = ("counterparty", "note") if report == "full" else ()
        for column in text_cells:
            assert row[column] == csv_text(getattr(line, column)), column
    for row in rows:
        for column in ("workplace", "counterparty", "note", "category_label"):
            assert not row[column].startswith(("=", "+", "-", "@")), (column, row[column][:40])
    examples.ran()


@pytest.fixture(scope="module")
def search_vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    path = tmp_path_factory.mktemp("fuzz-search") / "search.workbook"
    with Vault.create(path, PASSPHRASE, kdf=FAST_TEST_KDF) as vault:
        vault.add_workplace(Workplace(name="Base club", currency="SEK", timezone=STHLM))
        yield vault


# sqlcipher3 hands text arguments to Python SQL functions cut at the first NUL character
# (the standard library's sqlite3 does not), so wb_contains never sees what follows a NUL;
# the fuzz test leaves NUL out and the test after it shows the limitation.
@FUZZ
@given(notes=nasty_text.map(lambda s: s.replace("\x00", "")).filter(str.strip),
       data=st.data())
def test_search_finds_what_was_written(search_vault: Vault, examples: Tally, notes: str,
                                       data: st.DataObject) -> None:
    """The vault's own text search (a Python function inside SQL) takes any text as a needle
    and finds a shift by any piece of its notes, in any case."""
    start = datetime(2026, 5, 1, 20, tzinfo=UTC)
    shift = search_vault.add_shift(Shift(workplace_id=1, start=start,
                                         end=start + timedelta(hours=6), timezone=STHLM,
                                         notes=notes))
    begin = data.draw(st.integers(0, len(notes) - 1), label="begin")
    end = data.draw(st.integers(begin + 1, len(notes)), label="end")
    piece = notes[begin:end]
    needle = data.draw(st.sampled_from((piece, piece.casefold(), piece.upper())),
                       label="needle")
    found = search_vault.list_shifts(text=needle, limit=1000)
    key = needle.strip().casefold()
    # A piece of the notes always finds them; upper case finds them unless upper() lost a
    # distinction (as it may: "ı".upper() is "I").
    assert (shift in found) == (not key or key in notes.casefold()), printable(needle)
    if needle != piece.upper():
        assert shift in found, f"{printable(needle)} not found in {printable(notes)}"
    assert search_vault.count_shifts(text=needle) == len(found)
    for count in (search_vault.count_money_lines, search_vault.count_incidents):
        assert count(text=needle) >= 0
    examples.ran()


def test_search_sees_past_a_nul_character(search_vault: Vault) -> None:
    start = datetime(2026, 5, 2, 20, tzinfo=UTC)
    shift = search_vault.add_shift(Shift(workplace_id=1, start=start,
                                         end=start + timedelta(hours=6), timezone=STHLM,
                                         notes="pasted\x00fined 500 for lateness"))
    assert shift in search_vault.list_shifts(text="fined 500")


def test_what_was_stored_is_still_there_after_locking(fuzz_vault: Vault) -> None:
    """Runs after the fuzz test (same module, same vault): lock, unlock, read everything."""
    path = Path(fuzz_vault.path)
    assert STORED, "the fuzz test stored nothing"
    fuzz_vault.close()
    with Vault.open(path, PASSPHRASE) as again:
        getters = {"workplace": again.get_workplace, "person": again.get_person,
                   "shift": again.get_shift, "money line": again.get_money_line,
                   "incident": again.get_incident, "attachment": again.get_attachment,
                   "control tag": again.get_control_tag}
        for what, ident, expected in STORED:
            assert digest(getters[what](ident)) == expected, (what, ident)
        assert again.verify_chain().ok

"""No plaintext ever reaches the disk: a canary written into every text field of every record
(and into an attachment) appears in none of the vault's files nor in the temporary folder."""

from __future__ import annotations

import os
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from workbook.domain.categories import (
    ControlIndicator,
    IncidentCategory,
    Involvement,
    MoneyKind,
    PaymentMethod,
    PersonRole,
    ShiftRole,
)
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
from workbook.store import FAST_TEST_KDF, Vault

CANARY = f"CANARY-{uuid.uuid4().hex}-ş"


def encodings(text: str) -> list[bytes]:
    return [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be")]


NEEDLES = [*encodings(CANARY), *encodings(CANARY[:23])]  # also the ASCII part alone


def files_under(folder: Path) -> list[Path]:
    return [Path(root) / name for root, _dirs, names in os.walk(folder) for name in names]


def assert_no_canary(paths: list[Path]) -> None:
    for path in paths:
        try:
            data = path.read_bytes()
        except OSError:
            continue  # vanished while we looked (SQLite removing a -shm): nothing there
        for needle in NEEDLES:
            assert needle not in data, f"plaintext canary found in {path}"


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A fresh, empty temporary folder for this test (Python's and SQLite's)."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    for variable in ("TMPDIR", "SQLITE_TMPDIR", "TEMP", "TMP"):
        monkeypatch.setenv(variable, str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    yield folder


def fill_every_text_field(vault: Vault) -> None:
    text = f"{CANARY} — نادي ș"
    vault.save_profile(Profile(work_name=text, legal_name=text, language=text))
    vault.set_meta("canary note", text)
    workplace = vault.add_workplace(Workplace(
        name=text, currency="SEK", timezone="Europe/Stockholm", city=text, country="SE",
        legal_name=text, registration_number=text, address=text, notes=text))
    person = vault.add_person(Person(label=text, role=PersonRole.MANAGER, notes=text))
    assert workplace.id and person.id
    start = datetime(2026, 3, 28, 20, tzinfo=UTC)
    with vault.transaction():
        shift = vault.add_shift(Shift(
            workplace_id=workplace.id, start=start, end=start.replace(hour=23),
            timezone="Europe/Stockholm", role=ShiftRole.STAGE, notes=text * 50))
        for kind, category in ((MoneyKind.EARNING, "tips"), (MoneyKind.DEDUCTION, "fine"),
                               (MoneyKind.EXPENSE, "custom:" + text)):
            vault.add_money_line(MoneyLine(
                date=date(2026, 3, 28), kind=kind, category=category, amount_minor=50000,
                currency="SEK", shift_id=shift.id, method=PaymentMethod.CASH,
                counterparty=text, note=text))
    incident = vault.add_incident(Incident(
        start=start, timezone="Europe/Stockholm", category=IncidentCategory.THREATS,
        title=text, workplace_id=workplace.id, description=text * 200, shift_id=shift.id,
        people=(IncidentPerson(person.id, Involvement.WITNESS),), reported_to=text,
        reported_on=date(2026, 3, 30), outcome=text))
    vault.add_attachment(Attachment(filename=text + ".txt", media_type="text/plain; " + text,
                                    size=0, sha256="", incident_id=incident.id, note=text),
                         (text + "\n").encode("utf-8") * 500 + text.encode("utf-16-le"))
    vault.add_control_tag(ControlTag(indicator=ControlIndicator.FINES, date=date(2026, 3, 28),
                                     workplace_id=workplace.id, shift_id=shift.id, note=text))
    # Updates and deletes move old versions around inside the file; search and sort too.
    vault.update_incident(replace(incident, severity=5))
    extra = vault.add_person(Person(label=text + " 2"))
    vault.delete_person(extra.id or 0)
    assert vault.count_shifts(text=CANARY) == 1
    assert vault.period_records(None, None)[0]
    assert vault.verify_chain().ok
    vault.issue_seal()


def test_canary_never_reaches_the_disk(tmp_path: Path, private_tmp: Path) -> None:
    folder = tmp_path / "vaults"
    path = folder / "vault.workbook"
    vault = Vault.create(path, "canary passphrase", kdf=FAST_TEST_KDF)
    try:
        fill_every_text_field(vault)
        # While open: the vault, its -wal and -shm (whatever exists now) and the temp folder.
        assert_no_canary(files_under(folder) + files_under(private_tmp))
        backup = vault.backup_to(tmp_path / "backups" / "b.workbook", "backup passphrase",
                                 kdf=FAST_TEST_KDF)
        vault.change_passphrase("another canary passphrase", kdf=FAST_TEST_KDF)
    finally:
        vault.close()
    with Vault.open(path, "another canary passphrase") as again:
        assert again.list_shifts()[0].notes.startswith(CANARY)  # the canary really is inside
    everything = files_under(folder) + files_under(private_tmp) + [backup]
    assert path in everything
    assert_no_canary(everything)
    assert files_under(private_tmp) == []  # SQLite wrote no temporary files at all


def test_the_search_finds_plaintext_when_it_is_there(tmp_path: Path) -> None:
    # The check above is only worth something if it would notice a leak.
    leak = tmp_path / "leak.bin"
    leak.write_bytes(b"\x00" * 100 + CANARY.encode("utf-16-le") + b"\x00")
    with pytest.raises(AssertionError, match="plaintext canary"):
        assert_no_canary([leak])

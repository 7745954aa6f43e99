"""One plain test for each bug the fuzz tests found (and that was fixed), so each stays fixed
even when a fuzz run happens not to draw the case again."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from fuzz_helpers import png

from workbook.domain.categories import ControlIndicator, IncidentCategory, MoneyKind
from workbook.domain.errors import ValidationError
from workbook.domain.models import ControlTag, Incident, MoneyLine, Shift, Workplace
from workbook.domain.timeutil import from_utc_text, to_utc_text
from workbook.reports.evidence import EvidenceInput
from workbook.reports.pdf import render_evidence_pdf
from workbook.reports.pdf import text as txt
from workbook.reports.pdf.fonts import register_fonts
from workbook.services.interchange import parse_interchange
from workbook.store import FAST_TEST_KDF, Vault

EXAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "interchange" / "example.json"


# --- domain: the calendar ------------------------------------------------------------------


def test_canonical_instants_have_four_digit_years() -> None:
    """``to_utc_text`` wrote ``999-12-31T…`` (glibc's %Y), which ``from_utc_text`` refused."""
    moment = datetime(999, 12, 31, 23, 59, 58, tzinfo=UTC)
    assert to_utc_text(moment) == "0999-12-31T23:59:58Z"
    assert from_utc_text(to_utc_text(moment)) == moment
    assert to_utc_text(datetime(2026, 3, 28, 21, 0, 0, 500, tzinfo=timezone(
        timedelta(hours=1)))) == "2026-03-28T20:00:00Z"


@pytest.fixture
def vault(tmp_path: Path) -> Vault:
    opened = Vault.create(tmp_path / "v.workbook", "regression passphrase", kdf=FAST_TEST_KDF)
    opened.add_workplace(Workplace(name="Club", currency="SEK", timezone="UTC"))
    return opened


def test_a_shift_at_the_start_of_the_calendar_is_refused_not_a_crash(vault: Vault) -> None:
    """Midnight UTC on 1 January of year 1 is still year 0 in New York: the vault raised
    OverflowError computing the local date. Such dates are now refused with a message."""
    start = datetime(1, 1, 1, 0, 30, tzinfo=UTC)
    shift = Shift(1, start, start + timedelta(hours=5), "America/New_York")
    assert {p.field for p in shift.validate()} == {"start", "end"}
    with pytest.raises(ValidationError, match="check the year"):
        vault.add_shift(shift)
    incident = Incident(datetime(9999, 12, 31, 20, tzinfo=UTC), "Pacific/Kiritimati",
                        IncidentCategory.OTHER, "Late", workplace_id=1)
    with pytest.raises(ValidationError, match="start: is in the year 9999"):
        vault.add_incident(incident)
    vault.close()


def test_validation_and_the_vault_agree_on_the_first_year(vault: Vault) -> None:
    """1 January 1900 at 00:00+14:00 is 31 December 1899 in UTC, as the vault keeps it: the
    record passed validation and was then refused by the vault. Both refuse it now."""
    start = datetime(1900, 1, 1, tzinfo=timezone(timedelta(hours=14)))
    shift = Shift(1, start, start + timedelta(hours=15), "Pacific/Kiritimati")
    assert [p.field for p in shift.validate()] == ["start"]
    with pytest.raises(ValidationError, match="1899"):
        vault.add_shift(shift)
    later = start + timedelta(days=1)
    stored = vault.add_shift(replace(shift, start=later, end=later + timedelta(hours=5)))
    assert stored.start == later
    vault.close()


def test_dates_outside_the_years_kept_are_refused_by_field() -> None:
    line = MoneyLine(date(226, 3, 28), MoneyKind.EARNING, "tips", 100, "SEK")
    assert [(p.field, "226" in p.message) for p in line.validate()] == [("date", True)]
    tag = ControlTag(ControlIndicator.FINES, None, 1)  # type: ignore[arg-type]
    assert [p.field for p in tag.validate()] == ["date"]  # (fields() used to crash)
    incident = Incident(datetime(2026, 3, 28, tzinfo=UTC), "UTC", IncidentCategory.OTHER,
                        "x", reported_on=date(20, 1, 1))
    assert [p.field for p in incident.validate()] == ["reported_on"]


def test_an_import_with_a_typo_in_the_year_names_the_field() -> None:
    doc = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    doc["shifts"][0]["start"] = "0226-03-28T22:00"
    with pytest.raises(ValidationError) as refused:
        parse_interchange(json.dumps(doc))
    assert any(p.field == "shifts[0].start" and "0226" not in p.message and "226" in p.message
               for p in refused.value.problems), refused.value.problems


# --- interchange: unknown keys that cannot name themselves ----------------------------------


@pytest.mark.parametrize(("key", "shown"), [("", '""'), (" ", '" "'), ("a.b", '"a.b"'),
                                            ("x\x00", '"x\\u0000"'), ("colour", "colour")])
def test_an_unknown_key_is_named_even_when_empty(key: str, shown: str) -> None:
    """An unknown key "" gave a problem with an empty field: "… is not a field …" about
    nothing the worker could find. Keys that would vanish or blur the path are quoted."""
    doc = {"format": "workbook-interchange", "version": 1, key: 1,
           "people": [{"ref": "p1", "label": "Mikael", key: 2}]}
    with pytest.raises(ValidationError) as refused:
        parse_interchange(json.dumps(doc))
    assert [p.field for p in refused.value.problems] == [shown, f"people[0].{shown}"]


# --- the evidence PDF ---------------------------------------------------------------------

STHLM = "Europe/Stockholm"
START = datetime(2026, 3, 2, 20, tzinfo=UTC)


def _report(**changes: object) -> EvidenceInput:
    from workbook.domain.categories import PersonRole
    from workbook.domain.models import Attachment, IncidentPerson, Person, Profile

    place = Workplace(name="Club", currency="SEK", timezone=STHLM, id=1)
    shift = Shift(1, START, START + timedelta(hours=6), STHLM, id=1)
    lines = (MoneyLine(START.date(), MoneyKind.DEDUCTION, "custom:Door fee", 50000, "SEK",
                       shift_id=1, workplace_id=1, id=1),
             MoneyLine(START.date(), MoneyKind.EXPENSE, "phone", 29900, "SEK", id=2))
    incident = Incident(START, STHLM, IncidentCategory.THREATS, "Threatened", workplace_id=1,
                        people=(IncidentPerson(1),), id=1)
    attachment = Attachment("fine.png", "image/png", 10, "ab" * 32, incident_id=1, id=1)
    inp = EvidenceInput(
        profile=Profile(work_name="Lina"), date_from=date(2026, 3, 1),
        date_to=date(2026, 3, 31), generated_at=datetime(2026, 4, 1, tzinfo=UTC),
        app_version="regression", workplaces=(place,), people=(Person("Mikael",
                                                                      PersonRole.MANAGER,
                                                                      id=1),),
        shifts=(shift,), money_lines=lines, incidents=(incident,), attachments=(attachment,),
        attachment_data={1: png(8, 6)}, fingerprint="f" * 64)
    return replace(inp, **changes)  # type: ignore[arg-type]


def _render(inp: EvidenceInput) -> bytes:
    pdf = render_evidence_pdf(inp)
    assert pdf.startswith(b"%PDF-")
    return pdf


MANY_LINES = "line\n" * 250  # 500 characters: as long as a name or an address may be


def test_line_breaks_in_names_and_labels_do_not_stop_the_report() -> None:
    """A name, address, label or "reported to" pasted with hundreds of line breaks made a
    table row taller than a page: LayoutError, no report at all."""
    base = _report()
    w, p = base.workplaces[0], base.people[0]
    i, a = base.incidents[0], base.attachments[0]
    m = base.money_lines
    for inp in (
        replace(base, workplaces=(replace(w, name=MANY_LINES),)),
        replace(base, workplaces=(replace(w, address=MANY_LINES, legal_name=MANY_LINES),)),
        replace(base, people=(replace(p, label=MANY_LINES),)),
        replace(base, incidents=(replace(i, reported_to=MANY_LINES),)),
        replace(base, attachments=(replace(a, filename=MANY_LINES),)),
        replace(base, profile=replace(base.profile, work_name=MANY_LINES,
                                      legal_name=MANY_LINES)),
        replace(base, money_lines=(replace(m[0], category="custom:" + MANY_LINES), m[1])),
        replace(base, money_lines=(m[0], replace(m[1], counterparty=MANY_LINES,
                                                 note="note\n" * 300))),
    ):
        _render(inp)


def test_wide_characters_in_a_table_cell_do_not_stop_the_report() -> None:
    """1,500 characters of wide letters or emoji in the narrow note column of money not tied
    to a shift made a row taller than a page (the note was cut at 1,500 characters, which is
    too many lines for wide ones). A custom category's column header is held to a height too."""
    base = _report()
    m = base.money_lines
    for note in ("WW " * 500, "\U0001f600 " * 750):
        _render(replace(base, money_lines=(m[0], replace(m[1], note=note))))
    _render(replace(base, money_lines=(replace(m[0], category="custom:" + "WW " * 160), m[1])))


def test_a_long_outcome_and_a_long_picture_note_lay_out() -> None:
    """The outcome sat in one table cell (LayoutError past a page); a picture's note was one
    paragraph kept with the picture (10,000 short lines took over ten minutes)."""
    base = _report()
    i, a = base.incidents[0], base.attachments[0]
    _render(replace(base, incidents=(replace(i, outcome="lorem ipsum " * 9000),)))
    _render(replace(base, attachments=(replace(a, note="fine 500\n" * 3000),)))


def test_a_zero_width_joiner_before_an_arabic_ligature() -> None:
    """arabic_reshaper raises IndexError on a zero-width joiner before "الله" (as in U+FDFA
    after NFKC); the report stopped. The joiner is now dropped for shaping."""
    register_fonts()
    assert txt.markup("\u200dصلى الله", width=100)  # no IndexError
    assert "WB-Arabic" in txt.markup("\u200d\ufdfa", width=100)
    _render(replace(_report(), shifts=(replace(_report().shifts[0], notes="\u200d\ufdfa"),)))

"""CSV of shifts: the layout in the module docstring, read exactly; errors name row and column."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from workbook.domain.categories import MoneyKind, ShiftRole
from workbook.domain.errors import ValidationError
from workbook.domain.models import Profile, Workplace
from workbook.services import csv_import
from workbook.services.csv_import import MONEY_COLUMNS, import_csv, parse_csv
from workbook.services.interchange import ImportPlan

AURORA = Workplace("Club Aurora", "SEK", "Europe/Stockholm", id=7)
PROFILE = Profile(work_name="Lina", default_currency="SEK", timezone="Europe/Stockholm")


def parse(text: str | bytes, workplaces: list[Workplace] | None = None) -> ImportPlan:
    return parse_csv(text, workplaces=[AURORA] if workplaces is None else workplaces,
                     profile=PROFILE)


def problems(text: str | bytes) -> list[str]:
    with pytest.raises(ValidationError) as exc:
        parse(text)
    return [str(p) for p in exc.value.problems]


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)  # type: ignore[misc]


def example_rows() -> str:
    """The example in the module docstring, which the README shows."""
    doc = csv_import.__doc__ or ""
    block = doc.split("Example::", 1)[1].strip().splitlines()[:3]
    return "\n".join(line.strip() for line in block) + "\n"


def test_the_documented_example_parses() -> None:
    plan = parse(example_rows())
    first, second = (s.record for s in plan.shifts.values())
    assert first.start == utc(2026, 3, 28, 20, 0)
    assert first.end == utc(2026, 3, 29, 2, 0)
    assert first.worked_seconds == 5 * 3600 + 1800  # the clocks went forward that night
    assert first.role == ShiftRole.STAGE and first.notes == "Quiet night"
    lines = [(m.record.kind, m.record.category, m.record.amount_minor, m.record.date)
             for m in plan.money]
    assert lines[:4] == [
        (MoneyKind.EARNING, "private_dances", 350000, date(2026, 3, 28)),
        (MoneyKind.EARNING, "tips", 20000, date(2026, 3, 28)),
        (MoneyKind.DEDUCTION, "house_fee", 80000, date(2026, 3, 28)),
        (MoneyKind.DEDUCTION, "tip_out", 30000, date(2026, 3, 28)),
    ]
    assert len(plan.money) == 4 + 4  # the empty fine cell on the first row adds nothing
    assert second.role == ShiftRole.FLOOR


def test_every_money_column_is_documented() -> None:
    doc = csv_import.__doc__ or ""
    for column in MONEY_COLUMNS:
        assert column in doc
    assert MONEY_COLUMNS["other_expense"] == (MoneyKind.EXPENSE, "other")
    assert MONEY_COLUMNS["house_fee"] == (MoneyKind.DEDUCTION, "house_fee")


def test_commas_bom_and_friendly_headers() -> None:
    text = ("\ufeffWorkplace,Start,End,House fee,Private-dances,Notes\n"
            'club aurora,2026-03-06 21:00,2026-03-07 03:00,800,"1,500.50","Late, but ok"\n')
    plan = parse(text.encode("utf-8"))
    (night,) = (s.record for s in plan.shifts.values())
    assert night.workplace_id == plan.workplaces["club aurora"].record.id
    assert plan.workplaces["club aurora"].record.name == "Club Aurora"  # the vault's spelling
    assert [m.record.amount_minor for m in plan.money] == [80000, 150050]
    assert night.notes == "Late, but ok"


def test_semicolons_and_decimal_commas() -> None:
    text = ("workplace;start;end;tips;fine\n"
            "Club Aurora;2026-03-06T21:00;2026-03-07T03:00;1 200,50;500,00\n")
    plan = parse(text)
    assert [m.record.amount_minor for m in plan.money] == [120050, 50000]


def test_a_new_workplace_uses_the_profile() -> None:
    plan = parse("workplace,start,end\nVelvet Room,2026-03-06 22:00,2026-03-07 05:00\n"
                 "VELVET ROOM,2026-03-07 22:00,2026-03-08 05:00\n")
    assert len(plan.workplaces) == 1  # one workplace, however its name is written
    velvet = plan.workplaces["velvet room"].record
    assert (velvet.name, velvet.currency, velvet.timezone, velvet.kind) == (
        "Velvet Room", "SEK", "Europe/Stockholm", "other")
    assert {s.record.workplace_id for s in plan.shifts.values()} == {velvet.id}


def test_blank_rows_are_skipped_and_rows_keep_their_numbers() -> None:
    text = ("workplace,start,end\n"
            "\n"
            "Club Aurora,2026-03-06 21:00,2026-03-06 20:00\n")
    assert problems(text) == [
        "row 3, end: is before start (for a night shift, the end is on the next day)"]


def test_every_problem_names_row_and_column() -> None:
    text = (
        "workplace;start;end;breaks_minutes;role;house_fee;tips;notes\n"
        "Club Aurora;2026-03-06 21:00;2026-03-07 03:00;30;stage;800;200;ok\n"
        "Club Aurora;2026-03-07 21:00;2026-03-07 03:00;30;stage;800;;\n"
        "Club Aurora;2026-03-29 02:30;2026-03-29 06:00;half;pole;-800;12.345;\n"
        ";2026-03-08 21:00;2026-03-09 03:00;;;;;\n"
        "Club Aurora;08/03/2026 21:00;;;;;;\n"
        "Club Aurora;2026-10-24 22:00;2026-10-25 02:30;;;;;\n"
    )
    assert problems(text) == [
        "row 3, end: is before start (for a night shift, the end is on the next day)",
        "row 4, start: 02:30 does not exist on 2026-03-29: the clocks went forward. Check the "
        "time",
        "row 4, breaks_minutes: must be whole minutes, like 30",
        "row 4, role: “pole” is not one of: stage, floor, vip, reception, booking, cam, other",
        "row 4, house_fee: cannot be negative; choose earning, deduction or expense instead",
        "row 4, tips: SEK amounts have at most 2 decimals",
        "row 5, workplace: is needed",
        "row 6, start: “08/03/2026 21:00” is not a date and time; write it like "
        "2026-03-28T21:00",
        "row 6, end: is needed",
        "row 7, end: 02:30 happened twice on 2026-10-25 (the clocks went back). Add the "
        "offset, like 02:30+02:00",
    ]


def test_an_offset_settles_the_repeated_hour() -> None:
    plan = parse("workplace,start,end\nClub Aurora,2026-10-24 22:00,2026-10-25 02:30+01:00\n")
    (night,) = (s.record for s in plan.shifts.values())
    assert night.end == utc(2026, 10, 25, 1, 30)


def test_header_problems() -> None:
    assert problems("workplace,start,earnings,,tips,Tips\n") == [
        "row 1, earnings: is not a column Workbook knows. Money columns are named by category, "
        "like tips, house_fee or fine; see the list in the help",
        "row 1, column 4: has no name; name it or delete it",
        "row 1, tips: is there twice; keep one",
        "row 1: the column “end” is missing",
    ]


def test_too_many_cells() -> None:
    assert problems("workplace,start,end\nClub Aurora,2026-03-06 21:00,2026-03-07 03:00,x\n") == [
        "row 2: has more cells than the first row has column names"]


def test_empty_and_not_utf8() -> None:
    assert problems("") == [
        "row 1: the file is empty; the first row must name the columns, like workplace, "
        "start, end"]
    assert problems("workplace,start,end\nCafé Åre,2026-03-06 21:00,2026-03-07 03:00\n"
                    .encode("cp1252")) == [
        "the file is not UTF-8 text. In your spreadsheet, save it as “CSV UTF-8” and try again"]


def test_yen_amounts_in_a_yen_workplace() -> None:
    tokyo = Workplace("Club Sakura", "JPY", "Asia/Tokyo", id=3)
    plan = parse("workplace,start,end,private_dances,house_fee\n"
                 "Club Sakura,2026-03-06 20:00,2026-03-07 01:00,\"15,000\",5000\n", [tokyo])
    assert [(m.record.amount_minor, m.record.currency) for m in plan.money] == [
        (15000, "JPY"), (5000, "JPY")]
    assert plan.shifts["row 2"].record.start == utc(2026, 3, 6, 11, 0)


def test_unicode_text_survives() -> None:
    plan = parse("workplace,start,end,notes\n"
                 "Club Aurora,2026-03-06 21:00,2026-03-07 03:00,Ioana Ștefănescu såg allt 💸\n")
    assert plan.shifts["row 2"].record.notes == "Ioana Ștefănescu såg allt 💸"


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


def test_real_vault_csv_import(vault: Any) -> None:
    counts = import_csv(vault, example_rows())
    assert (counts.shifts, counts.money_lines, counts.workplaces_added) == (2, 8, 1)
    shifts, lines = vault.period_records(date(2026, 3, 1), date(2026, 3, 31))
    assert len(shifts) == 2 and len(lines) == 8
    again = import_csv(vault, example_rows())
    assert again.workplaces_reused == ("Club Aurora",)


def test_real_vault_bad_csv_imports_nothing(vault: Any) -> None:
    text = example_rows() + "Club Aurora;2026-03-30 21:00;2026-03-30 03:00;;;;;;;;\n"
    with pytest.raises(ValidationError, match="row 4, end: is before start"):
        import_csv(vault, text)
    assert vault.list_workplaces() == []

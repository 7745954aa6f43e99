"""The spreadsheet (CSV) importer against random bytes, random text and damaged copies of the
README's example: a plan, or a ``ValidationError`` naming the row and column, never another
exception; a refused file changes nothing in the vault; an accepted one adds exactly its rows.
Shifts written from random valid values import as exactly those shifts and amounts."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from fuzz_helpers import ANY_CHAR, FUZZ, Tally, nasty_text, snapshot, weighted
from hypothesis import given
from hypothesis import strategies as st

from workbook.domain.currencies import exponent
from workbook.domain.errors import ValidationError
from workbook.domain.models import Profile, Workplace
from workbook.domain.money import format_amount
from workbook.services.csv_import import MONEY_COLUMNS, SHIFT_COLUMNS, import_csv, parse_csv
from workbook.services.interchange import ImportPlan, apply_plan
from workbook.store import FAST_TEST_KDF, Vault

EXAMPLE = (
    "workplace;start;end;breaks_minutes;role;private_dances;tips;house_fee;tip_out;fine;notes\n"
    "Club Aurora;2026-03-28 21:00;2026-03-29 04:00;30;stage;3500;200;800;300;;Quiet night\n"
    "Club Aurora;2026-03-29 21:00;2026-03-30 03:00;0;floor;1200;;800;300;500;Fined for phone\n"
)
COLUMNS = (*SHIFT_COLUMNS, *MONEY_COLUMNS)
PROFILE = Profile(work_name="Fuzz", default_currency="SEK", timezone="Europe/Stockholm")


class _Undo(Exception):
    pass


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    path = tmp_path_factory.mktemp("fuzz-csv") / "csv.workbook"
    with Vault.create(path, "fuzz passphrase", kdf=FAST_TEST_KDF) as opened:
        opened.save_profile(PROFILE)
        opened.add_workplace(Workplace(name="Club Aurora", currency="SEK",
                                       timezone="Europe/Stockholm"))
        opened.add_workplace(Workplace(name="Tokyo Bar", currency="JPY", timezone="Asia/Tokyo"))
        opened.add_workplace(Workplace(name="Kuwait Lounge", currency="KWD",
                                       timezone="Asia/Kuwait"))
        yield opened


def _read(vault: Vault, raw: bytes | str) -> ImportPlan | ValidationError:
    try:
        return parse_csv(raw, workplaces=vault.list_workplaces(), profile=vault.get_profile())
    except ValidationError as exc:
        return exc


def _check(vault: Vault, raw: bytes | str, examples: Tally) -> ImportPlan | None:
    """Read, then import for real: refused → nothing changed; accepted → exactly the plan's
    records added (then rolled back). Returns the plan when the file was accepted."""
    result = _read(vault, raw)
    before = snapshot(vault)
    if isinstance(result, ValidationError):
        assert result.problems
        for problem in result.problems:
            assert problem.message.strip()
            # Every problem names the row (and column); only "not UTF-8" is about the file.
            assert problem.field.startswith("row ") or (
                problem.field == "" and "UTF-8" in problem.message), problem
        with pytest.raises(ValidationError):
            import_csv(vault, raw)
        assert snapshot(vault) == before, "a refused CSV changed the vault"
        examples.ran("refused")
        return None
    try:
        with vault.transaction():
            counts = apply_plan(vault, result)
            assert counts.shifts == len(result.shifts)
            assert counts.money_lines == len(result.money)
            assert vault.count_shifts() == before.shifts + len(result.shifts)
            assert vault.count_money_lines() == before.money_lines + len(result.money)
            raise _Undo
    except _Undo:
        pass
    assert snapshot(vault) == before
    examples.ran("accepted")
    return result


# --- random and damaged files ------------------------------------------------------------

cell = weighted(
    (4, st.sampled_from(("", "Club Aurora", "club aurora ", "Tokyo Bar", "Kuwait Lounge",
                         "New place", "2026-03-28 21:00", "2026-03-29T04:00",
                         "2026-10-25 02:30", "2026-10-25 02:30+01:00", "2026-03-29 02:30",
                         "30", "0", "-5", "99999", "stage", "VIP", "800", "800,00", "1 200,50",
                         "1'200.50", "1.200,50", "-800", "1e3", "0.001", "12.3456",
                         "9" * 40, "=1+1", '"', '""', "\x00", "\r", "\n"))),
    (2, nasty_text),
    (1, st.text(ANY_CHAR, max_size=10)),
)
header_cell = weighted((6, st.sampled_from(COLUMNS)),
                       (1, st.sampled_from(("House fee", " TIPS ", "house-fee", "colour", "",
                                            "workplace", "other")) | nasty_text))


@st.composite
def random_csv(draw: st.DrawFn) -> str:
    delimiter = draw(st.sampled_from((",", ";", "\t", "|")))
    header = draw(st.lists(header_cell, min_size=0, max_size=10))
    if draw(st.booleans()):
        header = ["workplace", "start", "end", *header]
    width = max(1, len(header))
    rows = draw(st.lists(st.lists(cell, min_size=0, max_size=width + 1), max_size=6))
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter,
                        lineterminator=draw(st.sampled_from(("\n", "\r\n", "\r"))))
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


@st.composite
def damaged_example(draw: st.DrawFn) -> str:
    lines = [line.split(";") for line in EXAMPLE.splitlines()]
    for _ in range(draw(st.integers(1, 4))):
        row = draw(st.integers(0, len(lines) - 1))
        col = draw(st.integers(0, len(lines[row]) - 1))
        how = draw(st.integers(0, 7))
        if how == 0:
            del lines[row][col]
        elif how == 1:
            other = draw(st.integers(0, len(lines[row]) - 1))
            lines[row][col], lines[row][other] = lines[row][other], lines[row][col]
        elif how == 2:
            lines[row][col] = draw(cell)
        elif how == 3:
            lines[row].append(draw(cell))
        elif how == 4:
            lines.insert(row, list(lines[row]))
        elif how == 5:
            lines[row][col] = '"' + lines[row][col]  # a quote never closed
        elif how == 6:
            lines[row][col] = draw(st.sampled_from(("-800", "99999999999999999999", "1e400",
                                                    "2026-02-30 21:00", "24:00", "0030")))
        else:
            lines[row][col] = lines[row][col].replace("-", draw(st.sampled_from(("/", ".",
                                                                                 "\x00"))))
    separator = draw(st.sampled_from((";", ",")))
    ending = draw(st.sampled_from(("\n", "\r\n", "\r")))
    return ending.join(separator.join(line) for line in lines) + ending


def _encode(text: str, how: str) -> bytes | str:
    if how == "text":
        return text
    if how == "bom":
        return b"\xef\xbb\xbf" + text.encode("utf-8")
    if how == "utf-16":
        return text.encode("utf-16")
    if how == "latin-1":
        return text.encode("latin-1", errors="replace")
    return text.encode("utf-8")


@FUZZ
@given(text=st.one_of(random_csv(), damaged_example(), st.text(ANY_CHAR, max_size=300)),
       how=st.sampled_from(("utf-8", "utf-8", "text", "bom", "utf-16", "latin-1")))
def test_random_and_damaged_csv(vault: Vault, examples: Tally, text: str, how: str) -> None:
    _check(vault, _encode(text, how), examples)


@FUZZ
@given(raw=st.binary(max_size=400))
def test_random_bytes(vault: Vault, examples: Tally, raw: bytes) -> None:
    _check(vault, raw, examples)


# --- valid files read back exactly --------------------------------------------------------

PLACES = {"Club Aurora": ("SEK", "Europe/Stockholm"), "Tokyo Bar": ("JPY", "Asia/Tokyo"),
          "Kuwait Lounge": ("KWD", "Asia/Kuwait")}


@FUZZ
@given(rows=st.lists(st.tuples(
    st.sampled_from(sorted(PLACES)),
    st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 1, 1)).map(
        lambda d: d.replace(second=0, microsecond=0)),
    st.integers(30, 14 * 60), st.integers(0, 29),
    st.dictionaries(st.sampled_from(sorted(MONEY_COLUMNS)), st.integers(0, 10**9), max_size=4),
    nasty_text.map(lambda s: s.replace("\x00", "")),
    st.booleans()), min_size=1, max_size=3), decimal_comma=st.booleans(),
    into_vault=weighted((1, st.just(True)), (4, st.just(False))))
def test_shifts_written_as_csv_import_exactly(vault: Vault, examples: Tally,
                                               rows: list[tuple[Any, ...]], decimal_comma: bool,
                                               into_vault: bool) -> None:
    money_columns = sorted({c for row in rows for c in row[4]})
    header = ["workplace", "start", "end", "breaks_minutes", "notes", *money_columns]
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";" if decimal_comma else ",", lineterminator="\r\n")
    writer.writerow(header)
    expected = []
    for place, start_wall, minutes, breaks, money, notes, t_sep in rows:
        currency, tz = PLACES[place]
        zone = ZoneInfo(tz)
        start = start_wall.replace(tzinfo=zone).astimezone(UTC)
        end = start + timedelta(minutes=minutes)
        sep = "T" if t_sep else " "

        def written(moment: datetime, zone: ZoneInfo = zone, sep: str = sep) -> str:
            local = moment.astimezone(zone)
            offset = local.strftime("%z")
            return local.strftime(f"%Y-%m-%d{sep}%H:%M") + f"{offset[:3]}:{offset[3:]}"

        amounts = {c: m % (10**12) for c, m in money.items()}
        cells = [place, written(start), written(end), str(breaks), notes]
        for column in money_columns:
            if column in amounts:
                text = format_amount(amounts[column], currency)
                cells.append(text.replace(".", ",") if decimal_comma else text)
            else:
                cells.append("")
        writer.writerow(cells)
        expected.append((place, start, end, breaks, notes.strip(), amounts, currency))
    raw = out.getvalue().encode("utf-8")
    plan = _read(vault, raw)
    if isinstance(plan, ValidationError):
        # A wall time in a clock change written with its offset is never ambiguous; the
        # only refusals left are the ones the rules name.
        assert all(p.message for p in plan.problems)
        pytest.fail(f"a valid file was refused: {plan}")
    shifts = list(plan.shifts.values())
    assert len(shifts) == len(expected)
    for planned, (_place, start, end, breaks, notes, amounts, currency) in zip(
            shifts, expected, strict=True):
        shift = planned.record
        assert (shift.start, shift.end, shift.breaks_minutes) == (start, end, breaks)
        assert shift.notes == notes
        lines = [m.record for m in plan.money if m.record.shift_id == shift.id]
        assert sorted((m.category, m.amount_minor) for m in lines) == sorted(
            (MONEY_COLUMNS[c][1], a) for c, a in amounts.items())
        assert all(m.currency == currency and exponent(m.currency) >= 0 for m in lines)
    if into_vault:  # (adding and rolling back costs more than reading; one file in five)
        _check(vault, raw, examples)
    else:
        examples.ran("read")

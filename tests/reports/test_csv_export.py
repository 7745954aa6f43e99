"""The CSV export: one row per shift and per money line, exact amounts, local times with zone."""

from __future__ import annotations

import csv
import dataclasses
import io
from decimal import Decimal

from sample_evidence import sample_input

from workbook.reports.csv_export import COLUMNS, evidence_csv


def rows(data: bytes, delimiter: str = ",") -> list[dict[str, str]]:
    assert data.startswith(b"\xef\xbb\xbf")  # BOM, so Excel reads UTF-8
    text = data.decode("utf-8-sig")
    assert "\r\n" in text
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    assert tuple(reader.fieldnames or ()) == COLUMNS
    return list(reader)


def test_one_row_per_shift_and_money_line() -> None:
    inp = sample_input()
    out = rows(evidence_csv(inp))
    assert sum(r["record_type"] == "shift" for r in out) == len(inp.shifts)
    assert sum(r["record_type"] == "money" for r in out) == len(inp.money_lines)
    shift = out[0]  # the first night; on the same date a shift comes before standalone lines
    assert shift["ref"] == "S-1"
    assert shift == {**shift, "workplace": "Club Aurora", "currency": "SEK",
                     "date": "2026-01-01", "start_local": "2026-01-01 21:00",
                     "start_utc_offset": "+01:00", "end_local": "2026-01-02 04:00",
                     "timezone": "Europe/Stockholm", "breaks_minutes": "30",
                     "hours_worked": "6.50", "role": "floor"}
    # a shift's lines follow it
    index = out.index(shift)
    assert {r["shift_ref"] for r in out[index + 1:index + 4]} == {"S-1"}


def test_amounts_are_exact_and_add_up() -> None:
    out = rows(evidence_csv(sample_input()))
    sek = [r for r in out if r["record_type"] == "money" and r["currency"] == "SEK"]
    fee = next(r for r in sek if r["category"] == "house_fee")
    assert (fee["kind"], fee["amount"], fee["signed_amount"]) == ("deduction", "600.00",
                                                                  "-600.00")
    assert fee["category_label"] == "House fee"
    gross = sum(Decimal(r["amount"]) for r in sek if r["kind"] == "earning")
    assert gross == Decimal("119550.00")
    net_after_costs = sum(Decimal(r["signed_amount"]) for r in sek)
    assert net_after_costs == Decimal("119550.00") - Decimal("60250.00") - Decimal("5531.00")


def test_clock_change_night_keeps_its_offsets() -> None:
    out = rows(evidence_csv(sample_input()))
    night = next(r for r in out if r["ref"] == "S-39")
    assert (night["start_local"], night["start_utc_offset"]) == ("2026-03-28 21:00", "+01:00")
    assert (night["end_local"], night["end_utc_offset"]) == ("2026-03-29 04:00", "+02:00")
    assert night["hours_worked"] == "5.50"


def test_decimal_comma_for_swedish_excel() -> None:
    out = rows(evidence_csv(sample_input("sv"), decimal_comma=True), delimiter=";")
    fee = next(r for r in out if r["category"] == "house_fee")
    assert fee["amount"] == "600,00" and fee["category_label"] == "Husavgift"
    assert next(r for r in out if r["ref"] == "S-1")["hours_worked"] == "6,50"


def test_totals_profile_has_no_free_text() -> None:
    out = rows(evidence_csv(sample_input(report_profile="totals")))
    assert all(r["note"] == "" and r["counterparty"] == "" for r in out)


def test_text_cannot_become_a_formula() -> None:
    inp = sample_input()
    shifts = list(inp.shifts)
    shifts[0] = dataclasses.replace(shifts[0], notes="=HYPERLINK(\"http://x\",\"click\")")
    out = rows(evidence_csv(dataclasses.replace(inp, shifts=tuple(shifts))))
    assert next(r for r in out if r["ref"] == "S-1")["note"].startswith("'=HYPERLINK")

"""The demo: half a year of believable records, the same every time for the same day and seed."""

from __future__ import annotations

import importlib.util
import json
import struct
import zlib
from collections import Counter
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from workbook.domain.categories import MoneyKind
from workbook.domain.timeutil import local
from workbook.reports.summary import compute_summary, summary_json
from workbook.services.demo import (
    DEMO_DAYS,
    build_demo_document,
    build_demo_plan,
    create_demo,
    png_image,
)
from workbook.services.interchange import ImportPlan

TODAY = date(2026, 5, 14)


@pytest.fixture(scope="module")
def plan() -> ImportPlan:
    return build_demo_plan(TODAY)


def names(plan: ImportPlan) -> dict[int, str]:
    return {w.record.id or 0: w.record.name for w in plan.workplaces.values()}


def test_same_day_and_seed_give_the_same_demo() -> None:
    first = json.dumps(build_demo_document(TODAY), sort_keys=True)
    assert first == json.dumps(build_demo_document(TODAY), sort_keys=True)
    assert first != json.dumps(build_demo_document(TODAY, seed=7), sort_keys=True)


@pytest.mark.parametrize("today", [
    # Right after each clock change, a year end, and a spread of ordinary days.
    date(2026, 3, 30), date(2026, 10, 26), date(2027, 1, 1), date(2026, 2, 28),
    *(date(2026, 1, 5) + timedelta(days=37 * i) for i in range(12)),
])
def test_the_demo_is_valid_whatever_the_day(today: date) -> None:
    plan = build_demo_plan(today)
    assert len(plan.shifts) > 60


def test_profile_and_workplaces(plan: ImportPlan) -> None:
    assert plan.profile is not None
    assert (plan.profile.work_name, plan.profile.default_currency, plan.profile.timezone) == (
        "Lina", "SEK", "Europe/Stockholm")
    assert plan.profile.reference_wages["SEK"] == 18000
    places = {w.record.name: (w.record.kind, w.record.currency) for w in plan.workplaces.values()}
    assert places == {"Club Aurora": ("club", "SEK"), "Velvet Room": ("club", "EUR"),
                      "Nordic Companions": ("agency", "SEK")}


def test_half_a_year_of_three_or_four_nights_a_week(plan: ImportPlan) -> None:
    days = [local(s.record.start, s.record.timezone).date() for s in plan.shifts.values()]
    assert min(days) >= TODAY - timedelta(days=DEMO_DAYS)
    assert max(days) < TODAY
    per_week = len(days) / (DEMO_DAYS / 7)
    assert 3 <= per_week <= 4
    assert len(set(days)) == len(days)  # one shift a night


def test_club_nights_cross_midnight_and_have_breaks(plan: ImportPlan) -> None:
    aurora = [s.record for s in plan.shifts.values()
              if names(plan)[s.record.workplace_id] == "Club Aurora"]
    assert all(local(s.end, s.timezone).date() > local(s.start, s.timezone).date()
               for s in aurora)
    assert {s.breaks_minutes for s in aurora} >= {0, 30}
    assert any(s.waiting_before_seconds > 0 for s in aurora)  # asked to come in early


def test_house_fee_rises_600_800_1000(plan: ImportPlan) -> None:
    fees = sorted((m.record.date, m.record.amount_minor) for m in plan.money
                  if m.record.category == "house_fee" and m.record.currency == "SEK")
    amounts = [a for _, a in fees]
    assert amounts == sorted(amounts)
    assert set(amounts) == {600_00, 800_00, 1000_00}
    notes = [m.record.note for m in plan.money if m.record.category == "house_fee"]
    assert "Husavgiften höjdes till 800 kr utan förvarning." in notes


def test_deductions_of_every_kind(plan: ImportPlan) -> None:
    taken = Counter((m.record.category, m.record.counterparty) for m in plan.money
                    if m.record.kind == MoneyKind.DEDUCTION)
    assert taken[("tip_out", "DJ")] and taken[("tip_out", "house mom")]
    assert taken[("stage_fee", "club")] and taken[("commission", "agency")]
    assert taken[("commission", "club")]  # Berlin takes a cut of dances
    fines = {m.record.note for m in plan.money if m.record.category == "fine"}
    assert "Late, 5 minutes." in fines


def test_two_nights_end_in_debt_to_the_club(plan: ImportPlan) -> None:
    net: Counter[int] = Counter()
    for m in plan.money:
        if m.record.shift_id is not None and m.record.kind != MoneyKind.EXPENSE:
            net[m.record.shift_id] += m.record.signed_minor
    assert sum(1 for value in net.values() if value < 0) == 2


def test_own_costs_stand_alone(plan: ImportPlan) -> None:
    standalone = [m.record for m in plan.money if m.record.shift_id is None]
    no_workplace = {m.category for m in standalone if m.workplace_id is None}
    assert no_workplace == {"transport", "phone", "costumes"}
    assert any(m.kind == MoneyKind.DEDUCTION and m.category == "deposit_kept"
               for m in standalone)


def test_incidents_people_and_unicode(plan: ImportPlan) -> None:
    categories = {i.record.category for i in plan.incidents.values()}
    assert categories >= {"unlawful_deduction", "harassment_by_management",
                          "schedule_coercion", "no_breaks", "forced_tip_out"}
    labels = {p.record.label for p in plan.people.values()}
    assert "Ioana Ștefănescu" in labels
    people_ids = {p.record.id: p.record.label for p in plan.people.values()}
    fine = plan.incidents["late-fine"].record
    assert [(people_ids[p.person_id], p.involvement) for p in fine.people] == [
        ("Mikael", "involved"), ("Ioana Ștefănescu", "witness")]
    assert all(i.record.shift_id is not None for i in plan.incidents.values())
    no_break = plan.incidents["no-break"].record
    shift = next(s.record for s in plan.shifts.values() if s.record.id == no_break.shift_id)
    assert shift.breaks_minutes == 0


def test_control_indicators_are_dated_in_the_period(plan: ImportPlan) -> None:
    tags = [c.record for c in plan.controls]
    assert len({t.indicator for t in tags}) >= 8
    assert all(TODAY - timedelta(days=DEMO_DAYS) <= t.date < TODAY for t in tags)


def _png_chunks(data: bytes) -> list[tuple[bytes, bytes]]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    chunks, pos = [], 8
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        kind, body = data[pos + 4:pos + 8], data[pos + 8:pos + 8 + length]
        (crc,) = struct.unpack(">I", data[pos + 8 + length:pos + 12 + length])
        assert crc == zlib.crc32(kind + body)
        chunks.append((kind, body))
        pos += 12 + length
    return chunks


def test_png_images_are_real() -> None:
    data = png_image(20, 10, (255, 255, 255), (200, 0, 0))
    chunks = _png_chunks(data)
    assert [k for k, _ in chunks] == [b"IHDR", b"IDAT", b"IEND"]
    width, height, depth, colour = struct.unpack(">IIBB", chunks[0][1][:10])
    assert (width, height, depth, colour) == (20, 10, 8, 2)
    pixels = zlib.decompress(chunks[1][1])
    assert len(pixels) == height * (1 + 3 * width)
    assert pixels[1:4] == bytes((200, 0, 0))  # the header band


def test_attachments(plan: ImportPlan) -> None:
    files = {a.record.filename: a for a in plan.attachments}
    assert set(files) == {"meddelande.txt", "fine-notice.png", "schedule.png"}
    assert "är husavgiften 800 kr" in files["meddelande.txt"].data.decode("utf-8")
    for name in ("fine-notice.png", "schedule.png"):
        _png_chunks(files[name].data)
        assert files[name].record.media_type == "image/png"


def test_the_demo_summary_reads_right(plan: ImportPlan) -> None:
    summary = compute_summary(
        [w.record for w in plan.workplaces.values()], [s.record for s in plan.shifts.values()],
        [m.record for m in plan.money], TODAY - timedelta(days=DEMO_DAYS), TODAY)
    data = summary_json(summary)
    entries = {(w["name"], w["currency"]): w for w in data["workplaces"]}
    assert set(entries) == {("Club Aurora", "SEK"), ("Velvet Room", "EUR"),
                            ("Velvet Room", "SEK"), ("Nordic Companions", "SEK")}
    aurora = entries[("Club Aurora", "SEK")]
    assert set(aurora["deductions"]) >= {"house_fee", "stage_fee", "tip_out", "fine"}
    assert aurora["net_per_hour"] is not None
    assert entries[("Velvet Room", "SEK")]["shifts"] == 0  # the flight, paid in kronor
    assert set(data["currencies"]) == {"SEK", "EUR"}


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


def test_create_demo_fills_a_vault(vault: Any, plan: ImportPlan) -> None:
    counts = create_demo(vault, today=TODAY)
    assert counts.shifts == len(plan.shifts)
    assert counts.money_lines == len(plan.money)
    assert (counts.workplaces_added, counts.people_added, counts.attachments) == (3, 6, 3)
    assert vault.get_profile().work_name == "Lina"
    shifts, lines = vault.period_records(TODAY - timedelta(days=DEMO_DAYS), TODAY)
    assert (len(shifts), len(lines)) == (len(plan.shifts), len(plan.money))
    assert str(counts).startswith(f"{len(plan.shifts)} shifts, ")

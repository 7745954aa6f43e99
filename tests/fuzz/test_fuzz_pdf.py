"""The evidence PDF takes any text in any field, in any profile and language: it renders (no
layout error, no markup error), and text the worker typed prints literally, never as markup.

Three tests: the escaping itself, checked on reportlab's own parse of every paragraph; whole
reports with hostile text of every size in every field (up to a few thousand characters, so
500 reports fit in a minute); and each field that may hold a long text filled with 100,000
characters of the patterns that are hardest to lay out.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pypdf
import pytest
from fuzz_helpers import FUZZ, LONG, Tally, nasty_text, png, weighted
from hypothesis import given
from hypothesis import strategies as st
from reportlab import rl_config
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

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
from workbook.reports.csv_export import evidence_csv
from workbook.reports.evidence import EvidenceInput, IntegrityInfo, SealShown
from workbook.reports.pdf import render_evidence_pdf
from workbook.reports.pdf.fonts import ARABIC, MAIN, THAI, register_fonts
from workbook.reports.pdf.text import clean, has_rtl, markup

# A paragraph of its own that must print exactly as written, markup and all.
SENTINEL = "ZQ<para>&amp;<?x <b>bold?</b> &lt;Q"


@pytest.fixture(autouse=True, scope="module")
def invariant() -> Iterator[None]:
    before = rl_config.invariant
    rl_config.invariant = 1
    yield
    rl_config.invariant = before


def _repeat_to(unit: str, length: int) -> str:
    return (unit * (length // max(1, len(unit)) + 1))[:length] if unit else ""


# Up to the 500 characters a name or label may have; notes up to 1,500 here (each page of text
# costs the run time of a few reports; the 100,000-character test below covers length).
short_text = weighted((8, nasty_text), (1, st.tuples(nasty_text, st.integers(0, 500)).map(
    lambda t: _repeat_to(*t))))
long_field = weighted((4, nasty_text), (1, st.tuples(nasty_text, st.integers(0, 1500)).map(
    lambda t: _repeat_to(*t))))
name_text = short_text.filter(str.strip)

# --- the escaping ------------------------------------------------------------------------

STYLE = ParagraphStyle("fuzz", fontName=MAIN, fontSize=9, leading=11)
FONTS = {MAIN, THAI, ARABIC}


@FUZZ
@given(text=st.one_of(nasty_text, long_field))
def test_worker_text_never_becomes_markup(examples: Tally, text: str) -> None:
    register_fonts()
    para = Paragraph(markup(text, width=300), STYLE)  # reportlab parses it here
    shown = "".join(getattr(f, "text", "") for f in para.frags)
    for frag in para.frags:
        assert frag.fontName in FONTS, frag.fontName  # no <b>, <i> or <font> of the worker's
        assert not getattr(frag, "link", None) and not getattr(frag, "cbDefn", None)
        assert not getattr(frag, "underline", False) and not getattr(frag, "strike", False)
    cleaned = clean(text)
    if not has_rtl(cleaned):
        # Left-to-right text prints exactly as cleaned (reportlab folds runs of spaces).
        assert _no_space(shown) == _no_space(cleaned), (text[:80], shown[:80])
    examples.ran("right-to-left" if has_rtl(cleaned) else "left-to-right")


def _no_space(text: str) -> str:
    return re.sub(r"[\s\u200b]+", "", text)  # reportlab breaks lines at both


# --- whole reports -----------------------------------------------------------------------

STHLM, BUCHAREST = "Europe/Stockholm", "Europe/Bucharest"
START = datetime(2026, 3, 2, 20, tzinfo=UTC)


@st.composite
def evidence(draw: st.DrawFn) -> EvidenceInput:
    """A small but complete report: two workplaces in two currencies, people, shifts with money
    in several categories (custom ones too), standalone lines, incidents with people and
    pictures (good, damaged and not pictures at all), control indicators; hostile text in every
    field, and the sentinel paragraph in every incident description."""
    def text() -> str:
        return str(draw(short_text))

    def name() -> str:
        return str(draw(name_text))

    def long() -> str:
        return str(draw(long_field))

    places = [
        Workplace(name=name(), currency="SEK", timezone=STHLM, city=text(), country="SE",
                  legal_name=text(), registration_number=text(), address=text(), notes=long(),
                  id=1),
    ]
    if draw(weighted((1, st.just(True)), (2, st.just(False)))):  # a second one, in RON
        places.append(Workplace(name=name(), currency="RON", timezone=BUCHAREST, city=text(),
                                country="RO", legal_name=text(), address=text(),
                                notes=long(), id=2))
    people = [Person(label=name(), role=draw(st.sampled_from(PersonRole)), notes=long(),
                     id=i + 1) for i in range(draw(st.integers(0, 4)))]
    shifts: list[Shift] = []
    money: list[MoneyLine] = []
    for i in range(draw(st.integers(1, 3))):
        place = places[i % len(places)]
        start = START + timedelta(days=2 * i, minutes=draw(st.integers(0, 600)))
        end = start + timedelta(minutes=draw(st.integers(60, 14 * 60)))
        shifts.append(Shift(place.id or 0, start, end, place.timezone,
                            breaks_minutes=draw(st.integers(0, 59)),
                            role=draw(st.sampled_from(ShiftRole)),
                            scheduled_start=draw(st.none() | st.just(start - timedelta(hours=1))),
                            notes=long(), id=i + 1))
        for kind, category in draw(st.lists(st.sampled_from((
                (MoneyKind.EARNING, "tips"), (MoneyKind.EARNING, "private_dances"),
                (MoneyKind.DEDUCTION, "house_fee"), (MoneyKind.DEDUCTION, "fine"),
                (MoneyKind.DEDUCTION, "custom:" + text()), (MoneyKind.EXPENSE, "transport"),
                (MoneyKind.EXPENSE, "custom:" + text()))), max_size=6)):
            money.append(MoneyLine(start.date(), kind, category,
                                   draw(st.integers(0, 10**9)), place.currency,
                                   shift_id=i + 1, workplace_id=place.id,
                                   method=draw(st.none() | st.sampled_from(PaymentMethod)),
                                   counterparty=text(), note=long(), id=len(money) + 1))
    for _ in range(draw(st.integers(0, 3))):  # standalone: rent, advertising, a phone bill
        place_id = draw(st.sampled_from((None, *range(1, len(places) + 1))))
        money.append(MoneyLine(START.date() + timedelta(days=draw(st.integers(0, 10))),
                               MoneyKind.EXPENSE, draw(st.sampled_from(("phone", "custom:"
                                                                        + text()))),
                               draw(st.integers(0, 10**7)),
                               "SEK" if place_id != 2 else "RON", workplace_id=place_id,
                               counterparty=text(), note=long(), id=len(money) + 1))
    incidents: list[Incident] = []
    attachments: list[Attachment] = []
    blobs: dict[int, bytes] = {}
    for i in range(draw(st.integers(0, 2))):
        involved = draw(st.lists(st.sampled_from(people), unique=True)) if people else []
        incidents.append(Incident(
            START + timedelta(days=i, hours=3), STHLM, draw(st.sampled_from(IncidentCategory)),
            name(), workplace_id=1, end=draw(st.none() | st.just(START + timedelta(days=i,
                                                                                 hours=5))),
            severity=draw(st.integers(1, 5)), description=long() + "\n\n" + SENTINEL,
            shift_id=draw(st.none() | st.just(1)),
            people=tuple(IncidentPerson(p.id or 0, draw(st.sampled_from(Involvement)))
                         for p in involved),
            reported_to=draw(st.none() | short_text),
            reported_on=draw(st.none() | st.just(date(2026, 3, 20))),
            outcome=draw(st.none() | long_field), id=i + 1))
        for _ in range(draw(st.integers(0, 2))):
            ident = len(attachments) + 1
            file_kind = draw(st.sampled_from(("png", "broken", "other")))
            data = {"png": png(8, 6, seed=b"x"), "broken": b"\x89PNG\r\n\x1a\nnot really",
                    "other": b"%PDF-1.4 pay slip"}[file_kind]
            blobs[ident] = data
            attachments.append(Attachment(
                name() + (".png" if file_kind != "other" else ".pdf"),
                "image/png" if file_kind != "other" else draw(st.sampled_from(("application/pdf",
                                                                          text()))),
                len(data), "ab" * 32, incident_id=i + 1, note=long(), id=ident,
                added_at=START + timedelta(days=3)))
    tags = [ControlTag(draw(st.sampled_from(ControlIndicator)), START.date(), 1,
                       shift_id=draw(st.none() | st.just(1)), note=long(), id=i + 1)
            for i in range(draw(st.integers(0, 3)))]
    profile = Profile(work_name=text(), legal_name=draw(st.none() | short_text),
                      reference_wages=draw(st.sampled_from(({}, {"SEK": 18000},
                                                            {"SEK": 0, "RON": 5000}))))
    seals = draw(st.sampled_from(((), (SealShown("17-K3QF-9ZTA-M2XW-PL7D",
                                                 START + timedelta(days=1), 17),))))
    return EvidenceInput(
        profile=profile, date_from=date(2026, 3, 1), date_to=date(2026, 3, 31),
        generated_at=datetime(2026, 4, 1, 9, tzinfo=UTC), app_version="fuzz",
        report_profile=draw(st.sampled_from(("full", "union", "totals"))),
        language=draw(st.sampled_from(("en", "sv"))), workplaces=tuple(places),
        people=tuple(people), shifts=tuple(shifts), money_lines=tuple(money),
        incidents=tuple(incidents), attachments=tuple(attachments), attachment_data=blobs,
        control_tags=tuple(tags), integrity=IntegrityInfo(head_seq=40, seals=seals),
        fingerprint="f" * 64)


def _text(pdf: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


@FUZZ
@given(inp=evidence())
def test_the_evidence_pdf_renders_any_text(examples: Tally, inp: EvidenceInput) -> None:
    pdf = render_evidence_pdf(inp)
    assert pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF")
    assert len(pypdf.PdfReader(io.BytesIO(pdf)).pages) >= 3  # a PDF a reader can open
    evidence_csv(inp)
    examples.ran(inp.report_profile)


LONG_PATTERNS = {
    "words": "lorem ipsum dolor sit amet ",
    "one word": "x",
    "markup": "<b>&amp;<?xml ",
    "right to left": "نادي سارة \u202e",
    "thai": "ไม่มีเวลาพัก",
    "combining": "a\u0301\u0302\u0303 ",
    "short lines": "fine 500\n",
}


def _long(pattern: str) -> str:
    return _repeat_to(LONG_PATTERNS[pattern], LONG)


def _base() -> EvidenceInput:
    place = Workplace(name="Club Aurora", currency="SEK", timezone=STHLM, id=1)
    person = Person("Mikael", PersonRole.MANAGER, id=1)
    shift = Shift(1, START, START + timedelta(hours=7), STHLM, id=1)
    line = MoneyLine(START.date(), MoneyKind.DEDUCTION, "fine", 50000, "SEK", shift_id=1,
                     workplace_id=1, id=1)
    alone = MoneyLine(START.date(), MoneyKind.EXPENSE, "phone", 20000, "SEK", id=2)
    incident = Incident(START, STHLM, IncidentCategory.THREATS, "Threatened", workplace_id=1,
                        people=(IncidentPerson(1),), id=1)
    attachment = Attachment("fine.png", "image/png", 10, "ab" * 32, incident_id=1, id=1)
    tag = ControlTag(ControlIndicator.FINES, START.date(), 1, id=1)
    return EvidenceInput(
        profile=Profile(work_name="Lina"), date_from=date(2026, 3, 1),
        date_to=date(2026, 3, 31), generated_at=datetime(2026, 4, 1, tzinfo=UTC),
        app_version="fuzz", workplaces=(place,), people=(person,), shifts=(shift,),
        money_lines=(line, alone), incidents=(incident,), attachments=(attachment,),
        attachment_data={1: png(8, 6)}, control_tags=(tag,), fingerprint="f" * 64)


def _with(inp: EvidenceInput, field: str, text: str) -> EvidenceInput:
    record, name = field.split(".")
    collection = {"workplace": "workplaces", "person": "people", "shift": "shifts",
                  "money": "money_lines", "standalone money": "money_lines",
                  "incident": "incidents", "attachment": "attachments",
                  "control": "control_tags"}[record]
    items: list[Any] = list(getattr(inp, collection))
    index = 1 if record == "standalone money" else 0
    items[index] = replace(items[index], **{name: text})
    changes: dict[str, Any] = {collection: tuple(items)}
    return replace(inp, **changes)


LONG_FIELDS = ("workplace.notes", "person.notes", "shift.notes", "money.note",
               "standalone money.note", "incident.description", "incident.outcome",
               "attachment.note", "control.note")
# Every field with ordinary words; the patterns that are hard to lay out (thousands of lines,
# markup to escape, right-to-left text to reorder: seconds each) in the fields that print the
# whole text on its own and in a table row (the outcome, the standalone money note).
CASES = [(f, "words") for f in LONG_FIELDS] + [
    ("shift.notes", "one word"), ("shift.notes", "thai"), ("shift.notes", "combining"),
    ("incident.description", "markup"), ("incident.outcome", "short lines"),
    ("incident.outcome", "right to left"), ("attachment.note", "short lines"),
    ("standalone money.note", "short lines"), ("standalone money.note", "right to left")]


@pytest.mark.parametrize(("field", "pattern"), CASES)
def test_100000_characters_in_a_long_field(field: str, pattern: str) -> None:
    pdf = render_evidence_pdf(_with(_base(), field, _long(pattern)))
    assert pdf.startswith(b"%PDF-")


def test_markup_typed_in_any_field_prints_literally() -> None:
    """Text with markup in every field the PDF prints comes out as typed, tags and all.
    (Reading a PDF's text back is slow, so this is done once here rather than in the fuzz
    test above, which checks the escaping itself on every example.)"""
    inp = _base()
    for field in ("shift.notes", "incident.title", "incident.description",
                  "incident.outcome", "incident.reported_to", "attachment.note",
                  "standalone money.note", "workplace.legal_name", "workplace.address"):
        inp = _with(inp, field, f"{field}: {SENTINEL}")
    inp = replace(inp, profile=replace(inp.profile, legal_name=SENTINEL),
                  people=(replace(inp.people[0], label=SENTINEL),))
    text = _text(render_evidence_pdf(inp))
    assert text.count(SENTINEL) >= 10, text
    assert text.count("bold?") == text.count("<b>bold?</b>")  # no tag was taken as markup


# --- 100,000 characters in each field that may hold that much --------------------------------

"""The evidence PDF: its text says the right figures, redaction holds, user text is printed
literally in any script, long text splits, and identical input gives identical bytes."""

from __future__ import annotations

import dataclasses
import io
import itertools
import re
from collections.abc import Iterator

import pypdf
import pytest
from reportlab import rl_config
from sample_evidence import LEGAL_NAME, generated_input, sample_input

from workbook.reports.evidence import EvidenceInput, build_report
from workbook.reports.pdf import ExportCancelled, render_evidence_pdf
from workbook.reports.pdf.text import SHAPING, clean, font_runs, markup, paragraphs
from workbook.reports.strings import Strings

PEOPLE_LABELS = ["Mikael", "Ioana", "Big Tom", "Grey suit", "Jonas"]


@pytest.fixture(autouse=True)
def invariant() -> Iterator[None]:
    before = rl_config.invariant
    rl_config.invariant = 1
    yield
    rl_config.invariant = before


def pages_text(pdf: bytes) -> list[str]:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return [_norm(page.extract_text()) for page in reader.pages]


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ").replace("\u202f", " "))


def text_of(pdf: bytes) -> str:
    return " ".join(pages_text(pdf))


@pytest.fixture(scope="module")
def english() -> bytes:
    rl_config.invariant = 1
    return render_evidence_pdf(sample_input())


def test_pdf_has_the_figures(english: bytes) -> None:
    text = text_of(english)
    report = build_report(sample_input())
    club = report.workplaces[0].main
    assert club.gross == 11955000 and club.deductions_total == 6025000
    for expected in [
        "Evidence report", "Lina", LEGAL_NAME, "Aurora Nöjen i Stockholm AB", "559123-4567",
        "Lina worked 52 shifts at Club Aurora, 337.00 hours in all",
        "Lina earned 119,550.00 SEK", "Club Aurora took 60,250.00 SEK (50% of what was earned)",
        "house fee 33,800.00 SEK", "Lina kept 59,300.00 SEK, which is 175.96 SEK an hour",
        "house fee from 600.00 to 800.00 SEK on 2 April 2026",
        "an employee would have been paid 55,605.00 SEK",
        "115,855.00 SEK in all", "That is 56,555.00 SEK more than Lina kept",
        "22,350.00 NOK",
        "Amounts in different currencies are never added together or converted",
        # the night across the clock change is 5.50 hours
        "S-39 Sat 2026-03-28 21:00–04:00+1 30 5.50",
        # the night in debt
        "−700.00",
        "Fined 500 kr for being 5 minutes late", "Mikael (manager, involved)",
        "Grey suit guy (client, involved)",
        "fine-notice.png", "bcabe20fd6604b98fb06f2494f750593be79f5471a1911ff7783c0cbea33ca99",
        "The journal detects changes made after a hash or seal left the device and accidental "
        "corruption; it does not prove who wrote an entry or that the device clock was right.",
        "120-K3QF-9ZTA-M2XW-PL7D", "2 entries were deleted",
    ]:
        assert expected in text, expected


def test_every_page_has_page_x_of_y_fingerprint_and_profile(english: bytes) -> None:
    fingerprint = sample_input().fingerprint
    pages = pages_text(english)
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
        assert fingerprint in page
        assert "Profile: Full" in page


def test_contents_on_the_cover_gives_the_pages(english: bytes) -> None:
    pages = pages_text(english)
    where = next(i for i, p in enumerate(pages, start=1) if p.startswith("Incident log"))
    assert re.search(rf"Incident log {where}\b", pages[0])
    reader = pypdf.PdfReader(io.BytesIO(english))
    titles = [o.title for o in reader.outline if not isinstance(o, list)]
    assert "Summary" in titles and "Record integrity" in titles


def test_swedish_report_is_fully_translated() -> None:
    Strings.missing.clear()
    for profile in ("full", "union", "totals"):
        pdf = render_evidence_pdf(sample_input("sv", profile))
    assert Strings.missing == set()
    text = text_of(pdf)
    for expected in ["Bevisunderlag", "Sida 1 av", "1 januari – 30 april 2026",
                     "Profil: Endast summor", "119 550,00 SEK", "Sammanfattning",
                     "Loggens tillförlitlighet",
                     "Journalen upptäcker ändringar"]:
        assert expected in text, expected


def _without_names(inp: EvidenceInput) -> EvidenceInput:
    """The sample with the people's names taken out of the free text, which no profile
    redacts (the cover says so)."""

    def scrub(value: str | None) -> str | None:
        if value is None:
            return None
        for name in PEOPLE_LABELS:
            value = value.replace(name, "someone")
        return value

    incidents = tuple(dataclasses.replace(x, title=scrub(x.title) or "",
                                          description=scrub(x.description) or "",
                                          outcome=scrub(x.outcome)) for x in inp.incidents)
    shifts = tuple(dataclasses.replace(s, notes=scrub(s.notes) or "") for s in inp.shifts)
    money = tuple(dataclasses.replace(m, counterparty=scrub(m.counterparty) or "",
                                      note=scrub(m.note) or "") for m in inp.money_lines)
    return dataclasses.replace(inp, incidents=incidents, shifts=shifts, money_lines=money)


def test_union_pdf_has_no_names_of_people_and_no_legal_name() -> None:
    inp = _without_names(sample_input(report_profile="union"))
    pdf = render_evidence_pdf(inp)
    text = text_of(pdf)
    for label in [*PEOPLE_LABELS, LEGAL_NAME, "Karin"]:
        assert label not in text, label
        assert label.encode() not in pdf  # not in the metadata either
    assert "Manager A (involved)" in text and "Coworker B (witness)" in text
    assert "Security C (involved)" in text
    assert "client" not in text.split("Incident log", 1)[1].split("Exhibits", 1)[0].lower()
    assert "Profile: Union" in text and "clients are left out" in text


def test_totals_pdf_has_figures_and_no_free_text() -> None:
    pdf = render_evidence_pdf(sample_input(report_profile="totals"))
    text = text_of(pdf)
    assert "Lina earned 119,550.00 SEK" in text
    for free in ["Manager said we stay", "Fined 500 kr for being", "metro stopped", "Mikael",
                 LEGAL_NAME, "fine-notice.png", "Taxi home", "Monthly listing fee"]:
        assert free not in text, free
    assert "Unlawful deduction or fine" in text  # categories stay
    assert "bcabe20fd6604b98fb06f2494f750593be79f5471a1911ff7783c0cbea33ca99" in text


def test_identical_input_gives_identical_bytes(english: bytes) -> None:
    assert render_evidence_pdf(sample_input()) == english


HOSTILE = ("<b>bold</b> & <?xml version='1.0'?> <para>x</para> &amp; <font size=40>big</font> "
           "</para> <br/> <img src='/etc/passwd'/>")


def _with_text(description: str, title: str = "Title", notes: str = "") -> EvidenceInput:
    inp = sample_input()
    incidents = list(inp.incidents)
    incidents[0] = dataclasses.replace(incidents[0], title=title, description=description)
    shifts = list(inp.shifts)
    shifts[0] = dataclasses.replace(shifts[0], notes=notes)
    return dataclasses.replace(inp, incidents=tuple(incidents), shifts=tuple(shifts))


def test_markup_typed_by_the_worker_prints_literally() -> None:
    pdf = render_evidence_pdf(_with_text(HOSTILE, title=HOSTILE, notes=HOSTILE))
    text = text_of(pdf)
    assert text.count("<b>bold</b> & <?xml version='1.0'?> <para>x</para> &amp; "
                      "<font size=40>big</font> </para> <br/> <img src='/etc/passwd'/>") == 3


def test_every_script_renders() -> None:
    mixed = ("Svenska: åäö ÅÄÖ. Română: ș ț Ș Ț ă î â. Русский: Привет, как дела? "
             "ไทย: สวัสดีครับ ผู้จัดการหักเงิน. العربية: المدير أخذ المال. Emoji: 💃🏽🔥 ok.")
    inp = _with_text(mixed, title="Штраф — ไทย — مرحبا", notes=mixed)
    people = list(inp.people)
    people[1] = dataclasses.replace(people[1], label="Ioana Ștefănescu / Иоанна / อ้อย / علياء")
    pdf = render_evidence_pdf(dataclasses.replace(inp, people=tuple(people)))
    text = text_of(pdf)
    for part in ["åäö ÅÄÖ", "ș ț Ș Ț ă î â", "Привет, как дела?", "Иоанна"]:
        assert part in text, part
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    fonts = {str(f.get_object()["/BaseFont"]) for page in reader.pages
             for f in page["/Resources"].get("/Font", {}).values()}
    assert any("NotoSansThai" in f for f in fonts)
    assert any("NotoNaskhArabic" in f for f in fonts)


def test_a_thai_report_prints_its_headings_in_bold_thai() -> None:
    """Headings and the cover's "Contents" are the report's own words: in a Thai report they
    print in the bold Thai face, never in a face without Thai letters (empty boxes)."""
    pdf = render_evidence_pdf(sample_input("th"))
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    cover = reader.pages[0]
    fonts = {str(f.get_object()["/BaseFont"]).split("+")[-1]
             for f in cover["/Resources"]["/Font"].values()}
    assert "NotoSansThai-Bold" in fonts
    used: list[tuple[str, str]] = []

    def visit(text: str, _cm: object, _tm: object, font: object, _size: object) -> None:
        if text.strip() and font is not None:
            used.append((text, str(font["/BaseFont"]).split("+")[-1]))  # type: ignore[index]

    cover.extract_text(visitor_text=visit)
    contents = Strings("th")("Contents")
    assert any(contents in text and face == "NotoSansThai-Bold" for text, face in used), used
    assert not any(face.startswith("DejaVu") and re.search("[\u0e00-\u0e7f]", text)
                   for text, face in used)


@pytest.mark.skipif(not SHAPING, reason="arabic-reshaper and python-bidi not installed")
def test_arabic_is_joined_and_right_to_left() -> None:
    out = markup("المدير")
    assert 'face="WB-Arabic"' in out
    shaped = out.split(">", 1)[1].split("<", 1)[0]
    # presentation forms (joined letters), in visual order: the last letter comes first
    assert all(0xFE70 <= ord(c) <= 0xFEFF for c in shaped)
    assert shaped[0] in "\ufee3\ufee4\ufeae\ufead"  # a final form, not the first letter


def test_markup_escapes_and_switches_fonts() -> None:
    assert markup("a <b> & c") == "a &lt;b&gt; &amp; c"
    assert markup("line one\nline two") == "line one<br/>line two"
    assert font_runs("abc ไทย def") == [("WB-Sans", "abc "), ("WB-Thai", "ไทย "),
                                        ("WB-Sans", "def")]
    assert clean("a\x00b\u200bc\r\nd\ufb01") == "a b\u200bc\nd fi".replace(" ", "")


def test_long_description_splits_across_pages() -> None:
    words = "The manager kept the house fee again and said it was the rule. "
    long = (words * 1600)[:100_000]
    pdf = render_evidence_pdf(_with_text(long, notes="x" * 100_000))
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) > 30
    assert len(paragraphs(long)) > 30


def test_progress_reaches_the_end_and_cancel_stops() -> None:
    seen: list[tuple[int, int]] = []
    render_evidence_pdf(sample_input(), progress=lambda done, total: seen.append((done, total)))
    assert seen and seen[-1][0] == seen[-1][1]
    assert all(a[0] <= b[0] for a, b in itertools.pairwise(seen))
    calls = iter(range(1000))
    with pytest.raises(ExportCancelled):
        render_evidence_pdf(sample_input(), cancelled=lambda: next(calls) > 5)


def test_a_damaged_image_is_listed_not_fatal() -> None:
    inp = sample_input()
    pdf = render_evidence_pdf(dataclasses.replace(inp, attachment_data={1: b"not a png"}))
    text = text_of(pdf)
    assert "This file could not be shown as a picture." in text
    assert "fine-notice.png" in text


def test_empty_period() -> None:
    inp = dataclasses.replace(sample_input(), shifts=(), money_lines=(), incidents=(),
                              attachments=(), control_tags=())
    text = text_of(render_evidence_pdf(inp))
    assert "Nothing was recorded in this period." in text
    assert "No shifts in this period." in text


@pytest.mark.slow
def test_a_year_of_shifts_renders() -> None:
    pdf = render_evidence_pdf(generated_input(250))
    pages = pages_text(pdf)
    assert any("S-250" in p for p in pages)
    assert "Total 250 shifts" in " ".join(pages)


def _with_client_payment(inp: EvidenceInput) -> EvidenceInput:
    """The sample with the first earning paid by a named client."""
    money = list(inp.money_lines)
    first = next(i for i, m in enumerate(money) if m.kind == "earning" and m.shift_id)
    money[first] = dataclasses.replace(money[first], counterparty="Client Bengt",
                                       note="Paid in the VIP room")
    return dataclasses.replace(inp, money_lines=tuple(money))


def test_the_shift_log_says_who_took_each_amount_and_the_notes() -> None:
    inp = _with_client_payment(sample_input())
    before, log = text_of(render_evidence_pdf(inp)).split("Every shift in the period", 1)
    # Under the shift: who took or paid each amount and the note on it, and the shift's note.
    assert "Fine 500.00: Mikael, Late by 5 minutes" in log
    assert "Commission 500.00: Club, 20% of card dances" in log
    assert "Private dances" in log and "Client Bengt, Paid in the VIP room" in log
    assert "Note: Manager said we stay until the last client leaves." in log
    # A note too long for the log is cut there and follows it in full.
    assert "(in full after the log)" in log
    assert "Notes too long for the log, in full." in log
    # The notes of the signs of control are printed with their dates, in the workplace part.
    assert "Dress or appearance rules: 2026-02-12 (New rule: only long dresses on Thursdays)" \
        in before


def test_union_log_leaves_out_who_paid_and_totals_leaves_out_every_note() -> None:
    inp = _with_client_payment(sample_input())
    union = text_of(render_evidence_pdf(dataclasses.replace(inp, report_profile="union")))
    assert "Client Bengt" not in union  # who paid an earning is a client
    assert "Paid in the VIP room" in union  # the worker's own note is printed as written
    assert "Tip-out 200.00: DJ" in union  # who took a deduction is not a client
    totals = text_of(render_evidence_pdf(dataclasses.replace(inp, report_profile="totals")))
    for free in ["Client Bengt", "Paid in the VIP room", "Late by 5 minutes", ": DJ",
                 "New rule: only long dresses", "Note:"]:
        assert free not in totals, free

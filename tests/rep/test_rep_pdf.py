"""The practice report's PDF and CSV: the evidence PDF's page furniture, the fingerprints it
rests on, nothing of a figure resting on fewer than three workers, and Swedish throughout."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from rep_helpers import Sidecars
from test_practice import REP_PASSPHRASE, import_all

from workbook.rep.csv_out import practice_csv
from workbook.rep.pdf import basis_fingerprint, render_practice_pdf
from workbook.rep.practice import PracticeReport, practice_for
from workbook.rep.vault import RepVault
from workbook.reports.strings import Strings
from workbook.store.kdf import FAST_TEST_KDF

WHEN = datetime(2026, 5, 2, 10, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory, sidecars: Sidecars
            ) -> Iterator[tuple[PracticeReport, PracticeReport]]:
    path = tmp_path_factory.mktemp("rep") / "rep.workbook"
    with RepVault.create(path, REP_PASSPHRASE, kdf=FAST_TEST_KDF) as rep:
        import_all(rep, sidecars)
        yield (practice_for(rep, "Club Aurora", generated_at=WHEN),
               practice_for(rep, "Agentur Nord", generated_at=WHEN))


def text_of(pdf: bytes) -> list[str]:
    return [" ".join((page.extract_text() or "").split())
            for page in PdfReader(io.BytesIO(pdf)).pages]


def test_the_pdf_has_page_numbers_figures_and_the_fingerprints(
        reports: tuple[PracticeReport, PracticeReport]) -> None:
    club, _ = reports
    pages = text_of(render_practice_pdf(club))
    whole = " ".join(pages)
    for n, page in enumerate(pages, start=1):
        assert f"Page {n} of {len(pages)}" in page
        assert f"Basis {basis_fingerprint(club.sources)}" in page
    assert "Club Aurora: what 3 workers reported" in whole
    assert "850.00" in whole and "800.00 – 1,000.00" not in whole  # none all three paid
    assert "Range: the lowest and highest amounts that at least 3 workers" in whole
    assert "The median went up by 200.00 SEK from 2026 Q1 to 2026 Q2." in whole
    assert "352.78 SEK" in whole and "325.00 SEK" in whole
    assert "fewer than 3 workers" in whole
    assert "January 2026 to April 2026" in whole and "2026 Q1" in whole
    # No single day a worker was there, and no spelling only one worker used.
    assert not re.search(r"2026-0\d-\d\d", whole)
    assert "CLUB AURORA" not in whole and "club aurora" not in whole
    for fingerprint in club.sources:
        assert fingerprint in whole
    # Nothing of the withheld fines (500.00, 300.00) or C's tip-out (200.00) prints.
    for amount in ("500.00", "300.00", "200.00"):
        assert not re.search(r"(?<![\d,])" + re.escape(amount) + r"(?! SEK from)", whole)


def test_a_workplace_with_too_few_workers_shows_no_figures(
        reports: tuple[PracticeReport, PracticeReport]) -> None:
    _, agency = reports
    whole = " ".join(text_of(render_practice_pdf(agency)))
    assert "too few workers to show figures" in whole
    assert "Fewer than 3 workers sent verified reports" in whole
    assert "2026" not in whole.replace("2 May 2026", "")  # no period, no dates of work
    assert "Basis" not in whole


def test_the_swedish_pdf_is_all_swedish(reports: tuple[PracticeReport, PracticeReport]
                                        ) -> None:
    club, agency = reports
    Strings.missing.clear()
    whole = " ".join(text_of(render_practice_pdf(club, "sv")) +
                     text_of(render_practice_pdf(agency, "sv")))
    assert Strings.missing == set()
    assert "Sida 1 av" in whole and "färre än 3 arbetare" in whole
    assert "850,00" in whole and "Husavgift" in whole


def test_the_csv_has_the_figures_and_withholds_the_rest(
        reports: tuple[PracticeReport, PracticeReport]) -> None:
    club, agency = reports
    rows = list(csv.DictReader(io.StringIO(practice_csv(club).decode())))
    house = next(r for r in rows if r["section"] == "deductions" and r["item"] == "house_fee")
    assert (house["workers"], house["count"], house["median"], house["lowest"],
            house["highest"], house["total"], house["outside_range"]) == (
        "3", "6", "850.00", "", "", "5300.00", "")  # no amount all three paid: no range
    fine = next(r for r in rows if r["section"] == "deductions" and r["item"] == "fine")
    assert fine["withheld"] == "yes" and fine["workers"] == fine["median"] == ""
    assert {r["item"] for r in rows if r["section"] == "source_report"} == set(club.sources)
    together = next(r for r in rows if r["item"] == "all_workers_together")
    assert together["total"] == "352.78"
    only = list(csv.DictReader(io.StringIO(practice_csv(agency).decode())))
    assert [(r["section"], r["withheld"]) for r in only] == [("workers", "yes")]


def test_render_for_looking(reports: tuple[PracticeReport, PracticeReport],
                            tmp_path: Path) -> None:
    """Byte-stable enough to be looked at: two renders have the same page count."""
    club, _ = reports
    assert len(text_of(render_practice_pdf(club))) == len(text_of(render_practice_pdf(club)))

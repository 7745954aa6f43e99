"""The overview's figures against hand-worked values, from a real vault."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from workbook.domain.categories import MoneyKind
from workbook.domain.models import MoneyLine, Shift
from workbook.services import records
from workbook.store.vault import Vault
from workbook.ui.pages.overview import OverviewPage, fee_history, month_start, monthly_figures
from workbook.ui.session import Session

NOW = datetime(2026, 3, 20, 12, tzinfo=UTC)


@pytest.fixture(autouse=True)
def english_locale() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)  # type: ignore[misc]


def money(kind: MoneyKind, category: str, major: int) -> MoneyLine:
    return MoneyLine(date(2000, 1, 1), kind, category, major * 100, "SEK")


def shift(workplace_id: int, start: datetime, end: datetime, tz: str,
          breaks: int = 0) -> Shift:
    return Shift(workplace_id=workplace_id, start=start, end=end, timezone=tz,
                 breaks_minutes=breaks)


@pytest.fixture
def page(qtbot: QtBot, vault: Vault) -> OverviewPage:
    club = vault.find_workplace("Club Aurora")
    agency = vault.find_workplace("Agentur Nord")
    assert club is not None and club.id is not None
    assert agency is not None and agency.id is not None
    sthlm = "Europe/Stockholm"
    # Last year: counts in the chart and the fee history, not in "this year".
    records.record_shift(vault, shift(club.id, utc(2025, 12, 12, 20), utc(2025, 12, 13, 2),
                                      sthlm), [money(MoneyKind.EARNING, "tips", 1000),
                                               money(MoneyKind.DEDUCTION, "house_fee", 600)])
    # February: 6 h, no break.
    records.record_shift(vault, shift(club.id, utc(2026, 2, 10, 19), utc(2026, 2, 11, 1),
                                      sthlm), [money(MoneyKind.EARNING, "private_dances", 3000),
                                               money(MoneyKind.DEDUCTION, "house_fee", 600)])
    # This month: 21:00–03:00 with a 30-minute break = 5 h 30 min.
    records.record_shift(vault, shift(club.id, utc(2026, 3, 6, 20), utc(2026, 3, 7, 2),
                                      sthlm, breaks=30),
                         [money(MoneyKind.EARNING, "private_dances", 2400),
                          money(MoneyKind.DEDUCTION, "house_fee", 800),
                          money(MoneyKind.DEDUCTION, "fine", 500)])
    # A night in debt at the agency, in euros: 4 h.
    records.record_shift(vault, shift(agency.id, utc(2026, 3, 10, 18), utc(2026, 3, 10, 22),
                                      "Europe/Berlin"),
                         [money(MoneyKind.EARNING, "bookings", 100),
                          money(MoneyKind.DEDUCTION, "agency_fee", 150)])
    overview = OverviewPage(Session(vault))
    overview.clock = lambda: NOW
    overview.refresh()
    qtbot.addWidget(overview)
    overview.show()
    return overview


def values(page: OverviewPage, name: str, currency: str) -> dict[str, tuple[str, str]]:
    entry = next(e for e in page.year.workplaces if e.name == name and e.currency == currency)
    rows = page.card_values[(entry.workplace_id, currency)]
    return {k: (m.replace("\u00a0", " "), y.replace("\u00a0", " ")) for k, (m, y) in rows.items()}


def test_this_month_and_this_year_match_the_hand_worked_figures(page: OverviewPage) -> None:
    club = values(page, "Club Aurora", "SEK")
    assert club["shifts"] == ("1", "2")
    assert club["hours"] == ("5 h 30 min", "11 h 30 min")
    assert club["earned"] == ("2,400.00 SEK", "5,400.00 SEK")
    assert club["taken"] == ("1,300.00 SEK", "1,900.00 SEK")
    assert club["taken:house_fee"] == ("800.00 SEK", "1,400.00 SEK")
    assert club["taken:fine"] == ("500.00 SEK", "500.00 SEK")
    assert club["kept"] == ("1,100.00 SEK", "3,500.00 SEK")
    # 1,100 / 5.5 h = 200.00; 3,500 / 11.5 h = 304.347… → 304.35.
    assert club["per_hour"] == ("200.00 SEK", "304.35 SEK")
    # Reference wage 180 SEK an hour (the template's profile) plus everything taken:
    # 180 × 5.5 + 1,300 = 2,290; 180 × 11.5 + 1,900 = 3,970.
    assert club["owed"] == ("2,290.00 SEK", "3,970.00 SEK")
    assert club["short"] == ("1,190.00 SEK less", "470.00 SEK less")


def test_a_night_in_debt_is_shown_with_a_minus_and_in_words(page: OverviewPage) -> None:
    agency = values(page, "Agentur Nord", "EUR")
    assert agency["kept"][0] == "\u221250.00 EUR (in debt to the workplace)"
    assert agency["per_hour"][0] == "\u221212.50 EUR"
    assert "owed" not in agency  # no reference wage for euros


def test_the_chart_shows_twelve_months_of_earned_and_taken(page: OverviewPage) -> None:
    page.chart_choice.setCurrentIndex(page.chart_choice.findText("Club Aurora (SEK)"))
    bars = page.chart.bars()
    assert len(bars) == 12
    assert bars[0].label == "Apr 25" and bars[-1].label == "Mar"
    by_label = {b.label: (b.earned, b.taken) for b in bars}
    assert by_label["Dec"] == (100000, 60000)
    assert by_label["Feb"] == (300000, 60000)
    assert by_label["Mar"] == (240000, 130000)
    assert by_label["Jan 26"] == (0, 0)
    assert "Mar: earned 2,400.00\u00a0SEK, taken 1,300.00\u00a0SEK" in (
        page.chart.accessibleDescription())


def test_fee_history_says_when_the_house_fee_went_up(page: OverviewPage) -> None:
    texts = [t.replace("\u00a0", " ") for t in page.history_texts]
    assert ("Club Aurora: House fee: 600.00 SEK on 12/12/2025 → 800.00 SEK on 06/03/2026 "
            "(up 200.00 SEK)") in texts
    assert "Club Aurora: Fine: 500.00 SEK on 06/03/2026 (once)" in texts


def test_month_helpers() -> None:
    assert month_start(date(2026, 3, 20), 11) == date(2025, 4, 1)
    assert month_start(date(2026, 1, 5), 1) == date(2025, 12, 1)
    assert monthly_figures([], [], 1, "SEK", date(2026, 1, 1), 2) == [
        (date(2026, 1, 1), 0, 0), (date(2026, 2, 1), 0, 0)]
    assert fee_history([], [], 1) == []

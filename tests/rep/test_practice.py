"""Reports from several generated worker vaults, imported into a rep vault, and the practice
report checked against figures worked out by hand (see ``conftest.py`` for the nights).

Club Aurora, as three workers spelled it ("Club Aurora", "club aurora", "CLUB  AURORA "):

- house fees: A 800 (Jan), 800 (Apr); B 800 (Jan), 1,000 (Apr); C 900 (Feb), 1,000 (Apr).
  Sorted 800 800 800 900 1000 1000: median (800 + 900) / 2 = 850.00, total 5,300; no
  range, as no amount was paid by all three (800: A and B; 1,000: B and C).
  Q1: 800 800 900 → 800.00 (3 workers); Q2: 800 1000 1000 → 1,000.00 (3 workers); up by
  200.00.
- fines: A and B only (2 workers) → withheld; tip-out: C only → withheld.
- hours: A 6 + 6, B 5 + 5, C (8 − 1) + (8 − 1) = 36 h over 6 shifts; median shift 6 h.
- net: A 6,000 − 2,100 = 3,900 over 12 h (325.00/h); B 5,000 − 2,100 = 2,900 over 10 h
  (290.00/h); C 8,000 − 2,100 = 5,900 over 14 h (421.43/h). Together 12,700 / 36 h =
  352.78/h; median of the three rates 325.00.
- signs of control: fines, by all three (3 times, all in 2026 Q1); set schedule by
  C only → withheld.
- incidents: unlawful deduction, all three (3, all in 2026 Q1); sexual harassment,
  C only → withheld.

Worker D's report is tampered with: were it counted, there would be 4 workers and another
house fee of 9,999.00.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from rep_helpers import Sidecars

from workbook.rep.intake import ADDED, DUPLICATE, FAILED, import_report
from workbook.rep.practice import (
    FeeFigure,
    PracticeReport,
    ThresholdError,
    median,
    practice_for,
)
from workbook.rep.vault import RepVault
from workbook.store.kdf import FAST_TEST_KDF

REP_PASSPHRASE = "rep passphrase 1"


@pytest.fixture
def rep(tmp_path: Path) -> Iterator[RepVault]:
    vault = RepVault.create(tmp_path / "rep.workbook", REP_PASSPHRASE, kdf=FAST_TEST_KDF)
    yield vault
    vault.close()


def import_all(rep: RepVault, s: Sidecars) -> dict[str, str]:
    statuses = {}
    for name, data, seals in (("a-early.json", s.a_early, ()), ("a-full.json", s.a_full, ()),
                              ("b.json", s.b, (s.b_seal,)), ("c.json", s.c, ()),
                              ("d.json", s.d_tampered, ())):
        statuses[name] = import_report(rep, data, file_name=name, seals=seals).status
    return statuses


def fee(report: PracticeReport, category: str) -> FeeFigure:
    return next(f for f in report.fees if f.category == category)


def test_figures_match_the_hand_worked_values(rep: RepVault, sidecars: Sidecars) -> None:
    assert import_all(rep, sidecars) == {"a-early.json": ADDED, "a-full.json": ADDED,
                                         "b.json": ADDED, "c.json": ADDED, "d.json": FAILED}
    r = practice_for(rep, "Club Aurora")
    assert r.workers == 3
    assert (r.period_from, r.period_to) == ("2026-01", "2026-04")  # months, never days
    house = fee(r, "house_fee")
    assert (house.workers, house.lines, house.median, house.total) == (3, 6, 85000, 530000)
    # 800 (A, B), 900 (C), 1,000 (B, C): no amount did all three pay, so there is no range.
    assert not house.range_shown and (house.low, house.high) == (0, 0)
    assert [(q.quarter, q.workers, q.median) for q in house.quarters] == [
        ("2026-Q1", 3, 80000), ("2026-Q2", 3, 100000)]
    assert house.change == 20000
    assert r.hours is not None
    assert (r.hours.shifts, r.hours.seconds, r.hours.median_shift_seconds) == (
        6, 36 * 3600, 6 * 3600)
    (rate,) = r.rates
    assert (rate.currency, rate.workers, rate.net, rate.per_hour,
            rate.median_worker_per_hour) == ("SEK", 3, 1270000, 35278, 32500)
    fines = next(c for c in r.controls if c.slug == "fines")
    assert (fines.workers, fines.count, fines.first, fines.last) == (
        3, 3, "2026-Q1", "2026-Q1")
    unlawful = next(c for c in r.incidents if c.slug == "unlawful_deduction")
    assert (unlawful.workers, unlawful.count) == (3, 3)


def test_figures_from_fewer_than_three_workers_show_nothing(rep: RepVault,
                                                            sidecars: Sidecars) -> None:
    import_all(rep, sidecars)
    r = practice_for(rep, "club aurora")
    for figure in (fee(r, "fine"), fee(r, "tip_out")):
        assert figure.withheld
        assert (figure.lines, figure.median, figure.low, figure.high, figure.total,
                figure.quarters) == (0, 0, 0, 0, 0, ())
    schedule = next(c for c in r.controls if c.slug == "set_schedule")
    harassment = next(c for c in r.incidents if c.slug == "sexual_harassment")
    for figure in (schedule, harassment):
        assert figure.withheld and (figure.count, figure.first, figure.last) == (0, "", "")
    # The agency only worker A named: the whole workplace is withheld.
    agency = practice_for(rep, "agentur nord")
    assert agency.withheld and agency.workers == 1
    assert (agency.fees, agency.controls, agency.incidents, agency.sources) == ((), (), (), ())
    assert agency.period_from == ""


def test_the_threshold_can_be_raised_but_never_below_three(rep: RepVault,
                                                           sidecars: Sidecars) -> None:
    import_all(rep, sidecars)
    assert practice_for(rep, "Club Aurora", threshold=4).withheld
    with pytest.raises(ThresholdError, match="smallest"):
        practice_for(rep, "Club Aurora", threshold=2)


def test_the_tampered_report_is_kept_apart_flagged_and_not_counted(
        rep: RepVault, sidecars: Sidecars) -> None:
    import_all(rep, sidecars)
    reports = {r.file_name: r for r in rep.reports()}
    d = reports["d.json"]
    assert not d.ok and d.worker is None
    assert any(c.name == "Disclosed values"
               and "the values shown and the digests given do not match entry" in c.detail
               for c in d.failed)
    r = practice_for(rep, "Club Aurora")
    assert d.fingerprint not in r.sources
    assert fee(r, "house_fee").total == 530000  # D's 9,999.00 is nowhere
    assert [r.file_name for r in rep.reports()][-1] == "d.json"  # listed after the verified


def test_two_reports_from_one_vault_count_as_one_worker(rep: RepVault,
                                                        sidecars: Sidecars) -> None:
    import_all(rep, sidecars)
    reports = {r.file_name: r for r in rep.reports()}
    assert reports["a-early.json"].worker == reports["a-full.json"].worker == 1
    assert {reports["b.json"].worker, reports["c.json"].worker} == {2, 3}
    # A's January shift is in both reports: counted once (6 shifts, not 7).
    r = practice_for(rep, "Club Aurora")
    assert r.hours is not None and r.hours.shifts == 6


def test_a_later_report_joins_the_worker_of_an_earlier_one_in_either_order(
        rep: RepVault, sidecars: Sidecars) -> None:
    import_report(rep, sidecars.a_full, file_name="full.json")
    import_report(rep, sidecars.b, file_name="b.json")
    outcome = import_report(rep, sidecars.a_early, file_name="early.json")
    assert outcome.worker == 1


def test_the_same_report_twice_is_a_no_op(rep: RepVault, sidecars: Sidecars) -> None:
    first = import_report(rep, sidecars.c, file_name="c.json")
    again = import_report(rep, sidecars.c, file_name="c-copy.json")
    assert again.status == DUPLICATE and again.report_id == first.report_id
    assert "already here" in again.message() and "Nothing was changed" in again.message()
    assert len(rep.reports()) == 1


def test_a_seal_the_rep_holds_is_checked_on_import(rep: RepVault, sidecars: Sidecars) -> None:
    good = import_report(rep, sidecars.b, file_name="b.json", seals=[sidecars.b_seal])
    assert good.status == ADDED
    (stored,) = rep.reports()
    assert any(c.name == f"Seal {sidecars.b_seal}" and c.ok for c in stored.checks)
    assert stored.seals == (sidecars.b_seal,)
    # C's seal is not in B's journal: the report fails and is kept apart.
    wrong = import_report(rep, sidecars.c, file_name="c.json", seals=[sidecars.b_seal])
    assert wrong.status == FAILED
    assert any(name.startswith("Seal") for name, _ in wrong.failed)


def test_merged_names_count_as_one_workplace(rep: RepVault, sidecars: Sidecars) -> None:
    import_all(rep, sidecars)
    places = {p.name: p for p in rep.places()}
    assert places["Club Aurora"].spellings == ("Club Aurora", "CLUB AURORA", "club aurora")
    assert places["Club Aurora"].workers == 3
    rep.merge(places["Agentur Nord"].key, places["Club Aurora"].key)
    assert [p.name for p in rep.places()] == ["Club Aurora"]
    merged = practice_for(rep, "Agentur Nord")
    assert merged.name == "Club Aurora" and merged.workers == 3
    assert merged.hours is not None and merged.hours.shifts == 7  # A's agency shift joins
    rep.unmerge(places["Club Aurora"].key)
    assert len(rep.places()) == 2


def test_median_of_an_even_count_rounds_half_to_even() -> None:
    assert median([1, 2]) == 2  # 1.5 → 2
    assert median([2, 3]) == 2  # 2.5 → 2
    assert median([5, 1, 3]) == 3


def test_verifying_in_parallel_processes_gives_the_same_result(
        tmp_path: Path, sidecars: Sidecars) -> None:
    from workbook.rep.intake import ImportItem, import_files

    folder = tmp_path / "in"
    folder.mkdir()
    items = []
    for name, data in (("a1.json", sidecars.a_early), ("a2.json", sidecars.a_full),
                       ("b.json", sidecars.b), ("c.json", sidecars.c),
                       ("d.json", sidecars.d_tampered), ("c-again.json", sidecars.c)):
        (folder / name).write_bytes(data)
        items.append(ImportItem(folder / name))
    results = []
    for processes in (0, 2):
        with RepVault.create(tmp_path / f"rep{processes}.workbook", REP_PASSPHRASE,
                             kdf=FAST_TEST_KDF) as rep:
            outcomes = import_files(rep, items, processes=processes)
            results.append([(o.file_name, o.status, o.worker, o.fingerprint)
                            for o in outcomes])
            assert practice_for(rep, "Club Aurora").workers == 3
    assert results[0] == results[1]
    assert [status for _, status, _, _ in results[0]] == [ADDED, ADDED, ADDED, ADDED, FAILED,
                                                          DUPLICATE]


def test_the_range_shows_only_amounts_enough_workers_paid() -> None:
    """Fines at one club, by hand: 200.00 paid by workers 1, 2, 3 and 4; 500.00 by 1, 2 and
    3; 300.00 by 4 and 5; and one fine of 2,000.00 that only worker 5 paid. Plain lowest and
    highest would print 2,000.00, which the club can match to worker 5."""
    from workbook.rep.practice import compute_practice
    from workbook.rep.vault import PracticeRows

    fines = [(1, 200), (2, 200), (3, 200), (4, 200), (1, 500), (2, 500), (3, 500),
             (4, 300), (5, 300), (5, 2000)]
    money = [(w, 10, f"M-{i}", None, "2026-02-01", "deduction", "fine", amount, "SEK")
             for i, (w, amount) in enumerate(fines)]
    rows = PracticeRows([], [(w, 10, "W-1", "Club", "SEK") for w in range(1, 6)], [], money,
                        [], [])

    def fine(threshold: int) -> FeeFigure:
        report = compute_practice(rows, key="club", name="Club", threshold=threshold)
        return fee(report, "fine")

    three = fine(3)
    assert (three.workers, three.lines, three.median, three.total) == (5, 10, 300, 4900)
    assert three.range_shown and (three.low, three.high) == (200, 500)
    assert three.outside  # the 2,000.00 lies outside, unnamed
    four = fine(4)
    assert four.range_shown and (four.low, four.high) == (200, 200) and four.outside
    five = fine(5)  # no amount did all five pay
    assert not five.range_shown and not five.outside and (five.low, five.high) == (0, 0)
    assert five.median == 300

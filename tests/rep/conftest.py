"""Worker vaults and their sidecars, built once per test session for the rep tests.

Three workers at one club, each spelling its name differently; worker A sends two reports
(January–February, then January–April) that share her journal; worker B's report is checked
against a seal she sent; worker D's report is tampered with. Hand-worked figures are in
``test_practice.py``.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from rep_helpers import (
    Night,
    Sidecars,
    WorkerSpec,
    add_records,
    at,
    make_worker,
    raise_first_house_fee,
    sidecar,
    tampered,
)

from workbook.domain.categories import ControlIndicator, IncidentCategory
from workbook.domain.models import Shift, Workplace

D = date
FINES, SCHEDULE = ControlIndicator.FINES, ControlIndicator.SET_SCHEDULE
UNLAWFUL = IncidentCategory.UNLAWFUL_DEDUCTION
HARASSMENT = IncidentCategory.SEXUAL_HARASSMENT

WORKER_A = WorkerSpec("Lina", "Club Aurora", [
    Night(D(2026, 1, 10), 21, 6, earned=300000, house_fee=80000, fine=50000),
    Night(D(2026, 4, 10), 21, 6, earned=300000, house_fee=80000),
], controls=[(D(2026, 1, 10), FINES)], incidents=[(D(2026, 1, 10), UNLAWFUL)])
WORKER_B = WorkerSpec("Maja", "club aurora", [
    Night(D(2026, 1, 15), 22, 5, earned=250000, house_fee=80000, fine=30000),
    Night(D(2026, 4, 15), 22, 5, earned=250000, house_fee=100000),
], controls=[(D(2026, 1, 15), FINES)], incidents=[(D(2026, 1, 15), UNLAWFUL)])
WORKER_C = WorkerSpec("Sofia", "CLUB  AURORA ", [
    Night(D(2026, 2, 1), 20, 8, breaks=60, earned=400000, house_fee=90000),
    Night(D(2026, 4, 20), 20, 8, breaks=60, earned=400000, house_fee=100000, tip_out=20000),
], controls=[(D(2026, 2, 1), FINES), (D(2026, 2, 1), SCHEDULE)],
    incidents=[(D(2026, 2, 1), UNLAWFUL), (D(2026, 4, 20), HARASSMENT)])
WORKER_D = WorkerSpec("Ana", "Club Aurora", [
    Night(D(2026, 3, 1), 21, 6, earned=100000, house_fee=80000),
])


@pytest.fixture(scope="session")
def sidecars(tmp_path_factory: pytest.TempPathFactory) -> Sidecars:
    folder = tmp_path_factory.mktemp("workers")
    a = make_worker(folder / "a.workbook", WORKER_A, upto=D(2026, 2, 28))
    try:
        a_early = sidecar(a, D(2026, 1, 1), D(2026, 2, 28))
        add_records(a, WORKER_A, 1, after=D(2026, 2, 28))
        agency = a.add_workplace(Workplace(name="Agentur Nord", currency="EUR",
                                           timezone="Europe/Berlin"))
        start = at(D(2026, 4, 2), 18)
        a.add_shift(Shift(workplace_id=agency.id or 0, start=start,
                          end=start + timedelta(hours=4), timezone="Europe/Berlin"))
        a_full = sidecar(a, D(2026, 1, 1), D(2026, 4, 30))
    finally:
        a.close()
    b = make_worker(folder / "b.workbook", WORKER_B)
    try:
        b_seal = b.issue_seal().code
        b_data = sidecar(b)
    finally:
        b.close()
    c = make_worker(folder / "c.workbook", WORKER_C)
    try:
        other_seal = c.issue_seal().code
        c_data = sidecar(c)
    finally:
        c.close()
    d = make_worker(folder / "d.workbook", WORKER_D)
    try:
        d_intact = sidecar(d)
    finally:
        d.close()
    return Sidecars(a_early, a_full, b_data, b_seal, c_data,
                    tampered(d_intact, raise_first_house_fee), d_intact, other_seal)

"""The fast SQL summary must equal the record-by-record reference on a full demo vault."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from workbook.reports.summary import compute_summary, summary_json
from workbook.services.demo import create_demo
from workbook.services.summary import period_summary
from workbook.store.kdf import FAST_TEST_KDF
from workbook.store.vault import Vault


@pytest.fixture(scope="module")
def demo_vault(tmp_path_factory: pytest.TempPathFactory) -> Vault:
    path = Path(tmp_path_factory.mktemp("summary")) / "demo.workbook"
    vault = Vault.create(path, "correct horse battery", kdf=FAST_TEST_KDF)
    create_demo(vault, today=date(2026, 6, 30))
    return vault


@pytest.mark.parametrize(
    ("date_from", "date_to"),
    [(None, None), (date(2026, 3, 1), date(2026, 3, 31)), (date(2026, 3, 29), date(2026, 3, 29)),
     (date(2026, 1, 15), date(2026, 5, 2)), (date(2030, 1, 1), None)],
)
def test_sql_summary_matches_reference(demo_vault: Vault, date_from: date | None,
                                       date_to: date | None) -> None:
    shifts, lines = demo_vault.period_records(None, None)
    reference = compute_summary(demo_vault.list_workplaces(), shifts, lines, date_from, date_to)
    fast = period_summary(demo_vault, date_from, date_to)
    assert summary_json(fast) == summary_json(reference)


def test_demo_summary_is_not_empty(demo_vault: Vault) -> None:
    data = summary_json(period_summary(demo_vault, None, None))
    assert len(data["workplaces"]) >= 3
    assert "SEK" in data["currencies"]

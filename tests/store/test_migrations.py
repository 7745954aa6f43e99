"""Schema versions: the version-1 fixture opens, steps are atomic with their version bump, a
vault is copied before it is upgraded, and newer vaults are refused."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from store_helpers import raw_connection

from workbook.domain.categories import IncidentCategory, Involvement, MoneyKind
from workbook.store import (
    FAST_TEST_KDF,
    SCHEMA_VERSION,
    DamagedVault,
    Vault,
    VaultTooNew,
    migrations,
)
from workbook.store.connection import Database
from workbook.store.migrations import STEPS, Step, check_openable, split_statements

FIXTURES = Path(__file__).parent / "fixtures"
V1_PASSPHRASE = "schema one fixture ✨"  # documented in fixtures/README.md


@pytest.fixture
def v1_path(tmp_path: Path) -> Path:
    path = tmp_path / "schema_v1.workbook"
    shutil.copyfile(FIXTURES / "schema_v1.workbook", path)
    return path


@pytest.fixture
def v1(v1_path: Path) -> Iterator[Vault]:
    with Vault.open(v1_path, V1_PASSPHRASE) as vault:
        yield vault


def test_fixture_is_the_version_1_format() -> None:
    data = (FIXTURES / "schema_v1.workbook").read_bytes()
    assert data[0] == FAST_TEST_KDF.id and not data.startswith(b"SQLite format 3")


def test_version_1_fixture_opens_with_everything_in_it(v1: Vault) -> None:
    assert v1.schema_version == SCHEMA_VERSION
    profile = v1.get_profile()
    assert profile.work_name == "Lina ș" and profile.reference_wages == {"EUR": 1500, "SEK": 18000}
    workplaces = v1.list_workplaces()
    assert [w.name for w in workplaces] == ["Club Aurora 💃", "Агентство Север"]
    assert [w.name for w in v1.list_workplaces(include_archived=False)] == ["Club Aurora 💃"]
    assert workplaces[0].notes == "نادي الفجر"
    (shift,) = v1.list_shifts()
    assert shift.notes == "Bucureşti, țigări" and shift.worked_seconds == 6 * 3600 + 1800
    lines = v1.money_for_shift(shift.id or 0)
    assert [(m.category, m.amount_minor) for m in lines] == [("private_dances", 250000),
                                                           ("house_fee", 90000)]
    standalone = v1.list_money_lines(kind=MoneyKind.EXPENSE)
    assert [(m.category, m.workplace_id) for m in standalone] == [("advertising", None)]
    (incident,) = v1.list_incidents()
    assert incident.category == IncidentCategory.UNLAWFUL_DEDUCTION
    assert [p.involvement for p in incident.people] == [Involvement.INVOLVED,
                                                        Involvement.WITNESS]
    (attachment,) = v1.list_attachments(incident_id=incident.id)
    assert v1.attachment_data(attachment.id or 0) == b"\x89PNG\r\n\x1a\nfixture"
    assert [t.note for t in v1.list_control_tags()] == ["fine list"]
    assert len(v1.list_seals()) == 1
    assert v1.get_meta("last_backup_at") == "2026-03-30T12:00:00Z"
    check = v1.verify_chain()
    assert check.ok, check.reason
    history = v1.record_history("money", lines[1].id or 0)
    assert [v.values["amount"] if v.values else None for v in history] == [80000, 90000]
    aggregates = v1.period_aggregates(date(2026, 3, 1), date(2026, 3, 31))
    assert {(a.workplace_id, a.currency) for a in aggregates} == {(1, "SEK"), (None, "EUR")}


def test_opening_a_vault_of_this_version_does_not_change_it(tmp_path: Path) -> None:
    path = tmp_path / "current.workbook"
    shutil.copyfile(FIXTURES / f"schema_v{SCHEMA_VERSION}.workbook", path)
    before = path.read_bytes()
    Vault.open(path, V1_PASSPHRASE).close()
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("*.bak"))


def test_version_2_sums_shift_money_from_the_covering_index(v1: Vault) -> None:
    """Schema 2 added an index of money lines by shift that also holds kind and
    amount; sorting shifts by what they kept reads it, and gives the same sums."""
    indexes = {row[1] for row in v1._db.query("PRAGMA index_list(money_lines)")}
    assert {"money_by_shift_kind", "money_by_shift"} <= indexes
    (shift,) = v1.list_shifts(sort="kept")
    lines = v1.money_for_shift(shift.id or 0)
    assert sum(m.amount_minor for m in lines if m.kind == MoneyKind.EARNING) == 250000
    plan = " ".join(str(row[-1]) for row in v1._db.query(
        "EXPLAIN QUERY PLAN SELECT shift_id, sum(amount_minor) FROM money_lines "
        "INDEXED BY money_by_shift_kind WHERE shift_id IS NOT NULL GROUP BY shift_id"))
    assert "COVERING INDEX money_by_shift_kind" in plan


def test_version_3_keeps_old_rows_and_writes_new_ones_in_form_2(v1: Vault) -> None:
    """Schema 3: rows written before it keep form 1 (so every seal shown stays valid), new
    rows are form 2, and the chain verifies across the change."""
    before = v1.journal_rows()
    assert before and {row.form for row in before} == {1}
    (shift,) = v1.list_shifts()
    v1.update_shift(replace(shift, notes="edited after the upgrade"))
    after = v1.journal_rows()
    assert [row.form for row in after[len(before):]] == [2]
    assert after[len(before)].prev_hash == before[-1].hash
    check = v1.verify_chain()
    assert check.ok, check.reason


def test_the_version_3_fixture_holds_both_forms(tmp_path: Path) -> None:
    path = tmp_path / "v3.workbook"
    shutil.copyfile(FIXTURES / "schema_v3.workbook", path)
    with Vault.open(path, V1_PASSPHRASE) as vault:
        forms = [row.form for row in vault.journal_rows()]
        assert forms[0] == 1 and forms[-1] == 2 and forms == sorted(forms)
        assert [len(vault.list_seals())] == [2]
        check = vault.verify_chain()
        assert check.ok, check.reason


def add_column_step(version: int) -> Step:
    def apply(db: Database) -> None:
        db.execute("ALTER TABLE people ADD COLUMN pronouns TEXT NOT NULL DEFAULT ''")

    return Step(version, "add pronouns", apply)


def failing_step(version: int) -> Step:
    def apply(db: Database) -> None:
        db.execute("ALTER TABLE people ADD COLUMN half_done TEXT")
        raise RuntimeError("the step broke half-way")

    return Step(version, "broken", apply)


def test_upgrade_from_version_1_copies_the_vault_first(v1_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    newer = SCHEMA_VERSION + 1
    steps = (*STEPS, add_column_step(newer))
    monkeypatch.setattr(migrations, "STEPS", steps)
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", newer)
    real_migrate = migrations.migrate
    monkeypatch.setattr("workbook.store.unlock.migrate",
                        lambda db, **kw: real_migrate(db, steps=steps, **kw))
    with Vault.open(v1_path, V1_PASSPHRASE) as vault:
        assert vault.schema_version == newer
        assert vault.verify_chain().ok
    backup = v1_path.with_name(f"{v1_path.name}.schema-1.bak")
    assert backup.exists() and (backup.stat().st_mode & 0o777) == 0o600
    with raw_connection(backup, V1_PASSPHRASE) as old:  # the untouched old version
        assert old.execute("PRAGMA user_version").fetchone()[0] == 1
        assert "pronouns" not in [r[1] for r in old.execute("PRAGMA table_info(people)")]


def test_a_failing_step_leaves_the_version_before_it(v1_path: Path) -> None:
    with raw_connection(v1_path, V1_PASSPHRASE) as conn:
        db = Database(conn, v1_path)
        newer = SCHEMA_VERSION + 1
        steps = (*STEPS, add_column_step(newer), failing_step(newer + 1))
        with pytest.raises(RuntimeError):
            migrations.migrate(db, steps=steps)
        assert migrations.schema_version(db) == newer
        columns = [row[1] for row in db.query("PRAGMA table_info(people)")]
        assert "pronouns" in columns and "half_done" not in columns


def test_steps_must_be_numbered_in_order(v1_path: Path) -> None:
    with raw_connection(v1_path, V1_PASSPHRASE) as conn, pytest.raises(ValueError):
        migrations.migrate(Database(conn, v1_path),
                           steps=(*STEPS, add_column_step(SCHEMA_VERSION + 2)))


def test_version_checks() -> None:
    with pytest.raises(VaultTooNew):
        check_openable(SCHEMA_VERSION + 1)
    with pytest.raises(DamagedVault):
        check_openable(0)
    check_openable(SCHEMA_VERSION)


def test_split_statements_keeps_triggers_and_comments_whole() -> None:
    script = """
        -- a comment; with a semicolon
        CREATE TABLE a (x);
        CREATE TRIGGER t BEFORE UPDATE ON a BEGIN SELECT RAISE(ABORT, 'no; never'); END;
        INSERT INTO a VALUES ('x;y');
    """
    statements = split_statements(script)
    assert len(statements) == 3
    assert statements[1].endswith("END;")


def test_initial_schema_has_no_real_columns(vault: Vault, vault_path: Path) -> None:
    vault.close()
    with raw_connection(vault_path, "correct horse battery staple") as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            types = {r[2].upper() for r in conn.execute(
                "SELECT * FROM pragma_table_info(?)", (table,))}
            assert not types & {"REAL", "FLOAT", "DOUBLE"}, table

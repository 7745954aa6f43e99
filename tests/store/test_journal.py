"""The change journal: exactly the format of docs/internals.md, a chain that verifies after many
writes, tampering found at the right entry, deletes that erase values but keep the chain,
and seals."""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from store_helpers import house_fee, incident, night_shift, raw_connection

from workbook.domain.canonical import (
    GENESIS_HASH,
    canonical_json,
    entry_meta,
    field_digest,
    parse_seal,
    row_hash,
    seal_matches,
)
from workbook.domain.errors import ValidationError
from workbook.domain.models import Attachment, Workplace
from workbook.domain.timeutil import to_utc_text
from workbook.store import FAST_TEST_KDF, Vault

PASSPHRASE = "correct horse battery staple"  # the template vault's (tests/conftest.py)


def many_writes(vault: Vault, rounds: int = 40) -> None:
    for i in range(rounds):
        with vault.transaction():
            shift = vault.add_shift(night_shift(1 + i % 2, notes=f"natt {i} 🌙",
                                                timezone="Europe/Berlin" if i % 2 else
                                                "Europe/Stockholm"))
            line = vault.add_money_line(house_fee(shift.id, amount=1000 + i,
                                                  currency="EUR" if i % 2 else "SEK"))
            if i % 3 == 0:
                vault.update_money_line(replace(line, amount_minor=2000 + i))
            if i % 5 == 0:
                vault.delete_shift(shift.id or 0)


def test_rows_follow_the_documented_format(vault: Vault) -> None:
    shift = vault.add_shift(night_shift(1, notes="Scen"))
    row = vault.journal_rows()[-1]
    (disclosed,) = vault.journal_disclosure("shift", shift.id or 0)
    assert disclosed.row == row
    assert row.action == "create" and row.entity == "shift" and row.entity_id == shift.id
    assert set(row.digests) == set(shift.fields())
    assert disclosed.values == shift.fields()
    for name, value in shift.fields().items():
        salt = bytes.fromhex(disclosed.salts[name])
        assert len(salt) == 16
        assert row.digests[name] == field_digest(salt, value)
        assert row.digests[name] == hashlib.sha256(salt + canonical_json(value)).hexdigest()
    # Form 2 (schema 3 on): the hash covers the SHA-256 of the digests' canonical JSON.
    assert row.form == 2
    meta = {"seq": row.seq, "recorded_at": to_utc_text(row.recorded_at), "action": "create",
            "entity": "shift", "entity_id": shift.id,
            "digests_sha256": hashlib.sha256(canonical_json(row.digests)).hexdigest()}
    assert row.meta() == meta
    assert row.hash == row_hash(row.prev_hash, meta)
    assert row.hash == hashlib.sha256(bytes.fromhex(row.prev_hash) + (
        '{"action":"create","digests_sha256":"' + meta["digests_sha256"] + '","entity":"shift",'
        f'"entity_id":{shift.id},"recorded_at":"{meta["recorded_at"]}","seq":{row.seq}}}'
    ).encode()).hexdigest()
    previous = vault.journal_rows(row.seq - 1, row.seq - 1)[0]
    assert row.prev_hash == previous.hash
    assert vault.journal_rows(1, 1)[0].prev_hash == GENESIS_HASH
    assert vault.journal_head() == (row.seq, row.hash)
    assert row.recorded_at == shift.recorded_at


def test_salts_are_fresh_for_every_field_and_row(vault: Vault) -> None:
    shift = vault.add_shift(night_shift(1))
    vault.update_shift(replace(shift, notes="changed"))
    rows = vault.journal_disclosure("shift", shift.id or 0)
    salts = [s for r in rows for s in r.salts.values()]
    assert len(salts) == len(set(salts)) == 2 * len(shift.fields())


def test_chain_verifies_after_many_writes(vault: Vault) -> None:
    many_writes(vault)
    check = vault.verify_chain()
    assert check.ok and check.first_broken_seq is None and check.reason == ""
    assert check.rows == vault.journal_head()[0] > 100


def test_update_keeps_the_earlier_version(vault: Vault) -> None:
    line = vault.add_money_line(house_fee(None, amount=80000, workplace_id=1))
    vault.update_money_line(replace(line, amount_minor=100000, note="höjd avgift"))
    history = vault.record_history("money", line.id or 0)
    assert [(v.action, v.values and v.values["amount"]) for v in history] == [
        ("create", 80000), ("update", 100000)]


def test_delete_erases_values_but_the_chain_still_verifies(vault: Vault) -> None:
    inc = vault.add_incident(incident(1, people=(1,), description="Hemligt ✋"))
    vault.update_incident(replace(inc, severity=5))
    vault.add_attachment(Attachment("x.png", "image/png", 0, "", incident_id=inc.id), b"x")
    vault.delete_incident(inc.id or 0)
    rows = vault.journal_disclosure("incident", inc.id or 0)
    assert [r.row.action for r in rows] == ["create", "update", "delete"]
    assert all(r.values == {} and r.salts == {} for r in rows)
    assert rows[0].row.digests and rows[-1].row.digests == {}
    history = vault.record_history("incident", inc.id or 0)
    assert [v.values for v in history] == [None, None, None]
    assert vault.verify_chain().ok
    # Nothing of the description is kept anywhere in the journal.
    vault.close()
    with raw_connection(vault.path, PASSPHRASE) as conn:
        kept = " ".join(r[0] for r in conn.execute("SELECT kept FROM journal_values"))
        assert "Hemligt" not in kept and kept


def tamper(path: Path, *statements: tuple[str, tuple[object, ...]]) -> None:
    """Change the file behind the store's back, as someone with the passphrase could."""
    with raw_connection(path, PASSPHRASE) as conn:
        for name in ("journal_rows_are_never_changed", "journal_rows_are_never_deleted",
                     "journal_values_are_never_changed"):
            conn.execute(f"DROP TRIGGER {name}")
        for sql, params in statements:
            conn.execute(sql, params)


@pytest.fixture
def written(vault: Vault) -> tuple[Path, int]:
    """A vault with a longer journal, closed; and a seq in the middle of it."""
    many_writes(vault, 12)
    middle = vault.journal_head()[0] // 2
    path = vault.path
    vault.close()
    return path, middle


def verify(path: Path) -> tuple[bool, int | None, str]:
    with Vault.open(path, PASSPHRASE) as vault:
        check = vault.verify_chain()
    return check.ok, check.first_broken_seq, check.reason


def test_changed_value_is_found(written: tuple[Path, int]) -> None:
    path, middle = written
    with raw_connection(path, PASSPHRASE) as conn:
        seq, text = conn.execute("SELECT seq, kept FROM journal_values WHERE seq >= ? "
                                 "ORDER BY seq LIMIT 1", (middle,)).fetchone()
    kept = json.loads(text)
    field = sorted(kept)[0]
    kept[field]["value"] = 999999
    tamper(path, ("UPDATE journal_values SET kept = ? WHERE seq = ?",
                  (canonical_json(kept).decode(), seq)))
    ok, broken, reason = verify(path)
    assert not ok and broken == seq and field in reason


def test_a_changed_copy_of_the_digests_hash_is_found_and_stops_an_export(
        written: tuple[Path, int], tmp_path: Path) -> None:
    """``digests_sha256`` is a copy kept so exports need not read every row's digests: a copy
    that no longer matches the digests breaks the chain check, and an export refuses to list
    it rather than hand a rep a report that fails."""
    from workbook.services.export import ExportError, export_evidence

    path, middle = written
    tamper(path, ("UPDATE journal SET digests_sha256 = ? WHERE seq = ?", ("0" * 64, middle)))
    ok, broken, reason = verify(path)
    assert not ok and broken == middle and "changed after it was written" in reason
    with Vault.open(path, PASSPHRASE) as vault, pytest.raises(ExportError,
                                                              match="not whole"):
        export_evidence(vault, date_from=date(2000, 1, 1), date_to=date(2099, 12, 31),
                        json_path=tmp_path / "r.json")
    assert not (tmp_path / "r.json").exists()


def test_changed_salt_is_found(written: tuple[Path, int]) -> None:
    path, middle = written
    with raw_connection(path, PASSPHRASE) as conn:
        seq, text = conn.execute("SELECT seq, kept FROM journal_values WHERE seq > ? "
                                 "ORDER BY seq LIMIT 1", (middle,)).fetchone()
    kept = json.loads(text)
    field = sorted(kept)[-1]
    kept[field]["salt"] = "00" * 16
    tamper(path, ("UPDATE journal_values SET kept = ? WHERE seq = ?",
                  (canonical_json(kept).decode(), seq)))
    ok, broken, _reason = verify(path)
    assert not ok and broken == seq


def test_changed_digest_is_found(written: tuple[Path, int]) -> None:
    path, seq = written
    with raw_connection(path, PASSPHRASE) as conn:
        digests = json.loads(conn.execute("SELECT digests FROM journal WHERE seq = ?",
                                          (seq,)).fetchone()[0])
    name = sorted(digests)[0]
    digests[name] = "0" * 64
    tamper(path, ("UPDATE journal SET digests = ? WHERE seq = ?",
                  (canonical_json(digests).decode(), seq)))
    ok, broken, _reason = verify(path)
    assert not ok and broken == seq


@pytest.mark.parametrize(("column", "value"), [
    ("recorded_at", "2020-01-01T00:00:00Z"), ("action", "update"), ("entity_id", 4242),
    ("entity", "person")])
def test_changed_metadata_is_found(written: tuple[Path, int], column: str,
                                   value: object) -> None:
    path, seq = written
    sql = {"recorded_at": "UPDATE journal SET recorded_at = ? WHERE seq = ?",
           "action": "UPDATE journal SET action = ? WHERE seq = ?",
           "entity_id": "UPDATE journal SET entity_id = ? WHERE seq = ?",
           "entity": "UPDATE journal SET entity = ? WHERE seq = ?"}[column]
    tamper(path, (sql, (value, seq)))
    ok, broken, reason = verify(path)
    assert not ok and broken == seq and "changed" in reason


def test_rewritten_hash_breaks_the_next_link(written: tuple[Path, int]) -> None:
    path, seq = written
    tamper(path, ("UPDATE journal SET hash = ? WHERE seq = ?", ("ab" * 32, seq)))
    ok, broken, _reason = verify(path)
    assert not ok and broken == seq  # its own hash no longer matches its content


def test_removed_row_is_found(written: tuple[Path, int]) -> None:
    path, seq = written
    tamper(path, ("DELETE FROM journal_values WHERE seq = ?", (seq,)),
           ("DELETE FROM journal WHERE seq = ?", (seq,)))
    ok, broken, reason = verify(path)
    assert not ok and broken == seq and "missing" in reason


def test_rewriting_the_whole_chain_is_caught_by_a_seal(vault: Vault) -> None:
    many_writes(vault, 3)
    seal = vault.issue_seal()
    path = vault.path
    vault.close()
    # A forger recomputes every hash after changing an early row: links are consistent again.
    with raw_connection(path, PASSPHRASE) as conn:
        rows = conn.execute("SELECT seq, recorded_at, action, entity, entity_id, digests, "
                            "form FROM journal ORDER BY seq").fetchall()
    prev = GENESIS_HASH
    statements = []
    for seq, recorded_at, action, entity, entity_id, digests, form in rows:
        if seq == 2:
            recorded_at = "2019-01-01T00:00:00Z"
        meta = entry_meta(form, seq, recorded_at, action, entity, entity_id,
                          json.loads(digests))
        new_hash = row_hash(prev, meta)
        statements.append(("UPDATE journal SET recorded_at = ?, prev_hash = ?, hash = ? "
                           "WHERE seq = ?", (recorded_at, prev, new_hash, seq)))
        prev = new_hash
    tamper(path, *statements)
    ok, broken, reason = verify(path)
    assert not ok and broken == seal.seq and seal.code in reason


def test_journal_rows_are_append_only(vault: Vault) -> None:
    vault.close()
    with raw_connection(vault.path, PASSPHRASE) as conn:
        for sql in ("UPDATE journal SET action = 'update'", "DELETE FROM journal",
                    "UPDATE journal_values SET kept = '{}'"):
            with pytest.raises(Exception, match="never"):
                conn.execute(sql)


def test_seals_are_issued_listed_and_match_the_head(vault: Vault) -> None:
    vault.add_shift(night_shift(1))
    first = vault.issue_seal()
    seq, head_hash = vault.journal_head()
    assert (first.seq, first.hash) == (seq, head_hash)
    assert seal_matches(first.code, seq, head_hash)
    assert parse_seal(first.code)[0] == seq
    vault.add_shift(night_shift(2, timezone="Europe/Berlin"))
    second = vault.issue_seal()
    assert vault.list_seals() == [first, second]
    assert second.seq > first.seq
    assert vault.verify_chain().ok


def test_nothing_to_seal_in_an_empty_vault(tmp_path: Path) -> None:
    with Vault.create(tmp_path / "v.workbook", "x", kdf=FAST_TEST_KDF) as vault:
        assert vault.journal_head() == (0, GENESIS_HASH)
        assert vault.verify_chain().ok and vault.verify_chain().rows == 0
        with pytest.raises(ValidationError):
            vault.issue_seal()
        assert vault.list_seals() == []


def test_failed_write_leaves_no_journal_row(vault: Vault) -> None:
    head = vault.journal_head()
    with pytest.raises(ValidationError):
        vault.add_money_line(house_fee(424242))
    assert vault.journal_head() == head


def test_kept_values_are_canonical_json(vault: Vault) -> None:
    vault.add_shift(night_shift(1, notes="ş \\ \" 💃"))
    vault.close()
    with raw_connection(vault.path, PASSPHRASE) as conn:
        for (text,) in conn.execute("SELECT kept FROM journal_values"):
            assert text.encode("utf-8") == canonical_json(json.loads(text))


@pytest.mark.parametrize("value", [
    None, True, 0, -12, 10**15, "", "ş ț 💃 نادي \" \\ \n", ["a", 1, None],
    {"b": [1, {"z": "ž", "a": False}], "a": "x"}, [{"person": 2, "as": "witness"}]])
def test_the_fast_checker_computes_what_the_domain_defines(value: object) -> None:
    from workbook.store import chain

    salt = bytes(range(16))
    parsed = chain.parse(canonical_json(value).decode())
    assert chain.canonical(parsed) == canonical_json(value)
    assert chain.digest(salt, parsed) == field_digest(salt, value)
    meta = {"seq": 3, "recorded_at": "2026-03-28T20:00:00Z", "action": "update",
            "entity": "shift", "entity_id": 7, "digests": {"notes": "ab" * 32, "x": "cd" * 32}}
    assert chain.chained_hash(GENESIS_HASH, meta) == row_hash(GENESIS_HASH, meta)
    with pytest.raises(ValueError):
        chain.parse('{"amount": 1.5}')


def test_writes_from_two_threads_keep_one_chain(vault: Vault) -> None:
    import threading

    errors: list[BaseException] = []

    def writer(workplace_id: int) -> None:
        try:
            for i in range(15):
                with vault.transaction():
                    shift = vault.add_shift(night_shift(workplace_id, notes=str(i),
                                                        timezone="Europe/Berlin"))
                    vault.add_money_line(house_fee(shift.id, currency="EUR"))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(w,)) for w in (1, 2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert vault.count_shifts() == 30
    check = vault.verify_chain()
    assert check.ok and check.rows == vault.journal_head()[0]


def test_journal_kept_reads_values_and_salts_of_many_rows_at_once(vault: Vault) -> None:
    place = vault.add_workplace(Workplace("Club Ж", "SEK", "Europe/Stockholm"))
    vault.update_workplace(replace(place, city="Göteborg"))
    rows = vault.journal_disclosure("workplace", place.id)  # type: ignore[arg-type]
    kept = vault.journal_kept([r.row.seq for r in rows] + [10_000])
    assert set(kept) == {r.row.seq for r in rows}
    for row in rows:
        assert kept[row.row.seq] == (row.values, row.salts)
    vault.delete_workplace(place.id)  # type: ignore[arg-type]
    assert vault.journal_kept([r.row.seq for r in rows]) == {}

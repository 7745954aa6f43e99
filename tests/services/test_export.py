"""``export_evidence``: what it gathers, what each profile lets out, seals against a rewritten
journal, and writes that are all-or-nothing. Real encrypted vaults (``FAST_TEST_KDF``)."""

from __future__ import annotations

import dataclasses
import hashlib
import io
import json
import os
import stat
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3
from pypdf import PdfReader

from workbook.domain.canonical import (
    canonical_json,
    entry_meta,
    field_digest,
    row_hash,
    seal_code,
)
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
    Shift,
)
from workbook.reports.verify import verify_report
from workbook.services import export as export_module
from workbook.services.demo import create_demo, png_image
from workbook.services.export import (
    ExportCancelled,
    ExportError,
    build_evidence,
    export_evidence,
    export_job,
)
from workbook.store.connection import connect_keyed
from workbook.store.kdf import FAST_TEST_KDF, derive_key, params_for_salt, raw_key_spec, wipe
from workbook.store.vault import Vault

PASSPHRASE = "correct horse battery staple"  # the template vault's (tests/conftest.py)
LEGAL_NAME = "Karin Maria Lindqvist"
LABELS = ("Mikael", "Dana", "Kalle Kund")  # the template's two people, and a client added here
MARCH = {"date_from": date(2026, 3, 1), "date_to": date(2026, 3, 31)}
FREE_TEXTS = {
    "shift": "Stayed two hours past closing",
    "fee_note": "Paid in cash at the bar",
    "fee_counterparty": "the house",
    "fine_note": "Late, the bus broke down",
    "phone_note": "Work phone for bookings",
    "title": "Grabbed in the corridor",
    "description": "He grabbed my arm and said the fee would double",
    "reported_to": "Union rep at the office",
    "outcome": "Still waiting for an answer",
    "filename": "fine-notice-photo.png",
    "attachment_note": "Photo of the list on the wall",
    "control_note": "Fines are written on the wall",
}


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)  # type: ignore[misc]


@dataclass
class Filled:
    vault: Vault
    night: Shift
    fee: MoneyLine
    fine: MoneyLine
    agency: Shift
    incident: Incident
    april: Shift


@pytest.fixture
def filled(vault: Vault) -> Filled:
    """March at Club Aurora (1, SEK) and Agentur Nord (2, EUR), with a client, an incident,
    a photo, a sign of control, a phone bill, and a shift in April."""
    vault.save_profile(dataclasses.replace(vault.get_profile(), legal_name=LEGAL_NAME))
    client = vault.add_person(Person(label=LABELS[2], role=PersonRole.CLIENT))
    night = vault.add_shift(Shift(
        workplace_id=1, start=utc(2026, 3, 28, 20), end=utc(2026, 3, 29, 2), timezone=STHLM,
        breaks_minutes=30, role=ShiftRole.STAGE, notes=FREE_TEXTS["shift"]))
    earned = MoneyLine(date=date(2026, 3, 28), kind=MoneyKind.EARNING, category="private_dances",
                       amount_minor=767575, currency="SEK", shift_id=night.id,
                       method=PaymentMethod.CASH)
    vault.add_money_line(earned)
    fee = vault.add_money_line(MoneyLine(
        date=date(2026, 3, 28), kind=MoneyKind.DEDUCTION, category="house_fee",
        amount_minor=80000, currency="SEK", shift_id=night.id,
        counterparty=FREE_TEXTS["fee_counterparty"], note=FREE_TEXTS["fee_note"]))
    fine = vault.add_money_line(MoneyLine(
        date=date(2026, 3, 28), kind=MoneyKind.DEDUCTION, category="fine", amount_minor=50000,
        currency="SEK", shift_id=night.id, note=FREE_TEXTS["fine_note"]))
    agency = vault.add_shift(Shift(workplace_id=2, start=utc(2026, 3, 30, 18),
                                   end=utc(2026, 3, 30, 23), timezone=BERLIN))
    vault.add_money_line(MoneyLine(date=date(2026, 3, 30), kind=MoneyKind.EARNING,
                                   category="bookings", amount_minor=25000, currency="EUR",
                                   shift_id=agency.id))
    vault.add_money_line(MoneyLine(date=date(2026, 3, 15), kind=MoneyKind.EXPENSE,
                                   category="phone", amount_minor=29900, currency="SEK",
                                   note=FREE_TEXTS["phone_note"]))
    incident = vault.add_incident(Incident(
        start=utc(2026, 3, 28, 22, 10), timezone=STHLM,
        category=IncidentCategory.HARASSMENT_BY_MANAGEMENT, title=FREE_TEXTS["title"],
        description=FREE_TEXTS["description"], workplace_id=1, shift_id=night.id, severity=4,
        people=(IncidentPerson(1, Involvement.INVOLVED),
                IncidentPerson(client.id or 0, Involvement.INVOLVED),
                IncidentPerson(2, Involvement.WITNESS)),
        reported_to=FREE_TEXTS["reported_to"], reported_on=date(2026, 3, 29),
        outcome=FREE_TEXTS["outcome"]))
    vault.add_attachment(Attachment(filename=FREE_TEXTS["filename"], media_type="image/png",
                                    size=0, sha256="", incident_id=incident.id,
                                    note=FREE_TEXTS["attachment_note"]),
                         png_image(40, 30, (250, 250, 245), (200, 30, 30)))
    vault.add_control_tag(ControlTag(indicator=ControlIndicator.FINES, date=date(2026, 3, 28),
                                     workplace_id=1, shift_id=night.id,
                                     note=FREE_TEXTS["control_note"]))
    april = vault.add_shift(Shift(workplace_id=1, start=utc(2026, 4, 3, 19),
                                  end=utc(2026, 4, 4, 1), timezone=STHLM, notes="April night"))
    return Filled(vault, night, fee, fine, agency, incident, april)


STHLM = "Europe/Stockholm"
BERLIN = "Europe/Berlin"


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """A folder for the export's files alone (the test's vault lives in ``tmp_path``)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def outputs(folder: Path, name: str = "march") -> dict[str, Path]:
    return {"pdf_path": folder / f"{name}.pdf", "json_path": folder / f"{name}.json",
            "csv_path": folder / f"{name}.csv"}


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)


def ref(entity: str, record: Any) -> str:
    return {"shift": "S", "money": "M", "incident": "I"}[entity] + f"-{record.id}"


# --------------------------------------------------------------------------- files


def test_an_export_writes_files_that_verify(filled: Filled, out: Path) -> None:
    paths = outputs(out)
    result = export_evidence(filled.vault, **MARCH, profile="full", **paths)
    assert sorted(p.name for p in out.iterdir()) == ["march.csv", "march.json",
                                                          "march.pdf"]
    for path in paths.values():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    sidecar = paths["json_path"].read_bytes()
    pdf = paths["pdf_path"].read_bytes()
    assert json.loads(sidecar)["fingerprint"] == result.fingerprint
    verdict = verify_report(sidecar, pdf)
    assert verdict.ok, verdict.failed
    assert result.fingerprint in pdf_text(pdf).replace("\n", "")
    assert (result.counts.shifts, result.counts.money_lines, result.counts.incidents,
            result.counts.attachments, result.counts.control_tags) == (2, 5, 1, 1, 1)
    assert result.paths == {"pdf": paths["pdf_path"], "json": paths["json_path"],
                            "csv": paths["csv_path"]}
    csv_text = paths["csv_path"].read_bytes().decode("utf-8-sig")
    assert ref("shift", filled.night) in csv_text and "April night" not in csv_text


def test_the_records_follow_the_period_rules(filled: Filled) -> None:
    vault = filled.vault
    # Starts 23:30 on 31 March in Stockholm (21:30 UTC): March. 00:30 on 1 April: not.
    late = vault.add_shift(Shift(workplace_id=1, start=utc(2026, 3, 31, 21, 30),
                                 end=utc(2026, 4, 1, 2), timezone=STHLM))
    vault.add_money_line(MoneyLine(date=date(2026, 4, 1), kind=MoneyKind.EARNING,
                                   category="tips", amount_minor=10000, currency="SEK",
                                   shift_id=late.id))
    after = vault.add_shift(Shift(workplace_id=1, start=utc(2026, 3, 31, 22, 30),
                                  end=utc(2026, 4, 1, 3), timezone=STHLM))
    vault.add_incident(Incident(start=utc(2026, 3, 31, 22, 45), timezone=STHLM,
                                category=IncidentCategory.OTHER, title="After midnight",
                                workplace_id=1))
    report = build_evidence(vault, **MARCH, formats=()).sidecar.report
    shifts = {s["ref"] for s in report["records"]["shifts"]}
    assert shifts == {f"S-{filled.night.id}", f"S-{filled.agency.id}", f"S-{late.id}"}
    assert f"S-{after.id}" not in shifts and f"S-{filled.april.id}" not in shifts
    tips = [m for m in report["records"]["money"] if m["shift"] == f"S-{late.id}"]
    assert tips and tips[0]["date"] == "2026-04-01"  # goes with its shift
    assert [x["ref"] for x in report["records"]["incidents"]] == [f"I-{filled.incident.id}"]
    assert len(report["records"]["attachments"]) == 1
    aurora = next(w for w in report["totals"]["workplaces"] if w["name"] == "Club Aurora")
    assert aurora["shifts"] == 2 and aurora["gross"] == "7775.75"


def test_choosing_workplaces(filled: Filled) -> None:
    built = build_evidence(filled.vault, **MARCH, workplace_names=["Agentur Nord"], formats=())
    report = built.sidecar.report
    assert report["workplaces_selected"] == ["W-2"]
    assert [w["ref"] for w in report["records"]["workplaces"]] == ["W-2"]
    assert [s["ref"] for s in report["records"]["shifts"]] == [f"S-{filled.agency.id}"]
    assert [m["currency"] for m in report["records"]["money"]] == ["EUR"]  # no phone bill
    assert report["records"]["incidents"] == [] and report["records"]["people"] == []
    assert verify_report(built.sidecar.data).ok
    by_id = build_evidence(filled.vault, **MARCH, workplace_ids=[2], formats=()).sidecar
    assert by_id.report["records"]["shifts"] == report["records"]["shifts"]
    with pytest.raises(ExportError, match=r"no workplace called “Club Borealis”.*Club Aurora"):
        build_evidence(filled.vault, **MARCH, workplace_names=["Club Borealis"])


@pytest.mark.parametrize(("options", "words"), [
    ({"profile": "everything"}, "not a report profile"),
    ({"language": "de"}, "no report in “de”"),
    ({"date_to": date(2026, 2, 1)}, "ends (2026-02-01) before it starts"),
])
def test_bad_choices_are_refused_in_plain_words(filled: Filled, out: Path,
                                                options: dict[str, Any], words: str) -> None:
    with pytest.raises(ExportError, match=words.replace("(", r"\(").replace(")", r"\)")):
        export_evidence(filled.vault, **{**MARCH, **options}, **outputs(out))
    assert list(out.iterdir()) == []


def test_bad_targets_are_refused_before_anything_is_done(filled: Filled, out: Path
                                                         ) -> None:
    same = out / "report.pdf"
    with pytest.raises(ExportError, match="each have their own name"):
        export_evidence(filled.vault, **MARCH, pdf_path=same, json_path=same)
    with pytest.raises(ExportError, match="does not exist"):
        export_evidence(filled.vault, **MARCH, pdf_path=out / "no" / "r.pdf")
    with pytest.raises(ExportError, match="Choose where to save"):
        export_evidence(filled.vault, **MARCH)
    with pytest.raises(ExportError, match="is a folder"):
        export_evidence(filled.vault, **MARCH, pdf_path=out)
    assert list(out.iterdir()) == []


# --------------------------------------------------------------------------- profiles


def test_union_shows_no_label_no_legal_name_and_no_client(filled: Filled, out: Path
                                                          ) -> None:
    paths = outputs(out)
    export_evidence(filled.vault, **MARCH, profile="union", **paths)
    sidecar = paths["json_path"].read_bytes()
    texts = {"JSON": sidecar.decode("utf-8"),
             "PDF": pdf_text(paths["pdf_path"].read_bytes()),
             "CSV": paths["csv_path"].read_bytes().decode("utf-8-sig")}
    for where, text in texts.items():
        for secret in (*LABELS, LEGAL_NAME):
            assert secret not in text, (where, secret)
    assert "Manager A" in texts["JSON"] and "Manager A" in texts["PDF"]
    report = json.loads(sidecar)["report"]
    assert {p["role"] for p in report["records"]["people"]} == {"manager", "coworker"}
    assert verify_report(sidecar, paths["pdf_path"].read_bytes()).ok


def test_totals_lets_out_figures_and_no_free_text(filled: Filled, out: Path) -> None:
    paths = outputs(out)
    export_evidence(filled.vault, **MARCH, profile="totals", **paths)
    texts = {"JSON": paths["json_path"].read_bytes().decode("utf-8"),
             "PDF": pdf_text(paths["pdf_path"].read_bytes()),
             "CSV": paths["csv_path"].read_bytes().decode("utf-8-sig")}
    for where, text in texts.items():
        for secret in (*FREE_TEXTS.values(), *LABELS, LEGAL_NAME):
            assert secret not in text, (where, secret)
    assert "7675.75" in texts["JSON"]
    assert verify_report(paths["json_path"].read_bytes()).ok


# --------------------------------------------------------------------------- seals


@contextmanager
def raw_connection(path: Path) -> Iterator[sqlcipher3.Connection]:
    """The vault file opened and keyed as the store does it: what someone holding the
    passphrase can do behind Workbook's back."""
    salt = path.read_bytes()[:16]
    key = derive_key(PASSPHRASE, salt, params_for_salt(salt))
    spec = raw_key_spec(key, salt)
    wipe(key)
    conn = connect_keyed(path, spec)
    wipe(spec)
    try:
        yield conn
    finally:
        conn.close()


def _kept(conn: sqlcipher3.Connection, seq: int) -> dict[str, dict[str, Any]]:
    columns = [r[1] for r in conn.execute("PRAGMA table_info(journal_values)")]
    if "kept" in columns:
        return dict(json.loads(conn.execute("SELECT kept FROM journal_values WHERE seq = ?",
                                            (seq,)).fetchone()[0]))
    return {field: {"value": json.loads(value), "salt": salt} for field, value, salt in
            conn.execute("SELECT field, value, salt FROM journal_values WHERE seq = ?", (seq,))}


def _write_kept(conn: sqlcipher3.Connection, seq: int, kept: dict[str, dict[str, Any]]) -> None:
    columns = [r[1] for r in conn.execute("PRAGMA table_info(journal_values)")]
    conn.execute("DELETE FROM journal_values WHERE seq = ?", (seq,))
    if "kept" in columns:
        conn.execute("INSERT INTO journal_values (seq, kept) VALUES (?, ?)",
                     (seq, canonical_json(kept).decode()))
    else:
        conn.executemany("INSERT INTO journal_values (seq, field, value, salt) VALUES (?,?,?,?)",
                         [(seq, f, canonical_json(v["value"]).decode(), v["salt"])
                          for f, v in kept.items()])


def rewrite_amount(path: Path, line_id: int, minor: int) -> None:
    """Rewrite a money line's first journal row and the record, then recompute every later
    hash and the seals kept in the vault, so that the vault's own check still passes."""
    with raw_connection(path) as conn:
        for trigger in [r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'trigger'")]:
            conn.execute(f"DROP TRIGGER {trigger}")
        conn.execute("BEGIN")
        conn.execute("UPDATE money_lines SET amount_minor = ? WHERE id = ?", (minor, line_id))
        seq = conn.execute("SELECT min(seq) FROM journal WHERE entity = 'money' AND "
                           "entity_id = ?", (line_id,)).fetchone()[0]
        kept = _kept(conn, seq)
        kept["amount"]["value"] = minor
        _write_kept(conn, seq, kept)
        digests = json.loads(conn.execute("SELECT digests FROM journal WHERE seq = ?",
                                          (seq,)).fetchone()[0])
        digests["amount"] = field_digest(bytes.fromhex(kept["amount"]["salt"]), minor)
        conn.execute("UPDATE journal SET digests = ?, digests_sha256 = ? WHERE seq = ?",
                     (canonical_json(digests).decode(),
                      hashlib.sha256(canonical_json(digests)).hexdigest(), seq))
        prev = conn.execute("SELECT prev_hash FROM journal WHERE seq = ?", (seq,)).fetchone()[0]
        rows = conn.execute("SELECT seq, recorded_at, action, entity, entity_id, digests, "
                            "form FROM journal WHERE seq >= ? ORDER BY seq", (seq,)).fetchall()
        for s, recorded_at, action, entity, entity_id, digests_text, form in rows:
            meta = entry_meta(form, s, recorded_at, action, entity, entity_id,
                              json.loads(digests_text))
            new = row_hash(prev, meta)
            conn.execute("UPDATE journal SET prev_hash = ?, hash = ? WHERE seq = ?",
                         (prev, new, s))
            prev = new
        for seal_id, s in conn.execute("SELECT id, seq FROM seals").fetchall():
            h = conn.execute("SELECT hash FROM journal WHERE seq = ?", (s,)).fetchone()[0]
            conn.execute("UPDATE seals SET hash = ?, code = ? WHERE id = ?",
                         (h, seal_code(s, h), seal_id))
        conn.execute("COMMIT")


def test_a_row_rewritten_before_the_seal_fails_verify_with_the_seal(filled: Filled) -> None:
    vault = filled.vault
    seal = vault.issue_seal()
    path = vault.path
    vault.close()
    rewrite_amount(path, filled.fee.id or 0, 20000)  # "the house fee was only 200"
    with Vault.open(path, PASSPHRASE) as reopened:
        assert reopened.verify_chain().ok  # consistent: the vault alone cannot tell
        assert reopened.get_money_line(filled.fee.id or 0).amount_minor == 20000  # type: ignore[union-attr]
        built = build_evidence(reopened, **MARCH, formats=())
    assert verify_report(built.sidecar.data).ok
    verdict = verify_report(built.sidecar.data, seals=[seal.code])
    assert [c.name for c in verdict.failed] == [f"Seal {seal.code}"]
    assert "changed after the seal was shared" in verdict.failed[0].detail


def test_an_ordinary_edit_after_the_seal_passes_and_is_listed(filled: Filled,
                                                              out: Path) -> None:
    vault = filled.vault
    seal = vault.issue_seal()
    vault.update_money_line(dataclasses.replace(filled.fine, amount_minor=60000))
    paths = outputs(out)
    export_evidence(vault, **MARCH, profile="full", **paths)
    verdict = verify_report(paths["json_path"].read_bytes(), paths["pdf_path"].read_bytes(),
                            [seal.code])
    assert verdict.ok, verdict.failed
    fine = ref("money", filled.fine)
    note = next(n for n in verdict.notes if n.startswith("Changed after seal"))
    assert fine in note and ref("money", filled.fee) not in note
    built = build_evidence(vault, **MARCH, formats=())
    after = built.evidence.integrity.amended_after_seal
    assert [(a.entity, a.entity_id) for a in after] == [("money", filled.fine.id)]
    assert [(a.entity, a.entity_id) for a in built.evidence.integrity.amendments] == \
        [("money", filled.fine.id)]
    assert [s.code for s in built.evidence.integrity.seals] == [seal.code]
    text = pdf_text(paths["pdf_path"].read_bytes())
    assert "Changed after a seal was shared" in text and fine in text


def test_the_integrity_appendix_counts_from_the_journal(filled: Filled) -> None:
    vault = filled.vault
    vault.delete_shift(filled.april.id or 0)  # outside the period, still counted
    info = build_evidence(vault, **MARCH, formats=()).evidence.integrity
    assert info.deletions == 1
    assert (info.head_seq, info.head_hash) == vault.journal_head()
    timed = {(t.entity, t.entity_id) for t in info.recorded}
    assert ("shift", filled.night.id) in timed and ("incident", filled.incident.id) in timed
    assert info.amendments == () and info.seals == ()


def test_a_record_that_differs_from_its_journal_stops_the_export(filled: Filled,
                                                                 out: Path) -> None:
    path = filled.vault.path
    filled.vault.close()
    with raw_connection(path) as conn:
        conn.execute("UPDATE money_lines SET amount_minor = 1 WHERE id = ?", (filled.fee.id,))
    with Vault.open(path, PASSPHRASE) as reopened, \
            pytest.raises(ExportError, match="does not match its entry in the change journal"):
        export_evidence(reopened, **MARCH, **outputs(out))
    assert list(out.iterdir()) == []


# --------------------------------------------------------------------------- writing


def _cancel_after(calls: int) -> Callable[[], bool]:
    count = 0

    def cancelled() -> bool:
        nonlocal count
        count += 1
        return count > calls

    return cancelled


@pytest.mark.parametrize("when", [0.0, 0.1, 0.5, 0.9, 1.0])
def test_a_cancelled_export_leaves_nothing_behind(filled: Filled, out: Path,
                                                  when: float) -> None:
    """Cancel at the first check, at the last (after the last file was written to its
    temporary name, before the renames), and in between."""
    total = 0

    def count() -> bool:
        nonlocal total
        total += 1
        return False

    export_evidence(filled.vault, **MARCH, **outputs(out.parent, "probe"), cancelled=count)
    assert total > 10
    old = out / "march.pdf"
    old.write_bytes(b"the old report")
    with pytest.raises(ExportCancelled, match="nothing was written"):
        export_evidence(filled.vault, **MARCH, **outputs(out),
                        cancelled=_cancel_after(round(when * (total - 1))))
    assert sorted(p.name for p in out.iterdir()) == ["march.pdf"]
    assert old.read_bytes() == b"the old report"


def test_a_failed_write_leaves_nothing_and_keeps_old_files(filled: Filled, out: Path,
                                                           monkeypatch: pytest.MonkeyPatch
                                                           ) -> None:
    paths = outputs(out)
    paths["json_path"].write_bytes(b"old json")
    real_fsync = os.fsync
    calls = 0

    def failing_fsync(fd: int) -> None:
        nonlocal calls
        calls += 1
        if calls == 2:
            raise OSError(28, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(export_module.os, "fsync", failing_fsync)
    with pytest.raises(ExportError, match="No space left on device"):
        export_evidence(filled.vault, **MARCH, **paths)
    assert sorted(p.name for p in out.iterdir()) == ["march.json"]
    assert paths["json_path"].read_bytes() == b"old json"


def test_a_failed_render_leaves_nothing(filled: Filled, out: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(self: Any) -> bytes:
        raise RuntimeError("renderer bug")

    monkeypatch.setattr(export_module._FingerprintedRenderer, "render", broken)
    with pytest.raises(RuntimeError, match="renderer bug"):
        export_evidence(filled.vault, **MARCH, **outputs(out))
    assert list(out.iterdir()) == []


def test_nothing_goes_to_the_system_temp_folder(filled: Filled, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    system_temp = tmp_path / "system-temp"
    system_temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(system_temp))
    monkeypatch.setattr(tempfile, "tempdir", str(system_temp))
    out = tmp_path / "out"
    out.mkdir()
    export_evidence(filled.vault, **MARCH, **outputs(out))
    assert list(system_temp.iterdir()) == []
    assert sorted(p.name for p in out.iterdir()) == ["march.csv", "march.json", "march.pdf"]


def test_an_export_runs_on_a_worker_thread_with_progress(filled: Filled, out: Path
                                                         ) -> None:
    seen: list[tuple[int, int]] = []
    result: list[Any] = []
    worker = threading.Thread(target=lambda: result.append(export_evidence(
        filled.vault, **MARCH, **outputs(out), progress=lambda d, t: seen.append((d, t)))))
    worker.start()
    worker.join(60)
    assert result and result[0].fingerprint
    done = [d for d, _t in seen]
    assert done == sorted(done) and seen[-1] == (1000, 1000) and len(seen) > 5


def test_the_dialogs_job_runs_the_export(filled: Filled, out: Path) -> None:
    job = export_job(filled.vault, **MARCH, workplace_ids=[1], profile="union", language="sv",
                     pdf=out / "r.pdf", json=out / "r.json", csv=None)
    result = job(lambda _d, _t: None, lambda: False)
    assert set(result.paths) == {"pdf", "json"}
    report = json.loads((out / "r.json").read_bytes())["report"]
    assert report["language"] == "sv" and report["profile"] == "union"
    with pytest.raises(ExportCancelled):
        export_job(filled.vault, **MARCH, pdf=out / "s.pdf")(lambda _d, _t: None,
                                                                   lambda: True)
    assert not (out / "s.pdf").exists()


def test_the_demo_vault_exports_and_verifies_in_swedish(tmp_path: Path) -> None:
    with Vault.create(tmp_path / "demo.workbook", PASSPHRASE, kdf=FAST_TEST_KDF) as vault:
        create_demo(vault, today=date(2026, 4, 30))
        seal = vault.issue_seal()
        paths = outputs(tmp_path, "demo")
        result = export_evidence(vault, date_from=date(2025, 11, 1), date_to=date(2026, 4, 30),
                                 profile="union", language="sv", **paths)
    verdict = verify_report(paths["json_path"].read_bytes(), paths["pdf_path"].read_bytes(),
                            [seal.code])
    assert verdict.ok, verdict.failed
    assert result.counts.shifts > 50 and result.counts.attachments == 3


def test_a_bulk_read_of_kept_values_gives_the_same_report(filled: Filled,
                                                          monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    """The export reads values and salts with ``vault.journal_kept(seqs)`` when the store
    offers it (one query instead of one per record); the report must not change."""
    vault = filled.vault
    when = datetime(2026, 4, 2, 10, tzinfo=UTC)
    one_by_one = build_evidence(vault, **MARCH, formats=(), generated_at=when).sidecar
    asked: list[int] = []

    def journal_kept(seqs: list[int]) -> dict[int, tuple[dict[str, Any], dict[str, str]]]:
        asked.extend(seqs)
        rows = {r.seq: r for r in vault.journal_rows()}
        out = {}
        for seq in seqs:
            row = rows[seq]
            kept = next(d for d in vault.journal_disclosure(row.entity, row.entity_id)
                        if d.row.seq == seq)
            out[seq] = (kept.values, kept.salts)
        return out

    monkeypatch.setattr(vault, "journal_kept", journal_kept, raising=False)
    bulk = build_evidence(vault, **MARCH, formats=(), generated_at=when).sidecar
    assert asked and bulk.data == one_by_one.data


def test_the_next_export_removes_what_a_killed_one_left(filled: Filled, out: Path) -> None:
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    left = out / f".march.pdf.export-{dead.pid}-0123456789ab.part"
    left.write_bytes(b"half a PDF")
    alive = out / f".march.pdf.export-{os.getppid()}-0123456789ab.part"  # a live process
    alive.write_bytes(b"another export, still writing")
    unrelated = out / ".march.pdf.notes.part"
    unrelated.write_bytes(b"not ours")
    export_evidence(filled.vault, **MARCH, **outputs(out))
    names = sorted(p.name for p in out.iterdir())
    assert left.name not in names
    assert alive.name in names and unrelated.name in names
    assert {"march.pdf", "march.json", "march.csv"} <= set(names)


def test_journal_entries_are_the_text_each_hash_covers(filled: Filled) -> None:
    """The sidecar lists each journal row as the text its hash covers, read straight from the
    stored columns: it must be exactly the canonical JSON of the row's metadata."""
    import hashlib

    vault = filled.vault
    vault.update_money_line(dataclasses.replace(filled.fine, amount_minor=60000))
    vault.delete_shift(filled.april.id or 0)
    rows = vault.journal_rows()
    entries = vault.journal_entries()
    assert [e.seq for e in entries] == [r.seq for r in rows]
    prev = entries[0].prev_hash
    for row, entry in zip(rows, entries, strict=True):
        assert entry.text.encode() == canonical_json(row.meta())
        assert hashlib.sha256(bytes.fromhex(prev) + entry.text.encode()).hexdigest() == \
            entry.hash == row.hash
        prev = entry.hash


def test_a_journal_row_changed_without_its_hash_stops_the_export(filled: Filled,
                                                                 out: Path) -> None:
    """Someone edits a row in the database and does not (or cannot) redo the chain: the export
    says so instead of handing the worker a file her rep's check will reject."""
    path = filled.vault.path
    filled.vault.close()
    with raw_connection(path) as conn:
        for trigger in [r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'trigger'")]:
            conn.execute(f"DROP TRIGGER {trigger}")
        conn.execute("UPDATE journal SET recorded_at = '2020-01-01T00:00:00Z' WHERE seq = 3")
    with (Vault.open(path, PASSPHRASE) as reopened,
          pytest.raises(ExportError, match="change journal is not whole")):
        export_evidence(reopened, **MARCH, **outputs(out))
    assert list(out.iterdir()) == []

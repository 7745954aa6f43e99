"""``verify_report``: an intact sidecar passes; any change to a figure, a date, a record, a
digest, a hash, a salt or the fingerprint fails, naming what failed; a bad file gives a verdict,
never a traceback; seals and the PDF's fingerprint are checked.

The sidecars come from ``test_sidecar``'s in-memory journal, so no vault is needed, as for a rep.
"""

from __future__ import annotations

import copy
import hashlib
import io
import json
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from reportlab.pdfgen.canvas import Canvas
from test_sidecar import Sample, build_sample

from workbook.domain.canonical import canonical_json, field_digest, row_hash, seal_code
from workbook.reports.sidecar import build_sidecar, totals_json
from workbook.reports.verify import (
    DOES_NOT_PROVE,
    Verdict,
    pdf_fingerprints,
    verdict_text,
    verify_report,
)

Report = dict[str, Any]


@pytest.fixture(scope="module")
def sample() -> Sample:
    return build_sample()


@pytest.fixture(scope="module")
def full(sample: Sample) -> bytes:
    """A version 1 file (what Workbook wrote before version 2): reps still receive them, so
    every check below runs on that shape; ``test_verify_v2`` runs them on version 2."""
    return build_sidecar(sample.inputs("full", version=1)).data


def edited(data: bytes, change: Callable[[Report], None], *, refingerprint: bool = True
           ) -> bytes:
    """The sidecar with ``change`` made to its report; with ``refingerprint`` the fingerprint
    is recomputed too, as anyone forging a file would."""
    doc = json.loads(data)
    change(doc["report"])
    if refingerprint:
        doc["fingerprint"] = hashlib.sha256(canonical_json(doc["report"])).hexdigest()
    return canonical_json(doc)


def failed(verdict: Verdict) -> dict[str, str]:
    return {check.name: check.detail for check in verdict.failed}


def record(report: Report, section: str, ref: str) -> dict[str, Any]:
    return next(r for r in report["records"][section] if r["ref"] == ref)


def disclosure(report: Report, ref: str) -> dict[str, Any]:
    return next(d for d in report["disclosures"] if d["ref"] == ref)


def row(report: Report, seq: int) -> dict[str, Any]:
    return next(r for r in report["journal"]["rows"] if r["seq"] == seq)


def rehash_from(report: Report, seq: int) -> None:
    """Recompute every row hash from ``seq`` to the head, and the head: a consistent chain."""
    rows = report["journal"]["rows"]
    prev = None
    for r in rows:
        if r["seq"] < seq:
            prev = r["hash"]
            continue
        r["prev_hash"] = prev if prev is not None else r["prev_hash"]
        meta = {k: r[k] for k in ("seq", "recorded_at", "action", "entity", "entity_id",
                                  "digests")}
        r["hash"] = row_hash(r["prev_hash"], meta)
        prev = r["hash"]
    report["journal"]["head"]["hash"] = rows[-1]["hash"]
    for seal in report["seals"]:  # the vault's own list of seals shown is rewritten too
        seal["code"] = seal_code(seal["seq"], row(report, seal["seq"])["hash"])


def set_amount(report: Report, ref: str, minor: int) -> None:
    """Change a money line's amount in the record, its disclosed value, its digest and the
    chain: everything a forger without a seal could make consistent."""
    d = disclosure(report, ref)
    d["values"]["amount"] = minor
    record(report, "money", ref)["amount"] = f"{minor // 100}.{minor % 100:02d}"
    row(report, d["seq"])["digests"]["amount"] = field_digest(bytes.fromhex(d["salts"]["amount"]),
                                                              minor)
    rehash_from(report, d["seq"])
    period = report["period"]
    report["totals"] = totals_json(
        [(x["entity"], x["id"], x["values"]) for x in report["disclosures"]],
        date.fromisoformat(period["from"]), date.fromisoformat(period["to"]))


# --------------------------------------------------------------------------- intact


@pytest.mark.parametrize("profile", ["full", "union", "totals"])
def test_an_intact_report_passes_every_check(sample: Sample, profile: str) -> None:
    data = build_sidecar(sample.inputs(profile)).data
    verdict = verify_report(data, seals=[sample.seal.code])
    assert verdict.ok, failed(verdict)
    names = [c.name for c in verdict.checks]
    assert names == ["Report file", "Fingerprint", "Journal chain", "Disclosed values",
                     "Records shown", "Totals", "Seals the worker was shown",
                     f"Seal {sample.seal.code}"]
    # The fingerprint verify recomputes is that of domain.canonical.canonical_json.
    report = json.loads(data)["report"]
    assert verdict.fingerprint == hashlib.sha256(canonical_json(report)).hexdigest()


def test_the_union_verdict_says_what_is_shown_as_stand_ins(sample: Sample) -> None:
    verdict = verify_report(build_sidecar(sample.inputs("union")).data)
    assert verdict.ok
    stand_ins = next(n for n in verdict.notes if n.startswith("Shown as stand-ins"))
    assert "the names of P-1, P-2" in stand_ins and "the people listed in I-1" in stand_ins
    assert "not checked against the journal" in stand_ins
    assert any("No seal code was given" in n for n in verdict.notes)


# --------------------------------------------------------------------------- tampering


def _shown_amount(r: Report) -> None:
    record(r, "money", "M-2")["amount"] = "8000.00"


def _shown_date(r: Report) -> None:
    record(r, "shifts", "S-1")["start"] = "2026-03-27T21:00+01:00"


def _disclosed_amount(r: Report) -> None:
    disclosure(r, "M-2")["values"]["amount"] = 800000
    record(r, "money", "M-2")["amount"] = "8000.00"


def _disclosed_date(r: Report) -> None:
    disclosure(r, "S-1")["values"]["start"] = "2026-03-27T20:00:00Z"
    record(r, "shifts", "S-1")["start"] = "2026-03-27T21:00+01:00"


def _amount_and_digest(r: Report) -> None:
    d = disclosure(r, "M-2")
    d["values"]["amount"] = 800000
    record(r, "money", "M-2")["amount"] = "8000.00"
    row(r, d["seq"])["digests"]["amount"] = field_digest(bytes.fromhex(d["salts"]["amount"]),
                                                         800000)


def _amount_digest_and_hash(r: Report) -> None:
    _amount_and_digest(r)
    d = disclosure(r, "M-2")
    target = row(r, d["seq"])
    meta = {k: target[k] for k in ("seq", "recorded_at", "action", "entity", "entity_id",
                                   "digests")}
    target["hash"] = row_hash(target["prev_hash"], meta)


def _remove_shift(r: Report) -> None:
    r["records"]["shifts"] = [s for s in r["records"]["shifts"] if s["ref"] != "S-1"]
    r["disclosures"] = [d for d in r["disclosures"] if d["ref"] != "S-1"]
    r["records"]["money"] = [m for m in r["records"]["money"] if m.get("shift") != "S-1"]
    r["disclosures"] = [d for d in r["disclosures"]
                        if not (d["entity"] == "money" and d["values"].get("shift") == 1)]


def _hide_record(r: Report) -> None:
    r["records"]["incidents"] = []


def _add_record(r: Report) -> None:
    extra = copy.deepcopy(record(r, "money", "M-1"))
    extra["ref"] = "M-99"
    r["records"]["money"].append(extra)


def _totals(r: Report) -> None:
    r["totals"]["currencies"]["SEK"]["gross"] = "9999.00"


def _digest(r: Report) -> None:
    d = disclosure(r, "S-1")
    row(r, d["seq"])["digests"]["breaks_minutes"] = "0" * 64


def _row_hash(r: Report) -> None:
    row(r, 5)["hash"] = "f" * 64


def _salt(r: Report) -> None:
    disclosure(r, "M-1")["salts"]["amount"] = "0" * 32


def _remove_row(r: Report) -> None:
    r["journal"]["rows"] = [x for x in r["journal"]["rows"] if x["seq"] != 7]


def _older_version(r: Report) -> None:
    """Show the fine as first written (500.00) instead of as corrected (600.00)."""
    d = disclosure(r, "M-3")
    d["rows"] = d["rows"][:1]
    d["seq"] = d["rows"][0]


def _stand_in_for_amount(r: Report) -> None:
    disclosure(r, "M-2")["pseudonyms"] = ["amount"]
    record(r, "money", "M-2")["amount"] = "1.00"


def _unknown_key(r: Report) -> None:
    r["note"] = "These figures were confirmed by the club."


TAMPERING = [
    ("a shown amount", _shown_amount, "Records shown", "M-2 amount"),
    ("a shown date", _shown_date, "Records shown", "S-1 start"),
    ("a disclosed amount", _disclosed_amount, "Disclosed values", "M-2 amount"),
    ("a disclosed date", _disclosed_date, "Disclosed values", "S-1 start"),
    ("an amount and its digest", _amount_and_digest, "Journal chain", "was changed"),
    ("an amount, digest and row hash", _amount_digest_and_hash, "Journal chain",
     "does not follow on"),
    ("a removed shift", _remove_shift, "Totals", "Club Aurora (SEK): in the report's totals"),
    ("a record left out", _hide_record, "Records shown", "I-1: disclosed but not shown"),
    ("a record added", _add_record, "Records shown", "M-99"),
    ("the totals", _totals, "Totals", "9999.00"),
    ("a digest", _digest, "Journal chain", "was changed"),
    ("a row hash", _row_hash, "Journal chain", "entry 5"),
    ("a salt", _salt, "Disclosed values", "M-1 amount"),
    ("a removed row", _remove_row, "Journal chain", "entry 7 is missing"),
    ("an older version", _older_version, "Disclosed values", "M-3"),
    ("a stand-in for an amount", _stand_in_for_amount, "Records shown", "M-2 amount"),
    ("an added claim", _unknown_key, "Report file", "note"),
]


@pytest.mark.parametrize(("what", "change", "check", "words"), TAMPERING,
                         ids=[t[0] for t in TAMPERING])
def test_a_changed_report_fails_naming_what_failed(full: bytes, what: str,
                                                   change: Callable[[Report], None],
                                                   check: str, words: str) -> None:
    verdict = verify_report(edited(full, change))
    assert not verdict.ok
    problems = failed(verdict)
    assert check in problems, problems
    assert words in problems[check], problems[check]
    # Without a recomputed fingerprint, the fingerprint gives it away too.
    if check != "Report file":
        assert "Fingerprint" in failed(verify_report(edited(full, change, refingerprint=False)))


def test_a_changed_fingerprint_fails(full: bytes) -> None:
    doc = json.loads(full)
    doc["fingerprint"] = "0" * 64
    problems = failed(verify_report(canonical_json(doc)))
    assert list(problems) == ["Fingerprint"]
    assert "changed after it was exported" in problems["Fingerprint"]


def test_a_file_that_is_not_canonical_still_verifies(full: bytes) -> None:
    pretty = json.dumps(json.loads(full), indent=2, ensure_ascii=True).encode()
    assert verify_report(pretty).ok


def test_a_rewritten_chain_passes_alone_but_fails_against_a_seal(sample: Sample,
                                                                 full: bytes) -> None:
    """Someone with the passphrase can rebuild a consistent journal: only a seal shared
    earlier shows it."""
    forged = edited(full, lambda r: set_amount(r, "M-2", 40000))
    assert verify_report(forged).ok  # internally consistent
    verdict = verify_report(forged, seals=[sample.seal.code])
    problems = failed(verdict)
    assert list(problems) == [f"Seal {sample.seal.code}"]
    assert "changed after the seal was shared" in problems[f"Seal {sample.seal.code}"]


def test_a_change_after_the_seal_passes_and_is_listed(sample: Sample, full: bytes) -> None:
    verdict = verify_report(full, seals=[sample.seal.code])
    assert verdict.ok
    note = next(n for n in verdict.notes if n.startswith("Changed after seal"))
    assert "M-3" in note and "2026-04-01T08:00:00Z" in note
    assert "M-1" not in note


# --------------------------------------------------------------------------- seals


def test_seal_codes_that_do_not_fit(sample: Sample, full: bytes) -> None:
    head = json.loads(full)["report"]["journal"]["head"]
    good = sample.seal.code
    typo = good[:-1] + ("0" if good[-1] != "0" else "1")
    newer = seal_code(head["seq"] + 5, "ab" * 32)
    verdict = verify_report(full, seals=[typo, newer, "hello", good.lower()])
    problems = failed(verdict)
    assert "does not match the seal" in problems[f"Seal {typo}"]
    assert "newer than the report" in problems[f"Seal {newer}"]
    assert "is not a seal code" in problems["Seal hello"]
    assert f"Seal {good.lower()}" not in problems  # lower case is accepted


def test_a_seal_before_the_journal_listed_cannot_be_checked(sample: Sample) -> None:
    inputs = sample.inputs("full")
    only_late = [r for r in inputs.records if (r.entity, r.entity_id) == ("money", 3)]
    first = only_late[0].rows[0]
    from dataclasses import replace

    data = build_sidecar(replace(inputs, records=only_late, seals=[],
                                 journal=[r for r in inputs.journal if r.seq >= first])).data
    early = seal_code(2, sample.journal.rows[1].hash)
    problems = failed(verify_report(data, seals=[early]))
    assert "starts at entry" in problems[f"Seal {early}"]


def test_a_listed_seal_that_does_not_match_fails(full: bytes) -> None:
    def bad_seal(r: Report) -> None:
        r["seals"][0]["code"] = seal_code(r["seals"][0]["seq"], "cd" * 32)

    assert "Seals the worker was shown" in failed(verify_report(edited(full, bad_seal)))


# --------------------------------------------------------------------------- bad files


@pytest.mark.parametrize(("data", "words"), [
    (b"", "not valid JSON"),
    (b"%PDF-1.4 binary", "not valid JSON"),
    (b"\xff\xfe\x00garbage", "not UTF-8"),
    (b"[1, 2, 3]", "not a Workbook evidence report"),
    (b'{"report": 1, "fingerprint": "x"}', "not a Workbook evidence report"),
    (b'{"format": "workbook-interchange", "version": 1}', "import file"),
    (b'{"report": {"format": "workbook-evidence", "version": 4}}', "newer Workbook"),
    (b'{"report": {"format": "workbook-evidence", "version": 1}}', "missing"),
    (b'{"a": 1.5, "report": {}}', "decimal point"),
    (b'{"a": NaN}', "not a number JSON allows"),
    (b'{"report": 1, "report": 2}', "written twice"),
    (b"[" * 100_000, "nested too deeply"),
])
def test_a_bad_file_gives_a_clear_verdict(data: bytes, words: str) -> None:
    verdict = verify_report(data)
    assert not verdict.ok
    assert [c.name for c in verdict.checks] == ["Report file"]
    assert words in verdict.checks[0].detail
    assert "FAILED" in verdict_text(verdict)


@pytest.mark.parametrize("change", [
    lambda r: r["journal"]["rows"][0].update(seq="1"),
    lambda r: r["journal"]["rows"][0]["digests"].update(x=5),
    lambda r: r["disclosures"][0].update(salts=[]),
    lambda r: r["disclosures"][0]["salts"].update(work_name="zz"),
    lambda r: r["records"].update(shifts={}),
    lambda r: r["records"]["money"].append("M-9"),
    lambda r: r.update(profile="everything"),
    lambda r: r["period"].update({"from": "March"}),
    lambda r: r["journal"].update(head={"seq": 1}),
    lambda r: r["seals"].append({"code": 5, "seq": 1, "shown_at": ""}),
])
def test_a_damaged_structure_gives_a_clear_verdict(full: bytes,
                                                   change: Callable[[Report], None]) -> None:
    verdict = verify_report(edited(full, change))
    assert [c.name for c in verdict.failed] == ["Report file"]
    assert verdict.failed[0].detail.startswith("report.")


def test_unreadable_values_inside_a_record_give_a_verdict(full: bytes) -> None:
    def weird(r: Report) -> None:
        d = disclosure(r, "S-1")
        d["values"]["timezone"] = "Mars/Olympus"
        d["values"]["start"] = {"nested": [1, None, True]}

    problems = failed(verify_report(edited(full, weird)))
    assert "S-1" in problems["Records shown"]
    assert "Totals" in problems


# --------------------------------------------------------------------------- the PDF


def pdf_with(keywords: str | None = None, subject: str | None = None) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pageCompression=1)
    if keywords is not None:
        canvas.setKeywords(keywords)
    if subject is not None:
        canvas.setSubject(subject)
    canvas.drawString(72, 72, "Evidence report")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def test_the_pdf_must_carry_the_same_fingerprint(full: bytes) -> None:
    fingerprint = json.loads(full)["fingerprint"]
    same = pdf_with(f"workbook-fingerprint:{fingerprint}")
    assert pdf_fingerprints(same) == [fingerprint]
    verdict = verify_report(full, same)
    assert verdict.ok and "PDF" in [c.name for c in verdict.checks]
    other = pdf_with("workbook-fingerprint:" + "1" * 64)
    assert "not from the same export" in failed(verify_report(full, other))["PDF"]
    assert "no Workbook fingerprint" in failed(verify_report(full, pdf_with()))["PDF"]
    assert "not a PDF" in failed(verify_report(full, b"GIF89a"))["PDF"]


def test_fingerprints_are_read_from_escaped_and_hex_strings() -> None:
    fingerprint = "ab" * 32
    escaped = pdf_with(subject=f"Bevisrapport \u00e5 (kopia) workbook-fingerprint:{fingerprint}")
    assert pdf_fingerprints(escaped) == [fingerprint]
    text = f"\ufefffingerprint workbook-fingerprint:{fingerprint}".encode("utf-16-be")
    handmade = (b"%PDF-1.4\n1 0 obj\n<< /Keywords <" + text.hex().encode() + b"> >>\nendobj\n"
                b"trailer\n<< /Info 1 0 R >>\n%%EOF\n")
    assert pdf_fingerprints(handmade) == [fingerprint]
    assert pdf_fingerprints(b"%PDF-1.4\ntrailer << /Info 9 0 R >>") == []


# --------------------------------------------------------------------------- the words


def test_the_verdict_reads_plainly(sample: Sample, full: bytes) -> None:
    good = verdict_text(verify_report(full, seals=[sample.seal.code]))
    assert "✓ passed" in good and "FAILED" not in good
    assert "Result: all 8 checks passed." in good
    assert DOES_NOT_PROVE[0] in good
    assert "does not prove who wrote an entry or that the device clock was right" in good
    assert "Full report for 2026-03-01 to 2026-03-31" in good
    bad = verdict_text(verify_report(edited(full, _totals)), symbols=False)
    assert "[X] FAILED  Totals" in bad and "[ok] passed" in bad
    assert "Result: 1 of 7 checks FAILED" in bad

"""``verify_report`` on version 3 sidecars, what Workbook writes since schema 3: journal rows of
form 2 commit to the SHA-256 of their digests, so the file lists each row it does not disclose
in about 150 bytes; a disclosure gives its withheld fields' digests, and the digests of the
fields it shows follow from value and salt. Rows of form 1 (written before the upgrade) still
verify beside them. Every kind of change a forger could make still fails, naming what failed.
(``test_verify_v2`` and ``test_verify`` run the same kinds of checks on older files.)"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from test_sidecar import LABELS, LEGAL_NAME, Sample, build_sample, records_of
from test_verify_v2 import (
    _disclosed_date,
    _remove_entry,
    _shown_amount,
    _totals,
    edited,
    english_left,
    failed,
    record,
    rehash,
)

from workbook.domain.canonical import canonical_json, field_digest
from workbook.reports.sidecar import ENTITIES, build_sidecar, totals_json
from workbook.reports.verify import verify_report

Report = dict[str, Any]


@pytest.fixture(scope="module")
def sample() -> Sample:
    return build_sample(form=2)


@pytest.fixture(scope="module")
def v3(sample: Sample) -> bytes:
    data = build_sidecar(sample.inputs("full")).data
    assert json.loads(data)["report"]["version"] == 3
    return data


def disclosure(r: Report, ref: str) -> dict[str, Any]:
    return next(d for d in r["disclosures"] if d["ref"] == ref)


def entry_index(r: Report, ref: str) -> int:
    kind = {"S": "shift", "M": "money"}[ref[0]]
    ident = int(ref[2:])
    found = [i for i, text in enumerate(r["journal"]["entries"])
             if (json.loads(text)["entity"], json.loads(text)["entity_id"]) == (kind, ident)]
    return found[-1]


def _forged_amount(r: Report, minor: int = 800000) -> None:
    """M-2's amount changed everywhere a forger without a seal can: shown, disclosed, and the
    entry's hash of its digests."""
    d = disclosure(r, "M-2")
    d["values"]["amount"] = minor
    record(r, "money", "M-2")["amount"] = f"{minor // 100}.{minor % 100:02d}"
    digests = {**d["withheld"], **{k: field_digest(bytes.fromhex(d["salts"][k]), v)
                                   for k, v in d["values"].items()}}
    i = entry_index(r, "M-2")
    meta = json.loads(r["journal"]["entries"][i])
    meta["digests_sha256"] = hashlib.sha256(canonical_json(digests)).hexdigest()
    r["journal"]["entries"][i] = canonical_json(meta).decode()


def _hidden_as_withheld(r: Report) -> None:
    """A shown field moved to "withheld" with a made-up digest."""
    d = disclosure(r, "S-1")
    del d["values"]["notes"], d["salts"]["notes"]
    d["withheld"]["notes"] = "0" * 64
    del record(r, "shifts", "S-1")["notes"]


def _withheld_left_out(r: Report) -> None:
    d = disclosure(r, "S-1")
    del d["values"]["notes"], d["salts"]["notes"]
    del record(r, "shifts", "S-1")["notes"]


def _upper_case_hash(r: Report) -> None:
    i = entry_index(r, "S-1")
    text = r["journal"]["entries"][i]
    start = text.index('"digests_sha256":"') + len('"digests_sha256":"')
    r["journal"]["entries"][i] = text[:start] + text[start:start + 64].upper() + text[start + 64:]


def _as_version_2(r: Report) -> None:
    r["version"] = 2
    for d in r["disclosures"]:
        del d["withheld"]


def _no_withheld_key(r: Report) -> None:
    del disclosure(r, "M-1")["withheld"]


TAMPERING = [
    ("a shown amount", _shown_amount, "Records shown", "M-2 amount"),
    ("a disclosed date", _disclosed_date, "Disclosed values",
     "S-1: the values shown and the digests given do not match entry"),
    ("a shown field passed off as withheld", _hidden_as_withheld, "Disclosed values",
     "S-1: the values shown and the digests given do not match entry"),
    ("a field left out", _withheld_left_out, "Disclosed values",
     "S-1: the values shown and the digests given do not match entry"),
    ("an amount and its entry", _forged_amount, "Journal chain", "do not lead to"),
    ("a removed entry", _remove_entry, "Journal chain", "entry 7 is missing"),
    ("an entry in upper case", _upper_case_hash, "Report file", "is not a journal entry"),
    ("form 2 entries in a version 2 file", _as_version_2, "Report file",
     "is not a journal entry"),
    ("a disclosure without its withheld digests", _no_withheld_key, "Report file",
     "“withheld” is missing"),
    ("the totals", _totals, "Totals", "9999.00"),
]


@pytest.mark.parametrize("profile", ["full", "union", "totals"])
def test_an_intact_version_3_report_passes_every_check(sample: Sample, profile: str) -> None:
    data = build_sidecar(sample.inputs(profile)).data
    verdict = verify_report(data, seals=[sample.seal.code])
    assert verdict.ok, failed(verdict)
    assert verdict.checks[0].detail.endswith("format version 3")
    assert verdict.chain == tuple((row.seq, row.hash) for row in sample.journal.rows)
    entries = json.loads(data)["report"]["journal"]["entries"]
    assert all('"digests_sha256":"' in e and '"digests":' not in e for e in entries)
    if profile != "full":
        assert any("withheld by the" in note for note in verdict.notes)


def test_a_journal_upgraded_part_way_verifies_across_the_change() -> None:
    """Rows 1–9 of form 1 (written before schema 3), the rest of form 2; the seal at row 17
    was shown after the change."""
    mixed = build_sample(form=2, switch_at=10)
    forms = [row.form for row in mixed.journal.rows]
    assert forms[0] == 1 and forms[-1] == 2 and 1 < forms.index(2) == 9
    for profile in ("full", "union", "totals"):
        verdict = verify_report(build_sidecar(mixed.inputs(profile)).data,
                                seals=[mixed.seal.code])
        assert verdict.ok, failed(verdict)


@pytest.mark.parametrize(("what", "change", "check", "words"), TAMPERING,
                         ids=[t[0] for t in TAMPERING])
def test_a_changed_version_3_report_fails_naming_what_failed(
        v3: bytes, what: str, change: Callable[[Report], None], check: str, words: str) -> None:
    verdict = verify_report(edited(v3, change))
    assert not verdict.ok
    problems = failed(verdict)
    assert check in problems, problems
    assert words in problems[check], problems[check]
    assert english_left(verdict) == []  # every verdict reads in Swedish too
    if check != "Report file":
        assert "Fingerprint" in failed(verify_report(edited(v3, change, refingerprint=False)))


def test_a_form_1_withheld_digest_that_is_wrong_is_named() -> None:
    """Where the entry holds every digest (form 1), a wrong withheld digest is named."""
    old = build_sample(form=1)
    data = build_sidecar(old.inputs("union")).data

    def change(r: Report) -> None:
        d = disclosure(r, "M-1")
        d["withheld"]["counterparty"] = "0" * 64

    problems = failed(verify_report(edited(data, change)))
    assert "M-1 counterparty: the withheld digest given is not the one in entry" in \
        problems["Disclosed values"]


def test_a_consistent_forgery_passes_alone_but_fails_against_a_seal(sample: Sample,
                                                                    v3: bytes) -> None:
    def forge(r: Report) -> None:
        _forged_amount(r, 40000)
        letters = {letter: entity for entity, (letter, _section) in ENTITIES.items()}
        period = r["period"]
        r["totals"] = totals_json(
            [(letters[d["ref"][0]], int(d["ref"][2:]), d["values"]) for d in r["disclosures"]
             if d["ref"] != "profile"],
            date.fromisoformat(period["from"]), date.fromisoformat(period["to"]))
        rehash(r)

    forged = edited(v3, forge)
    assert verify_report(forged).ok, failed(verify_report(forged))
    problems = failed(verify_report(forged, seals=[sample.seal.code]))
    assert list(problems) == [f"Seal {sample.seal.code}"]


def test_an_edit_after_the_seal_passes_and_is_listed(sample: Sample, v3: bytes) -> None:
    verdict = verify_report(v3, seals=[sample.seal.code])
    assert verdict.ok
    note = next(n for n in verdict.notes if n.startswith("Changed after seal"))
    assert "M-3" in note and "2026-04-01T08:00:00Z" in note and "M-1" not in note


def test_form_2_rows_make_the_file_smaller(sample: Sample) -> None:
    """The same records, the same journal length: each undisclosed row of form 2 takes a
    fixed ~150 bytes instead of a digest per field."""
    old = build_sample(form=1)
    entries_1 = json.loads(build_sidecar(old.inputs("union")).data)["report"]["journal"]
    entries_2 = json.loads(build_sidecar(sample.inputs("union")).data)["report"]["journal"]
    size_1 = sum(len(e) for e in entries_1["entries"])
    size_2 = sum(len(e) for e in entries_2["entries"])
    assert len(entries_1["entries"]) == len(entries_2["entries"])
    assert size_2 * 3 < size_1
    assert max(len(e) for e in entries_2["entries"]) < 200


def test_union_withholds_the_same_and_hides_it(sample: Sample) -> None:
    union = build_sidecar(sample.inputs("union"))
    data = union.data.decode()
    assert LEGAL_NAME not in data and not any(label in data for label in LABELS)
    assert "counterparty" not in records_of(union.report, "money")["M-1"]
    assert set(disclosure(union.report, "M-1")["withheld"]) >= {"counterparty"}
    assert verify_report(union.data).ok

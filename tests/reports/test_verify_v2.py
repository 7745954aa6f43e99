"""``verify_report`` on version 2 sidecars, what Workbook writes now: each journal entry is the
text its hash covers, the chain is rebuilt from those texts, and what a disclosure leaves out
(its rows, its latest entry, the fields withheld) is worked out from the journal. Every kind of
change a forger could make still fails, naming what failed; a bad entry gives a verdict, never
a traceback. (``test_verify`` runs the same kinds of checks on version 1 files.)"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from test_sidecar import Sample, build_sample, disclosures_of, records_of

from workbook.domain.canonical import canonical_json, field_digest, seal_code
from workbook.reports.sidecar import ENTITIES, build_sidecar, totals_json
from workbook.reports.verify import Verdict, verdict_text, verify_report

Report = dict[str, Any]


@pytest.fixture(scope="module")
def sample() -> Sample:
    return build_sample()


@pytest.fixture(scope="module")
def v2(sample: Sample) -> bytes:
    data = build_sidecar(sample.inputs("full", version=2)).data
    assert json.loads(data)["report"]["version"] == 2
    return data


def edited(data: bytes, change: Callable[[Report], None], *, refingerprint: bool = True
           ) -> bytes:
    doc = json.loads(data)
    change(doc["report"])
    if refingerprint:
        doc["fingerprint"] = hashlib.sha256(canonical_json(doc["report"])).hexdigest()
    return canonical_json(doc)


def failed(verdict: Verdict) -> dict[str, str]:
    return {check.name: check.detail for check in verdict.failed}


def disclosure(r: Report, ref: str) -> dict[str, Any]:
    return next(d for d in r["disclosures"] if d["ref"] == ref)


def record(r: Report, section: str, ref: str) -> dict[str, Any]:
    return next(x for x in r["records"][section] if x["ref"] == ref)


def entry_of(r: Report, ref: str) -> int:
    """The index in ``entries`` of the latest entry of the record ``ref``."""
    kind = {"S": "shift", "M": "money"}[ref[0]]
    ident = int(ref[2:])
    found = [i for i, text in enumerate(r["journal"]["entries"])
             if (json.loads(text)["entity"], json.loads(text)["entity_id"]) == (kind, ident)]
    return found[-1]


def set_entry(r: Report, index: int, meta: dict[str, Any]) -> None:
    r["journal"]["entries"][index] = canonical_json(meta).decode()


def rehash(r: Report) -> None:
    """Rebuild the head's hash and the seals from the entries: a consistent forgery."""
    j = r["journal"]
    prev = j["start_hash"]
    hashes = {}
    for text in j["entries"]:
        prev = hashlib.sha256(bytes.fromhex(prev) + text.encode()).hexdigest()
        hashes[json.loads(text)["seq"]] = prev
    j["head"]["hash"] = prev
    for seal in r["seals"]:
        seal["code"] = seal_code(seal["seq"], hashes[seal["seq"]])


def _amount_with_digest(r: Report, minor: int = 800000) -> None:
    """Change M-2's amount everywhere a forger without a seal can: shown, disclosed, digest."""
    d = disclosure(r, "M-2")
    d["values"]["amount"] = minor
    record(r, "money", "M-2")["amount"] = f"{minor // 100}.{minor % 100:02d}"
    i = entry_of(r, "M-2")
    meta = json.loads(r["journal"]["entries"][i])
    meta["digests"]["amount"] = field_digest(bytes.fromhex(d["salts"]["amount"]), minor)
    set_entry(r, i, meta)


def _shown_amount(r: Report) -> None:
    record(r, "money", "M-2")["amount"] = "8000.00"


def _disclosed_date(r: Report) -> None:
    disclosure(r, "S-1")["values"]["start"] = "2026-03-27T20:00:00Z"
    record(r, "shifts", "S-1")["start"] = "2026-03-27T21:00+01:00"


def _remove_entry(r: Report) -> None:
    del r["journal"]["entries"][6]


def _entry_reordered(r: Report) -> None:
    """Digests in another order: the text no longer reads one way only."""
    i = entry_of(r, "S-1")
    meta = json.loads(r["journal"]["entries"][i])
    names = sorted(meta["digests"], reverse=True)
    digests = ",".join(f'"{n}":"{meta["digests"][n]}"' for n in names)
    text = r["journal"]["entries"][i]
    start = text.index('"digests":{') + len('"digests":{')
    end = text.index('},"entity"')
    r["journal"]["entries"][i] = text[:start] + digests + text[end:]


def _not_an_entry(r: Report) -> None:
    r["journal"]["entries"][3] = "a shift, trust me"


def _wrong_start(r: Report) -> None:
    r["journal"]["start_hash"] = "1" * 64


def _old_key(r: Report) -> None:
    disclosure(r, "M-1")["rows"] = [9]


def _totals(r: Report) -> None:
    r["totals"]["currencies"]["SEK"]["gross"] = "9999.00"


TAMPERING = [
    ("a shown amount", _shown_amount, "Records shown", "M-2 amount"),
    ("a disclosed date", _disclosed_date, "Disclosed values", "S-1 start"),
    ("an amount and its digest", _amount_with_digest, "Journal chain", "do not lead to"),
    ("a removed entry", _remove_entry, "Journal chain", "entry 7 is missing"),
    ("digests out of order", _entry_reordered, "Report file", "canonical form"),
    ("text that is no entry", _not_an_entry, "Report file", "entries[3]"),
    ("a chain that does not start the journal", _wrong_start, "Journal chain",
     "entry 1 does not start"),
    ("a version 1 key in a version 2 file", _old_key, "Report file", "“rows”"),
    ("the totals", _totals, "Totals", "9999.00"),
]


@pytest.mark.parametrize("profile", ["full", "union", "totals"])
def test_an_intact_version_2_report_passes_every_check(sample: Sample, profile: str) -> None:
    data = build_sidecar(sample.inputs(profile, version=2)).data
    verdict = verify_report(data, seals=[sample.seal.code])
    assert verdict.ok, failed(verdict)
    assert verdict.checks[0].detail.endswith("format version 2")
    assert verdict.fingerprint == json.loads(data)["fingerprint"]
    # The chain as checked, for a rep linking reports from one journal.
    assert verdict.chain == tuple((row.seq, row.hash) for row in sample.journal.rows)
    if profile != "full":
        assert any("withheld by the" in note for note in verdict.notes)


@pytest.mark.parametrize(("what", "change", "check", "words"), TAMPERING,
                         ids=[t[0] for t in TAMPERING])
def test_a_changed_version_2_report_fails_naming_what_failed(
        v2: bytes, what: str, change: Callable[[Report], None], check: str, words: str) -> None:
    verdict = verify_report(edited(v2, change))
    assert not verdict.ok
    problems = failed(verdict)
    assert check in problems, problems
    assert words in problems[check], problems[check]
    if check != "Report file":
        assert "Fingerprint" in failed(verify_report(edited(v2, change, refingerprint=False)))


def test_a_consistent_forgery_passes_alone_but_fails_against_a_seal(sample: Sample,
                                                                    v2: bytes) -> None:
    def forge(r: Report) -> None:
        _amount_with_digest(r, 40000)
        disclosed = disclosures_of(r)
        letters = {letter: entity for entity, (letter, _section) in ENTITIES.items()}
        period = r["period"]
        r["totals"] = totals_json(
            [(letters[ref[0]], int(ref[2:]), d["values"]) for ref, d in disclosed.items()
             if ref != "profile"],
            date.fromisoformat(period["from"]), date.fromisoformat(period["to"]))
        rehash(r)

    forged = edited(v2, forge)
    assert verify_report(forged).ok, failed(verify_report(forged))
    problems = failed(verify_report(forged, seals=[sample.seal.code]))
    assert list(problems) == [f"Seal {sample.seal.code}"]
    assert "changed after the seal was shared" in problems[f"Seal {sample.seal.code}"]


def test_an_edit_after_the_seal_passes_and_is_listed(sample: Sample, v2: bytes) -> None:
    verdict = verify_report(v2, seals=[sample.seal.code])
    assert verdict.ok
    note = next(n for n in verdict.notes if n.startswith("Changed after seal"))
    assert "M-3" in note and "2026-04-01T08:00:00Z" in note and "M-1" not in note


def test_a_re_saved_file_still_verifies(v2: bytes) -> None:
    """Another program may re-save the JSON with spaces and escapes: the fingerprint is then
    recomputed from the contents instead of the bytes."""
    pretty = json.dumps(json.loads(v2), indent=2, ensure_ascii=True).encode()
    verdict = verify_report(pretty)
    assert verdict.ok and verdict.fingerprint == json.loads(v2)["fingerprint"]


def test_version_2_is_smaller_than_version_1(sample: Sample) -> None:
    one = build_sidecar(sample.inputs("full", version=1)).data
    two = build_sidecar(sample.inputs("full", version=2)).data
    assert len(two) < len(one)
    assert b'"prev_hash"' not in two and b'"withheld"' not in two


def test_union_withholds_who_paid_an_earning(sample: Sample) -> None:
    """Who paid an earning is a client: the union profile leaves it out of the file and the
    PDF, while who took a deduction (the club) stays."""
    full = build_sidecar(sample.inputs("full")).report
    union = build_sidecar(sample.inputs("union")).report
    earning = sample.journal.disclosure("money", 1)
    assert earning.values["kind"] == "earning" and "counterparty" in earning.values
    assert "counterparty" in records_of(full, "money")["M-1"]
    assert "counterparty" not in records_of(union, "money")["M-1"]
    assert "counterparty" in disclosures_of(union)["M-1"]["withheld"]
    assert records_of(union, "money")["M-2"]["counterparty"] == \
        records_of(full, "money")["M-2"]["counterparty"]
    assert verify_report(build_sidecar(sample.inputs("union")).data).ok


# --------------------------------------------------------------------------- in Swedish


def english_left(verdict: Verdict) -> list[str]:
    """Lines of the verdict that read the same in Swedish as in English: left untranslated."""
    english = verdict_text(verdict, language="en").splitlines()
    swedish = verdict_text(verdict, language="sv").splitlines()
    assert len(english) == len(swedish)
    return [a for a, b in zip(english, swedish, strict=True)
            if a == b and re.search(r"[a-z]{4}", a)]


def test_every_verdict_reads_in_swedish(sample: Sample, v2: bytes) -> None:
    import test_verify

    v1 = build_sidecar(sample.inputs("full", version=1)).data
    verdicts = [verify_report(build_sidecar(sample.inputs(p)).data, seals=[sample.seal.code])
                for p in ("full", "union", "totals")]
    verdicts += [verify_report(edited(v2, change)) for _w, change, _c, _x in TAMPERING]
    verdicts += [verify_report(test_verify.edited(v1, change))
                 for _w, change, _c, _x in test_verify.TAMPERING]
    verdicts += [verify_report(v2, b"%PDF-1.4 no fingerprint"), verify_report(v2, b"GIF89a"),
                 verify_report(v2, seals=["1-0000-0000-0000-0000", "nonsense", "999-AAAA-"
                                          "BBBB-CCCC-DDDD"]),
                 verify_report(b"{]"), verify_report(b'{"a": 1.5}'),
                 verify_report(b'{"format": "workbook-interchange", "version": 1}')]
    for verdict in verdicts:
        assert english_left(verdict) == []
    text = verdict_text(verdicts[1], language="sv")
    assert "Resultat: alla 8 kontroller är godkända." in text
    assert "Fackligt underlag för 2026-03-01 till 2026-03-31" in text
    assert "namnen på P-1, P-2" in text


def test_the_cli_prints_the_verdict_in_swedish(v2: bytes, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    from workbook.cli import main

    path = tmp_path / "report.json"
    path.write_bytes(v2)
    assert main(["verify", str(path), "--lang", "sv"]) == 0
    out = capsys.readouterr().out
    assert "Kontroll av Workbook-bevisunderlag" in out and "godkänd" in out
    path.write_bytes(edited(v2, _totals))
    assert main(["verify", str(path), "--lang", "sv"]) == 1
    assert "UNDERKÄND  Summor" in capsys.readouterr().out

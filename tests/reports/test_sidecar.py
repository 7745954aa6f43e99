"""The JSON sidecar: its shape, the journal it carries, and redaction that proves yet hides.

Pure tests: a small in-memory journal written exactly as ``docs/internals.md`` fixes it stands in
for the vault, so every row, digest and salt is known to the test. ``test_verify`` reuses it.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from typing import Any

import pytest

from workbook.domain.canonical import (
    GENESIS_HASH,
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
    Profile,
    Shift,
    Workplace,
)
from workbook.reports.sidecar import (
    ENTITIES,
    FORMAT,
    VERSION,
    JournalEntry,
    RecordDisclosure,
    SealEntry,
    SidecarError,
    SidecarInput,
    build_sidecar,
    disclosable,
    journal_start,
    local_text,
    shown_record,
)
from workbook.reports.summary import compute_summary, summary_json

STHLM = "Europe/Stockholm"
BERLIN = "Europe/Berlin"
LEGAL_NAME = "Karin Maria Lindqvist"
LABELS = ("Mikael Berg", "Dana Sol", "Kalle the client")
FREE_TEXTS = (
    "Shift note: manager yelled", "Dances in the VIP room", "Paid to the club at the bar",
    "Fee note from the wall", "Fined for lateness, bus was late", "Phone bill for work",
    "Touched by the manager", "He grabbed my arm in the corridor and said I owe him",
    "Union rep Sara", "Waiting for an answer", "fine-notice-photo.png", "Photo of the notice",
    "Fine list on the wall", "Agency night in Berlin",
)
PERIOD = (date(2026, 3, 1), date(2026, 3, 31))
GENERATED = datetime(2026, 4, 2, 10, 0, tzinfo=UTC)


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)  # type: ignore[misc]


@dataclass
class MiniJournal:
    """A change journal in memory, written as the store writes it (internals.md)."""

    rows: list[JournalEntry] = field(default_factory=list)
    kept: dict[int, tuple[dict[str, Any], dict[str, str]]] = field(default_factory=dict)
    seals: list[SealEntry] = field(default_factory=list)
    form: int = 1  # the form rows are written in from now on (the store writes 2)

    @property
    def head(self) -> tuple[int, str]:
        return (self.rows[-1].seq, self.rows[-1].hash) if self.rows else (0, GENESIS_HASH)

    def record(self, action: str, entity: str, entity_id: int,
               fields: dict[str, Any] | None, at: datetime) -> int:
        seq, prev = self.head[0] + 1, self.head[1]
        values = dict(fields or {})
        salts = {name: secrets.token_bytes(16).hex() for name in values}
        digests = {name: field_digest(bytes.fromhex(salts[name]), value)
                   for name, value in values.items()}
        meta = entry_meta(self.form, seq, at.strftime("%Y-%m-%dT%H:%M:%SZ"), action, entity,
                          entity_id, digests)
        self.rows.append(JournalEntry(seq, meta["recorded_at"], action, entity, entity_id,
                                      digests, prev, row_hash(prev, meta), self.form))
        self.kept[seq] = (values, salts)
        return seq

    def seal(self, at: datetime) -> SealEntry:
        seq, hash_ = self.head
        entry = SealEntry(seal_code(seq, hash_), seq, at)
        self.seals.append(entry)
        return entry

    def disclosure(self, entity: str, entity_id: int) -> RecordDisclosure:
        seqs = tuple(r.seq for r in self.rows if (r.entity, r.entity_id) == (entity, entity_id))
        values, salts = self.kept[seqs[-1]]
        return RecordDisclosure(entity, entity_id, seqs, values, salts)

    def entries(self, start: int) -> list[JournalEntry]:
        return [r for r in self.rows if r.seq >= start]

    def salt(self, entity: str, entity_id: int, name: str) -> str:
        return self.disclosure(entity, entity_id).salts[name]


@dataclass
class Sample:
    """Lina's March at two workplaces, journalled; a seal; then one fine corrected."""

    journal: MiniJournal
    keys: list[tuple[str, int]]
    workplaces: list[Workplace]
    shifts: list[Shift]
    money: list[MoneyLine]
    seal: SealEntry
    outside: list[tuple[str, int]]

    def inputs(self, profile: str = "full", language: str = "en", version: int = VERSION
               ) -> SidecarInput:
        records = [self.journal.disclosure(e, i) for e, i in self.keys]
        start = journal_start(records, self.journal.seals)
        return SidecarInput(
            report_profile=profile, date_from=PERIOD[0], date_to=PERIOD[1],
            generated_at=GENERATED, app_version="0.1.0", language=language, records=records,
            journal=self.journal.entries(start), seals=list(self.journal.seals),
            version=version)


def build_sample(form: int = 1, switch_at: int | None = None) -> Sample:
    """``form``: the rows' form; with ``switch_at``, rows before that seq are form 1 and the
    rest ``form``, as in a vault upgraded to schema 3 part-way."""
    j = MiniJournal(form=form if switch_at is None else 1)
    if switch_at is not None:
        original = j.record

        def record(action: str, entity: str, entity_id: int, fields: dict[str, Any] | None,
                   at: datetime) -> int:
            j.form = form if j.head[0] + 1 >= switch_at else 1
            return original(action, entity, entity_id, fields, at)

        j.record = record  # type: ignore[method-assign]
    at = utc(2026, 3, 1, 12)
    profile = Profile(work_name="Lina", legal_name=LEGAL_NAME, reference_wages={"SEK": 18000})
    j.record("create", "profile", 1, profile.fields(), at)
    aurora = Workplace(name="Club Aurora", currency="SEK", timezone=STHLM,
                       legal_name="Aurora Nöje AB", notes="Secret workplace note", id=1)
    nord = Workplace(name="Agentur Nord", currency="EUR", timezone=BERLIN, id=2)
    people = [Person(label=LABELS[0], role=PersonRole.MANAGER, notes="Private person note", id=1),
              Person(label=LABELS[1], role=PersonRole.COWORKER, id=2),
              Person(label=LABELS[2], role=PersonRole.CLIENT, id=3)]
    for w in (aurora, nord):
        j.record("create", "workplace", w.id or 0, w.fields(), at)
    for p in people:
        j.record("create", "person", p.id or 0, p.fields(), at)
    # 21:00 CET to 04:00 CEST: the night the clocks go forward is six hours long.
    night = Shift(workplace_id=1, start=utc(2026, 3, 28, 20), end=utc(2026, 3, 29, 2),
                  timezone=STHLM, breaks_minutes=30, role=ShiftRole.STAGE,
                  scheduled_start=utc(2026, 3, 28, 19, 30), notes=FREE_TEXTS[0], id=1)
    agency = Shift(workplace_id=2, start=utc(2026, 3, 30, 18), end=utc(2026, 3, 30, 23, 0, 30),
                   timezone=BERLIN, notes=FREE_TEXTS[13], id=2)
    later = Shift(workplace_id=1, start=utc(2026, 4, 3, 19), end=utc(2026, 4, 4, 1),
                  timezone=STHLM, id=3)
    money = [
        MoneyLine(date=date(2026, 3, 28), kind=MoneyKind.EARNING, category="private_dances",
                  amount_minor=767575, currency="SEK", shift_id=1, workplace_id=1,
                  method=PaymentMethod.CASH, note=FREE_TEXTS[1], id=1),
        MoneyLine(date=date(2026, 3, 28), kind=MoneyKind.DEDUCTION, category="house_fee",
                  amount_minor=80000, currency="SEK", shift_id=1, workplace_id=1,
                  counterparty=FREE_TEXTS[2], note=FREE_TEXTS[3], id=2),
        MoneyLine(date=date(2026, 3, 29), kind=MoneyKind.DEDUCTION, category="fine",
                  amount_minor=50000, currency="SEK", shift_id=1, workplace_id=1,
                  note=FREE_TEXTS[4], id=3),
        MoneyLine(date=date(2026, 3, 30), kind=MoneyKind.EARNING, category="bookings",
                  amount_minor=25000, currency="EUR", shift_id=2, workplace_id=2, id=4),
        MoneyLine(date=date(2026, 3, 15), kind=MoneyKind.EXPENSE, category="phone",
                  amount_minor=29900, currency="SEK", note=FREE_TEXTS[5], id=5),
    ]
    incident = Incident(start=utc(2026, 3, 28, 22, 10), timezone=STHLM,
                        category=IncidentCategory.HARASSMENT_BY_MANAGEMENT,
                        title=FREE_TEXTS[6], description=FREE_TEXTS[7], workplace_id=1,
                        shift_id=1, severity=4,
                        people=(IncidentPerson(3, Involvement.INVOLVED),
                                IncidentPerson(1, Involvement.INVOLVED),
                                IncidentPerson(2, Involvement.WITNESS)),
                        reported_to=FREE_TEXTS[8], reported_on=date(2026, 3, 29),
                        outcome=FREE_TEXTS[9], id=1)
    attachment = Attachment(filename=FREE_TEXTS[10], media_type="image/png", size=3,
                            sha256=hashlib.sha256(b"png").hexdigest(), incident_id=1,
                            note=FREE_TEXTS[11], id=1)
    control = ControlTag(indicator=ControlIndicator.FINES, date=date(2026, 3, 28),
                         workplace_id=1, shift_id=1, note=FREE_TEXTS[12], id=1)
    for entity, records in (("shift", (night, agency, later)), ("money", money),
                            ("incident", (incident,)), ("attachment", (attachment,)),
                            ("control", (control,))):
        for r in records:
            j.record("create", entity, r.id or 0, r.fields(), utc(2026, 3, 29, 9))
    seal = j.seal(utc(2026, 3, 30, 12))
    corrected = replace(money[2], amount_minor=60000)
    j.record("update", "money", 3, corrected.fields(), utc(2026, 4, 1, 8))
    money[2] = corrected
    j.record("create", "money", 6, MoneyLine(
        date=date(2026, 4, 3), kind=MoneyKind.EARNING, category="tips", amount_minor=100,
        currency="SEK", shift_id=3, workplace_id=1).fields(), utc(2026, 4, 4, 9))
    keys = [("profile", 1), ("workplace", 1), ("workplace", 2), ("person", 1), ("person", 2),
            ("person", 3), ("shift", 1), ("shift", 2), *(("money", i) for i in range(1, 6)),
            ("incident", 1), ("attachment", 1), ("control", 1)]
    return Sample(j, keys, [aurora, nord], [night, agency], money, seal,
                  outside=[("shift", 3), ("money", 6)])


@pytest.fixture(scope="module")
def sample() -> Sample:
    return build_sample()


def records_of(sidecar_report: dict[str, Any], section: str) -> dict[str, dict[str, Any]]:
    return {r["ref"]: r for r in sidecar_report["records"][section]}


def journal_of(sidecar_report: dict[str, Any]) -> dict[int, dict[str, Any]]:
    """Each journal row listed, by ``seq``: its metadata, read from the text its hash covers
    (version 2 lists each row as that text)."""
    rows = [json.loads(text) for text in sidecar_report["journal"]["entries"]]
    return {row["seq"]: row for row in rows}


def disclosures_of(sidecar_report: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Each disclosure by ref, with what version 2 leaves for the reader to work out from the
    journal (as ``verify`` does): the record's rows, the latest, the fields withheld."""
    journal = journal_of(sidecar_report)
    letters = {letter: entity for entity, (letter, _section) in ENTITIES.items()}
    out = {}
    for d in sidecar_report["disclosures"]:
        letter, _, number = d["ref"].partition("-")
        key = ("profile", 1) if d["ref"] == "profile" else (letters[letter], int(number))
        rows = [seq for seq, row in journal.items() if (row["entity"], row["entity_id"]) == key]
        withheld = sorted(set(journal[rows[-1]]["digests"]) - set(d["values"]))
        out[d["ref"]] = {**d, "rows": rows, "seq": rows[-1], "withheld": withheld}
    return out


# --------------------------------------------------------------------------- shape


def test_the_file_is_canonical_json_and_its_fingerprint_can_be_recomputed(sample: Sample
                                                                          ) -> None:
    sidecar = build_sidecar(sample.inputs())
    doc = json.loads(sidecar.data)
    assert set(doc) == {"fingerprint", "report"}
    assert canonical_json(doc) == sidecar.data  # sorted keys, no spaces, UTF-8
    assert doc["fingerprint"] == hashlib.sha256(canonical_json(doc["report"])).hexdigest()
    assert doc["fingerprint"] == sidecar.fingerprint
    report = doc["report"]
    assert report["format"] == FORMAT and report["version"] == VERSION == 3
    assert report["profile"] == "full" and report["language"] == "en"
    assert report["period"] == {"from": "2026-03-01", "to": "2026-03-31"}
    assert report["generated_at"] == "2026-04-02T10:00:00Z"
    assert report["workplaces_selected"] is None
    assert set(report["records"]) == {"profile", "workplaces", "people", "shifts", "money",
                                      "incidents", "attachments", "controls"}


def test_records_are_shown_in_the_interchange_shape(sample: Sample) -> None:
    report = build_sidecar(sample.inputs()).report
    night = records_of(report, "shifts")["S-1"]
    assert night == {
        "ref": "S-1", "workplace": "W-1", "start": "2026-03-28T21:00+01:00",
        "end": "2026-03-29T04:00+02:00", "breaks_minutes": 30, "role": "stage",
        "scheduled_start": "2026-03-28T20:30+01:00", "scheduled_end": None,
        "notes": FREE_TEXTS[0],
    }
    # Seconds appear only when there are some; Berlin time with its own offset.
    assert records_of(report, "shifts")["S-2"]["end"] == "2026-03-31T01:00:30+02:00"
    dances = records_of(report, "money")["M-1"]
    assert dances["amount"] == "7675.75" and dances["currency"] == "SEK"
    assert dances["shift"] == "S-1" and dances["workplace"] == "W-1"
    assert dances["method"] == "cash" and dances["kind"] == "earning"
    phone = records_of(report, "money")["M-5"]
    assert phone["shift"] is None and phone["workplace"] is None
    incident = records_of(report, "incidents")["I-1"]
    assert incident["people"][0] == {"person": "P-3", "as": "involved"}
    assert incident["start"] == "2026-03-28T23:10+01:00" and incident["shift"] == "S-1"
    exhibit = records_of(report, "attachments")["E-1"]
    assert exhibit["sha256"] == hashlib.sha256(b"png").hexdigest() and exhibit["size"] == 3
    assert "data_base64" not in exhibit
    assert report["records"]["profile"] == {
        "work_name": "Lina", "legal_name": LEGAL_NAME, "default_currency": "SEK",
        "timezone": STHLM, "day_starts": "06:00", "reference_wages": {"SEK": "180.00"}}
    assert records_of(report, "controls")["C-1"]["indicator"] == "fines"
    # Notes about a workplace or a person never reach a report.
    assert "notes" not in records_of(report, "workplaces")["W-1"]
    assert "notes" not in records_of(report, "people")["P-1"]


def test_each_record_comes_with_its_journal_rows_and_latest_values(sample: Sample) -> None:
    report = build_sidecar(sample.inputs()).report
    fine = disclosures_of(report)["M-3"]
    assert set(report["disclosures"][0]) == {"ref", "values", "salts", "pseudonyms",
                                             "withheld"}
    journal = journal_of(report)
    first, latest = fine["rows"]
    assert journal[first]["action"] == "create" and journal[latest]["action"] == "update"
    assert fine["seq"] == latest and fine["values"]["amount"] == 60000
    assert records_of(report, "money")["M-3"]["amount"] == "600.00"
    # The earlier version is there by its digests only: proof of the amendment, not its text.
    assert journal[first]["digests"]["amount"] != journal[latest]["digests"]["amount"]
    assert "50000" not in json.dumps(fine)
    for name, value in fine["values"].items():
        assert field_digest(bytes.fromhex(fine["salts"][name]), value) == \
            journal[latest]["digests"][name]


def test_the_journal_runs_from_the_first_row_shown_to_the_head(sample: Sample) -> None:
    report = build_sidecar(sample.inputs()).report
    journal = report["journal"]
    assert set(journal) == {"first_seq", "start_hash", "head", "entries"}
    assert journal["first_seq"] == 1 and journal["start_hash"] == "0" * 64
    assert journal["head"] == {"seq": sample.journal.head[0], "hash": sample.journal.head[1]}
    # Each entry is exactly the text its hash covers: the chain can be rebuilt from the file
    # with SHA-256 alone, and it ends at the head.
    prev = journal["start_hash"]
    for entry, row in zip(journal["entries"], sample.journal.rows, strict=True):
        meta = json.loads(entry)
        assert set(meta) == {"seq", "recorded_at", "action", "entity", "entity_id", "digests"}
        assert entry.encode() == canonical_json(meta)
        prev = hashlib.sha256(bytes.fromhex(prev) + entry.encode()).hexdigest()
        assert prev == row.hash
    assert prev == journal["head"]["hash"]
    assert report["seals"] == [{"code": sample.seal.code, "seq": sample.seal.seq,
                                "shown_at": "2026-03-30T12:00:00Z"}]


def test_the_journal_starts_at_the_earliest_seal_when_that_is_earlier(sample: Sample) -> None:
    only_fine = [sample.journal.disclosure("money", 3)]
    assert journal_start(only_fine, []) == only_fine[0].rows[0]
    early = SealEntry("2-0000-0000-0000-0000", 2, utc(2026, 3, 1, 13))
    assert journal_start(only_fine, [early]) == 2
    assert journal_start([], []) == 1


def test_a_journal_that_starts_too_late_or_has_a_gap_is_refused(sample: Sample) -> None:
    inputs = sample.inputs()
    with pytest.raises(SidecarError, match="must start"):
        build_sidecar(replace(inputs, journal=list(inputs.journal)[3:]))
    gap = [r for r in inputs.journal if r.seq != 9]
    with pytest.raises(SidecarError, match="unbroken"):
        build_sidecar(replace(inputs, journal=gap))


def test_values_that_are_not_the_latest_rows_are_refused(sample: Sample) -> None:
    inputs = sample.inputs()
    stale = sample.journal.disclosure("money", 3)
    old_values, old_salts = sample.journal.kept[stale.rows[0]]
    records = [r if (r.entity, r.entity_id) != ("money", 3) else
               replace(r, values=old_values | {"amount": 1}, salts=old_salts)
               for r in inputs.records]
    built = build_sidecar(replace(inputs, records=records))  # same fields: built, but ...
    from workbook.reports.verify import verify_report

    assert not verify_report(built.data).ok  # ... the digests give it away
    with pytest.raises(SidecarError, match="not those of journal row"):
        build_sidecar(replace(inputs, records=[
            replace(r, values={"amount": 1}) if r.entity == "money" else r
            for r in inputs.records]))


def test_totals_are_the_summary_of_the_records_shown(sample: Sample) -> None:
    report = build_sidecar(sample.inputs()).report
    expected = summary_json(compute_summary(sample.workplaces, sample.shifts, sample.money,
                                            *PERIOD))
    assert report["totals"] == expected
    aurora = next(w for w in expected["workplaces"] if w["name"] == "Club Aurora")
    assert aurora["hours_worked"] == "5.50"  # six real hours on the night the clocks go forward
    assert aurora["deductions"] == {"house_fee": "800.00", "fine": "600.00"}
    assert expected["currencies"]["SEK"]["expenses_total"] == "299.00"


def test_local_text_is_exact_across_the_clock_change() -> None:
    assert local_text("2026-10-25T00:30:00Z", STHLM) == "2026-10-25T02:30+02:00"
    assert local_text("2026-10-25T01:30:00Z", STHLM) == "2026-10-25T02:30+01:00"
    assert local_text(None, STHLM) is None
    with pytest.raises(ValueError, match="not a time"):
        local_text("yesterday", STHLM)
    with pytest.raises(ValueError, match="not a time"):
        local_text("2026-10-25T01:30:00Z", "Mars/Olympus")


def test_fields_the_mapping_does_not_know_are_withheld() -> None:
    assert "secret_future_field" not in disclosable("shift", "full")
    shown = shown_record("shift", 7, {"secret_future_field": "x", "role": "vip"})
    assert shown == {"ref": "S-7", "role": "vip"}


# --------------------------------------------------------------------------- redaction


def test_union_names_people_by_role_letter_and_leaves_out_clients(sample: Sample) -> None:
    report = build_sidecar(sample.inputs("union")).report
    people = records_of(report, "people")
    assert set(people) == {"P-1", "P-2"}  # the client is left out entirely
    # Letters in the order people first appear, clients skipped (as the PDF names them).
    assert people["P-1"] == {"ref": "P-1", "label": "Manager A", "role": "manager"}
    assert people["P-2"] == {"ref": "P-2", "label": "Coworker B", "role": "coworker"}
    d = disclosures_of(report)
    assert d["P-1"]["pseudonyms"] == ["label"] and "label" in d["P-1"]["withheld"]
    assert "label" not in d["P-1"]["values"] and "label" not in d["P-1"]["salts"]
    incident = records_of(report, "incidents")["I-1"]
    assert incident["people"] == [{"person": "P-1", "as": "involved"},
                                  {"person": "P-2", "as": "witness"}]
    assert d["I-1"]["pseudonyms"] == ["people"] and "people" in d["I-1"]["withheld"]
    assert "legal_name" in d["profile"]["withheld"]
    assert "legal_name" not in report["records"]["profile"]
    # Free text is not redacted automatically in union: the export says so.
    assert records_of(report, "incidents")["I-1"]["description"] == FREE_TEXTS[7]


def test_union_letters_follow_the_report_language(sample: Sample) -> None:
    people = records_of(build_sidecar(sample.inputs("union", "sv")).report, "people")
    assert people["P-1"]["label"].endswith(" A") and people["P-1"]["label"] != "Manager A"


def test_union_sidecar_contains_no_label_and_no_legal_name(sample: Sample) -> None:
    text = build_sidecar(sample.inputs("union")).data.decode("utf-8")
    for secret in (*LABELS, LEGAL_NAME, "Private person note", "Secret workplace note"):
        assert secret not in text
        assert json.dumps(secret, ensure_ascii=False)[1:-1] not in text


def test_totals_profile_discloses_figures_and_no_free_text(sample: Sample) -> None:
    sidecar = build_sidecar(sample.inputs("totals"))
    text = sidecar.data.decode("utf-8")
    for secret in (*FREE_TEXTS, *LABELS, LEGAL_NAME):
        assert secret not in text
    report = sidecar.report
    assert report["records"]["people"] == []
    incident = records_of(report, "incidents")["I-1"]
    assert set(incident) == {"ref", "workplace", "start", "end", "category", "severity",
                             "shift", "reported_on"}
    assert set(records_of(report, "shifts")["S-1"]) >= {"start", "end", "breaks_minutes"}
    assert "notes" not in records_of(report, "shifts")["S-1"]
    assert {"counterparty", "note"} <= set(disclosures_of(report)["M-2"]["withheld"])
    assert records_of(report, "money")["M-2"]["amount"] == "800.00"
    assert set(disclosures_of(report)["E-1"]["withheld"]) == {"filename", "note"}
    assert report["totals"] == build_sidecar(sample.inputs()).report["totals"]


@pytest.mark.parametrize("profile", ["full", "union", "totals"])
def test_a_withheld_field_cannot_be_recovered(sample: Sample, profile: str) -> None:
    sidecar = build_sidecar(sample.inputs(profile))
    text = sidecar.data.decode("utf-8")
    salts_in_file = {s for d in sidecar.report["disclosures"] for s in d["salts"].values()}
    rows = journal_of(sidecar.report)
    withheld = 0
    for d in disclosures_of(sidecar.report).values():
        values, salts = sample.journal.kept[d["seq"]]
        for name in d["withheld"]:
            withheld += 1
            # Its salt is nowhere in the file (16 random bytes: the digest cannot be guessed) ...
            assert salts[name] not in text
            # ... its value is not either (when it is text worth hiding) ...
            value = values[name]
            if isinstance(value, str) and len(value) > 3:
                assert value not in text
            # ... and no salt in the file opens its digest, even knowing the value.
            digest = rows[d["seq"]]["digests"][name]
            assert all(field_digest(bytes.fromhex(s), value) != digest for s in salts_in_file)
    assert withheld > (0 if profile == "full" else 10)
    # Records not in the report keep all their values, even in the journal part.
    for entity, ident in sample.outside:
        values, salts = sample.journal.kept[sample.journal.disclosure(entity, ident).seq]
        assert not any(s in text for s in salts.values())

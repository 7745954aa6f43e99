"""Times and dates anywhere in the calendar, in any zone: a record is either refused with a
message naming the field, or stored and read back as the same instant (in whole seconds, as
the vault keeps them), and the summary and the evidence reports of its period can be built."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import available_timezones

import pytest
from fuzz_helpers import FUZZ, Tally, journal_state, weighted
from hypothesis import given
from hypothesis import strategies as st

from workbook.domain.categories import ControlIndicator, IncidentCategory, MoneyKind
from workbook.domain.errors import ValidationError
from workbook.domain.models import ControlTag, Incident, MoneyLine, Shift, Workplace
from workbook.domain.timeutil import from_utc_text, to_utc_text
from workbook.reports.csv_export import evidence_csv
from workbook.reports.evidence import EvidenceInput, build_report
from workbook.reports.summary import compute_summary, summary_json
from workbook.services.summary import period_summary
from workbook.store import FAST_TEST_KDF, Vault

ZONES = sorted(available_timezones())
EDGE_ZONES = ("Pacific/Kiritimati", "Etc/GMT+12", "Etc/GMT-14", "America/Adak", "UTC",
              "Europe/Stockholm", "Australia/Lord_Howe", "Asia/Kathmandu")

EDGES = (datetime.min.replace(tzinfo=UTC), datetime.max.replace(tzinfo=UTC),
         datetime(1, 1, 1, 13, tzinfo=UTC), datetime(9999, 12, 31, 9, tzinfo=UTC),
         datetime(999, 12, 31, 23, 59, tzinfo=UTC), datetime(1970, 1, 1, tzinfo=UTC),
         datetime(2038, 1, 19, 3, 14, 8, tzinfo=UTC),
         # the first and last moments a record may have, in the zones furthest from UTC
         datetime(1900, 1, 1, tzinfo=timezone(timedelta(hours=14))),
         datetime(1900, 1, 1, tzinfo=timezone(timedelta(hours=-12))),
         datetime(2199, 12, 31, 23, 59, 59, tzinfo=timezone(timedelta(hours=-12))),
         datetime(2199, 12, 31, 23, 59, 59, tzinfo=timezone(timedelta(hours=14))))
instant = weighted(
    (2, st.datetimes(timezones=st.just(UTC))),  # year 1 to 9999, with microseconds
    (5, st.datetimes(min_value=datetime(1899, 12, 25), max_value=datetime(2200, 1, 5),
                     timezones=st.sampled_from((UTC, timezone(timedelta(hours=14)),
                                                timezone(timedelta(hours=-12)))))),
    (2, st.sampled_from(EDGES)),
)
zone = weighted((3, st.sampled_from(EDGE_ZONES)), (2, st.sampled_from(ZONES)))
day = weighted((1, st.dates()), (3, st.dates(date(1899, 12, 1), date(2200, 1, 31))),
               (1, st.sampled_from((date.min, date.max, date(1970, 1, 1), date(1900, 1, 1),
                                    date(2199, 12, 31)))))


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    path = tmp_path_factory.mktemp("fuzz-instants") / "instants.workbook"
    with Vault.create(path, "fuzz passphrase", kdf=FAST_TEST_KDF) as opened:
        opened.add_workplace(Workplace(name="Club", currency="SEK", timezone="UTC"))
        yield opened


def _plus(moment: datetime, seconds: int) -> datetime | None:
    try:
        return moment + timedelta(seconds=seconds)
    except OverflowError:
        return None


def _whole(moment: datetime | None) -> datetime | None:
    return None if moment is None else moment.astimezone(UTC).replace(microsecond=0)


def _reports(vault: Vault, first: date, last: date) -> None:
    """The summary (from the vault and from records) and the evidence report and CSV of the
    period around a record build without error."""
    low, high = min(first, last), max(first, last)
    summary = period_summary(vault, low, high)
    summary_json(summary)
    shifts, money = vault.period_records(low, high)
    summary_json(compute_summary(vault.list_workplaces(), shifts, money, low, high))
    inp = EvidenceInput(
        profile=vault.get_profile(), date_from=low, date_to=high,
        generated_at=datetime(2027, 1, 1, tzinfo=UTC), app_version="fuzz",
        workplaces=tuple(vault.list_workplaces()), shifts=tuple(shifts),
        money_lines=tuple(money), fingerprint="0" * 64)
    build_report(inp)
    evidence_csv(inp)


def _refused_or_stored(vault: Vault, record: object, add: object, get: object) -> object:
    problems = record.validate()  # type: ignore[attr-defined]
    before = journal_state(vault)
    if problems:
        with pytest.raises(ValidationError):
            add(record)  # type: ignore[operator]
        assert journal_state(vault) == before
        return None
    saved = add(record)  # type: ignore[operator]
    assert get(saved.id) == saved  # type: ignore[operator]
    return saved


@FUZZ
@given(start=instant, length=weighted((4, st.integers(3 * 3600, 12 * 3600)),
                                     (1, st.integers(-3600, 50 * 3600))), tz=zone,
       scheduled=st.none() | st.tuples(st.integers(-10 * 3600, 10 * 3600),
                                       st.integers(-10 * 3600, 60 * 3600)),
       breaks=weighted((3, st.integers(0, 90)), (1, st.integers(0, 24 * 60))))
def test_a_shift_at_any_time_is_stored_exactly_or_refused(
        vault: Vault, examples: Tally, start: datetime, length: int, tz: str,
        scheduled: tuple[int, int] | None, breaks: int) -> None:
    end = _plus(start, length)
    if end is None:
        examples.ran("end beyond the calendar")
        return
    sched_start = sched_end = None
    if scheduled is not None:
        sched_start, sched_end = _plus(start, scheduled[0]), _plus(start, scheduled[1])
    shift = Shift(workplace_id=1, start=start, end=end, timezone=tz, breaks_minutes=breaks,
                  scheduled_start=sched_start, scheduled_end=sched_end)
    saved = _refused_or_stored(vault, shift, vault.add_shift, vault.get_shift)
    if saved is None:
        examples.ran("refused")
        return
    assert isinstance(saved, Shift)
    assert (saved.start, saved.end, saved.scheduled_start, saved.scheduled_end) == (
        _whole(start), _whole(end), _whole(sched_start), _whole(sched_end))
    assert saved.timezone == tz
    # The journal's text for the instants reads back as the same instants.
    for moment in (saved.start, saved.end):
        assert from_utc_text(to_utc_text(moment)) == moment
    night = saved.start.date()
    _reports(vault, night - timedelta(days=1) if night > date.min else night,
             night + timedelta(days=1) if night < date.max else night)
    vault.delete_shift(saved.id or 0)
    examples.ran("stored")


@FUZZ
@given(start=instant, length=st.none() | st.integers(-3600, 10**7), tz=zone,
       reported_on=st.none() | day)
def test_an_incident_at_any_time_is_stored_exactly_or_refused(
        vault: Vault, examples: Tally, start: datetime, length: int | None, tz: str,
        reported_on: date | None) -> None:
    end = None if length is None else _plus(start, length)
    incident = Incident(start=start, timezone=tz, category=IncidentCategory.OTHER,
                        title="At any time", workplace_id=1, end=end, reported_on=reported_on)
    saved = _refused_or_stored(vault, incident, vault.add_incident, vault.get_incident)
    if saved is None:
        examples.ran("refused")
        return
    assert isinstance(saved, Incident)
    assert (saved.start, saved.end, saved.reported_on) == (_whole(start), _whole(end),
                                                           reported_on)
    for moment in (saved.start, saved.end):
        if moment is not None:
            assert from_utc_text(to_utc_text(moment)) == moment
    vault.delete_incident(saved.id or 0)
    examples.ran("stored")


@FUZZ
@given(when=day, kind=st.sampled_from(MoneyKind), tag_day=day)
def test_money_and_control_indicators_on_any_date(vault: Vault, examples: Tally, when: date,
                                                  kind: MoneyKind, tag_day: date) -> None:
    line = MoneyLine(date=when, kind=kind, category="other", amount_minor=12_345,
                     currency="SEK", workplace_id=1)
    saved = _refused_or_stored(vault, line, vault.add_money_line, vault.get_money_line)
    tag = ControlTag(indicator=ControlIndicator.FINES, date=tag_day, workplace_id=1)
    saved_tag = _refused_or_stored(vault, tag, vault.add_control_tag, vault.get_control_tag)
    if saved is not None:
        assert isinstance(saved, MoneyLine) and saved.date == when
        _reports(vault, when, when)
        vault.delete_money_line(saved.id or 0)
    if saved_tag is not None:
        assert isinstance(saved_tag, ControlTag) and saved_tag.date == tag_day
        vault.delete_control_tag(saved_tag.id or 0)
    examples.ran("stored" if saved else "refused")


def test_the_journal_writes_four_digit_years() -> None:
    """Canonical instants are fixed-width, so they sort and read back (year 999 included)."""
    moment = datetime(999, 12, 31, 23, 59, 58, tzinfo=UTC)
    assert to_utc_text(moment) == "0999-12-31T23:59:58Z"
    assert from_utc_text(to_utc_text(moment)) == moment


def test_shift_records_keep_their_fields() -> None:
    """The fuzz tests above compare these fields; a new instant field must be added there."""
    instants = {f.name for f in dataclasses.fields(Shift) if "start" in f.name or "end" in f.name}
    assert instants == {"start", "end", "scheduled_start", "scheduled_end"}

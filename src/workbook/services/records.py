"""Use cases for writing records: a shift with its money, an incident with its people and files,
and the shift in progress that the Today page starts and ends.

Each use case is one vault transaction, so a shift never lands without its money lines and an
incident never without its attachments. Every problem is found before anything is written and
raised together, each tied to its field (``lines[2].amount``) so an editor can point at it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import TYPE_CHECKING

from workbook.domain.categories import ControlIndicator, Involvement, MoneyKind
from workbook.domain.errors import Problem, ValidationError
from workbook.domain.models import (
    Attachment,
    ControlTag,
    Incident,
    IncidentPerson,
    MoneyLine,
    Person,
    Shift,
)
from workbook.domain.timeutil import from_utc_text, local, to_utc_text

if TYPE_CHECKING:
    from workbook.store.vault import Vault

#: Key in the vault's meta table for the shift in progress (JSON, or absent).
RUNNING_SHIFT_KEY = "today.running_shift"
#: Key for the workplace the Today page starts shifts at, chosen once.
TODAY_WORKPLACE_KEY = "today.workplace"


# --- shifts --------------------------------------------------------------------------------


def shift_day(shift: Shift) -> date:
    """The date a shift's money lines carry: the shift's local start date, as the summary uses."""
    return local(shift.start, shift.timezone).date()


def _line_for(line: MoneyLine, shift: Shift, currency: str, shift_id: int | None) -> MoneyLine:
    return replace(line, shift_id=shift_id, workplace_id=shift.workplace_id, currency=currency,
                   date=shift_day(shift))


def _check(shift: Shift, lines: Sequence[MoneyLine], currency: str) -> None:
    problems = list(shift.validate())
    for i, line in enumerate(lines):
        for p in _line_for(line, shift, currency, shift.id).validate():
            problems.append(Problem(f"lines[{i}].{p.field}", p.message))
    if problems:
        raise ValidationError(problems)


def _currency_of(vault: Vault, workplace_id: int) -> str:
    workplace = vault.get_workplace(workplace_id)
    if workplace is None:
        raise ValidationError(Problem("workplace", "is needed"))
    return workplace.currency


def record_shift(vault: Vault, shift: Shift, lines: Sequence[MoneyLine],
                 controls: Iterable[ControlIndicator] = ()) -> tuple[Shift, list[MoneyLine]]:
    """Add a shift and its money lines (and any signs of control seen that night) at once.

    Each line takes the shift's workplace, its currency and the shift's local start date."""
    currency = _currency_of(vault, shift.workplace_id)
    _check(shift, lines, currency)
    with vault.transaction():
        saved = vault.add_shift(replace(shift, id=None))
        assert saved.id is not None
        added = [vault.add_money_line(_line_for(replace(line, id=None), saved, currency, saved.id))
                 for line in lines]
        _set_shift_controls(vault, saved, controls)
    return saved, added


def update_shift(vault: Vault, shift: Shift, lines: Sequence[MoneyLine],
                 controls: Iterable[ControlIndicator] | None = None,
                 ) -> tuple[Shift, list[MoneyLine]]:
    """Save an edited shift: changed lines are updated, new ones added, missing ones deleted.

    The store keeps every earlier version in its journal. ``controls=None`` leaves the shift's
    signs of control as they are."""
    if shift.id is None:
        raise ValueError("update_shift needs a shift that was saved before")
    currency = _currency_of(vault, shift.workplace_id)
    _check(shift, lines, currency)
    with vault.transaction():
        # The store leaves a record whose fields did not change as it is (no journal row).
        saved = vault.update_shift(shift)
        existing = {line.id: line for line in vault.money_for_shift(shift.id)}
        kept: list[MoneyLine] = []
        for line in lines:
            wanted = _line_for(line, saved, currency, shift.id)
            if line.id is not None and existing.pop(line.id, None) is not None:
                kept.append(vault.update_money_line(wanted))
            else:
                kept.append(vault.add_money_line(replace(wanted, id=None, recorded_at=None)))
        for gone in existing:
            assert gone is not None
            vault.delete_money_line(gone)
        if controls is not None:
            _set_shift_controls(vault, saved, controls)
    return saved, kept


def delete_shift(vault: Vault, shift_id: int) -> None:
    """Delete a shift with its money lines and its own files (the journal keeps that they
    existed). Signs of control noted that night stay on the workplace and date."""
    vault.delete_shift(shift_id)


def shift_controls(vault: Vault, shift: Shift) -> list[ControlTag]:
    return [] if shift.id is None else vault.list_control_tags(shift_id=shift.id)


def _set_shift_controls(vault: Vault, shift: Shift,
                        controls: Iterable[ControlIndicator]) -> None:
    assert shift.id is not None
    _set_controls(vault, shift_controls(vault, shift), controls, shift_day(shift),
                  shift.workplace_id, shift_id=shift.id)


def _set_controls(vault: Vault, existing: list[ControlTag],
                  controls: Iterable[ControlIndicator], day: date, workplace_id: int, *,
                  shift_id: int | None = None, incident_id: int | None = None) -> None:
    """Make the signs of control on a shift or incident exactly ``controls``, dated ``day``:
    tags already right are kept (no journal row), others removed, missing ones added."""
    wanted = {ControlIndicator(c) for c in controls}
    for tag in existing:
        assert tag.id is not None
        if tag.indicator in wanted and tag.date == day:
            wanted.discard(ControlIndicator(tag.indicator))
        else:
            vault.delete_control_tag(tag.id)
    for indicator in sorted(wanted):
        vault.add_control_tag(ControlTag(indicator=indicator, date=day,
                                         workplace_id=workplace_id, shift_id=shift_id,
                                         incident_id=incident_id))


def previous_shift(vault: Vault, workplace_id: int) -> tuple[Shift, list[MoneyLine]] | None:
    """The newest shift at a workplace with its lines: a new shift starts from its shape."""
    for shift in vault.list_shifts(workplace_id=workplace_id, limit=1):
        assert shift.id is not None
        return shift, vault.money_for_shift(shift.id)
    return None


# --- incidents -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PersonInIncident:
    """Someone named in an incident; a person without an id is created with the incident."""

    person: Person
    involvement: Involvement = Involvement.INVOLVED


def new_attachment(filename: str, media_type: str, data: bytes, note: str = "") -> Attachment:
    """An attachment's description for bytes in memory (the store fills in where it belongs)."""
    return Attachment(filename=filename, media_type=media_type, size=len(data),
                      sha256=hashlib.sha256(data).hexdigest(), note=note)


def _people_ids(vault: Vault, people: Sequence[PersonInIncident]) -> tuple[IncidentPerson, ...]:
    result: list[IncidentPerson] = []
    for entry in people:
        person = entry.person
        if person.id is None:
            person = vault.add_person(person)
        assert person.id is not None
        result.append(IncidentPerson(person.id, entry.involvement))
    return tuple(result)


def _check_incident(incident: Incident, people: Sequence[PersonInIncident] | None,
                    attachments: Sequence[tuple[Attachment, bytes]],
                    controls: Sequence[ControlIndicator] | None) -> None:
    problems = list(incident.validate())
    if controls and incident.workplace_id is None:
        problems.append(Problem("workplace", "is needed to note signs of control"))
    for i, entry in enumerate(people or ()):
        if entry.person.id is None:
            problems.extend(Problem(f"people[{i}].{p.field}", p.message)
                            for p in entry.person.validate())
    for i, (meta, data) in enumerate(attachments):
        checked = replace(meta, size=len(data), incident_id=incident.id or 0)
        problems.extend(Problem(f"attachments[{i}].{p.field}", p.message)
                        for p in checked.validate())
    if problems:
        raise ValidationError(problems)


def record_incident(vault: Vault, incident: Incident,
                    attachments: Sequence[tuple[Attachment, bytes]] = (), *,
                    people: Sequence[PersonInIncident] | None = None,
                    controls: Iterable[ControlIndicator] = ()) -> Incident:
    """Add an incident with its people (new ones created), files and signs of control."""
    controls = list(controls)
    _check_incident(incident, people, attachments, controls)
    with vault.transaction():
        if people is not None:
            incident = replace(incident, people=_people_ids(vault, people))
        saved = vault.add_incident(replace(incident, id=None))
        _add_files(vault, saved, attachments)
        _set_incident_controls(vault, saved, controls)
    return saved


def update_incident(vault: Vault, incident: Incident,
                    new_attachments: Sequence[tuple[Attachment, bytes]] = (),
                    removed_attachments: Iterable[int] = (), *,
                    people: Sequence[PersonInIncident] | None = None,
                    controls: Iterable[ControlIndicator] | None = None) -> Incident:
    """Save an edited incident; the store keeps the earlier version."""
    if incident.id is None:
        raise ValueError("update_incident needs an incident that was saved before")
    controls = None if controls is None else list(controls)
    _check_incident(incident, people, new_attachments, controls)
    with vault.transaction():
        if people is not None:
            incident = replace(incident, people=_people_ids(vault, people))
        saved = vault.update_incident(incident)  # the store keeps an unchanged one as it is
        for attachment_id in removed_attachments:
            vault.delete_attachment(attachment_id)
        _add_files(vault, saved, new_attachments)
        if controls is not None:
            _set_incident_controls(vault, saved, controls)
    return saved


def delete_incident(vault: Vault, incident_id: int) -> None:
    """Delete an incident with its own files; signs of control stay on the workplace."""
    vault.delete_incident(incident_id)


def _add_files(vault: Vault, incident: Incident,
               attachments: Sequence[tuple[Attachment, bytes]]) -> None:
    for meta, data in attachments:
        vault.add_attachment(replace(meta, incident_id=incident.id, shift_id=None, id=None), data)


def incident_controls(vault: Vault, incident: Incident) -> list[ControlTag]:
    return [] if incident.id is None else vault.list_control_tags(incident_id=incident.id)


def _set_incident_controls(vault: Vault, incident: Incident,
                           controls: Iterable[ControlIndicator]) -> None:
    assert incident.id is not None
    existing = incident_controls(vault, incident)
    if incident.workplace_id is None:  # _check_incident refused controls without a workplace
        for tag in existing:
            vault.delete_control_tag(tag.id or 0)
        return
    _set_controls(vault, existing, controls,
                  local(incident.start, incident.timezone).date(), incident.workplace_id,
                  incident_id=incident.id)


# --- the shift in progress -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RunningShift:
    """A shift started on the Today page and not yet ended.

    It lives in the vault (not in memory or QSettings), so locking the app, a crash or a flat
    battery mid-shift loses nothing. Money added during it is saved at once as lines of the
    workplace without a shift; ending the shift attaches them to it."""

    workplace_id: int
    start: datetime
    timezone: str
    line_ids: tuple[int, ...] = ()

    def to_json(self) -> str:
        return json.dumps({"workplace": self.workplace_id, "start": to_utc_text(self.start),
                           "timezone": self.timezone, "lines": list(self.line_ids)},
                          sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> RunningShift:
        data = json.loads(text)
        return cls(workplace_id=int(data["workplace"]), start=from_utc_text(data["start"]),
                   timezone=str(data["timezone"]),
                   line_ids=tuple(int(i) for i in data.get("lines", ())))


def running_shift(vault: Vault) -> RunningShift | None:
    text = vault.get_meta(RUNNING_SHIFT_KEY)
    if not text:
        return None
    try:
        return RunningShift.from_json(text)
    except (ValueError, KeyError, TypeError):
        return None


def today_workplace(vault: Vault) -> int | None:
    text = vault.get_meta(TODAY_WORKPLACE_KEY)
    return int(text) if text and text.isdigit() else None


def set_today_workplace(vault: Vault, workplace_id: int) -> None:
    vault.set_meta(TODAY_WORKPLACE_KEY, str(workplace_id))


def start_shift(vault: Vault, workplace_id: int, now: datetime) -> RunningShift:
    """Start a shift now at a workplace (and remember the workplace for next time)."""
    if running_shift(vault) is not None:
        raise ValidationError(Problem("shift", "a shift is already in progress; end it first"))
    workplace = vault.get_workplace(workplace_id)
    if workplace is None:
        raise ValidationError(Problem("workplace", "is needed"))
    running = RunningShift(workplace_id, now.replace(second=0, microsecond=0),
                           workplace.timezone)
    with vault.transaction():
        vault.set_meta(RUNNING_SHIFT_KEY, running.to_json())
        vault.set_meta(TODAY_WORKPLACE_KEY, str(workplace_id))
    return running


def running_lines(vault: Vault, running: RunningShift) -> list[MoneyLine]:
    lines = (vault.get_money_line(i) for i in running.line_ids)
    return [line for line in lines if line is not None and line.shift_id is None]


def add_running_money(vault: Vault, kind: MoneyKind, category: str, amount_minor: int,
                      note: str = "", counterparty: str = "") -> MoneyLine:
    """Save money taken or earned during the shift in progress right away."""
    running = running_shift(vault)
    if running is None:
        raise ValidationError(Problem("shift", "no shift is in progress; start one first"))
    currency = _currency_of(vault, running.workplace_id)
    line = MoneyLine(date=local(running.start, running.timezone).date(), kind=kind,
                     category=category, amount_minor=amount_minor, currency=currency,
                     workplace_id=running.workplace_id, note=note, counterparty=counterparty)
    problems = line.validate()
    if problems:
        raise ValidationError(problems)
    with vault.transaction():
        saved = vault.add_money_line(line)
        assert saved.id is not None
        vault.set_meta(RUNNING_SHIFT_KEY,
                       replace(running, line_ids=(*running.line_ids, saved.id)).to_json())
    return saved


def end_shift(vault: Vault, now: datetime, breaks_minutes: int = 0,
              ) -> tuple[Shift, list[MoneyLine]]:
    """Record the shift in progress as ending now, with the money added during it."""
    running = running_shift(vault)
    if running is None:
        raise ValidationError(Problem("shift", "no shift is in progress"))
    end = now.replace(second=0, microsecond=0)
    if end <= running.start:
        raise ValidationError(Problem("end", "the shift has only just started; end it a minute "
                                      "from now"))
    shift = Shift(workplace_id=running.workplace_id, start=running.start, end=end,
                  timezone=running.timezone, breaks_minutes=breaks_minutes)
    problems = shift.validate()
    if problems:
        raise ValidationError(problems)
    with vault.transaction():
        saved = vault.add_shift(shift)
        assert saved.id is not None
        lines = [vault.update_money_line(replace(line, shift_id=saved.id,
                                                 date=shift_day(saved)))
                 for line in running_lines(vault, running)]
        vault.set_meta(RUNNING_SHIFT_KEY, None)
    return saved, lines


def cancel_running_shift(vault: Vault) -> None:
    """Forget the shift in progress. Money added during it stays, as lines of the workplace."""
    vault.set_meta(RUNNING_SHIFT_KEY, None)

"""Incidents: unfair or unsafe conditions, with the people involved and witnesses.
Entity ``incident``; its ``people`` (kept in ``incident_people``, in order) are one of its
journalled fields."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from workbook.domain.categories import IncidentCategory, Involvement
from workbook.domain.errors import Problem, ValidationError
from workbook.domain.models import Incident, IncidentPerson
from workbook.domain.timeutil import utc_now
from workbook.store.columns import (
    date_text,
    instant,
    local_date_text,
    maybe_date,
    maybe_date_text,
    maybe_instant,
    maybe_seconds,
    maybe_whole_seconds,
    seconds,
    stamp,
    stamp_text,
    start_seconds_window,
    whole_seconds,
)
from workbook.store.connection import Database, contains_sql
from workbook.store.journal import Action, Entity, Journal
from workbook.store.repositories.attachments import AttachmentRepository
from workbook.store.repositories.base import (
    AfterId,
    Listing,
    Order,
    Repository,
    Where,
    gone,
    list_rows,
    missing,
    ranked,
    saved_id,
    search_text,
    unknown_order,
    validated,
)
from workbook.store.repositories.controls import ControlTagRepository

_SELECT = (
    "SELECT id, workplace_id, shift_id, start_s, end_s, timezone, category, severity, title, "
    "description, reported_to, reported_on, outcome, recorded_at FROM incidents"
)
_BY_ID = _SELECT + " WHERE id = ?"
_COUNT = "SELECT count(*) FROM incidents"
_INSERT = (
    "INSERT INTO incidents (workplace_id, shift_id, start_s, end_s, timezone, start_local_date, "
    "category, severity, title, description, reported_to, reported_on, outcome, recorded_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_UPDATE = (
    "UPDATE incidents SET workplace_id = ?, shift_id = ?, start_s = ?, end_s = ?, timezone = ?, "
    "start_local_date = ?, category = ?, severity = ?, title = ?, description = ?, "
    "reported_to = ?, reported_on = ?, outcome = ?, recorded_at = ? WHERE id = ?"
)
_DELETE = "DELETE FROM incidents WHERE id = ?"
_PEOPLE_OF = (
    "SELECT incident_id, person_id, involvement FROM incident_people "
    "WHERE incident_id IN (SELECT value FROM json_each(?)) ORDER BY incident_id, position"
)
_CLEAR_PEOPLE = "DELETE FROM incident_people WHERE incident_id = ?"
_ADD_PERSON = (
    "INSERT INTO incident_people (incident_id, position, person_id, involvement) "
    "VALUES (?, ?, ?, ?)"
)
_WORKPLACE_EXISTS = "SELECT 1 FROM workplaces WHERE id = ?"
_SHIFT_EXISTS = "SELECT 1 FROM shifts WHERE id = ?"
_PERSON_EXISTS = "SELECT 1 FROM people WHERE id = ?"

IncidentKey = tuple[datetime, int]

#: The orders an incident list can be read in (besides ``category``, ranked by its labels).
INCIDENT_ORDERS: dict[str, Order] = {
    "start": Order(("{t}.start_s",)),
    "title": Order(("{t}.title COLLATE NOCASE", "{t}.start_s")),
    "severity": Order(("{t}.severity", "{t}.start_s")),
    "workplace": Order(("coalesce((SELECT name FROM workplaces "
                        "WHERE workplaces.id = {t}.workplace_id), '') COLLATE NOCASE",
                        "{t}.start_s")),
    "people": Order(("(SELECT count(*) FROM incident_people "
                     "WHERE incident_people.incident_id = {t}.id)", "{t}.start_s")),
    "reported_to": Order(("coalesce({t}.reported_to, '') COLLATE NOCASE", "{t}.start_s")),
}


def _order(sort: str, ranking: Sequence[object]) -> Order:
    if sort == "workplace" and ranking:
        # Workplace ids in the order of their names: a handful of cases instead of looking up
        # every record's workplace name.
        by_name = ranked("workplace_id", list(ranking))
        return Order((by_name.terms[0], "{t}.start_s"), by_name.params)
    if sort == "category":
        by_label = ranked("category", list(ranking))
        return Order((*by_label.terms, "{t}.start_s"), by_label.params)
    found = INCIDENT_ORDERS.get(sort)
    if found is None:
        raise unknown_order(sort, [*INCIDENT_ORDERS, "category"])
    return found


#: How the list reads (see ``base.list_rows``).
_LISTING = Listing(
    _SELECT, "incidents", "start_s", "start", seconds,
    ranked={"category": "category", "workplace": "workplace_id"},
    order=_order)


def _from_row(row: tuple[Any, ...], people: tuple[IncidentPerson, ...]) -> Incident:
    (id_, workplace_id, shift_id, start_s, end_s, timezone, category, severity, title,
     description, reported_to, reported_on, outcome, recorded_at) = row
    return Incident(start=instant(start_s), timezone=timezone,
                    category=IncidentCategory(category), title=title,
                    workplace_id=workplace_id, end=maybe_instant(end_s), severity=severity,
                    description=description, shift_id=shift_id, people=people,
                    reported_to=reported_to, reported_on=maybe_date(reported_on),
                    outcome=outcome, id=id_, recorded_at=stamp(recorded_at))


def _values(incident: Incident) -> tuple[Any, ...]:
    return (incident.workplace_id, incident.shift_id, seconds(incident.start),
            maybe_seconds(incident.end), incident.timezone,
            local_date_text(incident.start, incident.timezone), str(incident.category),
            incident.severity, incident.title, incident.description, incident.reported_to,
            maybe_date_text(incident.reported_on), incident.outcome)


class IncidentRepository(Repository):
    def __init__(self, db: Database, journal: Journal, *, attachments: AttachmentRepository,
                 controls: ControlTagRepository) -> None:
        super().__init__(db, journal)
        self._attachments = attachments
        self._controls = controls

    def get(self, incident_id: int) -> Incident | None:
        found = self._with_people(self._db.query(_BY_ID, (incident_id,)))
        return found[0] if found else None

    def page(self, *, workplace_id: int | None = None, date_from: date | None = None,
             date_to: date | None = None, category: IncidentCategory | str | None = None,
             shift_id: int | None = None, text: str | None = None,
             after: IncidentKey | AfterId | None = None, limit: int = 200,
             newest_first: bool = True, sort: str = "start",
             ranking: Sequence[object] = ()) -> list[Incident]:
        """One page of incidents in the order ``sort`` (see ``INCIDENT_ORDERS``; ``category``
        is ranked by ``ranking``, the categories in the order their labels sort), then id.
        ``after`` is the id of the last incident of the previous page, or for the date order
        its (start, id). Dates select by local start date."""
        where = _where(workplace_id, date_from, date_to, category, shift_id, text)
        return self._with_people(list_rows(
            self._db, _LISTING, where, sort=sort, after=after, descending=newest_first,
            limit=limit, ranking=ranking))

    def count(self, *, workplace_id: int | None = None, date_from: date | None = None,
              date_to: date | None = None, category: IncidentCategory | str | None = None,
              shift_id: int | None = None, text: str | None = None) -> int:
        where = _where(workplace_id, date_from, date_to, category, shift_id, text)
        return int(self._db.scalar(_COUNT + where.sql(), where.params))

    def add(self, incident: Incident) -> Incident:
        incident = _checked(incident)
        at = utc_now()
        with self._db.transaction():
            self._check_links(incident)
            new_id = self._db.insert(_INSERT, (*_values(incident), stamp_text(at)))
            self._save_people(new_id, incident.people)
            saved = self._reloaded(new_id)
            self._journal.record(Action.CREATE, Entity.INCIDENT, new_id, saved.fields(), at=at)
            return saved

    def update(self, incident: Incident) -> Incident:
        incident_id = saved_id(incident.id, "incident")
        incident = _checked(incident)
        at = utc_now()
        with self._db.transaction():
            before = self.get(incident_id)
            if before is None:
                raise gone("incident")
            if before.fields() == incident.fields():
                return before
            self._check_links(incident)
            self._db.execute(_UPDATE, (*_values(incident), stamp_text(at), incident_id))
            self._db.execute(_CLEAR_PEOPLE, (incident_id,))
            self._save_people(incident_id, incident.people)
            saved = self._reloaded(incident_id)
            self._journal.record(Action.UPDATE, Entity.INCIDENT, incident_id, saved.fields(),
                                 at=at)
            return saved

    def delete(self, incident_id: int) -> None:
        """Delete an incident with its own attachments (each journalled); files that also
        belong to a shift and control signs stay, unlinked from it."""
        with self._db.transaction():
            if self.get(incident_id) is None:
                raise gone("incident")
            self._attachments.release_incident(incident_id)
            self._controls.release_incident(incident_id)
            self._db.execute(_CLEAR_PEOPLE, (incident_id,))
            self._db.execute(_DELETE, (incident_id,))
            self._journal.record(Action.DELETE, Entity.INCIDENT, incident_id, None)

    def _with_people(self, rows: Sequence[tuple[Any, ...]]) -> list[Incident]:
        """Incidents for ``rows``, their people fetched in one query for the whole page."""
        if not rows:
            return []
        people: dict[int, list[IncidentPerson]] = {}
        ids = json.dumps([row[0] for row in rows])
        for incident_id, person_id, involvement in self._db.query(_PEOPLE_OF, (ids,)):
            people.setdefault(incident_id, []).append(
                IncidentPerson(person_id, Involvement(involvement)))
        return [_from_row(row, tuple(people.get(row[0], ()))) for row in rows]

    def _save_people(self, incident_id: int, people: Sequence[IncidentPerson]) -> None:
        self._db.execute_many(_ADD_PERSON, [
            (incident_id, position, person.person_id, str(person.involvement))
            for position, person in enumerate(people)])

    def _check_links(self, incident: Incident) -> None:
        problems: list[Problem] = []
        if (incident.workplace_id is not None
                and self._db.query_one(_WORKPLACE_EXISTS, (incident.workplace_id,)) is None):
            problems.append(missing("workplace", "workplace"))
        if (incident.shift_id is not None
                and self._db.query_one(_SHIFT_EXISTS, (incident.shift_id,)) is None):
            problems.append(missing("shift", "shift"))
        for i, person in enumerate(incident.people):
            if self._db.query_one(_PERSON_EXISTS, (person.person_id,)) is None:
                problems.append(missing(f"people[{i}].person", "person"))
        if problems:
            raise ValidationError(problems)

    def _reloaded(self, incident_id: int) -> Incident:
        saved = self.get(incident_id)
        if saved is None:
            raise gone("incident")
        return saved


def _checked(incident: Incident) -> Incident:
    validated(incident)
    if incident.reported_on is not None and (not isinstance(incident.reported_on, date)
                                             or isinstance(incident.reported_on, datetime)):
        raise ValidationError(Problem("reported_on", "must be a date"))
    kept = dataclasses.replace(incident, start=whole_seconds(incident.start),
                               end=maybe_whole_seconds(incident.end),
                               people=tuple(incident.people))
    validated(kept)
    return kept


def _where(workplace_id: int | None, date_from: date | None, date_to: date | None,
           category: IncidentCategory | str | None, shift_id: int | None,
           text: str | None) -> Where:
    where = Where()
    if workplace_id is not None:
        where.add("workplace_id = ?", workplace_id)
    if shift_id is not None:
        where.add("shift_id = ?", shift_id)
    if category is not None:
        where.add("category = ?", str(category))
    low, high = start_seconds_window(date_from, date_to)
    if date_from is not None:
        where.add("start_local_date >= ?", date_text(date_from))
        where.add("start_s >= ?", low)
    if date_to is not None:
        where.add("start_local_date <= ?", date_text(date_to))
        where.add("start_s < ?", high)
    needle = search_text(text)
    if needle is not None:
        where.add(contains_sql("title", "description", "reported_to", "outcome"), needle)
    return where

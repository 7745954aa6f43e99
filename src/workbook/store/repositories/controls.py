"""Control indicators: dated signs that a workplace controls the work as an employer does.
Entity ``control``."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from typing import Any

from workbook.domain.categories import ControlIndicator
from workbook.domain.errors import Problem, ValidationError
from workbook.domain.models import ControlTag
from workbook.domain.timeutil import utc_now
from workbook.store.columns import date_text, stamp, stamp_text, to_date
from workbook.store.journal import Action, Entity
from workbook.store.repositories.base import (
    Repository,
    Where,
    gone,
    missing,
    saved_id,
    validated,
)

_SELECT = ("SELECT id, indicator, date, workplace_id, shift_id, incident_id, note, recorded_at "
           "FROM control_tags")
_BY_ID = _SELECT + " WHERE id = ?"
_INSERT = (
    "INSERT INTO control_tags (indicator, date, workplace_id, shift_id, incident_id, note, "
    "recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
)
_UPDATE = (
    "UPDATE control_tags SET indicator = ?, date = ?, workplace_id = ?, shift_id = ?, "
    "incident_id = ?, note = ?, recorded_at = ? WHERE id = ?"
)
_DELETE = "DELETE FROM control_tags WHERE id = ?"
_WORKPLACE_EXISTS = "SELECT 1 FROM workplaces WHERE id = ?"
_SHIFT_EXISTS = "SELECT 1 FROM shifts WHERE id = ?"
_INCIDENT_EXISTS = "SELECT 1 FROM incidents WHERE id = ?"


def _from_row(row: tuple[Any, ...]) -> ControlTag:
    id_, indicator, day, workplace_id, shift_id, incident_id, note, recorded_at = row
    return ControlTag(indicator=ControlIndicator(indicator), date=to_date(day),
                      workplace_id=workplace_id, shift_id=shift_id, incident_id=incident_id,
                      note=note, id=id_, recorded_at=stamp(recorded_at))


def _values(tag: ControlTag) -> tuple[Any, ...]:
    return (str(tag.indicator), date_text(tag.date), tag.workplace_id, tag.shift_id,
            tag.incident_id, tag.note)


class ControlTagRepository(Repository):
    def get(self, tag_id: int) -> ControlTag | None:
        row = self._db.query_one(_BY_ID, (tag_id,))
        return None if row is None else _from_row(row)

    def linked(self, workplace_id: int | None = None, *, shift_id: int | None = None,
             incident_id: int | None = None) -> list[ControlTag]:
        """Tags by date (then as added), of one workplace, shift or incident if given."""
        where = Where()
        if workplace_id is not None:
            where.add("workplace_id = ?", workplace_id)
        if shift_id is not None:
            where.add("shift_id = ?", shift_id)
        if incident_id is not None:
            where.add("incident_id = ?", incident_id)
        sql = _SELECT + where.sql() + " ORDER BY date, id"
        return [_from_row(r) for r in self._db.query(sql, where.params)]

    def add(self, tag: ControlTag) -> ControlTag:
        validated(tag)
        at = utc_now()
        with self._db.transaction():
            self._check_links(tag)
            new_id = self._db.insert(_INSERT, (*_values(tag), stamp_text(at)))
            saved = self._reloaded(new_id)
            self._journal.record(Action.CREATE, Entity.CONTROL, new_id, saved.fields(), at=at)
            return saved

    def update(self, tag: ControlTag) -> ControlTag:
        tag_id = saved_id(tag.id, "control sign")
        validated(tag)
        at = utc_now()
        with self._db.transaction():
            before = self.get(tag_id)
            if before is None:
                raise gone("control sign")
            self._check_links(tag)
            if before.fields() == tag.fields():
                return before
            self._db.execute(_UPDATE, (*_values(tag), stamp_text(at), tag_id))
            saved = self._reloaded(tag_id)
            self._journal.record(Action.UPDATE, Entity.CONTROL, tag_id, saved.fields(), at=at)
            return saved

    def delete(self, tag_id: int) -> None:
        with self._db.transaction():
            if self.get(tag_id) is None:
                raise gone("control sign")
            self._db.execute(_DELETE, (tag_id,))
            self._journal.record(Action.DELETE, Entity.CONTROL, tag_id, None)

    def release_shift(self, shift_id: int) -> None:
        """Before a shift is deleted: its tags stay on the workplace and date, unlinked."""
        for tag in self.linked(shift_id=shift_id):
            self.update(dataclasses.replace(tag, shift_id=None))

    def release_incident(self, incident_id: int) -> None:
        """Before an incident is deleted: its tags stay on the workplace and date, unlinked."""
        for tag in self.linked(incident_id=incident_id):
            self.update(dataclasses.replace(tag, incident_id=None))

    def _check_links(self, tag: ControlTag) -> None:
        problems: list[Problem] = []
        if not isinstance(tag.date, date) or isinstance(tag.date, datetime):
            problems.append(Problem("date", "is needed"))
        if self._db.query_one(_WORKPLACE_EXISTS, (tag.workplace_id,)) is None:
            problems.append(missing("workplace", "workplace"))
        if (tag.shift_id is not None
                and self._db.query_one(_SHIFT_EXISTS, (tag.shift_id,)) is None):
            problems.append(missing("shift", "shift"))
        if (tag.incident_id is not None
                and self._db.query_one(_INCIDENT_EXISTS, (tag.incident_id,)) is None):
            problems.append(missing("incident", "incident"))
        if problems:
            raise ValidationError(problems)

    def _reloaded(self, tag_id: int) -> ControlTag:
        saved = self.get(tag_id)
        if saved is None:
            raise gone("control sign")
        return saved

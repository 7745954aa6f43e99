"""People named in incidents (a label the worker chooses). Journalled as entity ``person``."""

from __future__ import annotations

from typing import Any

from workbook.domain.categories import PersonRole
from workbook.domain.errors import Problem, ValidationError
from workbook.domain.models import Person
from workbook.domain.timeutil import utc_now
from workbook.store.columns import stamp_text
from workbook.store.journal import Action, Entity
from workbook.store.repositories.base import Repository, gone, plural, saved_id, validated

_SELECT = "SELECT id, label, role, notes FROM people"
_BY_ID = _SELECT + " WHERE id = ?"
_BY_LABEL = _SELECT + " WHERE label = ? ORDER BY id"
_INSERT = "INSERT INTO people (label, role, notes, recorded_at) VALUES (?, ?, ?, ?)"
_UPDATE = "UPDATE people SET label = ?, role = ?, notes = ?, recorded_at = ? WHERE id = ?"
_DELETE = "DELETE FROM people WHERE id = ?"
_EXISTS = "SELECT 1 FROM people WHERE id = ?"
_USES = "SELECT count(*) FROM incident_people WHERE person_id = ?"


def _from_row(row: tuple[Any, ...]) -> Person:
    id_, label, role, notes = row
    return Person(label=label, role=PersonRole(role), notes=notes, id=id_)


class PersonRepository(Repository):
    def _reloaded(self, person_id: int) -> Person:
        saved = self.get(person_id)
        if saved is None:
            raise gone("person")
        return saved

    def get(self, person_id: int) -> Person | None:
        row = self._db.query_one(_BY_ID, (person_id,))
        return None if row is None else _from_row(row)

    def exists(self, person_id: int) -> bool:
        return self._db.query_one(_EXISTS, (person_id,)) is not None

    def all(self) -> list[Person]:
        found = [_from_row(r) for r in self._db.query(_SELECT)]
        return sorted(found, key=lambda p: (p.label.casefold(), p.id or 0))

    def find(self, label: str) -> Person | None:
        """The person labelled ``label``: exactly, else ignoring case (in any script)."""
        row = self._db.query_one(_BY_LABEL, (label,))
        if row is not None:
            return _from_row(row)
        wanted = label.strip().casefold()
        return next((p for p in self.all() if p.label.strip().casefold() == wanted), None)

    def add(self, person: Person) -> Person:
        validated(person)
        at = utc_now()
        with self._db.transaction():
            new_id = self._db.insert(_INSERT, (person.label, str(person.role), person.notes,
                                               stamp_text(at)))
            saved = self._reloaded(new_id)
            self._journal.record(Action.CREATE, Entity.PERSON, new_id, saved.fields(), at=at)
            return saved

    def update(self, person: Person) -> Person:
        person_id = saved_id(person.id, "person")
        validated(person)
        at = utc_now()
        with self._db.transaction():
            before = self.get(person_id)
            if before is None:
                raise gone("person")
            if before.fields() == person.fields():
                return before
            self._db.execute(_UPDATE, (person.label, str(person.role), person.notes,
                                       stamp_text(at), person_id))
            saved = self._reloaded(person_id)
            self._journal.record(Action.UPDATE, Entity.PERSON, person_id, saved.fields(), at=at)
            return saved

    def delete(self, person_id: int) -> None:
        """Delete a person no incident names; one still named is refused."""
        with self._db.transaction():
            before = self.get(person_id)
            if before is None:
                raise gone("person")
            uses = int(self._db.scalar(_USES, (person_id,)) or 0)
            if uses:
                raise ValidationError(Problem(
                    "person", f"“{before.label}” is named in "
                    f"{plural(uses, 'incident', 'incidents')}. Remove them there first."))
            self._db.execute(_DELETE, (person_id,))
            self._journal.record(Action.DELETE, Entity.PERSON, person_id, None)

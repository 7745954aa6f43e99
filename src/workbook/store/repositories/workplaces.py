"""Workplaces: clubs, agencies, venues, platforms. Journalled as entity ``workplace``."""

from __future__ import annotations

from typing import Any

from workbook.domain.categories import WorkplaceKind
from workbook.domain.errors import Problem, ValidationError
from workbook.domain.models import Workplace
from workbook.domain.timeutil import utc_now
from workbook.store.columns import stamp_text
from workbook.store.journal import Action, Entity
from workbook.store.repositories.base import Repository, gone, plural, saved_id, validated

_SELECT = (
    "SELECT id, name, kind, city, country, currency, timezone, legal_name, registration_number,"
    " address, notes, archived FROM workplaces"
)
_BY_ID = _SELECT + " WHERE id = ?"
_BY_NAME = _SELECT + " WHERE name = ? ORDER BY archived, id"
_INSERT = (
    "INSERT INTO workplaces (name, kind, city, country, currency, timezone, legal_name, "
    "registration_number, address, notes, archived, recorded_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_UPDATE = (
    "UPDATE workplaces SET name = ?, kind = ?, city = ?, country = ?, currency = ?, "
    "timezone = ?, legal_name = ?, registration_number = ?, address = ?, notes = ?, "
    "archived = ?, recorded_at = ? WHERE id = ?"
)
_DELETE = "DELETE FROM workplaces WHERE id = ?"
_EXISTS = "SELECT 1 FROM workplaces WHERE id = ?"
_USES = (
    "SELECT (SELECT count(*) FROM shifts WHERE workplace_id = ?1), "
    "(SELECT count(*) FROM money_lines WHERE workplace_id = ?1), "
    "(SELECT count(*) FROM incidents WHERE workplace_id = ?1), "
    "(SELECT count(*) FROM control_tags WHERE workplace_id = ?1)"
)


def _values(w: Workplace) -> tuple[Any, ...]:
    return (w.name, str(w.kind), w.city, w.country, w.currency, w.timezone, w.legal_name,
            w.registration_number, w.address, w.notes, int(bool(w.archived)))


def _from_row(row: tuple[Any, ...]) -> Workplace:
    (id_, name, kind, city, country, currency, timezone, legal_name, registration_number,
     address, notes, archived) = row
    return Workplace(name=name, currency=currency, timezone=timezone, kind=WorkplaceKind(kind),
                     city=city, country=country, legal_name=legal_name,
                     registration_number=registration_number, address=address, notes=notes,
                     archived=bool(archived), id=id_)


class WorkplaceRepository(Repository):
    def _reloaded(self, workplace_id: int) -> Workplace:
        saved = self.get(workplace_id)
        if saved is None:
            raise gone("workplace")
        return saved

    def get(self, workplace_id: int) -> Workplace | None:
        row = self._db.query_one(_BY_ID, (workplace_id,))
        return None if row is None else _from_row(row)

    def exists(self, workplace_id: int) -> bool:
        return self._db.query_one(_EXISTS, (workplace_id,)) is not None

    def all(self, include_archived: bool = True) -> list[Workplace]:
        found = [_from_row(r) for r in self._db.query(_SELECT)]
        if not include_archived:
            found = [w for w in found if not w.archived]
        return sorted(found, key=lambda w: (w.name.casefold(), w.id or 0))

    def find(self, name: str) -> Workplace | None:
        """The workplace called ``name``: exactly, else ignoring case (in any script)."""
        row = self._db.query_one(_BY_NAME, (name,))
        if row is not None:
            return _from_row(row)
        wanted = name.strip().casefold()
        matches = [w for w in self.all() if w.name.strip().casefold() == wanted]
        matches.sort(key=lambda w: (w.archived, w.id or 0))
        return matches[0] if matches else None

    def add(self, workplace: Workplace) -> Workplace:
        validated(workplace)
        at = utc_now()
        with self._db.transaction():
            new_id = self._db.insert(_INSERT, (*_values(workplace), stamp_text(at)))
            saved = self._reloaded(new_id)
            self._journal.record(Action.CREATE, Entity.WORKPLACE, new_id, saved.fields(), at=at)
            return saved

    def update(self, workplace: Workplace) -> Workplace:
        workplace_id = saved_id(workplace.id, "workplace")
        validated(workplace)
        at = utc_now()
        with self._db.transaction():
            before = self.get(workplace_id)
            if before is None:
                raise gone("workplace")
            if before.fields() == workplace.fields():
                return before
            self._db.execute(_UPDATE, (*_values(workplace), stamp_text(at), workplace_id))
            saved = self._reloaded(workplace_id)
            self._journal.record(Action.UPDATE, Entity.WORKPLACE, workplace_id, saved.fields(),
                                 at=at)
            return saved

    def delete(self, workplace_id: int) -> None:
        """Delete a workplace nothing refers to; one that still has records is refused."""
        with self._db.transaction():
            before = self.get(workplace_id)
            if before is None:
                raise gone("workplace")
            uses = self._db.query_one(_USES, (workplace_id,)) or (0, 0, 0, 0)
            shifts, money, incidents, tags = (int(n) for n in uses)
            if shifts or money or incidents or tags:
                held = [plural(n, one, many) for n, one, many in (
                    (shifts, "shift", "shifts"), (money, "money line", "money lines"),
                    (incidents, "incident", "incidents"),
                    (tags, "control sign", "control signs")) if n]
                raise ValidationError(Problem(
                    "workplace", f"“{before.name}” still has {', '.join(held)}. Archive it "
                    "instead, or delete those first."))
            self._db.execute(_DELETE, (workplace_id,))
            self._journal.record(Action.DELETE, Entity.WORKPLACE, workplace_id, None)

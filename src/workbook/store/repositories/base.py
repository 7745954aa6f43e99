"""What every repository shares: the database, the journal, and plain-worded refusals."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from workbook.domain.errors import Problem, ValidationError
from workbook.store.connection import Database
from workbook.store.journal import Journal


class Validating(Protocol):
    def validate(self) -> list[Problem]: ...


class Repository:
    """One kind of record. Returns domain objects, never rows."""

    def __init__(self, db: Database, journal: Journal) -> None:
        self._db = db
        self._journal = journal


def validated(record: Validating) -> None:
    """Raise every problem the record's own ``validate()`` finds."""
    problems = record.validate()
    if problems:
        raise ValidationError(problems)


def saved_id(record_id: int | None, what: str) -> int:
    """The id of a record being changed; a record never saved has none."""
    if not isinstance(record_id, int) or isinstance(record_id, bool):
        raise ValidationError(Problem("id", f"this {what} was never saved, so it cannot be "
                                            "changed or deleted"))
    return record_id


def gone(what: str) -> ValidationError:
    return ValidationError(Problem("id", f"this {what} no longer exists; it may have been "
                                         "deleted"))


def missing(field_name: str, what: str) -> Problem:
    return Problem(field_name, f"the chosen {what} no longer exists; it may have been deleted")


def check_limit(limit: int) -> int:
    if not isinstance(limit, int) or limit < 1:
        raise ValueError("limit must be a positive number of rows")
    return limit


def search_text(text: str | None) -> str | None:
    """The casefolded needle for ``wb_contains``, or None when there is nothing to search."""
    if text is None or not text.strip():
        return None
    return text.strip().casefold()


def plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


@dataclass
class Where:
    """A WHERE clause built from fixed fragments; values only ever go in as ``?`` parameters."""

    clauses: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)

    def add(self, clause: str, *params: Any) -> None:
        self.clauses.append(clause)
        self.params.extend(params)

    def sql(self) -> str:
        return (" WHERE " + " AND ".join(self.clauses)) if self.clauses else ""

"""What every repository shares: the database, the journal, and plain-worded refusals."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
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


# --- list orders -------------------------------------------------------------------------------

#: A keyset cursor: the id of the last record of the previous page. The store reads that
#: record's own sort values, so any order pages the same way.
AfterId = int


@dataclass(frozen=True)
class Order:
    """A list order: SQL terms over the repository's table (fixed text written in this package,
    with ``{t}`` for the table, never user input) and the parameters they take, in order. The
    record id is always the last term, so every order is total and pages by keyset."""

    terms: tuple[str, ...]
    params: tuple[Any, ...] = ()

    def sql(self, table: str) -> str:
        return ", ".join(term.format(t=table) for term in self.terms)


def ranked(column: str, values: Sequence[object]) -> Order:
    """Order by ``column`` read through a ranking: ``values`` in the order the worker sees their
    labels (alphabetical in her language, or workplace ids by name); values not in the list
    come last, by their own value."""
    cases = " ".join(f"WHEN ? THEN {rank}" for rank in range(len(values)))
    first = f"CASE {{t}}.{column} {cases} ELSE {len(values)} END" if values else "0"
    return Order((first, f"coalesce({{t}}.{column}, '')"), tuple(values))


def order_by(where: Where, table: str, order: Order, after: AfterId | None,
             descending: bool) -> str:
    """Add the keyset condition for ``after`` to ``where`` and return the ORDER BY clause (its
    parameters are ``order.params``, which go after the WHERE parameters)."""
    direction = " DESC" if descending else ""
    if after is not None:
        left = f"({order.sql(table)}, {table}.id)"
        # Table names and order terms are fixed text from this package; values go in as ``?``.
        right = (f"(SELECT {order.sql('anchor')}, anchor.id FROM {table} AS anchor "  # noqa: S608
                 "WHERE anchor.id = ?)")
        where.add(f"{left} {'<' if descending else '>'} {right}",
                  *order.params, *order.params, after)
    terms = [f"{term.format(t=table)}{direction}" for term in order.terms]
    return " ORDER BY " + ", ".join([*terms, f"{table}.id{direction}"])


def ordered_rows(db: Database, select: str, table: str, where: Where, order: Order,
                 after: AfterId | None, descending: bool, limit: int) -> list[tuple[Any, ...]]:
    """One page of ``select``'s rows (its first column is the id) in ``order``, after the
    record ``after``. The ids are sorted first and the rows read by id after: sorting whole rows
    copies every row that enters the page in turn, which with SQLCipher's memory security was
    ten times slower when many rows tie on the first term (sorting money by kind)."""
    clause = order_by(where, table, order, after, descending)
    # The table name and the order terms are fixed text from this package (see ``Order``).
    sorted_ids = f"SELECT {table}.id FROM {table}" + where.sql() + clause + " LIMIT ?"  # noqa: S608
    ids = [int(r[0]) for r in db.query(
        sorted_ids, (*where.params, *order.params, check_limit(limit)))]
    if not ids:
        return []
    by_id = select + " WHERE id IN (SELECT value FROM json_each(?))"  # noqa: S608
    found = {int(r[0]): r for r in db.query(by_id, (json.dumps(ids),))}
    return [found[i] for i in ids if i in found]


@dataclass(frozen=True)
class Listing:
    """How a repository's list reads: its SELECT (id first), table, date order (the column,
    the order's name, and how a ``(date, id)`` cursor's date is written), the columns read as
    labels (sort name → column), and its other orders."""

    select: str
    table: str
    date_column: str
    date_sort: str
    date_value: Callable[[Any], Any]
    ranked: Mapping[str, str]
    order: Callable[[str, Sequence[object]], Order]


def list_rows(db: Database, listing: Listing, where: Where, *, sort: str, after: Any,
              descending: bool, limit: int, ranking: Sequence[object]) -> list[tuple[Any, ...]]:
    """One page of a list in the order ``sort``. The date order pages by ``(date, id)``
    straight from the date index (``after`` may be that pair); every other order pages after
    the id of the previous page's last record: by label (``ranked_rows``) or by ``Order``
    (``ordered_rows``)."""
    table, column = listing.table, listing.date_column
    if sort == listing.date_sort and (after is None or isinstance(after, tuple)):
        if after is not None:
            where.add(f"({column}, id) {'<' if descending else '>'} (?, ?)",
                      listing.date_value(after[0]), after[1])
        order = (f" ORDER BY {column} DESC, id DESC" if descending
                 else f" ORDER BY {column}, id")
        return db.query(listing.select + where.sql() + order + " LIMIT ?",
                        (*where.params, check_limit(limit)))
    if isinstance(after, tuple):
        raise ValueError("a (date, id) cursor only pages the date order; pass an id")
    if sort in listing.ranked and ranking:
        # A column read as labels: one short query per value, in the labels' order.
        return ranked_rows(db, listing.select, table, where,
                           f"{table}.{listing.ranked[sort]}", list(ranking),
                           f"{table}.{column}", after, descending, limit)
    return ordered_rows(db, listing.select, table, where, listing.order(sort, ranking), after,
                        descending, limit)


def unknown_order(key: str, known: dict[str, Order] | list[str]) -> ValueError:
    return ValueError(f"cannot sort by {key!r}; known orders: {', '.join(sorted(known))}")


def ranked_rows(db: Database, select: str, table: str, where: Where, column: str,
                values: Sequence[object], then: str, after: AfterId | None, descending: bool,
                limit: int) -> list[tuple[Any, ...]]:
    """One page of ``select``'s rows in the order of ``ranked(column, values)`` then ``then``
    (a column of ``table``) and id, read one value at a time: each query keeps to one value
    of ``column`` and walks ``then``'s index, stopping when the page is full. Sorting the whole
    table by the rank instead took 200 ms on the heavy vault's 120,000 money lines.

    Groups, ascending: ``values[0]``, ``values[1]``, …, then every other value (and NULL) by
    its text; descending is the exact reverse, as ``order_by`` would give."""
    check_limit(limit)
    known = list(dict.fromkeys(values))
    groups: list[object] = [*known, _OTHERS]
    if descending:
        groups.reverse()
    start = 0
    anchor: tuple[Any, ...] | None = None
    if after is not None:
        anchor = db.query_one(f"SELECT {column}, {then} FROM {table} WHERE id = ?",  # noqa: S608
                              (after,))
        if anchor is None:
            return []
        start = groups.index(anchor[0] if anchor[0] in known else _OTHERS)
    direction = " DESC" if descending else ""
    less = "<" if descending else ">"
    found: list[int] = []
    for number, group in enumerate(groups[start:]):
        if len(found) >= limit:
            break
        part = Where(list(where.clauses), list(where.params))
        if group is _OTHERS:
            marks = ", ".join("?" for _ in known)
            part.add(f"({column} IS NULL OR {column} NOT IN ({marks}))" if known
                     else "1 = 1", *known)
            keys = [f"coalesce({column}, '')", then, f"{table}.id"]
        else:
            part.add(f"{column} = ?", group)
            keys = [then, f"{table}.id"]
        if number == 0 and anchor is not None and after is not None:
            mine = [anchor[0] or ""] if group is _OTHERS else []
            part.add(f"({', '.join(keys)}) {less} ({', '.join('?' for _ in keys)})",
                     *mine, anchor[1], after)
        order = " ORDER BY " + ", ".join(k + direction for k in keys)
        # The column, table and order are fixed text from this package; values are ``?``.
        sql = f"SELECT {table}.id FROM {table}" + part.sql() + order + " LIMIT ?"  # noqa: S608
        found += [int(r[0]) for r in db.query(sql, (*part.params, limit - len(found)))]
    if not found:
        return []
    rows = {int(r[0]): r for r in db.query(
        select + " WHERE id IN (SELECT value FROM json_each(?))",  # noqa: S608
        (json.dumps(found),))}
    return [rows[i] for i in found if i in rows]


class _Others:
    """The group of values a ranking does not list."""


_OTHERS = _Others()

"""Money lines: earnings, deductions the workplace took, own expenses. Entity ``money``.

A line attached to a shift counts in the shift's period, whatever its own date: the derived
``effective_date`` column holds the shift's local start date (kept in step when the shift
moves), else the line's own date. Its workplace is the shift's workplace.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date
from typing import Any

from workbook.domain.categories import MoneyKind, PaymentMethod
from workbook.domain.errors import Problem, ValidationError
from workbook.domain.models import MoneyLine
from workbook.domain.timeutil import utc_now
from workbook.store.columns import date_text, stamp, stamp_text, to_date
from workbook.store.connection import contains_sql
from workbook.store.journal import Action, Entity
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

SELECT = (
    "SELECT id, shift_id, workplace_id, date, kind, category, amount_minor, currency, method, "
    "counterparty, note, recorded_at FROM money_lines"
)
_BY_ID = SELECT + " WHERE id = ?"
_COUNT = "SELECT count(*) FROM money_lines"
_FOR_SHIFT = SELECT + " WHERE shift_id = ? ORDER BY id"
_INSERT = (
    "INSERT INTO money_lines (shift_id, workplace_id, date, effective_date, kind, category, "
    "amount_minor, currency, method, counterparty, note, recorded_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_UPDATE = (
    "UPDATE money_lines SET shift_id = ?, workplace_id = ?, date = ?, effective_date = ?, "
    "kind = ?, category = ?, amount_minor = ?, currency = ?, method = ?, counterparty = ?, "
    "note = ?, recorded_at = ? WHERE id = ?"
)
_DELETE = "DELETE FROM money_lines WHERE id = ?"
_SHIFT_PLACE = "SELECT workplace_id, start_local_date FROM shifts WHERE id = ?"
_WORKPLACE_EXISTS = "SELECT 1 FROM workplaces WHERE id = ?"
_FOLLOW_SHIFT_DATE = "UPDATE money_lines SET effective_date = ? WHERE shift_id = ?"

MoneyKey = tuple[date, int]

#: The orders a money list can be read in (besides the ranked ``kind``, ``category`` and
#: ``method``). ``amount`` is signed: what the line did to the money kept.
MONEY_ORDERS: dict[str, Order] = {
    "date": Order(("{t}.date",)),
    "amount": Order(("CASE {t}.kind WHEN 'earning' THEN {t}.amount_minor "
                     "ELSE -{t}.amount_minor END", "{t}.date")),
    "workplace": Order(("coalesce((SELECT name FROM workplaces "
                        "WHERE workplaces.id = {t}.workplace_id), '') COLLATE NOCASE",
                        "{t}.date")),
    "counterparty": Order(("{t}.counterparty COLLATE NOCASE", "{t}.date")),
}
_RANKED = ("kind", "category", "method")


def _order(sort: str, ranking: Sequence[object]) -> Order:
    if sort == "workplace" and ranking:
        # Workplace ids in the order of their names: a handful of cases instead of looking up
        # every record's workplace name.
        by_name = ranked("workplace_id", list(ranking))
        return Order((by_name.terms[0], "{t}.date"), by_name.params)
    if sort in _RANKED:
        by_label = ranked(sort, list(ranking))
        return Order((*by_label.terms, "{t}.date"), by_label.params)
    found = MONEY_ORDERS.get(sort)
    if found is None:
        raise unknown_order(sort, [*MONEY_ORDERS, *_RANKED])
    return found


#: How the list reads (see ``base.list_rows``).
_LISTING = Listing(
    SELECT, "money_lines", "date", "date", date_text,
    ranked={"kind": "kind", "category": "category", "method": "method",
            "workplace": "workplace_id"},
    order=_order)


def from_row(row: tuple[Any, ...]) -> MoneyLine:
    (id_, shift_id, workplace_id, day, kind, category, amount, currency, method, counterparty,
     note, recorded_at) = row
    return MoneyLine(date=to_date(day), kind=MoneyKind(kind), category=category,
                     amount_minor=amount, currency=currency, shift_id=shift_id,
                     workplace_id=workplace_id,
                     method=None if method is None else PaymentMethod(method),
                     counterparty=counterparty, note=note, id=id_, recorded_at=stamp(recorded_at))


class MoneyRepository(Repository):
    def get(self, line_id: int) -> MoneyLine | None:
        row = self._db.query_one(_BY_ID, (line_id,))
        return None if row is None else from_row(row)

    def for_shift(self, shift_id: int) -> list[MoneyLine]:
        return [from_row(r) for r in self._db.query(_FOR_SHIFT, (shift_id,))]

    def page(self, *, workplace_id: int | None = None, date_from: date | None = None,
             date_to: date | None = None, kind: MoneyKind | str | None = None,
             category: str | None = None, text: str | None = None,
             after: MoneyKey | AfterId | None = None, limit: int = 200,
             newest_first: bool = True, sort: str = "date",
             ranking: Sequence[object] = ()) -> list[MoneyLine]:
        """One page of lines in the order ``sort`` (see ``MONEY_ORDERS``; ``kind``,
        ``category`` and ``method`` are ranked by ``ranking``, the values in the order their
        labels sort), then id. ``after`` is the id of the last line of the previous page, or
        for the date order its (date, id) (keyset paging: each page costs the same however
        deep). The date range selects by the period a line counts in (its shift's date if
        any)."""
        where = _where(workplace_id, date_from, date_to, kind, category, text)
        return [from_row(r) for r in list_rows(
            self._db, _LISTING, where, sort=sort, after=after, descending=newest_first,
            limit=limit, ranking=ranking)]

    def count(self, *, workplace_id: int | None = None, date_from: date | None = None,
              date_to: date | None = None, kind: MoneyKind | str | None = None,
              category: str | None = None, text: str | None = None) -> int:
        where = _where(workplace_id, date_from, date_to, kind, category, text)
        return int(self._db.scalar(_COUNT + where.sql(), where.params))

    def add(self, line: MoneyLine) -> MoneyLine:
        validated(line)
        at = utc_now()
        with self._db.transaction():
            line, effective = self._placed(line)
            new_id = self._db.insert(_INSERT, (*_values(line, effective), stamp_text(at)))
            saved = self._reloaded(new_id)
            self._journal.record(Action.CREATE, Entity.MONEY, new_id, saved.fields(), at=at)
            return saved

    def update(self, line: MoneyLine) -> MoneyLine:
        line_id = saved_id(line.id, "money line")
        validated(line)
        at = utc_now()
        with self._db.transaction():
            before = self.get(line_id)
            if before is None:
                raise gone("money line")
            line, effective = self._placed(line)
            if before.fields() == line.fields():
                return before
            self._db.execute(_UPDATE, (*_values(line, effective), stamp_text(at), line_id))
            saved = self._reloaded(line_id)
            self._journal.record(Action.UPDATE, Entity.MONEY, line_id, saved.fields(), at=at)
            return saved

    def delete(self, line_id: int) -> None:
        with self._db.transaction():
            if self.get(line_id) is None:
                raise gone("money line")
            self._db.execute(_DELETE, (line_id,))
            self._journal.record(Action.DELETE, Entity.MONEY, line_id, None)

    def follow_shift(self, shift_id: int, start_local_date: str, workplace_id: int) -> None:
        """Keep a changed shift's lines in its period and at its workplace. The period is
        derived (not journalled); a workplace change is a journalled update of each line."""
        self._db.execute(_FOLLOW_SHIFT_DATE, (start_local_date, shift_id))
        for line in self.for_shift(shift_id):
            if line.workplace_id != workplace_id:
                self.update(dataclasses.replace(line, workplace_id=workplace_id))

    def _placed(self, line: MoneyLine) -> tuple[MoneyLine, str]:
        """The line with its workplace settled, and the period date it counts in."""
        if line.shift_id is not None:
            row = self._db.query_one(_SHIFT_PLACE, (line.shift_id,))
            if row is None:
                raise ValidationError(missing("shift", "shift"))
            shift_workplace, shift_date = row
            if line.workplace_id is None:
                line = dataclasses.replace(line, workplace_id=shift_workplace)
            elif line.workplace_id != shift_workplace:
                raise ValidationError(Problem("workplace", "must be the workplace of the shift "
                                                           "this line belongs to"))
            return line, str(shift_date)
        if (line.workplace_id is not None
                and self._db.query_one(_WORKPLACE_EXISTS, (line.workplace_id,)) is None):
            raise ValidationError(missing("workplace", "workplace"))
        return line, date_text(line.date)

    def _reloaded(self, line_id: int) -> MoneyLine:
        saved = self.get(line_id)
        if saved is None:
            raise gone("money line")
        return saved


def _values(line: MoneyLine, effective: str) -> tuple[Any, ...]:
    return (line.shift_id, line.workplace_id, date_text(line.date), effective, str(line.kind),
            line.category, line.amount_minor, line.currency,
            None if line.method is None else str(line.method), line.counterparty, line.note)


def _where(workplace_id: int | None, date_from: date | None, date_to: date | None,
           kind: MoneyKind | str | None, category: str | None, text: str | None) -> Where:
    where = Where()
    if workplace_id is not None:
        where.add("workplace_id = ?", workplace_id)
    if date_from is not None:
        where.add("effective_date >= ?", date_text(date_from))
    if date_to is not None:
        where.add("effective_date <= ?", date_text(date_to))
    if kind is not None:
        where.add("kind = ?", str(kind))
    if category is not None:
        where.add("category = ?", category)
    needle = search_text(text)
    if needle is not None:
        where.add(contains_sql("note", "counterparty", "category"), needle)
    return where

"""Shifts. Entity ``shift``.

A shift belongs to the period of its local start date (in the zone it was entered in), kept in
the derived ``start_local_date`` column together with ``worked_seconds`` for fast totals. Lists
page by keyset on (start, id), newest first, so the thousandth page costs what the first does.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from workbook.domain.categories import ShiftRole
from workbook.domain.errors import Problem, ValidationError
from workbook.domain.models import Shift
from workbook.domain.timeutil import utc_now
from workbook.store.columns import (
    date_text,
    instant,
    local_date_text,
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
    plural,
    ranked,
    saved_id,
    search_text,
    unknown_order,
    validated,
)
from workbook.store.repositories.controls import ControlTagRepository
from workbook.store.repositories.money import MoneyRepository

SELECT = (
    "SELECT id, workplace_id, start_s, end_s, timezone, breaks_minutes, role, scheduled_start_s,"
    " scheduled_end_s, notes, recorded_at FROM shifts"
)
_BY_ID = SELECT + " WHERE id = ?"
_COUNT = "SELECT count(*) FROM shifts"
_INSERT = (
    "INSERT INTO shifts (workplace_id, start_s, end_s, timezone, start_local_date, "
    "breaks_minutes, worked_seconds, role, scheduled_start_s, scheduled_end_s, notes, "
    "recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_UPDATE = (
    "UPDATE shifts SET workplace_id = ?, start_s = ?, end_s = ?, timezone = ?, "
    "start_local_date = ?, breaks_minutes = ?, worked_seconds = ?, role = ?, "
    "scheduled_start_s = ?, scheduled_end_s = ?, notes = ?, recorded_at = ? WHERE id = ?"
)
_DELETE = "DELETE FROM shifts WHERE id = ?"
_WORKPLACE_EXISTS = "SELECT 1 FROM workplaces WHERE id = ?"
_LINKED_INCIDENTS = (
    "SELECT count(*), (SELECT title FROM incidents WHERE shift_id = ?1 ORDER BY start_s LIMIT 1)"
    " FROM incidents WHERE shift_id = ?1"
)
_MONEY_IDS = "SELECT id FROM money_lines WHERE shift_id = ? ORDER BY id"

ShiftKey = tuple[datetime, int]


# What each shift earned and what its workplace took, summed once into an in-memory table
# (temp_store=MEMORY: it never reaches the disk) and summed again only after a change. Summing
# per shift inside the sort read every money line's row at random: half a second on the heavy
# vault for each page.
_SHIFT_MONEY_TABLE = (
    "CREATE TEMP TABLE IF NOT EXISTS shift_money (shift_id INTEGER PRIMARY KEY, "
    "earned INTEGER NOT NULL, taken INTEGER NOT NULL)"
)
_SHIFT_MONEY_CLEAR = "DELETE FROM temp.shift_money"
# Summed from the covering index ``money_by_shift_kind`` (schema 2) alone: one pass over its
# pages in shift order, never the money lines' own rows.
_SHIFT_MONEY_FILL = (
    "INSERT INTO temp.shift_money (shift_id, earned, taken) SELECT shift_id, "
    "sum(CASE kind WHEN 'earning' THEN amount_minor ELSE 0 END), "
    "sum(CASE kind WHEN 'deduction' THEN amount_minor ELSE 0 END) "
    "FROM money_lines INDEXED BY money_by_shift_kind WHERE shift_id IS NOT NULL "
    "GROUP BY shift_id"
)
_JOURNAL_HEAD = "SELECT coalesce(max(seq), 0) FROM journal"
_EARNED = ("coalesce((SELECT earned FROM temp.shift_money "
           "WHERE temp.shift_money.shift_id = {t}.id), 0)")
_TAKEN = ("coalesce((SELECT taken FROM temp.shift_money "
          "WHERE temp.shift_money.shift_id = {t}.id), 0)")

#: The orders a shift list can be read in (besides ``role``, ranked by its labels).
SHIFT_ORDERS: dict[str, Order] = {
    "start": Order(("{t}.start_s",)),
    "workplace": Order(("(SELECT name FROM workplaces WHERE workplaces.id = {t}.workplace_id)"
                        " COLLATE NOCASE", "{t}.start_s")),
    "hours": Order(("{t}.worked_seconds", "{t}.start_s")),
    "earned": Order((_EARNED, "{t}.start_s")),
    "taken": Order((_TAKEN, "{t}.start_s")),
    "kept": Order((f"{_EARNED} - {_TAKEN}", "{t}.start_s")),
}
_BY_MONEY = frozenset({"earned", "taken", "kept"})


def _order(sort: str, ranking: Sequence[object]) -> Order:
    if sort == "workplace" and ranking:
        # Workplace ids in the order of their names: a handful of cases instead of looking up
        # every record's workplace name.
        by_name = ranked("workplace_id", list(ranking))
        return Order((by_name.terms[0], "{t}.start_s"), by_name.params)
    if sort == "role":
        by_role = ranked("role", list(ranking))
        return Order((*by_role.terms, "{t}.start_s"), by_role.params)
    found = SHIFT_ORDERS.get(sort)
    if found is None:
        raise unknown_order(sort, [*SHIFT_ORDERS, "role"])
    return found


#: How the list reads (see ``base.list_rows``).
_LISTING = Listing(
    SELECT, "shifts", "start_s", "start", seconds,
    ranked={"role": "role", "workplace": "workplace_id"},
    order=_order)


def from_row(row: tuple[Any, ...]) -> Shift:
    (id_, workplace_id, start_s, end_s, timezone, breaks, role, sched_start, sched_end, notes,
     recorded_at) = row
    return Shift(workplace_id=workplace_id, start=instant(start_s), end=instant(end_s),
                 timezone=timezone, breaks_minutes=breaks, role=ShiftRole(role),
                 scheduled_start=maybe_instant(sched_start),
                 scheduled_end=maybe_instant(sched_end), notes=notes, id=id_,
                 recorded_at=stamp(recorded_at))


def _normalised(shift: Shift) -> Shift:
    """The shift as the vault keeps it: UTC instants in whole seconds."""
    return dataclasses.replace(
        shift, start=whole_seconds(shift.start), end=whole_seconds(shift.end),
        scheduled_start=maybe_whole_seconds(shift.scheduled_start),
        scheduled_end=maybe_whole_seconds(shift.scheduled_end))


def _values(shift: Shift) -> tuple[Any, ...]:
    return (shift.workplace_id, seconds(shift.start), seconds(shift.end), shift.timezone,
            local_date_text(shift.start, shift.timezone), shift.breaks_minutes,
            shift.worked_seconds, str(shift.role), maybe_seconds(shift.scheduled_start),
            maybe_seconds(shift.scheduled_end), shift.notes)


class ShiftRepository(Repository):
    def __init__(self, db: Database, journal: Journal, *, money: MoneyRepository,
                 attachments: AttachmentRepository, controls: ControlTagRepository) -> None:
        super().__init__(db, journal)
        self._money = money
        self._money_summed_at: int | None = None
        self._attachments = attachments
        self._controls = controls

    def get(self, shift_id: int) -> Shift | None:
        row = self._db.query_one(_BY_ID, (shift_id,))
        return None if row is None else from_row(row)

    def page(self, *, workplace_id: int | None = None, date_from: date | None = None,
             date_to: date | None = None, text: str | None = None,
             after: ShiftKey | AfterId | None = None, limit: int = 200,
             newest_first: bool = True, sort: str = "start",
             ranking: Sequence[object] = ()) -> list[Shift]:
        """One page of shifts in the order ``sort`` (see ``SHIFT_ORDERS``; ``ranking`` lists the
        roles in the order their labels sort, for ``role``), then id. ``after`` is the id of
        the last shift of the previous page, or for the date order its (start, id). Dates
        select by local start date, both ends included."""
        where = _where(workplace_id, date_from, date_to, text)
        if sort in _BY_MONEY:
            self._sum_money()
        return [from_row(r) for r in list_rows(
            self._db, _LISTING, where, sort=sort, after=after, descending=newest_first,
            limit=limit, ranking=ranking)]

    def _sum_money(self) -> None:
        """Fill ``temp.shift_money`` unless nothing changed since it was filled (every change
        adds a journal row)."""
        head = int(self._db.scalar(_JOURNAL_HEAD))
        if head == self._money_summed_at:
            return
        self._db.execute(_SHIFT_MONEY_TABLE)
        self._db.execute(_SHIFT_MONEY_CLEAR)
        self._db.execute(_SHIFT_MONEY_FILL)
        self._money_summed_at = head

    def count(self, *, workplace_id: int | None = None, date_from: date | None = None,
              date_to: date | None = None, text: str | None = None) -> int:
        where = _where(workplace_id, date_from, date_to, text)
        return int(self._db.scalar(_COUNT + where.sql(), where.params))

    def add(self, shift: Shift) -> Shift:
        shift = self._checked(shift)
        at = utc_now()
        with self._db.transaction():
            self._check_workplace(shift)
            new_id = self._db.insert(_INSERT, (*_values(shift), stamp_text(at)))
            saved = self._reloaded(new_id)
            self._journal.record(Action.CREATE, Entity.SHIFT, new_id, saved.fields(), at=at)
            return saved

    def update(self, shift: Shift) -> Shift:
        """Save a changed shift. Its money lines follow it into its (new) period and to its
        (new) workplace."""
        shift_id = saved_id(shift.id, "shift")
        shift = self._checked(shift)
        at = utc_now()
        with self._db.transaction():
            before = self.get(shift_id)
            if before is None:
                raise gone("shift")
            if before.fields() == shift.fields():
                return before
            self._check_workplace(shift)
            self._db.execute(_UPDATE, (*_values(shift), stamp_text(at), shift_id))
            saved = self._reloaded(shift_id)
            self._journal.record(Action.UPDATE, Entity.SHIFT, shift_id, saved.fields(), at=at)
            self._money.follow_shift(shift_id, local_date_text(shift.start, shift.timezone),
                                     shift.workplace_id)
            return saved

    def delete(self, shift_id: int) -> None:
        """Delete a shift with its money lines and its own attachments (each journalled).
        Control signs on it stay on the workplace. A shift an incident refers to is refused."""
        with self._db.transaction():
            if self.get(shift_id) is None:
                raise gone("shift")
            linked, title = self._db.query_one(_LINKED_INCIDENTS, (shift_id,)) or (0, None)
            if linked:
                raise ValidationError(Problem(
                    "shift", f"is linked to {plural(int(linked), 'incident', 'incidents')} "
                    f"(“{title}”). Unlink it from the incident first."))
            for (line_id,) in self._db.query(_MONEY_IDS, (shift_id,)):
                self._money.delete(int(line_id))
            self._attachments.release_shift(shift_id)
            self._controls.release_shift(shift_id)
            self._db.execute(_DELETE, (shift_id,))
            self._journal.record(Action.DELETE, Entity.SHIFT, shift_id, None)

    def _checked(self, shift: Shift) -> Shift:
        validated(shift)
        kept = _normalised(shift)
        validated(kept)  # dropping sub-seconds must not make it invalid (a 0-second shift)
        return kept

    def _check_workplace(self, shift: Shift) -> None:
        if self._db.query_one(_WORKPLACE_EXISTS, (shift.workplace_id,)) is None:
            raise ValidationError(missing("workplace", "workplace"))

    def _reloaded(self, shift_id: int) -> Shift:
        saved = self.get(shift_id)
        if saved is None:
            raise gone("shift")
        return saved


def _where(workplace_id: int | None, date_from: date | None, date_to: date | None,
           text: str | None) -> Where:
    where = Where()
    if workplace_id is not None:
        where.add("workplace_id = ?", workplace_id)
    low, high = start_seconds_window(date_from, date_to)
    if date_from is not None:
        where.add("start_local_date >= ?", date_text(date_from))
        where.add("start_s >= ?", low)
    if date_to is not None:
        where.add("start_local_date <= ?", date_text(date_to))
        where.add("start_s < ?", high)
    needle = search_text(text)
    if needle is not None:
        where.add(contains_sql("notes"), needle)
    return where

"""Import shifts from a spreadsheet (CSV). The layout below is written for the README.

Import shifts from a spreadsheet
--------------------------------
One row is one shift, with the money of that night. Save the sheet as CSV, UTF-8 ("CSV UTF-8"
in most spreadsheet programs). Columns may be separated by commas or by semicolons. The first
row names the columns; their order does not matter, and upper case or spaces in the names are
fine ("House fee" is read as house_fee).

Columns every file needs:

- ``workplace``: the workplace's name (upper or lower case does not matter). A name that is not
  yet in Workbook is added as a new workplace of kind "other", with the currency and time zone
  of your profile. Add it in Workbook first if it uses another currency or time zone.
- ``start``: the date and time the shift started, in the workplace's local time:
  ``2026-03-28 21:00`` (or ``2026-03-28T21:00``).
- ``end``: the date and time it ended. A shift that ends after midnight ends on the next day:
  ``2026-03-29 04:00``. An end at or before the start is an error; Workbook never guesses.

Columns you may add:

- ``breaks_minutes``: unpaid breaks in whole minutes. Empty means 0.
- ``role``: stage, floor, vip, reception, booking, cam or other. Empty means other.
- ``scheduled_start``, ``scheduled_end``: when the workplace told you to start and finish.
- ``notes``: any text.
- One column per kind of money, named by its category. Each holds that night's amount in the
  workplace's currency; empty means none. ``800``, ``800.00``, ``800,00`` and ``1 200,50`` are
  all read; never write a minus sign (the column says whether money came in or was taken).

  - earnings: wage, stage_dances, private_dances, vip, tips, bookings, online_sales,
    other_earning
  - taken by the workplace: house_fee, stage_fee, tip_out, fine, commission, agency_fee,
    deposit_kept, other_deduction
  - your own costs: costumes, transport, advertising, security, health, phone, other_expense

Example::

    workplace;start;end;breaks_minutes;role;private_dances;tips;house_fee;tip_out;fine;notes
    Club Aurora;2026-03-28 21:00;2026-03-29 04:00;30;stage;3500;200;800;300;;Quiet night
    Club Aurora;2026-03-29 21:00;2026-03-30 03:00;0;floor;1200;;800;300;500;Fined for phone

The money gets the date the shift started. A time that happens twice when the clocks go back
needs its offset: ``2026-10-25 02:30+01:00``. If anything in the file is wrong, nothing is
imported, and each problem names the row and column: ``row 7, end: is before start``.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime

from workbook.domain.categories import MONEY_CATEGORIES, MoneyKind, ShiftRole, WorkplaceKind
from workbook.domain.errors import Problem, ValidationError
from workbook.domain.models import MoneyLine, Profile, Shift, Workplace
from workbook.domain.money import parse_amount
from workbook.domain.timeutil import local, parse_local_datetime
from workbook.services.interchange import (
    ImportCounts,
    ImportPlan,
    ImportTarget,
    Planned,
    apply_plan,
)

SHIFT_COLUMNS = ("workplace", "start", "end", "breaks_minutes", "role", "scheduled_start",
                 "scheduled_end", "notes")
REQUIRED_COLUMNS = ("workplace", "start", "end")


def _money_columns() -> dict[str, tuple[MoneyKind, str]]:
    """Column name → (kind, category). ``other`` exists for every kind, so it gets a suffix."""
    columns: dict[str, tuple[MoneyKind, str]] = {}
    for kind, categories in MONEY_CATEGORIES.items():
        for category in categories:
            name = f"other_{kind.value}" if category == "other" else category
            columns[name] = (kind, category)
    return columns


MONEY_COLUMNS = _money_columns()
_MINUTES = re.compile(r"[0-9]{1,5}")


def _decode(raw: bytes | str) -> str:
    if isinstance(raw, str):
        return raw.removeprefix("\ufeff")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValidationError(Problem("", "the file is not UTF-8 text. In your spreadsheet, "
                                      "save it as “CSV UTF-8” and try again")) from exc


def _delimiter(text: str) -> str:
    """``;`` when the header row has more semicolons than commas (outside quotes), else ``,``.

    Spreadsheets in countries that write 800,00 save with semicolons; the rest with commas.
    """
    first_line = text.split("\n", 1)[0]
    unquoted = re.sub(r'"[^"]*"', "", first_line)
    return ";" if unquoted.count(";") > unquoted.count(",") else ","


def _column_name(cell: str) -> str:
    return re.sub(r"[\s-]+", "_", cell.strip().lower())


def _read_header(cells: list[str], problems: list[Problem]) -> tuple[str, ...]:
    names = tuple(_column_name(c) for c in cells)
    known = (*SHIFT_COLUMNS, *MONEY_COLUMNS)
    seen: set[str] = set()
    for i, name in enumerate(names, start=1):
        if not name:
            problems.append(Problem(f"row 1, column {i}", "has no name; name it or delete it"))
        elif name in seen:
            problems.append(Problem(f"row 1, {name}", "is there twice; keep one"))
        elif name not in known:
            problems.append(Problem(
                f"row 1, {name}", "is not a column Workbook knows. Money columns are named by "
                "category, like tips, house_fee or fine; see the list in the help"))
        seen.add(name)
    for name in REQUIRED_COLUMNS:
        if name not in seen:
            problems.append(Problem("row 1", f"the column “{name}” is missing"))
    return names


class _Rows:
    """Turns data rows into planned records, collecting every problem with its row and column."""

    def __init__(self, workplaces: Sequence[Workplace], profile: Profile,
                 problems: list[Problem]) -> None:
        self.problems = problems
        self.profile = profile
        self.existing = {w.name.strip().casefold(): w for w in workplaces}
        self.plan = ImportPlan(separator=", ")

    def fail(self, where: str, column: str, message: str, bad: set[str]) -> None:
        bad.add(column)
        self.problems.append(Problem(f"{where}, {column}", message))

    def workplace(self, where: str, name: str) -> Workplace:
        """The workplace called ``name`` (any case), planned once; new ones use the profile."""
        key = name.strip().casefold()
        planned = self.plan.workplaces.get(key)
        if planned is None:
            ident = -(len(self.plan.workplaces) + 1)
            found = self.existing.get(key)
            record = (replace(found, id=ident) if found is not None else Workplace(
                name=name.strip(), currency=self.profile.default_currency,
                timezone=self.profile.timezone, kind=WorkplaceKind.OTHER, id=ident))
            planned = Planned(where, record)
            self.plan.workplaces[key] = planned
        return planned.record

    def instant(self, where: str, column: str, text: str, tz: str, bad: set[str], *,
                required: bool) -> datetime | None:
        if not text:
            if required:
                self.fail(where, column, "is needed", bad)
            return None
        try:
            return parse_local_datetime(text, tz, column)
        except ValidationError as exc:
            self.fail(where, column, exc.problems[0].message, bad)
            return None

    def row(self, number: int, cells: dict[str, str]) -> None:
        where, bad = f"row {number}", set[str]()
        name = cells.get("workplace", "")
        if not name:
            self.fail(where, "workplace", "is needed", bad)
            return
        place = self.workplace(where, name)
        start = self.instant(where, "start", cells.get("start", ""), place.timezone, bad,
                             required=True)
        end = self.instant(where, "end", cells.get("end", ""), place.timezone, bad,
                           required=True)
        scheduled_start = self.instant(where, "scheduled_start", cells.get("scheduled_start", ""),
                                       place.timezone, bad, required=False)
        scheduled_end = self.instant(where, "scheduled_end", cells.get("scheduled_end", ""),
                                     place.timezone, bad, required=False)
        breaks_text = cells.get("breaks_minutes", "")
        breaks = 0
        if breaks_text:
            if _MINUTES.fullmatch(breaks_text):
                breaks = int(breaks_text)
            else:
                self.fail(where, "breaks_minutes", "must be whole minutes, like 30", bad)
        role_text = cells.get("role", "").lower() or ShiftRole.OTHER.value
        roles = [r.value for r in ShiftRole]
        if role_text not in roles:
            self.fail(where, "role", f"“{cells['role']}” is not one of: {', '.join(roles)}", bad)
            role_text = ShiftRole.OTHER.value
        if start is None or end is None:
            bad.update({"start", "end", "breaks_minutes"})
        if scheduled_start is None:
            bad.add("scheduled_end")
        ident = -(len(self.plan.shifts) + 1)
        anchor = datetime(2000, 1, 1, 12, tzinfo=UTC)  # stands in for an unreadable time
        shift = Shift(
            workplace_id=place.id or 0, start=start or anchor, end=end or anchor,
            timezone=place.timezone, breaks_minutes=breaks, role=ShiftRole(role_text),
            scheduled_start=scheduled_start, scheduled_end=scheduled_end,
            notes=cells.get("notes", ""), id=ident,
        )
        for problem in shift.validate():
            if problem.field not in bad:
                self.fail(where, problem.field, problem.message, bad)
        self.plan.shifts[where] = Planned(where, shift)
        for column, text in cells.items():  # in the file's column order
            if column in MONEY_COLUMNS and text:
                kind, category = MONEY_COLUMNS[column]
                self.money(where, column, text, kind, category, shift, place)

    def money(self, where: str, column: str, text: str, kind: MoneyKind, category: str,
              shift: Shift, place: Workplace) -> None:
        try:
            amount = parse_amount(text, place.currency, field=column, lenient=True)
        except ValidationError as exc:
            self.fail(where, column, exc.problems[0].message, set())
            return
        line = MoneyLine(
            date=local(shift.start, shift.timezone).date(), kind=kind, category=category,
            amount_minor=amount, currency=place.currency, shift_id=shift.id,
            workplace_id=place.id,
        )
        for problem in line.validate():
            self.fail(where, column, problem.message, set())
        self.plan.money.append(Planned(f"{where}, {column}", line))


def parse_csv(raw: bytes | str, *, workplaces: Sequence[Workplace],
              profile: Profile) -> ImportPlan:
    """Read a CSV of shifts into a plan. ``workplaces`` are those already in the vault;
    ``profile`` gives the currency and time zone of workplaces the file adds.
    Raises ``ValidationError`` listing every problem found."""
    text = _decode(raw)
    if not text.strip():
        raise ValidationError(Problem("row 1", "the file is empty; the first row must name "
                                      "the columns, like workplace, start, end"))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    problems: list[Problem] = []
    rows = _Rows(workplaces, profile, problems)
    number = 1  # rows are numbered as the spreadsheet shows them: the header is row 1
    try:
        columns = _read_header(next(reader), problems)
        if problems:
            raise ValidationError(problems)
        for number, cells in enumerate(reader, start=2):
            values = [c.strip() for c in cells]
            if not any(values):
                continue
            if len(values) > len(columns):
                problems.append(Problem(f"row {number}", "has more cells than the first row "
                                        "has column names"))
                continue
            rows.row(number, dict(zip(columns, values, strict=False)))
    except csv.Error as exc:
        problems.append(Problem(f"row {number + 1}", f"cannot be read as CSV ({exc})"))
    if problems:
        raise ValidationError(problems)
    return rows.plan


def import_csv(vault: ImportTarget, raw: bytes | str) -> ImportCounts:
    """Read a CSV of shifts and add it to the vault in one transaction: all or nothing."""
    plan = parse_csv(raw, workplaces=vault.list_workplaces(), profile=vault.get_profile())
    return apply_plan(vault, plan)

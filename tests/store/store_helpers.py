"""Helpers for store tests (imported as ``store_helpers``): text in every script, full records,
and raw SQL on a closed vault (to play someone tampering with the file who knows the
passphrase)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import sqlcipher3

from workbook.domain.categories import (
    ControlIndicator,
    IncidentCategory,
    Involvement,
    MoneyKind,
    PaymentMethod,
    ShiftRole,
)
from workbook.domain.models import (
    ControlTag,
    Incident,
    IncidentPerson,
    MoneyLine,
    Shift,
)
from workbook.store.connection import connect_keyed
from workbook.store.kdf import derive_key, params_for_salt, raw_key_spec, wipe

# Text a worker may well type: emoji, right-to-left Arabic, Romanian with comma-below letters,
# Thai, Cyrillic, combining marks, a zero-width joiner, quotes and an SQL-looking string.
WORLD_TEXTS = (
    "Stage fee 💃🏽🔥 — “late” fine",
    "نادي الفجر: غرامة ٥٠٠ كرونة بسبب التأخير",
    "Bucureşti / București: șef de tură, țigări, Ș Ț",
    "ค่าธรรมเนียมบ้าน ๘๐๐ บาท",
    "Штраф за опоздание, менеджер Сергей",
    "Zoë Ångström e\u0301 👩‍👧 tab\tand\nnewline",
    "Robert'); DROP TABLE shifts;-- \"quoted\"",
)


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)  # type: ignore[misc]


@contextmanager
def raw_connection(path: Path, passphrase: str) -> Iterator[sqlcipher3.Connection]:
    """An SQL connection straight onto a closed vault file, keyed as the vault keys it."""
    salt = path.read_bytes()[:16]
    key = derive_key(passphrase, salt, params_for_salt(salt))
    spec = raw_key_spec(key, salt)
    wipe(key)
    conn = connect_keyed(path, spec)
    wipe(spec)
    try:
        yield conn
    finally:
        conn.close()


def night_shift(workplace_id: int, day: int = 28, *, notes: str = "", hour: int = 20,
                **changes: Any) -> Shift:
    """21:00–04:00 Stockholm time in March 2026 (UTC+1), 30 minutes' break."""
    values: dict[str, Any] = dict(
        workplace_id=workplace_id, start=utc(2026, 3, day, hour), end=utc(2026, 3, day + 1, 3),
        timezone="Europe/Stockholm", breaks_minutes=30, role=ShiftRole.STAGE,
        scheduled_start=utc(2026, 3, day, hour - 1), scheduled_end=utc(2026, 3, day + 1, 2),
        notes=notes)
    values.update(changes)
    return Shift(**values)


def house_fee(shift_id: int | None, amount: int = 80000, **changes: Any) -> MoneyLine:
    values: dict[str, Any] = dict(
        date=date(2026, 3, 28), kind=MoneyKind.DEDUCTION, category="house_fee",
        amount_minor=amount, currency="SEK", shift_id=shift_id, method=PaymentMethod.CASH,
        counterparty="club", note="")
    values.update(changes)
    return MoneyLine(**values)


def incident(workplace_id: int | None, people: tuple[int, ...] = (), **changes: Any) -> Incident:
    values: dict[str, Any] = dict(
        start=utc(2026, 3, 28, 22, 10), timezone="Europe/Stockholm",
        category=IncidentCategory.UNLAWFUL_DEDUCTION, title="Fined for being late",
        workplace_id=workplace_id, end=utc(2026, 3, 28, 22, 30), severity=3,
        description="The manager took 500 kr.",
        people=tuple(IncidentPerson(p, Involvement.INVOLVED if i == 0 else Involvement.WITNESS)
                     for i, p in enumerate(people)),
        reported_to="Union rep", reported_on=date(2026, 3, 30), outcome=None)
    values.update(changes)
    return Incident(**values)


def control(workplace_id: int, **changes: Any) -> ControlTag:
    values: dict[str, Any] = dict(indicator=ControlIndicator.FINES, date=date(2026, 3, 28),
                                  workplace_id=workplace_id, note="Fine list on the wall")
    values.update(changes)
    return ControlTag(**values)

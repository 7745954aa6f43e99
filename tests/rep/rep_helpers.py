"""Worker vaults made with ``workbook.services`` and the store, and their exported sidecars,
for the rep tests (and the rep benchmark). The figures are small enough to work by hand; the
expected values are in ``test_practice.py``."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from workbook.domain.canonical import canonical_json
from workbook.domain.categories import ControlIndicator, IncidentCategory, MoneyKind
from workbook.domain.models import ControlTag, Incident, MoneyLine, Profile, Shift, Workplace
from workbook.services.export import build_evidence
from workbook.store.kdf import FAST_TEST_KDF
from workbook.store.vault import Vault

PASSPHRASE = "correct horse battery staple"
ZONE = "Europe/Stockholm"


@dataclass(frozen=True)
class Night:
    day: date
    start_hour: int  # local
    hours: int  # from start to end
    breaks: int = 0  # minutes
    earned: int = 0  # minor units, SEK
    house_fee: int = 0
    fine: int = 0
    tip_out: int = 0


@dataclass
class WorkerSpec:
    name: str
    club: str  # the workplace's name as this worker typed it
    nights: list[Night]
    controls: list[tuple[date, ControlIndicator]] = field(default_factory=list)
    incidents: list[tuple[date, IncidentCategory]] = field(default_factory=list)


def at(day: date, hour: int) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=ZoneInfo(ZONE))


def make_worker(path: Path, spec: WorkerSpec, *, upto: date | None = None) -> Vault:
    """A worker's vault with ``spec``'s nights (only those up to ``upto``, if given)."""
    vault = Vault.create(path, PASSPHRASE, kdf=FAST_TEST_KDF)
    vault.save_profile(Profile(work_name=spec.name, default_currency="SEK", timezone=ZONE))
    club = vault.add_workplace(Workplace(name=spec.club, currency="SEK", timezone=ZONE))
    add_records(vault, spec, club.id or 0, upto=upto)
    return vault


def add_records(vault: Vault, spec: WorkerSpec, club: int, *, after: date | None = None,
                upto: date | None = None) -> None:
    def wanted(day: date) -> bool:
        return (after is None or day > after) and (upto is None or day <= upto)

    for n in spec.nights:
        if not wanted(n.day):
            continue
        start = at(n.day, n.start_hour)
        shift = vault.add_shift(Shift(workplace_id=club, start=start,
                                      end=start + timedelta(hours=n.hours), timezone=ZONE,
                                      breaks_minutes=n.breaks))
        for kind, category, amount in ((MoneyKind.EARNING, "tips", n.earned),
                                       (MoneyKind.DEDUCTION, "house_fee", n.house_fee),
                                       (MoneyKind.DEDUCTION, "fine", n.fine),
                                       (MoneyKind.DEDUCTION, "tip_out", n.tip_out)):
            if amount:
                vault.add_money_line(MoneyLine(date=n.day, kind=kind, category=category,
                                               amount_minor=amount, currency="SEK",
                                               shift_id=shift.id, workplace_id=club))
    for day, indicator in spec.controls:
        if wanted(day):
            vault.add_control_tag(ControlTag(indicator=indicator, date=day, workplace_id=club))
    for day, category in spec.incidents:
        if wanted(day):
            vault.add_incident(Incident(start=at(day, 23), timezone=ZONE, category=category,
                                        title="What happened", workplace_id=club))


def sidecar(vault: Vault, date_from: date = date(2026, 1, 1),
            date_to: date = date(2026, 12, 31), profile: str = "union") -> bytes:
    return build_evidence(vault, date_from=date_from, date_to=date_to, profile=profile,
                          formats=()).sidecar.data


def tampered(data: bytes, change: Callable[[dict[str, Any]], None]) -> bytes:
    """The sidecar changed as a forger would: the change made, the fingerprint recomputed."""
    doc = json.loads(data)
    change(doc["report"])
    doc["fingerprint"] = hashlib.sha256(canonical_json(doc["report"])).hexdigest()
    return canonical_json(doc)


def raise_first_house_fee(report: dict[str, Any]) -> None:
    """Change the first house fee shown (and its disclosed value): the digest no longer
    matches the journal."""
    for m in report["records"]["money"]:
        if m["category"] == "house_fee":
            m["amount"] = "9999.00"
            for d in report["disclosures"]:
                if d["ref"] == m["ref"]:
                    d["values"]["amount"] = 999900
            return
    raise AssertionError("no house fee")


@dataclass(frozen=True)
class Sidecars:
    a_early: bytes  # A, January–February, made in February
    a_full: bytes  # A, January–April, made later from the same vault
    b: bytes
    b_seal: str  # the seal code B sent before her report
    c: bytes
    d_tampered: bytes
    d_intact: bytes
    other_seal: str  # a seal from another vault (C's)

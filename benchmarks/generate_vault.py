"""Generate a realistic vault for benchmarks: years of shifts, money, incidents and files.

At ``scale=1`` ten years hold about 2,500 shifts, 12,000 money lines, 600 incidents and 300
small attachments (DESIGN "Performance"); ``scale=10`` is a heavy user's vault, ten times that.
Three workplaces (two clubs in SEK, an agency in EUR) whose house fees, stage fees and fines rise
over the years. Everything goes through the Vault API in large transactions, so the journal is
real (every record has its hash-chained row and salted digests).

    .venv/bin/python benchmarks/generate_vault.py OUT.workbook [--years 10] [--scale 1]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from workbook.domain.categories import (
    ControlIndicator,
    IncidentCategory,
    Involvement,
    MoneyKind,
    PaymentMethod,
    PersonRole,
    ShiftRole,
    WorkplaceKind,
)
from workbook.domain.models import (
    Attachment,
    ControlTag,
    Incident,
    IncidentPerson,
    MoneyLine,
    Person,
    Profile,
    Shift,
    Workplace,
)
from workbook.store import PRODUCTION_KDF, KdfParams, Vault

SHIFTS_PER_YEAR = 250
INCIDENTS_PER_YEAR = 60
ATTACHMENTS_PER_YEAR = 30
CONTROLS_PER_YEAR = 20
STANDALONE_PER_YEAR = 12
BATCH = 400  # records per transaction
SHIFT_BATCH = 20  # shifts (with their money lines) per transaction

NOTES = (
    "Quiet night, few customers.", "Busy Saturday 💃", "Manager changed the rota again.",
    "Fined for being late — bus was late.", "Had to stay until closing.",
    "Ny DJ, bättre musik.", "Штраф за телефон в гримёрке.", "VIP room all night.",
    "Tip-out to house mom doubled.", "Bucureşti crew visiting, șef nou.", "",
)
TITLES = (
    "Fined for being five minutes late", "Forced tip-out to the DJ", "Manager touched me",
    "No break for seven hours", "Threatened to call migration office",
    "Pay withheld until next month", "Told to drink with customers", "Security ignored me",
)


def _workplaces() -> list[Workplace]:
    return [
        Workplace(name="Club Aurora", currency="SEK", timezone="Europe/Stockholm",
                  kind=WorkplaceKind.CLUB, city="Stockholm", country="SE",
                  legal_name="Aurora Nöje AB", registration_number="556123-4567",
                  address="Sveavägen 1, Stockholm"),
        Workplace(name="Club Lumina", currency="SEK", timezone="Europe/Stockholm",
                  kind=WorkplaceKind.CLUB, city="Göteborg", country="SE",
                  legal_name="Lumina Entertainment AB", registration_number="556765-4321"),
        Workplace(name="Agentur Nord", currency="EUR", timezone="Europe/Berlin",
                  kind=WorkplaceKind.AGENCY, city="Berlin", country="DE",
                  legal_name="Nord Escort GmbH", registration_number="HRB 123456"),
    ]


def _fee(base_minor: int, years_in: int, rise_percent: int = 8) -> int:
    """A fee raised by ``rise_percent`` every new year, in whole units of currency (integer
    arithmetic only: money is never a float, even in made-up data)."""
    growth: int = (100 + rise_percent) ** years_in
    scale: int = 100**years_in
    return base_minor * growth // scale // 100 * 100


def _shift_money(rng: random.Random, shift: Shift, workplace: Workplace, years_in: int
                 ) -> list[MoneyLine]:
    sek = workplace.currency == "SEK"
    day = shift.start.astimezone(ZoneInfo(shift.timezone)).date()
    unit = 100 if sek else 10  # SEK amounts are larger numbers than EUR ones

    def line(kind: MoneyKind, category: str, amount: int, counterparty: str = "") -> MoneyLine:
        return MoneyLine(date=day, kind=kind, category=category, amount_minor=amount,
                         currency=workplace.currency, shift_id=shift.id,
                         method=rng.choice((PaymentMethod.CASH, PaymentMethod.CARD)),
                         counterparty=counterparty)

    lines = [
        line(MoneyKind.EARNING, "private_dances", rng.randint(5, 40) * 300 * unit),
        line(MoneyKind.EARNING, "tips", rng.randint(0, 30) * 50 * unit),
        line(MoneyKind.DEDUCTION, "house_fee",
             _fee((600 if sek else 60) * 100, years_in), "club"),
    ]
    if rng.random() < 0.7:
        lines.append(line(MoneyKind.EARNING, "stage_dances", rng.randint(1, 10) * 200 * unit))
    if rng.random() < 0.55:
        lines.append(line(MoneyKind.DEDUCTION, "tip_out",
                          _fee((150 if sek else 15) * 100, years_in, 10), "DJ"))
    if rng.random() < 0.3:
        lines.append(line(MoneyKind.DEDUCTION, "fine",
                          _fee((500 if sek else 50) * 100, years_in, 12), "manager"))
    if rng.random() < 0.2:
        lines.append(line(MoneyKind.DEDUCTION, "commission", rng.randint(1, 10) * 100 * unit))
    return lines


def _add_shift(vault: Vault, rng: random.Random, workplaces: list[Workplace], day: date
               ) -> tuple[Shift, Workplace]:
    workplace = rng.choices(workplaces, weights=(6, 3, 1))[0]
    local_start = datetime(day.year, day.month, day.day, rng.choice((19, 20, 21, 22)),
                           rng.choice((0, 30)), tzinfo=ZoneInfo(workplace.timezone))
    start = local_start.astimezone(UTC)
    end = start + timedelta(hours=rng.randint(5, 9), minutes=rng.choice((0, 30)))
    shift = vault.add_shift(Shift(
        workplace_id=workplace.id or 0, start=start, end=end, timezone=workplace.timezone,
        breaks_minutes=rng.choice((0, 15, 30, 45)),
        role=rng.choice((ShiftRole.STAGE, ShiftRole.FLOOR, ShiftRole.VIP)),
        scheduled_start=start + timedelta(hours=1) if rng.random() < 0.3 else None,
        notes=rng.choice(NOTES)))
    return shift, workplace


def generate(path: str | Path, passphrase: str, *, years: int = 10, scale: int = 1,
             kdf: KdfParams = PRODUCTION_KDF, seed: int = 2026,
             progress: bool = False) -> dict[str, int]:
    """Create a vault at ``path`` filled with ``years`` of records; returns what was written."""
    rng = random.Random(seed)
    counts = {"shifts": 0, "money lines": 0, "incidents": 0, "attachments": 0,
              "control signs": 0}
    first_day = date(2026 - years, 1, 1)
    total_days = years * 365
    with Vault.create(path, passphrase, kdf=kdf) as vault:
        vault.save_profile(Profile(work_name="Lina", default_currency="SEK",
                                   timezone="Europe/Stockholm", reference_wages={"SEK": 18000}))
        workplaces = [vault.add_workplace(w) for w in _workplaces()]
        people = [vault.add_person(Person(label=f"{name} {i}", role=role))
                  for i in range(2 * scale)
                  for name, role in (("Mikael", PersonRole.MANAGER), ("Dana", PersonRole.COWORKER),
                                     ("Sergei", PersonRole.SECURITY), ("DJ Nova", PersonRole.DJ))]

        shift_total = SHIFTS_PER_YEAR * years * scale
        shift_ids: list[tuple[int, Workplace, datetime]] = []
        started = time.perf_counter()
        for chunk in range(0, shift_total, SHIFT_BATCH):
            with vault.transaction():
                for n in range(chunk, min(chunk + SHIFT_BATCH, shift_total)):
                    day = first_day + timedelta(days=n * total_days // shift_total)
                    shift, workplace = _add_shift(vault, rng, workplaces, day)
                    shift_ids.append((shift.id or 0, workplace, shift.start))
                    for line in _shift_money(rng, shift, workplace,
                                             day.year - first_day.year):
                        vault.add_money_line(line)
                        counts["money lines"] += 1
                    counts["shifts"] += 1
            if progress and chunk % 2000 == 0:
                print(f"  {chunk}/{shift_total} shifts, {time.perf_counter() - started:.0f} s",
                      file=sys.stderr)

        with vault.transaction():
            for month in range(STANDALONE_PER_YEAR * years * scale):
                day = first_day + timedelta(days=month * total_days
                                            // (STANDALONE_PER_YEAR * years * scale))
                category = rng.choice(("advertising", "phone", "costumes", "transport"))
                vault.add_money_line(MoneyLine(
                    date=day, kind=MoneyKind.EXPENSE, category=category,
                    amount_minor=rng.randint(100, 2000) * 100, currency="SEK",
                    workplace_id=None if category == "phone" else workplaces[0].id))
                counts["money lines"] += 1

        incident_ids: list[int] = []
        for chunk in range(0, INCIDENTS_PER_YEAR * years * scale, BATCH):
            with vault.transaction():
                for _ in range(min(BATCH, INCIDENTS_PER_YEAR * years * scale - chunk)):
                    shift_id, workplace, start = rng.choice(shift_ids)
                    involved = rng.sample(people, rng.randint(0, 3))
                    incident = vault.add_incident(Incident(
                        start=start + timedelta(hours=2), timezone=workplace.timezone,
                        category=rng.choice(list(IncidentCategory)),
                        title=rng.choice(TITLES), workplace_id=workplace.id,
                        severity=rng.randint(1, 5), shift_id=shift_id,
                        description=" ".join(rng.choices(NOTES, k=8)),
                        people=tuple(IncidentPerson(p.id or 0, rng.choice(list(Involvement)))
                                     for p in involved),
                        reported_to=rng.choice((None, "Union rep", "Manager"))))
                    incident_ids.append(incident.id or 0)
                    counts["incidents"] += 1

        with vault.transaction():
            for n in range(ATTACHMENTS_PER_YEAR * years * scale):
                data = rng.randbytes(rng.randint(1_000, 8_000))
                vault.add_attachment(Attachment(
                    filename=f"photo-{n}.jpg", media_type="image/jpeg", size=0, sha256="",
                    incident_id=rng.choice(incident_ids), note="Fine notice"), data)
                counts["attachments"] += 1
            for _ in range(CONTROLS_PER_YEAR * years * scale):
                shift_id, workplace, start = rng.choice(shift_ids)
                vault.add_control_tag(ControlTag(
                    indicator=rng.choice(list(ControlIndicator)), date=start.date(),
                    workplace_id=workplace.id or 0, shift_id=shift_id))
                counts["control signs"] += 1
        counts["journal rows"] = vault.journal_head()[0]
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--scale", type=int, default=1)
    args = parser.parse_args(argv)
    import getpass

    passphrase = getpass.getpass("Passphrase for the generated vault: ")
    started = time.perf_counter()
    counts = generate(args.out, passphrase, years=args.years, scale=args.scale, progress=True)
    print(f"wrote {args.out} in {time.perf_counter() - started:.1f} s: {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Sample records for trying Workbook without real ones (``workbook demo``).

The demo is written as an interchange document and read by the same importer as a worker's own
file, so it is checked exactly like one and shows the format at work. It follows "Lina", a
dancer in Stockholm, for about half a year up to ``today``: three or four nights a week at a club
whose house fee rises, a guest week at a club in Berlin, some evenings for an escort agency,
the fines, tip-outs and commissions each place takes, two nights that end in debt to the club,
her own costs, and the incidents and signs of employer control she noted.

Everything is derived from ``seed`` and ``today``, so the same inputs give the same records.
"""

from __future__ import annotations

import base64
import random
import struct
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from workbook.domain.money import format_amount
from workbook.services.interchange import (
    FORMAT,
    VERSION,
    ImportCounts,
    ImportPlan,
    ImportTarget,
    apply_plan,
    parse_interchange,
)

DEMO_SEED = 2026
DEMO_DAYS = 182

AURORA, VELVET, AGENCY = "aurora", "velvet", "agency"

_WORKPLACES: list[dict[str, Any]] = [
    {"ref": AURORA, "name": "Club Aurora", "kind": "club", "city": "Stockholm", "country": "SE",
     "currency": "SEK", "timezone": "Europe/Stockholm", "legal_name": "Aurora Nöje AB",
     "registration_number": "559000-0000", "address": "Exempelgatan 1, 111 11 Stockholm",
     "notes": "Dancers are called “independent artists” in the contract."},
    {"ref": VELVET, "name": "Velvet Room", "kind": "club", "city": "Berlin", "country": "DE",
     "currency": "EUR", "timezone": "Europe/Berlin", "legal_name": "Velvet Room GmbH",
     "notes": "Guest week."},
    {"ref": AGENCY, "name": "Nordic Companions", "kind": "agency", "city": "Stockholm",
     "country": "SE", "currency": "SEK", "timezone": "Europe/Stockholm",
     "notes": "Bookings by phone. The agency keeps 40 %."},
]

_PEOPLE: list[dict[str, Any]] = [
    {"ref": "mikael", "label": "Mikael", "role": "manager", "notes": "Floor manager at Aurora."},
    {"ref": "sami", "label": "DJ Sami", "role": "dj"},
    {"ref": "ioana", "label": "Ioana Ștefănescu", "role": "coworker",
     "notes": "Dancer at Aurora. Willing to be a witness."},
    {"ref": "rosa", "label": "Mama Rosa", "role": "other", "notes": "House mom at Aurora."},
    {"ref": "jens", "label": "Jens", "role": "owner", "notes": "Runs the agency."},
    {"ref": "katrin", "label": "Katrin", "role": "manager", "notes": "Manager at Velvet Room."},
]

_FEE_NOTICE = (
    "Meddelande från Mikael i dansarnas grupp:\n\n"
    "Hej alla! Från och med nästa vecka är husavgiften 800 kr per kväll. "
    "Den som inte betalar får inte jobba. /Mikael\n"
)


def png_image(width: int, height: int, background: tuple[int, int, int],
              band: tuple[int, int, int]) -> bytes:
    """A small real PNG: a coloured header band and grey lines standing in for printed text.

    Written with zlib and struct only, so the demo needs no imaging library.
    """
    rows = bytearray()
    for y in range(height):
        rows.append(0)  # filter type "none" for this row
        for x in range(width):
            if y < height // 5:
                pixel = band
            elif y % 6 in (0, 1) and 4 <= x < width - 4 - (y * 7) % (width // 3):
                pixel = (90, 90, 90)
            else:
                pixel = background
            rows.extend(pixel)

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(bytes(rows), 9)) + chunk(b"IEND", b""))


@dataclass
class _Night:
    ref: str
    workplace: str
    day: date
    start: datetime
    end: datetime


@dataclass
class _Builder:
    today: date
    rng: random.Random
    doc: dict[str, Any] = field(default_factory=dict)
    nights: list[_Night] = field(default_factory=list)
    dj_tip_out: int = 200_00
    last_fee: int = 0
    debt_days: list[date] = field(default_factory=list)

    @property
    def first_day(self) -> date:
        return self.today - timedelta(days=DEMO_DAYS)

    def on(self, fraction: float) -> date:
        """The day at ``fraction`` of the way through the half year."""
        return self.first_day + timedelta(days=round(DEMO_DAYS * fraction))

    def house_fee(self, day: date) -> int:
        if day < self.on(1 / 3):
            return 600_00
        return 800_00 if day < self.on(2 / 3) else 1000_00

    # The calendar ---------------------------------------------------------------------

    def weeks(self) -> Iterator[date]:
        monday = self.first_day - timedelta(days=self.first_day.weekday())
        while monday < self.today:
            yield monday
            monday += timedelta(days=7)

    def plan_week(self, monday: date) -> list[tuple[str, date]]:
        guest_week = monday <= self.on(0.55) < monday + timedelta(days=7)
        if guest_week:
            return [(VELVET, monday + timedelta(days=d)) for d in (2, 3, 4, 5)]
        nights = [(AURORA, monday + timedelta(days=4)), (AURORA, monday + timedelta(days=5))]
        if self.rng.random() < 0.5:
            nights.append((AURORA, monday + timedelta(days=3)))
        else:
            nights.append((AGENCY, monday + timedelta(days=1)))
        if self.rng.random() < 0.4:
            nights.append((AGENCY, monday + timedelta(days=6)))
        return sorted(nights, key=lambda n: n[1])

    def build(self) -> dict[str, Any]:
        self.doc = {
            "format": FORMAT, "version": VERSION,
            "profile": {"work_name": "Lina", "default_currency": "SEK",
                        "timezone": "Europe/Stockholm", "day_starts": "06:00",
                        "reference_wages": {"SEK": "180.00", "EUR": "13.90"}},
            "workplaces": _WORKPLACES, "people": _PEOPLE, "shifts": [], "money": [],
            "incidents": [], "attachments": [], "controls": [],
        }
        self.debt_days = [self.on(0.42), self.on(0.81)]
        for monday in self.weeks():
            for workplace, day in self.plan_week(monday):
                if not self.first_day <= day < self.today:
                    continue
                night = self.shift(workplace, day)
                if workplace == AURORA:
                    # The first club night on or after each of the debt days.
                    in_debt = bool(self.debt_days) and day >= self.debt_days[0]
                    if in_debt:
                        self.debt_days.pop(0)
                    self.aurora_money(night, in_debt=in_debt)
                elif workplace == VELVET:
                    self.velvet_money(night)
                else:
                    self.agency_money(night)
        self.own_costs()
        self.incidents()
        self.controls()
        return self.doc

    # Shifts and their money -----------------------------------------------------------

    def shift(self, workplace: str, day: date) -> _Night:
        ref = f"s{len(self.nights) + 1}"
        if workplace == AGENCY:
            start, hours, role, scheduled = time(19), 6, "booking", time(20)
        elif workplace == VELVET:
            start, hours, role, scheduled = time(22), 7, "floor", time(22)
        else:
            start = self.rng.choice([time(20, 30), time(21), time(21), time(22)])
            hours, role, scheduled = 0, self.rng.choice(["floor", "floor", "stage", "vip"]), None
        begin = datetime.combine(day, start)
        if workplace == AURORA:
            # Closing is at 03:00 or later; never 02:xx, which may not exist or happen twice.
            end = datetime.combine(day + timedelta(days=1), self.rng.choice(
                [time(3), time(3, 30), time(4), time(5)]))
        else:
            end = begin + timedelta(hours=hours)
        record: dict[str, Any] = {
            "ref": ref, "workplace": workplace, "start": _local(begin), "end": _local(end),
            "breaks_minutes": self.rng.choice([0, 15, 30, 30]) if workplace != AGENCY else 0,
            "role": role, "scheduled_start": None, "scheduled_end": None, "notes": "",
        }
        if scheduled is not None:
            record["scheduled_start"] = _local(datetime.combine(day, scheduled))
        if workplace == AURORA:
            record["scheduled_start"] = _local(datetime.combine(day, time(21)))
        self.doc["shifts"].append(record)
        night = _Night(ref, workplace, day, begin, end)
        self.nights.append(night)
        return night

    def money(self, night: _Night, kind: str, category: str, minor: int, currency: str,
              counterparty: str = "", note: str = "", method: str = "cash") -> None:
        self.doc["money"].append({
            "shift": night.ref, "workplace": night.workplace, "date": night.day.isoformat(),
            "kind": kind, "category": category, "amount": format_amount(minor, currency),
            "currency": currency, "method": method, "counterparty": counterparty,
            "note": note,
        })

    def aurora_money(self, night: _Night, *, in_debt: bool) -> None:
        rng, sek = self.rng, "SEK"
        if in_debt:
            self.money(night, "earning", "private_dances", 600_00, sek,
                       note="Almost no customers. Paid the fees anyway.")
        else:
            self.money(night, "earning", "private_dances", rng.randrange(15, 60) * 100_00, sek)
            if rng.random() < 0.3:
                self.money(night, "earning", "vip", rng.randrange(10, 40) * 100_00, sek)
            self.money(night, "earning", "tips", rng.randrange(0, 9) * 50_00, sek)
        fee = self.house_fee(night.day)
        note = ""
        if self.last_fee and fee != self.last_fee:
            note = ("Husavgiften höjdes till 800 kr utan förvarning." if fee == 800_00
                    else "House fee is now 1000 SEK. Nobody asked us.")
        self.last_fee = fee
        self.money(night, "deduction", "house_fee", fee, sek, "club", note)
        self.money(night, "deduction", "stage_fee", 150_00, sek, "club")
        if night.day >= self.on(0.3):
            self.dj_tip_out = 300_00
        self.money(night, "deduction", "tip_out", self.dj_tip_out, sek, "DJ")
        self.money(night, "deduction", "tip_out", 100_00, sek, "house mom")
        if rng.random() < 0.08:
            self.money(night, "deduction", "fine", 500_00, sek, "club", "Late, 5 minutes.")
        if rng.random() < 0.05:
            self.money(night, "deduction", "fine", 300_00, sek, "club", "Phone on the floor.")

    def velvet_money(self, night: _Night) -> None:
        rng, eur = self.rng, "EUR"
        dances = rng.randrange(4, 15) * 50_00
        self.money(night, "earning", "private_dances", dances, eur)
        self.money(night, "earning", "tips", rng.randrange(0, 12) * 10_00, eur)
        self.money(night, "deduction", "house_fee", 60_00, eur, "club")
        self.money(night, "deduction", "commission", dances // 4, eur, "club",
                   "25 % of private dances.")

    def agency_money(self, night: _Night) -> None:
        bookings = self.rng.choice([1, 1, 2])
        earned = bookings * 2500_00
        self.money(night, "earning", "bookings", earned, "SEK", method="transfer")
        self.money(night, "deduction", "commission", earned * 40 // 100, "SEK", "agency",
                   method="transfer")

    def own_costs(self) -> None:
        first = self.first_day
        month = date(first.year, first.month, 1)
        while month < self.today:
            for day_of_month, category, minor, note in (
                (1, "transport", 1060_00, "Monthly travel card."),
                (25, "phone", 299_00, "Phone bill."),
            ):
                day = month.replace(day=day_of_month)
                if first <= day < self.today:
                    self.standalone(None, day, "expense", category, minor, "SEK", note)
            if first <= month < self.today:
                self.standalone(AGENCY, month, "expense", "advertising", 500_00, "SEK",
                                "Profile on the agency website.")
            month = (month + timedelta(days=32)).replace(day=1)
        for fraction, minor, note in ((0.05, 1290_00, "Two-piece, heels"),
                                      (0.48, 849_00, "Dress for the guest week"),
                                      (0.9, 450_00, "Stockings and glue")):
            self.standalone(None, self.on(fraction), "expense", "costumes", minor, "SEK", note)
        self.standalone(VELVET, self.on(0.53), "expense", "transport", 1840_00, "SEK",
                        "Flight to Berlin and back.")
        self.standalone(AURORA, self.on(0.7), "deduction", "deposit_kept", 500_00, "SEK",
                        "Locker deposit. Not returned.")

    def standalone(self, workplace: str | None, day: date, kind: str, category: str,
                   minor: int, currency: str, note: str) -> None:
        self.doc["money"].append({
            "shift": None, "workplace": workplace, "date": day.isoformat(), "kind": kind,
            "category": category, "amount": format_amount(minor, currency),
            "currency": currency, "method": "card", "counterparty": "", "note": note,
        })

    # Incidents and signs of control ---------------------------------------------------

    def night_near(self, fraction: float, workplace: str = AURORA) -> _Night:
        target = self.on(fraction)
        places = [n for n in self.nights if n.workplace == workplace]
        later = [n for n in places if n.day >= target]
        return later[0] if later else places[-1]

    def incident(self, ref: str, night: _Night, after: timedelta, category: str,
                 severity: int, title: str, description: str,
                 people: list[tuple[str, str]], **extra: Any) -> None:
        self.doc["incidents"].append({
            "ref": ref, "workplace": night.workplace, "start": _local(night.start + after),
            "end": None, "category": category, "severity": severity, "title": title,
            "description": description, "shift": night.ref,
            "people": [{"person": p, "as": a} for p, a in people],
            "reported_to": None, "outcome": None, **extra,
        })

    def attach(self, incident: str, filename: str, media_type: str, data: bytes,
               note: str) -> None:
        self.doc["attachments"].append({
            "incident": incident, "filename": filename, "media_type": media_type,
            "data_base64": base64.b64encode(data).decode("ascii"), "note": note,
        })

    def incidents(self) -> None:
        rise = self.night_near(1 / 3)
        self.incident(
            "fee-rise", rise, timedelta(minutes=20), "unlawful_deduction", 2,
            "House fee raised from 600 to 800 SEK",
            "Told in the group chat three days before. Nobody was asked. "
            "Who does not pay cannot work that night.", [("mikael", "involved")])
        self.attach("fee-rise", "meddelande.txt", "text/plain", _FEE_NOTICE.encode(),
                    "Copy of the message in the group chat.")
        fined = self.night_near(0.2)
        if not any(m["shift"] == fined.ref and m["category"] == "fine"
                   for m in self.doc["money"]):
            self.money(fined, "deduction", "fine", 500_00, "SEK", "club", "Late, 5 minutes.")
        self.incident(
            "late-fine", fined, timedelta(minutes=10), "unlawful_deduction", 3,
            "Fined 500 SEK for being 5 minutes late",
            "The train was late. Mikael took 500 SEK from my cash at the end of the night. "
            "There was no receipt, only the paper on the wall.",
            [("mikael", "involved"), ("ioana", "witness")])
        self.attach("late-fine", "fine-notice.png", "image/png",
                    png_image(48, 64, (250, 250, 245), (200, 30, 30)),
                    "Photo of the fine list in the dressing room.")
        shouted = self.night_near(0.45)
        self.incident(
            "comments", shouted, timedelta(hours=2, minutes=15), "harassment_by_management",
            3, "Comments about my body in front of others",
            "Mikael said I had gained weight and should not go on stage like this. "
            "Said it loudly, in front of two customers and Ioana.",
            [("mikael", "involved"), ("ioana", "witness")],
            reported_to="Union (Sveriges Dansare)", reported_on=shouted.day.isoformat(),
            outcome="The union rep wrote it down. No answer from the club yet.")
        rota = self.night_near(0.6)
        self.incident(
            "saturdays", rota, timedelta(minutes=5), "schedule_coercion", 2,
            "Told to work five nights or lose Saturdays",
            "For the holiday week I must work five nights in a row. If not, no Saturday "
            "shifts next month.", [("mikael", "involved")])
        self.attach("saturdays", "schedule.png", "image/png",
                    png_image(64, 40, (240, 244, 250), (40, 70, 160)),
                    "Screenshot of the schedule.")
        no_break = self.night_near(0.72)
        for shift in self.doc["shifts"]:
            if shift["ref"] == no_break.ref:
                shift["breaks_minutes"] = 0
                shift["notes"] = "No break all night."
        # Incident times stay before 01:00: a 02:xx time may not exist, or happen twice.
        self.incident(
            "no-break", no_break, timedelta(hours=1, minutes=30), "no_breaks", 2,
            "No break all night",
            "Asked for a break twice. Told no, the floor was busy. Worked until closing.",
            [("mikael", "involved"), ("ioana", "witness")])
        dj = self.night_near(0.3)
        self.incident(
            "dj-tip-out", dj, timedelta(minutes=30), "forced_tip_out", 2,
            "DJ tip-out raised from 200 to 300 SEK",
            "DJ Sami said he would leave me out of the stage rota if I paid less.",
            [("sami", "involved"), ("rosa", "witness")])
        held = self.night_near(0.65, AGENCY)
        self.incident(
            "held-money", held, timedelta(hours=1), "withheld_documents_or_money", 3,
            "Agency held back 2000 SEK of booking money",
            "Jens said he pays it when I take more weekend bookings. Paid after three weeks.",
            [("jens", "involved")])
        quota = self.night_near(0.55, VELVET)
        self.incident(
            "drinks", quota, timedelta(hours=1, minutes=30), "boundary_pressure", 2,
            "Pushed to drink with customers",
            "Katrin said each dancer must sell ten drinks a night and drink with the customer.",
            [("katrin", "involved")])

    def controls(self) -> None:
        items = [
            ("set_schedule", AURORA, 0.02, "Schedule is made by the club each week."),
            ("dress_rules", AURORA, 0.04, "Heels at least 15 cm. No flats on the floor."),
            ("club_sets_prices", AURORA, 0.04, "Club sets the price: 500 SEK per song."),
            ("required_tip_outs", AURORA, 0.1, "DJ and house mom every night."),
            ("fines", AURORA, 0.2, "Fine list on the wall in the dressing room."),
            ("must_stay_until_closing", AURORA, 0.25, "Nobody leaves before 03:00."),
            ("controls_music_or_rota", AURORA, 0.3, "DJ decides the stage rota."),
            ("can_be_dismissed", AURORA, 0.6, "Told I lose Saturdays if I say no."),
            ("time_off_needs_approval", AGENCY, 0.15, "Free days must be asked for a week "
             "before."),
            ("club_sets_prices", AGENCY, 0.15, "The agency sets the rates."),
            ("quotas", VELVET, 0.55, "Ten drinks a night."),
        ]
        for indicator, workplace, fraction, note in items:
            self.doc["controls"].append({
                "indicator": indicator, "date": self.on(fraction).isoformat(),
                "workplace": workplace, "shift": None, "incident": None, "note": note,
            })


def _local(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M")


def build_demo_document(today: date, seed: int = DEMO_SEED) -> dict[str, Any]:
    """The demo as an interchange document (a plain dict, ready for ``json.dumps``)."""
    return _Builder(today, random.Random(seed)).build()  # noqa: S311 (sample data, not secrets)


def build_demo_plan(today: date, seed: int = DEMO_SEED) -> ImportPlan:
    """The demo, read and checked like any interchange file."""
    return parse_interchange(build_demo_document(today, seed))


def create_demo(vault: ImportTarget, today: date | None = None,
                seed: int = DEMO_SEED) -> ImportCounts:
    """Fill ``vault`` (normally a new one) with the demo records, in one transaction."""
    return apply_plan(vault, build_demo_plan(today or date.today(), seed))

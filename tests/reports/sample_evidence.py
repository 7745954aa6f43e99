"""Hand-built evidence inputs for the report tests, the page-by-page review and timing.

``sample_input()``: Lina's first four months of 2026 at two workplaces (a Stockholm club in SEK
and an Oslo agency in NOK): about 60 shifts, a house fee that rises from 600 to 800 SEK on
1 April, fines, tip-outs, a night that ends in debt to the club, the night the clocks go
forward (29 March), incidents with people, a PNG photo of a fine notice, seals and amendments.

``generated_input(n_shifts)``: a long, regular log for timing (2,500 ≈ ten years).
"""

from __future__ import annotations

import hashlib
import struct
import zlib
from datetime import UTC, date, datetime, timedelta
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
from workbook.reports.evidence import (
    Amendment,
    EvidenceInput,
    IntegrityInfo,
    RecordTiming,
    SealShown,
)

STHLM = "Europe/Stockholm"
OSLO = "Europe/Oslo"
LEGAL_NAME = "Karin Maria Lindqvist"
GENERATED = datetime(2026, 5, 3, 12, 15, tzinfo=UTC)


def make_png(width: int = 240, height: int = 160) -> bytes:
    """A real PNG (RGB, 8 bit) drawn by hand: a pale 'fine notice' with dark bars for text."""
    rows = []
    for y in range(height):
        row = bytearray([0])  # filter type 0
        for x in range(width):
            border = x < 4 or y < 4 or x >= width - 4 or y >= height - 4
            text_bar = (y // 14) % 2 == 1 and 16 <= x < width - 16 - (y * 7) % 60 and y > 20
            header = 8 <= y < 20 and 16 <= x < width // 2
            if border or header:
                row += bytes((40, 40, 60))
            elif text_bar:
                row += bytes((90, 90, 110))
            else:
                row += bytes((250, 246, 232))
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", raw)
            + chunk(b"IEND", b""))


def at(day: date, hour: int, minute: int, tz: str) -> datetime:
    """A local wall-clock time (hour may be ≥ 24 for the next morning) as a UTC instant."""
    extra, hour = divmod(hour, 24)
    local = datetime(day.year, day.month, day.day, hour, minute) + timedelta(days=extra)
    return local.replace(tzinfo=ZoneInfo(tz)).astimezone(UTC)


def sample_input(language: str = "en", report_profile: str = "full") -> EvidenceInput:
    profile = Profile(work_name="Lina", legal_name=LEGAL_NAME, default_currency="SEK",
                      timezone=STHLM, reference_wages={"SEK": 16500, "NOK": 21000})
    aurora = Workplace(
        name="Club Aurora", currency="SEK", timezone=STHLM, kind=WorkplaceKind.CLUB,
        city="Stockholm", country="SE", legal_name="Aurora Nöjen i Stockholm AB",
        registration_number="559123-4567", address="Kungsgatan 12, 111 35 Stockholm",
        notes="Internal: the manager's mobile is 070-123 45 67", id=1,
    )
    nordlys = Workplace(
        name="Nordlys Companions", currency="NOK", timezone=OSLO, kind=WorkplaceKind.AGENCY,
        city="Oslo", country="NO", legal_name="", id=2,
    )
    people = [
        Person("Mikael", PersonRole.MANAGER, id=1),
        Person("Ioana Ștefănescu", PersonRole.COWORKER, id=2),
        Person("Big Tom at the door", PersonRole.SECURITY, id=3),
        Person("Grey suit guy", PersonRole.CLIENT, id=4),
        Person("Jonas (owner)", PersonRole.OWNER, id=5),
    ]
    shifts: list[Shift] = []
    money: list[MoneyLine] = []
    recorded: list[RecordTiming] = []
    tags: list[ControlTag] = []
    sid = 0
    mid = 0

    def line(day: date, kind: MoneyKind, category: str, amount: int, currency: str,
             shift: int | None, place: int | None, method: PaymentMethod | None = None,
             counterparty: str = "", note: str = "") -> None:
        nonlocal mid
        mid += 1
        money.append(MoneyLine(day, kind, category, amount, currency, shift_id=shift,
                               workplace_id=place, method=method, counterparty=counterparty,
                               note=note, id=mid))

    day = date(2026, 1, 1)
    n = 0
    while day <= date(2026, 4, 30):
        if day.weekday() in (3, 4, 5):  # Thursday, Friday, Saturday nights at the club
            n += 1
            sid += 1
            start = at(day, 21, 0, STHLM)
            end = at(day, 28, 0, STHLM)  # 04:00 next morning
            notes = ""
            if n % 9 == 0:
                notes = "Manager said we stay until the last client leaves."
            if n == 20:
                notes = ("Slow night. House fee and the late fine were more than I made. "
                         "Mikael said I can pay the rest next week. ") * 4
            shifts.append(Shift(1, start, end, STHLM, breaks_minutes=30,
                                role=ShiftRole.FLOOR if n % 3 else ShiftRole.STAGE,
                                scheduled_start=at(day, 21, 0, STHLM) if n % 4 else
                                at(day, 22, 0, STHLM),
                                scheduled_end=at(day, 27, 0, STHLM) if n % 5 == 0 else None,
                                notes=notes, id=sid))
            lag = 0 if n % 7 else (2 if n % 14 else 12)
            written = end + timedelta(days=lag, hours=6)
            recorded.append(RecordTiming("shift", sid, written))
            first_line = mid + 1
            if n == 20:
                line(day, MoneyKind.EARNING, "private_dances", 60000, "SEK", sid, 1,
                     PaymentMethod.CASH)
            else:
                line(day, MoneyKind.EARNING, "private_dances", 90000 + (n * 37 % 11) * 15000,
                     "SEK", sid, 1, PaymentMethod.CASH)
                line(day, MoneyKind.EARNING, "tips", 30000 + (n * 13 % 7) * 5000, "SEK",
                     sid, 1, PaymentMethod.CASH)
                if n % 2:
                    line(day, MoneyKind.EARNING, "stage_dances", 40000, "SEK", sid, 1,
                         PaymentMethod.CARD)
            fee = 60000 if day < date(2026, 4, 1) else 80000
            line(day, MoneyKind.DEDUCTION, "house_fee", fee, "SEK", sid, 1,
                 PaymentMethod.CASH, "Club")
            line(day, MoneyKind.DEDUCTION, "tip_out", 20000, "SEK", sid, 1,
                 PaymentMethod.CASH, "DJ")
            if n % 2 == 0 and n != 20:
                line(day, MoneyKind.DEDUCTION, "commission", 50000 + (n % 3) * 5000, "SEK",
                     sid, 1, PaymentMethod.CARD, "Club", "20% of card dances")
            if n in (5, 11, 20, 33, 41):
                line(day, MoneyKind.DEDUCTION, "fine", 50000 if n != 33 else 30000, "SEK",
                     sid, 1, PaymentMethod.CASH, "Mikael",
                     "Late by 5 minutes" if n != 33 else "Phone on the floor")
                tags.append(ControlTag(ControlIndicator.FINES, day, 1, shift_id=sid,
                                       id=len(tags) + 1))
            if n % 6 == 0:
                line(day, MoneyKind.EXPENSE, "transport", 28000, "SEK", sid, 1,
                     PaymentMethod.CARD, "Taxi", "Taxi home, no night bus")
            recorded.extend(RecordTiming("money", i, written) for i in range(first_line, mid + 1))
            if n % 5 == 1:
                tags.append(ControlTag(ControlIndicator.SET_SCHEDULE, day, 1, shift_id=sid,
                                       id=len(tags) + 1))
            if n % 8 == 2:
                tags.append(ControlTag(ControlIndicator.MUST_STAY_UNTIL_CLOSING, day, 1,
                                       shift_id=sid, id=len(tags) + 1))
        day += timedelta(days=1)

    # The night the clocks go forward: Saturday 28 March 21:00 to Sunday 04:00 is 6 h real time.
    # (Already in the loop above as a Saturday.)

    # Oslo agency bookings, every other Tuesday
    day = date(2026, 1, 6)
    while day <= date(2026, 4, 30):
        sid += 1
        shifts.append(Shift(2, at(day, 19, 0, OSLO), at(day, 23, 30, OSLO), OSLO,
                            role=ShiftRole.BOOKING, id=sid))
        recorded.append(RecordTiming("shift", sid, at(day, 23, 59, OSLO)))
        line(day, MoneyKind.EARNING, "bookings", 450000, "NOK", sid, 2, PaymentMethod.TRANSFER)
        line(day, MoneyKind.DEDUCTION, "commission", 135000, "NOK", sid, 2,
             PaymentMethod.TRANSFER, "Agency", "30% booking commission")
        recorded.extend(RecordTiming("money", i, at(day + timedelta(days=1), 10, 0, OSLO))
                        for i in (mid - 1, mid))
        day += timedelta(days=14)

    # standalone lines
    for month in (1, 2, 3, 4):
        line(date(2026, month, 1), MoneyKind.DEDUCTION, "agency_fee", 150000, "NOK", None, 2,
             PaymentMethod.TRANSFER, "Agency", "Monthly listing fee")
        line(date(2026, month, 3), MoneyKind.EXPENSE, "advertising", 49900, "SEK", None, None,
             PaymentMethod.CARD, "", "Ad site subscription")
    line(date(2026, 2, 14), MoneyKind.EXPENSE, "costumes", 129500, "SEK", None, 1,
         PaymentMethod.CARD, "", "Two new outfits (club dress rules)")
    tags.append(ControlTag(ControlIndicator.DRESS_RULES, date(2026, 2, 12), 1,
                           note="New rule: only long dresses on Thursdays", id=len(tags) + 1))
    tags.append(ControlTag(ControlIndicator.CLUB_SETS_PRICES, date(2026, 1, 15), 1,
                           id=len(tags) + 1))
    tags.append(ControlTag(ControlIndicator.SET_SCHEDULE, date(2026, 3, 2), 2,
                           id=len(tags) + 1))

    incidents = [
        Incident(at(date(2026, 1, 30), 21, 5, STHLM), STHLM,
                 IncidentCategory.UNLAWFUL_DEDUCTION, "Fined 500 kr for being 5 minutes late",
                 workplace_id=1, severity=3, shift_id=5,
                 description=("I came in at 21:05 because the metro stopped. Mikael took 500 "
                              "from my cash before I could start and said it is the rule. "
                              "There is no written rule and nobody signed anything.\n\n"
                              "Ioana saw it."),
                 people=(IncidentPerson(1, Involvement.INVOLVED),
                         IncidentPerson(2, Involvement.WITNESS)),
                 reported_to="Union rep (Sex Workers' Union)", reported_on=date(2026, 2, 2),
                 outcome="Rep says fines like this are unlawful deductions. Collecting more.",
                 id=1),
        Incident(at(date(2026, 2, 13), 23, 40, STHLM), STHLM,
                 IncidentCategory.SEXUAL_HARASSMENT, "Client grabbed me in the VIP room",
                 workplace_id=1, end=at(date(2026, 2, 13), 23, 55, STHLM), severity=4,
                 description=("A client grabbed me in the VIP room after I said no twice. "
                              "Security did not come when I pressed the button. The manager "
                              "told me to go back on the floor."),
                 people=(IncidentPerson(4, Involvement.INVOLVED),
                         IncidentPerson(3, Involvement.INVOLVED),
                         IncidentPerson(1, Involvement.INVOLVED)),
                 reported_to="Manager on duty", reported_on=date(2026, 2, 13),
                 outcome="Nothing happened. The client was back the next week.", id=2),
        Incident(at(date(2026, 3, 6), 3, 50, STHLM), STHLM, IncidentCategory.FORCED_TIP_OUT,
                 "DJ tip-out is not optional", workplace_id=1, severity=2,
                 description=("Jonas said every dancer pays the DJ 200 each night, even on "
                              "nights with no stage set. Ioana was told the same."),
                 people=(IncidentPerson(5, Involvement.INVOLVED),
                         IncidentPerson(2, Involvement.WITNESS)), id=3),
        Incident(at(date(2026, 3, 20), 22, 0, STHLM), STHLM,
                 IncidentCategory.SCHEDULE_COERCION, "Told to work Sunday or lose Saturdays",
                 workplace_id=1, severity=3,
                 description=("Mikael said that if I do not take the Sunday shift I will lose "
                              "my Saturday nights. The message is in the screenshot."),
                 people=(IncidentPerson(1, Involvement.INVOLVED),), id=4),
        Incident(at(date(2026, 4, 2), 21, 15, STHLM), STHLM,
                 IncidentCategory.UNLAWFUL_DEDUCTION, "House fee raised to 800 without notice",
                 workplace_id=1, severity=3,
                 description=("From 1 April the house fee is 800, not 600. We were told on the "
                              "night. The notice on the wall is in the photo."),
                 people=(IncidentPerson(1, Involvement.INVOLVED),), id=5),
        Incident(at(date(2026, 3, 10), 20, 0, OSLO), OSLO,
                 IncidentCategory.WITHHELD_DOCUMENTS_OR_MONEY,
                 "Agency kept February booking money for two weeks", workplace_id=2,
                 severity=2,
                 description="The agency paid the February bookings 15 days late.", id=6),
    ]
    for tag in tags:
        assert tag.id is not None
        recorded.append(RecordTiming("control", tag.id, at(tag.date, 30, 0, STHLM)))
    for m in money:
        if m.shift_id is None:
            assert m.id is not None
            recorded.append(RecordTiming("money", m.id, at(m.date, 12, 0, STHLM)))
    for x in incidents:
        assert x.id is not None
        recorded.append(RecordTiming("incident", x.id, x.start + timedelta(hours=5)))
    png = make_png()
    slip = b"%PDF-1.4 pay slip placeholder\n"
    attachments = [
        Attachment("fine-notice.png", "image/png", len(png), hashlib.sha256(png).hexdigest(),
                   incident_id=5, note="Photo of the notice by the changing room",
                   added_at=datetime(2026, 4, 2, 21, 30, tzinfo=UTC), id=1),
        Attachment("sunday-message.png", "image/png", len(png),
                   hashlib.sha256(png).hexdigest(), incident_id=4,
                   added_at=datetime(2026, 3, 20, 22, 10, tzinfo=UTC), id=2),
        Attachment("agency-statement-feb.pdf", "application/pdf", len(slip),
                   hashlib.sha256(slip).hexdigest(), incident_id=6,
                   added_at=datetime(2026, 3, 10, 19, 0, tzinfo=UTC), id=3),
    ]
    data = {1: png, 2: png, 3: slip}
    head = hashlib.sha256(b"journal head").hexdigest()
    integrity = IntegrityInfo(
        head_seq=412, head_hash=head, recorded=tuple(recorded),
        amendments=(
            Amendment("shift", 12, 230, datetime(2026, 2, 20, 9, 0, tzinfo=UTC)),
            Amendment("money", 45, 231, datetime(2026, 2, 20, 9, 1, tzinfo=UTC)),
            Amendment("incident", 2, 260, datetime(2026, 2, 28, 18, 30, tzinfo=UTC)),
            Amendment("incident", 5, 405, datetime(2026, 4, 20, 8, 0, tzinfo=UTC)),
        ),
        deletions=2,
        seals=(SealShown("120-K3QF-9ZTA-M2XW-PL7D", datetime(2026, 2, 2, 17, 0, tzinfo=UTC),
                         120),
               SealShown("377-7RXC-2M4N-HB9T-QW1E", datetime(2026, 4, 5, 10, 0, tzinfo=UTC),
                         377)),
        amended_after_seal=(Amendment("incident", 5, 405,
                                      datetime(2026, 4, 20, 8, 0, tzinfo=UTC)),),
    )
    return EvidenceInput(
        profile=profile, date_from=date(2026, 1, 1), date_to=date(2026, 4, 30),
        generated_at=GENERATED, app_version="0.1.0",
        report_profile=report_profile,  # type: ignore[arg-type]
        language=language,  # type: ignore[arg-type]
        workplaces=(aurora, nordlys), people=tuple(people), shifts=tuple(shifts),
        money_lines=tuple(money), incidents=tuple(incidents), attachments=tuple(attachments),
        attachment_data=data, control_tags=tuple(tags), integrity=integrity,
        fingerprint=hashlib.sha256(b"sidecar").hexdigest(),
    )


def generated_input(n_shifts: int, *, notes_every: int = 5, language: str = "en"
                    ) -> EvidenceInput:
    """A regular log of ``n_shifts`` nights (five a week), five money lines each, one incident
    per 40 shifts, one attachment per 80: the shape of the benchmark vaults."""
    profile = Profile(work_name="Lina", legal_name=LEGAL_NAME, reference_wages={"SEK": 16500})
    place = Workplace(name="Club Aurora", currency="SEK", timezone=STHLM,
                      legal_name="Aurora Nöjen i Stockholm AB", id=1)
    people = (Person("Mikael", PersonRole.MANAGER, id=1),
              Person("Ioana", PersonRole.COWORKER, id=2))
    shifts: list[Shift] = []
    money: list[MoneyLine] = []
    incidents: list[Incident] = []
    attachments: list[Attachment] = []
    png = make_png(120, 80)
    day = date(2016, 1, 4)
    mid = 0
    for i in range(1, n_shifts + 1):
        while day.weekday() in (0, 1):
            day += timedelta(days=1)
        note = "Manager made us stay late again, no extra pay." if i % notes_every == 0 else ""
        shifts.append(Shift(1, at(day, 21, 0, STHLM), at(day, 28, 0, STHLM), STHLM,
                            breaks_minutes=30, notes=note, id=i,
                            recorded_at=at(day, 30, 0, STHLM)))
        for kind, cat, amount in ((MoneyKind.EARNING, "private_dances", 250000 + i % 7 * 100),
                                  (MoneyKind.EARNING, "tips", 40000),
                                  (MoneyKind.DEDUCTION, "house_fee",
                                   60000 if day.year < 2021 else 80000),
                                  (MoneyKind.DEDUCTION, "tip_out", 20000),
                                  (MoneyKind.DEDUCTION, "fine" if i % 11 == 0 else "commission",
                                   50000)):
            mid += 1
            money.append(MoneyLine(day, kind, cat, amount, "SEK", shift_id=i, workplace_id=1,
                                   id=mid))
        if i % 40 == 0:
            incidents.append(Incident(at(day, 23, 0, STHLM), STHLM,
                                      IncidentCategory.UNLAWFUL_DEDUCTION,
                                      "Fined again", workplace_id=1, shift_id=i,
                                      description="Fined 500 for being late. " * 20,
                                      people=(IncidentPerson(1),), id=i // 40))
        if i % 80 == 0:
            attachments.append(Attachment(f"fine-{i}.png", "image/png", len(png),
                                          hashlib.sha256(png).hexdigest(),
                                          incident_id=i // 40, id=i // 80))
        day += timedelta(days=1)
    return EvidenceInput(
        profile=profile, date_from=date(2016, 1, 1), date_to=day,
        generated_at=GENERATED, app_version="0.1.0", language=language,  # type: ignore[arg-type]
        workplaces=(place,), people=people, shifts=tuple(shifts), money_lines=tuple(money),
        incidents=tuple(incidents), attachments=tuple(attachments),
        attachment_data=lambda a: png,
        integrity=IntegrityInfo(head_seq=len(shifts) * 6,
                                head_hash=hashlib.sha256(b"h").hexdigest()),
        fingerprint=hashlib.sha256(b"f").hexdigest(),
    )

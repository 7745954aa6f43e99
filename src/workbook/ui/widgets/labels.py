"""Translated names for the domain's slugs, and money, dates and durations written with QLocale.

The English names repeat ``domain.categories`` on purpose: ``QT_TRANSLATE_NOOP`` lets
pyside6-lupdate find them, so translators see every category. Amounts never pass through a
float: minor units are split into whole and fraction and the locale's separators put in.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCollator,
    QCoreApplication,
    QDate,
    QLocale,
    Qt,
    QTime,
)

from workbook.domain.currencies import exponent
from workbook.domain.errors import Problem

_CONTEXT = "Labels"

MONEY_KIND = {
    "earning": QT_TRANSLATE_NOOP("Labels", "Earning"),
    "deduction": QT_TRANSLATE_NOOP("Labels", "Taken by workplace"),
    "expense": QT_TRANSLATE_NOOP("Labels", "Own expense"),
}
MONEY_CATEGORY = {
    "wage": QT_TRANSLATE_NOOP("Labels", "Wage"),
    "stage_dances": QT_TRANSLATE_NOOP("Labels", "Stage dances"),
    "private_dances": QT_TRANSLATE_NOOP("Labels", "Private dances"),
    "vip": QT_TRANSLATE_NOOP("Labels", "VIP / champagne room"),
    "tips": QT_TRANSLATE_NOOP("Labels", "Tips"),
    "bookings": QT_TRANSLATE_NOOP("Labels", "Bookings"),
    "online_sales": QT_TRANSLATE_NOOP("Labels", "Online sales"),
    "house_fee": QT_TRANSLATE_NOOP("Labels", "House fee"),
    "stage_fee": QT_TRANSLATE_NOOP("Labels", "Stage or bar fee"),
    "tip_out": QT_TRANSLATE_NOOP("Labels", "Tip-out"),
    "fine": QT_TRANSLATE_NOOP("Labels", "Fine"),
    "commission": QT_TRANSLATE_NOOP("Labels", "Commission"),
    "agency_fee": QT_TRANSLATE_NOOP("Labels", "Agency fee"),
    "deposit_kept": QT_TRANSLATE_NOOP("Labels", "Deposit kept"),
    "costumes": QT_TRANSLATE_NOOP("Labels", "Costumes"),
    "transport": QT_TRANSLATE_NOOP("Labels", "Transport"),
    "advertising": QT_TRANSLATE_NOOP("Labels", "Advertising"),
    "security": QT_TRANSLATE_NOOP("Labels", "Security"),
    "health": QT_TRANSLATE_NOOP("Labels", "Health"),
    "phone": QT_TRANSLATE_NOOP("Labels", "Phone"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
}
PAYMENT_METHOD = {
    "cash": QT_TRANSLATE_NOOP("Labels", "Cash"),
    "card": QT_TRANSLATE_NOOP("Labels", "Card"),
    "transfer": QT_TRANSLATE_NOOP("Labels", "Transfer"),
    "app": QT_TRANSLATE_NOOP("Labels", "App"),
}
SHIFT_ROLE = {
    "stage": QT_TRANSLATE_NOOP("Labels", "Stage"),
    "floor": QT_TRANSLATE_NOOP("Labels", "Floor"),
    "vip": QT_TRANSLATE_NOOP("Labels", "VIP"),
    "reception": QT_TRANSLATE_NOOP("Labels", "Reception"),
    "booking": QT_TRANSLATE_NOOP("Labels", "Booking"),
    "cam": QT_TRANSLATE_NOOP("Labels", "Cam"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
}
INCIDENT_CATEGORY = {
    "unpaid_wages": QT_TRANSLATE_NOOP("Labels", "Unpaid wages"),
    "unlawful_deduction": QT_TRANSLATE_NOOP("Labels", "Unlawful deduction or fine"),
    "forced_tip_out": QT_TRANSLATE_NOOP("Labels", "Forced tip-out"),
    "unpaid_hours": QT_TRANSLATE_NOOP("Labels", "Unpaid or unsafe hours"),
    "no_breaks": QT_TRANSLATE_NOOP("Labels", "No breaks"),
    "unsafe_conditions": QT_TRANSLATE_NOOP("Labels", "Unsafe conditions"),
    "harassment_by_management": QT_TRANSLATE_NOOP("Labels", "Harassment by management"),
    "sexual_harassment": QT_TRANSLATE_NOOP("Labels", "Sexual harassment"),
    "assault": QT_TRANSLATE_NOOP("Labels", "Assault"),
    "discrimination": QT_TRANSLATE_NOOP("Labels", "Discrimination"),
    "boundary_pressure": QT_TRANSLATE_NOOP("Labels", "Pressure to cross boundaries"),
    "threats": QT_TRANSLATE_NOOP("Labels", "Threats (outing, deportation, dismissal)"),
    "withheld_documents_or_money": QT_TRANSLATE_NOOP("Labels", "Documents or money withheld"),
    "misclassification": QT_TRANSLATE_NOOP("Labels", "Misclassification"),
    "schedule_coercion": QT_TRANSLATE_NOOP("Labels", "Schedule coercion"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
}
PERSON_ROLE = {
    "manager": QT_TRANSLATE_NOOP("Labels", "Manager"),
    "owner": QT_TRANSLATE_NOOP("Labels", "Owner"),
    "coworker": QT_TRANSLATE_NOOP("Labels", "Coworker"),
    "security": QT_TRANSLATE_NOOP("Labels", "Security"),
    "dj": QT_TRANSLATE_NOOP("Labels", "DJ"),
    "client": QT_TRANSLATE_NOOP("Labels", "Client"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
}
INVOLVEMENT = {
    "involved": QT_TRANSLATE_NOOP("Labels", "Involved"),
    "witness": QT_TRANSLATE_NOOP("Labels", "Witness"),
}
CONTROL_INDICATOR = {
    "set_schedule": QT_TRANSLATE_NOOP("Labels", "Set schedule"),
    "time_off_needs_approval": QT_TRANSLATE_NOOP("Labels", "Time off needs approval"),
    "dress_rules": QT_TRANSLATE_NOOP("Labels", "Dress or appearance rules"),
    "club_sets_prices": QT_TRANSLATE_NOOP("Labels", "Workplace sets prices"),
    "fines": QT_TRANSLATE_NOOP("Labels", "Fines"),
    "required_tip_outs": QT_TRANSLATE_NOOP("Labels", "Required tip-outs"),
    "quotas": QT_TRANSLATE_NOOP("Labels", "Quotas (dances, drinks)"),
    "can_be_dismissed": QT_TRANSLATE_NOOP("Labels", "Can be banned or dismissed"),
    "must_stay_until_closing": QT_TRANSLATE_NOOP("Labels", "Must stay until closing"),
    "controls_music_or_rota": QT_TRANSLATE_NOOP("Labels", "Controls music or stage rota"),
}
SEVERITY = {
    1: QT_TRANSLATE_NOOP("Labels", "1 – minor"),
    2: QT_TRANSLATE_NOOP("Labels", "2 – low"),
    3: QT_TRANSLATE_NOOP("Labels", "3 – serious"),
    4: QT_TRANSLATE_NOOP("Labels", "4 – high"),
    5: QT_TRANSLATE_NOOP("Labels", "5 – grave"),
}


def label(table: Mapping[str, object], slug: str) -> str:
    """The translated name of a slug; a user's own category ("custom:…") shows as typed."""
    if slug.startswith("custom:"):
        return slug.removeprefix("custom:")
    return QCoreApplication.translate(_CONTEXT, str(table.get(slug, slug)))


def label_order(table: Mapping[str, object], extra: Sequence[str] = ()) -> list[str]:
    """The slugs of ``table`` (and ``extra`` ones, such as a worker's own categories) in the
    order their names sort in the current language: what a click on a column of names sorts
    by. The store does the sorting; this only tells it the order of the names."""
    collator = QCollator(QLocale())
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    slugs = list(dict.fromkeys([*table, *extra]))
    return sorted(slugs, key=lambda slug: collator.sortKey(label(table, slug)))


def severity_label(level: int) -> str:
    return QCoreApplication.translate(_CONTEXT, str(SEVERITY.get(level, level)))


def problem_text(problem: Problem | str) -> str:
    """A domain validation problem's message in the worker's language: its stable template
    (``ui/problem_messages.py``) translated, with its values put in. A plain string is looked
    up as it is."""
    if isinstance(problem, str):
        return QCoreApplication.translate("Problem", problem)
    if not problem.template:
        return QCoreApplication.translate("Problem", problem.message)
    text = QCoreApplication.translate("Problem", problem.template)
    for number in range(len(problem.args), 0, -1):  # %10 before %1
        text = text.replace(f"%{number}", problem.args[number - 1])
    return text


#: Field names as problems name them (the last part of ``shifts[3].end``), for messages.
FIELD_NAMES = {
    "work_name": QT_TRANSLATE_NOOP("Fields", "Work name"),
    "legal_name": QT_TRANSLATE_NOOP("Fields", "Legal name"),
    "default_currency": QT_TRANSLATE_NOOP("Fields", "Usual currency"),
    "timezone": QT_TRANSLATE_NOOP("Fields", "Time zone"),
    "day_starts_minutes": QT_TRANSLATE_NOOP("Fields", "A new day starts at"),
    "reference_wages": QT_TRANSLATE_NOOP("Fields", "Reference hourly wage"),
    "auto_lock_minutes": QT_TRANSLATE_NOOP("Fields", "Lock after"),
    "name": QT_TRANSLATE_NOOP("Fields", "Name"),
    "label": QT_TRANSLATE_NOOP("Fields", "Name or nickname"),
    "kind": QT_TRANSLATE_NOOP("Fields", "Kind"),
    "city": QT_TRANSLATE_NOOP("Fields", "City"),
    "country": QT_TRANSLATE_NOOP("Fields", "Country"),
    "currency": QT_TRANSLATE_NOOP("Fields", "Currency"),
    "registration_number": QT_TRANSLATE_NOOP("Fields", "Registration number"),
    "address": QT_TRANSLATE_NOOP("Fields", "Address"),
    "notes": QT_TRANSLATE_NOOP("Fields", "Notes"),
    "note": QT_TRANSLATE_NOOP("Fields", "Note"),
    "workplace": QT_TRANSLATE_NOOP("Fields", "Workplace"),
    "start": QT_TRANSLATE_NOOP("Fields", "Start"),
    "end": QT_TRANSLATE_NOOP("Fields", "End"),
    "date": QT_TRANSLATE_NOOP("Fields", "Date"),
    "amount": QT_TRANSLATE_NOOP("Fields", "Amount"),
    "category": QT_TRANSLATE_NOOP("Fields", "Category"),
    "method": QT_TRANSLATE_NOOP("Fields", "Paid how"),
    "counterparty": QT_TRANSLATE_NOOP("Fields", "Paid to or taken by"),
    "role": QT_TRANSLATE_NOOP("Fields", "Role"),
    "title": QT_TRANSLATE_NOOP("Fields", "Title"),
    "severity": QT_TRANSLATE_NOOP("Fields", "How serious"),
    "description": QT_TRANSLATE_NOOP("Fields", "Description"),
}


def problem_line(problem: Problem) -> str:
    """"End: is before start" in the worker's language (the field's name, then the message)."""
    name = problem.field.split(".")[-1].split("[")[0] if problem.field else ""
    text = problem_text(problem)
    if not name:
        return text
    field_name = QCoreApplication.translate("Fields", str(FIELD_NAMES.get(name, name)))
    return QCoreApplication.translate("Fields", "%1: %2").replace("%1", field_name).replace(
        "%2", text)


# --- money, dates, durations ---------------------------------------------------------------


def amount_text(minor: int, currency: str, locale: QLocale | None = None, *,
                with_currency: bool = True, grouping: bool = True) -> str:
    """``-120050, "SEK"`` → ``"−1,200.50 SEK"`` in the user's locale, exactly (no floats)."""
    loc = locale or QLocale()
    places = exponent(currency)
    whole, frac = divmod(abs(minor), 10**places)
    text = loc.toString(whole) if grouping else str(whole)
    if places:
        text += loc.decimalPoint() + f"{frac:0{places}d}"
    if minor < 0:
        text = "\u2212" + text
    return f"{text}\u00a0{currency}" if with_currency else text


def date_text(day: date, locale: QLocale | None = None, *, long: bool = False) -> str:
    loc = locale or QLocale()
    fmt = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return loc.toString(QDate(day.year, day.month, day.day), fmt)


def time_text(moment: datetime, locale: QLocale | None = None) -> str:
    loc = locale or QLocale()
    return loc.toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def hours_text(seconds: int) -> str:
    """``27000`` → ``"7 h 30 min"`` (translatable units)."""
    minutes = max(0, seconds) // 60
    h, m = divmod(minutes, 60)
    if h and m:
        return QCoreApplication.translate("Labels", "%1 h %2 min").replace(
            "%1", str(h)).replace("%2", str(m))
    if h:
        return QCoreApplication.translate("Labels", "%1 h").replace("%1", str(h))
    return QCoreApplication.translate("Labels", "%1 min").replace("%1", str(m))

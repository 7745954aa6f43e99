"""Fixed vocabularies, by slug. Slugs are stored and exchanged; the UI translates them.

English labels here are the source strings for translation and name what happened, plainly.
"""

from __future__ import annotations

from enum import StrEnum


class WorkplaceKind(StrEnum):
    CLUB = "club"
    AGENCY = "agency"
    VENUE = "venue"
    ONLINE_PLATFORM = "online_platform"
    INDEPENDENT = "independent"
    OTHER = "other"


class ShiftRole(StrEnum):
    STAGE = "stage"
    FLOOR = "floor"
    VIP = "vip"
    RECEPTION = "reception"
    BOOKING = "booking"
    CAM = "cam"
    OTHER = "other"


class MoneyKind(StrEnum):
    EARNING = "earning"
    DEDUCTION = "deduction"
    EXPENSE = "expense"


class PaymentMethod(StrEnum):
    CASH = "cash"
    CARD = "card"
    TRANSFER = "transfer"
    APP = "app"


EARNING_CATEGORIES = (
    "wage", "stage_dances", "private_dances", "vip", "tips", "bookings", "online_sales", "other",
)
DEDUCTION_CATEGORIES = (
    "house_fee", "stage_fee", "tip_out", "fine", "commission", "agency_fee", "deposit_kept",
    "other",
)
EXPENSE_CATEGORIES = (
    "costumes", "transport", "advertising", "security", "health", "phone", "other",
)
MONEY_CATEGORIES: dict[MoneyKind, tuple[str, ...]] = {
    MoneyKind.EARNING: EARNING_CATEGORIES,
    MoneyKind.DEDUCTION: DEDUCTION_CATEGORIES,
    MoneyKind.EXPENSE: EXPENSE_CATEGORIES,
}

MONEY_CATEGORY_LABELS: dict[str, str] = {
    "wage": "Wage",
    "stage_dances": "Stage dances",
    "private_dances": "Private dances",
    "vip": "VIP / champagne room",
    "tips": "Tips",
    "bookings": "Bookings",
    "online_sales": "Online sales",
    "house_fee": "House fee",
    "stage_fee": "Stage or bar fee",
    "tip_out": "Tip-out",
    "fine": "Fine",
    "commission": "Commission",
    "agency_fee": "Agency fee",
    "deposit_kept": "Deposit kept",
    "costumes": "Costumes",
    "transport": "Transport",
    "advertising": "Advertising",
    "security": "Security",
    "health": "Health",
    "phone": "Phone",
    "other": "Other",
}


class IncidentCategory(StrEnum):
    UNPAID_WAGES = "unpaid_wages"
    UNLAWFUL_DEDUCTION = "unlawful_deduction"
    FORCED_TIP_OUT = "forced_tip_out"
    UNPAID_HOURS = "unpaid_hours"
    NO_BREAKS = "no_breaks"
    UNSAFE_CONDITIONS = "unsafe_conditions"
    HARASSMENT_BY_MANAGEMENT = "harassment_by_management"
    SEXUAL_HARASSMENT = "sexual_harassment"
    ASSAULT = "assault"
    DISCRIMINATION = "discrimination"
    BOUNDARY_PRESSURE = "boundary_pressure"
    THREATS = "threats"
    WITHHELD_DOCUMENTS_OR_MONEY = "withheld_documents_or_money"
    MISCLASSIFICATION = "misclassification"
    SCHEDULE_COERCION = "schedule_coercion"
    OTHER = "other"


INCIDENT_CATEGORY_LABELS: dict[str, str] = {
    "unpaid_wages": "Unpaid wages",
    "unlawful_deduction": "Unlawful deduction or fine",
    "forced_tip_out": "Forced tip-out",
    "unpaid_hours": "Unpaid or unsafe hours",
    "no_breaks": "No breaks",
    "unsafe_conditions": "Unsafe conditions",
    "harassment_by_management": "Harassment by management",
    "sexual_harassment": "Sexual harassment",
    "assault": "Assault",
    "discrimination": "Discrimination",
    "boundary_pressure": "Pressure to cross boundaries",
    "threats": "Threats (outing, deportation, dismissal)",
    "withheld_documents_or_money": "Documents or money withheld",
    "misclassification": "Misclassification",
    "schedule_coercion": "Schedule coercion",
    "other": "Other",
}


class PersonRole(StrEnum):
    MANAGER = "manager"
    OWNER = "owner"
    COWORKER = "coworker"
    SECURITY = "security"
    DJ = "dj"
    CLIENT = "client"
    OTHER = "other"


class Involvement(StrEnum):
    INVOLVED = "involved"
    WITNESS = "witness"


class ControlIndicator(StrEnum):
    """Signs that the workplace controls the work like an employer does."""

    SET_SCHEDULE = "set_schedule"
    TIME_OFF_NEEDS_APPROVAL = "time_off_needs_approval"
    DRESS_RULES = "dress_rules"
    CLUB_SETS_PRICES = "club_sets_prices"
    FINES = "fines"
    REQUIRED_TIP_OUTS = "required_tip_outs"
    QUOTAS = "quotas"
    CAN_BE_DISMISSED = "can_be_dismissed"
    MUST_STAY_UNTIL_CLOSING = "must_stay_until_closing"
    CONTROLS_MUSIC_OR_ROTA = "controls_music_or_rota"


CONTROL_INDICATOR_LABELS: dict[str, str] = {
    "set_schedule": "Set schedule",
    "time_off_needs_approval": "Time off needs approval",
    "dress_rules": "Dress or appearance rules",
    "club_sets_prices": "Workplace sets prices",
    "fines": "Fines",
    "required_tip_outs": "Required tip-outs",
    "quotas": "Quotas (dances, drinks)",
    "can_be_dismissed": "Can be banned or dismissed",
    "must_stay_until_closing": "Must stay until closing",
    "controls_music_or_rota": "Controls music or stage rota",
}

SEVERITY_LABELS = {1: "Minor", 2: "Low", 3: "Serious", 4: "High", 5: "Grave"}

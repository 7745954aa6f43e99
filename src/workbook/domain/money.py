"""Exact money: integer minor units (öre, cents) with an ISO 4217 currency. No floats anywhere."""

from __future__ import annotations

import re
from dataclasses import dataclass

from workbook.domain.currencies import exponent, is_currency
from workbook.domain.errors import ValidationError, problem

_STRICT = re.compile(r"(?P<whole>[0-9]+)(?:\.(?P<frac>[0-9]+))?")


def check_currency(code: str, field: str = "currency") -> str:
    if not isinstance(code, str) or not is_currency(code):
        raise ValidationError(problem(field, "“%1” is not a currency code (like SEK or EUR)", code))
    return code


def parse_amount(text: str, currency: str, *, field: str = "amount", lenient: bool = False) -> int:
    """Parse a non-negative decimal amount in major units into minor units.

    Strict form (the interchange format): digits, optionally a point and at most as many decimals
    as the currency allows: ``"800.00"``, ``"800"``, ``"1500"`` for JPY.
    Lenient form (typed by a person) also takes a decimal comma and spaces or apostrophes between
    thousands: ``"1 200,50"``, ``"1'200.50"``. A comma followed by exactly three digits and no
    point is read as a thousands separator only if ``lenient`` and the currency has no decimals.
    """
    check_currency(currency)
    if not isinstance(text, str):
        raise ValidationError(problem(field, "must be written as text, like \"800.00\""))
    raw = text.strip()
    if lenient:
        raw = re.sub(r"[\s\u00a0\u202f']", "", raw)
        if "," in raw and "." in raw:
            # "1,200.50" or "1.200,50": the last separator is the decimal one.
            if raw.rfind(",") > raw.rfind("."):
                raw = raw.replace(".", "").replace(",", ".")
            else:
                raw = raw.replace(",", "")
        elif "," in raw:
            head, _, tail = raw.partition(",")
            thousands = raw.count(",") > 1 or (
                exponent(currency) == 0 and len(tail) == 3 and head.isdigit()
            )
            raw = raw.replace(",", "") if thousands else raw.replace(",", ".")
    if raw.startswith("-"):
        raise ValidationError(
            problem(field, "cannot be negative; choose earning, deduction or expense instead")
        )
    if not raw:
        raise ValidationError(problem(field, "is empty; write an amount like 800.00"))
    match = _STRICT.fullmatch(raw)
    if match is None:
        raise ValidationError(problem(field, "“%1” is not an amount; write it like 800.00", text))
    places = exponent(currency)
    frac = match.group("frac") or ""
    if len(frac) > places:
        if places == 0:
            raise ValidationError(problem(field, "%1 amounts have no decimals", currency))
        raise ValidationError(problem(field, "%1 amounts have at most %2 decimals", currency,
                                      places))
    whole: str = match.group("whole").lstrip("0") or "0"
    # Checked before int(): Python refuses to convert strings of more than 4,300 digits.
    if len(whole) > len(str(MAX_MINOR)):
        raise ValidationError(problem(field, "is too large"))
    minor: int = int(whole) * 10**places + int(frac.ljust(places, "0") or "0")
    if minor > MAX_MINOR:
        raise ValidationError(problem(field, "is too large"))
    return minor


# SQLite integers are 64-bit; keep every sum of a lifetime of records far below that.
MAX_MINOR = 10**15


def format_amount(minor: int, currency: str, *, grouping: bool = False) -> str:
    """``80000, "SEK"`` → ``"800.00"``; negatives keep their sign; ``grouping`` adds commas."""
    places = exponent(currency)
    sign = "-" if minor < 0 else ""
    whole, frac = divmod(abs(minor), 10**places)
    whole_text = f"{whole:,}" if grouping else str(whole)
    return f"{sign}{whole_text}.{frac:0{places}d}" if places else f"{sign}{whole_text}"


def divide_half_even(numerator: int, denominator: int) -> int:
    """Integer division rounded half to even (banker's rounding), for any signs."""
    if denominator == 0:
        raise ZeroDivisionError("division by zero")
    if denominator < 0:
        numerator, denominator = -numerator, -denominator
    quotient, remainder = divmod(numerator, denominator)
    twice = 2 * remainder
    if twice > denominator or (twice == denominator and quotient % 2 == 1):
        quotient += 1
    return quotient


def per_hour(minor: int, seconds: int) -> int | None:
    """Amount per hour of ``seconds`` worked, in minor units, rounded half to even."""
    if seconds <= 0:
        return None
    return divide_half_even(minor * 3600, seconds)


@dataclass(frozen=True, slots=True, order=True)
class Money:
    """An amount in minor units of one currency. Arithmetic refuses to mix currencies."""

    currency: str
    minor: int

    def __post_init__(self) -> None:
        check_currency(self.currency)
        if not isinstance(self.minor, int) or isinstance(self.minor, bool):
            raise TypeError("Money.minor must be an int")

    @classmethod
    def parse(cls, text: str, currency: str) -> Money:
        return cls(currency, parse_amount(text, currency))

    @classmethod
    def zero(cls, currency: str) -> Money:
        return cls(currency, 0)

    def _same(self, other: Money) -> None:
        if other.currency != self.currency:
            raise ValueError(f"cannot combine {self.currency} with {other.currency}")

    def __add__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.currency, self.minor + other.minor)

    def __sub__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.currency, self.minor - other.minor)

    def __neg__(self) -> Money:
        return Money(self.currency, -self.minor)

    def __str__(self) -> str:
        return f"{format_amount(self.minor, self.currency)} {self.currency}"

    @property
    def decimal_text(self) -> str:
        return format_amount(self.minor, self.currency)

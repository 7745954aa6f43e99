"""Money is exact: integer minor units, one currency at a time, strict parsing, fair rounding."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workbook.domain.currencies import EXPONENTS, exponent, is_currency
from workbook.domain.errors import ValidationError
from workbook.domain.money import (
    MAX_MINOR,
    Money,
    divide_half_even,
    format_amount,
    parse_amount,
    per_hour,
)


def problem(exc: pytest.ExceptionInfo[ValidationError]) -> str:
    assert len(exc.value.problems) == 1
    return str(exc.value.problems[0])


# --- Money ---------------------------------------------------------------------------------


def test_money_adds_and_subtracts_in_one_currency() -> None:
    fee = Money("SEK", 800_00)
    assert fee + Money("SEK", 150_00) == Money("SEK", 950_00)
    assert fee - Money("SEK", 1000_00) == Money("SEK", -200_00)
    assert -fee == Money("SEK", -800_00)
    assert str(Money("SEK", -200_50)) == "-200.50 SEK"
    assert Money("JPY", 1500).decimal_text == "1500"


@pytest.mark.parametrize("operation", [lambda a, b: a + b, lambda a, b: a - b])
def test_money_refuses_to_mix_currencies(operation) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError, match="cannot combine SEK with EUR"):
        operation(Money("SEK", 100), Money("EUR", 100))


def test_money_refuses_floats_and_unknown_currencies() -> None:
    with pytest.raises(TypeError):
        Money("SEK", 8.0)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Money("SEK", True)
    with pytest.raises(ValidationError, match="“XYZ” is not a currency code"):
        Money("XYZ", 1)


def test_money_parse_and_zero() -> None:
    assert Money.parse("800.00", "SEK") == Money("SEK", 80000)
    assert Money.zero("KWD") == Money("KWD", 0)


# --- parse_amount, strict ------------------------------------------------------------------


@pytest.mark.parametrize(("text", "currency", "minor"), [
    ("800.00", "SEK", 80000),
    ("800", "SEK", 80000),
    ("800.5", "SEK", 80050),
    ("0", "SEK", 0),
    ("0.01", "EUR", 1),
    ("  800.00 ", "SEK", 80000),
    ("1500", "JPY", 1500),
    ("1.250", "KWD", 1250),
    ("0.0001", "CLF", 1),
    ("007.50", "SEK", 750),
    ("10000000000000.00", "SEK", MAX_MINOR),
])
def test_strict_amounts(text: str, currency: str, minor: int) -> None:
    assert parse_amount(text, currency) == minor


@pytest.mark.parametrize(("text", "currency", "message"), [
    ("-800.00", "SEK", "amount: cannot be negative; choose earning, deduction or expense instead"),
    ("800.001", "SEK", "amount: SEK amounts have at most 2 decimals"),
    ("1500.5", "JPY", "amount: JPY amounts have no decimals"),
    ("1.2345", "KWD", "amount: KWD amounts have at most 3 decimals"),
    ("800,00", "SEK", "amount: “800,00” is not an amount; write it like 800.00"),
    ("1 200.00", "SEK", "amount: “1 200.00” is not an amount; write it like 800.00"),
    ("eight hundred", "SEK", "amount: “eight hundred” is not an amount; write it like 800.00"),
    ("8e2", "SEK", "amount: “8e2” is not an amount; write it like 800.00"),
    ("+800", "SEK", "amount: “+800” is not an amount; write it like 800.00"),
    ("٨٠٠", "SEK", "amount: “٨٠٠” is not an amount; write it like 800.00"),
    ("", "SEK", "amount: is empty; write an amount like 800.00"),
    ("   ", "SEK", "amount: is empty; write an amount like 800.00"),
    ("10000000000000.01", "SEK", "amount: is too large"),
    ("9" * 5000, "SEK", "amount: is too large"),
])
def test_strict_amounts_refused(text: str, currency: str, message: str) -> None:
    with pytest.raises(ValidationError) as exc:
        parse_amount(text, currency)
    assert problem(exc) == message


def test_amount_must_be_text_and_field_is_named() -> None:
    with pytest.raises(ValidationError) as exc:
        parse_amount(800, "SEK", field="money[2].amount")  # type: ignore[arg-type]
    assert problem(exc) == 'money[2].amount: must be written as text, like "800.00"'


def test_amount_in_an_unknown_currency() -> None:
    with pytest.raises(ValidationError) as exc:
        parse_amount("800", "KRONOR")
    assert problem(exc) == "currency: “KRONOR” is not a currency code (like SEK or EUR)"


# --- parse_amount, lenient (typed by a person) ---------------------------------------------


@pytest.mark.parametrize(("text", "currency", "minor"), [
    ("800,00", "SEK", 80000),
    ("1 200,50", "SEK", 120050),
    ("1\u00a0200,50", "SEK", 120050),
    ("1\u202f200,50", "SEK", 120050),
    ("1'200.50", "CHF", 120050),
    ("1,200.50", "USD", 120050),
    ("1.200,50", "EUR", 120050),
    ("1,000,000", "SEK", 100000000),
    ("1,500", "JPY", 1500),
    ("1,500", "KWD", 1500),
    ("1,5", "SEK", 150),
])
def test_lenient_amounts(text: str, currency: str, minor: int) -> None:
    assert parse_amount(text, currency, lenient=True) == minor


@pytest.mark.parametrize(("text", "message"), [
    ("-800,00", "amount: cannot be negative; choose earning, deduction or expense instead"),
    ("800,001", "amount: SEK amounts have at most 2 decimals"),
    ("abc", "amount: “abc” is not an amount; write it like 800.00"),
])
def test_lenient_amounts_refused(text: str, message: str) -> None:
    with pytest.raises(ValidationError) as exc:
        parse_amount(text, "SEK", lenient=True)
    assert problem(exc) == message


# --- format_amount -------------------------------------------------------------------------


@pytest.mark.parametrize(("minor", "currency", "text"), [
    (80000, "SEK", "800.00"),
    (5, "SEK", "0.05"),
    (-45000, "SEK", "-450.00"),
    (-5, "EUR", "-0.05"),
    (1500, "JPY", "1500"),
    (-1500, "JPY", "-1500"),
    (1250, "KWD", "1.250"),
    (1, "CLF", "0.0001"),
    (0, "SEK", "0.00"),
])
def test_format_amount(minor: int, currency: str, text: str) -> None:
    assert format_amount(minor, currency) == text


def test_format_amount_grouping() -> None:
    assert format_amount(123456789, "SEK", grouping=True) == "1,234,567.89"


@given(st.sampled_from(["SEK", "JPY", "KWD", "CLF"]), st.integers(0, MAX_MINOR))
def test_format_then_parse_round_trips(currency: str, minor: int) -> None:
    assert parse_amount(format_amount(minor, currency), currency) == minor


# --- rounding ------------------------------------------------------------------------------


@pytest.mark.parametrize(("numerator", "denominator", "expected"), [
    (5, 2, 2), (7, 2, 4), (-5, 2, -2), (-7, 2, -4), (5, -2, -2), (-5, -2, 2),
    (1, 2, 0), (-1, 2, 0), (3, 2, 2), (-3, 2, -2),
    (10, 4, 2), (14, 4, 4), (11, 4, 3), (9, 4, 2), (-11, 4, -3), (-9, 4, -2),
    (0, 7, 0), (6, 3, 2), (-6, 3, -2),
])
def test_divide_half_even_ties_and_signs(numerator: int, denominator: int, expected: int) -> None:
    assert divide_half_even(numerator, denominator) == expected


def test_divide_by_zero() -> None:
    with pytest.raises(ZeroDivisionError):
        divide_half_even(1, 0)


def _fraction_half_even(numerator: int, denominator: int) -> int:
    # Python's round() on a Fraction rounds half to even, exactly.
    return round(Fraction(numerator, denominator))


@given(st.integers(-10**20, 10**20), st.integers(-10**9, 10**9).filter(bool))
def test_divide_half_even_matches_exact_fractions(numerator: int, denominator: int) -> None:
    assert divide_half_even(numerator, denominator) == _fraction_half_even(numerator, denominator)


@given(st.integers(-10**6, 10**6), st.integers(1, 1000))
def test_divide_half_even_on_exact_ties(quotient: int, half: int) -> None:
    denominator = 2 * half
    numerator = quotient * denominator + half  # exactly quotient + 0.5
    assert divide_half_even(numerator, denominator) % 2 == 0


def test_per_hour() -> None:
    assert per_hour(1330000, 257400) == 18601  # 13300.00 over 71.50 h
    assert per_hour(-45000, 6 * 3600) == -7500
    assert per_hour(100, 7200) == 50
    assert per_hour(1, 7200) == 0  # 0.5 öre rounds to even
    assert per_hour(3, 7200) == 2  # 1.5 öre rounds to even
    assert per_hour(80000, 0) is None
    assert per_hour(80000, -5) is None


# --- the currency table --------------------------------------------------------------------


@pytest.mark.parametrize(("code", "places"), [
    ("SEK", 2), ("EUR", 2), ("USD", 2), ("GBP", 2), ("THB", 2), ("RON", 2), ("UAH", 2),
    ("NOK", 2), ("DKK", 2), ("CHF", 2), ("JPY", 0), ("KRW", 0), ("ISK", 0), ("KWD", 3),
    ("BHD", 3), ("CLF", 4),
])
def test_currency_exponents(code: str, places: int) -> None:
    assert is_currency(code)
    assert exponent(code) == places


@pytest.mark.parametrize("code", ["sek", "XYZ", "", "SEKK", "€"])
def test_not_currencies(code: str) -> None:
    assert not is_currency(code)


def test_currency_table_is_plausible() -> None:
    assert len(EXPONENTS) > 150
    assert all(len(code) == 3 and code.isupper() for code in EXPONENTS)
    assert set(EXPONENTS.values()) == {0, 2, 3, 4}

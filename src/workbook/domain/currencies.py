"""ISO 4217 currencies and their minor-unit exponents (the number of decimals).

The table lists every active code in ISO 4217 (amendment 178 and earlier). Most currencies use
two decimals; the exceptions are spelled out below.
"""

from __future__ import annotations

_ZERO_DECIMALS = frozenset(
    "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF".split()
)
_THREE_DECIMALS = frozenset("BHD IQD JOD KWD LYD OMR TND".split())
_FOUR_DECIMALS = frozenset("CLF UYW".split())
_TWO_DECIMALS = frozenset(
    """
    AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BOV BRL BSD BTN BWP BYN
    BZD CAD CDF CHE CHF CHW CNY COP COU CRC CUC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP
    GBP GEL GHS GIP GMD GTQ GYD HKD HNL HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT
    LAK LBP LKR LRD LSL MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO
    NOK NPR NZD PAB PEN PGK PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS
    SRD SSP STN SVC SYP SZL THB TJS TMT TOP TRY TTD TWD TZS UAH USD USN UYU UZS VED VES WST XCD
    XCG YER ZAR ZMW ZWG ZWL
    """.split()
)

EXPONENTS: dict[str, int] = {
    **{code: 2 for code in _TWO_DECIMALS},
    **{code: 0 for code in _ZERO_DECIMALS},
    **{code: 3 for code in _THREE_DECIMALS},
    **{code: 4 for code in _FOUR_DECIMALS},
}


def is_currency(code: str) -> bool:
    return code in EXPONENTS


def exponent(code: str) -> int:
    """Decimals the currency allows. Raises ``KeyError`` for an unknown code."""
    return EXPONENTS[code]

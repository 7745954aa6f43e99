"""The evidence report in more languages: Spanish, Romanian and Thai.

English and Swedish live in ``reports/strings.py``. Each module here holds one language: the
report's words (keys are the English source strings, as in ``strings.SV``) and how that language
writes dates and numbers. ``strings.Strings`` picks them up from ``CATALOGS``; a new language is
one more module and one more line below.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ReportLanguage:
    """Words and number and date formats of the evidence report in one language."""

    name: str  # the language's own name, for lists: "Español"
    words: Mapping[str, str]
    months: tuple[str, ...]  # January first
    months_short: tuple[str, ...]
    weekdays: tuple[str, ...]  # Monday first, short
    decimal: str = "."
    group: str = ","
    percent: str = "{n}%"
    day_month: str = "{day} {month}"  # the start of a period within one year
    date_long: str = "{day} {month} {year}"
    month_long: str = "{month} {year}"
    datetime_long: str = "{date}, {hour}:{minute}"


from workbook.reports.catalogs.es import SPANISH  # noqa: E402 (they import ReportLanguage)
from workbook.reports.catalogs.ro import ROMANIAN  # noqa: E402
from workbook.reports.catalogs.th import THAI  # noqa: E402

CATALOGS: dict[str, ReportLanguage] = {"es": SPANISH, "ro": ROMANIAN, "th": THAI}

"""The domain's problem wordings, for translation: each is the stable ``template`` of a
``domain.errors.Problem`` (``%1``, ``%2``… stand for its values). The domain keeps English for
the command line and imports; the app shows them through this table in the worker's language.
``tests/ui/test_problem_messages.py`` checks that every wording the domain uses is here.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEMPLATES: tuple[object, ...] = (
    QT_TRANSLATE_NOOP("Problem", "must be text"),
    QT_TRANSLATE_NOOP("Problem", "is needed"),
    QT_TRANSLATE_NOOP("Problem", "is too long (at most %1 characters)"),
    QT_TRANSLATE_NOOP("Problem", "“%1” is not one of: %2"),
    QT_TRANSLATE_NOOP("Problem", "is in the year %1; check the year (dates from %2 to %3 can "
                      "be kept)"),
    QT_TRANSLATE_NOOP("Problem", "has no time zone"),
    QT_TRANSLATE_NOOP("Problem", "“%1” is not a currency"),
    QT_TRANSLATE_NOOP("Problem", "must be a time of day"),
    QT_TRANSLATE_NOOP("Problem", "must be between 0 (never) and 1440"),
    QT_TRANSLATE_NOOP("Problem", "“%1” is not a currency (like SEK or EUR)"),
    QT_TRANSLATE_NOOP("Problem", "must be a two-letter country code, like SE"),
    QT_TRANSLATE_NOOP("Problem", "is before the scheduled start"),
    QT_TRANSLATE_NOOP("Problem", "must be zero or more minutes"),
    QT_TRANSLATE_NOOP("Problem", "must be a whole number of minor units"),
    QT_TRANSLATE_NOOP("Problem", "is before start"),
    QT_TRANSLATE_NOOP("Problem", "must be from 1 (minor) to 5 (grave)"),
    QT_TRANSLATE_NOOP("Problem", "is too large: %1 MB (at most %2 MB)"),
    QT_TRANSLATE_NOOP("Problem", "an attachment belongs to an incident or a shift"),
    QT_TRANSLATE_NOOP("Problem", "is not a currency"),
    QT_TRANSLATE_NOOP("Problem", "must be zero or more"),
    QT_TRANSLATE_NOOP("Problem", "is before start (for a night shift, the end is on the next day)"),
    QT_TRANSLATE_NOOP("Problem", "are as long as the whole shift"),
    QT_TRANSLATE_NOOP("Problem", "cannot be negative; choose earning, deduction or expense"),
    QT_TRANSLATE_NOOP("Problem", "is listed twice"),
    QT_TRANSLATE_NOOP("Problem", "is the same as start (for a night shift, the end is on the "
                      "next day)"),
    QT_TRANSLATE_NOOP("Problem", "“%1” is not a category for %2: %3"),
    QT_TRANSLATE_NOOP("Problem", "is too large"),
    QT_TRANSLATE_NOOP("Problem", "makes the shift longer than %1 hours"),
    QT_TRANSLATE_NOOP("Problem", "“%1” is not a currency code (like SEK or EUR)"),
    QT_TRANSLATE_NOOP("Problem", 'must be written as text, like "800.00"'),
    QT_TRANSLATE_NOOP("Problem", "cannot be negative; choose earning, deduction or expense "
                      "instead"),
    QT_TRANSLATE_NOOP("Problem", "is empty; write an amount like 800.00"),
    QT_TRANSLATE_NOOP("Problem", "“%1” is not an amount; write it like 800.00"),
    QT_TRANSLATE_NOOP("Problem", "%1 amounts have at most %2 decimals"),
    QT_TRANSLATE_NOOP("Problem", "%1 amounts have no decimals"),
    QT_TRANSLATE_NOOP("Problem", "“%1” is not a date; write it like 2026-03-28"),
    QT_TRANSLATE_NOOP("Problem", "“%1” is not a time zone (like Europe/Stockholm)"),
    QT_TRANSLATE_NOOP("Problem", "%1 does not exist on %2: the clocks went forward. Check the "
                      "time"),
    QT_TRANSLATE_NOOP("Problem", "%1 happened twice on %2 (the clocks went back). Add the "
                      "offset, like 02:30+02:00"),
    QT_TRANSLATE_NOOP("Problem", "must be a date and time like 2026-03-28T21:00"),
    QT_TRANSLATE_NOOP("Problem", "“%1” is not a date and time; write it like 2026-03-28T21:00"),
    QT_TRANSLATE_NOOP("Problem", "“%1” is not a real date and time"),
    QT_TRANSLATE_NOOP("Problem", "“%1” is not a time offset"),
)

"""What the fuzz tests share: the settings they run under, hostile text, and a vault snapshot.

Imported as a plain module (``tests/fuzz`` is on ``sys.path`` while its tests run), like
``tests/reports/sample_evidence.py``.
"""

from __future__ import annotations

import os
import struct
import zlib
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from hypothesis import settings
from hypothesis import strategies as st

from workbook.domain.models import Profile

# The profile registered in conftest.py (``ci``: 500 examples each), applied per test.
FUZZ = settings(settings.get_profile(os.environ.get("WORKBOOK_FUZZ_PROFILE", "ci")))

LONG = 100_000  # the longest text every field must survive (or refuse with a message)

# Things a worker (or a paste from a phone, or a hostile file) can put in a text field.
SPECIALS = (
    # control characters, including NUL, and every kind of line end
    "\x00", "\x01", "\x07", "\x08", "\x1b", "\x7f", "\x85", "\x9f", "\t", "\n", "\r", "\r\n",
    "\x0b", "\x0c", "\u2028", "\u2029",
    # markup reportlab's Paragraph would parse, XML, HTML, entities
    "<?", "<?xml version='1.0'?>", "?>", "&", "&amp;", "&#0;", "&#x41;", "&lt;", "&nbsp;",
    "<", ">", "<b>", "</b>", "<i>", "<para>", "</para>", "<br/>", "<font face='Courier'>",
    "</font>", "<img src='x.png'/>", "<a href='#x'>", "<unknown>", "]]>", "<![CDATA[", "<!--",
    "\"", "'", "\\", "%s", "%(x)s", "{n}", "{0}", "{", "}",
    # combining marks, zero-width characters, byte order marks, non-characters
    "\u0301", "e\u0301", "\u0308\u0308\u0308\u0308", "\u20dd", "\u200b", "\u200c", "\u200d",
    "\ufeff", "\ufffe", "\uffff", "\ufffd", "\U000e0001", "\U000fffff",
    # right-to-left text and every bidi control
    "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069",
    "\u200e", "\u200f", "\u061c", "نادي", "سارة", "لا", "שלום", "ไม่มีเวลาพัก",
    # other scripts, emoji sequences, the last planes, NFKC changers
    "Ștefănescu", "Олена", "日本語", "👩🏽\u200d⚖️", "🏳️\u200d⚧️", "\U0001f600", "\U00010000",
    "\U0010ffff", "\U00020000", "\ufdfa", "ﬁ", "Ⅻ", "①", "＜ｂ＞", "﹤", "＆", "ﹰ",
    # spreadsheet formulas, SQL, our own prefixes
    "=1+1", "+1", "-1", "@SUM(A1)", "=cmd|' /C calc'!A0", "custom:", "'; DROP TABLE shifts; --",
    "%", "_", "*", "…", " ", "  ", "\u00a0", "\u202f", "\u3000",
)

def weighted(*choices: tuple[int, st.SearchStrategy[Any]]) -> st.SearchStrategy[Any]:
    """``one_of`` with weights: ``weighted((3, common), (1, rare))``."""
    table = [strategy for weight, strategy in choices for _ in range(weight)]
    return st.integers(0, len(table) - 1).flatmap(lambda i: table[i])


# Any Unicode scalar value from any plane (no surrogates: those cannot be encoded as UTF-8).
ANY_CHAR = st.characters(codec="utf-8")

nasty_text = st.lists(
    st.one_of(st.sampled_from(SPECIALS), st.text(ANY_CHAR, max_size=12)), max_size=24,
).map("".join)


def _repeat_to(unit: str, length: int) -> str:
    return (unit * (length // len(unit) + 1))[:length]


# 100,000 characters: one hostile run repeated (hypothesis cannot draw that much at random).
long_text = nasty_text.filter(bool).map(lambda unit: _repeat_to(unit, LONG))
# Anything from empty to 100,000 characters; long text about one draw in fifteen (each long
# field costs the vault, the journal and the exports real time; twenty-odd fields an example).
field_text = st.integers(0, 14).flatmap(lambda k: long_text if k == 0 else nasty_text)


def printable(text: str) -> str:
    """What ``text`` looks like in a failure message (escapes, and long text shortened)."""
    shown = repr(text)
    return shown if len(shown) < 300 else f"{shown[:200]}…({len(text)} characters)"


@dataclass
class Tally:
    """What one fuzz test ran: examples, and a count per kind of outcome."""

    name: str
    examples: int = 0
    kinds: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0

    def ran(self, kind: str | None = None) -> None:
        self.examples += 1
        if kind is not None:
            self.kinds[kind] += 1

    def note(self, kind: str, n: int = 1) -> None:
        self.kinds[kind] += n

    def line(self) -> str:
        kinds = ", ".join(f"{k} {v}" for k, v in sorted(self.kinds.items()))
        return (f"{self.name}: {self.examples} examples in {self.seconds:.1f} s"
                + (f" ({kinds})" if kinds else ""))


# --- a small picture -----------------------------------------------------------------------


def png(width: int = 4, height: int = 3, seed: bytes = b"") -> bytes:
    """A valid RGB PNG; ``seed`` is put in a private ancillary chunk (a canary can hide there
    and the image still decodes)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    rows = b"".join(b"\x00" + b"".join(bytes((x * 40 % 256, y * 60 % 256, 120))
                                       for x in range(width)) for y in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    extra = chunk(b"caNy", seed) if seed else b""
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + extra
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


# --- the state of a vault, to prove that a refused import changed nothing -----------------


@dataclass(frozen=True)
class Snapshot:
    journal_head: tuple[int, str]
    profile: Profile
    workplaces: tuple[Any, ...]
    people: tuple[Any, ...]
    shifts: int
    money_lines: int
    incidents: int
    attachments: int
    control_tags: int


def journal_state(vault: Any) -> tuple[Any, ...]:
    """A cheap check that nothing was written: every write moves the journal's head, and the
    counts catch a row written without its journal entry."""
    return (vault.journal_head(), vault.count_shifts(), vault.count_money_lines(),
            vault.count_incidents())


def snapshot(vault: Any) -> Snapshot:
    """Everything an import could add or change: every journalled write moves the head."""
    return Snapshot(
        journal_head=vault.journal_head(), profile=vault.get_profile(),
        workplaces=tuple(vault.list_workplaces()), people=tuple(vault.list_people()),
        shifts=vault.count_shifts(), money_lines=vault.count_money_lines(),
        incidents=vault.count_incidents(), attachments=len(vault.list_attachments()),
        control_tags=len(vault.list_control_tags()),
    )

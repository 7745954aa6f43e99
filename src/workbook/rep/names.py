"""Workplace names as workers typed them, folded for matching: "Club  Aurora", "club aurora"
and "CLUB AURORA" are one workplace. Pure."""

from __future__ import annotations

import unicodedata


def name_key(name: str) -> str:
    """Case- and space-insensitive: NFKC, case-folded, every kind of white space removed."""
    folded = unicodedata.normalize("NFKC", name).casefold()
    return "".join(ch for ch in folded if not ch.isspace())


def clean_name(name: str) -> str:
    """A name for display: NFKC, runs of white space made one space, trimmed."""
    return " ".join(unicodedata.normalize("NFKC", name).split())

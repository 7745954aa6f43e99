"""Checking one journal row: its place in the chain, its hash, and every value still kept.

The checks recompute exactly what ``workbook.domain.canonical`` defines (``row_hash`` and
``field_digest``), but with one shared JSON encoder and with floats refused while parsing
rather than by walking every value again: a full check of a heavy vault touches over a million
values, and the plain functions spend most of their time setting up ``json.dumps``. A test
holds both paths to the same bytes.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any, NoReturn

from workbook.domain.canonical import digests_sha256

_ENCODER = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                            allow_nan=False)


def _refuse_float(text: str) -> NoReturn:
    raise ValueError(f"a float ({text}) where the journal never writes one")


_DECODER = json.JSONDecoder(parse_float=_refuse_float)


def parse(text: str) -> Any:
    """JSON as the store wrote it; a float (which it never writes) is an error."""
    return _DECODER.decode(text)


def canonical(value: Any) -> bytes:
    """``canonical_json(value)`` for a value that came from :func:`parse` (so has no floats)."""
    return _ENCODER.encode(value).encode("utf-8")


def digest(salt: bytes, value: Any) -> str:
    return hashlib.sha256(salt + canonical(value)).hexdigest()


def chained_hash(prev_hash: str, meta: dict[str, Any]) -> str:
    return hashlib.sha256(bytes.fromhex(prev_hash) + canonical(meta)).hexdigest()


def check_row(raw: tuple[Any, ...], expected: int, prev_hash: str, kept: str | None) -> str:
    """What is wrong with one journal row, in plain words, or "" if nothing is.

    ``raw`` is the row's columns (seq, recorded_at, action, entity, entity_id, digests,
    prev_hash, hash, form, digests_sha256), ``expected`` the seq it should have, ``prev_hash``
    the previous row's hash, and ``kept`` the row's stored values and salts (None once erased).
    """
    (seq, recorded_at, action, entity, entity_id, digests_text, stored_prev, stored_hash,
     form, stored_digests_hash) = raw
    if seq != expected:
        return f"entry {expected} is missing"
    if stored_prev != prev_hash:
        return f"entry {seq} does not follow on from entry {seq - 1}"
    try:
        digests = parse(digests_text)
        if not isinstance(digests, dict):
            return f"entry {seq} was changed after it was written"
        meta = {"seq": seq, "recorded_at": recorded_at, "action": action, "entity": entity,
                "entity_id": entity_id}
        if form == 1:
            meta["digests"] = digests
        elif form == 2:
            meta["digests_sha256"] = digests_sha256(digests)
            if stored_digests_hash != meta["digests_sha256"]:  # the copy exports read
                return f"entry {seq} was changed after it was written"
        else:
            return f"entry {seq} has an unknown form ({form!r})"
        if chained_hash(prev_hash, meta) != stored_hash:
            return f"entry {seq} was changed after it was written"
    except (TypeError, ValueError):
        return f"entry {seq} was changed after it was written"
    if kept is None:
        return ""
    try:
        fields = parse(kept)
        if not isinstance(fields, dict):
            raise TypeError("not an object")
    except (TypeError, ValueError):
        return f"the kept values of entry {seq} were changed"
    for field, entry in fields.items():
        try:
            good = (field in digests
                    and digest(bytes.fromhex(entry["salt"]), entry["value"]) == digests[field])
        except (TypeError, ValueError, KeyError):
            good = False
        if not good:
            return f"the kept value of “{field}” in entry {seq} was changed"
    return ""

"""Canonical JSON and the digests the change journal and the evidence sidecar are built on."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any

GENESIS_HASH = "0" * 64
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def _refuse_floats(obj: Any) -> None:
    if isinstance(obj, float):
        raise TypeError("floats are not allowed in canonical JSON")
    if isinstance(obj, dict):
        for key, value in obj.items():
            if not isinstance(key, str):
                raise TypeError("canonical JSON keys must be strings")
            _refuse_floats(value)
    elif isinstance(obj, list | tuple):
        for value in obj:
            _refuse_floats(value)


def canonical_json(obj: Any) -> bytes:
    """Sorted keys, no insignificant whitespace, UTF-8, no floats."""
    _refuse_floats(obj)
    return json.dumps(
        obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def field_digest(salt: bytes, value: Any) -> str:
    return hashlib.sha256(salt + canonical_json(value)).hexdigest()


def row_hash(prev_hash: str, meta: dict[str, Any]) -> str:
    return hashlib.sha256(bytes.fromhex(prev_hash) + canonical_json(meta)).hexdigest()


def canonical_digests(digests: Mapping[str, str]) -> bytes:
    """``canonical_json`` of a map of field names to digests (both text), built directly:
    exports and ``verify`` do this for every record. Raises ``TypeError`` for a value that is
    not text."""
    encode = json.encoder.encode_basestring  # what json.dumps(ensure_ascii=False) uses
    parts = []
    for name in sorted(digests):
        value = digests[name]
        if type(value) is not str or type(name) is not str:
            raise TypeError("digests are text")
        parts.append(encode(name) + ":" + encode(value))
    return ("{" + ",".join(parts) + "}").encode("utf-8")


def digests_sha256(digests: Mapping[str, str]) -> str:
    """What a form 2 journal row's metadata holds in place of its digests: the SHA-256 of
    their canonical JSON (docs/internals.md, "Change journal")."""
    return hashlib.sha256(canonical_digests(digests)).hexdigest()


def entry_meta(form: int, seq: int, recorded_at: str, action: str, entity: str, entity_id: int,
               digests: dict[str, str]) -> dict[str, Any]:
    """The object whose canonical JSON a journal row's hash covers after the previous hash.
    Form 1 (rows written before schema 3) holds the digests themselves; form 2 holds
    ``digests_sha256``, so a report can list the row in 150 bytes and still be checked."""
    meta: dict[str, Any] = {"seq": seq, "recorded_at": recorded_at, "action": action,
                            "entity": entity, "entity_id": entity_id}
    if form == 1:
        meta["digests"] = digests
    elif form == 2:
        meta["digests_sha256"] = digests_sha256(digests)
    else:
        raise ValueError(f"unknown journal row form {form!r}")
    return meta


def _base32(data: bytes) -> str:
    bits = int.from_bytes(data, "big")
    count = len(data) * 8 // 5
    return "".join(CROCKFORD[(bits >> (5 * (count - 1 - i))) & 31] for i in range(count))


def seal_code(seq: int, head_hash: str) -> str:
    """``17-K3QF-9ZTA-M2XW-PL7D``: sequence number plus 80 bits of the head hash."""
    text = _base32(bytes.fromhex(head_hash)[:10])
    return f"{seq}-" + "-".join(text[i : i + 4] for i in range(0, 16, 4))


def parse_seal(code: str) -> tuple[int, str]:
    """``(seq, 16 base32 characters)``. Raises ``ValueError`` with a plain message."""
    cleaned = code.strip().upper().replace("O", "0").replace("I", "1").replace("L", "1")
    seq_text, _, rest = cleaned.partition("-")
    letters = rest.replace("-", "").replace(" ", "")
    if not seq_text.isdigit() or len(letters) != 16 or any(c not in CROCKFORD for c in letters):
        raise ValueError(f"“{code}” is not a seal code (it looks like 17-K3QF-9ZTA-M2XW-PL7D)")
    return int(seq_text), letters


def seal_matches(code: str, seq: int, row_hash_hex: str) -> bool:
    want_seq, letters = parse_seal(code)
    expected = seal_code(seq, row_hash_hex).split("-", 1)[1].replace("-", "")
    return want_seq == seq and expected == letters

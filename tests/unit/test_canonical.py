"""Canonical JSON, digests and seal codes, as docs/internals.md fixes them."""

from __future__ import annotations

import hashlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workbook.domain.canonical import (
    CROCKFORD,
    GENESIS_HASH,
    canonical_json,
    field_digest,
    parse_seal,
    row_hash,
    seal_code,
    seal_matches,
)


def test_sorted_compact_utf8() -> None:
    value = {"b": 1, "a": [True, None, "Ștefănescu"], "Ω": {"z": "💸", "y": "ไม่มี"}}
    assert canonical_json(value) == (
        '{"a":[true,null,"Ștefănescu"],"b":1,"Ω":{"y":"ไม่มี","z":"💸"}}'.encode())


def test_same_value_same_bytes_whatever_the_order() -> None:
    assert canonical_json({"x": 1, "y": 2}) == canonical_json({"y": 2, "x": 1})


@pytest.mark.parametrize("value", [0.5, {"amount": 800.0}, [1, [2.5]], float("nan")])
def test_floats_are_refused(value: object) -> None:
    with pytest.raises(TypeError, match="floats are not allowed"):
        canonical_json(value)


def test_keys_must_be_text() -> None:
    with pytest.raises(TypeError, match="keys must be strings"):
        canonical_json({1: "x"})


def test_field_digest_is_salted_sha256_of_canonical_json() -> None:
    salt = bytes(range(16))
    expected = hashlib.sha256(salt + b'"Club Aurora"').hexdigest()
    assert field_digest(salt, "Club Aurora") == expected
    assert field_digest(bytes(16), "Club Aurora") != expected


def test_row_hash_chains_from_genesis() -> None:
    meta = {"seq": 1, "recorded_at": "2026-03-28T20:00:00Z", "action": "create",
            "entity": "shift", "entity_id": 12, "digests": {"end": "ab" * 32}}
    first = row_hash(GENESIS_HASH, meta)
    assert first == hashlib.sha256(bytes(32) + canonical_json(meta)).hexdigest()
    second = row_hash(first, {**meta, "seq": 2})
    assert second != first and len(second) == 64


def test_seal_code_shape() -> None:
    head = "a3" * 32
    code = seal_code(17, head)
    seq, _, rest = code.partition("-")
    groups = rest.split("-")
    assert seq == "17"
    assert [len(g) for g in groups] == [4, 4, 4, 4]
    assert all(c in CROCKFORD for c in "".join(groups))


def test_seal_code_is_80_bits_of_the_hash() -> None:
    head = "ff" * 10 + "00" * 22
    assert seal_code(3, head) == "3-ZZZZ-ZZZZ-ZZZZ-ZZZZ"
    assert seal_code(3, "00" * 32) == "3-0000-0000-0000-0000"


@given(st.integers(0, 10**9), st.binary(min_size=32, max_size=32))
def test_seal_round_trip(seq: int, digest: bytes) -> None:
    head = digest.hex()
    code = seal_code(seq, head)
    assert seal_matches(code, seq, head)
    assert seal_matches(code.lower(), seq, head)
    assert parse_seal(code) == (seq, code.split("-", 1)[1].replace("-", ""))


def test_seal_parsing_forgives_look_alike_letters() -> None:
    head = hashlib.sha256(b"journal head").hexdigest()
    code = seal_code(42, head)
    sloppy = code.replace("0", "O").replace("1", "l").lower()
    assert seal_matches(sloppy, 42, head)
    assert seal_matches(code.replace("-", " ", 1).replace(" ", "-"), 42, head)


def test_seal_does_not_match_another_head_or_sequence() -> None:
    head = hashlib.sha256(b"a").hexdigest()
    other = hashlib.sha256(b"b").hexdigest()
    code = seal_code(5, head)
    assert not seal_matches(code, 5, other)
    assert not seal_matches(code, 6, head)


@pytest.mark.parametrize("code", ["", "17", "17-K3QF-9ZTA-M2XW", "x-K3QF-9ZTA-M2XW-PL7D",
                                  "17-K3QF-9ZTA-M2XW-PL7U", "17-K3QF-9ZTA-M2XW-PL7DD"])
def test_bad_seal_codes(code: str) -> None:
    with pytest.raises(ValueError, match="is not a seal code"):
        parse_seal(code)

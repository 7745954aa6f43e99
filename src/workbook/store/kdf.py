"""Turning a passphrase into the vault key with Argon2id.

The vault's salt is the file's first 16 bytes (SQLCipher writes it there when given a raw key
with its salt), so it can be read before unlocking. Its first byte names the Argon2id parameter
set, so stronger parameters can come later without a file beside the vault: an old vault keeps
opening with the parameters it was made with, and a passphrase change moves it to the newest set.

Key material lives only in ``bytearray`` objects that callers wipe with :func:`wipe` as soon as
SQLCipher has its copy (SQLCipher keeps its own in locked, zeroed-on-free memory).
"""

from __future__ import annotations

import secrets
import unicodedata
from dataclasses import dataclass

from argon2.low_level import Type, hash_secret_raw

from workbook.store.errors import NotAVault

SALT_BYTES = 16
KEY_BYTES = 32


@dataclass(frozen=True, slots=True)
class KdfParams:
    """One Argon2id parameter set, named by ``id``: the first byte of every salt made with it."""

    id: int
    time_cost: int
    memory_cost: int  # KiB
    parallelism: int
    name: str

    def __post_init__(self) -> None:
        if not 1 <= self.id <= 255:
            raise ValueError("a parameter-set id is one byte and never 0")


# 64 MiB and two lanes, with passes tuned so a derivation takes about half a second on a
# two-core laptop (see benchmarks/bench_vault.py for the measurement).
PRODUCTION_KDF = KdfParams(id=0x01, time_cost=16, memory_cost=64 * 1024, parallelism=2,
                           name="argon2id-64MiB-t16-p2")

# For tests only: it takes microseconds, so it protects nothing. The app and the CLI never
# pass it; a vault made with it still opens so that test fixtures can be reused.
FAST_TEST_KDF = KdfParams(id=0xFE, time_cost=1, memory_cost=64, parallelism=1,
                          name="argon2id-64KiB-t1-p1 (tests only)")

KNOWN_KDFS: dict[int, KdfParams] = {p.id: p for p in (PRODUCTION_KDF, FAST_TEST_KDF)}


def new_salt(params: KdfParams) -> bytes:
    """A fresh salt whose first byte names ``params``."""
    return bytes([params.id]) + secrets.token_bytes(SALT_BYTES - 1)


def params_for_salt(salt: bytes) -> KdfParams:
    """The parameter set a vault's salt names; an unknown id means this is no vault of ours."""
    if len(salt) != SALT_BYTES or salt[0] not in KNOWN_KDFS:
        raise NotAVault(detail=f"unknown key-derivation id {salt[:1].hex() or 'none'}")
    return KNOWN_KDFS[salt[0]]


def passphrase_bytes(passphrase: str) -> bytearray:
    """UTF-8 of the NFC form, so the same passphrase typed on another keyboard (ș as one code
    point or as s plus a comma below) gives the same key."""
    return bytearray(unicodedata.normalize("NFC", passphrase).encode("utf-8"))


def derive_key(passphrase: str, salt: bytes, params: KdfParams) -> bytearray:
    """The 32-byte vault key for ``passphrase`` and ``salt``. Wipe it after use."""
    secret = passphrase_bytes(passphrase)
    try:
        raw = hash_secret_raw(
            bytes(secret), salt, time_cost=params.time_cost, memory_cost=params.memory_cost,
            parallelism=params.parallelism, hash_len=KEY_BYTES, type=Type.ID,
        )
    finally:
        wipe(secret)
    key = bytearray(raw)
    del raw
    return key


_HEX = b"0123456789abcdef"


def _hex_into(out: bytearray, data: bytes | bytearray) -> None:
    # Appends hex digits byte by byte so no immutable str or bytes copy of the key is made.
    for byte in data:
        out.append(_HEX[byte >> 4])
        out.append(_HEX[byte & 0x0F])


def raw_key_spec(key: bytearray, salt: bytes) -> bytearray:
    """SQLCipher's raw key form ``x'<64 hex key><32 hex salt>'`` for ``set_key``. Wipe it after
    use. With the salt given, SQLCipher uses no key derivation of its own and writes the salt as
    the file's first 16 bytes."""
    if len(key) != KEY_BYTES or len(salt) != SALT_BYTES:
        raise ValueError("a vault key is 32 bytes and its salt 16")
    spec = bytearray(b"x'")
    _hex_into(spec, key)
    _hex_into(spec, salt)
    spec.extend(b"'")
    return spec


def wipe(buffer: bytearray) -> None:
    """Overwrite key material in place (a best effort: Python may have copied it before)."""
    for i in range(len(buffer)):
        buffer[i] = 0

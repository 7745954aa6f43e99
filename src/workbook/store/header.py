"""What a vault file's first bytes say before it is unlocked.

A Workbook vault begins with its 16-byte salt, whose first byte names the key-derivation
parameters; the rest of the file is whole 4 KiB encrypted pages. These checks tell "not a vault"
and "damaged" apart from "wrong passphrase" without trying a key, and never change the file.
"""

from __future__ import annotations

from pathlib import Path

from workbook.store.errors import DamagedVault, NotAVault
from workbook.store.kdf import KNOWN_KDFS, SALT_BYTES, KdfParams, params_for_salt

PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"
PAGE_SIZE = 4096


def read_salt(start: bytes, size: int, path: Path) -> tuple[bytes, KdfParams]:
    """The salt and parameter set of a vault whose first bytes are ``start`` and whose length is
    ``size``; raises :class:`NotAVault` or :class:`DamagedVault`."""
    if size == 0:
        raise NotAVault("This file is empty; it is not a Workbook vault.", path=path)
    if start.startswith(PLAIN_SQLITE_HEADER):
        raise NotAVault("This is an unencrypted database, not a Workbook vault.", path=path)
    salt = start[:SALT_BYTES]
    if len(salt) < SALT_BYTES:
        if salt[:1] and salt[0] in KNOWN_KDFS:
            # Starts as a vault would: most likely one cut short by a failed copy or disk.
            raise DamagedVault(path=path, detail=f"only {size} bytes long")
        raise NotAVault(path=path, detail="shorter than a salt")
    try:
        params = params_for_salt(salt)
    except NotAVault as exc:
        raise NotAVault(path=path, detail=exc.detail) from exc
    if size < PAGE_SIZE or size % PAGE_SIZE:
        # It starts like a vault but is not whole pages: cut short or padded by a bad copy.
        raise DamagedVault(path=path, detail=f"size {size} is not whole {PAGE_SIZE}-byte pages")
    return salt, params


def is_plain_sqlite(start: bytes) -> bool:
    return start.startswith(PLAIN_SQLITE_HEADER)

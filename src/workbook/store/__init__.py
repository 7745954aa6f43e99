"""The vault: SQLCipher connection, schema and migrations, repositories, change journal.

Never imports Qt. Services use :class:`Vault` and the typed errors; nothing outside this
package runs SQL.
"""

from workbook.store.errors import (
    ChangeNotSaved,
    DamagedVault,
    DiskError,
    DiskFull,
    NotAVault,
    ReadOnlyLocation,
    VaultError,
    VaultExists,
    VaultInUse,
    VaultLocked,
    VaultMissing,
    VaultTooNew,
    VaultTooOld,
    WrongPassphrase,
)
from workbook.store.journal import (
    Action,
    ChainCheck,
    DisclosedRow,
    Entity,
    JournalRow,
    RecordVersion,
    Seal,
)
from workbook.store.kdf import FAST_TEST_KDF, PRODUCTION_KDF, KdfParams
from workbook.store.migrations import MIN_SCHEMA_VERSION, SCHEMA_VERSION
from workbook.store.paths import default_vault_path
from workbook.store.repositories.periods import PeriodAggregate
from workbook.store.vault import Vault

__all__ = [
    "FAST_TEST_KDF",
    "MIN_SCHEMA_VERSION",
    "PRODUCTION_KDF",
    "SCHEMA_VERSION",
    "Action",
    "ChainCheck",
    "ChangeNotSaved",
    "DamagedVault",
    "DisclosedRow",
    "DiskError",
    "DiskFull",
    "Entity",
    "JournalRow",
    "KdfParams",
    "NotAVault",
    "PeriodAggregate",
    "ReadOnlyLocation",
    "RecordVersion",
    "Seal",
    "Vault",
    "VaultError",
    "VaultExists",
    "VaultInUse",
    "VaultLocked",
    "VaultMissing",
    "VaultTooNew",
    "VaultTooOld",
    "WrongPassphrase",
    "default_vault_path",
]

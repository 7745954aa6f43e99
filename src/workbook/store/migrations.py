"""Schema versions and the steps between them (numbered, in the style of Anki and Vorta).

The schema version is ``PRAGMA user_version``. Each step runs with its version bump in one
transaction, so a step that fails leaves the vault at the version before it. A vault newer than
:data:`SCHEMA_VERSION` is refused before anything is written; one older than
:data:`MIN_SCHEMA_VERSION` cannot be upgraded by this version. Before upgrading an existing vault
the caller gets a chance to copy the file (``before_upgrade``).

Every shipped version keeps a fixture vault under ``tests/store/fixtures`` so upgrades are tested
against a real file.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import resources

import sqlcipher3

from workbook.store.connection import Database
from workbook.store.errors import DamagedVault, VaultTooNew, VaultTooOld


@dataclass(frozen=True, slots=True)
class Step:
    """Brings a vault from ``version - 1`` to ``version``."""

    version: int
    name: str
    apply: Callable[[Database], None]


def split_statements(script: str) -> list[str]:
    """The statements of an SQL script. (``executescript`` would commit the open transaction
    first, which would cut a step from its version bump.)"""
    statements: list[str] = []
    pending = ""
    for piece in script.split(";"):
        pending += piece + ";"
        if sqlcipher3.complete_statement(pending):
            if pending.strip() != ";":
                statements.append(pending.strip())
            pending = ""
    return statements


def sql_step(version: int, filename: str) -> Step:
    """A step that runs ``migrations/<filename>`` from this package."""

    def apply(db: Database) -> None:
        script = resources.files("workbook.store").joinpath("migrations", filename).read_text(
            encoding="utf-8")
        for statement in split_statements(script):
            db.execute(statement)

    return Step(version, filename, apply)


STEPS: tuple[Step, ...] = (
    sql_step(1, "0001_initial.sql"),
    sql_step(2, "0002_money_by_shift_covering.sql"),
    sql_step(3, "0003_journal_form_2.sql"),
)
MIN_SCHEMA_VERSION = 1
SCHEMA_VERSION = STEPS[-1].version


def schema_version(db: Database) -> int:
    return int(db.scalar("PRAGMA user_version"))


def check_openable(version: int, *, newest: int = SCHEMA_VERSION,
                   oldest: int = MIN_SCHEMA_VERSION) -> None:
    """Refuse a vault this version cannot open, before anything is written to it."""
    if version > newest:
        raise VaultTooNew(detail=f"schema {version}, this app knows up to {newest}")
    if version == 0:
        # create() publishes a vault only after its first step committed.
        raise DamagedVault("This vault was never finished being set up, so it holds no records.",
                           detail="schema version 0")
    if version < oldest:
        raise VaultTooOld(detail=f"schema {version}, this app upgrades from {oldest}")


def migrate(db: Database, *, steps: Sequence[Step] = STEPS,
            before_upgrade: Callable[[int], None] | None = None, creating: bool = False) -> int:
    """Run every step newer than the vault's version, each in its own transaction, and return
    the version reached. ``creating``: a brand-new, empty file (version 0 is expected)."""
    for previous, step in itertools.pairwise(steps):
        if step.version != previous.version + 1:
            raise ValueError(f"migration steps must be numbered one after another: {step.name}")
    newest = steps[-1].version if steps else 0
    version = schema_version(db)
    if not creating:
        check_openable(version, newest=newest)
    pending = [step for step in steps if step.version > version]
    if pending and not creating and before_upgrade is not None:
        before_upgrade(version)
    for step in pending:
        with db.transaction():
            step.apply(db)
            # PRAGMA takes no placeholders; the version is an int from this module.
            db.execute(f"PRAGMA user_version = {int(step.version)}")
        version = step.version
    return version

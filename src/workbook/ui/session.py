"""The unlocked vault as the UI sees it: one object every page and dialog shares.

Pages never keep their own reference to the vault: after a lock the session has none, and any
call raises ``Locked``. Writes go through services and then ``notify()``, so every open list
refreshes from the store (lists never copy all rows into widgets).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from workbook.store.vault import Vault


class Locked(RuntimeError):
    """The vault was locked while a page still tried to use it."""


class Session(QObject):
    """Holds the open vault between unlock and lock."""

    #: Emitted after a write with the entity name ("shift", "money", "incident", "workplace",
    #: "person", "control", "attachment", "profile").
    changed = Signal(str)
    #: Emitted once the vault is closed and the key dropped.
    locked = Signal()
    #: A page asks to lock and restore this backup (path, passphrase) into the vault's place.
    restore_requested = Signal(object, str)

    def __init__(self, vault: Vault, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._vault: Vault | None = vault

    @property
    def vault(self) -> Vault:
        if self._vault is None:
            raise Locked("the vault is locked")
        return self._vault

    @property
    def is_open(self) -> bool:
        return self._vault is not None

    def notify(self, entity: str) -> None:
        self.changed.emit(entity)

    def request_restore(self, source: object, passphrase: str) -> None:
        self.restore_requested.emit(source, passphrase)

    def lock(self) -> None:
        """Close the connection and drop the key. Safe to call twice."""
        vault, self._vault = self._vault, None
        if vault is not None:
            vault.close()
            self.locked.emit()

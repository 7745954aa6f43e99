"""Rep mode ("I receive reports"): the window a union rep works in, on a rep vault."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from workbook.rep.vault import RepVault


@dataclass(frozen=True)
class RepOpener:
    """Opens and creates rep vaults (the unlock window's opener in rep mode). ``kdf`` is set
    only by tests."""

    kdf: Any = None

    def open(self, path: Path, passphrase: str) -> RepVault:
        from workbook.rep.vault import RepVault

        return RepVault.open(path, passphrase)

    def create(self, path: Path, passphrase: str) -> RepVault:
        from workbook.rep.vault import RepVault

        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        if self.kdf is None:
            return RepVault.create(path, passphrase)
        return RepVault.create(path, passphrase, kdf=self.kdf)


def default_rep_vault_path() -> Path:
    from workbook.rep.vault import default_rep_vault_path as path

    return path()

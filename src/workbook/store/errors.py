"""What can go wrong with a vault file, as typed errors the UI and CLI can show as they are.

``str(error)`` is one plain line a worker understands; ``detail`` keeps the technical cause
(an SQLite message, an errno) for a developer and is never needed to decide what to do.
A vault that fails to open is never recreated or "repaired": the file is left as it was.
"""

from __future__ import annotations

from pathlib import Path


class VaultError(Exception):
    """Base of every vault problem. Catch this to show ``str(error)`` to the worker."""

    default_message = "Something went wrong with the vault."

    def __init__(self, message: str | None = None, *, path: Path | None = None,
                 detail: str = "") -> None:
        self.message = message or self.default_message
        self.path = path
        self.detail = detail
        super().__init__(self.message)


class WrongPassphrase(VaultError):
    default_message = "That passphrase does not open this vault. Check it and try again."


class NotAVault(VaultError):
    default_message = "This file is not a Workbook vault."


class DamagedVault(VaultError):
    default_message = ("The vault file is damaged and cannot be read. It has been left as it is; "
                       "restore your latest backup (workbook restore BACKUP-FILE).")


class VaultTooNew(VaultError):
    default_message = ("This vault was made by a newer version of Workbook. Update Workbook to "
                       "open it.")


class VaultTooOld(VaultError):
    default_message = ("This vault was made by a much older version of Workbook that this version "
                       "cannot upgrade.")


class VaultInUse(VaultError):
    default_message = ("The vault is already open in another Workbook window or program. Close "
                       "that one first.")


class DiskFull(VaultError):
    default_message = ("The disk is full, so nothing was saved. Free some space and try again.")


class VaultMissing(VaultError):
    default_message = "There is no vault at this place. It may have been moved or deleted."


class VaultExists(VaultError):
    default_message = "A file with this name already exists. Workbook will not overwrite it."


class ReadOnlyLocation(VaultError):
    default_message = ("Workbook cannot write in this folder. Choose a folder you can change, or "
                       "copy the vault there.")


class DiskError(VaultError):
    default_message = ("The vault file could not be read or written. Is the disk or USB stick "
                       "still connected?")


class VaultLocked(VaultError):
    default_message = "The vault is locked. Unlock it with your passphrase first."


class ChangeNotSaved(VaultError):
    default_message = ("A change failed part-way, so none of the changes made together with it "
                       "were saved. Nothing is half-saved; try again.")

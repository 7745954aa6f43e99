"""Exceptions turned into a plain title and message, in the worker's language.

The store's typed errors already have plain English ``str()``; here each gets a translated
wording. Anything unexpected says so without a traceback.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from workbook.domain.errors import ValidationError

_CONTEXT = "Errors"

#: Store error class name → message. Matched by name so this module loads without the store.
VAULT_MESSAGES: dict[str, object] = {
    "WrongPassphrase": QT_TRANSLATE_NOOP(
        "Errors", "That passphrase does not open this vault. Check Caps Lock and the keyboard "
        "layout, then try again."),
    "NotAVault": QT_TRANSLATE_NOOP("Errors", "This file is not a Workbook vault. Choose another "
                                   "file."),
    "DamagedVault": QT_TRANSLATE_NOOP(
        "Errors", "This vault file is damaged and cannot be opened. Nothing was changed: keep "
        "the file, and restore a backup if you have one."),
    "VaultTooNew": QT_TRANSLATE_NOOP(
        "Errors", "This vault was saved by a newer version of Workbook. Update Workbook to open "
        "it; nothing was changed."),
    "VaultInUse": QT_TRANSLATE_NOOP(
        "Errors", "This vault is open in another window or program. Close it there and try "
        "again."),
    "DiskFull": QT_TRANSLATE_NOOP(
        "Errors", "The disk is full, so nothing could be saved. Free some space and try again."),
    "VaultTooOld": QT_TRANSLATE_NOOP(
        "Errors", "This vault was saved by a much older version of Workbook that this version "
        "cannot upgrade. Nothing was changed."),
    "VaultMissing": QT_TRANSLATE_NOOP(
        "Errors", "There is no vault at this place. It may have been moved or deleted."),
    "VaultExists": QT_TRANSLATE_NOOP(
        "Errors", "A file with this name already exists. Workbook will not overwrite it."),
    "ReadOnlyLocation": QT_TRANSLATE_NOOP(
        "Errors", "Workbook cannot write in this folder. Choose a folder you can change."),
    "DiskError": QT_TRANSLATE_NOOP(
        "Errors", "The vault file could not be read or written. Is the disk or USB stick still "
        "connected?"),
    "VaultLocked": QT_TRANSLATE_NOOP("Errors", "The vault is locked. Unlock it first."),
}

TITLE_VAULT = QT_TRANSLATE_NOOP("Errors", "Could not open or save")
TEXT_VAULT = QT_TRANSLATE_NOOP("Errors", "Something went wrong with the vault. Nothing was "
                               "changed.")
TITLE_CHECK = QT_TRANSLATE_NOOP("Errors", "Please check")
TITLE_FILE = QT_TRANSLATE_NOOP("Errors", "Could not read or write a file")
TITLE_BUG = QT_TRANSLATE_NOOP("Errors", "Something went wrong")
TEXT_BUG = QT_TRANSLATE_NOOP(
    "Errors", "Workbook ran into a problem it did not expect. What you saved before is safe. "
    "If it happens again, please tell us what you were doing.")


def _t(source: object) -> str:
    return QCoreApplication.translate(_CONTEXT, str(source))


def vault_error_text(exc: BaseException) -> str | None:
    """The message for one of the store's typed errors, or ``None`` for anything else."""
    for kind in type(exc).__mro__:
        if kind.__module__.startswith("workbook.store"):
            if kind.__name__ in VAULT_MESSAGES:
                return _t(VAULT_MESSAGES[kind.__name__])
            if kind.__name__ == "VaultError":
                return _t(TEXT_VAULT)
    return None


# --- restoring a backup ------------------------------------------------------------------------

_UNCHANGED = QT_TRANSLATE_NOOP("Restore", "Nothing was restored and your vault was not changed.")
#: What the restore service found wrong with a damaged backup (its English words → ours).
BACKUP_DAMAGE: dict[str, object] = {
    "it cannot be read": QT_TRANSLATE_NOOP("Restore", "it cannot be read"),
    "some of its pages are damaged or were changed": QT_TRANSLATE_NOOP(
        "Restore", "some of its pages are damaged or were changed"),
    "its database structure is broken": QT_TRANSLATE_NOOP(
        "Restore", "its database structure is broken"),
    "some records in it point at records that do not exist": QT_TRANSLATE_NOOP(
        "Restore", "some records in it point at records that do not exist"),
    "it was never finished being set up": QT_TRANSLATE_NOOP(
        "Restore", "it was never finished being set up"),
    "its change journal is broken": QT_TRANSLATE_NOOP("Restore", "its change journal is broken"),
}


def _r(source: object) -> str:
    return QCoreApplication.translate("Restore", str(source))


def restore_error_text(exc: BaseException) -> str:
    """Why a backup could not be restored, in the worker's language (the service's words are
    English, for the command line). Anything else falls back to ``describe``."""
    name = type(exc).__name__
    message = str(exc)
    path = getattr(exc, "path", None)
    file_name = getattr(path, "name", "") or ""
    unchanged = _r(_UNCHANGED)
    if name == "WrongPassphrase":
        return _r(QT_TRANSLATE_NOOP(
            "Restore", "That passphrase does not open this backup (if you are sure it is "
            "right, the backup is damaged).")) + " " + unchanged
    if name == "NotAVault":
        return _r(QT_TRANSLATE_NOOP("Restore", "%1 is not a Workbook backup.")).replace(
            "%1", file_name) + " " + unchanged
    if name == "VaultTooNew":
        return _r(QT_TRANSLATE_NOOP(
            "Restore", "This backup was made by a newer version of Workbook; update Workbook "
            "to restore it.")) + " " + unchanged
    if name == "VaultTooOld":
        return _r(QT_TRANSLATE_NOOP(
            "Restore", "This backup was made by a much older version of Workbook that this "
            "version cannot upgrade.")) + " " + unchanged
    if name == "DamagedVault":
        what = next((_r(ours) for theirs, ours in BACKUP_DAMAGE.items() if theirs in message),
                    _r(BACKUP_DAMAGE["it cannot be read"]))
        return (_r(QT_TRANSLATE_NOOP("Restore", "The backup is damaged: %1.")).replace("%1", what)
                + " " + unchanged + " " + _r(QT_TRANSLATE_NOOP("Restore",
                                                               "Try an older backup.")))
    if name == "VaultMissing":
        return _r(QT_TRANSLATE_NOOP("Restore", "There is no backup at %1.")).replace(
            "%1", str(path) if path is not None else "")
    if name == "VaultInUse":
        if "backup" in message:
            return _r(QT_TRANSLATE_NOOP("Restore", "That backup is open in Workbook or another "
                                        "program. Close it there first."))
        return _r(QT_TRANSLATE_NOOP("Restore", "The vault is open in Workbook or another "
                                    "program. Lock it or close the app, then restore."))
    if name == "VaultError" and "the vault itself" in message:
        return _r(QT_TRANSLATE_NOOP("Restore", "That is the vault itself, not a backup of it. "
                                    "Nothing was changed."))
    return describe(exc)[1]


def problems_text(exc: ValidationError) -> str:
    from workbook.ui.widgets.labels import problem_line

    lines = [problem_line(p) for p in exc.problems[:6]]
    if len(exc.problems) > 6:
        lines.append(QCoreApplication.translate("Errors", "…and %n more.", None,
                                                len(exc.problems) - 6))
    return "\n".join(lines)


def describe(exc: BaseException) -> tuple[str, str]:
    """(title, message) for a dialog."""
    text = vault_error_text(exc)
    if text is not None:
        return _t(TITLE_VAULT), text
    if isinstance(exc, ValidationError):
        return _t(TITLE_CHECK), problems_text(exc)
    if isinstance(exc, OSError):
        detail = exc.strerror or str(exc)
        where = f"\n{exc.filename}" if exc.filename else ""
        return _t(TITLE_FILE), f"{detail}{where}"
    return _t(TITLE_BUG), _t(TEXT_BUG)

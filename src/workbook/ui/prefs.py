"""The few settings needed before the vault is unlocked, kept outside it.

Everything else (work name, auto-lock minutes, currencies…) lives in the vault's profile. What
is kept here, in ``<user config dir>/Workbook/settings.ini``, is only:

- ``language``: so the unlock window speaks the worker's language;
- ``neutral_title``: so the unlock window is already called "Notes" when she asked for that;
- ``vault``: the path of a vault file that is *not* the default one, and only when she ticked
  "Remember this file on this computer" (off by default: a remembered path on a USB stick or in
  a folder called "evidence" tells a searcher where to look).

No record content, no history, no window geometry. ``QSettings`` is pointed at this folder for
every format, so Qt's own file dialog writes its ``QtProject.conf`` here too, and ``forget_file
_dialog_history()`` wipes the folders it remembers.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

_KEYS = ("language", "neutral_title", "vault")


def default_config_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_config_dir("Workbook", appauthor=False))


class Prefs:
    def __init__(self, config_dir: Path | None = None) -> None:
        self.config_dir = default_config_dir() if config_dir is None else config_dir
        # Qt's file dialog opens QSettings(UserScope, "QtProject"): send it here as well.
        for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(fmt, QSettings.Scope.UserScope, str(self.config_dir))
        self._settings = QSettings(str(self.config_dir / "settings.ini"),
                                   QSettings.Format.IniFormat)

    def _get(self, key: str, default: str) -> str:
        value = self._settings.value(key, default)
        return value if isinstance(value, str) else default

    def _set(self, key: str, value: str | None) -> None:
        assert key in _KEYS
        if value is None:
            self._settings.remove(key)
        else:
            self._settings.setValue(key, value)
        self._settings.sync()

    @property
    def language(self) -> str:
        return self._get("language", "")

    @language.setter
    def language(self, code: str) -> None:
        self._set("language", code)

    @property
    def neutral_title(self) -> bool:
        return self._get("neutral_title", "false") == "true"

    @neutral_title.setter
    def neutral_title(self, on: bool) -> None:
        self._set("neutral_title", "true" if on else None)

    @property
    def remembered_vault(self) -> Path | None:
        text = self._get("vault", "")
        return Path(text) if text else None

    def remember_vault(self, path: Path | None) -> None:
        """Remember ``path`` for next time, or forget any remembered one (``None``)."""
        self._set("vault", None if path is None else str(path))

    def keys(self) -> list[str]:
        return list(self._settings.allKeys())


def forget_file_dialog_history() -> None:
    """Erase the folders and files Qt's own file dialog remembered (history, last folder)."""
    qt = QSettings(QSettings.Scope.UserScope, "QtProject")
    qt.remove("FileDialog")
    qt.sync()

"""Languages: Qt's own translations and the app's, installed once per language change.

Each language is a ``workbook_<code>.qm`` built from ``resources/translations/*.ts``; dropping a
new ``.qm`` there makes it appear in Settings. Qt's ``qtbase_<code>.qm`` (buttons such as
"Cancel" in standard dialogs) is loaded beside it, as Picard does.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from workbook.ui.resources import translations_dir

DEFAULT_LANGUAGE = "en"


def available_languages(folder: Path | None = None) -> dict[str, str]:
    """Language code → the language's own name ("English", "svenska"), English always first."""
    folder = translations_dir() if folder is None else folder
    codes = {DEFAULT_LANGUAGE}
    if folder.is_dir():
        for qm in folder.glob("workbook_*.qm"):
            codes.add(qm.stem.removeprefix("workbook_"))
    names: dict[str, str] = {}
    for code in sorted(codes, key=lambda c: (c != DEFAULT_LANGUAGE, c)):
        locale = QLocale(code)
        if locale.language() == QLocale.Language.English:
            native = "English"  # not "American English": the app's English is for everyone
        elif locale.language() == QLocale.Language.Spanish:
            native = "español"  # not "español de España": the translation is neutral Spanish
        else:
            native = locale.nativeLanguageName() or code
        names[code] = native[:1].upper() + native[1:]
    return names


def locale_for(language: str) -> QLocale:
    """The locale that formats dates and amounts: the system's own when it speaks the chosen
    language (so en_US keeps its formats), else the language's usual one. Plain English falls
    back to British conventions (day before month), which most of the world reads correctly."""
    system = QLocale.system()
    wanted = QLocale(language)
    if system.language() == wanted.language():
        return system
    if wanted.language() == QLocale.Language.English:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return wanted


class Translations:
    """Holds the installed translators so a language change can replace them."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = translations_dir() if folder is None else folder
        self.language = DEFAULT_LANGUAGE
        self._installed: list[QTranslator] = []

    def install(self, language: str) -> str:
        """Switch to ``language`` (falling back to English); returns the language in use."""
        app = QCoreApplication.instance()
        assert app is not None, "install translations after the application exists"
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed.clear()
        if language not in available_languages(self.folder):
            language = DEFAULT_LANGUAGE
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        candidates = [(f"qtbase_{language}", qt_folder), (f"workbook_{language}", str(self.folder))]
        for name, folder in candidates:
            translator = QTranslator(app)
            if translator.load(name, folder):
                app.installTranslator(translator)
                self._installed.append(translator)
        self.language = language
        QLocale.setDefault(locale_for(language))
        return language

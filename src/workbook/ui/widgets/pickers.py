"""Searchable pickers for a time zone and a currency: type any part ("stock", "SEK") to find it.

Both are editable combo boxes whose completer matches anywhere in the text, so a worker never
scrolls through 400 zones. ``value()`` returns the chosen code or ``None`` when the typed text
is not one.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from workbook.domain.currencies import EXPONENTS
from workbook.domain.timeutil import all_zones

WORKPLACE_KIND = {
    "club": QT_TRANSLATE_NOOP("Labels", "Club"),
    "agency": QT_TRANSLATE_NOOP("Labels", "Agency"),
    "venue": QT_TRANSLATE_NOOP("Labels", "Venue"),
    "online_platform": QT_TRANSLATE_NOOP("Labels", "Online platform"),
    "independent": QT_TRANSLATE_NOOP("Labels", "Independent"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
}

# Shown first: the currencies most workers using Workbook are paid in.
COMMON_CURRENCIES = ("SEK", "EUR", "NOK", "DKK", "GBP", "USD", "PLN", "RON", "CHF")


def workplace_kind_label(slug: str) -> str:
    return QCoreApplication.translate("Labels", str(WORKPLACE_KIND.get(slug, slug)))


@cache
def _zones() -> tuple[str, ...]:
    return tuple(all_zones())


_models: dict[str, QStandardItemModel] = {}


def _shared_model(name: str, entries: list[tuple[str, str]]) -> QStandardItemModel:
    """One list model per kind for the whole app: filling 400 zones into every combo box
    that shows them cost a third of a second per page."""
    model = _models.get(name)
    if model is None:
        model = QStandardItemModel(QCoreApplication.instance())
        for text, code in entries:
            item = QStandardItem(text)
            item.setData(code, Qt.ItemDataRole.UserRole)
            item.setEditable(False)
            model.appendRow(item)
        _models[name] = model
    return model


def _zone_entries() -> list[tuple[str, str]]:
    return [(z.replace("_", " "), z) for z in _zones()]


def _currency_entries() -> list[tuple[str, str]]:
    rest = sorted(set(EXPONENTS) - set(COMMON_CURRENCIES))
    return [(c, c) for c in (*COMMON_CURRENCIES, *rest)]


def warm_models() -> None:
    """Build the shared lists ahead of time (the app does it while the worker types)."""
    _shared_model("zones", _zone_entries())
    _shared_model("currencies", _currency_entries())


class _SearchCombo(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)

    def use_model(self, model: QStandardItemModel) -> None:
        self.setModel(model)
        completer = QCompleter(model, self)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)

    def _code_for_text(self) -> str | None:
        text = self.currentText().strip()
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            data = self.itemData(index)
            return str(data) if data is not None else None
        return None

    def set_value(self, code: str) -> None:
        index = self.findData(code)
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(code)


class ZoneCombo(_SearchCombo):
    """IANA time zones, shown as "Europe/Stockholm" (type "stock" to find it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.use_model(_shared_model("zones", _zone_entries()))
        self.setAccessibleName(self.tr("Time zone"))
        line = self.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Type a city, like Stockholm"))

    def value(self) -> str | None:
        code = self._code_for_text()
        if code is not None:
            return code
        typed = self.currentText().strip().replace(" ", "_")
        return typed if typed in _zones() else None


class CurrencyCombo(_SearchCombo):
    """ISO 4217 codes, the common ones first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.use_model(_shared_model("currencies", _currency_entries()))
        self.setAccessibleName(self.tr("Currency"))

    def value(self) -> str | None:
        typed = self.currentText().strip().upper()
        return typed if typed in EXPONENTS else None

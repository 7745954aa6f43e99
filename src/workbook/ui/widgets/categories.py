"""The money category pickers, with "New category…" at the end of each list.

A worker's own categories (a locker fee, a "music fee") are kept inside the vault as a short
list per kind (the ``meta`` table, never outside the vault), so they are offered in every picker
after they are made; a money line stores one as ``custom:<name>``, as the domain expects. The
names are checked before they are kept: not empty, not too long, not the name of a category
that already exists.
"""

from __future__ import annotations

import json
import unicodedata

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from workbook.domain.categories import MONEY_CATEGORIES, MoneyKind
from workbook.ui.session import Session
from workbook.ui.widgets.labels import MONEY_CATEGORY, MONEY_KIND, label
from workbook.ui.widgets.messages import FieldMessage

CUSTOM = "custom:"
NEW = "\x00new"  # the item data of "New category…"; never a slug
META_KEY = "ui.custom_categories"
MAX_NAME = 40


def custom_categories(session: Session, kind: MoneyKind) -> list[str]:
    """The worker's own category slugs (``custom:…``) for ``kind``, in the order made."""
    if not session.is_open:
        return []
    try:
        kept = json.loads(session.vault.get_meta(META_KEY) or "{}")
    except ValueError:
        return []
    names = kept.get(str(kind), []) if isinstance(kept, dict) else []
    return [CUSTOM + n for n in names if isinstance(n, str) and n]


def keep_custom_category(session: Session, kind: MoneyKind, slug: str) -> None:
    """Remember a worker's own category so every picker offers it from now on."""
    if not slug.startswith(CUSTOM) or not session.is_open:
        return
    try:
        kept = json.loads(session.vault.get_meta(META_KEY) or "{}")
    except ValueError:
        kept = {}
    if not isinstance(kept, dict):
        kept = {}
    names = [n for n in kept.get(str(kind), []) if isinstance(n, str)]
    name = slug.removeprefix(CUSTOM)
    if name not in names:
        names.append(name)
    kept[str(kind)] = names
    session.vault.set_meta(META_KEY, json.dumps(kept, ensure_ascii=False, sort_keys=True))


def clean_name(text: str) -> str:
    """The name as kept: NFC, no control characters, single spaces, no outer spaces."""
    text = unicodedata.normalize("NFC", text)
    text = "".join(" " if unicodedata.category(c) in ("Cc", "Zl", "Zp") else c for c in text)
    return " ".join(text.split())


def name_problem(name: str, kind: MoneyKind, existing: list[str]) -> str | None:
    """What is wrong with ``name`` as a new category of ``kind``, in plain words, or None."""
    if not name:
        return QCoreApplication.translate("Categories", "Write a name for the category.")
    if len(name) > MAX_NAME:
        return QCoreApplication.translate(
            "Categories", "Keep the name to %1 characters or fewer.").replace("%1", str(MAX_NAME))
    taken = {label(MONEY_CATEGORY, slug).casefold() for slug in existing}
    taken |= {slug.casefold() for slug in MONEY_CATEGORIES[kind]}
    if name.casefold() in taken:
        return QCoreApplication.translate(
            "Categories", "There is already a category called “%1”.").replace("%1", name)
    return None


class NewCategoryDialog(QDialog):
    """Name a new category of one kind. ``slug()`` is ``custom:<name>`` after it is accepted."""

    def __init__(self, kind: MoneyKind, existing: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.existing = existing
        self.setWindowTitle(QCoreApplication.translate("Categories", "New category"))
        self.name = QLineEdit()
        self.name.setObjectName("categoryName")
        self.name.setMaxLength(MAX_NAME + 20)  # a longer name gets a message, not a cut
        self.name.setAccessibleName(
            QCoreApplication.translate("Categories", "Name of the new category"))
        intro = QLabel(QCoreApplication.translate(
            "Categories", "A category of your own for “%1”, like a locker fee or a music "
            "fee.").replace("%1", label(MONEY_KIND, str(kind))))
        intro.setWordWrap(True)
        name_label = QLabel(QCoreApplication.translate("Categories", "Name"))
        name_label.setBuddy(self.name)
        self.message = FieldMessage()
        buttons = QDialogButtonBox()
        self.add_button = buttons.addButton(
            QCoreApplication.translate("Categories", "Add category"),
                                            QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setObjectName("addCategory")
        self.add_button.setDefault(True)
        cancel = buttons.addButton(QCoreApplication.translate("Categories", "Cancel"),
                                   QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("cancel")
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(name_label)
        layout.addWidget(self.name)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.name.textEdited.connect(lambda _t: self.message.clear_message())
        self.setMinimumWidth(self.fontMetrics().height() * 22)

    def slug(self) -> str:
        return CUSTOM + clean_name(self.name.text())

    def try_accept(self) -> None:
        problem = name_problem(clean_name(self.name.text()), self.kind, self.existing)
        if problem is not None:
            self.message.show_message(problem)
            self.name.setFocus()
            return
        self.accept()


def fill_categories(box: QComboBox, session: Session, kind: MoneyKind,
                    keep: str | None = None) -> None:
    """Built-in categories of ``kind``, then the worker's own, then "New category…"; select
    ``keep`` (a slug) when given, adding it if it is an own category not in the list."""
    box.blockSignals(True)
    box.clear()
    for slug in MONEY_CATEGORIES[kind]:
        box.addItem(label(MONEY_CATEGORY, slug), slug)
    for slug in custom_categories(session, kind):
        box.addItem(label(MONEY_CATEGORY, slug), slug)
    if keep is not None and keep.startswith(CUSTOM) and box.findData(keep) < 0:
        box.addItem(label(MONEY_CATEGORY, keep), keep)
    box.addItem(QCoreApplication.translate("Categories", "New category…"), NEW)
    box.setItemData(box.count() - 1,
                    QCoreApplication.translate("Categories", "Make a category of your own"),
                    Qt.ItemDataRole.ToolTipRole)
    if keep is not None and box.findData(keep) >= 0:
        box.setCurrentIndex(box.findData(keep))
    box.blockSignals(False)
    box.setProperty("lastCategory", box.currentData())


def category_chosen(box: QComboBox, session: Session, kind: MoneyKind,
                    parent: QWidget) -> bool:
    """Call when ``box``'s choice changed: on "New category…" ask for a name, keep it and
    select it (or go back to the earlier choice). True when a new category was made."""
    if box.currentData() != NEW:
        box.setProperty("lastCategory", box.currentData())
        return False
    existing = [str(box.itemData(i)) for i in range(box.count()) if box.itemData(i) != NEW]
    dialog = NewCategoryDialog(kind, existing, parent)
    made = bool(dialog.exec()) and session.is_open
    slug = dialog.slug()
    dialog.deleteLater()
    if made:
        keep_custom_category(session, kind, slug)
        fill_categories(box, session, kind, slug)
    else:
        earlier = box.findData(box.property("lastCategory"))
        box.blockSignals(True)
        box.setCurrentIndex(max(0, earlier))
        box.blockSignals(False)
    box.setFocus()
    return made

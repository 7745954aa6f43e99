"""A category of the worker's own, made from the category picker ("New category…"), checked,
kept inside the vault and offered again in the money dialog and the shift editor."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from ui_helpers import UiEnv, show, when_modal

from workbook.domain.categories import MoneyKind
from workbook.ui.dialogs.money_dialog import MoneyDialog
from workbook.ui.session import Session
from workbook.ui.widgets.categories import NEW, NewCategoryDialog
from workbook.ui.widgets.money_lines import MoneyLinesTable


def name_it(qtbot: QtBot, names: list[str], seen: list[str]) -> None:
    """When the New category dialog opens: try each name in turn, noting any message."""

    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, NewCategoryDialog)
        field = dialog.findChild(QLineEdit, "categoryName")
        add = dialog.findChild(QPushButton, "addCategory")
        assert field is not None and add is not None
        for name in names:
            field.selectAll()
            qtbot.keyClicks(field, name)
            qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
            if dialog.isVisible():
                seen.append(dialog.message.accessibleName())

    when_modal(qtbot, act)


def choose_new(qtbot: QtBot, box: QWidget) -> None:
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_End)  # "New category…" is the last item


def test_make_a_category_in_the_money_dialog(qtbot: QtBot, ui: UiEnv,
                                             session: Session) -> None:
    dialog = MoneyDialog(session)
    show(qtbot, dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("deduction"))
    assert dialog.category.itemData(dialog.category.count() - 1) == NEW
    messages: list[str] = []
    name_it(qtbot, ["", "fine", "x" * 41, "  Locker   fee "], messages)
    choose_new(qtbot, dialog.category)
    qtbot.waitUntil(lambda: dialog.category.currentData() == "custom:Locker fee")
    assert messages == ["Write a name for the category.",
                        "There is already a category called “fine”.",
                        "Keep the name to 40 characters or fewer."]
    assert dialog.category.currentText() == "Locker fee"
    dialog.amount.setFocus()
    qtbot.keyClicks(dialog.amount, "150")
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.saved is not None and dialog.saved.category == "custom:Locker fee"
    assert session.vault.list_money_lines(kind="deduction")[0].category == "custom:Locker fee"

    # Offered from now on: in a new money dialog and in the shift editor's lines.
    again = MoneyDialog(session)
    show(qtbot, again)
    again.kind.setCurrentIndex(again.kind.findData("deduction"))
    assert again.category.findData("custom:Locker fee") >= 0
    table = MoneyLinesTable("SEK", session=session)
    row = table.add_row(kind=MoneyKind.DEDUCTION)
    assert row.category.findData("custom:Locker fee") >= 0
    # Only for its own kind.
    earning = table.add_row(kind=MoneyKind.EARNING)
    assert earning.category.findData("custom:Locker fee") < 0


def test_cancelling_goes_back_to_the_earlier_category(qtbot: QtBot, ui: UiEnv,
                                                      session: Session) -> None:
    table = MoneyLinesTable("SEK", session=session)
    show(qtbot, table)
    row = table.add_row(kind=MoneyKind.DEDUCTION)
    before = row.category.currentData()

    def cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, NewCategoryDialog)
        qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)

    when_modal(qtbot, cancel)
    choose_new(qtbot, row.category)
    qtbot.waitUntil(lambda: row.category.currentData() == before)
    assert session.vault.get_meta("ui.custom_categories") is None


def test_new_category_in_swedish(qtbot: QtBot, ui: UiEnv, session: Session) -> None:
    ui.translations.install("sv")
    dialog = NewCategoryDialog(MoneyKind.DEDUCTION, ["fine"])
    show(qtbot, dialog)
    assert dialog.windowTitle() == "Ny kategori"
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.message.accessibleName() == "Skriv ett namn på kategorin."


def test_the_money_list_filters_by_an_own_category(qtbot: QtBot, ui: UiEnv,
                                                   session: Session) -> None:
    from workbook.ui.pages.money import MoneyPage

    page = MoneyPage(session)
    show(qtbot, page)
    category = page.filter_bar.category
    assert category is not None and category.findData("custom:Locker fee") < 0
    dialog = MoneyDialog(session, None, page)
    show(qtbot, dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("deduction"))
    name_it(qtbot, ["Locker fee"], [])
    choose_new(qtbot, dialog.category)
    qtbot.waitUntil(lambda: dialog.category.currentData() == "custom:Locker fee")
    dialog.amount.setFocus()
    qtbot.keyClicks(dialog.amount, "75")
    with qtbot.waitSignal(page.model.reloaded):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                         Qt.MouseButton.LeftButton)
    index = category.findData("custom:Locker fee")
    assert index >= 0 and category.itemText(index) == "Locker fee"
    with qtbot.waitSignal(page.model.reloaded):
        category.setCurrentIndex(index)
    rows = page.model.rows()
    assert [(r.category, r.amount_minor) for r in rows] == [("custom:Locker fee", 7500)]

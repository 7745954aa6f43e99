"""Make Qt's one-time costs before the worker needs the pages, while she types her passphrase.

The first widget of a class that the style sheet styles pays for Qt matching the rules against
it, and the first arrow or tick icon a rule names is read from its SVG file then. A page that
meets several such classes for the first time took twice as long to open the first time as the
second (Settings: spin boxes, a time field, group boxes, a check box). Building one hidden
widget of each kind and painting it into a pixmap (never on screen) pays those costs early.
Nothing here touches records: it runs before the vault is open.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)


def _paint(field: QWidget) -> None:
    """Lay out and paint ``field`` inside a scroll area and a group box, as pages hold them."""
    holder = QWidget()
    column = QVBoxLayout(holder)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    body = QWidget()
    scroll.setWidget(body)
    column.addWidget(scroll)
    box = QGroupBox("Aa", body)
    QVBoxLayout(body).addWidget(box)
    QFormLayout(box).addRow(QLabel("Aa"), field)
    holder.resize(480, 240)
    holder.grab()
    holder.deleteLater()


def _editable_combo() -> QWidget:
    combo = QComboBox()
    combo.setEditable(True)
    combo.addItem("Aa")
    return combo


def _plain_combo() -> QWidget:
    combo = QComboBox()
    combo.addItem("Aa")
    return combo


def _date() -> QWidget:
    day = QDateEdit(QDate(2026, 1, 1))
    day.setCalendarPopup(True)
    return day


def _table() -> QWidget:
    """A table as the list pages set theirs up: rows (alternating), a header with a sort
    indicator, a selected row. Its first paint reads the indicator's icon and styles the
    header sections, the rows and the selection: costs the first list page paid."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QAbstractItemView

    model = QStandardItemModel(3, 4)
    model.setHorizontalHeaderLabels(["Aa", "Aa", "Aa", "Aa"])
    for row in range(3):
        for column in range(4):
            item = QStandardItem("Aa 1,0")
            if column == 3:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            model.setItem(row, column, item)
    table = QTableView()
    table.setObjectName("records")
    table.setModel(model)
    model.setParent(table)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSortIndicatorShown(True)
    header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    header.setStretchLastSection(True)
    table.selectRow(1)
    return table


def _check() -> QWidget:
    check = QCheckBox("Aa")
    check.setChecked(True)
    return check


#: One kind of widget per step, so no step holds up the worker's typing for long.
STEPS: tuple[Callable[[], QWidget], ...] = (
    lambda: QLineEdit("Aa"), _editable_combo, _plain_combo, QSpinBox, QTimeEdit, _date, _check,
    lambda: QPlainTextEdit("Aa"), lambda: QPushButton("Aa"), _table,
)


def warm_step(number: int) -> None:
    _paint(STEPS[number]())


def warm_widgets() -> None:
    """Every step at once (for tests and tools)."""
    for number in range(len(STEPS)):
        warm_step(number)

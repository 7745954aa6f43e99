"""The earnings and deductions of one shift as an inline table of real widgets.

A row is kind, category, amount, method, paid to / taken by, note and a remove button; every
cell is a normal focusable widget so the whole table works from the keyboard in reading order.
A running total follows the typing, and says in words when the night ended in debt.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from workbook.domain.categories import MONEY_CATEGORIES, MoneyKind, PaymentMethod
from workbook.domain.errors import Problem, ValidationError
from workbook.domain.models import MoneyLine
from workbook.ui.session import Session
from workbook.ui.widgets.amount_edit import AmountEdit
from workbook.ui.widgets.categories import category_chosen, fill_categories
from workbook.ui.widgets.labels import (
    MONEY_CATEGORY,
    MONEY_KIND,
    PAYMENT_METHOD,
    amount_text,
    label,
    problem_text,
)
from workbook.ui.widgets.messages import FieldMessage
from workbook.ui.widgets.style import strong

DEFAULT_CATEGORY = {MoneyKind.EARNING: "tips", MoneyKind.DEDUCTION: "house_fee",
                    MoneyKind.EXPENSE: "transport"}


@dataclass(frozen=True, slots=True)
class Totals:
    earned: int = 0
    taken: int = 0
    expenses: int = 0

    @property
    def kept(self) -> int:
        """What the worker kept after the workplace's deductions (may be negative)."""
        return self.earned - self.taken


@dataclass(eq=False)
class MoneyRow:
    kind: QComboBox
    category: QComboBox
    amount: AmountEdit
    method: QComboBox
    counterparty: QLineEdit
    note: QLineEdit
    remove: QToolButton
    message: FieldMessage
    original: MoneyLine | None = None
    widgets: list[QWidget] = field(default_factory=list)

    def is_blank(self) -> bool:
        return (self.amount.is_blank() and not self.counterparty.text().strip()
                and not self.note.text().strip())

    def focus_order(self) -> list[QWidget]:
        return [self.kind, self.category, self.amount, self.method, self.counterparty,
                self.note, self.remove]


class MoneyLinesTable(QWidget):
    """Rows of money for one shift; ``lines()`` turns them into domain lines."""

    totalsChanged = Signal()
    rowsChanged = Signal()

    def __init__(self, currency: str = "SEK", parent: QWidget | None = None, *,
                 session: Session | None = None) -> None:
        super().__init__(parent)
        self._currency = currency
        # With a session, the category lists hold the worker's own categories and
        # "New category…".
        self._session = session
        self.rows: list[MoneyRow] = []
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(6)
        self._grid.setVerticalSpacing(2)
        self._headers = [
            QLabel(self.tr("Kind")), QLabel(self.tr("Category")), QLabel(self.tr("Amount")),
            QLabel(self.tr("Method")), QLabel(self.tr("Paid to / taken by")),
            QLabel(self.tr("Note")),
        ]
        for col, header in enumerate(self._headers):
            strong(header)
            self._grid.addWidget(header, 0, col)
        self._grid.setColumnStretch(4, 2)
        self._grid.setColumnStretch(5, 3)
        self._grid.setColumnMinimumWidth(4, self._headers[4].sizeHint().width() + 8)

    # --- rows --------------------------------------------------------------------------

    @property
    def currency(self) -> str:
        return self._currency

    def set_currency(self, currency: str) -> None:
        self._currency = currency
        for row in self.rows:
            row.amount.set_currency(currency)
        self.totalsChanged.emit()

    def add_row(self, line: MoneyLine | None = None, kind: MoneyKind = MoneyKind.EARNING,
                category: str | None = None) -> MoneyRow:
        kind_box = QComboBox()
        for k in MoneyKind:
            kind_box.addItem(label(MONEY_KIND, k), k.value)
        category_box = QComboBox()
        amount = AmountEdit(self._currency)
        amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        amount.setFixedWidth(self.fontMetrics().horizontalAdvance("0 000 000.00") + 16)
        method = QComboBox()
        method.addItem(self.tr("—"), None)
        for m in PaymentMethod:
            method.addItem(label(PAYMENT_METHOD, m), m.value)
        counterparty = QLineEdit()
        note = QLineEdit()
        remove = QToolButton()
        remove.setText("\u2715")
        remove.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        row = MoneyRow(kind_box, category_box, amount, method, counterparty, note, remove,
                       FieldMessage(), original=line)
        row.widgets = [kind_box, category_box, amount, method, counterparty, note, remove,
                       row.message]

        if line is not None:
            kind = MoneyKind(line.kind)
            category = line.category
        kind_box.setCurrentIndex(kind_box.findData(kind.value))
        self._fill_categories(row, kind, category)
        if line is not None:
            amount.set_minor(line.amount_minor)
            method.setCurrentIndex(max(0, method.findData(
                None if line.method is None else str(line.method))))
            counterparty.setText(line.counterparty)
            note.setText(line.note)
        self._update_placeholders(row)

        kind_box.currentIndexChanged.connect(lambda _i, r=row: self._kind_changed(r))
        category_box.currentIndexChanged.connect(lambda _i, r=row: self._category_changed(r))
        amount.amountChanged.connect(lambda _v: self.totalsChanged.emit())
        remove.clicked.connect(lambda _c=False, r=row: self.remove_row(r))
        self.rows.append(row)
        self._relayout()
        self.rowsChanged.emit()
        self.totalsChanged.emit()
        return row

    def remove_row(self, row: MoneyRow) -> None:
        index = self.rows.index(row)
        self.rows.remove(row)
        for w in row.widgets:
            self._grid.removeWidget(w)
            w.deleteLater()
        self._relayout()
        self.rowsChanged.emit()
        self.totalsChanged.emit()
        if self.rows:
            self.rows[min(index, len(self.rows) - 1)].amount.setFocus()

    def state(self) -> list[dict[str, object]]:
        """What the rows say, as plain values (to notice changes and to keep a draft)."""
        return [{"kind": row.kind.currentData(), "category": row.category.currentData(),
                 "amount": row.amount.text(), "method": row.method.currentData(),
                 "counterparty": row.counterparty.text(), "note": row.note.text(),
                 "id": None if row.original is None else row.original.id}
                for row in self.rows]

    def apply_state(self, rows: list[dict[str, object]]) -> None:
        """Rows as ``state()`` gave them (lines of the shift keep their ids)."""
        by_id = {row.original.id: row.original for row in self.rows
                 if row.original is not None}
        self.clear_rows()
        for values in rows:
            line_id = values.get("id")
            original = by_id.get(line_id) if isinstance(line_id, int) else None
            try:
                kind = MoneyKind(str(values.get("kind")))
            except ValueError:
                kind = MoneyKind.EARNING
            category = values.get("category")
            row = self.add_row(original, kind=kind,
                               category=category if isinstance(category, str) else None)
            if original is not None:
                row.kind.setCurrentIndex(max(0, row.kind.findData(kind.value)))
                self._fill_categories(row, kind, category if isinstance(category, str)
                                      else None)
            row.amount.setText(str(values.get("amount") or ""))
            row.method.setCurrentIndex(max(0, row.method.findData(values.get("method"))))
            row.counterparty.setText(str(values.get("counterparty") or ""))
            row.note.setText(str(values.get("note") or ""))
        self.totalsChanged.emit()

    def clear_rows(self) -> None:
        for row in list(self.rows):
            self.rows.remove(row)
            for w in row.widgets:
                self._grid.removeWidget(w)
                w.deleteLater()
        self._relayout()
        self.rowsChanged.emit()
        self.totalsChanged.emit()

    def _relayout(self) -> None:
        for i, row in enumerate(self.rows):
            n = i + 1
            grid_row = 1 + 2 * i
            for col, w in enumerate(row.widgets[:7]):
                self._grid.addWidget(w, grid_row, col)
                if self.isVisible():
                    w.show()  # at once, so a new row can take the focus
            self._grid.addWidget(row.message, grid_row + 1, 0, 1, 7)
            row.kind.setAccessibleName(self.tr("Line %1: kind").replace("%1", str(n)))
            row.category.setAccessibleName(self.tr("Line %1: category").replace("%1", str(n)))
            row.amount.setAccessibleName(self.tr("Line %1: amount").replace("%1", str(n)))
            row.method.setAccessibleName(self.tr("Line %1: method").replace("%1", str(n)))
            row.counterparty.setAccessibleName(
                self.tr("Line %1: paid to or taken by").replace("%1", str(n)))
            row.note.setAccessibleName(self.tr("Line %1: note").replace("%1", str(n)))
            row.remove.setAccessibleName(self.tr("Remove line %1").replace("%1", str(n)))
            row.remove.setToolTip(self.tr("Remove this line"))

    def _fill_categories(self, row: MoneyRow, kind: MoneyKind, keep: str | None) -> None:
        if self._session is not None:
            fill_categories(row.category, self._session, kind,
                            keep if keep is not None else DEFAULT_CATEGORY[kind])
            return
        box = row.category
        box.blockSignals(True)
        box.clear()
        for slug in MONEY_CATEGORIES[kind]:
            box.addItem(label(MONEY_CATEGORY, slug), slug)
        wanted = keep if keep is not None else DEFAULT_CATEGORY[kind]
        index = box.findData(wanted)
        if index < 0 and wanted.startswith("custom:"):
            box.addItem(label(MONEY_CATEGORY, wanted), wanted)
            index = box.count() - 1
        box.setCurrentIndex(max(0, index if index >= 0 else box.findData(
            DEFAULT_CATEGORY[kind])))
        box.blockSignals(False)

    def _category_changed(self, row: MoneyRow) -> None:
        if self._session is not None:
            category_chosen(row.category, self._session, MoneyKind(row.kind.currentData()),
                            self)

    def _kind_changed(self, row: MoneyRow) -> None:
        kind = MoneyKind(row.kind.currentData())
        current = row.category.currentData()
        self._fill_categories(row, kind, current if current in MONEY_CATEGORIES[kind] else None)
        self._update_placeholders(row)
        self.totalsChanged.emit()

    def _update_placeholders(self, row: MoneyRow) -> None:
        kind = MoneyKind(row.kind.currentData())
        row.counterparty.setPlaceholderText(
            self.tr("taken by (club, DJ…)") if kind == MoneyKind.DEDUCTION
            else self.tr("paid by") if kind == MoneyKind.EARNING else self.tr("paid to"))

    # --- values ------------------------------------------------------------------------

    def totals(self) -> Totals:
        earned = taken = expenses = 0
        for row in self.rows:
            value = row.amount.minor_or_none()
            if value is None:
                continue
            kind = row.kind.currentData()
            if kind == MoneyKind.EARNING:
                earned += value
            elif kind == MoneyKind.DEDUCTION:
                taken += value
            else:
                expenses += value
        return Totals(earned, taken, expenses)

    def lines(self, day: date) -> tuple[list[MoneyLine], list[int]]:
        """The filled-in rows as money lines, and for each line the row it came from.

        Rows left blank are skipped. Raises ``ValidationError`` naming ``lines[row].field``
        for rows that cannot be read."""
        problems: list[Problem] = []
        lines: list[MoneyLine] = []
        rows: list[int] = []
        for i, row in enumerate(self.rows):
            if row.is_blank():
                continue
            try:
                minor = row.amount.minor()
            except ValidationError as exc:
                problems.extend(Problem(f"lines[{i}].{p.field}", p.message) for p in exc.problems)
                continue
            method = row.method.currentData()
            line = MoneyLine(
                date=day, kind=MoneyKind(row.kind.currentData()),
                category=str(row.category.currentData()), amount_minor=minor,
                currency=self._currency,
                method=None if method is None else PaymentMethod(method),
                counterparty=row.counterparty.text().strip(), note=row.note.text().strip(),
            )
            if row.original is not None:
                line = replace(line, id=row.original.id, shift_id=row.original.shift_id,
                               workplace_id=row.original.workplace_id)
            lines.append(line)
            rows.append(i)
        if problems:
            raise ValidationError(problems)
        return lines, rows

    def show_problem(self, row_index: int, problem: Problem) -> QWidget | None:
        """Show a problem under its row; returns the widget to focus."""
        if not 0 <= row_index < len(self.rows):
            return None
        row = self.rows[row_index]
        name = problem.field.split(".", 1)[-1]
        names = {"amount": self.tr("Amount"), "category": self.tr("Category"),
                 "counterparty": self.tr("Paid to / taken by"), "note": self.tr("Note"),
                 "currency": self.tr("Currency"), "kind": self.tr("Kind"),
                 "method": self.tr("Method")}
        row.message.show_message(self.tr("Line %1, %2: %3").replace("%1", str(row_index + 1))
                                 .replace("%2", names.get(name, name).lower())
                                 .replace("%3", problem_text(problem)))
        widget: QWidget = {"category": row.category, "method": row.method,
                           "counterparty": row.counterparty, "note": row.note,
                           "kind": row.kind}.get(name, row.amount)
        return widget

    def clear_problems(self) -> None:
        for row in self.rows:
            row.message.clear_message()

    def row_of(self, widget: QWidget | None) -> int | None:
        for i, row in enumerate(self.rows):
            if widget in row.widgets:
                return i
        return None

    def focus_order(self) -> list[QWidget]:
        return [w for row in self.rows for w in row.focus_order()]


def debt_words(totals: Totals, currency: str) -> str:
    """Words for a night in debt (empty otherwise), so the sign is never carried by colour."""
    if totals.kept >= 0:
        return ""
    return QCoreApplication.translate(
        "MoneyLinesTable", "In debt: the workplace took %1 more than you earned.").replace(
        "%1", amount_text(-totals.kept, currency))


def kept_sentence(totals: Totals, currency: str) -> str:
    """Tonight in one line, in words as well as figures (kept may be below zero)."""
    earned = amount_text(totals.earned, currency)
    taken = amount_text(totals.taken, currency)
    kept = amount_text(totals.kept, currency)
    text = (QCoreApplication.translate("MoneyLinesTable",
                                      "Earned %1 · taken by the workplace %2 · kept %3")
            .replace("%1", earned).replace("%2", taken).replace("%3", kept))
    if totals.kept < 0:
        text += " — " + debt_words(totals, currency)
    if totals.expenses:
        text += " · " + QCoreApplication.translate("MoneyLinesTable", "own expenses %1").replace(
            "%1", amount_text(totals.expenses, currency))
    return text

"""Add or edit one money line on its own: monthly rent to an agency, advertising, a phone bill,
or a line of a shift when only that line needs fixing.

Amounts are typed the way people write them (``800``, ``1 200,50``) and read exactly by
``domain.money.parse_amount(lenient=True)``; too many decimals or a minus sign get a plain
message, never a silent rounding.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLineEdit, QPlainTextEdit, QWidget

from workbook.domain.categories import MoneyKind, PaymentMethod
from workbook.domain.currencies import exponent
from workbook.domain.errors import ValidationError
from workbook.domain.models import MoneyLine
from workbook.ui.dialogs.record_dialog import RecordDialog
from workbook.ui.session import Session
from workbook.ui.widgets.amount_edit import AmountEdit
from workbook.ui.widgets.categories import NEW, category_chosen, fill_categories
from workbook.ui.widgets.labels import MONEY_KIND, PAYMENT_METHOD, label
from workbook.ui.widgets.pickers import CurrencyCombo


class MoneyDialog(RecordDialog):
    def __init__(self, session: Session, line: MoneyLine | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Edit money") if line else self.tr("Add money"),
                         parent)
        self.line = line
        self.saved: MoneyLine | None = None
        vault = session.vault
        profile = vault.get_profile()
        self._workplaces = {w.id: w for w in vault.list_workplaces(include_archived=True)}

        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.kind = QComboBox()
        for kind in MoneyKind:
            self.kind.addItem(label(MONEY_KIND, kind), kind.value)
        self.category = QComboBox()
        self.amount = AmountEdit(profile.default_currency)
        self.currency = CurrencyCombo()
        self.currency.setMaximumWidth(self.fontMetrics().horizontalAdvance("MMMMMM") * 2)
        amount_row = QWidget()
        row = QHBoxLayout(amount_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.amount, 1)
        row.addWidget(self.currency)
        self.workplace = QComboBox()
        self.workplace.addItem(self.tr("No workplace"), None)
        for workplace in sorted(self._workplaces.values(),
                                key=lambda w: (w.archived, w.name.casefold())):
            self.workplace.addItem(workplace.name, workplace.id)
        self.method = QComboBox()
        self.method.addItem(self.tr("Not said"), None)
        for method in PaymentMethod:
            self.method.addItem(label(PAYMENT_METHOD, method), method.value)
        self.counterparty = QLineEdit()
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.fontMetrics().height() * 4)

        self.add_row(self.tr("Date"), self.date, "date")
        self.add_row(self.tr("Kind"), self.kind, "kind")
        self.add_row(self.tr("Category"), self.category, "category",
                     hint=self.tr("Pick one, or choose “New category…” at the end of the list "
                                  "to make your own."))
        self.add_row(self.tr("Amount"), amount_row, "amount")
        self.amount.setAccessibleName(self.tr("Amount"))
        self.add_row(self.tr("Workplace"), self.workplace, "workplace")
        self.add_row(self.tr("Paid how"), self.method, "method")
        self.add_row(self.tr("Paid to or taken by"), self.counterparty, "counterparty")
        self.add_row(self.tr("Note"), self.note, "note")
        if line is not None and line.shift_id is not None:
            self.workplace.setEnabled(False)
            self.date.setEnabled(False)
            self.workplace.setToolTip(self.tr("This line belongs to a shift; change the shift "
                                              "to move it."))

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.category.currentIndexChanged.connect(
            lambda _i: category_chosen(self.category, self.session,
                                       MoneyKind(self.kind.currentData()), self))
        self.workplace.currentIndexChanged.connect(self._workplace_changed)
        self.currency.currentTextChanged.connect(self._currency_changed)

        source = line or MoneyLine(date=date.today(), kind=MoneyKind.EXPENSE, category="other",
                                   amount_minor=0, currency=profile.default_currency)
        self.date.setDate(QDate(source.date.year, source.date.month, source.date.day))
        self.kind.setCurrentIndex(max(0, self.kind.findData(str(source.kind))))
        self._kind_changed()
        self._set_category(source.category)
        self.currency.set_value(source.currency)
        self.amount.set_currency(source.currency)
        if line is not None:
            self.amount.set_minor(line.amount_minor)
        self.workplace.setCurrentIndex(max(0, self.workplace.findData(source.workplace_id)))
        self.method.setCurrentIndex(max(0, self.method.findData(
            None if source.method is None else str(source.method))))
        self.counterparty.setText(source.counterparty)
        self.note.setPlainText(source.note)
        self.fit()
        (self.amount if line is None else self.date).setFocus()

    draft_kind = "money"

    def draft_record_id(self) -> int | None:
        return None if self.line is None else self.line.id

    def _kind_changed(self, _index: int = 0) -> None:
        kind = MoneyKind(self.kind.currentData())
        current = self.category.currentData()
        fill_categories(self.category, self.session, kind,
                        current if isinstance(current, str) and current != NEW else None)
        placeholder = {
            MoneyKind.EARNING: self.tr("Who paid, like a client or the club"),
            MoneyKind.DEDUCTION: self.tr("Who took it, like the club or the DJ"),
            MoneyKind.EXPENSE: self.tr("Who you paid, like a shop or a driver"),
        }[kind]
        self.counterparty.setPlaceholderText(placeholder)

    def _set_category(self, slug: str) -> None:
        fill_categories(self.category, self.session, MoneyKind(self.kind.currentData()), slug)

    def _workplace_changed(self, _index: int) -> None:
        workplace = self._workplaces.get(self.workplace.currentData())
        if workplace is not None:
            self.currency.set_value(workplace.currency)

    def _currency_changed(self, _text: str) -> None:
        code = self.currency.value()
        if code is not None:
            self.amount.set_currency(code)

    def category_slug(self) -> str:
        slug = self.category.currentData()
        return str(slug) if isinstance(slug, str) and slug != NEW else ""

    def amount_problem(self, exc: ValidationError, currency: str) -> str:
        message = exc.problems[0].message if exc.problems else ""
        if "negative" in message:
            return self.tr("An amount cannot be below zero. Choose the kind instead: earned, "
                           "taken by the workplace or your own expense.")
        if "decimals" in message:
            places = exponent(currency)
            if places == 0:
                return self.tr("%1 amounts have no decimals.").replace("%1", currency)
            return self.tr("%1 amounts have at most %2 decimals.").replace(
                "%1", currency).replace("%2", str(places))
        if "empty" in message:
            return self.tr("Write the amount, like 800.")
        if "too large" in message:
            return self.tr("This amount is too large.")
        return self.tr("Write the amount with digits, like 800 or 1 200,50.")

    def save(self) -> None:
        self.clear_messages()
        currency = self.currency.value()
        if currency is None:
            self.field_problem("amount", self.tr("Choose a currency from the list, like SEK."))
            return
        self.amount.set_currency(currency)
        try:
            minor = self.amount.minor()
        except ValidationError as exc:
            self.field_problem("amount", self.amount_problem(exc, currency))
            self.amount.setFocus()
            return
        category = self.category_slug()
        if not category:
            self.field_problem("category", self.tr("Choose a category."))
            return
        qdate = self.date.date()
        method = self.method.currentData()
        base = self.line or MoneyLine(date=date.today(), kind=MoneyKind.EXPENSE,
                                      category="other", amount_minor=0, currency=currency)
        line = replace(
            base, date=date(qdate.year(), qdate.month(), qdate.day()),
            kind=MoneyKind(self.kind.currentData()), category=category, amount_minor=minor,
            currency=currency, workplace_id=self.workplace.currentData(),
            method=None if method is None else PaymentMethod(method),
            counterparty=self.counterparty.text().strip(), note=self.note.toPlainText())
        try:
            if line.id is None:
                self.saved = self.session.vault.add_money_line(line)
            else:
                self.saved = self.session.vault.update_money_line(line)
        except ValidationError as exc:
            self.show_problems(exc)
            return
        self.session.notify("money")
        self.accept()

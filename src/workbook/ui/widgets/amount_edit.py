"""A field for typing an amount the way people write it: ``800``, ``1 200,50``, ``1'200.50``."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from workbook.domain.currencies import exponent
from workbook.domain.errors import ValidationError
from workbook.domain.money import parse_amount
from workbook.ui.widgets.labels import amount_text


class AmountEdit(QLineEdit):
    """Text in, minor units out (via ``domain.money.parse_amount(lenient=True)``).

    ``amountChanged`` carries the parsed amount, or -1 while the text is empty or not an amount,
    so a running total can follow the typing."""

    amountChanged = Signal(object)

    def __init__(self, currency: str = "SEK", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._currency = currency
        self._update_placeholder()
        self.textChanged.connect(self._emit)

    @property
    def currency(self) -> str:
        return self._currency

    def set_currency(self, currency: str) -> None:
        self._currency = currency
        self._update_placeholder()
        self._emit()

    def _update_placeholder(self) -> None:
        self.setPlaceholderText(amount_text(0, self._currency, with_currency=False)
                                if exponent(self._currency) else "0")

    def is_blank(self) -> bool:
        return not self.text().strip()

    def minor(self) -> int:
        """The amount in minor units; raises ``ValidationError`` for text that is no amount."""
        return parse_amount(self.text(), self._currency, lenient=True)

    def minor_or_none(self) -> int | None:
        try:
            return self.minor()
        except ValidationError:
            return None

    def set_minor(self, minor: int | None) -> None:
        if minor is None:
            self.clear()
        else:
            self.setText(amount_text(minor, self._currency, with_currency=False, grouping=False))

    def _emit(self) -> None:
        value = self.minor_or_none()
        self.amountChanged.emit(-1 if value is None else value)

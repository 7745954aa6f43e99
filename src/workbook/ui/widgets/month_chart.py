"""A bar chart of earnings against what the workplace took, per month, drawn with QPainter.

Earnings are solid bars, deductions hatched ones, and the legend says which is which, so the
chart reads in greyscale and for colour-blind eyes. Its accessible description lists every
figure for screen readers.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from workbook.domain.currencies import exponent
from workbook.ui.widgets.labels import amount_text


@dataclass(frozen=True, slots=True)
class MonthBar:
    label: str
    earned: int
    taken: int


def _nice_ceiling(value: int) -> int:
    """The smallest of 1, 2, 2.5, 5 × 10^n at or above ``value`` (a readable top of the axis)."""
    if value <= 0:
        return 1
    magnitude = 1
    while magnitude * 10 <= value:
        magnitude *= 10
    for step in (1, 2, 5, 10):
        if step * magnitude >= value:
            return step * magnitude
    return 10 * magnitude


class MonthChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: list[MonthBar] = []
        self._currency = "SEK"
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Earnings and deductions per month"))

    def set_data(self, currency: str, bars: list[MonthBar]) -> None:
        self._currency = currency
        self._bars = list(bars)
        parts = [self.tr("%1: earned %2, taken %3").replace("%1", b.label)
                 .replace("%2", amount_text(b.earned, currency))
                 .replace("%3", amount_text(b.taken, currency)) for b in self._bars]
        self.setAccessibleDescription("; ".join(parts) or self.tr("No money recorded"))
        self.setToolTip("\n".join(parts))
        self.updateGeometry()
        self.update()

    def bars(self) -> list[MonthBar]:
        return list(self._bars)

    def sizeHint(self) -> QSize:
        em = self.fontMetrics().height()
        return QSize(max(24 * em, len(self._bars) * 3 * em), 14 * em)

    def minimumSizeHint(self) -> QSize:
        em = self.fontMetrics().height()
        return QSize(16 * em, 10 * em)

    def _whole(self, minor: int) -> str:
        return self.locale().toString(minor // 10 ** exponent(self._currency))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_pen = QPen(palette.color(QPalette.ColorRole.WindowText))
        fm = self.fontMetrics()
        em = fm.height()
        rect = QRectF(self.rect()).adjusted(4, 4, -4, -4)

        earned_brush = QBrush(palette.color(QPalette.ColorRole.Highlight))
        taken_color = QColor(palette.color(QPalette.ColorRole.WindowText))
        taken_brush = QBrush(taken_color, Qt.BrushStyle.BDiagPattern)

        # Legend across the top: a swatch with its pattern and a word for each series.
        x = rect.left()
        for brush, text in ((earned_brush, self.tr("Earned")),
                            (taken_brush, self.tr("Taken by workplace"))):
            swatch = QRectF(x, rect.top() + 2, em, em - 4)
            painter.setPen(text_pen)
            painter.setBrush(brush)
            painter.drawRect(swatch)
            painter.drawText(QRectF(swatch.right() + em / 3, rect.top(), fm.horizontalAdvance(
                text) + 4, em), Qt.AlignmentFlag.AlignVCenter, text)
            x = swatch.right() + em / 3 + fm.horizontalAdvance(text) + em
        painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), em),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         self._currency)

        if not self._bars:
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.tr("No money recorded"))
            return
        top_value = _nice_ceiling(max(max(b.earned, b.taken) for b in self._bars))
        axis_width = fm.horizontalAdvance(self._whole(top_value)) + em / 2
        plot = QRectF(rect.left() + axis_width, rect.top() + 1.6 * em,
                      rect.width() - axis_width, rect.height() - 3 * em)

        # Axis with four gridlines, labelled in whole units of the currency.
        grid_pen = QPen(palette.color(QPalette.ColorRole.Mid))
        grid_pen.setStyle(Qt.PenStyle.DotLine)
        for i in range(5):
            value = top_value * i // 4
            y = plot.bottom() - plot.height() * i / 4
            painter.setPen(grid_pen if i else text_pen)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text_pen)
            painter.drawText(QRectF(rect.left(), y - em / 2, axis_width - em / 4, em),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             self._whole(value))

        slot = plot.width() / len(self._bars)
        bar_width = max(2.0, min(slot * 0.35, 3 * em))
        for i, bar in enumerate(self._bars):
            centre = plot.left() + slot * (i + 0.5)
            for offset, value, brush in ((-bar_width, bar.earned, earned_brush),
                                         (0.0, bar.taken, taken_brush)):
                height = plot.height() * value / top_value
                painter.setPen(text_pen)
                painter.setBrush(brush)
                painter.drawRect(QRectF(centre + offset, plot.bottom() - height, bar_width,
                                        height))
            label = fm.elidedText(bar.label, Qt.TextElideMode.ElideRight, int(slot))
            painter.drawText(QRectF(centre - slot / 2, plot.bottom() + 2, slot, em * 1.2),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, label)
        painter.end()

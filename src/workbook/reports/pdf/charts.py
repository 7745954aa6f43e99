"""The earnings-against-deductions bar chart. Meaning never rests on colour alone: earnings are
dark solid bars, deductions light bars with a black outline, a legend names both, and the same
figures are printed in a table beside the chart."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from workbook.reports.pdf.fonts import MAIN

EARNED_FILL = colors.HexColor("#2F4B66")
TAKEN_FILL = colors.HexColor("#F3C969")


def _nice_step(top: int) -> int:
    """A round axis step (1, 2 or 5 × 10ⁿ) giving about five gridlines up to ``top``."""
    if top <= 0:
        return 1
    rough = max(1, top // 5)
    power = 1
    while power * 10 <= rough:
        power *= 10
    for mult in (1, 2, 5, 10):
        if mult * power >= rough:
            return mult * power
    return 10 * power


def earnings_chart(
    labels: Sequence[str],
    earned: Sequence[int],
    taken: Sequence[int],
    *,
    width: float,
    height: float,
    earned_label: str,
    taken_label: str,
    axis_label: Callable[[int], str],
    caption: str,
) -> Drawing:
    """Two bars per period. Values are integer minor units; ``axis_label`` formats them."""
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x = 58
    chart.y = 34
    chart.width = width - chart.x - 10
    chart.height = height - chart.y - 34
    chart.data = [list(earned), list(taken)]
    chart.barSpacing = 1
    chart.groupSpacing = 6 if len(labels) < 13 else 3
    chart.bars[0].fillColor = EARNED_FILL
    chart.bars[0].strokeColor = EARNED_FILL
    chart.bars[1].fillColor = TAKEN_FILL
    chart.bars[1].strokeColor = colors.black
    chart.bars.strokeWidth = 0.6
    top = max([*earned, *taken, 1])
    step = _nice_step(top)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = ((top + step - 1) // step) * step
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = MAIN
    chart.valueAxis.labels.fontSize = 6.5
    chart.valueAxis.labelTextFormat = lambda v: axis_label(int(v))
    chart.valueAxis.gridStrokeColor = colors.HexColor("#DDDDDD")
    chart.valueAxis.visibleGrid = True
    chart.categoryAxis.categoryNames = list(labels)
    chart.categoryAxis.labels.fontName = MAIN
    chart.categoryAxis.labels.fontSize = 6.5
    if len(labels) > 12:
        chart.categoryAxis.labels.angle = 45
        chart.categoryAxis.labels.boxAnchor = "ne"
    drawing.add(chart)

    legend = Legend()
    legend.x = chart.x
    legend.y = height - 8
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 110
    legend.fontName = MAIN
    legend.fontSize = 7.5
    legend.strokeWidth = 0.6
    legend.strokeColor = colors.black
    legend.colorNamePairs = [(EARNED_FILL, earned_label), (TAKEN_FILL, taken_label)]
    drawing.add(legend)
    drawing.add(String(width, height - 10, caption, fontName=MAIN, fontSize=7,
                       textAnchor="end", fillColor=colors.HexColor("#555555")))
    return drawing

"""Overview: this month and this year at each workplace, a chart per month, and fee history.

The figures come from ``reports.summary.compute_summary`` over one ``vault.period_records``
read covering the last twelve months; the chart and the fee history use the same records.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from workbook.domain.categories import MoneyKind
from workbook.domain.models import MoneyLine, Shift, Workplace
from workbook.domain.money import divide_half_even
from workbook.domain.timeutil import local, utc_now, work_day
from workbook.reports.evidence import FeeChange, fee_changes
from workbook.reports.summary import Summary, Totals, WorkplaceTotals, compute_summary
from workbook.ui.session import Session
from workbook.ui.widgets.labels import (
    MONEY_CATEGORY,
    amount_text,
    date_text,
    hours_text,
    label,
)
from workbook.ui.widgets.month_chart import MonthBar, MonthChart
from workbook.ui.widgets.style import strong

#: Deduction categories whose history the page shows.
HISTORY_CATEGORIES = ("house_fee", "stage_fee", "fine")


def month_start(day: date, months_back: int = 0) -> date:
    index = day.year * 12 + day.month - 1 - months_back
    return date(index // 12, index % 12 + 1, 1)


def _night(line: MoneyLine, shifts: dict[int, Shift]) -> date:
    shift = shifts.get(line.shift_id) if line.shift_id is not None else None
    return local(shift.start, shift.timezone).date() if shift is not None else line.date


def _place(line: MoneyLine, shifts: dict[int, Shift]) -> int | None:
    shift = shifts.get(line.shift_id) if line.shift_id is not None else None
    return shift.workplace_id if shift is not None else line.workplace_id


def monthly_figures(shifts: Sequence[Shift], lines: Sequence[MoneyLine], workplace_id: int,
                    currency: str, first_month: date, months: int) -> list[tuple[date, int, int]]:
    """(month, earned, taken by the workplace) for ``months`` months from ``first_month``."""
    by_id = {s.id: s for s in shifts if s.id is not None}
    slots = {month_start(first_month, -i): [0, 0] for i in range(months)}
    for line in lines:
        if line.currency != currency or _place(line, by_id) != workplace_id:
            continue
        slot = slots.get(month_start(_night(line, by_id)))
        if slot is None or line.kind == MoneyKind.EXPENSE:
            continue
        slot[0 if line.kind == MoneyKind.EARNING else 1] += line.amount_minor
    return [(m, v[0], v[1]) for m, v in slots.items()]


@dataclass(frozen=True, slots=True)
class FeeHistory:
    category: str
    currency: str
    first: tuple[date, int]
    changes: tuple[FeeChange, ...]
    nights: int


def fee_history(shifts: Sequence[Shift], lines: Sequence[MoneyLine], workplace_id: int,
                categories: Sequence[str] = HISTORY_CATEGORIES) -> list[FeeHistory]:
    """Per category, the amount per night and the nights it changed (one point per shift)."""
    by_id = {s.id: s for s in shifts if s.id is not None}
    nights: dict[tuple[str, str], dict[tuple[date, int], int]] = {}
    for line in lines:
        if (line.kind != MoneyKind.DEDUCTION or line.category not in categories
                or _place(line, by_id) != workplace_id):
            continue
        key = (_night(line, by_id), line.shift_id if line.shift_id is not None
               else -(line.id or 0))
        series = nights.setdefault((line.category, line.currency), {})
        series[key] = series.get(key, 0) + line.amount_minor
    result: list[FeeHistory] = []
    for (category, currency), series in sorted(
            nights.items(), key=lambda kv: (categories.index(kv[0][0]), kv[0][1])):
        points = [(key[0], amount) for key, amount in sorted(series.items())]
        result.append(FeeHistory(category, currency, points[0], fee_changes(points),
                                 len(points)))
    return result


class OverviewPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        #: Where "now" comes from; tests replace it.
        self.clock: Callable[[], datetime] = utc_now
        self._stale = True
        self.setAccessibleName(self.tr("Overview"))

        self.heading = QLabel(self.tr("Overview"))
        self.heading.setObjectName("pageTitle")
        self.period_note = QLabel()
        self.period_note.setWordWrap(True)

        self.cards = QVBoxLayout()
        self.chart_choice = QComboBox()
        self.chart_choice.setAccessibleName(self.tr("Workplace shown in the chart"))
        self.chart_choice.currentIndexChanged.connect(self._update_chart)
        chart_label = QLabel(self.tr("&Chart for"))
        chart_label.setBuddy(self.chart_choice)
        self.chart = MonthChart()
        self.history = QVBoxLayout()
        self.empty = QLabel(self.tr("Nothing recorded this year yet. Log a shift on the Today "
                                    "page and it shows up here."))
        self.empty.setWordWrap(True)

        chart_box = QGroupBox(self.tr("Earned and taken per month, last 12 months"))
        chart_layout = QVBoxLayout(chart_box)
        choice_row = QHBoxLayout()
        choice_row.addWidget(chart_label)
        choice_row.addWidget(self.chart_choice)
        choice_row.addStretch(1)
        chart_layout.addLayout(choice_row)
        chart_layout.addWidget(self.chart)
        self.chart_box = chart_box
        history_box = QGroupBox(self.tr("House fees and fines, last 12 months"))
        history_box.setLayout(self.history)
        self.history_box = history_box

        content = QWidget()
        body = QVBoxLayout(content)
        body.addWidget(self.heading)
        body.addWidget(self.period_note)
        body.addWidget(self.empty)
        body.addLayout(self.cards)
        body.addWidget(chart_box)
        body.addWidget(history_box)
        body.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self._workplaces: dict[int, Workplace] = {}
        self._shifts: list[Shift] = []
        self._lines: list[MoneyLine] = []
        self._today = date.today()
        session.changed.connect(self._changed)
        self.refresh()

    # --- data ------------------------------------------------------------------------------

    def _changed(self, entity: str) -> None:
        if entity in ("shift", "money", "workplace", "profile"):
            self._stale = True
            if self.isVisible() and self.session.is_open:
                self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and self.session.is_open:
            self.refresh()

    def refresh(self) -> None:
        vault = self.session.vault
        profile = vault.get_profile()
        self._profile = profile
        self._today = work_day(self.clock(), profile.timezone, profile.day_starts_minutes)
        first = month_start(self._today, 11)
        year_start = date(self._today.year, 1, 1)
        self._workplaces = {w.id: w for w in vault.list_workplaces(include_archived=True)
                            if w.id is not None}
        shifts, lines = vault.period_records(min(first, year_start), self._today)
        self._shifts, self._lines = list(shifts), list(lines)
        places = list(self._workplaces.values())
        self.month = compute_summary(places, self._shifts, self._lines,
                                     month_start(self._today), self._today)
        self.year = compute_summary(places, self._shifts, self._lines, year_start, self._today)
        self.period_note.setText(self.tr("This month is %1 to %2; this year from %3. Amounts "
                                         "are per currency and never converted.")
                                 .replace("%1", date_text(month_start(self._today)))
                                 .replace("%2", date_text(self._today))
                                 .replace("%3", date_text(year_start)))
        self._fill_cards()
        self._fill_chart_choice()
        self._fill_history()
        self._stale = False

    # --- cards -----------------------------------------------------------------------------

    def _fill_cards(self) -> None:
        _clear(self.cards)
        self.card_values: dict[tuple[int, str], dict[str, tuple[str, str]]] = {}
        entries = _entries(self.year)
        self.empty.setVisible(not entries)
        month = {(e.workplace_id, e.currency): e for e in self.month.workplaces}
        for key, year_entry in entries.items():
            month_entry = month.get(key)
            box = QGroupBox(self.tr("%1 (%2)").replace("%1", year_entry.name)
                            .replace("%2", year_entry.currency))
            box.setAccessibleName(box.title())
            grid = QGridLayout(box)
            grid.setHorizontalSpacing(self.fontMetrics().height() * 2)
            for col, text in ((1, self.tr("This month")), (2, self.tr("This year"))):
                header = QLabel(text)
                strong(header)
                grid.addWidget(header, 0, col, Qt.AlignmentFlag.AlignRight)
            rows = self._rows(month_entry, year_entry)
            self.card_values[key] = {name: (m, y) for name, _caption, m, y in rows}
            for r, (name, caption, m, y) in enumerate(rows, start=1):
                caption_label = QLabel(caption)
                if name.startswith("taken:"):
                    caption_label.setIndent(self.fontMetrics().height())
                grid.addWidget(caption_label, r, 0)
                for col, text in ((1, m), (2, y)):
                    value = QLabel(text)
                    value.setAlignment(Qt.AlignmentFlag.AlignRight)
                    value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                    value.setAccessibleName(f"{caption}: {text}")
                    if name == "kept":
                        strong(value)
                    grid.addWidget(value, r, col)
            grid.setColumnStretch(3, 1)  # figures stay near their captions on wide windows
            self.cards.addWidget(box)

    def _rows(self, month: WorkplaceTotals | None, year: WorkplaceTotals,
              ) -> list[tuple[str, str, str, str]]:
        currency = year.currency
        rate = self._profile.reference_wages.get(currency)

        def money(minor: int | None) -> str:
            return "—" if minor is None else amount_text(minor, currency)

        def both(fn: Callable[[WorkplaceTotals], str]) -> tuple[str, str]:
            return (fn(month) if month is not None else fn(_empty(year)), fn(year))

        # Money in another currency than the workplace's (a guest week's train fare) has no
        # shifts or hours of its own: only its amounts are shown.
        worked = year.shifts > 0
        rows: list[tuple[str, str, str, str]] = []
        if worked:
            rows += [
                ("shifts", self.tr("Shifts"), *both(lambda e: QLocale().toString(e.shifts))),
                ("hours", self.tr("Hours worked"),
                 *both(lambda e: hours_text(e.worked_seconds))),
            ]
        rows += [
            ("earned", self.tr("Earned"), *both(lambda e: money(e.money.gross))),
            ("taken", self.tr("Taken by the workplace"),
             *both(lambda e: money(e.money.deductions_total))),
        ]

        def taken_in(category: str) -> Callable[[WorkplaceTotals], str]:
            return lambda e: money(e.money.deductions.get(category, 0))

        for category in year.money.deductions:
            rows.append((f"taken:{category}", label(MONEY_CATEGORY, category),
                         *both(taken_in(category))))
        rows.append(("kept", self.tr("Kept"), *both(lambda e: _kept_text(e, currency))))
        if worked:
            rows.append(("per_hour", self.tr("Kept per hour"),
                         *both(lambda e: money(e.net_per_hour))))
        if year.money.expenses_total:
            rows.append(("expenses", self.tr("Own expenses"),
                         *both(lambda e: money(e.money.expenses_total))))
        if worked and rate is not None and rate > 0:
            rows.append(("owed", self.tr("Owed to an employee: %1 an hour, nothing taken")
                         .replace("%1", amount_text(rate, currency)),
                         *both(lambda e: money(_owed(e, rate) if e.worked_seconds else None))))
            rows.append(("short", self.tr("Difference from what you kept"),
                         *both(lambda e: _difference_text(_owed(e, rate) - e.money.net,
                                                          currency) if e.worked_seconds
                               else "—")))
        return rows

    # --- chart -----------------------------------------------------------------------------

    def _fill_chart_choice(self) -> None:
        self.chart_choice.blockSignals(True)
        previous = self.chart_choice.currentData()
        self.chart_choice.clear()
        for (workplace_id, currency), entry in _entries(self.year).items():
            self.chart_choice.addItem(f"{entry.name} ({currency})", (workplace_id, currency))
        self.chart_choice.setCurrentIndex(max(0, self.chart_choice.findData(previous)))
        self.chart_choice.blockSignals(False)
        self.chart_box.setVisible(self.chart_choice.count() > 0)
        self._update_chart()

    def _update_chart(self) -> None:
        data = self.chart_choice.currentData()
        if not data:
            self.chart.set_data(self._profile.default_currency, [])
            return
        workplace_id, currency = data
        first = month_start(self._today, 11)
        months = monthly_figures(self._shifts, self._lines, workplace_id, currency, first, 12)
        locale = QLocale()
        bars = [MonthBar(locale.toString(QDate(m.year, m.month, 1), "MMM")
                         + ("" if m.month != 1 and i else f" {m.year % 100:02d}"),
                         earned, taken)
                for i, (m, earned, taken) in enumerate(months)]
        self.chart.set_data(currency, bars)

    # --- fee history ------------------------------------------------------------------------

    def _fill_history(self) -> None:
        _clear(self.history)
        self.history_texts: list[str] = []
        for workplace_id, workplace in self._workplaces.items():
            histories = fee_history(self._shifts, self._lines, workplace_id)
            if not histories:
                continue
            title = QLabel(workplace.name)
            strong(title)
            self.history.addWidget(title)
            for h in histories:
                text = self._history_text(h)
                self.history_texts.append(f"{workplace.name}: {text}")
                line = QLabel(text)
                line.setWordWrap(True)
                line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.history.addWidget(line)
        if not self.history_texts:
            self.history.addWidget(QLabel(self.tr("No house fees or fines recorded in the last "
                                                  "12 months.")))

    def _history_text(self, h: FeeHistory) -> str:
        name = label(MONEY_CATEGORY, h.category)
        first_day, first_amount = h.first
        parts = [self.tr("%1: %2 on %3").replace("%1", name)
                 .replace("%2", amount_text(first_amount, h.currency))
                 .replace("%3", date_text(first_day))]
        shown = h.changes if len(h.changes) <= 6 else h.changes[-6:]
        for change in shown:
            word = self.tr("up") if change.change > 0 else self.tr("down")
            parts.append(self.tr("%1 on %2 (%3 %4)")
                         .replace("%1", amount_text(change.after, h.currency))
                         .replace("%2", date_text(change.on)).replace("%3", word)
                         .replace("%4", amount_text(abs(change.change), h.currency)))
        text = " → ".join(parts)
        if len(h.changes) > len(shown):
            text += " " + self.tr("(%1 earlier changes not shown)").replace(
                "%1", str(len(h.changes) - len(shown)))
        if not h.changes:
            text += " " + (self.tr("(once)") if h.nights == 1 else self.tr(
                "(the same on all %1 nights)").replace("%1", str(h.nights)))
        return text


def _entries(summary: Summary) -> dict[tuple[int, str], WorkplaceTotals]:
    return {(e.workplace_id, e.currency): e for e in summary.workplaces}


def _empty(like: WorkplaceTotals) -> WorkplaceTotals:
    return WorkplaceTotals(like.workplace_id, like.name, like.currency, 0, 0,
                           Totals(like.currency))


def _owed(entry: WorkplaceTotals, rate: int) -> int:
    """Reference wage × hours worked + every deduction taken (DESIGN.md's comparison)."""
    return divide_half_even(rate * entry.worked_seconds, 3600) + entry.money.deductions_total


def _kept_text(entry: WorkplaceTotals, currency: str) -> str:
    text = amount_text(entry.money.net, currency)
    if entry.money.net < 0:
        text += " " + QCoreApplication.translate("OverviewPage", "(in debt to the workplace)")
    return text


def _difference_text(short: int, currency: str) -> str:
    if short > 0:
        return QCoreApplication.translate("OverviewPage", "%1 less").replace(
            "%1", amount_text(short, currency))
    if short < 0:
        return QCoreApplication.translate("OverviewPage", "%1 more").replace(
            "%1", amount_text(-short, currency))
    return QCoreApplication.translate("OverviewPage", "the same")


def _clear(layout: QVBoxLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            break
        widget = item.widget()
        if widget is not None:
            widget.deleteLater()

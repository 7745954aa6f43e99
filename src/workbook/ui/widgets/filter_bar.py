"""The row of filters above a list: period, workplace, kind and category, and a search field.

Every change emits ``changed`` once; typing in the search field waits a quarter of a second so
each key press does not re-query the store. ``filters()`` returns what the store's ``list_*``
functions take.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from workbook.domain.categories import MONEY_CATEGORIES, MoneyKind
from workbook.domain.models import Workplace
from workbook.ui.widgets.labels import MONEY_CATEGORY, MONEY_KIND, label

SEARCH_DELAY_MS = 250


@dataclass(frozen=True)
class Filters:
    date_from: date | None = None
    date_to: date | None = None
    workplace_id: int | None = None
    kind: str | None = None
    category: str | None = None
    text: str | None = None
    include_archived: bool = False


def _month_start(day: date) -> date:
    return day.replace(day=1)


def period_range(key: str, today: date) -> tuple[date | None, date | None]:
    """The first and last day (both inclusive) of a named period."""
    if key == "this_month":
        return _month_start(today), today
    if key == "last_month":
        end = _month_start(today) - timedelta(days=1)
        return _month_start(end), end
    if key == "last_3_months":
        start = _month_start(today)
        for _ in range(2):
            start = _month_start(start - timedelta(days=1))
        return start, today
    if key == "this_year":
        return today.replace(month=1, day=1), today
    if key == "last_year":
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    return None, None


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, *, workplaces: Sequence[Workplace] = (), period: bool = True,
                 money_kind: bool = False, categories: Mapping[str, object] | None = None,
                 archived: bool = False, search_hint: str = "",
                 own_categories: Mapping[str, Sequence[str]] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = date.today()
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.changed.emit)
        self._categories = categories
        #: The worker's own money categories per kind ("custom:…" slugs), listed after ours.
        self._own = own_categories or {}

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)

        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(search_hint or self.tr("Search"))
        self.search.setAccessibleName(self.tr("Search"))
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self.apply_now)
        row.addWidget(self.search, 2)

        self.period: QComboBox | None = None
        self.date_from: QDateEdit | None = None
        self.date_to: QDateEdit | None = None
        custom = QHBoxLayout()
        custom.setContentsMargins(0, 0, 0, 0)
        self.custom_row = QWidget()
        self.custom_row.setLayout(custom)
        self.custom_row.hide()
        if period:
            self.period = QComboBox()
            self.period.setAccessibleName(self.tr("Period"))
            for key, text in (
                ("all", self.tr("All time")), ("this_month", self.tr("This month")),
                ("last_month", self.tr("Last month")),
                ("last_3_months", self.tr("Last 3 months")),
                ("this_year", self.tr("This year")), ("last_year", self.tr("Last year")),
                ("custom", self.tr("Choose dates…")),
            ):
                self.period.addItem(text, key)
            self.period.currentIndexChanged.connect(self._period_changed)
            row.addWidget(self.period, 1)
            self.date_from = QDateEdit(_qdate(_month_start(self._today)))
            self.date_to = QDateEdit(_qdate(self._today))
            for edit, name in ((self.date_from, self.tr("From")), (self.date_to, self.tr("To"))):
                edit.setCalendarPopup(True)
                edit.setAccessibleName(name)
                edit.dateChanged.connect(lambda _d: self.changed.emit())
                custom.addWidget(QLabel(name))
                custom.addWidget(edit)
            custom.addStretch(1)

        self.workplace: QComboBox | None = None
        if workplaces:
            self.workplace = QComboBox()
            self.workplace.setAccessibleName(self.tr("Workplace"))
            self.workplace.addItem(self.tr("All workplaces"), None)
            for w in sorted(workplaces, key=lambda w: (w.archived, w.name.casefold())):
                text = w.name if not w.archived else self.tr("%1 (archived)").replace("%1", w.name)
                self.workplace.addItem(text, w.id)
            self.workplace.currentIndexChanged.connect(lambda _i: self.changed.emit())
            row.addWidget(self.workplace, 1)

        self.kind: QComboBox | None = None
        if money_kind:
            self.kind = QComboBox()
            self.kind.setAccessibleName(self.tr("Kind of money"))
            self.kind.addItem(self.tr("All kinds"), None)
            for kind in MoneyKind:
                self.kind.addItem(label(MONEY_KIND, kind), kind.value)
            self.kind.currentIndexChanged.connect(self._kind_changed)
            row.addWidget(self.kind, 1)

        self.category: QComboBox | None = None
        if categories is not None or money_kind:
            self.category = QComboBox()
            self.category.setAccessibleName(self.tr("Category"))
            self._fill_categories()
            self.category.currentIndexChanged.connect(lambda _i: self.changed.emit())
            row.addWidget(self.category, 1)

        self.archived: QCheckBox | None = None
        if archived:
            self.archived = QCheckBox(self.tr("Show archived"))
            self.archived.toggled.connect(lambda _on: self.changed.emit())
            row.addWidget(self.archived)

        # Choices shrink (and elide) before the search field does, so it stays usable at
        # large text sizes and in longer languages.
        h = self.fontMetrics().height()
        self.search.setMinimumWidth(10 * h)
        for combo in (self.period, self.workplace, self.kind, self.category):
            if combo is not None:
                combo.setSizeAdjustPolicy(
                    QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
                combo.setMinimumContentsLength(6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(row)
        layout.addWidget(self.custom_row)

    def _fill_categories(self) -> None:
        assert self.category is not None
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem(self.tr("All categories"), None)
        if self._categories is not None:
            for slug, english in self._categories.items():
                self.category.addItem(
                    QCoreApplication.translate("Labels", str(english)), slug)
        else:
            kind = self.kind.currentData() if self.kind is not None else None
            kinds = [MoneyKind(kind)] if kind else list(MoneyKind)
            seen: set[str] = set()
            for k in kinds:
                for slug in (*MONEY_CATEGORIES[k], *self._own.get(str(k), ())):
                    if slug not in seen:
                        seen.add(slug)
                        self.category.addItem(label(MONEY_CATEGORY, slug), slug)
        self.category.blockSignals(False)

    def set_own_categories(self, own: Mapping[str, Sequence[str]]) -> None:
        """A category was made: list it too, keeping what is chosen."""
        if self.category is None or dict(own) == dict(self._own):
            return
        self._own = own
        chosen = self.category.currentData()
        self._fill_categories()
        self.category.setCurrentIndex(max(0, self.category.findData(chosen)))

    def _kind_changed(self, _index: int) -> None:
        self._fill_categories()
        self.changed.emit()

    def _period_changed(self, _index: int) -> None:
        assert self.period is not None
        self.custom_row.setVisible(self.period.currentData() == "custom")
        self.changed.emit()

    def apply_now(self) -> None:
        self._search_timer.stop()
        self.changed.emit()

    def set_period(self, key: str) -> None:
        if self.period is not None:
            self.period.setCurrentIndex(self.period.findData(key))

    def filters(self) -> Filters:
        date_from = date_to = None
        if self.period is not None:
            key = self.period.currentData()
            if key == "custom" and self.date_from is not None and self.date_to is not None:
                date_from = _pydate(self.date_from.date())
                date_to = _pydate(self.date_to.date())
            else:
                date_from, date_to = period_range(str(key), self._today)
        text = self.search.text().strip() or None
        return Filters(
            date_from=date_from, date_to=date_to,
            workplace_id=self.workplace.currentData() if self.workplace is not None else None,
            kind=self.kind.currentData() if self.kind is not None else None,
            category=self.category.currentData() if self.category is not None else None,
            text=text,
            include_archived=self.archived.isChecked() if self.archived is not None else False,
        )

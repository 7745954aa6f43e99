"""What every list page shares: a title and count, filters, Add / Edit / Delete / Earlier
versions, and a table over ``RecordTableModel`` that pages from the store.

A page subclass says what its rows are (``columns``, ``fetch``, ``cursor``, ``count``) and what
Add, Edit and Delete do. Keyboard: Enter or double-click edits the selected row, Delete deletes
it (after a confirmation that says plainly what goes), Ctrl+N adds, Ctrl+F goes to the search
field. Header clicks sort the columns that can be sorted (the store does the sorting).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cmp_to_key
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QCollator, QLocale, QModelIndex, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbook.ui.session import Session
from workbook.ui.table_model import CallableFetcher, Column, RecordTableModel, Sort
from workbook.ui.tasks import Task, show_problem
from workbook.ui.widgets.filter_bar import FilterBar, Filters

R = TypeVar("R")


class RecordTable(QTableView):
    """A table that edits on Enter and deletes on the Delete key."""

    def __init__(self, page: ListPage[Any]) -> None:
        super().__init__(page)
        self._page = page

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._page.edit_selected()
            return
        if event.key() == Qt.Key.Key_Delete:
            self._page.delete_selected()
            return
        super().keyPressEvent(event)


class ListPage(QWidget, Generic[R]):
    #: The journal entity (for Earlier versions) and the ``session.changed`` names to follow.
    entity: ClassVar[str] = ""
    watch: ClassVar[frozenset[str]] = frozenset()
    default_sort: ClassVar[Sort] = Sort("start", descending=True)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session

        self.title = QLabel(self.page_title())
        self.title.setObjectName("pageTitle")
        self.count_label = QLabel()
        self.count_label.setObjectName("count")
        self.count_label.setAccessibleName(self.tr("Number of records"))

        self.filter_bar = self.build_filters()
        self.filter_bar.changed.connect(self.apply_filters)

        self.add_button = QPushButton(self.add_text())
        self.add_button.setObjectName("primary")
        self.add_button.setToolTip(self.tr("Add (Ctrl+N)"))
        self.add_button.clicked.connect(self.add_record)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setToolTip(self.tr("Edit the selected row (Enter)"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setObjectName("danger")
        self.delete_button.setToolTip(self.tr("Delete the selected row (Delete key)"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.history_button = QPushButton(self.tr("Earlier versions…"))
        self.history_button.setToolTip(self.tr("See every kept version of the selected row"))
        self.history_button.clicked.connect(self.show_history)

        self.model_columns = list(self.columns())
        self.model: RecordTableModel[R] = RecordTableModel(
            self.model_columns, self._fetcher(self.filter_bar.filters()), sort=self.default_sort,
            parent=self)
        self.table = RecordTable(self)
        self.table.setObjectName("records")
        self.table.setAccessibleName(self.page_title())
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.sectionClicked.connect(self._header_clicked)
        self._show_sort_indicator()
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.reloaded.connect(self._after_reload)
        self.model.rowsInserted.connect(lambda *_: self._rows_added())

        self.empty = QLabel()
        self.empty.setObjectName("hint")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.count_label)
        self.button_row = buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.history_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addWidget(self.filter_bar)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)

        QShortcut(QKeySequence.StandardKey.New, self).activated.connect(self.add_record)
        QShortcut(QKeySequence.StandardKey.Find, self).activated.connect(
            lambda: self.filter_bar.search.setFocus())
        session.changed.connect(self._session_changed)
        self._fit_columns()
        self._after_reload()
        self.setTabOrder(self.filter_bar, self.add_button)

    # --- what a page defines -------------------------------------------------------------------

    def page_title(self) -> str:
        raise NotImplementedError

    def add_text(self) -> str:
        return self.tr("Add…")

    def columns(self) -> Sequence[Column[R]]:
        raise NotImplementedError

    def build_filters(self) -> FilterBar:
        return FilterBar(parent=self)

    def fetch(self, filters: Filters, after: Any, limit: int, sort: Sort) -> Sequence[R]:
        raise NotImplementedError

    def page_key(self, row: R, sort: Sort) -> Any:
        """The keyset cursor after ``row`` (``(start, id)`` for shifts by date, else its id)."""
        return None

    @staticmethod
    def workplaces_by_name(workplaces: dict[int, Any]) -> list[int]:
        """Workplace ids in the order their names sort: how the store sorts by workplace."""
        collator = QCollator(QLocale())
        collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        return sorted(workplaces, key=lambda wid: collator.sortKey(workplaces[wid].name))

    def sort_shown(self, rows: list[R], sort: Sort) -> list[R]:
        """A short, complete list (workplaces, people) sorted by the text its sorted column
        shows, in the current language's order."""
        column = next((c for c in self.model_columns if c.sort_key == sort.key), None)
        if column is None:
            return rows
        collator = QCollator(QLocale())
        collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        # (Qt's sort keys compare equal only to themselves, so ties go through compare().)
        by_name = cmp_to_key(collator.compare)
        return sorted(rows, key=lambda r: (by_name(column.getter(r)), self.record_id(r)),
                      reverse=sort.descending)

    def complete(self) -> bool:
        """True when ``fetch`` returns the whole (short) list at once."""
        return False

    def count(self, filters: Filters) -> int | None:
        return None

    def count_text(self, shown: int, total: int | None) -> str:
        return self.tr("%n records", "", total if total is not None else shown)

    def empty_text(self, filtered: bool) -> str:
        if filtered:
            return self.tr("Nothing matches these filters.")
        return self.tr("Nothing here yet.")

    def open_editor(self, row: R | None) -> QDialog:
        """The dialog that adds (``row=None``) or edits a record."""
        raise NotImplementedError

    def _edit(self, row: R | None) -> None:
        dialog = self.open_editor(row)
        dialog.exec()
        saved = getattr(dialog, "saved", None)
        dialog.deleteLater()
        saved_id = getattr(saved, "id", None)
        if isinstance(saved_id, int) and self.session.is_open:
            self.select_id(saved_id)

    def add_record(self) -> None:
        self._edit(None)

    def edit_record(self, row: R) -> None:
        self._edit(row)

    def record_id(self, row: R) -> int:
        value = getattr(row, "id", None)
        assert isinstance(value, int)
        return value

    def record_title(self, row: R) -> str:
        return ""

    def delete_question(self, row: R) -> str:
        raise NotImplementedError

    def delete_record(self, row: R) -> None:
        raise NotImplementedError

    # --- shared behaviour ----------------------------------------------------------------------

    def _fetcher(self, filters: Filters) -> CallableFetcher[R]:
        self._filters = filters
        return CallableFetcher(
            lambda after, limit, sort: self.fetch(filters, after, limit, sort),
            self.page_key, complete=self.complete())

    def apply_filters(self) -> None:
        if not self.session.is_open:
            return
        self.model.set_fetcher(self._fetcher(self.filter_bar.filters()))

    def refresh(self) -> None:
        if self.session.is_open:
            self.model.refresh()

    def _session_changed(self, entity: str) -> None:
        if entity in self.watch and self.session.is_open:
            self.refresh()

    def _header_clicked(self, column: int) -> None:
        key = self.model.columns[column].sort_key
        if key is None:
            self._show_sort_indicator()
            return
        current = self.model.current_sort
        descending = not current.descending if current.key == key else True
        self.model.set_sort(Sort(key, descending))
        self._show_sort_indicator()

    def _show_sort_indicator(self) -> None:
        column = self.model.sort_column()
        order = (Qt.SortOrder.DescendingOrder if self.model.current_sort.descending
                 else Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(column, order)
        header.blockSignals(False)

    def _fit_columns(self) -> None:
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        sample = [self.model.texts(n) for n in range(min(12, self.model.rowCount()))]
        for i in range(len(self.model.columns)):
            title = str(self.model.headerData(i, Qt.Orientation.Horizontal) or "")
            longest = max([title, *(texts[i] for texts in sample)], key=len)
            widest = max(metrics.horizontalAdvance(title) + 3 * metrics.height(),
                         metrics.horizontalAdvance(longest) + metrics.height())
            header.resizeSection(i, min(widest, 28 * metrics.height()))

    def _after_reload(self) -> None:
        self._update_count()
        self._update_buttons()
        if self.model.rowCount() and self.table.currentIndex().row() < 0:
            self.table.setCurrentIndex(self.model.index(0, 0))
            self.table.clearSelection()

    def _is_filtered(self) -> bool:
        f = self._filters
        return any((f.date_from, f.date_to, f.workplace_id, f.kind, f.category, f.text))

    def _update_count(self) -> None:
        shown = self.model.rowCount()
        self.empty.setVisible(shown == 0)
        self.empty.setText(self.empty_text(self._is_filtered()) if shown == 0 else "")
        self._count_generation = getattr(self, "_count_generation", 0) + 1
        if not self.session.is_open:
            return
        if self.model.exhausted and self.complete():
            self.count_label.setText(self.count_text(shown, shown))
            return
        filters = self._filters
        if not filters.text:
            # Counting with an index is a few milliseconds: do it now.
            self.count_label.setText(self.count_text(shown, self.count(filters)))
            return
        # A text search scans every record; the rows are already shown, so count on a worker
        # thread instead of making the worker wait twice.
        generation = self._count_generation
        self.count_label.setText(self.tr("Counting…"))
        (Task(self, lambda progress, cancelled: self.count(filters))
            .success(lambda total: self._counted(generation, shown, total))
            .failure(lambda exc: self._counted(generation, shown, None))
            .run())

    def _rows_added(self) -> None:
        # More rows scrolled in: the total did not change, only what is loaded.
        if self.complete():
            self._update_count()

    def _counted(self, generation: int, shown: int, total: int | None) -> None:
        if generation == self._count_generation:
            self.count_label.setText(self.count_text(self.model.rowCount(), total))

    def selected(self) -> R | None:
        rows = self.table.selectionModel().selectedRows()
        index: QModelIndex = rows[0] if rows else self.table.currentIndex()
        if not rows:
            return None
        return self.model.row(index)

    def select_id(self, record_id: int) -> bool:
        for i, row in enumerate(self.model.rows()):
            if self.record_id(row) == record_id:
                self.table.selectRow(i)
                return True
        return False

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        for button in (self.edit_button, self.delete_button, self.history_button):
            button.setEnabled(has)

    def edit_selected(self) -> None:
        row = self.selected()
        if row is not None and self.session.is_open:
            self.edit_record(row)

    def delete_selected(self) -> None:
        row = self.selected()
        if row is None or not self.session.is_open:
            return
        if not self.confirm_delete(self.delete_question(row)):
            return
        if not self.session.is_open:
            return
        try:
            self.delete_record(row)
        except Exception as exc:  # a store or validation error, said plainly
            if not self.session.is_open:
                return
            show_problem(self, exc)
            return
        self.session.notify(self.entity)

    def delete_box(self, question: str) -> QMessageBox:
        """The confirmation: what goes, in plain words; "Keep it" is the default and Esc."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Delete?"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(question)
        box.setInformativeText(self.tr(
            "Its details are erased from this vault. The journal keeps only a note that a "
            "record existed and was deleted."))
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        delete.setObjectName("confirmDelete")
        keep = box.addButton(self.tr("Keep it"), QMessageBox.ButtonRole.RejectRole)
        keep.setObjectName("keep")
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        return box

    def confirm_delete(self, question: str) -> bool:
        box = self.delete_box(question)
        box.exec()
        confirmed = box.clickedButton() is box.findChild(QPushButton, "confirmDelete")
        box.deleteLater()
        return confirmed

    def show_history(self) -> None:
        from workbook.ui.dialogs.history_dialog import HistoryDialog

        row = self.selected()
        if row is None or not self.session.is_open:
            return
        dialog = HistoryDialog(self.session, self.entity, self.record_id(row),
                               self.record_title(row), self)
        dialog.exec()
        dialog.deleteLater()

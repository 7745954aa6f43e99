"""The main window: a list of sections on the left, the open section on the right.

Every page is a ``QWidget`` subclass constructed as ``Page(session, parent)``; it is created the
first time it is opened and destroyed on lock. A page module that is not there yet (or fails to
import) shows a plain placeholder instead, so the app always starts.

The window title is "Workbook", or "Notes" with the neutral-title option; it never shows record
content. Locking is done by ``app.AppController``; this window only asks for it
(``lock_requested``) and tears its pages down (``teardown``).
"""

from __future__ import annotations

import importlib
import os
import sys
from dataclasses import dataclass
from typing import Any, ClassVar, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from workbook.ui.privacy import HIDE_KEYS, LOCK_KEYS
from workbook.ui.session import Session


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: object  # QT_TRANSLATE_NOOP("MainWindow", …): the English source text
    module: str
    class_name: str


PAGES: tuple[PageSpec, ...] = (
    PageSpec("today", QT_TRANSLATE_NOOP("MainWindow", "Today"),
             "workbook.ui.pages.today", "TodayPage"),
    PageSpec("shifts", QT_TRANSLATE_NOOP("MainWindow", "Shifts"),
             "workbook.ui.pages.shifts", "ShiftsPage"),
    PageSpec("money", QT_TRANSLATE_NOOP("MainWindow", "Money"),
             "workbook.ui.pages.money", "MoneyPage"),
    PageSpec("incidents", QT_TRANSLATE_NOOP("MainWindow", "Incidents"),
             "workbook.ui.pages.incidents", "IncidentsPage"),
    PageSpec("workplaces", QT_TRANSLATE_NOOP("MainWindow", "Workplaces"),
             "workbook.ui.pages.workplaces", "WorkplacesPage"),
    PageSpec("people", QT_TRANSLATE_NOOP("MainWindow", "People"),
             "workbook.ui.pages.people", "PeoplePage"),
    PageSpec("overview", QT_TRANSLATE_NOOP("MainWindow", "Overview"),
             "workbook.ui.pages.overview", "OverviewPage"),
    PageSpec("settings", QT_TRANSLATE_NOOP("MainWindow", "Settings"),
             "workbook.ui.pages.settings", "SettingsPage"),
)


def page_title(spec: PageSpec) -> str:
    return QCoreApplication.translate("MainWindow", str(spec.title))


class PlaceholderPage(QWidget):
    """Stands in for a page whose module is not there yet."""

    def __init__(self, session: Session, title: str, parent: QWidget | None = None, *,
                 broken: bool = False) -> None:
        super().__init__(parent)
        heading = QLabel(title)
        heading.setObjectName("pageTitle")
        text = QLabel(self.tr("This page could not be opened. Your records are safe; try "
                              "locking and unlocking again.") if broken else
                      self.tr("This part of Workbook is not ready yet."))
        text.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(heading)
        layout.addWidget(text)
        layout.addStretch(1)


def load_page_class(spec: PageSpec) -> type[QWidget] | None:
    try:
        module = importlib.import_module(spec.module)
    except ImportError as exc:
        if os.environ.get("WORKBOOK_DEBUG"):
            print(f"workbook: page {spec.key} not loaded: {exc!r}", file=sys.stderr)
        return None
    cls = getattr(module, spec.class_name, None)
    return cls if isinstance(cls, type) and issubclass(cls, QWidget) else None


def neutral_name() -> str:
    return QCoreApplication.translate("MainWindow", "Notes")


class MainWindow(QMainWindow):
    #: The worker asked to lock (False) or to hide at once (True).
    lock_requested = Signal(bool)
    #: The worker closed the window: lock and quit.
    quit_requested = Signal()

    def __init__(self, session: Session, *, neutral_title: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.session = session
        self.pages: dict[str, QWidget] = {}
        self._closing_for_lock = False

        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        # Polish before adding rows: a view lays its rows out with the style it has then.
        self.nav.ensurePolished()
        self.nav.setAccessibleName(self.tr("Sections"))
        self.nav.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for spec in PAGES:
            item = QListWidgetItem(page_title(spec))
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.nav.addItem(item)
        self.stack = QStackedWidget()
        self.stack.setObjectName("pages")

        # A slim, dismissible reminder above the pages when a backup is due.
        self.backup_banner = QFrame()
        self.backup_banner.setObjectName("backupBanner")
        self.backup_text = QLabel()
        self.backup_text.setWordWrap(True)
        self.backup_now = QPushButton()
        self.backup_now.setObjectName("backupNow")
        self.backup_now.clicked.connect(self.open_backup)
        self.backup_dismiss = QPushButton()
        self.backup_dismiss.setObjectName("link")
        self.backup_dismiss.clicked.connect(self.backup_banner.hide)
        banner_row = QHBoxLayout(self.backup_banner)
        banner_row.setContentsMargins(16, 8, 16, 8)
        banner_row.addWidget(self.backup_text, 1)
        banner_row.addWidget(self.backup_now)
        banner_row.addWidget(self.backup_dismiss)
        self.backup_banner.hide()
        right = QWidget()
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(0, 0, 0, 0)
        right_column.setSpacing(0)
        right_column.addWidget(self.backup_banner)
        right_column.addWidget(self.stack, 1)

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(right, 1)
        self.setCentralWidget(central)
        self._fit_nav()

        self.toolbar = QToolBar()
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setFloatable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.export_action = QAction(self)
        self.export_action.triggered.connect(self.open_export)
        self.lock_action = QAction(self)
        self.lock_action.triggered.connect(lambda: self.lock_requested.emit(False))
        self.hide_action = QAction(self)
        self.hide_action.triggered.connect(lambda: self.lock_requested.emit(True))
        spacer = QWidget()
        spacer.setSizePolicy(spacer.sizePolicy().Policy.Expanding,
                             spacer.sizePolicy().Policy.Preferred)
        self._export_available = _export_dialog_available()
        if self._export_available:
            self.toolbar.addAction(self.export_action)
        self.toolbar.addWidget(spacer)
        self.toolbar.addAction(self.lock_action)
        self.toolbar.addAction(self.hide_action)
        for action, name in ((self.export_action, "exportButton"),
                             (self.lock_action, "lockButton"), (self.hide_action, "hideButton")):
            button = self.toolbar.widgetForAction(action)
            if button is not None:
                button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
                button.setObjectName(name)

        self.status = QLabel()
        self.status.setObjectName("hint")
        self.statusBar().addPermanentWidget(self.status, 1)

        for number, spec in enumerate(PAGES, start=1):
            QShortcut(QKeySequence(f"Ctrl+{number}"), self).activated.connect(
                lambda key=spec.key: self.open_page(key))

        self.nav.currentRowChanged.connect(self._nav_changed)
        session.locked.connect(self.teardown)
        session.changed.connect(self._session_changed)
        self.set_neutral_title(neutral_title)
        self.retranslate()
        self.nav.setCurrentRow(0)
        self.resize(QSize(1100, 720).expandedTo(self.minimumSizeHint()))

    # --- pages ---------------------------------------------------------------------------------

    def _fit_nav(self) -> None:
        metrics = self.nav.fontMetrics()
        widest = max(metrics.horizontalAdvance(page_title(s)) for s in PAGES)
        self.nav.setFixedWidth(widest + 4 * metrics.height())

    def _nav_changed(self, row: int) -> None:
        if 0 <= row < len(PAGES):
            self._show(PAGES[row].key)

    def open_page(self, key: str) -> QWidget:
        """Show the page ``key`` (creating it if needed) and return it."""
        row = next(i for i, spec in enumerate(PAGES) if spec.key == key)
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)  # calls _show through currentRowChanged
        else:
            self._show(key)
        return self.pages[key]

    def _show(self, key: str) -> None:
        if not self.session.is_open:
            return
        page = self.pages.get(key)
        if page is None:
            page = self._create(key)
            self.pages[key] = page
            self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)

    def _create(self, key: str) -> QWidget:
        spec = next(s for s in PAGES if s.key == key)
        cls = load_page_class(spec)
        page: QWidget
        if cls is None:
            page = PlaceholderPage(self.session, page_title(spec), self.stack)
        else:
            try:
                page = cast(Any, cls)(self.session, self.stack)
            except Exception as exc:  # one broken page must not take the whole window down
                if os.environ.get("WORKBOOK_DEBUG"):
                    import traceback

                    traceback.print_exception(exc, file=sys.stderr)
                page = PlaceholderPage(self.session, page_title(spec), self.stack,
                                       broken=True)
        page.setObjectName(f"page_{key}")
        page.setAccessibleName(page_title(spec))
        return page

    #: When, after the window shows, the pages not opened yet start being built (a worker's
    #: first click comes later), and how far apart (one page per step, so typing on Today is
    #: never held up for long). ``benchmarks/bench_ui.py`` changes the delay to time both ways.
    prebuild_delay_ms: ClassVar[int] = 700
    prebuild_gap_ms: ClassVar[int] = 30

    def prebuild_pages(self) -> None:
        """Build the pages not opened yet while the app is idle, so opening one later only
        shows it. Building a list page or Settings takes 60–130 ms on a ten-year vault; a page
        opened before its turn is built then, as before."""
        QTimer.singleShot(self.prebuild_delay_ms, self, self._prebuild_next)

    def _prebuild_next(self) -> None:
        if not self.session.is_open:
            return
        key = next((spec.key for spec in PAGES if spec.key not in self.pages), None)
        if key is None:
            return
        page = self._create(key)
        self.pages[key] = page
        self.stack.addWidget(page)
        # Laid out and painted once, off screen, at the size it will show at: the style's
        # work, the layout and the text caches are done now rather than on the first open.
        page.resize(self.stack.size())
        page.grab()
        QTimer.singleShot(self.prebuild_gap_ms, self, self._prebuild_next)

    def current_page_key(self) -> str | None:
        row = self.nav.currentRow()
        return PAGES[row].key if 0 <= row < len(PAGES) else None

    def teardown(self) -> None:
        """Destroy every page (after a lock, or before re-creating them in a new language)."""
        for page in self.pages.values():
            self.stack.removeWidget(page)
            page.hide()
            page.deleteLater()
        self.pages.clear()

    # --- labels --------------------------------------------------------------------------------

    def set_neutral_title(self, neutral: bool) -> None:
        self.neutral_title = neutral
        self.setWindowTitle(neutral_name() if neutral else "Workbook")

    def set_idle_minutes(self, minutes: int) -> None:
        if minutes <= 0:
            text = self.tr("Auto-lock is off.")
        else:
            text = self.tr("Locks after %n idle minutes.", "", minutes)
        hide = HIDE_KEYS.toString(QKeySequence.SequenceFormat.NativeText)
        self.status.setText(text + "  " + self.tr("%1 hides everything at once.")
                            .replace("%1", hide))

    def retranslate(self) -> None:
        """Labels in the current language; open pages are rebuilt so they follow too."""
        for row, spec in enumerate(PAGES):
            item = self.nav.item(row)
            if item is not None:
                item.setText(page_title(spec))
        self._fit_nav()
        native = QKeySequence.SequenceFormat.NativeText
        self.export_action.setText(self.tr("Export…"))
        self.export_action.setToolTip(self.tr("Export a report for a union rep or a lawyer"))
        self.lock_action.setText(self.tr("Lock"))
        self.lock_action.setToolTip(self.tr("Lock now (%1)").replace(
            "%1", LOCK_KEYS.toString(native)))
        self.hide_action.setText(self.tr("Hide now"))
        self.hide_action.setToolTip(self.tr(
            "Lock at once and close everything (%1)").replace("%1", HIDE_KEYS.toString(native)))
        self.set_neutral_title(self.neutral_title)
        self.backup_now.setText(self.tr("Back up now…"))
        self.backup_dismiss.setText(self.tr("Not now"))
        self.backup_dismiss.setAccessibleName(self.tr("Hide the backup reminder"))
        self.refresh_backup_reminder()
        if self.pages:
            current = self.current_page_key()
            self.teardown()
            if current is not None:
                self._show(current)

    # --- backup reminder -----------------------------------------------------------------------

    def refresh_backup_reminder(self) -> None:
        """Show the reminder when ``backup_due`` says so (never when reminders are off)."""
        if not self.session.is_open:
            self.backup_banner.hide()
            return
        from workbook.services.backup import backup_due, last_backup_at

        try:
            days = backup_due(self.session.vault)
            never = last_backup_at(self.session.vault) is None
        except Exception:  # a reminder must never stop the window opening
            days, never = None, False
        if days is None:
            self.backup_banner.hide()
            return
        if never:
            self.backup_text.setText(self.tr("You have not made a backup yet."))
        else:
            self.backup_text.setText(self.tr("Your last backup was %n days ago.", "", days))
        self.backup_banner.show()

    def _session_changed(self, entity: str) -> None:
        if entity in ("backup", "profile"):
            self.refresh_backup_reminder()

    def open_backup(self) -> None:
        from workbook.ui.dialogs.backup_dialog import start_backup

        start_backup(self, self.session)

    # --- dialogs -------------------------------------------------------------------------------

    def open_export(self) -> None:
        cls = _export_dialog_class()
        if cls is None or not self.session.is_open:
            return
        dialog = cast(Any, cls)(self.session, self)
        dialog.exec()
        dialog.deleteLater()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closing_for_lock:
            self.quit_requested.emit()
        super().closeEvent(event)

    def close_for_lock(self) -> None:
        self._closing_for_lock = True
        self.close()


def _export_dialog_available() -> bool:
    """Whether the export dialog is there, without importing it (the main window must not wait
    for a module it may never need)."""
    from importlib.util import find_spec

    try:
        return find_spec("workbook.ui.dialogs.export_dialog") is not None
    except ImportError:
        return False


def _export_dialog_class() -> type[QWidget] | None:
    try:
        module = importlib.import_module("workbook.ui.dialogs.export_dialog")
    except ImportError:
        return None
    cls = getattr(module, "ExportDialog", None)
    return cls if isinstance(cls, type) else None

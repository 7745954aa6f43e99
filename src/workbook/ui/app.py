"""Starting the desktop app, and the one object that moves it between locked and unlocked.

``run_app(vault_path)`` is what ``workbook`` with no command calls. It checks that Qt can draw on
this desktop at all (naming the Debian packages to install when it cannot), then shows the
unlock window as fast as possible: only QtWidgets and the unlock window are imported before it is
on screen; the main window, the pages and the store are imported while the worker types.

``AppController`` owns the flow:

    UnlockWindow --unlocked(vault)--> Session + MainWindow + PrivacyGuard
    MainWindow/PrivacyGuard --lock(quick)--> every window hidden, every dialog closed,
        running tasks cancelled, clipboard cleared (if ours), session.lock() (key dropped),
        pages destroyed, a fresh UnlockWindow shown.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from workbook.ui.i18n import DEFAULT_LANGUAGE, Translations, available_languages
from workbook.ui.prefs import Prefs
from workbook.ui.unlock import StoreOpener, UnlockWindow, VaultOpener, default_vault_path

if TYPE_CHECKING:
    from workbook.domain.models import Profile
    from workbook.store.vault import Vault
    from workbook.ui.main_window import MainWindow
    from workbook.ui.privacy import PrivacyGuard, SystemLockWatch
    from workbook.ui.session import Session

APP_NAME = "Workbook"
NEUTRAL_APP_NAME = "Notes"


class AppController(QObject):
    def __init__(self, app: QApplication, prefs: Prefs, translations: Translations,
                 vault_path: Path | None = None, *, opener: VaultOpener | None = None,
                 guard_tick_ms: int = 2000, clock: Callable[[], float] = time.time) -> None:
        super().__init__(app)
        self.clock = clock  # wall-clock time for auto-lock; tests pass a fake one
        self.app = app
        self.prefs = prefs
        self.translations = translations
        self.opener = opener or StoreOpener()
        self.guard_tick_ms = guard_tick_ms
        self.vault_path = vault_path or self._initial_vault_path()
        self.unlock_window: UnlockWindow | None = None
        self.main_window: MainWindow | None = None
        self.session: Session | None = None
        self.guard: PrivacyGuard | None = None
        self.system_watch: SystemLockWatch | None = None
        self.neutral = prefs.neutral_title
        self.rep_window: QWidget | None = None  # rep mode ("I receive reports")
        self.rep_vault: object = None
        self.rep_opener: object = None  # tests set the fast test key derivation here
        self.rep_mode = False
        app.setQuitOnLastWindowClosed(False)  # windows come and go on lock; we quit explicitly

    def _initial_vault_path(self) -> Path:
        remembered = self.prefs.remembered_vault
        if remembered is not None and remembered.exists():
            return remembered
        return default_vault_path()

    # --- locked --------------------------------------------------------------------------------

    def show_unlock(self, *, neutral: bool | None = None) -> UnlockWindow:
        neutral = self.neutral if neutral is None else neutral
        _set_app_name(self.app, neutral)
        window = UnlockWindow(self.prefs, self.vault_path, neutral=neutral, opener=self.opener,
                              rep_opener=self.rep_opener)
        if self.rep_mode:
            window.set_rep_mode(True)
        window.unlocked.connect(self._unlocked)
        window.closed.connect(self.quit)
        self.unlock_window = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def warm_up(self) -> None:
        """Import what unlocking needs while the worker types, so unlock → main window is fast:
        the store (pure Python) on a worker thread, the UI modules one per turn of the event
        loop so key presses are never held up for long."""
        import importlib

        from workbook.ui.tasks import Task

        def background(progress: object, cancelled: object) -> None:
            importlib.import_module("workbook.store.vault")
            from workbook.ui.widgets.pickers import _zones

            _zones()  # reads the zoneinfo folder once

        Task(None, background).failure(lambda exc: None).run()
        from workbook.ui.warm import STEPS

        pending = ["workbook.ui.privacy", "workbook.ui.session", "workbook.ui.main_window",
                   "models", *(f"widget:{n}" for n in range(len(STEPS)))]

        def step() -> None:
            if not pending:
                return
            name = pending.pop(0)
            if name == "models":
                from workbook.ui.widgets.pickers import warm_models

                warm_models()
            elif name.startswith("widget:"):
                from workbook.ui.warm import warm_step

                warm_step(int(name[7:]))
            elif name.startswith("page:"):
                from workbook.ui.main_window import PAGES, load_page_class

                load_page_class(next(p for p in PAGES if p.key == name[5:]))
            else:
                importlib.import_module(name)
                if name == "workbook.ui.main_window":
                    from workbook.ui.main_window import PAGES

                    pending.extend(f"page:{p.key}" for p in PAGES)
                    pending.append("workbook.ui.dialogs.history_dialog")
            QTimer.singleShot(0, step)

        QTimer.singleShot(0, step)

    # --- unlocked ------------------------------------------------------------------------------

    def _unlocked(self, vault: Vault) -> None:
        from workbook.ui.main_window import MainWindow
        from workbook.ui.privacy import PrivacyGuard, SystemLockWatch
        from workbook.ui.session import Session

        if type(vault).__name__ == "RepVault":
            self._rep_unlocked(vault)
            return
        self.rep_mode = False
        window = self.unlock_window
        created = window is not None and window.creating
        if window is not None:
            self.vault_path = window.vault_path
        self.session = session = Session(vault)
        profile = vault.get_profile()
        if created:
            profile = self._adopt_current_prefs(vault, profile)
        self._apply_language(profile.language)
        self.neutral = profile.neutral_title
        self.prefs.neutral_title = profile.neutral_title
        _set_app_name(self.app, self.neutral)

        main = MainWindow(session, neutral_title=self.neutral)
        main.lock_requested.connect(self.lock)
        main.quit_requested.connect(self.quit)
        main.set_idle_minutes(profile.auto_lock_minutes)
        self.main_window = main
        session.changed.connect(self._session_changed)
        session.restore_requested.connect(self.restore)

        self.guard = guard = PrivacyGuard(profile.auto_lock_minutes, clock=self.clock,
                                          tick_ms=self.guard_tick_ms, parent=self)
        guard.lock_requested.connect(self.lock)
        guard.start()
        self.system_watch = watch = SystemLockWatch(guard)
        watch.lock_now.connect(lambda: self.lock(False))
        watch.start()

        main.show()
        main.nav.setFocus()
        QTimer.singleShot(0, self._offer_drafts)
        main.prebuild_pages()
        # The export stack (reportlab) is not loaded here: the Export dialog loads it when it
        # opens. Loaded after every unlock, it held about 20 MB for sessions that never export.
        if window is not None:
            window.hide()
            window.deleteLater()
        self.unlock_window = None

    def _offer_drafts(self) -> None:
        """Changes an editor had when the app last locked: offer to open them again."""
        if self.session is None or self.main_window is None:
            return
        from workbook.ui.dialogs.unsaved import offer_drafts

        offer_drafts(self.session, self.main_window)

    def _rep_unlocked(self, vault: object) -> None:
        """Rep mode: the rep's window on her vault of received reports, locked like the
        worker's (Ctrl+L, Quick hide, idle for 5 minutes)."""
        from workbook.ui.privacy import PrivacyGuard
        from workbook.ui.rep.window import RepWindow

        window = self.unlock_window
        self.rep_mode = True
        self.rep_vault = vault
        rep = RepWindow(vault, neutral_title=self.neutral)  # type: ignore[arg-type]
        rep.lock_requested.connect(self.lock)
        rep.quit_requested.connect(self.quit)
        self.rep_window = rep
        self.guard = guard = PrivacyGuard(5, clock=self.clock, tick_ms=self.guard_tick_ms,
                                          parent=self)
        guard.lock_requested.connect(self.lock)
        guard.start()
        rep.show()
        if window is not None:
            window.hide()
            window.deleteLater()
        self.unlock_window = None

    def _lock_rep(self, quick: bool) -> None:
        from workbook.ui import tasks
        from workbook.ui.clipboard import clear_sensitive

        if self.guard is not None:
            self.guard.stop()
            self.guard.deleteLater()
            self.guard = None
        rep, self.rep_window = self.rep_window, None
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and widget is not self.unlock_window:
                widget.hide()
        close_all_dialogs(except_window=self.unlock_window)
        tasks.cancel_all()
        clear_sensitive()
        vault, self.rep_vault = self.rep_vault, None
        close = getattr(vault, "close", None)
        if close is not None:
            close()
        self.show_unlock(neutral=True if quick else None)
        if rep is not None:
            rep.close_for_lock()  # type: ignore[attr-defined]
            rep.deleteLater()

    def _adopt_current_prefs(self, vault: Vault, profile: Profile) -> Profile:
        """A new vault starts in the language and title mode the unlock window used."""
        from dataclasses import replace

        wanted = replace(profile, language=self.translations.language,
                         neutral_title=self.prefs.neutral_title)
        if wanted != profile:
            vault.save_profile(wanted)
        return wanted

    def _apply_language(self, language: str) -> None:
        if language and language != self.translations.language:
            self.translations.install(language)
            if self.main_window is not None:
                self.main_window.retranslate()
        if language:
            self.prefs.language = self.translations.language

    def _session_changed(self, entity: str) -> None:
        if entity != "profile" or self.session is None or not self.session.is_open:
            return
        profile = self.session.vault.get_profile()
        self._apply_language(profile.language)
        self.neutral = profile.neutral_title
        self.prefs.neutral_title = profile.neutral_title
        _set_app_name(self.app, self.neutral)
        if self.main_window is not None:
            self.main_window.set_neutral_title(self.neutral)
            self.main_window.set_idle_minutes(profile.auto_lock_minutes)
        if self.guard is not None:
            self.guard.set_idle_minutes(profile.auto_lock_minutes)

    # --- locking -------------------------------------------------------------------------------

    def lock(self, quick: bool = False) -> None:
        """Lock now. ``quick`` (Quick hide) also forces the neutral unlock screen."""
        from workbook.ui import tasks

        if self.rep_window is not None:
            self._lock_rep(quick)
            return
        if self.session is None:
            return
        if self.guard is not None:
            self.guard.stop()
            self.guard.deleteLater()
            self.guard = None
        main = self.main_window
        # 0. An editor with unsaved changes keeps them as a draft inside the vault (offered
        #    again after unlock) and closes without asking.
        from workbook.ui.dialogs import unsaved

        unsaved.keep_drafts(self.session)
        # 1. Nothing on screen any more, at once.
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and widget is not self.unlock_window:
                widget.hide()
        # 2. Every dialog and menu ends its event loop (hidden dialogs return "rejected").
        close_all_dialogs(except_window=self.unlock_window)
        unsaved.locked()
        # 3. Background work stops before the connection closes under it.
        tasks.cancel_all()
        from workbook.ui.clipboard import clear_sensitive

        clear_sensitive()
        # 4. Connection closed and key dropped; pages destroyed (MainWindow listens).
        session, self.session = self.session, None
        session.lock()
        session.deleteLater()
        # 5. The neutral unlock screen first (so the app never has zero windows), then the
        #    main window goes.
        self.show_unlock(neutral=True if quick else None)
        if main is not None:
            main.close_for_lock()
            main.deleteLater()
        self.main_window = None

    def restore(self, source: object, passphrase: str) -> None:
        """Lock, then restore the backup ``source`` into this vault's place (the unlock window
        runs it and shows the result)."""
        if self.session is not None:
            self.lock()
        if self.unlock_window is not None:
            self.unlock_window.start_restore(Path(str(source)), passphrase)

    def quit(self) -> None:
        if self.session is not None or self.rep_window is not None:
            self.lock()
        self.app.quit()


def close_all_dialogs(except_window: QWidget | None = None) -> int:
    """Close every dialog, message box, menu and progress dialog. Returns how many."""
    from PySide6.QtWidgets import QDialog, QMenu

    closed = 0
    popup = QApplication.activePopupWidget()
    while popup is not None:
        popup.close()
        closed += 1
        nxt = QApplication.activePopupWidget()
        if nxt is popup:
            break
        popup = nxt
    # Innermost modal first, so nested exec() loops unwind in order.
    modal = QApplication.activeModalWidget()
    while modal is not None and modal is not except_window:
        if isinstance(modal, QDialog):
            modal.reject()
        modal.hide()
        closed += 1
        nxt = QApplication.activeModalWidget()
        if nxt is modal:
            break
        modal = nxt
    for widget in QApplication.topLevelWidgets():
        if widget is except_window:
            continue
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.reject()
            widget.hide()
            closed += 1
        elif isinstance(widget, QMenu) and widget.isVisible():
            widget.close()
            closed += 1
    return closed


def _set_app_name(app: QApplication, neutral: bool) -> None:
    # The same words as main_window.neutral_name(), without importing the main window early.
    name = QCoreApplication.translate("MainWindow", "Notes") if neutral else APP_NAME
    app.setApplicationDisplayName(name)
    from PySide6.QtGui import QIcon

    from workbook.ui.resources import icon_path

    # A plain notebook in neutral mode: the taskbar shows nothing that says "Workbook".
    app.setWindowIcon(QIcon(str(icon_path("notes" if neutral else "workbook"))))


SHIPPED_UI_FONTS = ("NotoSansThai-Regular.ttf", "NotoSansThai-Bold.ttf",
                    "NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf")


def register_shipped_fonts() -> int:
    """Make the Thai and Arabic fonts shipped for the PDF known to Qt, so the Thai translation
    and names in those scripts show on a system that has no such font (Qt falls back to them).
    Latin, Greek and Cyrillic are in every desktop's fonts. Returns how many were added."""
    from PySide6.QtGui import QFontDatabase

    from workbook.ui.resources import resources_dir

    folder = Path(os.environ.get("WORKBOOK_FONT_DIR") or resources_dir() / "fonts")
    added = 0
    for name in SHIPPED_UI_FONTS:
        path = folder / name
        if path.is_file() and QFontDatabase.addApplicationFont(str(path)) >= 0:
            added += 1
    return added


def _initial_language(prefs: Prefs, translations: Translations) -> str:
    from PySide6.QtCore import QLocale

    if prefs.language:
        return prefs.language
    system = QLocale.system().name().split("_")[0]
    return system if system in available_languages(translations.folder) else DEFAULT_LANGUAGE


def _install_excepthook() -> None:
    """A bug in a slot shows one plain message (no traceback unless ``WORKBOOK_DEBUG``)."""
    from workbook.ui.tasks import debug_enabled, show_problem

    previous = sys.excepthook

    def hook(kind: type[BaseException], exc: BaseException, tb: object) -> None:
        if debug_enabled():
            previous(kind, exc, tb)  # type: ignore[arg-type]
        if isinstance(exc, KeyboardInterrupt):
            QApplication.quit()
            return
        show_problem(QApplication.activeWindow(), exc)

    sys.excepthook = hook


class _FirstPaint(QObject):
    painted = Signal()

    def __init__(self, window: QWidget, started: float) -> None:
        super().__init__(window)
        self._started = started
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            print(f"shown {1000 * (time.perf_counter() - self._started):.1f} ms", flush=True)
            QTimer.singleShot(0, self.painted.emit)
        return False


def run_app(vault_path: Path | None) -> int:
    started = time.perf_counter()
    from workbook.ui.platform_check import check_display_libraries

    problem = check_display_libraries()
    if problem:
        print(problem, file=sys.stderr)
        return 1
    prefs = Prefs()
    QApplication.setApplicationName(NEUTRAL_APP_NAME if prefs.neutral_title else APP_NAME)
    QApplication.setOrganizationName("")
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    translations = Translations()
    translations.install(_initial_language(prefs, translations))
    register_shipped_fonts()
    from workbook.ui.theme import apply_theme

    apply_theme(app)
    _install_excepthook()
    controller = AppController(app, prefs, translations, vault_path)
    window = controller.show_unlock()
    if os.environ.get("WORKBOOK_EXIT_WHEN_SHOWN"):
        # For benchmarks/bench_ui.py: report the first paint of the unlock window, then quit.
        probe = _FirstPaint(window, started)
        probe.painted.connect(app.quit)
    else:
        QTimer.singleShot(300, controller.warm_up)
    return app.exec()

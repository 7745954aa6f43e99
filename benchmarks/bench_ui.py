"""Print the desktop app's figures (issue 4's targets); never asserts, only reports.

On the generated ten-year vault (and the heavy one with ``--heavy``), shared with
``bench_vault.py`` under ``benchmarks/out/``:

- process start → unlock window painted (``python -m workbook``, a fresh process each run);
- unlock → main window painted, with the key derivation measured on its own and taken off;
- opening each page (first open: the page is built then), sorting a column, changing a filter;
- peak memory of the process that did all of the above.

    .venv/bin/python benchmarks/bench_ui.py [--runs 5] [--heavy] [--platform offscreen|xcb]

``--platform xcb`` starts its own Xvfb (if installed) so the start-up figure includes a real X
server. The UI measurements run in a child process, so generating a vault never counts towards
its peak memory.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
TARGETS = {"start": 400.0, "unlock rest": 150.0, "page": 100.0, "sort": 100.0,
           "filter": 100.0, "peak MB": 200.0}


def line(label: str, value: float, target: str | None = None, unit: str = "ms",
         factor: float = 1.0, cpu: float | None = None) -> None:
    text = f"  {label:<46} {value:9.1f} {unit}"
    if cpu is not None:
        text += f" ({cpu:6.1f} cpu)"
    if target is not None:
        limit = TARGETS[target] * factor
        text += f"   (target < {limit:.0f} {unit}: {'ok' if value < limit else 'MISSED'})"
    print(text, flush=True)


# --- process start -----------------------------------------------------------------------------


def start_to_unlock_window(vault: Path, runs: int, env: dict[str, str]
                           ) -> tuple[list[float], list[float]]:
    """Wall time to the first paint, and the CPU time the process used (it quits right after
    that paint), per run."""
    import resource

    times, cpu = [], []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as config:
            child_env = {**env, "WORKBOOK_EXIT_WHEN_SHOWN": "1", "XDG_CONFIG_HOME": config}
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            started = time.perf_counter()
            proc = subprocess.Popen(
                [sys.executable, "-m", "workbook", "--vault", str(vault)],
                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=child_env, text=True)
            assert proc.stdout is not None
            first = proc.stdout.readline()
            shown = time.perf_counter()
            proc.wait(timeout=30)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            if not first.startswith("shown"):
                raise RuntimeError(f"the app did not report its window: {first!r}")
            times.append((shown - started) * 1000)
            cpu.append(((after.ru_utime - before.ru_utime)
                        + (after.ru_stime - before.ru_stime)) * 1000)
    return times, cpu


# --- in the child: unlock, pages, sort, filter, memory -------------------------------------------


def child(vault_path: Path, passphrase: str, runs: int) -> dict[str, object]:
    import resource

    from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from workbook.store.kdf import derive_key, params_for_salt, wipe
    from workbook.ui.app import AppController
    from workbook.ui.i18n import Translations
    from workbook.ui.main_window import PAGES, MainWindow
    from workbook.ui.prefs import Prefs
    from workbook.ui.theme import apply_theme

    app = QApplication(sys.argv[:1])
    translations = Translations()
    translations.install("en")
    apply_theme(app)
    results: dict[str, object] = {}

    # The salt is the file's first 16 bytes. Only those: reading the whole file here (348 MB
    # for the heavy vault) once made this process's peak memory the benchmark's, not the
    # app's.
    with vault_path.open("rb") as file:
        salt = file.read(16)
    params = params_for_salt(salt)

    def kdf() -> None:
        wipe(derive_key(passphrase, salt, params))

    results["kdf"] = median(kdf, runs)

    class Painted(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.seen = False
            self.installed = False
            self.at = 0.0

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not self.seen:
                self.seen = True
                self.at = time.perf_counter()
            return False

    unlock_totals: list[float] = []
    unlock_cpu: list[float] = []
    page_times: dict[str, list[tuple[float, float]]] = {spec.key: [] for spec in PAGES}
    sorts: list[tuple[float, float]] = []
    other_sorts: dict[str, list[tuple[float, float]]] = {
        k: [] for k in ("shifts by kept", "shifts by workplace", "money by amount",
                        "money by kind", "incidents by severity")}
    filters: dict[str, list[tuple[float, float]]] = {"shift workplace": [], "money kind": [],
                                                     "money search": []}

    idle_pages: dict[str, list[tuple[float, float]]] = {spec.key: [] for spec in PAGES}

    def one_run(prefs: Prefs, *, idle: bool = False) -> None:
        """Unlock, then time the pages, sorts and filters. The app builds the pages not opened
        yet while it is idle after unlock (``MainWindow.prebuild_pages``): for the first
        opens, that is put off here, so each page is built as it is opened; with ``idle``,
        the app is left idle for 2.5 s first (as before a worker's first click), and only
        the pages are timed."""
        MainWindow.prebuild_delay_ms = 700 if idle else 2**30
        ctl = AppController(app, prefs, translations, vault_path)
        window = ctl.show_unlock()
        ctl.warm_up()  # the app does this while the worker types her passphrase
        typing = time.perf_counter() + 1.5  # a second and a half of typing
        while time.perf_counter() < typing:
            app.processEvents()
        window.passphrase.setText(passphrase)
        probe = Painted()
        # Wait in a real event loop, as the app does: a busy processEvents() loop would take a
        # core from the key derivation running on the worker thread.
        loop = QEventLoop()
        ticker = QTimer()
        ticker.setInterval(2)

        def check() -> None:
            if ctl.main_window is not None and not probe.installed:
                ctl.main_window.installEventFilter(probe)
                probe.installed = True
                ctl.main_window.update()
            if probe.seen:
                loop.quit()

        ticker.timeout.connect(check)
        ticker.start()
        started, cpu = time.perf_counter(), time.thread_time()
        window.submit_unlock()
        loop.exec()
        ticker.stop()
        unlock_totals.append((probe.at - started) * 1000)
        # The GUI thread's own CPU: everything but the key derivation (a worker thread).
        unlock_cpu.append((time.thread_time() - cpu) * 1000)
        main = ctl.main_window
        main.resize(1100, 720)
        if idle:
            pause = QEventLoop()
            QTimer.singleShot(2500, pause.quit)
            pause.exec()
            for spec in PAGES:
                idle_pages[spec.key].append(timed(lambda k=spec.key: main.open_page(k), app))
            close(ctl)
            return
        for spec in PAGES:
            page_times[spec.key].append(timed(lambda k=spec.key: main.open_page(k), app))
        shifts = main.open_page("shifts")
        other = (Qt.SortOrder.AscendingOrder if shifts.model.current_sort.descending
                 else Qt.SortOrder.DescendingOrder)
        sorts.append(timed(lambda: shifts.model.sort(0, other), app))
        # Columns sorted in SQL by something other than the date (first click: descending).
        for page_key, sort_key in (("shifts", "kept"), ("shifts", "workplace"),
                                   ("money", "amount"), ("money", "kind"),
                                   ("incidents", "severity")):
            page = main.open_page(page_key)
            column = next(i for i, c in enumerate(page.model.columns) if c.sort_key == sort_key)
            other_sorts[f"{page_key} by {sort_key}"].append(timed(
                lambda p=page, c=column: p.model.sort(c, Qt.SortOrder.DescendingOrder), app))
        shifts = main.open_page("shifts")
        combo = shifts.filter_bar.workplace
        filters["shift workplace"].append(timed(lambda: combo.setCurrentIndex(1), app))
        money = main.open_page("money")
        kind = money.filter_bar.kind
        filters["money kind"].append(timed(
            lambda: kind.setCurrentIndex(kind.findData("deduction")), app))

        def search() -> None:
            money.filter_bar.search.setText("club")
            money.filter_bar.apply_now()

        filters["money search"].append(timed(search, app))
        close(ctl)

    def close(ctl: AppController) -> None:
        ctl.lock()
        if ctl.unlock_window is not None:
            ctl.unlock_window.hide()
            ctl.unlock_window.deleteLater()
        settle(app)

    with tempfile.TemporaryDirectory() as config:
        for _ in range(runs):
            one_run(Prefs(Path(config)))
        for _ in range(runs):
            one_run(Prefs(Path(config)), idle=True)
    def med(pairs: list[tuple[float, float]]) -> list[float]:
        return [statistics.median(p[0] for p in pairs), statistics.median(p[1] for p in pairs)]

    results["unlock total"] = statistics.median(unlock_totals)
    results["unlock gui cpu"] = statistics.median(unlock_cpu)
    results["pages"] = {k: med(v) for k, v in page_times.items()}
    results["pages after idle"] = {k: med(v) for k, v in idle_pages.items()}
    results["sort"] = med(sorts)
    results["other sorts"] = {k: med(v) for k, v in other_sorts.items()}
    results["filters"] = {k: med(v) for k, v in filters.items()}
    results["peak MB"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return results


def settle(app: object) -> None:
    for _ in range(3):
        app.processEvents()  # type: ignore[attr-defined]


def timed(action: Callable[[], object], app: object) -> tuple[float, float]:
    """Wall and GUI-thread CPU milliseconds for an action, until the window has processed its
    events and painted."""
    from PySide6.QtWidgets import QApplication

    started, cpu = time.perf_counter(), time.thread_time()
    action()
    app.processEvents()  # type: ignore[attr-defined]
    window = QApplication.activeWindow() or next(
        w for w in QApplication.topLevelWidgets() if w.isVisible())
    window.repaint()
    return (time.perf_counter() - started) * 1000, (time.thread_time() - cpu) * 1000


def median(run: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        run()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


# --- main ------------------------------------------------------------------------------------


def start_xvfb() -> tuple[subprocess.Popen[bytes], str] | None:
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        return None
    display = ":87"
    proc = subprocess.Popen([xvfb, display, "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(0.5)
    return proc, display


def report(name: str, vault: Path, passphrase: str, runs: int, env: dict[str, str],
           factor: float) -> None:
    print(f"\n{name}: {vault.name} ({vault.stat().st_size / 1e6:.0f} MB)", flush=True)
    print("  (wall time; in brackets the CPU time used, which other programs on a busy "
          "machine do not inflate)")
    starts, cpu = start_to_unlock_window(vault, runs, env)
    line("process start → unlock window painted", statistics.median(starts), "start",
         factor=factor, cpu=statistics.median(cpu))
    out = subprocess.run(
        [sys.executable, __file__, "--child", str(vault), "--runs", str(runs)],
        input=passphrase, capture_output=True, text=True, env=env, check=True)
    data = json.loads(out.stdout.strip().splitlines()[-1])
    kdf, total = float(data["kdf"]), float(data["unlock total"])
    line("key derivation (Argon2id) alone", kdf)
    line("unlock → main window painted, total", total)
    line("  of which not the key derivation", total - kdf, "unlock rest", factor=factor,
         cpu=float(data["unlock gui cpu"]))
    for key, (wall, used) in data["pages"].items():
        line(f"open page {key} (first time: built)", wall, "page", factor=factor, cpu=used)
    for key, (wall, used) in data["pages after idle"].items():
        line(f"open page {key} (after 2.5 s idle)", wall, "page", factor=factor, cpu=used)
    wall, used = data["sort"]
    line("sort shifts by date (other direction)", wall, "sort", factor=factor, cpu=used)
    for key, (wall, used) in data["other sorts"].items():
        line(f"sort {key}", wall, "sort", factor=factor, cpu=used)
    for key, (wall, used) in data["filters"].items():
        line(f"change filter: {key}", wall, "filter", factor=factor, cpu=used)
    line("peak memory (the UI process)", float(data["peak MB"]), "peak MB", unit="MB",
         factor=factor)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--heavy", action="store_true", help="also the heavy vault (10x)")
    parser.add_argument("--platform", default="offscreen", choices=("offscreen", "xcb"))
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child is not None:
        passphrase = sys.stdin.read()
        print(json.dumps(child(args.child, passphrase, args.runs)))
        return 0

    sys.path.insert(0, str(HERE))
    from bench_vault import PASSPHRASE, cached_vault
    from machine import speed_line

    env = dict(os.environ)
    xvfb = None
    if args.platform == "xcb":
        xvfb = start_xvfb()
        if xvfb is None:
            print("Xvfb is not installed; measuring on the offscreen platform instead.")
            env["QT_QPA_PLATFORM"] = "offscreen"
        else:
            env["QT_QPA_PLATFORM"] = "xcb"
            env["DISPLAY"] = xvfb[1]
    else:
        env["QT_QPA_PLATFORM"] = "offscreen"
    print(f"Qt platform: {env['QT_QPA_PLATFORM']}; median of {args.runs} runs")
    print(speed_line("before"), flush=True)
    vaults = [("ten-year", 1, 1.0)] + ([("heavy", 10, 2.0)] if args.heavy else [])
    try:
        for name, scale, factor in vaults:
            source = cached_vault(name, scale)
            with tempfile.TemporaryDirectory() as work:
                copy = Path(work) / source.name
                shutil.copyfile(source, copy)
                report(name, copy, PASSPHRASE, args.runs, env, factor)
    finally:
        if xvfb is not None:
            xvfb[0].terminate()
            xvfb[0].wait()
    print(speed_line("after"))
    return 0


if __name__ == "__main__":
    sys.exit(main())

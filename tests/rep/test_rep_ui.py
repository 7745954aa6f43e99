"""Rep mode in the app (pytest-qt): choosing "I receive reports" at start, creating the rep
vault, importing reports off the GUI thread with their verdicts, the practice report on
screen and exported, merging names, and locking."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from rep_helpers import Sidecars

from workbook.rep.vault import RepVault
from workbook.store.kdf import FAST_TEST_KDF
from workbook.ui.app import AppController
from workbook.ui.i18n import Translations
from workbook.ui.prefs import Prefs
from workbook.ui.rep import RepOpener
from workbook.ui.rep.window import RepWindow
from workbook.ui.resources import translations_dir

PASS = "rep passphrase for tests 1"


@pytest.fixture
def files(tmp_path: Path, sidecars: Sidecars) -> list[Path]:
    folder = tmp_path / "received"
    folder.mkdir()
    out = []
    for name, data in (("a-early.json", sidecars.a_early), ("a-full.json", sidecars.a_full),
                       ("b.json", sidecars.b), ("c.json", sidecars.c),
                       ("d.json", sidecars.d_tampered)):
        (folder / name).write_bytes(data)
        out.append(folder / name)
    return out


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[RepWindow]:
    vault = RepVault.create(tmp_path / "rep.workbook", PASS, kdf=FAST_TEST_KDF)
    win = RepWindow(vault)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    vault.close()


def import_and_wait(qtbot: QtBot, window: RepWindow, files: list[Path]) -> None:
    page = window.reports_page
    with qtbot.waitSignal(page.imported, timeout=20_000):
        page.import_paths(files)


def test_import_shows_each_verdict_and_keeps_the_tampered_one_apart(
        qtbot: QtBot, window: RepWindow, files: list[Path]) -> None:
    page = window.reports_page
    assert "No reports yet" in page.summary.text()
    import_and_wait(qtbot, window, files)
    model = page.model
    verdicts = {model.texts(i)[4]: (model.texts(i)[0], model.texts(i)[1])
                for i in range(model.rowCount())}
    assert verdicts["a-early.json"] == ("✓ Verified", "Worker 1")
    assert verdicts["a-full.json"] == ("✓ Verified", "Worker 1")
    assert verdicts["d.json"] == ("✗ Failed: Disclosed values — not counted", "–")
    assert "4 verified reports from 3 workers. 1 failed a check" in page.summary.text()
    assert "4 verified and added. 0 already here (nothing changed). 1 failed" in \
        page.summary.text()
    # The failed report's checks say what failed.
    row = [model.texts(i)[4] for i in range(model.rowCount())].index("d.json")
    page.table.selectRow(row)
    assert "✗ FAILED  Disclosed values: " in page.details.toPlainText()
    # The same files again change nothing.
    import_and_wait(qtbot, window, files[:1])
    assert "0 verified and added. 1 already here" in page.summary.text()
    assert model.rowCount() == 5


def test_the_practice_report_shows_figures_and_exports(
        qtbot: QtBot, window: RepWindow, files: list[Path], tmp_path: Path) -> None:
    import_and_wait(qtbot, window, files)
    page = window.practice_page
    window.tabs.setCurrentWidget(page)
    page.select("club aurora")
    text = page.text.toPlainText()
    assert text.startswith("Club Aurora\nAlso written as: CLUB AURORA, club aurora")
    assert "3 workers, 2026-01 to 2026-04, from 4 verified reports" in text
    assert "House fee (SEK): median 850.00, no range; 3 workers, 6 lines" in text
    assert "(Range: the lowest and highest amounts that at least 3 workers each paid" in text
    assert "Fine (SEK): fewer than 3 workers" in text
    page.threshold.setValue(4)
    assert "Fewer than 4 workers sent verified reports" in page.text.toPlainText()
    page.threshold.setValue(3)
    pdf, csv = tmp_path / "out.pdf", tmp_path / "out.csv"
    page.language.setCurrentIndex(1)  # Svenska
    task = page.export(pdf=pdf, csv=csv)
    assert task is not None
    qtbot.waitUntil(lambda: page.exported == [pdf, csv], timeout=20_000)
    assert pdf.read_bytes().startswith(b"%PDF") and b"850.00" in csv.read_bytes()
    assert "Saved:" in page.status.text()


def test_merging_two_names_counts_them_as_one_workplace(
        qtbot: QtBot, window: RepWindow, files: list[Path]) -> None:
    import_and_wait(qtbot, window, files)
    page = window.practice_page
    assert page.workplace.count() == 2
    page.merge("Agentur Nord", "Club Aurora")
    assert page.workplace.count() == 1
    assert page.workplace.currentText() == "Club Aurora — 3 workers"
    page.unmerge()
    assert page.workplace.count() == 2


def test_choosing_rep_mode_at_start_creates_opens_and_locks_the_rep_vault(
        qtbot: QtBot, qapp: QApplication, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WORKBOOK_DATA_DIR", str(tmp_path / "data"))
    ctl = AppController(qapp, Prefs(tmp_path / "config"), Translations(translations_dir()),
                        tmp_path / "data" / "vault.workbook")
    ctl.rep_opener = RepOpener(kdf=FAST_TEST_KDF)
    try:
        unlock = ctl.show_unlock()
        qtbot.waitExposed(unlock)
        qtbot.mouseClick(unlock.rep_mode_button, Qt.MouseButton.LeftButton)
        assert unlock.rep_mode and unlock.vault_path == tmp_path / "data" / "rep.workbook"
        assert unlock.creating
        unlock.new_passphrase.first.setText(PASS)
        unlock.new_passphrase.second.setText(PASS)
        qtbot.mouseClick(unlock.create_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: ctl.rep_window is not None, timeout=10_000)
        rep = ctl.rep_window
        assert isinstance(rep, RepWindow) and rep.isVisible()
        assert rep.tabs.tabText(0) == "&Reports"
        rep.lock_action.trigger()
        assert ctl.rep_window is None and ctl.rep_vault is None
        again = ctl.unlock_window
        assert again is not None and again.rep_mode and not again.creating
        again.passphrase.setText(PASS)
        qtbot.mouseClick(again.unlock_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: ctl.rep_window is not None, timeout=10_000)
        # Back to the worker's side: the worker's vault path is as it was.
        ctl.lock()
        assert ctl.unlock_window is not None
        qtbot.mouseClick(ctl.unlock_window.worker_mode_button, Qt.MouseButton.LeftButton)
        assert ctl.unlock_window.vault_path == tmp_path / "data" / "vault.workbook"
    finally:
        if ctl.rep_window is not None:
            ctl.lock()
        if ctl.unlock_window is not None:
            ctl.unlock_window.hide()
            ctl.unlock_window.deleteLater()
        qapp.setQuitOnLastWindowClosed(True)


def test_rep_mode_speaks_swedish(qtbot: QtBot, qapp: QApplication, tmp_path: Path,
                                 files: list[Path]) -> None:
    import subprocess
    import sys

    folder = translations_dir()
    ts, qm = folder / "workbook_sv.ts", folder / "workbook_sv.qm"
    if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
        subprocess.run([str(Path(sys.executable).with_name("pyside6-lrelease")), "-silent",
                        str(ts), "-qm", str(qm)], check=True)
    translations = Translations(folder)
    translations.install("sv")
    try:
        vault = RepVault.create(tmp_path / "rep.workbook", PASS, kdf=FAST_TEST_KDF)
        win = RepWindow(vault)
        qtbot.addWidget(win)
        assert win.tabs.tabText(0) == "&Rapporter"
        assert win.practice_page.language.currentData() == "sv"
        with qtbot.waitSignal(win.reports_page.imported, timeout=20_000):
            win.reports_page.import_paths(files)
        assert "4 kontrollerade rapporter från 3 arbetare" in win.reports_page.summary.text()
        # The checks, stored in English, are shown in Swedish.
        page = win.reports_page
        names = [page.model.texts(i)[4] for i in range(page.model.rowCount())]
        page.table.selectRow(names.index("d.json"))
        assert page.model.texts(names.index("d.json"))[0] == \
            "✗ Underkänd: Redovisade värden – räknas inte"
        assert "✗ UNDERKÄND  Redovisade värden: " in page.details.toPlainText()
        win.practice_page.select("Club Aurora")
        text = win.practice_page.text.toPlainText()
        assert "Husavgift (SEK): median 850,00" in text
        assert "färre än 3 arbetare" in text
        vault.close()
    finally:
        translations.install("en")


def test_the_neutral_unlock_screen_hides_the_mode_choice(qtbot: QtBot, tmp_path: Path) -> None:
    from workbook.ui.unlock import UnlockWindow

    window = UnlockWindow(Prefs(tmp_path / "config"), tmp_path / "vault.workbook",
                          neutral=True, rep_opener=RepOpener(kdf=FAST_TEST_KDF))
    qtbot.addWidget(window)
    window.show()
    assert not window.rep_mode_button.isVisible()
    assert not window.worker_mode_button.isVisible()
    window.set_rep_mode(True)  # after a quick hide in rep mode, it stays in rep mode
    assert window.rep_mode and window.vault_path.name == "rep.workbook"


def answer_removal(qtbot: QtBot, page: object, *, remove: bool) -> None:
    """Click "Remove report" or Cancel on the question, once it shows."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    def click() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox) and box.objectName() == "removeReport"
        assert "for good" in box.text()
        button = box.property("removeButton") if remove else box.button(
            QMessageBox.StandardButton.Cancel)
        button.click()

    QTimer.singleShot(0, click)


def test_removing_a_report_asks_first_and_the_figures_follow(
        qtbot: QtBot, window: RepWindow, files: list[Path]) -> None:
    import_and_wait(qtbot, window, files)
    page, practice = window.reports_page, window.practice_page
    practice.select("Club Aurora")
    assert "3 workers, 2026-01 to 2026-04" in practice.text.toPlainText()
    names = [page.model.texts(i)[4] for i in range(page.model.rowCount())]
    page.table.selectRow(names.index("c.json"))
    assert page.remove_button.isEnabled()
    answer_removal(qtbot, page, remove=False)
    page.remove_selected()
    assert page.model.rowCount() == 5  # Cancel keeps it
    answer_removal(qtbot, page, remove=True)
    page.remove_selected()
    assert [page.model.texts(i)[4] for i in range(page.model.rowCount())].count("c.json") == 0
    assert page.summary.text().startswith("Removed “c.json”.")
    assert "3 verified reports from 2 workers" in page.summary.text()
    # Two workers left at the club: below the threshold, so no figure.
    practice.select("Club Aurora")
    assert "Fewer than 3 workers sent verified reports" in practice.text.toPlainText()


def test_backup_and_passphrase_change_from_the_rep_window(
        qtbot: QtBot, window: RepWindow, files: list[Path], tmp_path: Path) -> None:
    import_and_wait(qtbot, window, files[2:4])
    target = tmp_path / "usb" / "rep-backup.workbook"
    with qtbot.waitSignal(window.backed_up, timeout=20_000):
        window.back_up(target, PASS)
    assert window.backup_path == target
    assert "The backup is made" in window.statusBar().currentMessage()
    with RepVault.open(target, PASS) as copy:
        assert [r.file_name for r in copy.reports()] == ["b.json", "c.json"]
    dialog = window.passphrase_dialog(kdf=FAST_TEST_KDF)
    qtbot.addWidget(dialog)
    new = "a brand new rep passphrase"
    dialog.current.setText(PASS)
    dialog.fields.first.setText(new)
    dialog.fields.second.setText(new)
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.changed, timeout=20_000)
    assert window.vault.passphrase_matches(new) and not window.vault.passphrase_matches(PASS)
    assert window.reports_page.model.rowCount() == 2  # still open and working

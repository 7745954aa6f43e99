"""The export dialog: what each profile leaves in, the free-text preview, the seal code."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from workbook.domain.categories import IncidentCategory, MoneyKind
from workbook.domain.models import Incident, MoneyLine, Shift
from workbook.services import records
from workbook.store.vault import Vault
from workbook.ui.dialogs import export_dialog
from workbook.ui.dialogs.export_dialog import ExportDialog
from workbook.ui.session import Session


@pytest.fixture(autouse=True)
def english_locale() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def dialog(qtbot: QtBot, vault: Vault) -> ExportDialog:
    club = vault.find_workplace("Club Aurora")
    assert club is not None and club.id is not None
    records.record_shift(vault, Shift(
        workplace_id=club.id, start=datetime(2026, 3, 6, 20, tzinfo=UTC),
        end=datetime(2026, 3, 7, 2, tzinfo=UTC), timezone="Europe/Stockholm",
        notes="Mikael kept me until 4 without pay"),
        [MoneyLine(date(2026, 3, 6), MoneyKind.DEDUCTION, "tip_out", 20000, "SEK",
                   counterparty="DJ Sami")])
    records.record_incident(vault, Incident(
        start=datetime(2026, 3, 6, 22, tzinfo=UTC), timezone="Europe/Stockholm",
        category=IncidentCategory.THREATS, title="Threatened with a ban",
        description="He said I would never work in this town again.",
        workplace_id=club.id))
    shown = ExportDialog(Session(vault))
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    shown.date_from.setDate(QDate(2026, 3, 1))
    shown.date_to.setDate(QDate(2026, 3, 31))
    return shown


def choose(qtbot: QtBot, dialog: ExportDialog, profile: str) -> str:
    button = dialog.profile_buttons[profile]
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert dialog.profile() == profile
    return dialog.preview_text()


def test_each_profile_says_what_it_leaves_in(qtbot: QtBot, dialog: ExportDialog) -> None:
    assert dialog.preset.currentData() == "custom"
    full = choose(qtbot, dialog, "full")
    assert "legal name" in full and "clients too" in full
    assert "not redacted automatically" in full
    assert "06/03/2026 · shift at Club Aurora: Mikael kept me until 4 without pay" in full
    assert "06/03/2026 · money line: DJ Sami" in full
    assert "He said I would never work in this town again." in full

    union = choose(qtbot, dialog, "union")
    assert "People appear as “Manager A”, “Coworker B”; clients are left out." in union
    assert "not your legal name" in union
    assert "not redacted automatically" in union  # names typed into notes still go out
    assert "Mikael kept me until 4 without pay" in union

    totals = choose(qtbot, dialog, "totals")
    assert "No names of people, no notes or descriptions, no images." in totals
    assert "Mikael" not in totals and "not redacted" not in totals
    assert dialog.free_text.isHidden()


def test_the_preview_follows_the_period_and_the_workplaces(qtbot: QtBot,
                                                           dialog: ExportDialog) -> None:
    choose(qtbot, dialog, "full")
    dialog.date_from.setDate(QDate(2026, 4, 1))
    dialog.date_to.setDate(QDate(2026, 4, 30))
    assert "No notes or descriptions in this period." in dialog.preview_text()
    dialog.date_from.setDate(QDate(2026, 3, 1))
    dialog.date_to.setDate(QDate(2026, 3, 31))
    club = dialog.workplace_list.item(1)
    assert club is not None and club.text() == "Club Aurora"
    club.setCheckState(Qt.CheckState.Unchecked)
    assert "Mikael" not in dialog.preview_text()
    dialog.date_to.setDate(QDate(2026, 2, 1))
    assert dialog.period_message.isVisible()


def test_a_seal_code_is_shown_copyable_and_remembered(qtbot: QtBot, dialog: ExportDialog,
                                                      vault: Vault) -> None:
    qtbot.mouseClick(dialog.seal_button, Qt.MouseButton.LeftButton)
    code = dialog.seal_code.text()
    assert re.fullmatch(r"\d+-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}", code)
    assert [s.code for s in vault.list_seals()] == [code]
    qtbot.mouseClick(dialog.copy_seal, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == code


def choose_files(qtbot: QtBot, dialog: ExportDialog, target: Path,
                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(export_dialog.file_dialogs, "save_file", lambda *_a, **_k: target)
    qtbot.mouseClick(dialog.outputs["pdf"][2], Qt.MouseButton.LeftButton)


def test_outputs_need_a_place_before_the_export_can_run(
        qtbot: QtBot, dialog: ExportDialog, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    assert not dialog.run_button.isEnabled()
    assert "Choose where to save: PDF, JSON." in dialog.run_message.text()
    choose_files(qtbot, dialog, tmp_path / "march", monkeypatch)
    assert dialog.outputs["pdf"][1].text() == str(tmp_path / "march.pdf")
    assert dialog.outputs["json"][1].text() == str(tmp_path / "march.json")  # beside it
    assert dialog.run_button.isEnabled() and dialog.run_message.text() == ""
    options = dialog.export_options()
    assert options["profile"] == "union" and options["date_from"] == date(2026, 3, 1)
    assert options["workplace_ids"] is None  # all ticked: every workplace
    assert options["csv"] is None


def test_the_export_runs_in_the_background_and_writes_the_files(
        qtbot: QtBot, dialog: ExportDialog, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    choose_files(qtbot, dialog, tmp_path / "march", monkeypatch)
    dialog.outputs["csv"][0].setChecked(True)
    dialog.outputs["csv"][1].setText(str(tmp_path / "march.csv"))
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    assert dialog.task is not None and not dialog.run_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=60_000)

    assert dialog.last_export is not None, dialog.run_message.text()
    assert dialog.run_message.text().startswith("Saved: ")
    assert (tmp_path / "march.pdf").read_bytes().startswith(b"%PDF")
    sidecar = (tmp_path / "march.json").read_bytes()
    assert json.loads(sidecar)
    assert dialog.last_export.fingerprint.encode() in sidecar
    assert b"Mikael kept me until 4" in (tmp_path / "march.csv").read_bytes()
    assert dialog.run_button.isEnabled()


def test_a_cancelled_export_writes_nothing(qtbot: QtBot, dialog: ExportDialog,
                                           tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    out.mkdir()
    choose_files(qtbot, dialog, out / "march", monkeypatch)
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    assert dialog.task is not None
    dialog.task.cancel()  # what the progress dialog's Cancel button does
    qtbot.waitUntil(lambda: dialog.task is None, timeout=60_000)
    assert dialog.run_message.text() == "Export cancelled; nothing was written."
    assert list(out.iterdir()) == []

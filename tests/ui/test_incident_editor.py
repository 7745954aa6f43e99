"""The incident editor: people, an image attached and shown from memory, against a real vault."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QIODevice, QLocale, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from workbook.domain.categories import IncidentCategory, Involvement
from workbook.domain.models import Incident
from workbook.services import records
from workbook.store.vault import Vault
from workbook.ui import file_dialogs
from workbook.ui.dialogs.incident_editor import IncidentEditor
from workbook.ui.session import Session


@pytest.fixture(autouse=True)
def english_locale() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)


def show(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def png(width: int = 320, height: int = 200) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#f3e2c7"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    return bytes(buffer.data().data())


@pytest.fixture
def editor(qtbot: QtBot, vault: Vault) -> IncidentEditor:
    club = vault.find_workplace("Club Aurora")
    assert club is not None and club.id is not None
    records.set_today_workplace(vault, club.id)
    dialog = IncidentEditor(Session(vault), None)
    show(qtbot, dialog)
    return dialog


def test_an_incident_with_people_and_an_image_from_a_file(
        qtbot: QtBot, editor: IncidentEditor, vault: Vault, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    assert editor.title.hasFocus()
    qtbot.keyClicks(editor.title, "Fined for being five minutes late")
    editor.category.setFocus()
    qtbot.keyClicks(editor.category, "Unl")  # "Unlawful deduction or fine"
    assert editor.category.currentData() == "unlawful_deduction"
    editor.start.setFocus()
    qtbot.keyClicks(editor.start, "202603062310")
    editor.severity.setFocus()
    qtbot.keyClick(editor.severity, Qt.Key.Key_Down)  # 3 → 4
    assert editor.severity.currentData() == 4
    assert editor.severity_words.text().startswith("High")
    editor.description.setFocus()
    qtbot.keyClicks(editor.description, "Mikael took 500 kr from my cash. No receipt.")

    name = editor.people.name
    name.setFocus()
    qtbot.keyClicks(name, "Mikael")
    assert editor.people.hint.text() == "Already in your records."
    qtbot.keyClick(name, Qt.Key.Key_Return)
    qtbot.keyClicks(name, "Sara")
    assert editor.people.role.isEnabled()
    editor.people.role.setFocus()
    qtbot.keyClicks(editor.people.role, "Cow")
    editor.people.involvement.setFocus()
    qtbot.keyClicks(editor.people.involvement, "W")
    qtbot.mouseClick(editor.people.add_button, Qt.MouseButton.LeftButton)
    assert editor.people.list.count() == 2
    assert editor.people.list.item(1).text() == "Sara (Coworker) – Witness · new"

    data = png()
    photo = tmp_path / "fine notice.png"
    photo.write_bytes(data)
    monkeypatch.setattr(file_dialogs, "open_file", lambda *_a, **_k: photo)
    qtbot.mouseClick(editor.add_file_button, Qt.MouseButton.LeftButton)
    assert editor.files.count() == 1
    assert editor.preview.has_image()

    qtbot.mouseClick(editor.view_button, Qt.MouseButton.LeftButton)
    viewer = editor.viewer
    assert viewer is not None and viewer.isVisible()
    assert viewer.view.has_image()
    viewer.close()

    with qtbot.waitSignal(editor.finished):
        qtbot.keyClick(editor.title, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    (incident,) = vault.list_incidents()
    assert incident.title == "Fined for being five minutes late"
    assert incident.category == IncidentCategory.UNLAWFUL_DEDUCTION
    assert incident.severity == 4
    assert incident.start == datetime(2026, 3, 6, 22, 10, tzinfo=UTC)
    people = {vault.get_person(p.person_id).label: p.involvement  # type: ignore[union-attr]
              for p in incident.people}
    assert people == {"Mikael": Involvement.INVOLVED, "Sara": Involvement.WITNESS}
    (attachment,) = vault.list_attachments(incident_id=incident.id)
    assert attachment.filename == "fine notice.png"
    assert attachment.media_type == "image/png"
    assert attachment.sha256 == hashlib.sha256(data).hexdigest()
    assert vault.attachment_data(attachment.id or 0) == data  # the bytes round-trip


def test_an_image_pasted_from_the_clipboard_is_kept_and_shown(
        qtbot: QtBot, editor: IncidentEditor, vault: Vault) -> None:
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("#204080"))
    QGuiApplication.clipboard().setImage(image)
    qtbot.keyClicks(editor.title, "Screenshot of the schedule message")
    qtbot.mouseClick(editor.paste_button, Qt.MouseButton.LeftButton)
    assert editor.files.count() == 1 and editor.preview.has_image()
    with qtbot.waitSignal(editor.finished):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    (incident,) = vault.list_incidents()
    (attachment,) = vault.list_attachments(incident_id=incident.id)
    assert attachment.media_type == "image/png"
    stored = QImage.fromData(vault.attachment_data(attachment.id or 0))
    assert (stored.width(), stored.height()) == (64, 48)
    assert stored.pixelColor(10, 10) == QColor("#204080")


def test_a_file_over_50_mb_is_refused_plainly(editor: IncidentEditor, tmp_path: Path) -> None:
    big = tmp_path / "night.mp4"
    with big.open("wb") as f:
        f.truncate(60 * 1024 * 1024)  # sparse: no 60 MB written to the disk
    assert not editor.add_path(big)
    assert editor.files.count() == 0
    assert editor.files_message.isVisible()
    assert editor.files_message.text() == (
        "\u26a0 “night.mp4” is 60.0 MB. Files up to 50 MB can be kept in the vault; a smaller "
        "copy or a screenshot will do.")
    os.remove(big)


def test_a_title_is_needed(qtbot: QtBot, editor: IncidentEditor, vault: Vault) -> None:
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.isVisible()
    assert editor.title_message.isVisible()
    assert editor.title_message.text() == "\u26a0 Title: is needed"
    assert editor.title.hasFocus()
    assert vault.list_incidents() == []


def test_editing_keeps_the_earlier_version_and_the_files(qtbot: QtBot, vault: Vault) -> None:
    data = png(40, 30)
    club = vault.find_workplace("Club Aurora")
    assert club is not None
    saved = records.record_incident(vault, Incident(
        start=datetime(2026, 3, 6, 22, tzinfo=UTC), timezone="Europe/Stockholm",
        category=IncidentCategory.THREATS, title="Told I would be banned",
        workplace_id=club.id), [(records.new_attachment("msg.png", "image/png", data), data)])
    editor = IncidentEditor(Session(vault), saved)
    show(qtbot, editor)
    assert editor.history_note.isVisible()
    assert editor.title.text() == "Told I would be banned"
    assert editor.files.count() == 1
    editor.files.setCurrentRow(0)
    assert editor.preview.has_image()
    editor.outcome.setFocus()
    qtbot.keyClicks(editor.outcome, "Talked to the union.")
    with qtbot.waitSignal(editor.finished):
        qtbot.keyClick(editor.outcome, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    history = vault.record_history("incident", saved.id or 0)
    assert [h.action for h in history] == ["create", "update"]
    assert history[0].values is not None and history[0].values["outcome"] is None
    assert history[1].values is not None and history[1].values["outcome"] == (
        "Talked to the union.")
    assert len(vault.list_attachments(incident_id=saved.id)) == 1

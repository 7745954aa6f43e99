"""Validation and restore messages in the worker's language: the domain's problems carry a
stable template the app translates; the restore service's refusals are worded again here."""

from __future__ import annotations

import ast
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from ui_helpers import UiEnv, show

import workbook.domain
from workbook.domain.errors import ValidationError
from workbook.domain.money import parse_amount
from workbook.services import backup
from workbook.ui.dialogs.shift_editor import ShiftEditor
from workbook.ui.errors import BACKUP_DAMAGE, problems_text, restore_error_text
from workbook.ui.problem_messages import TEMPLATES
from workbook.ui.session import Session
from workbook.ui.widgets.labels import problem_text


def domain_templates() -> set[str]:
    found: set[str] = set()
    for source in Path(workbook.domain.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "problem"
                    and len(node.args) >= 2 and isinstance(node.args[1], ast.Constant)):
                found.add(str(node.args[1].value))
    return found


def test_every_domain_wording_can_be_translated() -> None:
    templates = domain_templates()
    assert len(templates) > 30
    assert templates <= {str(t) for t in TEMPLATES}


def test_every_backup_damage_has_our_words() -> None:
    assert set(backup._DAMAGE.values()) <= set(BACKUP_DAMAGE)


def test_a_problem_with_values_in_swedish(ui: UiEnv) -> None:
    ui.translations.install("sv")
    try:
        parse_amount("12.345", "SEK", field="amount")
    except ValidationError as exc:
        (found,) = exc.problems
    assert found.message == "SEK amounts have at most 2 decimals"  # English stays for the CLI
    assert problem_text(found) == "SEK-belopp har högst 2 decimaler"
    assert problems_text(ValidationError(found)) == "Belopp: SEK-belopp har högst 2 decimaler"


def test_the_shift_editor_says_end_before_start_in_swedish(qtbot: QtBot, ui: UiEnv,
                                                          session: Session) -> None:
    ui.translations.install("sv")
    editor = ShiftEditor(session)
    show(qtbot, editor)
    editor.start.setFocus()
    qtbot.keyClicks(editor.start, "2200")
    editor.end.setFocus()
    qtbot.keyClicks(editor.end, "0400")
    qtbot.keyClick(editor.next_day, Qt.Key.Key_Space)  # untick "ends next day"
    qtbot.keyClick(editor.end, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert editor.end_message.isVisible()
    text = editor.end_message.accessibleName()
    assert text.startswith("Slut: är före start"), text
    assert "is before" not in text


def test_a_restore_refusal_in_swedish(ui: UiEnv, tmp_path: Path) -> None:
    ui.translations.install("sv")
    not_a_backup = tmp_path / "holiday.jpg"
    not_a_backup.write_bytes(b"\xff\xd8\xff" + bytes(8000))
    target = tmp_path / "vault.workbook"
    try:
        backup.restore_backup(not_a_backup, "some passphrase", target)
    except Exception as exc:  # the service's typed refusal
        text = restore_error_text(exc)
    assert "holiday.jpg" in text
    assert "Workbook" in text and "not a" not in text
    assert "ditt valv har inte ändrats" in text

"""The rep's core (``workbook.rep``) follows the architecture rules: no Qt, no networking,
and all of its SQL in ``rep.vault`` and ``rep.schema``."""

from __future__ import annotations

import ast
from pathlib import Path

REP = Path(__file__).resolve().parents[2] / "src" / "workbook" / "rep"
BANNED = ("PySide6", "shiboken6", "socket", "urllib", "http", "requests", "ssl")


def imports(path: Path) -> list[str]:
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def test_the_rep_core_imports_no_qt_and_no_network() -> None:
    offences = [f"{path.name}: {name}" for path in sorted(REP.glob("*.py"))
                for name in imports(path) if name.split(".")[0] in BANNED]
    assert offences == []


def test_only_the_vault_and_schema_hold_sql() -> None:
    for path in sorted(REP.glob("*.py")):
        if path.name in ("vault.py", "schema.py"):
            continue
        text = path.read_text(encoding="utf-8")
        for word in ("SELECT ", "INSERT INTO", "UPDATE ", "DELETE FROM"):
            assert word not in text, f"{path.name} has SQL ({word.strip()})"

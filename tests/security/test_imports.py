"""Architecture and privacy rules checked on the source itself (with ``ast``, not grep):
the core never imports Qt, and nothing anywhere imports networking code."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src"
PACKAGE = SRC / "workbook"
CORE = ("domain", "store", "services", "reports")
QT = {"PySide6", "shiboken6"}
NETWORK = {
    "socket", "urllib", "http", "requests", "ftplib", "smtplib", "ssl", "xmlrpc", "telnetlib",
    "poplib", "imaplib", "nntplib", "socketserver", "httpx", "aiohttp", "urllib3", "websocket",
    "websockets",
}


def imported_modules(path: Path) -> Iterator[tuple[int, str]]:
    """Every module name ``path`` imports: ``import a.b``, ``from a.b import c`` (as ``a.b``
    and ``a.b.c``), and ``importlib.import_module("x")`` / ``__import__("x")`` with a literal."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.lineno, node.module
            for alias in node.names:
                yield node.lineno, f"{node.module}.{alias.name}"
        elif isinstance(node, ast.Call):
            func = node.func
            name = (func.attr if isinstance(func, ast.Attribute)
                    else func.id if isinstance(func, ast.Name) else "")
            if (name in {"import_module", "__import__"} and node.args
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)):
                yield node.lineno, node.args[0].value


def python_files(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.py"))


def offences(folders: list[Path], banned: set[str], banned_parts: set[str]) -> list[str]:
    """One line per offending import statement."""
    found: dict[tuple[Path, int], str] = {}
    for folder in folders:
        for path in python_files(folder):
            for line, module in imported_modules(path):
                parts = module.split(".")
                if parts[0] in banned or banned_parts & set(parts):
                    found.setdefault((path, line), f"{path.relative_to(folder.parent)}:{line} "
                                                   f"imports {module}")
    return list(found.values())


def test_the_source_is_where_we_look() -> None:
    assert (PACKAGE / "store" / "vault.py").exists()
    assert len(python_files(PACKAGE)) > 10


@pytest.mark.parametrize("layer", CORE)
def test_core_layers_never_import_qt(layer: str) -> None:
    folder = PACKAGE / layer
    if not folder.exists():
        pytest.skip(f"{layer}/ does not exist yet")
    assert offences([folder], QT, set()) == []


def test_nothing_imports_networking_code() -> None:
    assert offences([SRC], NETWORK, {"QtNetwork"}) == []


def test_the_checker_sees_every_kind_of_import(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import socket\nfrom urllib.request import urlopen\nfrom PySide6 import QtNetwork\n"
        "import PySide6.QtNetwork as net\nimport importlib\nimportlib.import_module('http')\n"
        "__import__('ftplib')\nfrom . import socket as local_name\n", encoding="utf-8")
    found = {module for _line, module in imported_modules(sample)}
    assert {"socket", "urllib.request", "PySide6.QtNetwork", "http", "ftplib"} <= found
    assert offences([tmp_path], NETWORK, {"QtNetwork"}) != []
    assert len(offences([tmp_path], NETWORK, {"QtNetwork"})) == 6

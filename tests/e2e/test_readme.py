"""The README's examples must stay true: its interchange example imports as documented."""

from __future__ import annotations

import re
from pathlib import Path

from workbook.services.interchange import import_interchange
from workbook.store.vault import Vault

README = Path(__file__).resolve().parents[2] / "README.md"


def _json_blocks() -> list[str]:
    return re.findall(r"```json\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.S)


def test_readme_interchange_example_imports(vault: Vault) -> None:
    blocks = [b for b in _json_blocks() if '"workbook-interchange"' in b]
    assert blocks, "README lost its interchange example"
    counts = import_interchange(vault, blocks[0])
    assert counts.shifts == 1 and counts.money_lines == 1 and counts.incidents == 1
    assert counts.attachments == 1
    (shift,) = vault.list_shifts()
    # 21:00 to 04:00 on the night the clocks go forward is six real hours, less 30 min break.
    assert shift.worked_seconds == 5 * 3600 + 30 * 60

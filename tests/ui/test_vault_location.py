"""The UI's copy of the default vault path agrees with the store's (see ui/vault_location.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbook.store.paths import default_vault_path as store_default
from workbook.ui.vault_location import default_vault_path as ui_default


@pytest.mark.parametrize("data_dir", [None, "", "  ", "/media/usb/work", "~/private"])
def test_same_default_as_the_store(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                   data_dir: str | None) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    if data_dir is None:
        monkeypatch.delenv("WORKBOOK_DATA_DIR", raising=False)
    else:
        monkeypatch.setenv("WORKBOOK_DATA_DIR", data_dir)
    assert ui_default() == store_default()


def test_the_unlock_window_starts_without_the_store() -> None:
    import subprocess
    import sys

    code = ("import sys, workbook.ui.app, workbook.ui.unlock as u; u.default_vault_path(); "
            "print(sorted(m for m in sys.modules if m.startswith(('workbook.store', "
            "'sqlcipher3', 'argon2', 'workbook.ui.main_window'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"

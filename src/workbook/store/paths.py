"""Where the vault lives when the worker has not chosen a place."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

VAULT_FILENAME = "vault.workbook"
DATA_DIR_VARIABLE = "WORKBOOK_DATA_DIR"


def default_vault_path() -> Path:
    """``$WORKBOOK_DATA_DIR/vault.workbook`` if that variable names a folder (an encrypted USB
    stick, a test directory), else the platform's data folder. Creates nothing: the folder is
    made only when a vault is created in it."""
    chosen = os.environ.get(DATA_DIR_VARIABLE, "").strip()
    if chosen:
        return Path(chosen).expanduser() / VAULT_FILENAME
    # appauthor=False: no "Workbook\\Workbook" nesting on Windows.
    return Path(platformdirs.user_data_dir("Workbook", appauthor=False)) / VAULT_FILENAME

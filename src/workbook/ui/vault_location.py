"""Where the vault is when the worker has not chosen a place, without importing the store.

This is ``workbook.store.paths.default_vault_path`` again, on purpose: importing anything under
``workbook.store`` runs the package's ``__init__``, which loads SQLCipher, Argon2 and every
repository (about 150 ms), and the unlock window must be on screen before that. A test
(tests/ui/test_vault_location.py) keeps the two in step.
"""

from __future__ import annotations

import os
from pathlib import Path

VAULT_FILENAME = "vault.workbook"
DATA_DIR_VARIABLE = "WORKBOOK_DATA_DIR"


def default_vault_path() -> Path:
    chosen = os.environ.get(DATA_DIR_VARIABLE, "").strip()
    if chosen:
        return Path(chosen).expanduser() / VAULT_FILENAME
    import platformdirs

    return Path(platformdirs.user_data_dir("Workbook", appauthor=False)) / VAULT_FILENAME

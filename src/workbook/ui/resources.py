"""Where the app's icons and translations live.

In a source checkout (``pip install -e .``) that is ``resources/`` at the top of the repository;
a bundle can put them anywhere and say so with ``WORKBOOK_RESOURCES``.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    override = os.environ.get("WORKBOOK_RESOURCES")
    if override:
        return Path(override)
    here = Path(__file__).resolve()
    for parent in here.parents:
        candidate = parent / "resources"
        if (candidate / "translations").is_dir() and (candidate / "icons").is_dir():
            return candidate
    return here.parent / "resources"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def icon_path(name: str) -> Path:
    return resources_dir() / "icons" / f"{name}.svg"

"""Shared fixtures: a small encrypted vault built once per session and copied for each test.

The vault uses ``FAST_TEST_KDF`` (never used by the app) so unlocking takes milliseconds. Its
contents are fixed: two workplaces (ids 1 and 2) and two people (ids 1 and 2); tests add what
they need on top.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

# Qt must not look for a display in any test, whichever test imports it first.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from workbook.domain.categories import PersonRole, WorkplaceKind
from workbook.domain.models import Person, Profile, Workplace
from workbook.store.kdf import FAST_TEST_KDF
from workbook.store.vault import Vault

TEST_PASSPHRASE = "correct horse battery staple"
STOCKHOLM = "Europe/Stockholm"
BERLIN = "Europe/Berlin"


@pytest.fixture(scope="session")
def vault_passphrase() -> str:
    """The passphrase of the template vault (and of every copy of it)."""
    return TEST_PASSPHRASE


@pytest.fixture(scope="session")
def vault_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A closed vault file with a profile, two workplaces and two people."""
    path = tmp_path_factory.mktemp("template") / "template.workbook"
    with Vault.create(path, TEST_PASSPHRASE, kdf=FAST_TEST_KDF) as vault:
        vault.save_profile(Profile(work_name="Lina", default_currency="SEK", timezone=STOCKHOLM,
                                   reference_wages={"SEK": 18000}))
        vault.add_workplace(Workplace(name="Club Aurora", currency="SEK", timezone=STOCKHOLM,
                                      kind=WorkplaceKind.CLUB, city="Stockholm", country="SE"))
        vault.add_workplace(Workplace(name="Agentur Nord", currency="EUR", timezone=BERLIN,
                                      kind=WorkplaceKind.AGENCY, city="Berlin", country="DE"))
        vault.add_person(Person(label="Mikael", role=PersonRole.MANAGER))
        vault.add_person(Person(label="Dana", role=PersonRole.COWORKER))
    return path


@pytest.fixture
def vault_path(vault_template: Path, tmp_path: Path) -> Path:
    """A private copy of the template vault for one test (closed, so one file is enough)."""
    path = tmp_path / "vault.workbook"
    shutil.copyfile(vault_template, path)
    path.chmod(0o600)
    return path


@pytest.fixture
def vault(vault_path: Path) -> Iterator[Vault]:
    """The test's copy of the template vault, unlocked; locked again after the test."""
    opened = Vault.open(vault_path, TEST_PASSPHRASE)
    yield opened
    opened.close()

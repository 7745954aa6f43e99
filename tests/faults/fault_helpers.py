"""Helpers for the fault tests (imported as ``fault_helpers``): vaults with records in them and
the checks that nothing was lost."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from workbook.domain.categories import MoneyKind
from workbook.domain.models import MoneyLine, Profile, Shift, Workplace
from workbook.store import FAST_TEST_KDF, Vault

PASSPHRASE = "felsäker lösenfras ✨"
BACKUP_PASSPHRASE = "reservkopia ш ţ"
ZONE = "Europe/Stockholm"


@dataclass
class Filled:
    """A vault with records in it, and their ids."""

    path: Path
    shift_ids: list[int]
    money_ids: list[int]


def add_shifts(vault: Vault, count: int, *, notes: str = "", first: int = 0
               ) -> tuple[list[int], list[int]]:
    workplaces = vault.list_workplaces()
    if workplaces:
        workplace_id = workplaces[0].id
    else:
        workplace_id = vault.add_workplace(Workplace(
            name="Club Aurora", currency="SEK", timezone=ZONE, city="Stockholm",
            country="SE")).id
    assert workplace_id is not None
    shifts, money = [], []
    for i in range(first, first + count):
        start = datetime(2026, 3, 1, 20, tzinfo=UTC) + timedelta(days=i % 28)
        with vault.transaction():  # a shift and its money line are saved together or not
            shift = vault.add_shift(Shift(workplace_id=workplace_id, start=start,
                                          end=start + timedelta(hours=7), timezone=ZONE,
                                          notes=notes or f"skift {i} ş ț Ж ไทย"))
            assert shift.id is not None
            line = vault.add_money_line(MoneyLine(
                date=start.date(), kind=MoneyKind.DEDUCTION, category="house_fee",
                amount_minor=80000 + i, currency="SEK", shift_id=shift.id))
        assert line.id is not None
        shifts.append(shift.id)
        money.append(line.id)
    return shifts, money


def make_vault(path: Path, shifts: int = 5, passphrase: str = PASSPHRASE) -> Filled:
    with Vault.create(path, passphrase, kdf=FAST_TEST_KDF) as vault:
        vault.save_profile(Profile(work_name="Lina", default_currency="SEK", timezone=ZONE))
        shift_ids, money_ids = add_shifts(vault, shifts)
    return Filled(path, shift_ids, money_ids)


def assert_all_there(filled: Filled, passphrase: str = PASSPHRASE, path: Path | None = None
                     ) -> None:
    """The vault opens, every record is there, and every check passes."""
    from workbook.services.backup import check_vault

    where = path or filled.path
    report = check_vault(where, passphrase)
    assert report.ok, [(c.title, c.message) for c in report.problems]
    with Vault.open(where, passphrase) as vault:
        for shift_id in filled.shift_ids:
            assert vault.get_shift(shift_id) is not None, shift_id
        for money_id in filled.money_ids:
            assert vault.get_money_line(money_id) is not None, money_id


def fill(folder: Path, leave_kib: int) -> Path:
    """Fill the file system ``folder`` is on until about ``leave_kib`` KiB are free."""
    filler = folder / "filler.bin"
    free = shutil.disk_usage(folder).free
    size = max(0, free - leave_kib * 1024)
    with filler.open("wb") as out:
        out.write(b"\0" * size)
    return filler


@dataclass
class Unprivileged:
    """Runs Python code without the power to ignore file permissions: as the user ``nobody``
    (``uid`` set) or, where nobody cannot reach this Python, as root with the capabilities
    that override file permissions dropped (``setpriv``; ``uid`` None)."""

    how: str
    base: Path  # a folder the code may enter
    uid: int | None = None
    gid: int | None = None

    def run(self, code: str, *args: str) -> subprocess.CompletedProcess[str]:
        """Run ``code`` with ``args`` as sys.argv[1:]."""
        env = {"PATH": "/usr/bin:/bin", "HOME": str(self.base), "LANG": "C.UTF-8",
               "PYTHONDONTWRITEBYTECODE": "1", "PYTHONPATH": os.pathsep.join(sys.path)}
        command = [sys.executable, "-c", textwrap.dedent(code), *args]
        if self.uid is None:
            return subprocess.run([*SETPRIV, *command], capture_output=True, text=True,
                                  timeout=120, check=False, env=env)
        uid, gid = self.uid, self.gid or 0

        def drop() -> None:
            os.setgroups([])
            os.setgid(gid)
            os.setuid(uid)

        return subprocess.run(command, capture_output=True, text=True, timeout=120,
                              check=False, env=env, preexec_fn=drop)

    def own(self, path: Path, mode: int) -> None:
        """Make ``path`` this user's, with ``mode``."""
        if self.uid is not None:
            os.chown(path, self.uid, self.gid or 0)
        path.chmod(mode)


SETPRIV = ("setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner", "--")

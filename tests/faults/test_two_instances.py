"""Two Workbook processes on one vault: the second is told, in plain words, and cannot write,
back up over, restore over or check it; the first keeps working; nothing is corrupted."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from fault_helpers import PASSPHRASE, Filled, add_shifts, assert_all_there, make_vault

from workbook.services.backup import check_vault, make_backup
from workbook.store import Vault, VaultInUse

IN_USE = VaultInUse.default_message

SECOND = textwrap.dedent("""
    import json, sys
    from workbook.store import Vault, VaultError
    from workbook.services.backup import check_vault, restore_backup
    vault_path, passphrase, backup = sys.argv[1:4]
    results = {}

    def attempt(name, action):
        try:
            action()
        except VaultError as exc:
            results[name] = [type(exc).__name__, str(exc)]
        else:
            results[name] = ["ok", ""]

    attempt("open", lambda: Vault.open(vault_path, passphrase).close())
    attempt("check", lambda: check_vault(vault_path, passphrase))
    attempt("restore", lambda: restore_backup(backup, passphrase, vault_path))
    print(json.dumps(results))
""")


def run_second(vault_path: Path, backup: Path) -> dict[str, list[str]]:
    result = subprocess.run([sys.executable, "-c", SECOND, str(vault_path), PASSPHRASE,
                             str(backup)], capture_output=True, text=True, timeout=120,
                            check=False)
    assert result.returncode == 0, result.stderr
    outcome: dict[str, list[str]] = json.loads(result.stdout)
    return outcome


def test_second_process_is_told_and_the_first_keeps_working(filled: Filled,
                                                            tmp_path: Path) -> None:
    other = make_vault(tmp_path / "other" / "vault.workbook")
    with Vault.open(other.path, PASSPHRASE) as vault:
        backup = make_backup(vault, tmp_path / "backup.workbook", PASSPHRASE).path

    first = Vault.open(filled.path, PASSPHRASE)
    try:
        more, money = add_shifts(first, 3, first=100)
        outcome = run_second(filled.path, backup)
        assert outcome["open"] == ["VaultInUse", IN_USE]
        assert outcome["check"][0] == "VaultInUse"
        assert outcome["restore"][0] == "VaultInUse"
        assert "Lock it or close the app" in outcome["restore"][1]
        # A backup written from elsewhere onto the open vault's file is refused too.
        with Vault.open(other.path, PASSPHRASE) as second, pytest.raises(VaultInUse):
            make_backup(second, filled.path, PASSPHRASE)
        # The first one carries on.
        later, later_money = add_shifts(first, 3, first=200)
        assert first.verify_chain().ok
    finally:
        first.close()
    filled.shift_ids += more + later
    filled.money_ids += money + later_money
    assert sorted(os.listdir(filled.path.parent)) == [filled.path.name]
    assert_all_there(filled)


WRITER = textwrap.dedent("""
    import signal
    import sys
    from datetime import UTC, datetime, timedelta
    # Ctrl+C stops it, even when started from a shell that ignores SIGINT for jobs in the
    # background (Python leaves an ignored SIGINT ignored).
    signal.signal(signal.SIGINT, signal.default_int_handler)
    from workbook.domain.models import Shift
    from workbook.store import Vault
    vault = Vault.open(sys.argv[1], sys.argv[2])
    place = vault.list_workplaces()[0].id
    print("READY", flush=True)
    n = 0
    try:
        while True:
            n += 1
            start = datetime(2026, 4, 1, 20, tzinfo=UTC) + timedelta(minutes=n)
            shift = vault.add_shift(Shift(workplace_id=place, start=start,
                                          end=start + timedelta(hours=6),
                                          timezone="Europe/Stockholm", notes=f"first {n}"))
            print(f"C {shift.id}", flush=True)
    except KeyboardInterrupt:
        vault.close()
""")


def test_while_another_process_writes(filled: Filled, tmp_path: Path) -> None:
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(filled.path), PASSPHRASE],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert writer.stdout is not None
    assert writer.stdout.readline().strip() == "READY"
    try:
        refused = 0
        deadline = time.monotonic() + 1.5
        while time.monotonic() < deadline:
            with pytest.raises(VaultInUse) as caught:
                Vault.open(filled.path, PASSPHRASE)
            assert str(caught.value) == IN_USE
            with pytest.raises(VaultInUse):
                check_vault(filled.path, PASSPHRASE)
            refused += 1
        assert refused > 3
    finally:
        writer.send_signal(signal.SIGINT)
        out, err = writer.communicate(timeout=60)
    assert writer.returncode == 0, err
    confirmed = [int(line.split()[1]) for line in out.splitlines() if line.startswith("C ")]
    assert confirmed, err
    filled.shift_ids += confirmed
    assert_all_there(filled)

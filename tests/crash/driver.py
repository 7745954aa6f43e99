"""The child process of the crash tests: works on a vault in a loop until it is killed.

Run as ``python driver.py CONFIG_JSON``. It opens the vault, prints ``READY``, then repeats its
phase's work forever, printing (and flushing) a marker line *before* each operation and a
confirmation line only *after* the operation has returned:

- ``w`` … ``C <shift id> <money id> <money id>``: a shift with two money lines, one transaction
  (now and then also five shifts in one transaction, confirmed as ``C <shift id>`` each);
- ``k`` … ``K``: ``PRAGMA wal_checkpoint(TRUNCATE)`` after every write (checkpoint phase);
- ``p <i>`` … ``P <i>``: the passphrase changed to number ``i`` (rekey phase);
- ``b`` … ``B <last shift id>``: a backup written that holds every shift up to that id;
- ``e`` … ``E``: an evidence export (PDF + JSON sidecar) written.

The parent kills it with SIGKILL at a random moment and then checks that everything confirmed
is there; the last marker line tells it which operation the kill interrupted.
"""

from __future__ import annotations

import json
import sys
from datetime import UTC, date, datetime, timedelta
from typing import Any

from workbook.domain.categories import MoneyKind, PaymentMethod, ShiftRole
from workbook.domain.models import MoneyLine, Shift
from workbook.store import FAST_TEST_KDF, Vault

ZONE = "Europe/Stockholm"


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def write_shift(vault: Vault, workplace_id: int, n: int) -> int:
    start = datetime(2026, 1, 1, 20, tzinfo=UTC) + timedelta(days=n % 300, minutes=n % 37)
    say("w")
    with vault.transaction():
        shift = vault.add_shift(Shift(
            workplace_id=workplace_id, start=start, end=start + timedelta(hours=7),
            timezone=ZONE, breaks_minutes=30, role=ShiftRole.STAGE,
            notes=f"kraschtest {n} — ş ț Ж ไทย 💃🏽 " + "x" * (n % 200)))
        assert shift.id is not None
        day = start.date()
        fee = vault.add_money_line(MoneyLine(
            date=day, kind=MoneyKind.DEDUCTION, category="house_fee", amount_minor=80000 + n,
            currency="SEK", shift_id=shift.id, method=PaymentMethod.CASH, counterparty="club"))
        tips = vault.add_money_line(MoneyLine(
            date=day, kind=MoneyKind.EARNING, category="tips", amount_minor=150000 + n,
            currency="SEK", shift_id=shift.id, method=PaymentMethod.CASH))
    say(f"C {shift.id} {fee.id} {tips.id}")
    return shift.id


def main(config: dict[str, Any]) -> None:
    phase = config["phase"]
    passphrases: list[str] = config["passphrases"]
    index: int = config["index"]
    vault = Vault.open(config["vault"], passphrases[index])
    workplace_id = vault.list_workplaces()[0].id
    assert workplace_id is not None
    n = int(config["start_n"])
    say("READY")
    export: Any = None
    if phase == "export":
        from workbook.services.export import export_evidence
        export = export_evidence
    while True:
        n += 1
        last = write_shift(vault, workplace_id, n)
        if phase == "writes" and n % 5 == 0:
            # A bigger transaction now and then: five shifts committed together.
            ids = []
            say("w")
            with vault.transaction():
                for extra in range(5):
                    ids.append(vault.add_shift(Shift(
                        workplace_id=workplace_id,
                        start=datetime(2026, 2, 1, 20, tzinfo=UTC) + timedelta(days=extra),
                        end=datetime(2026, 2, 2, 3, tzinfo=UTC) + timedelta(days=extra),
                        timezone=ZONE, notes=f"batch {n}")).id)
            say("\n".join(f"C {i}" for i in ids))
        elif phase == "checkpoint":
            say("k")
            vault.checkpoint()
            say("K")
        elif phase == "rekey":
            index = (index + 1) % len(passphrases)
            say(f"p {index}")
            vault.change_passphrase(passphrases[index], kdf=FAST_TEST_KDF)
            say(f"P {index}")
        elif phase == "backup":
            say("b")
            vault.backup_to(config["backup"], config["backup_passphrase"], kdf=FAST_TEST_KDF)
            say(f"B {last}")
        elif phase == "export":
            say("e")
            export(vault, date_from=date(2026, 1, 1), date_to=date(2026, 12, 31),
                   profile="full", pdf_path=config["pdf"], json_path=config["json"])
            say("E")


if __name__ == "__main__":
    main(json.loads(sys.argv[1]))

"""The vault: one encrypted SQLCipher file holding everything a worker records.

:class:`Vault` is what services use: create, open, lock (close), change the passphrase, make a
backup, and read and write records through the repositories, every write journalled in the
same transaction. Nothing here imports Qt; every SQL statement lives in ``store``.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import Any

from workbook.domain.categories import IncidentCategory, MoneyKind
from workbook.domain.models import (
    Attachment,
    ControlTag,
    Incident,
    MoneyLine,
    Person,
    Profile,
    Shift,
    Workplace,
)
from workbook.domain.timeutil import utc_now
from workbook.store import files
from workbook.store.columns import stamp_text
from workbook.store.errors import (
    DamagedVault,
    VaultLocked,
)
from workbook.store.journal import (
    ChainCheck,
    DisclosedRow,
    EntryText,
    Journal,
    JournalRow,
    RecordVersion,
    Seal,
)
from workbook.store.kdf import PRODUCTION_KDF, KdfParams, wipe
from workbook.store.migrations import schema_version
from workbook.store.paths import default_vault_path
from workbook.store.repositories import PeriodAggregate, Repositories
from workbook.store.repositories.incidents import IncidentKey
from workbook.store.repositories.meta import LAST_BACKUP_AT
from workbook.store.repositories.money import MoneyKey
from workbook.store.repositories.shifts import ShiftKey
from workbook.store.unlock import (
    Unlocked,
    create_file,
    fresh_key_spec,
    open_file,
    passphrase_opens,
    replace_with_keyed_copy,
    write_backup,
)


class Vault:
    """An open (unlocked) vault. Use :meth:`create` or :meth:`open`; :meth:`close` locks it.

    Safe to use from a background thread as well as the GUI thread: calls are serialised, and a
    :meth:`transaction` block keeps other threads out until it ends.
    """

    def __init__(self, unlocked: Unlocked) -> None:
        self._db = unlocked.db
        self._lock: files.FileLock | None = unlocked.lock
        self._kdf = unlocked.kdf
        self.path = unlocked.db.path
        self._journal = Journal(self._db)
        self._repos = Repositories.build(self._db, self._journal)

    # -- lifecycle ---------------------------------------------------------------------------

    @classmethod
    def create(cls, path: str | os.PathLike[str], passphrase: str, *,
               kdf: KdfParams = PRODUCTION_KDF) -> Vault:
        """Make a new, empty vault at ``path`` and open it. Refuses to overwrite anything."""
        return cls(create_file(Path(path).absolute(), passphrase, kdf))

    @classmethod
    def open(cls, path: str | os.PathLike[str], passphrase: str) -> Vault:
        """Unlock the vault at ``path``. Raises a :class:`VaultError` saying what is wrong;
        the file is never changed by a failed open."""
        return cls(open_file(Path(path).absolute(), passphrase))

    @property
    def is_open(self) -> bool:
        return self._db.is_open

    @property
    def kdf(self) -> KdfParams:
        """The key-derivation parameters this vault's salt names."""
        return self._kdf

    @property
    def schema_version(self) -> int:
        return schema_version(self._db)

    def close(self) -> None:
        """Lock: close the connection (SQLCipher wipes its key) and let the file go.
        Safe to call twice."""
        try:
            self._db.close()
        finally:
            if self._lock is not None:
                self._lock.release()
                self._lock = None

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def change_passphrase(self, new_passphrase: str, *, kdf: KdfParams | None = None) -> None:
        """Re-key the vault with a new salt and key from ``new_passphrase`` (with the newest
        parameter set unless ``kdf`` is given).

        SQLCipher can re-key in place with a new salt, but in WAL mode a crash between the
        commit and the checkpoint would leave the old salt in the header in front of pages
        under the new key: a vault no passphrase opens. So a re-keyed copy is written beside
        the vault, checked, fsynced and renamed over it: after a crash there is the old vault
        or the new one, never a mix.
        """
        params = kdf or PRODUCTION_KDF
        spec = fresh_key_spec(new_passphrase, params)
        try:
            with self._db.held():  # no other thread may write between the copy and the swap
                self._replace_with_copy(spec)
            self._kdf = params
        finally:
            wipe(spec)

    def _replace_with_copy(self, spec: bytearray) -> None:
        try:
            self._lock = replace_with_keyed_copy(self._db, self._lock, spec)
        except BaseException:
            if not self._db.is_open:  # failed after the copy: the swap let the file go
                self.close()
            raise

    def backup_to(self, target: str | os.PathLike[str], passphrase: str, *,
                  kdf: KdfParams | None = None,
                  progress: Callable[[int, int], None] | None = None) -> Path:
        """Write a complete encrypted copy to ``target`` (replacing an older backup there
        atomically), keyed from ``passphrase`` with a fresh salt. Returns the path written.
        ``progress(pages_done, pages)`` follows the copy."""
        destination = write_backup(self._db, Path(target), passphrase, kdf or PRODUCTION_KDF,
                                   progress)
        self._repos.meta.set(LAST_BACKUP_AT, stamp_text(utc_now()))
        return destination

    def passphrase_matches(self, passphrase: str) -> bool:
        """Whether ``passphrase`` opens this vault (asked again before a backup is keyed with
        it: a typo there would make a backup nobody can open)."""
        if self._lock is None or not self.is_open:
            raise VaultLocked(path=self.path)
        return passphrase_opens(self.path, self._lock.read_start(16), passphrase, self._kdf)

    def checkpoint(self) -> bool:
        """Fold the write-ahead log into the vault file now (closing does it too). False if
        part of it is still in use by another reader."""
        return self._db.checkpoint()

    # -- transactions and vault facts -------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Everything inside is one SQLite transaction, journal rows included.

        Nested use joins the outer transaction. If anything inside fails after it has written,
        the whole transaction is rolled back when the outermost block ends, even if the error
        was caught (then :class:`~workbook.store.errors.ChangeNotSaved` is raised there): a
        half-done change is never committed."""
        with self._db.transaction():
            yield

    def get_meta(self, key: str) -> str | None:
        """A small fact kept about the vault (not journalled), such as the last backup time."""
        return self._repos.meta.get(key)

    def set_meta(self, key: str, value: str | None) -> None:
        """Set (or with None, forget) a fact about the vault."""
        self._repos.meta.set(key, value)

    def check_integrity(self) -> None:
        """Read every page and check the database structure (slow on a big vault); raises
        :class:`DamagedVault` with what is wrong."""
        result = [str(r[0]) for r in self._db.query("PRAGMA quick_check")]
        if result != ["ok"]:
            raise DamagedVault(path=self.path, detail="; ".join(result[:5]))

    # -- profile -----------------------------------------------------------------------------

    def get_profile(self) -> Profile:
        return self._repos.profile.get()

    def save_profile(self, profile: Profile) -> Profile:
        return self._repos.profile.save(profile)

    # -- workplaces --------------------------------------------------------------------------

    def add_workplace(self, workplace: Workplace) -> Workplace:
        return self._repos.workplaces.add(workplace)

    def update_workplace(self, workplace: Workplace) -> Workplace:
        return self._repos.workplaces.update(workplace)

    def delete_workplace(self, workplace_id: int) -> None:
        self._repos.workplaces.delete(workplace_id)

    def get_workplace(self, workplace_id: int) -> Workplace | None:
        return self._repos.workplaces.get(workplace_id)

    def list_workplaces(self, include_archived: bool = True) -> list[Workplace]:
        return self._repos.workplaces.all(include_archived)

    def find_workplace(self, name: str) -> Workplace | None:
        return self._repos.workplaces.find(name)

    # -- people ------------------------------------------------------------------------------

    def add_person(self, person: Person) -> Person:
        return self._repos.people.add(person)

    def update_person(self, person: Person) -> Person:
        return self._repos.people.update(person)

    def delete_person(self, person_id: int) -> None:
        self._repos.people.delete(person_id)

    def get_person(self, person_id: int) -> Person | None:
        return self._repos.people.get(person_id)

    def list_people(self) -> list[Person]:
        return self._repos.people.all()

    def find_person(self, label: str) -> Person | None:
        return self._repos.people.find(label)

    # -- shifts ------------------------------------------------------------------------------

    def add_shift(self, shift: Shift) -> Shift:
        return self._repos.shifts.add(shift)

    def update_shift(self, shift: Shift) -> Shift:
        return self._repos.shifts.update(shift)

    def delete_shift(self, shift_id: int) -> None:
        self._repos.shifts.delete(shift_id)

    def get_shift(self, shift_id: int) -> Shift | None:
        return self._repos.shifts.get(shift_id)

    def list_shifts(self, *, workplace_id: int | None = None, date_from: date | None = None,
                    date_to: date | None = None, text: str | None = None,
                    after: ShiftKey | int | None = None, limit: int = 200,
                    newest_first: bool = True, sort: str = "start",
                    ranking: Sequence[object] = ()) -> list[Shift]:
        return self._repos.shifts.page(workplace_id=workplace_id, date_from=date_from,
                                       date_to=date_to, text=text, after=after, limit=limit,
                                       newest_first=newest_first, sort=sort, ranking=ranking)

    def count_shifts(self, *, workplace_id: int | None = None, date_from: date | None = None,
                     date_to: date | None = None, text: str | None = None) -> int:
        return self._repos.shifts.count(workplace_id=workplace_id, date_from=date_from,
                                        date_to=date_to, text=text)

    # -- money -------------------------------------------------------------------------------

    def add_money_line(self, line: MoneyLine) -> MoneyLine:
        return self._repos.money.add(line)

    def update_money_line(self, line: MoneyLine) -> MoneyLine:
        return self._repos.money.update(line)

    def delete_money_line(self, line_id: int) -> None:
        self._repos.money.delete(line_id)

    def get_money_line(self, line_id: int) -> MoneyLine | None:
        return self._repos.money.get(line_id)

    def money_for_shift(self, shift_id: int) -> list[MoneyLine]:
        return self._repos.money.for_shift(shift_id)

    def list_money_lines(self, *, workplace_id: int | None = None,
                         date_from: date | None = None, date_to: date | None = None,
                         kind: MoneyKind | str | None = None, category: str | None = None,
                         text: str | None = None, after: MoneyKey | int | None = None,
                         limit: int = 200, newest_first: bool = True, sort: str = "date",
                         ranking: Sequence[object] = ()) -> list[MoneyLine]:
        return self._repos.money.page(workplace_id=workplace_id, date_from=date_from,
                                      date_to=date_to, kind=kind, category=category, text=text,
                                      after=after, limit=limit, newest_first=newest_first,
                                      sort=sort, ranking=ranking)

    def count_money_lines(self, *, workplace_id: int | None = None,
                          date_from: date | None = None, date_to: date | None = None,
                          kind: MoneyKind | str | None = None, category: str | None = None,
                          text: str | None = None) -> int:
        return self._repos.money.count(workplace_id=workplace_id, date_from=date_from,
                                       date_to=date_to, kind=kind, category=category, text=text)

    # -- incidents ---------------------------------------------------------------------------

    def add_incident(self, incident: Incident) -> Incident:
        return self._repos.incidents.add(incident)

    def update_incident(self, incident: Incident) -> Incident:
        return self._repos.incidents.update(incident)

    def delete_incident(self, incident_id: int) -> None:
        self._repos.incidents.delete(incident_id)

    def get_incident(self, incident_id: int) -> Incident | None:
        return self._repos.incidents.get(incident_id)

    def list_incidents(self, *, workplace_id: int | None = None, date_from: date | None = None,
                       date_to: date | None = None,
                       category: IncidentCategory | str | None = None,
                       shift_id: int | None = None, text: str | None = None,
                       after: IncidentKey | int | None = None, limit: int = 200,
                       newest_first: bool = True, sort: str = "start",
                       ranking: Sequence[object] = ()) -> list[Incident]:
        return self._repos.incidents.page(workplace_id=workplace_id, date_from=date_from,
                                          date_to=date_to, category=category,
                                          shift_id=shift_id, text=text, after=after,
                                          limit=limit, newest_first=newest_first, sort=sort,
                                          ranking=ranking)

    def count_incidents(self, *, workplace_id: int | None = None,
                        date_from: date | None = None, date_to: date | None = None,
                        category: IncidentCategory | str | None = None,
                        shift_id: int | None = None, text: str | None = None) -> int:
        return self._repos.incidents.count(workplace_id=workplace_id, date_from=date_from,
                                           date_to=date_to, category=category,
                                           shift_id=shift_id, text=text)

    # -- attachments -------------------------------------------------------------------------

    def add_attachment(self, meta: Attachment, data: bytes) -> Attachment:
        return self._repos.attachments.add(meta, data)

    def get_attachment(self, attachment_id: int) -> Attachment | None:
        return self._repos.attachments.get(attachment_id)

    def attachment_data(self, attachment_id: int) -> bytes:
        return self._repos.attachments.data(attachment_id)

    def list_attachments(self, incident_id: int | None = None, shift_id: int | None = None
                         ) -> list[Attachment]:
        return self._repos.attachments.linked(incident_id, shift_id)

    def delete_attachment(self, attachment_id: int) -> None:
        self._repos.attachments.delete(attachment_id)

    # -- control indicators ------------------------------------------------------------------

    def add_control_tag(self, tag: ControlTag) -> ControlTag:
        return self._repos.controls.add(tag)

    def update_control_tag(self, tag: ControlTag) -> ControlTag:
        return self._repos.controls.update(tag)

    def delete_control_tag(self, tag_id: int) -> None:
        self._repos.controls.delete(tag_id)

    def get_control_tag(self, tag_id: int) -> ControlTag | None:
        return self._repos.controls.get(tag_id)

    def list_control_tags(self, workplace_id: int | None = None, *, shift_id: int | None = None,
                          incident_id: int | None = None) -> list[ControlTag]:
        return self._repos.controls.linked(workplace_id, shift_id=shift_id,
                                         incident_id=incident_id)

    # -- reports -----------------------------------------------------------------------------

    def period_records(self, date_from: date | None, date_to: date | None,
                       workplace_id: int | None = None) -> tuple[list[Shift], list[MoneyLine]]:
        return self._repos.periods.records(date_from, date_to, workplace_id)

    def period_aggregates(self, date_from: date | None, date_to: date | None
                          ) -> list[PeriodAggregate]:
        return self._repos.periods.aggregates(date_from, date_to)

    # -- journal and seals -------------------------------------------------------------------

    def journal_head(self) -> tuple[int, str]:
        return self._journal.head()

    def verify_chain(self) -> ChainCheck:
        return self._journal.verify()

    def journal_rows(self, first_seq: int = 1, last_seq: int | None = None
                     ) -> list[JournalRow]:
        return self._journal.rows(first_seq, last_seq)

    def journal_disclosure(self, entity: str, entity_id: int) -> list[DisclosedRow]:
        return self._journal.disclosure(entity, entity_id)

    def journal_entries(self, first_seq: int = 1, last_seq: int | None = None
                        ) -> list[EntryText]:
        return self._journal.entries(first_seq, last_seq)

    def journal_digests(self, seqs: Iterable[int]) -> dict[int, dict[str, str]]:
        """The digests of these journal rows (name → digest)."""
        return self._journal.digests(seqs)

    def journal_kept(self, seqs: Iterable[int]
                     ) -> dict[int, tuple[dict[str, Any], dict[str, str]]]:
        """Values and salts still kept for these journal rows (erased rows are absent)."""
        return self._journal.kept(seqs)

    def record_history(self, entity: str, entity_id: int) -> list[RecordVersion]:
        return self._journal.history(entity, entity_id)

    def issue_seal(self) -> Seal:
        return self._journal.issue_seal()

    def list_seals(self) -> list[Seal]:
        return self._journal.seals()


__all__ = ["Vault", "default_vault_path"]

"""Files kept inside the vault (a photo of a fine notice, a pay slip, a screenshot).
Entity ``attachment``; the journal commits to the file through its SHA-256, not its bytes."""

from __future__ import annotations

import dataclasses
import hashlib
from typing import Any

from workbook.domain.errors import Problem, ValidationError
from workbook.domain.models import Attachment
from workbook.domain.timeutil import utc_now
from workbook.store.columns import stamp, stamp_text
from workbook.store.journal import Action, Entity
from workbook.store.repositories.base import Repository, Where, gone, missing, validated

_SELECT = (
    "SELECT id, incident_id, shift_id, filename, media_type, size, sha256, note, added_at "
    "FROM attachments"
)
_BY_ID = _SELECT + " WHERE id = ?"
_DATA = "SELECT data FROM attachments WHERE id = ?"
_INSERT = (
    "INSERT INTO attachments (incident_id, shift_id, filename, media_type, size, sha256, note, "
    "added_at, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_RELINK = "UPDATE attachments SET incident_id = ?, shift_id = ? WHERE id = ?"
_DELETE = "DELETE FROM attachments WHERE id = ?"
_INCIDENT_EXISTS = "SELECT 1 FROM incidents WHERE id = ?"
_SHIFT_EXISTS = "SELECT 1 FROM shifts WHERE id = ?"


def _from_row(row: tuple[Any, ...]) -> Attachment:
    id_, incident_id, shift_id, filename, media_type, size, sha256, note, added_at = row
    return Attachment(filename=filename, media_type=media_type, size=size, sha256=sha256,
                      incident_id=incident_id, shift_id=shift_id, note=note,
                      added_at=stamp(added_at), id=id_)


class AttachmentRepository(Repository):
    def get(self, attachment_id: int) -> Attachment | None:
        row = self._db.query_one(_BY_ID, (attachment_id,))
        return None if row is None else _from_row(row)

    def data(self, attachment_id: int) -> bytes:
        value = self._db.scalar(_DATA, (attachment_id,))
        if value is None:
            raise gone("attachment")
        return bytes(value)

    def linked(self, incident_id: int | None = None, shift_id: int | None = None
             ) -> list[Attachment]:
        """Attachments of an incident and/or a shift (all of them when neither is given),
        in the order they were added."""
        where = Where()
        if incident_id is not None:
            where.add("incident_id = ?", incident_id)
        if shift_id is not None:
            where.add("shift_id = ?", shift_id)
        return [_from_row(r) for r in self._db.query(_SELECT + where.sql() + " ORDER BY id",
                                                      where.params)]

    def add(self, meta: Attachment, data: bytes) -> Attachment:
        """Keep ``data`` with ``meta``'s file name, media type, links and note; the size and
        SHA-256 are computed here, whatever ``meta`` says."""
        attachment = dataclasses.replace(meta, size=len(data),
                                         sha256=hashlib.sha256(data).hexdigest(), id=None)
        validated(attachment)
        at = utc_now()
        with self._db.transaction():
            self._check_links(attachment)
            new_id = self._db.insert(_INSERT, (
                attachment.incident_id, attachment.shift_id, attachment.filename,
                attachment.media_type, attachment.size, attachment.sha256, attachment.note,
                stamp_text(at), bytes(data)))
            saved = self._reloaded(new_id)
            self._journal.record(Action.CREATE, Entity.ATTACHMENT, new_id, saved.fields(), at=at)
            return saved

    def delete(self, attachment_id: int) -> None:
        with self._db.transaction():
            if self.get(attachment_id) is None:
                raise gone("attachment")
            self._db.execute(_DELETE, (attachment_id,))
            self._journal.record(Action.DELETE, Entity.ATTACHMENT, attachment_id, None)

    def release_shift(self, shift_id: int) -> None:
        """Before a shift is deleted: its own files go with it; a file that also belongs to an
        incident stays there (a journalled update)."""
        for attachment in self.linked(shift_id=shift_id):
            if attachment.incident_id is None:
                self.delete(attachment.id or 0)
            else:
                self._relink(attachment, attachment.incident_id, None)

    def release_incident(self, incident_id: int) -> None:
        """Before an incident is deleted: as :meth:`release_shift`, the other way round."""
        for attachment in self.linked(incident_id=incident_id):
            if attachment.shift_id is None:
                self.delete(attachment.id or 0)
            else:
                self._relink(attachment, None, attachment.shift_id)

    def _relink(self, attachment: Attachment, incident_id: int | None,
                shift_id: int | None) -> None:
        attachment_id = attachment.id or 0
        self._db.execute(_RELINK, (incident_id, shift_id, attachment_id))
        saved = self._reloaded(attachment_id)
        self._journal.record(Action.UPDATE, Entity.ATTACHMENT, attachment_id, saved.fields())

    def _check_links(self, attachment: Attachment) -> None:
        problems: list[Problem] = []
        if (attachment.incident_id is not None
                and self._db.query_one(_INCIDENT_EXISTS, (attachment.incident_id,)) is None):
            problems.append(missing("incident", "incident"))
        if (attachment.shift_id is not None
                and self._db.query_one(_SHIFT_EXISTS, (attachment.shift_id,)) is None):
            problems.append(missing("shift", "shift"))
        if problems:
            raise ValidationError(problems)

    def _reloaded(self, attachment_id: int) -> Attachment:
        saved = self.get(attachment_id)
        if saved is None:
            raise gone("attachment")
        return saved

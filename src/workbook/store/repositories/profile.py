"""The worker's profile: one per vault, stored field by field so new settings need no
migration. Journalled as entity ``profile`` with id 1."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from workbook.domain.canonical import canonical_json
from workbook.domain.models import Profile
from workbook.store.journal import Action, Entity
from workbook.store.repositories.base import Repository, validated

PROFILE_ID = 1
_KNOWN = frozenset(f.name for f in dataclasses.fields(Profile))
_SELECT = "SELECT field, value FROM profile"
_CLEAR = "DELETE FROM profile"
_INSERT = "INSERT INTO profile (field, value) VALUES (?, ?)"


class ProfileRepository(Repository):
    def get(self) -> Profile:
        """The saved profile, or the defaults if none was saved yet."""
        stored = self._stored()
        return Profile() if stored is None else _from_fields(stored)

    def save(self, profile: Profile) -> Profile:
        validated(profile)
        fields = profile.fields()
        with self._db.transaction():
            stored = self._stored()
            if stored == fields:
                return _from_fields(stored)
            self._db.execute(_CLEAR)
            self._db.execute_many(_INSERT, [(name, canonical_json(value).decode("utf-8"))
                                            for name, value in fields.items()])
            action = Action.CREATE if stored is None else Action.UPDATE
            self._journal.record(action, Entity.PROFILE, PROFILE_ID, fields)
        return _from_fields(fields)

    def _stored(self) -> dict[str, Any] | None:
        rows = self._db.query(_SELECT)
        return {name: json.loads(value) for name, value in rows} if rows else None


def _from_fields(fields: dict[str, Any]) -> Profile:
    known = {name: value for name, value in fields.items() if name in _KNOWN}
    if "reference_wages" in known:
        known["reference_wages"] = dict(known["reference_wages"])
    return Profile(**known)

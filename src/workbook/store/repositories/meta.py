"""Small facts about the vault itself (when it was made, when it was last backed up). Not
records of work, so not journalled."""

from __future__ import annotations

from workbook.store.repositories.base import Repository

_GET = "SELECT value FROM meta WHERE key = ?"
_SET = "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = ?2"
_DELETE = "DELETE FROM meta WHERE key = ?"

CREATED_AT = "created_at"
LAST_BACKUP_AT = "last_backup_at"


class MetaRepository(Repository):
    def get(self, key: str) -> str | None:
        value = self._db.scalar(_GET, (key,))
        return None if value is None else str(value)

    def set(self, key: str, value: str | None) -> None:
        with self._db.transaction():
            if value is None:
                self._db.execute(_DELETE, (key,))
            else:
                self._db.execute(_SET, (key, value))

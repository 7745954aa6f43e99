"""The rep vault's schema, as numbered steps for ``store.migrations.migrate``.

A rep vault's ``user_version`` counts from :data:`REP_VERSION_BASE` + 1, so it can never be
taken for a worker's vault (whose versions are small numbers) nor a worker's vault for it: each
side refuses the other's file before anything is written.

Tables:

- ``report``: one received report. ``sidecar`` is the file's bytes as received (canonical
  JSON), zlib-compressed; ``pdf`` the PDF if the rep gave it; ``ok`` the verdict,
  ``verdict`` its checks as JSON (``[[name, ok, detail], …]``); ``worker`` numbers workers
  ("Worker 1") among verified reports, null for a report that failed.
  ``chain`` holds, for a verified report, the first 16 bytes of the hash of every journal
  row from ``first_seq`` to ``head_seq``, one after another: two reports come from the same
  worker's vault when they have the same hash at a sequence number both cover.
- ``place``: each workplace a verified report names, with that report's figures there
  (``figures``: JSON of its shifts, money lines, incidents and signs of control, read once at
  import, so a practice report never parses the files again). ``place_key`` is the workplace
  name folded for matching (``names.name_key``).
- ``merge``: workplace names the rep merged into another (``key`` → ``into``).
"""

from __future__ import annotations

from collections.abc import Callable

from workbook.store.connection import Database
from workbook.store.migrations import Step

REP_VERSION_BASE = 1000

_V1 = (
    """CREATE TABLE rep_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT""",
    """CREATE TABLE report (
        id INTEGER PRIMARY KEY,
        fingerprint TEXT NOT NULL UNIQUE,
        file_name TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        ok INTEGER NOT NULL,
        verdict TEXT NOT NULL,
        about TEXT NOT NULL,
        seals TEXT NOT NULL,
        profile TEXT,
        period_from TEXT,
        period_to TEXT,
        first_seq INTEGER,
        head_seq INTEGER,
        chain BLOB,
        worker INTEGER,
        sidecar BLOB NOT NULL,
        pdf BLOB
    ) STRICT""",
    """CREATE INDEX report_by_range ON report (ok, first_seq, head_seq)""",
    """CREATE TABLE place (
        report_id INTEGER NOT NULL REFERENCES report(id) ON DELETE CASCADE,
        ref TEXT NOT NULL,
        place_key TEXT NOT NULL,
        name TEXT NOT NULL,
        currency TEXT NOT NULL,
        figures TEXT NOT NULL
    ) STRICT""",
    """CREATE INDEX place_by_key ON place (place_key)""",
    """CREATE INDEX place_by_report ON place (report_id)""",
    """CREATE TABLE merge (key TEXT PRIMARY KEY, into_key TEXT NOT NULL) STRICT""",
    """INSERT INTO rep_meta (key, value) VALUES ('kind', 'workbook-rep')""",
)


def _apply(statements: tuple[str, ...]) -> Callable[[Database], None]:
    def apply(db: Database) -> None:
        for statement in statements:
            db.execute(statement)
    return apply


REP_STEPS: tuple[Step, ...] = (
    Step(REP_VERSION_BASE + 1, "rep 1: reports, chains, figures, merges", _apply(_V1)),
)
REP_SCHEMA_VERSION = REP_STEPS[-1].version

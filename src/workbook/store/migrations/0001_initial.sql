-- Workbook vault schema, version 1.
--
-- Conventions: instants are whole seconds since 1970-01-01 UTC in INTEGER columns named *_s,
-- with the IANA zone they were entered in beside them; dates are ISO text 'YYYY-MM-DD';
-- recorded_at is the ISO 8601 UTC text ('2026-03-28T20:00:00Z') of the journal row that wrote
-- the current version. Money is INTEGER minor units with its currency. No REAL column anywhere.
-- Columns marked "derived" are kept by the store for speed and are not journalled.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- One row per Profile field; value is the canonical JSON of Profile.fields()[field], so a new
-- profile setting needs no migration.
CREATE TABLE profile (
    field TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE workplaces (
    id                  INTEGER PRIMARY KEY,
    name                TEXT NOT NULL,
    kind                TEXT NOT NULL,
    city                TEXT NOT NULL,
    country             TEXT NOT NULL,
    currency            TEXT NOT NULL,
    timezone            TEXT NOT NULL,
    legal_name          TEXT NOT NULL,
    registration_number TEXT NOT NULL,
    address             TEXT NOT NULL,
    notes               TEXT NOT NULL,
    archived            INTEGER NOT NULL CHECK (archived IN (0, 1)),
    recorded_at         TEXT NOT NULL
);
CREATE INDEX workplaces_by_name ON workplaces (name);

CREATE TABLE people (
    id          INTEGER PRIMARY KEY,
    label       TEXT NOT NULL,
    role        TEXT NOT NULL,
    notes       TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);
CREATE INDEX people_by_label ON people (label);

CREATE TABLE shifts (
    id                INTEGER PRIMARY KEY,
    workplace_id      INTEGER NOT NULL REFERENCES workplaces (id),
    start_s           INTEGER NOT NULL,
    end_s             INTEGER NOT NULL CHECK (end_s > start_s),
    timezone          TEXT NOT NULL,
    start_local_date  TEXT NOT NULL,     -- derived: the local date of the start (its period)
    breaks_minutes    INTEGER NOT NULL CHECK (breaks_minutes >= 0),
    worked_seconds    INTEGER NOT NULL,  -- derived: (end - start) - breaks
    role              TEXT NOT NULL,
    scheduled_start_s INTEGER,
    scheduled_end_s   INTEGER,
    notes             TEXT NOT NULL,
    recorded_at       TEXT NOT NULL
);
-- Keyset paging newest first (the rowid rides along in every index, so this is (start, id)).
-- A local-date range also uses it, through a window on start_s (see columns.py).
CREATE INDEX shifts_by_start ON shifts (start_s);
CREATE INDEX shifts_by_workplace ON shifts (workplace_id, start_s);
-- Period totals straight from the index, already in GROUP BY order: with SQLCipher's memory
-- security a sort (temporary B-tree) costs many times the scan itself.
CREATE INDEX shifts_totals ON shifts (workplace_id, start_local_date, worked_seconds);

CREATE TABLE money_lines (
    id             INTEGER PRIMARY KEY,
    shift_id       INTEGER REFERENCES shifts (id),
    workplace_id   INTEGER REFERENCES workplaces (id),
    date           TEXT NOT NULL,
    effective_date TEXT NOT NULL,  -- derived: its shift's start_local_date, else date
    kind           TEXT NOT NULL CHECK (kind IN ('earning', 'deduction', 'expense')),
    category       TEXT NOT NULL,
    amount_minor   INTEGER NOT NULL CHECK (amount_minor >= 0),
    currency       TEXT NOT NULL,
    method         TEXT,
    counterparty   TEXT NOT NULL,
    note           TEXT NOT NULL,
    recorded_at    TEXT NOT NULL
);
CREATE INDEX money_by_shift ON money_lines (shift_id);
CREATE INDEX money_by_date ON money_lines (date);
CREATE INDEX money_by_workplace ON money_lines (workplace_id, date);
CREATE INDEX money_by_period ON money_lines (effective_date);
-- Period totals straight from the index, already in GROUP BY order (no sort; see above).
CREATE INDEX money_totals
    ON money_lines (workplace_id, currency, kind, category, effective_date, amount_minor);

CREATE TABLE incidents (
    id               INTEGER PRIMARY KEY,
    workplace_id     INTEGER REFERENCES workplaces (id),
    shift_id         INTEGER REFERENCES shifts (id),
    start_s          INTEGER NOT NULL,
    end_s            INTEGER,
    timezone         TEXT NOT NULL,
    start_local_date TEXT NOT NULL,  -- derived: the local date of the start
    category         TEXT NOT NULL,
    severity         INTEGER NOT NULL CHECK (severity BETWEEN 1 AND 5),
    title            TEXT NOT NULL,
    description      TEXT NOT NULL,
    reported_to      TEXT,
    reported_on      TEXT,
    outcome          TEXT,
    recorded_at      TEXT NOT NULL
);
CREATE INDEX incidents_by_start ON incidents (start_s);
CREATE INDEX incidents_by_workplace ON incidents (workplace_id, start_s);
CREATE INDEX incidents_by_shift ON incidents (shift_id);

-- Incident.people, in order. Part of the incident record: journalled as its "people" field.
CREATE TABLE incident_people (
    incident_id INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    person_id   INTEGER NOT NULL REFERENCES people (id),
    involvement TEXT NOT NULL CHECK (involvement IN ('involved', 'witness')),
    PRIMARY KEY (incident_id, position),
    UNIQUE (incident_id, person_id)
) WITHOUT ROWID;
CREATE INDEX incident_people_by_person ON incident_people (person_id);

CREATE TABLE attachments (
    id          INTEGER PRIMARY KEY,
    incident_id INTEGER REFERENCES incidents (id),
    shift_id    INTEGER REFERENCES shifts (id),
    filename    TEXT NOT NULL,
    media_type  TEXT NOT NULL,
    size        INTEGER NOT NULL CHECK (size >= 0),
    sha256      TEXT NOT NULL,
    note        TEXT NOT NULL,
    added_at    TEXT NOT NULL,
    data        BLOB NOT NULL,  -- last, so listing attachments never reads the files' pages
    CHECK (incident_id IS NOT NULL OR shift_id IS NOT NULL)
);
CREATE INDEX attachments_by_incident ON attachments (incident_id);
CREATE INDEX attachments_by_shift ON attachments (shift_id);

CREATE TABLE control_tags (
    id           INTEGER PRIMARY KEY,
    indicator    TEXT NOT NULL,
    date         TEXT NOT NULL,
    workplace_id INTEGER NOT NULL REFERENCES workplaces (id),
    shift_id     INTEGER REFERENCES shifts (id),
    incident_id  INTEGER REFERENCES incidents (id),
    note         TEXT NOT NULL,
    recorded_at  TEXT NOT NULL
);
CREATE INDEX control_tags_by_workplace ON control_tags (workplace_id, date);
CREATE INDEX control_tags_by_shift ON control_tags (shift_id);
CREATE INDEX control_tags_by_incident ON control_tags (incident_id);

-- The change journal (docs/internals.md). seq is assigned by the store: head + 1.
CREATE TABLE journal (
    seq         INTEGER PRIMARY KEY,
    recorded_at TEXT NOT NULL,
    action      TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete')),
    entity      TEXT NOT NULL,
    entity_id   INTEGER NOT NULL,
    digests     TEXT NOT NULL,  -- canonical JSON {"field": "hex digest", ...}
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL
);
CREATE INDEX journal_by_record ON journal (entity, entity_id);

-- The values and salts behind a row's digests, one row per journal row (fewer statements per
-- write: SQLCipher's memory security makes each one costly). Deleting a record deletes these
-- rows; the digests stay in the journal, so the chain still verifies.
CREATE TABLE journal_values (
    seq  INTEGER PRIMARY KEY REFERENCES journal (seq),
    kept TEXT NOT NULL  -- canonical JSON {"field": {"salt": "32 hex digits", "value": ...}, ...}
);

-- The store never changes a journal row or a kept value; these catch a bug that tried to.
CREATE TRIGGER journal_rows_are_never_changed BEFORE UPDATE ON journal
BEGIN
    SELECT RAISE(ABORT, 'journal rows are never changed');
END;
CREATE TRIGGER journal_rows_are_never_deleted BEFORE DELETE ON journal
BEGIN
    SELECT RAISE(ABORT, 'journal rows are never deleted');
END;
CREATE TRIGGER journal_values_are_never_changed BEFORE UPDATE ON journal_values
BEGIN
    SELECT RAISE(ABORT, 'journal values are never changed, only erased');
END;

-- Seal codes the worker was shown (DESIGN "Seals").
CREATE TABLE seals (
    id       INTEGER PRIMARY KEY,
    seq      INTEGER NOT NULL,
    hash     TEXT NOT NULL,
    code     TEXT NOT NULL,
    shown_at TEXT NOT NULL
);

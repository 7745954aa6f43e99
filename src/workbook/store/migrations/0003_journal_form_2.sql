-- Schema 3: journal rows of form 2. A form 1 row's hash covers its metadata and every field's
-- digest; a form 2 row's hash covers its metadata and the SHA-256 of its digests' canonical
-- JSON (docs/internals.md). The chain and every seal stay valid: rows written before this
-- version keep form 1, new rows are written in form 2, and an evidence report can list a form 2
-- row it does not disclose in about 150 bytes instead of about a kilobyte.
ALTER TABLE journal ADD COLUMN form INTEGER NOT NULL DEFAULT 1 CHECK (form IN (1, 2));
-- Derived, for form 2 rows (NULL for form 1): the SHA-256 their hash covers, so an export
-- reads a row's metadata from the index below without reading (and decrypting) its digests.
ALTER TABLE journal ADD COLUMN digests_sha256 TEXT;
CREATE INDEX journal_chain ON journal (seq, form, recorded_at, action, entity, entity_id,
                                       digests_sha256, hash);

-- The curation loop: what an ingest created with a confidence below lede.ingest.review-threshold waits for an
-- editor (GET /v1/review) until a PATCH clears the flag or a merge folds it away. The review list reads each table
-- newest first among the flagged rows: an index on (needs_review, created_at, id) answers it without a scan.
ALTER TABLE person ADD COLUMN needs_review BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE entity ADD COLUMN needs_review BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE quote ADD COLUMN needs_review BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX ix_person_review ON person (needs_review, created_at, id);
CREATE INDEX ix_entity_review ON entity (needs_review, created_at, id);
CREATE INDEX ix_quote_review ON quote (needs_review, created_at, id);

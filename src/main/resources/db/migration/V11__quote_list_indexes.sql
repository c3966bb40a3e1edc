-- Quote lists walk an index in their sort order and stop after a page. Seen with EXPLAIN ANALYZE at 300,000 quotes:
-- the newest quotes (GET /v1/quotes) read every quote on H2, and PostgreSQL sorted them all (221 ms; 0.4 ms with
-- this index). The speaker indexes carry the sort key too, for PostgreSQL; H2 keeps planning a speaker's quotes
-- on the index it made for the foreign key and sorts them (25,709 for the most quoted person at 100,000 articles).
CREATE INDEX ix_quote_created ON quote (created_at, id);
DROP INDEX ix_quote_speaker_person;
CREATE INDEX ix_quote_speaker_person ON quote (speaker_person_id, created_at, id);
DROP INDEX ix_quote_speaker_entity;
CREATE INDEX ix_quote_speaker_entity ON quote (speaker_entity_id, created_at, id);

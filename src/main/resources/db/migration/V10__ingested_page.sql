-- Pages turned into articles by POST /v1/ingest: ingesting the same page twice (same URL or the same
-- normalised text) answers with the article made the first time instead of a duplicate.
CREATE TABLE ingested_page (
    text_hash    VARCHAR(64)   PRIMARY KEY,
    url          VARCHAR(2000),
    article_id   VARCHAR(36)   NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    ingested_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX ux_ingested_page_url ON ingested_page (url);

-- Correction notices of an article (correction, clarification, retraction: type, text, when), appended by
-- POST /v1/articles/{idOrSlug}/corrections, as one JSON array read with the row. Null while it has none.
ALTER TABLE article ADD COLUMN corrections VARCHAR(200000);

-- One row per change event of an article, written in the writer's transaction: who, when, what changed, and a
-- snapshot of the article as that change left it (its write model and publishing state, JSON). Revisions go with
-- their article. Articles written before this table existed have revisions from their first write after it.
CREATE TABLE article_revision (
    id               VARCHAR(36)    PRIMARY KEY,
    article_id       VARCHAR(36)    NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    revision_number  INTEGER        NOT NULL,
    article_version  BIGINT         NOT NULL,
    occurred_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by       VARCHAR(200)   NOT NULL,
    op               VARCHAR(32)    NOT NULL,
    changed_fields   VARCHAR(4000)  NOT NULL,
    snapshot         VARCHAR(10000000) NOT NULL,
    CONSTRAINT uq_article_revision_number UNIQUE (article_id, revision_number)
);

-- Related people and entities (GET /v1/people/{idOrSlug}/related...) find everyone named in a subject's articles: by
-- article, the ids named there. The primary keys are (article_id, position) and do not hold the id, so each row
-- was a second lookup; these hold it, and PostgreSQL answers the join from the index alone.
CREATE INDEX ix_article_person_article ON article_person (article_id, person_id);
CREATE INDEX ix_article_entity_article ON article_entity (article_id, entity_id);

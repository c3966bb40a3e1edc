-- The newest published articles (every article list and feed: status = 'published' ORDER BY status, published_at, id,
-- newest first) must walk ix_article_status_published and stop after a page. Since V16, H2 (2.4) chose the
-- scheduler's ix_article_status_publish_at instead whenever the query selects whole rows, as Hibernate does: it
-- matches the same status equality with fewer columns, sorts nothing, so H2 read every published row with its body
-- and sorted them (EXPLAIN ANALYZE at 6,414 articles: scanCount 6414 and 3,599 to 8,224 page reads for 51 rows; 51 rows
-- and 3 reads without it). At 41,000 articles a full-text feed read gigabytes cold and 32 at once filled the heap.
-- The scheduler's indexes now lead with their time, so no index but ix_article_status_published starts with status.
-- The scheduler's "which drafts (embargoes) are due" reads the drafts (embargoed articles) by status on H2, and the
-- time range on PostgreSQL: both small sets.
DROP INDEX ix_article_status_publish_at;
DROP INDEX ix_article_status_embargo_until;
CREATE INDEX ix_article_publish_at_status ON article (publish_at, status);
CREATE INDEX ix_article_embargo_until_status ON article (embargo_until, status);

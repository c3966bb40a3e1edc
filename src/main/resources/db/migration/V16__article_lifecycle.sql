-- The editorial lifecycle (issue 14): scheduled publishing, enforced embargoes, kill and takedown notices.
-- publish_at: a draft is published by the scheduler at this time. embargo_until: publishing before it leaves the
-- article embargoed (never public) until the scheduler lifts it. removed_at, removal_reason: the notice of a killed
-- or taken-down article.
ALTER TABLE article ADD COLUMN publish_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE article ADD COLUMN embargo_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE article ADD COLUMN removed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE article ADD COLUMN removal_reason VARCHAR(2000);

-- The scheduler's pass on every node asks "which drafts are due" and "which embargoes are due" every tick: each is a
-- range scan of one of these (status first, as it is an equality), however large the archive.
CREATE INDEX ix_article_status_publish_at ON article (status, publish_at);
CREATE INDEX ix_article_status_embargo_until ON article (status, embargo_until);

-- What the change feed (GET /v1/changes) shows and cannot recompute later: the resource's slug when the event was
-- written (a deleted resource has none to look up; a renamed one had another), and whether a caller without a key may
-- see the event. A draft's creation and edits are not public; its publication, and the withdrawal or deletion of
-- something that was public, are (the rule is Tracked.publicEvent, applied at append time from now on).
ALTER TABLE change_event ADD COLUMN resource_slug VARCHAR(200);
ALTER TABLE change_event ADD COLUMN is_public BOOLEAN DEFAULT TRUE NOT NULL;

-- Events written before this migration: the best the log itself can tell. An article's (or a quote's, through its
-- article) event is public when the article's last publication before it came after its last withdrawal, or when it
-- is a publication or a withdrawal. A quote event from before V12 names no article and stays private.
UPDATE change_event SET is_public = FALSE
WHERE resource_type IN ('article', 'quote') AND op NOT IN ('published', 'withdrawn')
  AND COALESCE((SELECT MAX(s.seq) FROM change_event s
                WHERE s.resource_id = CASE WHEN change_event.resource_type = 'quote' THEN change_event.embedded_in
                                           ELSE change_event.resource_id END
                  AND s.op = 'published' AND s.seq < change_event.seq), 0)
   <= COALESCE((SELECT MAX(s.seq) FROM change_event s
                WHERE s.resource_id = CASE WHEN change_event.resource_type = 'quote' THEN change_event.embedded_in
                                           ELSE change_event.resource_id END
                  AND s.op = 'withdrawn' AND s.seq < change_event.seq), 0);

-- Their slugs: the current one where the resource still exists (the slug at the time is not recorded anywhere).
UPDATE change_event SET resource_slug = (SELECT r.slug FROM article r WHERE r.id = change_event.resource_id)
WHERE resource_type = 'article';
UPDATE change_event SET resource_slug = (SELECT r.slug FROM person r WHERE r.id = change_event.resource_id)
WHERE resource_type = 'person';
UPDATE change_event SET resource_slug = (SELECT r.slug FROM entity r WHERE r.id = change_event.resource_id)
WHERE resource_type = 'entity';
UPDATE change_event SET resource_slug = (SELECT r.slug FROM source r WHERE r.id = change_event.resource_id)
WHERE resource_type = 'source';
UPDATE change_event SET resource_slug = (SELECT r.slug FROM quote r WHERE r.id = change_event.resource_id)
WHERE resource_type = 'quote';

-- Entitlements (issue 16): what a key limited to sources, sections or tags may see of the change feed and webhooks is
-- decided from the event row alone, as is_public is (V14): each event of an article or quote records the article's
-- sources (publisher and credits), section and tags at the time of the write, so that the deletion of an article
-- outside a key's entitlements is hidden from it too (the article is gone; its id would leak). Labels are kept
-- hex-encoded between bars, "|<hex>|<hex>|", so that a LIKE on one of them matches it alone whatever its text.
-- NULL: the event is not about licensed content (people, entities, sources) and every key sees it.
ALTER TABLE change_event ADD COLUMN labels VARCHAR(100000);

-- Events written before: what the article was then is not recorded anywhere, so they carry no label at all and no
-- entitled key sees them (restrictive, never leaking); unrestricted keys and anonymous readers see them as before.
UPDATE change_event SET labels = '|' WHERE resource_type IN ('article', 'quote');

-- A webhook subscription may be bound to a key: it is then sent only what that key may read (its entitlements, read
-- when its events are matched). NULL: the public's events, as before.
ALTER TABLE webhook_subscription ADD COLUMN key_id VARCHAR(36);

-- The sources a key's entitlements name, one row each, kept by the keys' one write path (ApiKeyService, KeySources)
-- beside the JSON column that stays the key's own statement of its entitlements: a source merge or delete finds the
-- keys naming it by this index instead of scanning api_key.entitlements with LIKE. No foreign key to source: a forced
-- delete leaves a key entitled to that source alone naming the dead id (KeySources), and so does this row.
CREATE TABLE api_key_source (
    key_id    VARCHAR(36) NOT NULL REFERENCES api_key (id),
    source_id VARCHAR(36) NOT NULL,
    PRIMARY KEY (key_id, source_id)
);
CREATE INDEX ix_api_key_source_source ON api_key_source (source_id, key_id);

-- Existing keys: every source whose quoted id appears in a key's entitlements (ids are UUIDs: no LIKE wildcard, and
-- quoted, so one id never matches inside another). Ids of sources already deleted are not indexed: nothing merges or
-- deletes them again. A section or tag that happened to spell a source's id would add a row too; the lookup checks
-- the parsed list before it changes a key. (Written to be re-runnable: KeySourceIndexTest runs it again.)
INSERT INTO api_key_source (key_id, source_id)
SELECT k.id, s.id FROM api_key k JOIN source s ON k.entitlements LIKE '%"' || s.id || '"%'
WHERE k.entitlements IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM api_key_source x WHERE x.key_id = k.id AND x.source_id = s.id);

-- Subscriptions narrowed to a source are found by it when the source is merged or deleted (WebhookSources).
CREATE INDEX ix_webhook_subscription_source ON webhook_subscription (source);

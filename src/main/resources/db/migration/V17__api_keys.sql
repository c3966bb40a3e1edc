-- API keys with scopes (POST /v1/keys). The secret is never stored: only its SHA-256 digest (hex), which is what a
-- presented key is looked up by; the prefix (its first characters) lets an operator recognise a key in lists and logs.
-- A revoked key keeps its row (revoked_at set) so that its name, recorded as the actor of its writes, stays its own.
CREATE TABLE api_key (
    id            VARCHAR(36)   PRIMARY KEY,
    name          VARCHAR(100)  NOT NULL,
    prefix        VARCHAR(20)   NOT NULL,
    secret_sha256 VARCHAR(64)   NOT NULL,
    scopes        VARCHAR(400)  NOT NULL,
    entitlements  VARCHAR(100000),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at  TIMESTAMP WITH TIME ZONE,
    revoked_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_api_key_name UNIQUE (name),
    CONSTRAINT uq_api_key_secret UNIQUE (secret_sha256)
);

-- Who made each write: the key's name ("admin" for the configured key, "system" for the seed and the scheduler).
-- Events written before this migration are not attributed.
ALTER TABLE change_event ADD COLUMN actor VARCHAR(100) DEFAULT 'system' NOT NULL;

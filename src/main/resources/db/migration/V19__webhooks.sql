-- Webhooks (issue 16): subscriptions, and what was sent to them. No outbox: the change log is already written in each
-- change's transaction, gap-free and in commit order, so a subscription's delivery work is "every matching public event
-- after cursor_seq". The cursor moves past an event only once it was delivered (a 2xx) or dead-lettered.
CREATE TABLE webhook_subscription (
    id               VARCHAR(36)   PRIMARY KEY,
    url              VARCHAR(2000) NOT NULL,
    types            VARCHAR(200)  NOT NULL,
    ops              VARCHAR(500)  NOT NULL,
    person           VARCHAR(200),
    entity           VARCHAR(200),
    source           VARCHAR(200),
    section          VARCHAR(200),
    tag              VARCHAR(200),
    -- The signing key must be read to sign (HMAC), so it is kept as given, never shown again and never logged.
    secret           VARCHAR(200)  NOT NULL,
    previous_secret  VARCHAR(200),
    previous_until   TIMESTAMP WITH TIME ZONE,
    cursor_seq       BIGINT        NOT NULL,
    -- Failed attempts at the event after the cursor, when the first of them failed, and when to try again.
    attempts         INTEGER       NOT NULL,
    first_failure_at TIMESTAMP WITH TIME ZONE,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    -- A node delivering to this subscription holds it until then (one delivery in flight per subscription).
    lease_until      TIMESTAMP WITH TIME ZONE NOT NULL,
    last_success_at  TIMESTAMP WITH TIME ZONE,
    last_failure_at  TIMESTAMP WITH TIME ZONE,
    last_error       VARCHAR(500),
    dead_letters     INTEGER       NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT        NOT NULL
);

-- One event sent (or being sent) to one subscription; a replay sends the event again as another delivery, with the
-- same message_id (webhook-id), so that a receiver deduplicates.
CREATE TABLE webhook_delivery (
    id              VARCHAR(36)  PRIMARY KEY,
    subscription_id VARCHAR(36)  NOT NULL REFERENCES webhook_subscription (id) ON DELETE CASCADE,
    seq             BIGINT       NOT NULL,
    message_id      VARCHAR(100) NOT NULL,
    event_type      VARCHAR(20)  NOT NULL,
    event_op        VARCHAR(20)  NOT NULL,
    resource_id     VARCHAR(36)  NOT NULL,
    state           VARCHAR(20)  NOT NULL,
    attempts        INTEGER      NOT NULL,
    retry_requested BOOLEAN      NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
-- Newest first per subscription (ids are UUIDv7: time-ordered); the pending and requested ones of a subscription.
CREATE INDEX ix_webhook_delivery_subscription ON webhook_delivery (subscription_id, id);
CREATE INDEX ix_webhook_delivery_retry ON webhook_delivery (retry_requested, subscription_id);

-- Every attempt: status code (absent when no response came), latency, error, and at most 256 bytes of the body.
CREATE TABLE webhook_attempt (
    id              VARCHAR(36)  PRIMARY KEY,
    delivery_id     VARCHAR(36)  NOT NULL REFERENCES webhook_delivery (id) ON DELETE CASCADE,
    attempted_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    status_code     INTEGER,
    latency_ms      INTEGER      NOT NULL,
    error           VARCHAR(500),
    response_prefix VARCHAR(512)
);
CREATE INDEX ix_webhook_attempt_delivery ON webhook_attempt (delivery_id, attempted_at);

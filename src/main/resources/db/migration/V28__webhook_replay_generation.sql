-- How many replays a subscription has had: an attempt carries the count it was read under, and its outcome moves the
-- cursor only if no replay came meanwhile. The cursor alone cannot tell: a replay to the in-flight event's own cursor
-- leaves it unchanged, and the attempt's 2xx would then move past the event the replay promised to send again.
ALTER TABLE webhook_subscription ADD COLUMN replays BIGINT NOT NULL DEFAULT 0;

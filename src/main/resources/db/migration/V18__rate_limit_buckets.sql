-- Rate-limit buckets shared by the nodes on one PostgreSQL (platform/ratelimit/SharedBuckets, Bucket4j's
-- PostgreSQL proxy manager): one row per caller and policy, its state serialised by Bucket4j, removed once expired
-- (expires_at, epoch milliseconds: when the bucket would be full again). H2 (one node) never uses it.
CREATE TABLE rate_limit_bucket (
    id varchar(512) PRIMARY KEY,
    state bytea,
    expires_at bigint
);
CREATE INDEX rate_limit_bucket_expires_at ON rate_limit_bucket (expires_at);

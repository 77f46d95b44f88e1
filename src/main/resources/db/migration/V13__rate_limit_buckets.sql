-- Rate-limit buckets shared by the instances on one PostgreSQL (Bucket4j's table: the client address,
-- the bucket's state, when it would be full again and may be forgotten). The embedded H2 default keeps
-- them in memory and does not use this table.
CREATE TABLE rate_limit_bucket (
    id         VARCHAR(100) NOT NULL PRIMARY KEY,
    state      BYTEA,
    expires_at BIGINT
);

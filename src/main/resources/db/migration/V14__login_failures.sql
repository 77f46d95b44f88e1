-- Failed sign-ins shared by the instances on one PostgreSQL: a user name on one client (as a hash, no
-- names stored), its failures in a row and until when it is locked. The embedded H2 default keeps them
-- in memory and does not use this table.
CREATE TABLE login_failure (
    key_hash     CHAR(64)                    NOT NULL PRIMARY KEY,
    failures     INTEGER                     NOT NULL,
    locked_until TIMESTAMP(6) WITH TIME ZONE,
    updated_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
CREATE INDEX login_failure_updated_idx ON login_failure (updated_at);

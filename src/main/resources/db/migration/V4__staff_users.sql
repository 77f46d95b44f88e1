-- Staff who edit the content (EDITOR) or also manage users and settings (ADMIN). Passwords as BCrypt hashes.
CREATE TABLE staff_user (
    username      VARCHAR(64)                 NOT NULL PRIMARY KEY,
    password_hash VARCHAR(100)                NOT NULL,
    roles         VARCHAR(100)                NOT NULL,
    created_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

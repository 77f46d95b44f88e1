-- A generated first password must be changed at the first sign-in.
ALTER TABLE staff_user ADD COLUMN password_change_required BOOLEAN DEFAULT FALSE NOT NULL;

-- Accounts at the city's identity provider linked to a staff account: by the provider's
-- issuer and the account's subject (its stable id), never by a name the provider lets users choose.
CREATE TABLE staff_sso_link (
    issuer    VARCHAR(500)                NOT NULL,
    subject   VARCHAR(255)                NOT NULL,
    username  VARCHAR(64)                 NOT NULL REFERENCES staff_user (username) ON DELETE CASCADE,
    linked_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (issuer, subject)
);
CREATE INDEX staff_sso_link_username ON staff_sso_link (username);

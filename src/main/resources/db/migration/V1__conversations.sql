-- Conversations and their messages, pseudonymous: no IP addresses, no user agents.
CREATE TABLE conversation (
    id               VARCHAR(64)              NOT NULL PRIMARY KEY,
    channel          VARCHAR(20)              NOT NULL,
    started_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    last_activity_at TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

CREATE TABLE conversation_message (
    id              VARCHAR(36)              NOT NULL PRIMARY KEY,
    conversation_id VARCHAR(64)              NOT NULL REFERENCES conversation (id) ON DELETE CASCADE,
    created_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    question        VARCHAR(1000)            NOT NULL,
    answer          VARCHAR(10000)           NOT NULL,
    intent          VARCHAR(255),
    confidence      DOUBLE PRECISION         NOT NULL,
    outcome         VARCHAR(20)              NOT NULL,
    language        VARCHAR(8)               NOT NULL
);

CREATE INDEX conversation_message_conversation_idx ON conversation_message (conversation_id, created_at);
CREATE INDEX conversation_message_created_idx ON conversation_message (created_at);

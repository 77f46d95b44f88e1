-- A citizen's thumbs up or down on one answer (the last one given counts), with an optional comment.
CREATE TABLE feedback (
    message_id VARCHAR(36)                 NOT NULL PRIMARY KEY REFERENCES conversation_message (id) ON DELETE CASCADE,
    helpful    BOOLEAN                     NOT NULL,
    comment    VARCHAR(1000),
    created_at TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

-- Telegram: updates already handled (so none is answered twice, also after a restart), the
-- conversation of each chat (chat ids only as keyed hashes) and the quick replies behind buttons.
CREATE TABLE telegram_update (
    update_id   BIGINT                      NOT NULL PRIMARY KEY,
    received_at TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

CREATE TABLE telegram_chat (
    chat_hash       VARCHAR(64)                 NOT NULL PRIMARY KEY,
    conversation_id VARCHAR(64)                 NOT NULL,
    updated_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

CREATE TABLE telegram_quick_reply (
    id   VARCHAR(32)   NOT NULL PRIMARY KEY,
    text VARCHAR(1000) NOT NULL
);

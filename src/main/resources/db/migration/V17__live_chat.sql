-- Live chat with staff (module handover). A handover is a citizen's wish to continue with a person:
-- WAITING, ACTIVE (a staff member has it), then ended (CLOSED, RETURNED to the bot, CANCELLED by the
-- citizen, ABANDONED: nobody took it in time). Ended rows lose their conversation id and stay
-- as counts for analytics.
CREATE TABLE handover (
    id              VARCHAR(36)              NOT NULL PRIMARY KEY,
    conversation_id VARCHAR(64) REFERENCES conversation (id) ON DELETE SET NULL,
    tenant          VARCHAR(64)              NOT NULL,
    channel         VARCHAR(20)              NOT NULL,
    state           VARCHAR(10)              NOT NULL,
    requested_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    taken_by        VARCHAR(64),
    taken_at        TIMESTAMP WITH TIME ZONE,
    ended_at        TIMESTAMP WITH TIME ZONE
);
CREATE UNIQUE INDEX handover_conversation_idx ON handover (conversation_id);
CREATE INDEX handover_tenant_state_idx ON handover (tenant, state, requested_at);

-- The messages of a live chat (citizen, staff, the bot's notices), stored redacted like the bot's, deleted
-- with the conversation and by the retention period.
CREATE TABLE live_message (
    id              VARCHAR(36)              NOT NULL PRIMARY KEY,
    conversation_id VARCHAR(64)              NOT NULL REFERENCES conversation (id) ON DELETE CASCADE,
    tenant          VARCHAR(64)              NOT NULL,
    author          VARCHAR(10)              NOT NULL,
    staff           VARCHAR(64),
    text            VARCHAR(4000)            NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX live_message_conversation_idx ON live_message (conversation_id, id);

-- Who of the staff is ready for live chats: available, and seen recently by the workspace page.
CREATE TABLE staff_presence (
    username  VARCHAR(64)              NOT NULL,
    tenant    VARCHAR(64)              NOT NULL,
    available BOOLEAN                  NOT NULL,
    seen_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (username, tenant)
);

-- Telegram chats waiting for or talking with a person: only while the handover lasts (otherwise only
-- an HMAC of the chat is kept), so staff messages can reach them.
CREATE TABLE telegram_live_chat (
    conversation_id VARCHAR(64) NOT NULL PRIMARY KEY REFERENCES conversation (id) ON DELETE CASCADE,
    chat_id         BIGINT      NOT NULL
);

-- A citizen's request to be called back when nobody is available for live chat (only where the city
-- offers it, rathausbot.handover.callbacks.enabled): name and phone number, given with explicit consent,
-- deleted when done, with the conversation, or after rathausbot.handover.callbacks.keep-days.
CREATE TABLE callback_request (
    id              VARCHAR(36)              NOT NULL PRIMARY KEY,
    conversation_id VARCHAR(64)              REFERENCES conversation (id) ON DELETE CASCADE,
    tenant          VARCHAR(64)              NOT NULL,
    name            VARCHAR(200)             NOT NULL,
    phone           VARCHAR(50)              NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX callback_request_tenant_idx ON callback_request (tenant, created_at);

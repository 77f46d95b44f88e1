-- The inbox groups messages by topic (their wording, folded, stemmed and sorted; see nlu/Topics) and
-- remembers what staff decided about a topic. Messages recorded before this version have no topic.
ALTER TABLE conversation_message ADD COLUMN topic VARCHAR(16);
-- the day in the city's time zone, for counting per day the same way on every database (messages
-- recorded before this version get their UTC day)
ALTER TABLE conversation_message ADD COLUMN local_day DATE;
UPDATE conversation_message SET local_day = CAST(created_at AS DATE);
CREATE INDEX conversation_message_topic_idx ON conversation_message (topic, created_at);

CREATE TABLE inbox_decision (
    topic      VARCHAR(16)                 NOT NULL PRIMARY KEY,
    action     VARCHAR(20)                 NOT NULL,
    question   VARCHAR(1000)               NOT NULL,
    target     VARCHAR(255),
    decided_by VARCHAR(255)                NOT NULL,
    decided_at TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

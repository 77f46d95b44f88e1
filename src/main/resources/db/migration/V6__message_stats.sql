-- Counts of messages per day (in the city's time zone), channel, outcome and intent, kept when the
-- messages themselves are deleted after the retention period.
CREATE TABLE message_stats (
    stat_day  DATE         NOT NULL,
    channel   VARCHAR(20)  NOT NULL,
    outcome   VARCHAR(20)  NOT NULL,
    intent    VARCHAR(255) NOT NULL,
    messages  BIGINT       NOT NULL,
    helpful   BIGINT       NOT NULL,
    unhelpful BIGINT       NOT NULL,
    PRIMARY KEY (stat_day, channel, outcome, intent)
);

-- Several Kommunen on one installation: every stored row belongs to a tenant. Rows from before are
-- the single city's, tenant 'default'. Tables whose primary key gains the tenant are rebuilt (portable
-- between H2 and PostgreSQL), the others gain a column.
CREATE TABLE content_item_t (
    tenant     VARCHAR(64) DEFAULT 'default' NOT NULL,
    group_name VARCHAR(20)                 NOT NULL,
    kind       VARCHAR(40)                 NOT NULL,
    id         VARCHAR(200)                NOT NULL,
    file       VARCHAR(200)                NOT NULL,
    position   INTEGER                     NOT NULL,
    body        TEXT                       NOT NULL,
    version    INTEGER                     NOT NULL,
    updated_by VARCHAR(64)                 NOT NULL,
    updated_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tenant, group_name, kind, id)
);
INSERT INTO content_item_t (tenant, group_name, kind, id, file, position, body, version, updated_by, updated_at)
    SELECT 'default', group_name, kind, id, file, position, body, version, updated_by, updated_at FROM content_item;
DROP TABLE content_item;
ALTER TABLE content_item_t RENAME TO content_item;

CREATE TABLE content_version_t (
    tenant     VARCHAR(64) DEFAULT 'default' NOT NULL,
    group_name VARCHAR(20)                 NOT NULL,
    kind       VARCHAR(40)                 NOT NULL,
    id         VARCHAR(200)                NOT NULL,
    version    INTEGER                     NOT NULL,
    file       VARCHAR(200)                NOT NULL,
    body       TEXT,
    deleted    BOOLEAN                     NOT NULL,
    author     VARCHAR(64)                 NOT NULL,
    created_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    summary    VARCHAR(200)                NOT NULL,
    PRIMARY KEY (tenant, group_name, kind, id, version)
);
INSERT INTO content_version_t (tenant, group_name, kind, id, version, file, body, deleted, author, created_at, summary)
    SELECT 'default', group_name, kind, id, version, file, body, deleted, author, created_at, summary
    FROM content_version;
DROP TABLE content_version;
ALTER TABLE content_version_t RENAME TO content_version;

CREATE TABLE content_import_t (
    tenant      VARCHAR(64) DEFAULT 'default' NOT NULL,
    group_name  VARCHAR(20)                 NOT NULL,
    imported_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tenant, group_name)
);
INSERT INTO content_import_t (tenant, group_name, imported_at)
    SELECT 'default', group_name, imported_at FROM content_import;
DROP TABLE content_import;
ALTER TABLE content_import_t RENAME TO content_import;

ALTER TABLE conversation ADD COLUMN tenant VARCHAR(64) DEFAULT 'default' NOT NULL;
ALTER TABLE conversation_message ADD COLUMN tenant VARCHAR(64) DEFAULT 'default' NOT NULL;
CREATE INDEX conversation_message_tenant_topic_idx ON conversation_message (tenant, topic, created_at);

CREATE TABLE message_stats_t (
    tenant    VARCHAR(64)  DEFAULT 'default' NOT NULL,
    stat_day  DATE         NOT NULL,
    channel   VARCHAR(20)  NOT NULL,
    outcome   VARCHAR(20)  NOT NULL,
    intent    VARCHAR(255) NOT NULL,
    messages  BIGINT       NOT NULL,
    helpful   BIGINT       NOT NULL,
    unhelpful BIGINT       NOT NULL,
    PRIMARY KEY (tenant, stat_day, channel, outcome, intent)
);
INSERT INTO message_stats_t (tenant, stat_day, channel, outcome, intent, messages, helpful, unhelpful)
    SELECT 'default', stat_day, channel, outcome, intent, messages, helpful, unhelpful FROM message_stats;
DROP TABLE message_stats;
ALTER TABLE message_stats_t RENAME TO message_stats;

CREATE TABLE inbox_decision_t (
    tenant     VARCHAR(64) DEFAULT 'default' NOT NULL,
    topic      VARCHAR(16)                 NOT NULL,
    action     VARCHAR(20)                 NOT NULL,
    question   VARCHAR(1000)               NOT NULL,
    target     VARCHAR(255),
    decided_by VARCHAR(255)                NOT NULL,
    decided_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tenant, topic)
);
INSERT INTO inbox_decision_t (tenant, topic, action, question, target, decided_by, decided_at)
    SELECT 'default', topic, action, question, target, decided_by, decided_at FROM inbox_decision;
DROP TABLE inbox_decision;
ALTER TABLE inbox_decision_t RENAME TO inbox_decision;

-- the Kommune a Telegram chat picked with /ort (none: the installation's default tenant)
ALTER TABLE telegram_chat ADD COLUMN tenant VARCHAR(64);

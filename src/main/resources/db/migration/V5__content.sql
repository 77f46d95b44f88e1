-- Content in the database: after the first start imports intents/ and knowledge/, this is the source of
-- truth. Each entry of a file's lists (an intent, a service, …) is one item, the rest of a file one item
-- of kind '_file', a file that is not YAML (an iCalendar file) one item of kind '_raw'. Every save is a
-- version; deleting is a version too, so it can be undone.
CREATE TABLE content_item (
    group_name VARCHAR(20)                 NOT NULL,
    kind       VARCHAR(40)                 NOT NULL,
    id         VARCHAR(200)                NOT NULL,
    file       VARCHAR(200)                NOT NULL,
    position   INTEGER                     NOT NULL,
    body        TEXT                       NOT NULL,
    version    INTEGER                     NOT NULL,
    updated_by VARCHAR(64)                 NOT NULL,
    updated_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (group_name, kind, id)
);

CREATE TABLE content_version (
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
    PRIMARY KEY (group_name, kind, id, version)
);

CREATE TABLE content_import (
    group_name  VARCHAR(20)                 NOT NULL PRIMARY KEY,
    imported_at TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

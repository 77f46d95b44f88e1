-- Which version of each tenant's content was published last: every instance serves it, and one that
-- serves an older one (it missed the announcement, or was down) reads the content again.
CREATE TABLE content_publication (
    tenant       VARCHAR(64)                 NOT NULL PRIMARY KEY,
    version      BIGINT                      NOT NULL,
    published_at TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

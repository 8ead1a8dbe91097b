-- Failures kept across runs (with quarantine), article flags, and whether a crawled
-- body was checked whole. Safe to apply again (IF NOT EXISTS; the runner skips a column
-- that is already there).

-- One row per document that failed and has not succeeded since.
CREATE TABLE IF NOT EXISTS failures (
    key          TEXT PRIMARY KEY,   -- a page's canonical URL, or a file's resolved path
    kind         TEXT NOT NULL CHECK (kind IN ('page', 'file')),
    stage        TEXT NOT NULL,      -- read, fetch, clean, extract, store
    error        TEXT NOT NULL,      -- exception class, or the fetch reason (timeout, http_503, ...)
    message      TEXT NOT NULL,
    content_hash TEXT,               -- sha1 of what failed (NULL when never read): a change lifts quarantine
    count        INTEGER NOT NULL,   -- failures in a row in the same stage with the same error
    quarantined  INTEGER NOT NULL DEFAULT 0,  -- 1: skipped until its content changes or it is cleared
    first_failed TEXT NOT NULL,      -- ISO 8601 UTC, first of this run of failures
    last_failed  TEXT NOT NULL,
    source       TEXT                -- the file, archive record or final URL it was read from
);
CREATE INDEX IF NOT EXISTS failures_quarantined ON failures(quarantined, kind);

-- What the reader of an article should know about how its text was obtained.
CREATE TABLE IF NOT EXISTS article_flags (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    flag       TEXT NOT NULL,        -- replaced_bytes: undecodable bytes became U+FFFD
    detail     TEXT,
    PRIMARY KEY (article_id, flag)
);

-- 1: the body was read whole (declared length and end of the compressed stream checked);
-- NULL: stored before those checks, so possibly from a truncated response: fetched again.
ALTER TABLE crawl_pages ADD COLUMN body_checked INTEGER;

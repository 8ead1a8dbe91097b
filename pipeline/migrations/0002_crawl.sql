-- Crawl state: what was fetched, when, and whether it changed; one row per run.

-- One row per canonical article URL the crawler has tried.
CREATE TABLE crawl_pages (
    url           TEXT PRIMARY KEY,   -- canonical: no fragment, tracking params or AMP marker
    site          TEXT NOT NULL,
    final_url     TEXT,               -- after redirects
    etag          TEXT,               -- for If-None-Match
    last_modified TEXT,               -- for If-Modified-Since
    content_hash  TEXT,               -- sha1 of the fetched body: unchanged bodies are not processed
    article_id    TEXT,               -- articles.id it was stored as
    status        TEXT NOT NULL CHECK (status IN ('processed', 'not_article', 'failed')),
    reason        TEXT,               -- FetchError.reason when failed
    first_seen    TEXT NOT NULL,
    fetched_at    TEXT,               -- last response (200 or 304), ISO 8601 UTC
    processed_at  TEXT
);
CREATE INDEX crawl_pages_site ON crawl_pages(site);

CREATE TABLE crawl_runs (
    id          TEXT PRIMARY KEY,     -- e.g. 20250101T020000Z-1234
    started_at  TEXT NOT NULL,
    finished_at TEXT,
    status      TEXT NOT NULL CHECK (status IN ('running', 'ok', 'some_failed', 'aborted')),
    report      TEXT                  -- JSON run report
);

-- The last run per site (the nightly job's "what did we do last time").
CREATE TABLE crawl_sites (
    site            TEXT PRIMARY KEY,
    last_run_id     TEXT,
    last_run_at     TEXT,
    last_success_at TEXT              -- last run in which none of the site's pages failed
);

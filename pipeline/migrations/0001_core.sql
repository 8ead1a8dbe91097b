-- Core schema: articles, entities, merged records (awards, scores), the per-article
-- observations they are merged from, their evidence, and analysts' decisions.

CREATE TABLE articles (
    id            TEXT PRIMARY KEY,
    url           TEXT,
    canonical_url TEXT,
    site          TEXT,
    title         TEXT,
    published     TEXT,           -- ISO 8601 with offset, or YYYY-MM-DD
    author        TEXT,
    language      TEXT,
    text          TEXT NOT NULL,  -- evidence offsets index into this
    source        TEXT,           -- file or archive it was read from
    content_hash  TEXT NOT NULL
);

CREATE TABLE entities (
    id      TEXT PRIMARY KEY,
    name    TEXT NOT NULL,
    type    TEXT NOT NULL,
    region  TEXT,
    aliases TEXT NOT NULL DEFAULT '[]'  -- JSON list
);

-- What one article says about one record: the unit the merge works from.
CREATE TABLE observations (
    record_id  TEXT NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('award', 'score')),
    fields     TEXT NOT NULL,  -- JSON, gold/1 field names
    PRIMARY KEY (record_id, article_id)
);
CREATE INDEX observations_article ON observations(article_id);

CREATE TABLE evidence (
    record_id  TEXT NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sentence   TEXT NOT NULL,
    start      INTEGER NOT NULL,
    end        INTEGER NOT NULL,
    rule       TEXT NOT NULL,
    PRIMARY KEY (record_id, article_id, start, end, rule)
);
CREATE INDEX evidence_article ON evidence(article_id);

-- Merged records: one row per fact, whatever number of articles report it.
CREATE TABLE awards (
    id           TEXT PRIMARY KEY,
    recipient_id TEXT NOT NULL,
    recipient    TEXT NOT NULL,
    giver_id     TEXT,
    giver        TEXT,
    name         TEXT NOT NULL,
    kind         TEXT,
    category     TEXT,
    grade        TEXT,
    year         INTEGER,
    score        REAL,
    date         TEXT,
    place        TEXT,
    received_by  TEXT,
    sources      INTEGER NOT NULL,
    conflict     INTEGER NOT NULL DEFAULT 0,
    variants     TEXT NOT NULL DEFAULT '[]'  -- JSON: per-article values when they differ
);
CREATE INDEX awards_recipient ON awards(recipient_id);
CREATE INDEX awards_year ON awards(year);

CREATE TABLE scores (
    id        TEXT PRIMARY KEY,
    entity_id TEXT NOT NULL,
    entity    TEXT NOT NULL,
    year      INTEGER,
    value     REAL NOT NULL,
    scale     TEXT,
    kind      TEXT,
    sources   INTEGER NOT NULL,
    conflict  INTEGER NOT NULL DEFAULT 0,
    variants  TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX scores_entity ON scores(entity_id);
CREATE INDEX scores_year ON scores(year);

-- Analysts' decisions, keyed by the record's stable id so they outlive re-runs.
-- An append-only audit trail: a later decision supersedes, never overwrites.
CREATE TABLE decisions (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    record_id  TEXT NOT NULL,
    action     TEXT NOT NULL CHECK (action IN ('accept', 'reject', 'correct')),
    analyst    TEXT NOT NULL,
    decided_at TEXT NOT NULL,
    reason     TEXT,
    before     TEXT NOT NULL,  -- JSON: the record's fields when decided
    after      TEXT NOT NULL   -- JSON: the fields the analyst stands behind
);
CREATE INDEX decisions_record ON decisions(record_id);

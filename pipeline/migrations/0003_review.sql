-- Analyst review: each record's current review, a snapshot to tell when the
-- extraction changed since it was reviewed, and a flat queue kept up to date by
-- triggers, so the pipeline (store.py) needs no change and the review queue stays
-- fast at 100,000 records.

-- The fields a review is made against (with the per-article values of a conflict),
-- in one JSON text per record. Used both when a
-- decision is taken and by the triggers below, so the two always compare alike.
CREATE VIEW record_snapshots AS
    SELECT id, 'award' AS type, json_object(
        'recipient', recipient, 'giver', giver, 'name', name, 'category', category,
        'grade', grade, 'year', year, 'score', score, 'date', date, 'place', place,
        'received_by', received_by, 'kind', kind, 'conflict', conflict,
        'variants', json(variants)) AS snapshot
    FROM awards
    UNION ALL
    SELECT id, 'score', json_object(
        'entity', entity, 'year', year, 'value', value, 'scale', scale, 'kind', kind,
        'conflict', conflict, 'variants', json(variants))
    FROM scores;

-- The latest decision on a record (the full history stays in `decisions`).
-- Never deleted: a record that disappears from a run keeps its review.
CREATE TABLE reviews (
    record_id        TEXT PRIMARY KEY,
    status           TEXT NOT NULL CHECK (status IN ('accepted', 'rejected', 'corrected')),
    seq              INTEGER NOT NULL REFERENCES decisions(seq),
    analyst          TEXT NOT NULL,
    decided_at       TEXT NOT NULL,
    fields_at_review TEXT NOT NULL,           -- record_snapshots.snapshot when decided
    changed          INTEGER NOT NULL DEFAULT 0  -- 1: the extraction differs from the snapshot
);

-- One row per merged record: what the queue filters, sorts and shows.
CREATE TABLE review_queue (
    record_id  TEXT PRIMARY KEY,
    type       TEXT NOT NULL,     -- award | score
    entity     TEXT NOT NULL,     -- recipient or scored entity
    entity_id  TEXT NOT NULL,
    label      TEXT NOT NULL,     -- the award's name, or the score's scale
    award_kind TEXT,
    year       INTEGER,
    value      REAL,
    region     TEXT,
    site       TEXT,              -- of the earliest source article
    published  TEXT,              -- day (YYYY-MM-DD) of the earliest source article
    sources    INTEGER NOT NULL,
    conflict   INTEGER NOT NULL,
    status     TEXT NOT NULL DEFAULT 'new',
    changed    INTEGER NOT NULL DEFAULT 0,
    search     TEXT NOT NULL      -- case-folded text the search box matches
);
-- One index per sort (the same expressions as pipeline/review/queries.py SORTS), and
-- the status filter combined with the two usual sorts.
CREATE INDEX review_queue_by_published ON review_queue(coalesce(published, ''), record_id);
CREATE INDEX review_queue_by_entity ON review_queue(entity, record_id);
CREATE INDEX review_queue_by_label ON review_queue(label, record_id);
CREATE INDEX review_queue_by_year ON review_queue(coalesce(year, -1), record_id);
CREATE INDEX review_queue_by_value ON review_queue(coalesce(value, -1e300), record_id);
CREATE INDEX review_queue_by_sources ON review_queue(sources, record_id);
CREATE INDEX review_queue_by_status ON review_queue(status, record_id);
CREATE INDEX review_queue_status_published ON review_queue(status, coalesce(published, ''), record_id);
CREATE INDEX review_queue_status_entity ON review_queue(status, entity, record_id);
CREATE INDEX review_queue_year ON review_queue(year);
CREATE INDEX review_queue_kind ON review_queue(award_kind, year);
CREATE INDEX review_queue_site ON review_queue(site);
CREATE INDEX review_queue_region ON review_queue(region);
CREATE INDEX review_queue_conflict ON review_queue(conflict) WHERE conflict = 1;
CREATE INDEX review_queue_changed ON review_queue(changed) WHERE changed = 1;

-- Records per status (and per flag), kept by triggers so the header costs nothing.
CREATE TABLE review_counts (
    name TEXT PRIMARY KEY,  -- new | accepted | rejected | corrected | conflict | changed
    n    INTEGER NOT NULL DEFAULT 0
);
INSERT INTO review_counts(name) VALUES ('new'), ('accepted'), ('rejected'), ('corrected'),
    ('conflict'), ('changed');

CREATE TRIGGER review_counts_add AFTER INSERT ON review_queue
BEGIN
    UPDATE review_counts SET n = n + 1 WHERE name = NEW.status
        OR (name = 'conflict' AND NEW.conflict) OR (name = 'changed' AND NEW.changed);
END;

CREATE TRIGGER review_counts_drop AFTER DELETE ON review_queue
BEGIN
    UPDATE review_counts SET n = n - 1 WHERE name = OLD.status
        OR (name = 'conflict' AND OLD.conflict) OR (name = 'changed' AND OLD.changed);
END;

CREATE TRIGGER review_counts_change AFTER UPDATE OF status, conflict, changed ON review_queue
BEGIN
    UPDATE review_counts SET n = n - 1 WHERE name = OLD.status
        OR (name = 'conflict' AND OLD.conflict) OR (name = 'changed' AND OLD.changed);
    UPDATE review_counts SET n = n + 1 WHERE name = NEW.status
        OR (name = 'conflict' AND NEW.conflict) OR (name = 'changed' AND NEW.changed);
END;

-- Substring search over the queue's search text (trigram index; see queries._where).
CREATE VIRTUAL TABLE review_search USING fts5(search, content='review_queue',
    content_rowid='rowid', tokenize='trigram');

CREATE TRIGGER review_search_add AFTER INSERT ON review_queue
BEGIN
    INSERT INTO review_search(rowid, search) VALUES (NEW.rowid, NEW.search);
END;

CREATE TRIGGER review_search_drop AFTER DELETE ON review_queue
BEGIN
    INSERT INTO review_search(review_search, rowid, search) VALUES ('delete', OLD.rowid, OLD.search);
END;

CREATE TRIGGER review_search_change AFTER UPDATE OF search ON review_queue
BEGIN
    INSERT INTO review_search(review_search, rowid, search) VALUES ('delete', OLD.rowid, OLD.search);
    INSERT INTO review_search(rowid, search) VALUES (NEW.rowid, NEW.search);
END;

-- Store.save replaces a merged row with INSERT OR REPLACE, which fires these.
CREATE TRIGGER review_award_saved AFTER INSERT ON awards
BEGIN
    UPDATE reviews SET changed = (fields_at_review IS NOT
        (SELECT snapshot FROM record_snapshots WHERE id = NEW.id))
    WHERE record_id = NEW.id;
    INSERT INTO review_queue(record_id, type, entity, entity_id, label, award_kind,
        year, value, region, site, published, sources, conflict, status, changed, search)
    SELECT NEW.id, 'award', NEW.recipient, NEW.recipient_id, NEW.name, NEW.kind,
        NEW.year, NEW.score,
        (SELECT region FROM entities WHERE id = NEW.recipient_id),
        first.site, substr(first.published, 1, 10), NEW.sources, NEW.conflict,
        coalesce(r.status, 'new'), coalesce(r.changed, 0),
        lower(NEW.recipient || ' ' || NEW.name || ' ' || coalesce(NEW.giver, '') || ' ' ||
              coalesce(NEW.category, '') || ' ' || coalesce(NEW.grade, '') || ' ' ||
              coalesce(NEW.received_by, '') || ' ' || NEW.id)
    FROM (SELECT 1) LEFT JOIN reviews r ON r.record_id = NEW.id
    LEFT JOIN (SELECT a.site, a.published FROM observations o JOIN articles a ON a.id = o.article_id
               WHERE o.record_id = NEW.id ORDER BY a.published IS NULL, a.published, a.id
               LIMIT 1) first
    WHERE true  -- an upsert keeps the row's rowid, which the search index refers to
    ON CONFLICT(record_id) DO UPDATE SET
        type = excluded.type, entity = excluded.entity, entity_id = excluded.entity_id, label = excluded.label, award_kind = excluded.award_kind, year = excluded.year, value = excluded.value,
        region = excluded.region, site = excluded.site, published = excluded.published, sources = excluded.sources, conflict = excluded.conflict, status = excluded.status, changed = excluded.changed, search = excluded.search;
END;

CREATE TRIGGER review_score_saved AFTER INSERT ON scores
BEGIN
    UPDATE reviews SET changed = (fields_at_review IS NOT
        (SELECT snapshot FROM record_snapshots WHERE id = NEW.id))
    WHERE record_id = NEW.id;
    INSERT INTO review_queue(record_id, type, entity, entity_id, label, award_kind,
        year, value, region, site, published, sources, conflict, status, changed, search)
    SELECT NEW.id, 'score', NEW.entity, NEW.entity_id, coalesce(NEW.scale, 'nilai'), NEW.kind,
        NEW.year, NEW.value,
        (SELECT region FROM entities WHERE id = NEW.entity_id),
        first.site, substr(first.published, 1, 10), NEW.sources, NEW.conflict,
        coalesce(r.status, 'new'), coalesce(r.changed, 0),
        lower(NEW.entity || ' ' || coalesce(NEW.scale, '') || ' ' || coalesce(NEW.kind, '') ||
              ' ' || NEW.id)
    FROM (SELECT 1) LEFT JOIN reviews r ON r.record_id = NEW.id
    LEFT JOIN (SELECT a.site, a.published FROM observations o JOIN articles a ON a.id = o.article_id
               WHERE o.record_id = NEW.id ORDER BY a.published IS NULL, a.published, a.id
               LIMIT 1) first
    WHERE true  -- an upsert keeps the row's rowid, which the search index refers to
    ON CONFLICT(record_id) DO UPDATE SET
        type = excluded.type, entity = excluded.entity, entity_id = excluded.entity_id, label = excluded.label, award_kind = excluded.award_kind, year = excluded.year, value = excluded.value,
        region = excluded.region, site = excluded.site, published = excluded.published, sources = excluded.sources, conflict = excluded.conflict, status = excluded.status, changed = excluded.changed, search = excluded.search;
END;

-- A record no article reports any more: out of the queue; its review is kept, flagged.
CREATE TRIGGER review_award_gone AFTER DELETE ON awards
BEGIN
    DELETE FROM review_queue WHERE record_id = OLD.id;
    UPDATE reviews SET changed = 1 WHERE record_id = OLD.id;
END;

CREATE TRIGGER review_score_gone AFTER DELETE ON scores
BEGIN
    DELETE FROM review_queue WHERE record_id = OLD.id;
    UPDATE reviews SET changed = 1 WHERE record_id = OLD.id;
END;

-- Records stored before this migration.
INSERT INTO review_queue(record_id, type, entity, entity_id, label, award_kind, year, value,
    region, site, published, sources, conflict, search)
SELECT w.id, 'award', w.recipient, w.recipient_id, w.name, w.kind, w.year, w.score,
    (SELECT region FROM entities WHERE id = w.recipient_id),
    (SELECT a.site FROM observations o JOIN articles a ON a.id = o.article_id
     WHERE o.record_id = w.id ORDER BY a.published IS NULL, a.published, a.id LIMIT 1),
    (SELECT substr(a.published, 1, 10) FROM observations o JOIN articles a ON a.id = o.article_id
     WHERE o.record_id = w.id ORDER BY a.published IS NULL, a.published, a.id LIMIT 1),
    w.sources, w.conflict,
    lower(w.recipient || ' ' || w.name || ' ' || coalesce(w.giver, '') || ' ' ||
          coalesce(w.category, '') || ' ' || coalesce(w.grade, '') || ' ' ||
          coalesce(w.received_by, '') || ' ' || w.id)
FROM awards w;

INSERT INTO review_queue(record_id, type, entity, entity_id, label, award_kind, year, value,
    region, site, published, sources, conflict, search)
SELECT s.id, 'score', s.entity, s.entity_id, coalesce(s.scale, 'nilai'), s.kind, s.year, s.value,
    (SELECT region FROM entities WHERE id = s.entity_id),
    (SELECT a.site FROM observations o JOIN articles a ON a.id = o.article_id
     WHERE o.record_id = s.id ORDER BY a.published IS NULL, a.published, a.id LIMIT 1),
    (SELECT substr(a.published, 1, 10) FROM observations o JOIN articles a ON a.id = o.article_id
     WHERE o.record_id = s.id ORDER BY a.published IS NULL, a.published, a.id LIMIT 1),
    s.sources, s.conflict,
    lower(s.entity || ' ' || coalesce(s.scale, '') || ' ' || coalesce(s.kind, '') || ' ' || s.id)
FROM scores s;

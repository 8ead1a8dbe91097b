-- The dataset as analysts use it: records analysts added, the decisions applied as
-- views any SQLite tool reads (Datasette among them), and crawled articles shown under
-- their configured site name.

-- An award or score an analyst added from an article because the extractor missed it.
-- Its values live in `awards` / `scores` under an id no extraction makes ("an_…"), so a
-- pipeline run never replaces or removes it (Store.save re-merges only ids that
-- `observations` name). Its origin and evidence live here, where Store.save, which
-- rewrites an article's `evidence`, does not reach.
CREATE TABLE analyst_records (
    record_id  TEXT PRIMARY KEY,
    kind       TEXT NOT NULL CHECK (kind IN ('award', 'score')),
    article_id TEXT NOT NULL REFERENCES articles(id),
    sentence   TEXT NOT NULL,      -- the evidence: the sentence or the words selected
    start      INTEGER NOT NULL,   -- its span in articles.text
    end        INTEGER NOT NULL,
    analyst    TEXT NOT NULL,
    added_at   TEXT NOT NULL
);
CREATE INDEX analyst_records_article ON analyst_records(article_id);
CREATE INDEX entities_name ON entities(name);
CREATE INDEX crawl_pages_article ON crawl_pages(article_id);

-- Awards with the analysts' decisions applied: rejected ones left out, the latest
-- decision's values where there is one, and reviewed awards no article reports any
-- more kept (flagged changed_since_review). `after` of a decision holds every field.
CREATE VIEW reviewed_awards AS
SELECT w.id,
    CASE WHEN x.record_id IS NULL THEN 'extracted' ELSE 'analyst' END AS origin,
    coalesce(r.status, 'new') AS status,
    coalesce(r.changed, 0) AS changed_since_review,
    CASE WHEN d.seq IS NULL THEN w.recipient ELSE json_extract(d.after, '$.recipient') END AS recipient,
    CASE WHEN d.seq IS NULL THEN w.giver ELSE json_extract(d.after, '$.giver') END AS giver,
    CASE WHEN d.seq IS NULL THEN w.name ELSE json_extract(d.after, '$.name') END AS name,
    CASE WHEN d.seq IS NULL THEN w.kind ELSE json_extract(d.after, '$.kind') END AS kind,
    CASE WHEN d.seq IS NULL THEN w.category ELSE json_extract(d.after, '$.category') END AS category,
    CASE WHEN d.seq IS NULL THEN w.grade ELSE json_extract(d.after, '$.grade') END AS grade,
    CASE WHEN d.seq IS NULL THEN w.year ELSE json_extract(d.after, '$.year') END AS year,
    CASE WHEN d.seq IS NULL THEN w.score ELSE json_extract(d.after, '$.score') END AS score,
    CASE WHEN d.seq IS NULL THEN w.date ELSE json_extract(d.after, '$.date') END AS date,
    CASE WHEN d.seq IS NULL THEN w.place ELSE json_extract(d.after, '$.place') END AS place,
    CASE WHEN d.seq IS NULL THEN w.received_by ELSE json_extract(d.after, '$.received_by') END AS received_by,
    (SELECT e.region FROM entities e WHERE e.name = CASE WHEN d.seq IS NULL THEN w.recipient
        ELSE json_extract(d.after, '$.recipient') END) AS region,
    w.sources, w.conflict, q.site, q.published,
    r.analyst AS reviewed_by, r.decided_at AS reviewed_at
FROM awards w
LEFT JOIN reviews r ON r.record_id = w.id
LEFT JOIN decisions d ON d.seq = r.seq
LEFT JOIN analyst_records x ON x.record_id = w.id
LEFT JOIN review_queue q ON q.record_id = w.id
WHERE r.status IS NOT 'rejected'
UNION ALL
SELECT r.record_id, 'extracted', r.status, 1,
    json_extract(d.after, '$.recipient'), json_extract(d.after, '$.giver'),
    json_extract(d.after, '$.name'), json_extract(d.after, '$.kind'),
    json_extract(d.after, '$.category'), json_extract(d.after, '$.grade'),
    json_extract(d.after, '$.year'), json_extract(d.after, '$.score'),
    json_extract(d.after, '$.date'), json_extract(d.after, '$.place'),
    json_extract(d.after, '$.received_by'),
    (SELECT e.region FROM entities e WHERE e.name = json_extract(d.after, '$.recipient')),
    0, 0, NULL, NULL, r.analyst, r.decided_at
FROM reviews r JOIN decisions d ON d.seq = r.seq
WHERE r.status <> 'rejected' AND json_type(d.after, '$.recipient') IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM awards w WHERE w.id = r.record_id);

CREATE VIEW reviewed_scores AS
SELECT s.id,
    CASE WHEN x.record_id IS NULL THEN 'extracted' ELSE 'analyst' END AS origin,
    coalesce(r.status, 'new') AS status,
    coalesce(r.changed, 0) AS changed_since_review,
    CASE WHEN d.seq IS NULL THEN s.entity ELSE json_extract(d.after, '$.entity') END AS entity,
    CASE WHEN d.seq IS NULL THEN s.year ELSE json_extract(d.after, '$.year') END AS year,
    CASE WHEN d.seq IS NULL THEN s.value ELSE json_extract(d.after, '$.value') END AS value,
    CASE WHEN d.seq IS NULL THEN s.scale ELSE json_extract(d.after, '$.scale') END AS scale,
    CASE WHEN d.seq IS NULL THEN s.kind ELSE json_extract(d.after, '$.kind') END AS kind,
    (SELECT e.region FROM entities e WHERE e.name = CASE WHEN d.seq IS NULL THEN s.entity
        ELSE json_extract(d.after, '$.entity') END) AS region,
    s.sources, s.conflict, q.site, q.published,
    r.analyst AS reviewed_by, r.decided_at AS reviewed_at
FROM scores s
LEFT JOIN reviews r ON r.record_id = s.id
LEFT JOIN decisions d ON d.seq = r.seq
LEFT JOIN analyst_records x ON x.record_id = s.id
LEFT JOIN review_queue q ON q.record_id = s.id
WHERE r.status IS NOT 'rejected'
UNION ALL
SELECT r.record_id, 'extracted', r.status, 1,
    json_extract(d.after, '$.entity'), json_extract(d.after, '$.year'),
    json_extract(d.after, '$.value'), json_extract(d.after, '$.scale'),
    json_extract(d.after, '$.kind'),
    (SELECT e.region FROM entities e WHERE e.name = json_extract(d.after, '$.entity')),
    0, 0, NULL, NULL, r.analyst, r.decided_at
FROM reviews r JOIN decisions d ON d.seq = r.seq
WHERE r.status <> 'rejected' AND json_type(d.after, '$.entity') IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM scores s WHERE s.id = r.record_id);

-- Both in the export schema (README "Export columns"): a score's entity is its
-- `recipient` and its value its `score`, so every format and tool names them alike.
CREATE VIEW reviewed_records AS
SELECT 'award' AS type, id, origin, status, changed_since_review, recipient, giver, name,
    kind, category, grade, year, score, NULL AS scale, date, place, received_by, region,
    sources, conflict, site, published, reviewed_by, reviewed_at
FROM reviewed_awards
UNION ALL
SELECT 'score', id, origin, status, changed_since_review, entity, NULL, NULL, kind, NULL,
    NULL, year, value, scale, NULL, NULL, NULL, region, sources, conflict, site, published,
    reviewed_by, reviewed_at
FROM reviewed_scores;

-- A crawled article's site is the name the crawl configuration gives it
-- ("kabar-daerah"), not its host (every demo site is "127.0.0.1"). The crawler notes
-- the name in crawl_pages after storing the article; a later re-processing writes the
-- host again and is put back.
CREATE TRIGGER article_site_from_crawl AFTER INSERT ON crawl_pages
WHEN NEW.article_id IS NOT NULL
BEGIN
    UPDATE articles SET site = NEW.site WHERE id = NEW.article_id AND site IS NOT NEW.site;
END;

CREATE TRIGGER article_site_from_crawl_update AFTER UPDATE OF article_id, site ON crawl_pages
WHEN NEW.article_id IS NOT NULL
BEGIN
    UPDATE articles SET site = NEW.site WHERE id = NEW.article_id AND site IS NOT NEW.site;
END;

CREATE TRIGGER article_site_kept AFTER UPDATE OF site ON articles
WHEN EXISTS (SELECT 1 FROM crawl_pages WHERE article_id = NEW.id AND site IS NOT NEW.site)
BEGIN
    UPDATE articles SET site = (SELECT site FROM crawl_pages WHERE article_id = NEW.id
                                ORDER BY fetched_at DESC LIMIT 1)
    WHERE id = NEW.id;
END;

-- The queue shows the site of a record's earliest article (as migration 0003 fills it).
CREATE TRIGGER review_queue_site AFTER UPDATE OF site ON articles
WHEN OLD.site IS NOT NEW.site
BEGIN
    UPDATE review_queue SET site = (
        SELECT a.site FROM observations o JOIN articles a ON a.id = o.article_id
        WHERE o.record_id = review_queue.record_id
        ORDER BY a.published IS NULL, a.published, a.id LIMIT 1)
    WHERE record_id IN (SELECT record_id FROM observations WHERE article_id = NEW.id);
    UPDATE review_queue SET site = NEW.site
    WHERE record_id IN (SELECT record_id FROM analyst_records WHERE article_id = NEW.id);
END;

-- Articles crawled before this migration.
UPDATE articles SET site = (SELECT site FROM crawl_pages WHERE article_id = articles.id
                            ORDER BY fetched_at DESC LIMIT 1)
WHERE id IN (SELECT article_id FROM crawl_pages WHERE article_id IS NOT NULL);

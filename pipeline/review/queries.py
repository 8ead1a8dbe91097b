"""What the review pages read from the store: the queue, a record, its evidence and sources.

Parameterised SQL only; the few names put into SQL text (sort columns) come from the
fixed tables below, never from a request.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, fields, replace
from urllib.parse import urlencode

STATUSES = ("new", "accepted", "rejected", "corrected")
FLAGS = ("conflict", "changed")  # statuses of the filter that are flags, not decisions

# Sort name -> SQL expression (NULLs mapped to a sentinel so keyset paging works).
SORTS = {
    "published": "coalesce(published, '')",
    "entity": "entity",
    "name": "label",
    "year": "coalesce(year, -1)",
    "value": "coalesce(value, -1e300)",
    "sources": "sources",
    "status": "status",
}
PAGE_SIZES = (25, 50, 100, 200)


@dataclass(frozen=True)
class QueueFilters:
    """The queue's filters, sort and page, as they travel in a URL's query string."""

    status: str = ""
    type: str = ""          # award | score
    kind: str = ""          # award kind from the rules
    entity: str = ""
    region: str = ""
    year: str = ""
    site: str = ""
    date_from: str = ""     # YYYY-MM-DD of publication
    date_to: str = ""
    min_sources: str = ""   # reported by at least this many articles (our only confidence)
    q: str = ""
    sort: str = "published"
    order: str = "desc"
    page: int = 1
    per_page: int = 50

    @classmethod
    def from_args(cls, args) -> "QueueFilters":
        values = {}
        for item in fields(cls):
            raw = args.get(item.name)
            if raw is None:
                continue
            if item.type == "int" or item.type is int:
                try:
                    values[item.name] = int(raw)
                except ValueError:
                    continue
            else:
                values[item.name] = str(raw).strip()[:200]
        filters = cls(**values)
        return replace(
            filters,
            sort=filters.sort if filters.sort in SORTS else "published",
            order="asc" if filters.order == "asc" else "desc",
            page=max(1, filters.page),
            per_page=filters.per_page if filters.per_page in PAGE_SIZES else 50,
        )

    def to_query(self, **overrides) -> str:
        """The query string for these filters (defaults left out), with ``overrides``."""
        current = {**{f.name: getattr(self, f.name) for f in fields(self)}, **overrides}
        return urlencode({k: v for k, v in current.items() if v != _DEFAULTS[k]})


_DEFAULTS = {f.name: f.default for f in fields(QueueFilters)}


@dataclass
class QueuePage:
    rows: list[dict]
    total: int
    page: int
    pages: int
    filters: QueueFilters


def _where(filters: QueueFilters) -> tuple[str, list]:
    clauses, params = [], []
    if filters.status in STATUSES:
        clauses.append("status = ?")
        params.append(filters.status)
    elif filters.status in FLAGS:
        clauses.append(f"{filters.status} = 1")
    if filters.type in ("award", "score"):
        clauses.append("type = ?")
        params.append(filters.type)
    for name, column in (("kind", "award_kind"), ("region", "region"), ("site", "site")):
        value = getattr(filters, name)
        if value:
            clauses.append(f"{column} = ?")
            params.append(value)
    if filters.entity:
        clauses.append("entity = ?")
        params.append(filters.entity)
    if filters.year.isdigit():
        clauses.append("year = ?")
        params.append(int(filters.year))
    if filters.date_from:
        clauses.append("published >= ?")
        params.append(filters.date_from)
    if filters.date_to:
        clauses.append("published <= ?")
        params.append(filters.date_to)
    if filters.min_sources.isdigit():
        clauses.append("sources >= ?")
        params.append(int(filters.min_sources))
    if len(filters.q) >= 3:  # the trigram index finds any substring of three or more
        clauses.append("rowid IN (SELECT rowid FROM review_search WHERE review_search MATCH ?)")
        params.append('"' + filters.q.replace('"', '""') + '"')
    elif filters.q:
        clauses.append("search LIKE ? ESCAPE '\\'")
        escaped = filters.q.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        params.append(f"%{escaped}%")
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _order(filters: QueueFilters, reverse: bool = False) -> str:
    direction = "DESC" if (filters.order == "desc") != reverse else "ASC"
    return f" ORDER BY {SORTS[filters.sort]} {direction}, record_id {direction}"


def queue(db: sqlite3.Connection, filters: QueueFilters) -> QueuePage:
    """One page of the queue under ``filters``."""
    where, params = _where(filters)
    total = db.execute(f"SELECT count(*) FROM review_queue{where}", params).fetchone()[0]
    pages = max(1, -(-total // filters.per_page))
    page = min(filters.page, pages)
    # Page through the (covering) sort index first, then read only the rows shown.
    rows = db.execute(
        f"SELECT * FROM review_queue WHERE record_id IN (SELECT record_id FROM review_queue"
        f"{where}{_order(filters)} LIMIT ? OFFSET ?){_order(filters)}",
        [*params, filters.per_page, (page - 1) * filters.per_page]).fetchall()
    return QueuePage([dict(row) for row in rows], total, page, pages, replace(filters, page=page))


def status_counts(db: sqlite3.Connection) -> dict[str, int]:
    """Records per status over the whole store, plus ``conflict``, ``changed`` and ``all``."""
    counts = dict(db.execute("SELECT name, n FROM review_counts").fetchall())
    counts["all"] = sum(counts[s] for s in STATUSES)
    return counts


def facets(db: sqlite3.Connection) -> dict[str, list]:
    """The values the queue's drop-down filters offer."""
    def distinct(column: str) -> list:
        # Hop from one value to the next through the column's index: a few seeks per
        # value instead of a scan of every record.
        return [row[0] for row in db.execute(
            f"WITH RECURSIVE hop(v) AS (SELECT min({column}) FROM review_queue UNION ALL "
            f"SELECT (SELECT min({column}) FROM review_queue WHERE {column} > v) FROM hop "
            f"WHERE v IS NOT NULL) SELECT v FROM hop WHERE v IS NOT NULL")]
    return {"kind": distinct("award_kind"), "site": distinct("site"),
            "region": distinct("region"), "year": distinct("year")}


def neighbours(db: sqlite3.Connection, filters: QueueFilters,
               record_id: str) -> tuple[str | None, str | None]:
    """The records before and after ``record_id`` in the filtered, sorted queue.

    Keyset rather than offsets, so it holds even when a decision just took the
    record out of the filter (the next one is still the next one).
    """
    row = db.execute(f"SELECT {SORTS[filters.sort]} AS key FROM review_queue WHERE record_id = ?",
                     (record_id,)).fetchone()
    if row is None:
        return None, None
    where, params = _where(filters)
    joiner = " AND " if where else " WHERE "
    found = []
    for reverse in (True, False):
        forward = (filters.order == "desc") == reverse
        op = ">" if forward else "<"
        found.append(db.execute(
            f"SELECT record_id FROM review_queue{where}{joiner}"
            f"({SORTS[filters.sort]}, record_id) {op} (?, ?){_order(filters, reverse)} LIMIT 1",
            [*params, row["key"], record_id]).fetchone())
    return tuple(r[0] if r else None for r in found)


def queue_row(db: sqlite3.Connection, record_id: str) -> dict | None:
    row = db.execute("SELECT * FROM review_queue WHERE record_id = ?", (record_id,)).fetchone()
    return dict(row) if row else None


def merged_record(db: sqlite3.Connection, record_id: str) -> dict | None:
    """The merged award or score row, with ``type``, ``conflict`` and ``variants`` decoded."""
    for kind, table in (("award", "awards"), ("score", "scores")):
        row = db.execute(f"SELECT * FROM {table} WHERE id = ?", (record_id,)).fetchone()
        if row:
            record = dict(row)
            record["type"] = kind
            record["conflict"] = bool(record["conflict"])
            record["variants"] = json.loads(record["variants"])
            return record
    return None


def reports(db: sqlite3.Connection, record_id: str) -> list[dict]:
    """Every article reporting the record, with what that article says (for side by side)."""
    rows = db.execute(
        "SELECT o.fields, a.id, a.url, a.site, a.title, a.published, a.source "
        "FROM observations o JOIN articles a ON a.id = o.article_id "
        "WHERE o.record_id = ? ORDER BY a.published IS NULL, a.published, a.id",
        (record_id,)).fetchall()
    return [{"article_id": r["id"], "url": r["url"], "site": r["site"], "title": r["title"],
             "published": r["published"], "source": r["source"],
             "fields": json.loads(r["fields"])} for r in rows]


def evidence(db: sqlite3.Connection, record_id: str) -> list[dict]:
    """Evidence grouped by article and sentence, with the matched spans marked.

    Each item has ``segments``: ``[(text, matched), ...]`` covering the sentence, and
    ``rules``: the rules that fired on it.
    """
    rows = db.execute(
        "SELECT e.article_id, e.sentence, e.start, e.end, e.rule, a.text, a.url, a.title "
        "FROM evidence e JOIN articles a ON a.id = e.article_id WHERE e.record_id = ? "
        "UNION ALL "  # a record an analyst added: the words they picked
        "SELECT x.article_id, x.sentence, x.start, x.end, 'added by ' || x.analyst, a.text, "
        "a.url, a.title FROM analyst_records x JOIN articles a ON a.id = x.article_id "
        "WHERE x.record_id = ? ORDER BY 1, 3, 5", (record_id, record_id)).fetchall()
    groups: dict[tuple[str, str], dict] = {}
    for row in rows:
        group = groups.setdefault((row["article_id"], row["sentence"]), {
            "article_id": row["article_id"], "url": row["url"], "title": row["title"],
            "sentence": row["sentence"], "spans": [], "rules": [], "text": row["text"]})
        group["spans"].append((row["start"], row["end"]))
        if row["rule"] not in group["rules"]:
            group["rules"].append(row["rule"])
    out = []
    for group in groups.values():
        text = group.pop("text")
        group["segments"] = highlight(text, group["sentence"], group.pop("spans"))
        out.append(group)
    return out


def highlight(text: str, sentence: str, spans: list[tuple[int, int]]) -> list[tuple[str, bool]]:
    """Split ``sentence`` into plain and matched pieces; spans are offsets into ``text``."""
    base = _sentence_offset(text, sentence, spans)
    marks = [False] * len(sentence)
    for start, end in spans:
        if base is not None:
            lo, hi = start - base, end - base
        else:  # the sentence is not in the text verbatim: find the span's words in it
            found = sentence.find(text[start:end]) if 0 <= start < end <= len(text) else -1
            lo, hi = (found, found + end - start) if found >= 0 else (0, 0)
        for i in range(max(0, lo), min(len(sentence), hi)):
            marks[i] = True
    segments: list[tuple[str, bool]] = []
    for char, mark in zip(sentence, marks):
        if segments and segments[-1][1] == mark:
            segments[-1] = (segments[-1][0] + char, mark)
        else:
            segments.append((char, mark))
    return segments


def _sentence_offset(text: str, sentence: str, spans: list[tuple[int, int]]) -> int | None:
    """Where ``sentence`` starts in ``text``: the occurrence that contains the first span."""
    if not sentence:
        return None
    first = min(start for start, _ in spans) if spans else 0
    position = text.find(sentence)
    while position >= 0:
        if position <= first < position + len(sentence):
            return position
        position = text.find(sentence, position + 1)
    return None


def article(db: sqlite3.Connection, article_id: str) -> dict | None:
    row = db.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
    return dict(row) if row else None


def article_records(db: sqlite3.Connection, article_id: str) -> list[dict]:
    """The queue rows of every record an article reports, and of those added from it."""
    return [dict(row) for row in db.execute(
        "SELECT q.*, x.analyst AS added_by FROM review_queue q "
        "LEFT JOIN analyst_records x ON x.record_id = q.record_id "
        "WHERE q.record_id IN (SELECT record_id FROM observations WHERE article_id = ? "
        "UNION SELECT record_id FROM analyst_records WHERE article_id = ?) "
        "ORDER BY q.type, q.entity", (article_id, article_id))]


def sentences(text: str, spans: list[tuple[int, int]]) -> list[dict]:
    """The article's text as sentences (``start``, ``end``, ``segments``: plain and
    highlighted pieces), for picking a sentence as evidence."""
    from .additions import sentence_spans
    out, position = [], 0
    for start, end in sentence_spans(text):
        if start > position:  # the spaces between sentences, kept as they were
            out.append({"start": None, "end": None, "segments": [(text[position:start], False)]})
        inside = [(max(s, start), min(e, end)) for s, e in spans if s < end and e > start]
        out.append({"start": start, "end": end,
                    "segments": highlight(text, text[start:end], inside)})
        position = end
    if position < len(text):
        out.append({"start": None, "end": None, "segments": [(text[position:], False)]})
    return out


def entity_names(db: sqlite3.Connection, prefix: str, limit: int = 20) -> list[str]:
    """Canonical entity names starting with (then containing) ``prefix``, for pickers."""
    prefix = prefix.strip()
    if not prefix:
        return []
    escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    names = [r[0] for r in db.execute(
        "SELECT name FROM entities WHERE name LIKE ? ESCAPE '\\' ORDER BY name LIMIT ?",
        (f"{escaped}%", limit))]
    if len(names) < limit:
        names += [r[0] for r in db.execute(
            "SELECT name FROM entities WHERE name LIKE ? ESCAPE '\\' AND name NOT LIKE ? "
            "ESCAPE '\\' ORDER BY name LIMIT ?",
            (f"%{escaped}%", f"{escaped}%", limit - len(names)))]
    return names

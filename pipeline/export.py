"""Export stored awards and scores, with their evidence, as JSON Lines, CSV or gold/1 files.

Analysts' decisions apply: a rejected record is left out, an accepted or corrected one
exports the values the analyst stands behind (``status`` says which), and a reviewed
record no article reports any more is still exported, flagged ``changed_since_review``.
Unreviewed records export as extracted (``status`` "new"), unless ``reviewed_only``.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import TextIO

from .models import stable_id
from .store import Store

EXPORT_FORMATS = ("jsonl", "csv", "gold")

AWARD_COLUMNS = ("id", "recipient", "giver", "name", "kind", "category", "grade", "year",
                 "score", "date", "place", "received_by", "sources", "conflict")
SCORE_COLUMNS = ("id", "entity", "year", "value", "scale", "kind", "sources", "conflict")
CSV_COLUMNS = ("type", "id", "entity", "giver", "name", "kind", "category", "grade", "year",
               "value", "scale", "date", "place", "received_by", "sources", "conflict",
               "urls", "evidence", "status")
_KEYS = {"award": AWARD_COLUMNS, "score": SCORE_COLUMNS}
_EDGE_WORDS = 8  # words in a gold file's body_first / body_last


def records(store: Store, reviewed_only: bool = False) -> list[dict]:
    """Awards then scores, each a flat dict with ``type``, ``status`` and its ``evidence`` list.

    Decisions apply (see the module's docstring); ``reviewed_only`` leaves out records
    nobody has accepted or corrected yet.
    """
    reviews = _reviews(store)
    out = []
    for kind, rows in (("award", store.awards()), ("score", store.scores())):
        for row in rows:
            item = {"type": kind, **{k: row[k] for k in _KEYS[kind]},
                    "variants": row["variants"], "evidence": row["evidence"]}
            review = reviews.pop(row["id"], None)
            applied = _apply(item, review, reviewed_only)
            if applied is not None:
                out.append(applied)
    # Reviewed records that no article reports any more: kept, never silently lost.
    for record_id, review in sorted(reviews.items()):
        kind = "score" if "entity" in review["after"] else "award"
        item = {"type": kind, **dict.fromkeys(_KEYS[kind]), "id": record_id, "sources": 0,
                "conflict": False, "variants": [], "evidence": []}
        applied = _apply(item, {**review, "changed": True}, reviewed_only)
        if applied is not None:
            out.append(applied)
    return out


def _reviews(store: Store) -> dict[str, dict]:
    """Each reviewed record's status, the values its latest decision stands behind, ``changed``."""
    tables = {row[0] for row in store.db.execute("SELECT name FROM sqlite_master")}
    if "reviews" not in tables:
        return {}
    return {row["record_id"]: {"status": row["status"], "after": json.loads(row["after"]),
                               "changed": bool(row["changed"])}
            for row in store.db.execute(
                "SELECT r.record_id, r.status, r.changed, d.after FROM reviews r "
                "JOIN decisions d ON d.seq = r.seq")}


def _apply(item: dict, review: dict | None, reviewed_only: bool) -> dict | None:
    if review is None:
        if reviewed_only:
            return None
        return {**item, "status": "new", "changed_since_review": False}
    if review["status"] == "rejected":
        return None
    values = {k: v for k, v in review["after"].items() if k in _KEYS[item["type"]]}
    return {**item, **values, "status": review["status"],
            "changed_since_review": review["changed"]}


def export_records(store: Store, format: str, stream: TextIO, reviewed_only: bool = False) -> int:
    """Write every record to ``stream`` as jsonl or csv; returns how many were written."""
    items = records(store, reviewed_only=reviewed_only)
    if format == "jsonl":
        for item in items:
            stream.write(json.dumps(item, ensure_ascii=False) + "\n")
    elif format == "csv":
        writer = csv.DictWriter(stream, fieldnames=CSV_COLUMNS, extrasaction="ignore")
        writer.writeheader()
        for item in items:
            writer.writerow(_csv_row(item))
    else:
        raise ValueError(f"unknown export format {format!r}")
    return len(items)


def _csv_row(item: dict) -> dict:
    row = dict(item)
    if item["type"] == "award":
        row["entity"], row["value"] = item["recipient"], item["score"]
    row["urls"] = " ".join(sorted({e["url"] or "" for e in item["evidence"]}))
    row["evidence"] = " | ".join(e["sentence"] for e in item["evidence"])
    return row


# -- back to gold ---------------------------------------------------------------------

def gold_documents(store: Store) -> list[dict]:
    """Reviewed articles as gold/1 objects (GOLD-FORMAT.md).

    An article counts as reviewed when every record it reports has a decision; its
    gold holds the accepted and corrected records with the analyst's values (rejected
    ones are left out), so the analysts' work becomes evaluation data for the rules.
    """
    reviews = _reviews(store)
    by_article: dict[str, list[tuple[str, str]]] = {}
    for row in store.db.execute("SELECT article_id, record_id, kind FROM observations "
                                "ORDER BY article_id, record_id"):
        by_article.setdefault(row["article_id"], []).append((row["record_id"], row["kind"]))
    documents = []
    for article_id, items in by_article.items():
        if not all(record_id in reviews for record_id, _ in items):
            continue
        article = store.db.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        awards, scores = [], []
        for record_id, kind in items:
            review = reviews[record_id]
            if review["status"] == "rejected":
                continue
            values = review["after"]
            if kind == "award":
                awards.append({
                    "recipient": _spellings(store, values.get("recipient")),
                    "giver": _spellings(store, values.get("giver")) if values.get("giver") else None,
                    **{k: values.get(k) for k in ("name", "category", "grade", "year", "score",
                                                  "date", "place", "received_by")}})
            else:
                scores.append({"entity": _spellings(store, values.get("entity")),
                               "year": values.get("year"), "value": values.get("value"),
                               "scale": values.get("scale")})
        words = article["text"].split()
        documents.append({
            "format": "gold/1", "id": f"review-{article_id}",
            "document": article["source"] or article["url"] or article_id,
            "url": article["url"], "title": article["title"], "published": article["published"],
            "body_first": " ".join(words[:_EDGE_WORDS]) or None,
            "body_last": " ".join(words[-_EDGE_WORDS:]) or None,
            "awards": awards, "scores": scores})
    return documents


def export_gold(store: Store, folder: str | Path) -> int:
    """Write each reviewed article as ``FOLDER/review-<article id>.json``; returns how many."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    documents = gold_documents(store)
    for document in documents:
        (folder / f"{document['id']}.json").write_text(
            json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return len(documents)


def _spellings(store: Store, name: str | None) -> list[str]:
    """An entity as gold/1 wants it: the canonical name first, then its known aliases."""
    if not name:
        return []
    row = store.db.execute("SELECT aliases FROM entities WHERE id = ?",
                           (stable_id("entity", name),)).fetchone()
    aliases = json.loads(row["aliases"]) if row else []
    return [name, *(a for a in aliases if a != name)]

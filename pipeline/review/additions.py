"""Records an analyst adds from an article because the extractor missed them.

    >>> add_record(store, "ar_9c0…", "award", {"recipient": "Pemerintah Kota Bogor",
    ...            "name": "Adipura", "year": 2024}, start=120, end=181, analyst="Sari")
    'an_5d1…'

The values go into ``awards`` / ``scores`` under an id no extraction makes (``an_…``), so
the queue, decisions, views and exports treat the record like any other, and a
pipeline run never replaces or removes it; ``analyst_records`` keeps its origin and
evidence (migration 0005). Adding is the analyst's decision too: the record starts
accepted, signed by its author.
"""

from __future__ import annotations

import re
import sqlite3
from datetime import datetime, timezone

from ..errors import DecisionError
from ..models import stable_id
from .decisions import FIELD_TYPES, REQUIRED, add_entities, write_decision

ADDED_REASON = "added from the article: the extractor missed it"
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”')\]]*\s+(?=[\"“(\[]?[A-Z0-9])|\n+")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence of ``text``: split after . ! ? before a capital
    or a digit, and at line breaks (rough, but the analyst can also select words)."""
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        end = match.start()
        if text[start:end].strip():
            spans.append(_trimmed(text, start, end))
        start = match.end()
    if text[start:].strip():
        spans.append(_trimmed(text, start, len(text)))
    return spans


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def add_record(store, article_id: str, kind: str, fields: dict, *, start: int, end: int,
               analyst: str, now: datetime | None = None) -> str:
    """Store an analyst's award or score (typed ``fields``, see ``parse_changes``) with the
    words ``text[start:end]`` of the article as evidence; returns the new record's id."""
    if kind not in FIELD_TYPES:
        raise DecisionError(f"a record is an award or a score, not {kind!r}")
    analyst = (analyst or "").strip()
    if not analyst:
        raise DecisionError("adding a record needs the analyst's name")
    values = {name: fields.get(name) for name in FIELD_TYPES[kind]}
    for name in REQUIRED[kind]:
        if values[name] in (None, ""):
            raise DecisionError(f"{name} cannot be empty")
    added_at = (now or datetime.now(timezone.utc)).isoformat(timespec="seconds")
    with store.transaction() as db:
        article = db.execute("SELECT text, site, published FROM articles WHERE id = ?",
                             (article_id,)).fetchone()
        if article is None:
            raise DecisionError(f"{article_id}: no such article in the store")
        sentence = _evidence_sentence(article["text"], start, end)
        record_id = _record_id(kind, article_id, values)
        if db.execute("SELECT 1 FROM analyst_records WHERE record_id = ?",
                      (record_id,)).fetchone():
            raise DecisionError(f"this {kind} was already added from this article ({record_id})")
        add_entities(db, kind, values)
        db.execute("INSERT INTO analyst_records(record_id, kind, article_id, sentence, start, "
                   "end, analyst, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                   (record_id, kind, article_id, sentence, start, end, analyst, added_at))
        _insert_values(db, kind, record_id, values)
        # The queue's site and day come from observations, which an added record has none of.
        db.execute("UPDATE review_queue SET site = ?, published = substr(?, 1, 10) "
                   "WHERE record_id = ?", (article["site"], article["published"], record_id))
        write_decision(db, record_id, "accept", analyst, added_at, reason=ADDED_REASON)
    return record_id


def _evidence_sentence(text: str, start: int, end: int) -> str:
    """The sentence(s) around the chosen words, which must be a span of the text."""
    if not (0 <= start < end <= len(text)) or not text[start:end].strip():
        raise DecisionError("pick the sentence (or select the words) the record comes from")
    around = [(s, e) for s, e in sentence_spans(text) if s < end and e > start]
    if not around:
        return text[start:end].strip()
    return text[around[0][0]:around[-1][1]]


def _record_id(kind: str, article_id: str, values: dict) -> str:
    key = (values["recipient"], values["name"], values["year"]) if kind == "award" \
        else (values["entity"], values["kind"], values["year"])
    return stable_id("analyst", kind, article_id, *key)


def _insert_values(db: sqlite3.Connection, kind: str, record_id: str, values: dict) -> None:
    if kind == "award":
        db.execute(
            "INSERT INTO awards(id, recipient_id, recipient, giver_id, giver, name, kind, "
            "category, grade, year, score, date, place, received_by, sources, conflict, "
            "variants) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,1,0,'[]')",
            (record_id, stable_id("entity", values["recipient"]), values["recipient"],
             stable_id("entity", values["giver"]) if values["giver"] else None, values["giver"],
             values["name"], values["kind"], values["category"], values["grade"],
             values["year"], values["score"], values["date"], values["place"],
             values["received_by"]))
    else:
        db.execute(
            "INSERT INTO scores(id, entity_id, entity, year, value, scale, kind, sources, "
            "conflict, variants) VALUES (?,?,?,?,?,?,?,1,0,'[]')",
            (record_id, stable_id("entity", values["entity"]), values["entity"],
             values["year"], values["value"], values["scale"], values["kind"]))

"""Export stored awards and scores, with their evidence, as JSON Lines, CSV, Parquet or gold/1.

Analysts' decisions apply: a rejected record is left out, an accepted or corrected one
exports the values the analyst stands behind (``status`` says which), and a reviewed
record no article reports any more is still exported, flagged ``changed_since_review``.
Unreviewed records export as extracted (``status`` "new"), unless ``reviewed_only``.
The values come from the store's ``reviewed_records`` view (migration 0005), so every
format and every SQLite tool sees the same dataset.

Every format carries the same columns (:data:`COLUMNS`), with the same names and meaning.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO, TextIO

from .models import stable_id
from .provinces import province_of, province_table
from .store import Store

EXPORT_FORMATS = ("jsonl", "csv", "parquet", "gold")

# The export schema: (name, type, meaning). Types: string, int, float, bool, date (a day),
# timestamp (UTC), list (of strings). README's "Export columns" table is this one.
COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("type", "string", "award or score"),
    ("id", "string", "the record's stable id (an_… for a record an analyst added)"),
    ("origin", "string", "extracted (by the pipeline) or analyst (added in the review app)"),
    ("status", "string", "new, accepted or corrected (rejected records are left out)"),
    ("changed_since_review", "bool",
     "the extraction changed after the review, or no article reports the record any more"),
    ("recipient", "string", "the award's recipient, or the entity a score is about"),
    ("giver", "string", "the awarding body (awards)"),
    ("name", "string", "the award's name (awards)"),
    ("kind", "string", "award or assessment kind from rules/awards.json"),
    ("category", "string", "the award's category or predicate (awards)"),
    ("grade", "string", "the award's grade (awards)"),
    ("year", "int", "the year the award or the assessment is for"),
    ("score", "float", "the award's score, or the score's value"),
    ("scale", "string", "a score's scale: nilai, skor, indeks, persen, poin"),
    ("date", "date", "the day the award was handed over"),
    ("place", "string", "where it was handed over"),
    ("received_by", "string", "who received it on the recipient's behalf"),
    ("region", "string", "the recipient's region (Kota X, Kabupaten X, Provinsi X)"),
    ("province", "string", "that region's province, from rules/regions_id.json"),
    ("sources", "int", "how many articles report the record"),
    ("conflict", "bool", "the reporting articles disagree on a value"),
    ("site", "string", "the site of the earliest reporting article"),
    ("published", "date", "the publication day of the earliest reporting article"),
    ("reviewed_by", "string", "the analyst of the latest decision"),
    ("reviewed_at", "timestamp", "when the latest decision was made (UTC)"),
    ("urls", "list", "the reporting articles' URLs"),
    ("evidence", "list", "the evidence sentences"),
    ("rules", "list", "the rules that fired (analyst: added by hand)"),
)
COLUMN_NAMES = tuple(name for name, _, _ in COLUMNS)
_TYPES = {name: kind for name, kind, _ in COLUMNS}
CSV_LIST_SEPARATOR = " | "
_EDGE_WORDS = 8  # words in a gold file's body_first / body_last


def records(store: Store, reviewed_only: bool = False, rules=None) -> list[dict]:
    """Awards then scores, each a dict of :data:`COLUMNS` with decisions applied.

    ``reviewed_only`` leaves out records nobody has accepted or corrected yet.
    ``rules`` (a loaded :class:`~pipeline.rules.Rules`) place regions in provinces.
    """
    where = " WHERE status IN ('accepted', 'corrected')" if reviewed_only else ""
    rows = store.db.execute(
        f"SELECT * FROM reviewed_records{where} ORDER BY type, recipient, year, name, id").fetchall()
    evidence = _evidence(store)
    provinces = _provinces(rules)
    out = []
    for row in rows:
        item = dict(row)
        item["changed_since_review"] = bool(item["changed_since_review"])
        item["conflict"] = bool(item["conflict"])
        item["province"] = provinces(item["region"])
        found = evidence.get(item["id"], [])
        item["urls"] = sorted({e["url"] for e in found if e["url"]})
        item["evidence"] = list(dict.fromkeys(e["sentence"] for e in found))
        item["rules"] = sorted({e["rule"] for e in found})
        out.append({name: item.get(name) for name in COLUMN_NAMES})
    return out


def _evidence(store: Store) -> dict[str, list[dict]]:
    """Every record's evidence, extracted and added by analysts, with its article's URL."""
    found: dict[str, list[dict]] = {}
    for row in store.db.execute(
            "SELECT e.record_id, a.url, e.sentence, e.rule FROM evidence e "
            "JOIN articles a ON a.id = e.article_id "
            "UNION ALL SELECT x.record_id, a.url, x.sentence, 'analyst' FROM analyst_records x "
            "JOIN articles a ON a.id = x.article_id ORDER BY 1, 2"):
        found.setdefault(row["record_id"], []).append(dict(row))
    return found


def _provinces(rules):
    if rules is None:
        from .rules import load_rules
        rules = load_rules()
    table = province_table(rules)
    return lambda region: province_of(region, table)


def export_records(store: Store, format: str, stream: TextIO | BinaryIO,
                   reviewed_only: bool = False, rules=None) -> int:
    """Write every record to ``stream`` as jsonl, csv (text streams) or parquet (a binary
    stream or a path); returns how many were written."""
    if format not in ("jsonl", "csv", "parquet"):
        raise ValueError(f"unknown export format {format!r}")
    items = records(store, reviewed_only=reviewed_only, rules=rules)
    if format == "jsonl":
        for item in items:
            stream.write(json.dumps(item, ensure_ascii=False) + "\n")
    elif format == "csv":
        writer = csv.writer(stream, lineterminator="\n")
        writer.writerow(COLUMN_NAMES)
        for item in items:
            writer.writerow([csv_cell(item[name]) for name in COLUMN_NAMES])
    else:
        write_parquet(items, stream)
    return len(items)


def csv_cell(value) -> str:
    """A value as one spreadsheet cell on one line: lists joined, newlines made spaces."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        value = CSV_LIST_SEPARATOR.join(value)
    if isinstance(value, float):
        return repr(value)
    return " ".join(str(value).split()) if isinstance(value, str) else str(value)


def parquet_schema():
    """The export schema as a pyarrow schema (dates as dates, years as ints, scores as floats)."""
    import pyarrow as pa
    types = {"string": pa.string(), "int": pa.int64(), "float": pa.float64(),
             "bool": pa.bool_(), "date": pa.date32(), "timestamp": pa.timestamp("s", tz="UTC"),
             "list": pa.list_(pa.string())}
    return pa.schema([pa.field(name, types[kind]) for name, kind, _ in COLUMNS])


def write_parquet(items: list[dict], where) -> None:
    """``items`` (from :func:`records`) as one Parquet table at ``where`` (path or binary stream)."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise ImportError("Parquet export needs pyarrow: pip install 'warta[parquet]'") from None
    columns = {name: [_typed(item[name], _TYPES[name]) for item in items] for name in COLUMN_NAMES}
    pq.write_table(pa.table(columns, schema=parquet_schema()), where)


def _typed(value, kind: str):
    if value is None:
        return None
    if kind == "date":
        return _day(value)
    if kind == "timestamp":
        return datetime.fromisoformat(value)
    if kind == "float":
        return float(value)
    if kind == "int":
        return int(value)
    return value


def _day(value: str) -> date | None:
    """A full ``YYYY-MM-DD`` day; a month-only value (``2024-05``) has no day to give."""
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


# -- back to gold ---------------------------------------------------------------------

@dataclass
class GoldExport:
    """What :func:`export_gold` wrote: files per reviewed article, and those it could not."""

    written: list[str] = field(default_factory=list)   # gold file names
    skipped: list[str] = field(default_factory=list)   # one line each: the article and why


def gold_documents(store: Store) -> list[dict]:
    """Reviewed articles as gold/1 objects (GOLD-FORMAT.md), ``document`` still unset.

    An article counts as reviewed when every record it reports, and every record an
    analyst added from it, has a decision; its gold holds the accepted, corrected and
    added records with the analysts' values (rejected ones are left out), so the
    analysts' work becomes evaluation data for the rules. Each object carries the
    article's row under ``"_article"`` for :func:`export_gold`.
    """
    reviewed = {row[0] for row in store.db.execute("SELECT record_id FROM reviews")}
    values = {row["id"]: dict(row) for row in store.db.execute("SELECT * FROM reviewed_records")}
    by_article: dict[str, list[str]] = {}
    for article_id, record_id in store.db.execute(
            "SELECT article_id, record_id FROM observations UNION "
            "SELECT article_id, record_id FROM analyst_records ORDER BY 1, 2"):
        by_article.setdefault(article_id, []).append(record_id)
    documents = []
    for article_id, record_ids in by_article.items():
        if not all(record_id in reviewed for record_id in record_ids):
            continue
        article = dict(store.db.execute("SELECT * FROM articles WHERE id = ?",
                                        (article_id,)).fetchone())
        kept = [values[r] for r in record_ids if r in values]  # rejected ones are not
        words = article["text"].split()
        documents.append({
            "format": "gold/1", "id": f"review-{article_id}", "document": None,
            "url": article["url"], "title": article["title"], "published": article["published"],
            "body_first": " ".join(words[:_EDGE_WORDS]) or None,
            "body_last": " ".join(words[-_EDGE_WORDS:]) or None,
            "awards": [_gold_award(store, v) for v in kept if v["type"] == "award"],
            "scores": [{"entity": _spellings(store, v["recipient"]), "year": v["year"],
                        "value": v["score"], "scale": v["scale"]}
                       for v in kept if v["type"] == "score"],
            "_article": article})
    return documents


def _gold_award(store: Store, values: dict) -> dict:
    return {"recipient": _spellings(store, values["recipient"]),
            "giver": _spellings(store, values["giver"]) if values["giver"] else None,
            **{k: values[k] for k in ("name", "category", "grade", "year", "score", "date",
                                      "place", "received_by")}}


def export_gold(store: Store, folder: str | Path, archives: list[Path] = ()) -> GoldExport:
    """Write each reviewed article as ``FOLDER/review-<article id>.json`` with its page,
    as read or archived, beside it (``review-<article id>.html``, ``.txt``…), so that
    ``warta eval FOLDER --root FOLDER`` reads it back. ``archives``: more WARC files or
    folders to find crawled pages in. An article whose page cannot be found is skipped."""
    from .archived import find_documents
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    documents = gold_documents(store)
    pages = find_documents(store, [d["_article"] for d in documents], archives)
    result = GoldExport()
    for document in documents:
        article = document.pop("_article")
        page = pages[article["id"]]
        if isinstance(page, str):
            result.skipped.append(page)
            continue
        document["document"] = document["id"] + page.suffix
        (folder / document["document"]).write_bytes(page.content)
        (folder / f"{document['id']}.json").write_text(
            json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        result.written.append(f"{document['id']}.json")
    return result


def _spellings(store: Store, name: str | None) -> list[str]:
    """An entity as gold/1 wants it: the canonical name first, then its known aliases."""
    if not name:
        return []
    row = store.db.execute("SELECT aliases FROM entities WHERE id = ?",
                           (stable_id("entity", name),)).fetchone()
    aliases = json.loads(row["aliases"]) if row else []
    return [name, *(a for a in aliases if a != name)]

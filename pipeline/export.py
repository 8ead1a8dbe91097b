"""Export stored awards and scores, with their evidence, as JSON Lines or CSV."""

from __future__ import annotations

import csv
import json
from typing import TextIO

from .store import Store

EXPORT_FORMATS = ("jsonl", "csv")

AWARD_COLUMNS = ("id", "recipient", "giver", "name", "kind", "category", "grade", "year",
                 "score", "date", "place", "received_by", "sources", "conflict")
SCORE_COLUMNS = ("id", "entity", "year", "value", "scale", "kind", "sources", "conflict")
CSV_COLUMNS = ("type", "id", "entity", "giver", "name", "kind", "category", "grade", "year",
               "value", "scale", "date", "place", "received_by", "sources", "conflict",
               "urls", "evidence")


def records(store: Store) -> list[dict]:
    """Awards then scores, each a flat dict with ``type`` and its ``evidence`` list."""
    out = [{"type": "award", **{k: a[k] for k in AWARD_COLUMNS},
            "variants": a["variants"], "evidence": a["evidence"]} for a in store.awards()]
    out += [{"type": "score", **{k: s[k] for k in SCORE_COLUMNS},
             "variants": s["variants"], "evidence": s["evidence"]} for s in store.scores()]
    return out


def export_records(store: Store, format: str, stream: TextIO) -> int:
    """Write every record to ``stream``; returns how many were written."""
    items = records(store)
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

"""Analysts' decisions: accept, reject or correct a record; an audit trail, never an overwrite.

Every decision appends a row to ``decisions`` (who, when, why, the values before and
the values the analyst stands behind after) and moves the record's current review in
``reviews``. Decisions are keyed by the record's stable id, so they outlive re-runs of
the pipeline; a reviewed record whose extraction later changes is flagged ``changed``
(see migration 0003) with the values it was reviewed against kept for the diff.

    >>> decide(store, "sc_329916bafb28923f", "correct", "Sari", changes={"value": 93.08})
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, timezone

from ..errors import DecisionError
from ..models import stable_id
from ..provinces import province_table, region_in_name
from ..rules import load_rules

ACTIONS = ("accept", "reject", "correct")
STATUS_OF = {"accept": "accepted", "reject": "rejected", "correct": "corrected"}

REJECT_REASONS = (
    "not an award or score",
    "wrong recipient or entity",
    "wrong year",
    "wrong value",
    "duplicate of another record",
    "from menus, related links or another article",
)

# Each field's input type: entity (pick from / add to canonical names), int, float, date, text.
FIELD_TYPES = {
    "award": {"recipient": "entity", "giver": "entity", "name": "text", "category": "text",
              "grade": "text", "year": "int", "score": "float", "date": "date",
              "place": "text", "received_by": "text", "kind": "text"},
    "score": {"entity": "entity", "year": "int", "value": "float", "scale": "text",
              "kind": "text"},
}
REQUIRED = {"award": ("recipient", "name"), "score": ("entity", "value")}

_COLUMNS = {"award": ("awards", tuple(FIELD_TYPES["award"])),
            "score": ("scores", tuple(FIELD_TYPES["score"]))}


@dataclass(frozen=True)
class Decision:
    seq: int
    record_id: str
    action: str
    analyst: str
    decided_at: str
    reason: str | None
    before: dict
    after: dict

    @classmethod
    def from_row(cls, row) -> "Decision":
        return cls(row["seq"], row["record_id"], row["action"], row["analyst"],
                   row["decided_at"], row["reason"], json.loads(row["before"]),
                   json.loads(row["after"]))


# -- reading --------------------------------------------------------------------------

def record_type(db: sqlite3.Connection, record_id: str) -> str | None:
    """``"award"``, ``"score"`` or None when no run currently holds the record."""
    if db.execute("SELECT 1 FROM awards WHERE id = ?", (record_id,)).fetchone():
        return "award"
    if db.execute("SELECT 1 FROM scores WHERE id = ?", (record_id,)).fetchone():
        return "score"
    return None


def extracted_fields(db: sqlite3.Connection, record_id: str) -> tuple[str, dict] | None:
    """The record's merged values as the pipeline last stored them, in gold/1 names."""
    for kind, (table, columns) in _COLUMNS.items():
        row = db.execute(f"SELECT {', '.join(columns)} FROM {table} WHERE id = ?",
                         (record_id,)).fetchone()
        if row:
            return kind, dict(zip(columns, row))
    return None


def latest(db: sqlite3.Connection, record_id: str) -> Decision | None:
    row = db.execute("SELECT d.* FROM reviews r JOIN decisions d ON d.seq = r.seq "
                     "WHERE r.record_id = ?", (record_id,)).fetchone()
    return Decision.from_row(row) if row else None


def history(db: sqlite3.Connection, record_id: str) -> list[Decision]:
    """Every decision on the record, oldest first."""
    return [Decision.from_row(row) for row in db.execute(
        "SELECT * FROM decisions WHERE record_id = ? ORDER BY seq", (record_id,))]


def review_state(db: sqlite3.Connection, record_id: str) -> dict | None:
    """The current review: status, analyst, when, ``changed`` and the snapshot reviewed."""
    row = db.execute("SELECT * FROM reviews WHERE record_id = ?", (record_id,)).fetchone()
    if row is None:
        return None
    state = dict(row)
    state["changed"] = bool(state["changed"])
    state["fields_at_review"] = json.loads(state["fields_at_review"])
    return state


def effective_fields(db: sqlite3.Connection, record_id: str) -> dict | None:
    """The values that count: the latest decision's, else the extraction's."""
    decision = latest(db, record_id)
    if decision is not None:
        return dict(decision.after)
    found = extracted_fields(db, record_id)
    return found[1] if found else None


def changes_since_review(db: sqlite3.Connection, record_id: str) -> list[tuple[str, object, object]]:
    """``[(field, value when reviewed, value now), ...]`` for a reviewed record."""
    state = review_state(db, record_id)
    if state is None:
        return []
    then = state["fields_at_review"]
    row = db.execute("SELECT snapshot FROM record_snapshots WHERE id = ?", (record_id,)).fetchone()
    if row is None:
        return [("(record)", "reported", "no article reports it any more")]
    now = json.loads(row[0])
    return [(key, then.get(key), now.get(key)) for key in now if then.get(key) != now.get(key)]


# -- deciding -------------------------------------------------------------------------

def decide(store, record_id: str, action: str, analyst: str, *, reason: str | None = None,
           changes: dict | None = None, adopt: bool = False,
           now: datetime | None = None) -> Decision:
    """Record one decision in a transaction and return it.

    ``accept`` keeps the values shown (the last decision's, else the extraction's);
    with ``adopt=True`` it takes the current extraction instead (after a change).
    ``reject`` needs a ``reason``. ``correct`` needs ``changes`` (typed values, see
    :func:`parse_changes`) that differ from the values shown.
    """
    if action not in ACTIONS:
        raise DecisionError(f"unknown action {action!r} (use one of {', '.join(ACTIONS)})")
    analyst = (analyst or "").strip()
    if not analyst:
        raise DecisionError("a decision needs the analyst's name")
    reason = (reason or "").strip() or None
    if action == "reject" and not reason:
        raise DecisionError("a rejection needs a reason")
    decided_at = (now or datetime.now(timezone.utc)).isoformat(timespec="seconds")
    with store.transaction() as db:
        return write_decision(db, record_id, action, analyst, decided_at, reason=reason,
                              changes=changes, adopt=adopt)


def write_decision(db: sqlite3.Connection, record_id: str, action: str, analyst: str,
                   decided_at: str, *, reason: str | None = None, changes: dict | None = None,
                   adopt: bool = False) -> Decision:
    """:func:`decide`'s writes, inside a transaction the caller holds."""
    found = extracted_fields(db, record_id)
    if found is None:
        raise DecisionError(f"{record_id}: no such record in the store")
    kind, extracted = found
    before = effective_fields(db, record_id)
    after = dict(extracted if adopt else before)
    if action == "correct":
        changes = {k: v for k, v in (changes or {}).items() if before.get(k) != v}
        if not changes:
            raise DecisionError("a correction must change at least one value")
        unknown = set(changes) - set(FIELD_TYPES[kind])
        if unknown:
            raise DecisionError(f"unknown field(s) for a {kind}: {', '.join(sorted(unknown))}")
        after.update(changes)
        for name in REQUIRED[kind]:
            if after.get(name) in (None, ""):
                raise DecisionError(f"{name} cannot be empty")
        add_entities(db, kind, after)
    seq = db.execute(
        "INSERT INTO decisions(record_id, action, analyst, decided_at, reason, before, after) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (record_id, action, analyst, decided_at, reason, _dumps(before), _dumps(after)),
    ).lastrowid
    snapshot = db.execute("SELECT snapshot FROM record_snapshots WHERE id = ?",
                          (record_id,)).fetchone()[0]
    status = STATUS_OF[action]
    db.execute(
        "INSERT INTO reviews(record_id, status, seq, analyst, decided_at, fields_at_review, "
        "changed) VALUES (?, ?, ?, ?, ?, ?, 0) ON CONFLICT(record_id) DO UPDATE SET "
        "status = excluded.status, seq = excluded.seq, analyst = excluded.analyst, "
        "decided_at = excluded.decided_at, fields_at_review = excluded.fields_at_review, "
        "changed = 0",
        (record_id, status, seq, analyst, decided_at, snapshot))
    db.execute("UPDATE review_queue SET status = ?, changed = 0 WHERE record_id = ?",
               (status, record_id))
    row = db.execute("SELECT * FROM decisions WHERE seq = ?", (seq,)).fetchone()
    return Decision.from_row(row)


def accept(store, record_id: str, analyst: str, **options) -> Decision:
    return decide(store, record_id, "accept", analyst, **options)


def reject(store, record_id: str, analyst: str, reason: str, **options) -> Decision:
    return decide(store, record_id, "reject", analyst, reason=reason, **options)


def correct(store, record_id: str, analyst: str, changes: dict, **options) -> Decision:
    return decide(store, record_id, "correct", analyst, changes=changes, **options)


def add_entities(db: sqlite3.Connection, kind: str, fields: dict) -> None:
    """An entity name an analyst typed that the store does not know joins the canonical
    names, with the region it ends with when the gazetteer knows it ("… Kota Bogor")."""
    names = [fields.get(name) for name, field_type in FIELD_TYPES[kind].items()
             if field_type == "entity" and fields.get(name)]
    unknown = [n for n in names if db.execute("SELECT 1 FROM entities WHERE id = ?",
                                              (stable_id("entity", n),)).fetchone() is None]
    if not unknown:
        return
    table = province_table(load_rules())
    for value in unknown:
        db.execute("INSERT OR IGNORE INTO entities(id, name, type, region) VALUES (?, ?, 'other', ?)",
                   (stable_id("entity", value), value, region_in_name(value, table)))


# -- typed input ----------------------------------------------------------------------

_NUMBER = re.compile(r"^-?\d+(?:[.,]\d+)?$")


def parse_changes(kind: str, form: dict[str, str]) -> dict:
    """Typed values from a correction form's strings (only the fields it carries).

    Empty strings become None; "93,08" and "93.08" both become 93.08.
    """
    if kind not in FIELD_TYPES:
        raise DecisionError(f"unknown record type {kind!r}")
    values = {}
    for name, field_type in FIELD_TYPES[kind].items():
        if name not in form:
            continue
        text = (form[name] or "").strip()
        values[name] = None if not text else _parse(name, field_type, text)
    return values


def _parse(name: str, field_type: str, text: str):
    if field_type == "int":
        if not re.fullmatch(r"\d{4}", text) or not 1900 <= int(text) <= 2100:
            raise DecisionError(f"{name}: a year like 2024, not {text!r}")
        return int(text)
    if field_type == "float":
        if not _NUMBER.match(text):
            raise DecisionError(f"{name}: a number like 93.08, not {text!r}")
        return float(text.replace(",", "."))
    if field_type == "date":
        try:
            return date.fromisoformat(text).isoformat()
        except ValueError:
            raise DecisionError(f"{name}: a date like 2024-12-04, not {text!r}") from None
    return text


def _dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)

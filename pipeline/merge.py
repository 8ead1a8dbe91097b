"""Merge: the same fact reported by several articles becomes one record.

Observations are what each article says about a record (same stable id). Fields on
which the articles agree are taken as they are; where articles disagree on a value
that defines the fact (a score's value; an award's score, grade or category) the
record keeps every article's value and is flagged as a conflict.
"""

from __future__ import annotations

from collections import Counter

# Fields whose disagreement makes two reports a conflict rather than a gap.
CONFLICT_FIELDS = {
    "score": ("value",),
    "award": ("score", "grade", "category"),
}


def merge_observations(kind: str, observations: list[tuple[str, dict]]) -> dict:
    """Merge ``[(article_id, fields), ...]`` of one record into merged fields.

    Returns ``{"fields": ..., "sources": n, "conflict": bool, "variants": [...]}``.
    Deterministic: the order of observations does not matter.
    """
    observations = sorted(observations, key=lambda item: item[0])
    keys = sorted({key for _, fields in observations for key in fields})
    merged: dict = {}
    for key in keys:
        values = [fields.get(key) for _, fields in observations if fields.get(key) is not None]
        merged[key] = _most_common(values)
    conflict = False
    for key in CONFLICT_FIELDS[kind]:
        distinct = {_comparable(fields.get(key)) for _, fields in observations
                    if fields.get(key) is not None}
        if len(distinct) > 1:
            conflict = True
    variants = []
    if conflict:
        variants = [{"article_id": article_id,
                     **{key: fields.get(key) for key in CONFLICT_FIELDS[kind]}}
                    for article_id, fields in observations]
    return {"fields": merged, "sources": len(observations), "conflict": conflict,
            "variants": variants}


def _comparable(value):
    return round(value, 3) if isinstance(value, float) else value


def _most_common(values: list):
    """The value most articles give; ties go to the first article (sorted by id)."""
    if not values:
        return None
    counts = Counter(_comparable(v) for v in values)
    best = max(counts.values())
    for value in values:
        if counts[_comparable(value)] == best:
            return value
    return values[0]

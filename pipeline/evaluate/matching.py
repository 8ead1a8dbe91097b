"""Pairing predicted records with gold records, one document at a time.

Scores: a prediction is a true positive when entity, year and value match a gold score
that no other prediction took; the pairing maximises the number of such pairs.
Awards: a prediction pairs with a gold award of the same recipient and year; the pairing
maximises the number of pairs first and then the agreement of their fields, so that two
awards of one recipient in one year are not paired crosswise.
"""

from __future__ import annotations

from ..gold import GoldAward, GoldScore
from .compare import entity_matches, grades_match, text_matches, token_f1, values_match

AWARD_FIELDS = ("giver", "score", "date", "grade", "received_by", "place", "name", "category")
_SCALE = 1_000_000  # field agreement as integers, so the assignment is exact and deterministic


def score_matches(predicted: GoldScore, gold: GoldScore) -> bool:
    return (entity_matches(_name(predicted.entity), gold.entity)
            and predicted.year == gold.year and values_match(predicted.value, gold.value))


def award_candidates(predicted: GoldAward, gold: GoldAward) -> bool:
    return entity_matches(_name(predicted.recipient), gold.recipient) and predicted.year == gold.year


def award_field_scores(predicted: GoldAward, gold: GoldAward) -> dict[str, float]:
    """Per-field agreement of a matched pair: 1/0 for exact fields, token-F1 for name and category."""
    if predicted.giver is None or gold.giver is None:
        giver = predicted.giver is None and gold.giver is None
    else:
        giver = entity_matches(_name(predicted.giver), gold.giver)
    return {
        "giver": float(giver),
        "score": float(values_match(predicted.score, gold.score)),
        "date": float(text_matches(predicted.date, gold.date)),
        "grade": float(grades_match(predicted.grade, gold.grade)),
        "received_by": float(text_matches(predicted.received_by, gold.received_by)),
        "place": float(text_matches(predicted.place, gold.place)),
        "name": token_f1(predicted.name, gold.name),
        "category": token_f1(predicted.category, gold.category),
    }


def match_scores(predicted: list[GoldScore], gold: list[GoldScore]) -> list[tuple[int, int]]:
    """(predicted index, gold index) pairs: a largest set of true positives."""
    weights = [[1 if score_matches(p, g) else 0 for g in gold] for p in predicted]
    return assign(weights)


def match_awards(predicted: list[GoldAward], gold: list[GoldAward]) -> list[tuple[int, int]]:
    """(predicted index, gold index) pairs: most pairs, then most field agreement."""
    bonus = _SCALE * len(AWARD_FIELDS) * (min(len(predicted), len(gold)) + 1)
    weights = []
    for p in predicted:
        row = []
        for g in gold:
            if award_candidates(p, g):
                agreement = sum(award_field_scores(p, g).values())
                row.append(bonus + round(agreement * _SCALE))
            else:
                row.append(0)
        weights.append(row)
    return assign(weights)


def assign(weights: list[list[int]]) -> list[tuple[int, int]]:
    """Maximum-weight pairing of rows with columns (Hungarian method); only pairs of weight > 0.

    ``bonus`` in :func:`match_awards` exceeds any total agreement, so the largest number
    of pairs always wins over better fields.
    """
    rows = len(weights)
    cols = len(weights[0]) if rows else 0
    if not rows or not cols:
        return []
    transposed = rows > cols
    if transposed:
        weights = [list(column) for column in zip(*weights)]
        rows, cols = cols, rows
    pairs = _hungarian([[-w for w in row] for row in weights], rows, cols)
    pairs = [(i, j) for i, j in pairs if weights[i][j] > 0]
    if transposed:
        pairs = [(j, i) for i, j in pairs]
    return sorted(pairs)


def _hungarian(cost: list[list[int]], n: int, m: int) -> list[tuple[int, int]]:
    """Minimum-cost assignment of every row (n <= m) to a distinct column."""
    infinity = float("inf")
    u, v = [0] * (n + 1), [0] * (m + 1)
    owner, way = [0] * (m + 1), [0] * (m + 1)  # owner[j]: row assigned to column j (1-based)
    for i in range(1, n + 1):
        owner[0], j0 = i, 0
        least = [infinity] * (m + 1)
        used = [False] * (m + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = owner[j0], infinity, 0
            for j in range(1, m + 1):
                if not used[j]:
                    reduced = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if reduced < least[j]:
                        least[j], way[j] = reduced, j0
                    if least[j] < delta:
                        delta, j1 = least[j], j
            for j in range(m + 1):
                if used[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    least[j] -= delta
            j0 = j1
            if owner[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            owner[j0] = owner[j1]
            j0 = j1
    return [(owner[j] - 1, j - 1) for j in range(1, m + 1) if owner[j]]


def _name(spellings: tuple[str, ...] | None) -> str | None:
    """A prediction's entity is its canonical (first) name."""
    return spellings[0] if spellings else None

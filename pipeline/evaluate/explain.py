"""Every false positive and false negative, grouped by its likely cause, with its sentence.

A spurious prediction and a missed gold record of the same document are shown as one
error when they differ in one respect only (value, year, entity or recipient), since
that is usually one mistake of the extractor, not two.
"""

from __future__ import annotations

import re
from collections import defaultdict

from ..gold import GoldAward, GoldScore
from .compare import entity_matches, token_f1, values_match
from .matching import AWARD_FIELDS
from .report import DocumentResult, EvalReport

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
_QUOTE_LIMIT = 240

SCORE_CAUSES = ("wrong value", "wrong year", "wrong entity", "spurious", "missing")
AWARD_CAUSES = ("year mismatch", "recipient mismatch", "spurious", "recipient not found")


def explain(report: EvalReport) -> dict[str, dict[str, list[dict]]]:
    """Errors as data: {"scores": {cause: [error, ...]}, "awards": ..., "fields": {field: ...}, ...}."""
    groups: dict[str, dict[str, list[dict]]] = {
        "scores": defaultdict(list), "awards": defaultdict(list), "fields": defaultdict(list),
        "published": defaultdict(list), "body": defaultdict(list), "failed": defaultdict(list)}
    for d in report.documents:
        _score_errors(d, groups["scores"])
        _award_errors(d, groups["awards"])
        _field_errors(d, groups["fields"])
        if d.published_ok is False:
            groups["published"]["wrong"].append(
                {"document": d.gold.id, "predicted": d.predicted.published, "gold": d.gold.published})
        if d.body_problem:
            groups["body"][d.body_problem].append({"document": d.gold.id})
        elif d.body and min(d.body.precision, d.body.recall) < 0.95:
            groups["body"]["below 0.95"].append(
                {"document": d.gold.id, "precision": d.body.precision, "recall": d.body.recall})
        if d.error:
            groups["failed"]["error"].append({"document": d.gold.id, "error": d.error})
    return groups


def _unmatched(d: DocumentResult, kind: str, pairs) -> tuple[list[int], list[int]]:
    items = d.predicted.scores if kind == "score" else d.predicted.awards
    golds = d.gold.scores if kind == "score" else d.gold.awards
    taken_p = {i for i, _ in pairs}
    taken_g = {j for _, j in pairs}
    return ([i for i in range(len(items)) if i not in taken_p],
            [j for j in range(len(golds)) if j not in taken_g])


def _pair_by(rest_p: list[int], rest_g: list[int], same) -> list[tuple[int, int]]:
    pairs = []
    for i in list(rest_p):
        for j in rest_g:
            if same(i, j):
                pairs.append((i, j))
                rest_p.remove(i)
                rest_g.remove(j)
                break
    return pairs


def _score_errors(d: DocumentResult, out: dict) -> None:
    rest_p, rest_g = _unmatched(d, "score", d.score_pairs)
    p, g = d.predicted.scores, d.gold.scores
    entity = lambda i, j: entity_matches(p[i].entity[0], g[j].entity)  # noqa: E731
    year = lambda i, j: p[i].year == g[j].year  # noqa: E731
    value = lambda i, j: values_match(p[i].value, g[j].value)  # noqa: E731
    rules = (("wrong value", lambda i, j: entity(i, j) and year(i, j)),
             ("wrong year", lambda i, j: entity(i, j) and value(i, j)),
             ("wrong entity", lambda i, j: year(i, j) and value(i, j)))
    for cause, same in rules:
        for i, j in _pair_by(rest_p, rest_g, same):
            out[cause].append(_error(d, "score", i, _score_text(p[i]), _score_text(g[j]), g[j]))
    for i in rest_p:
        out["spurious"].append(_error(d, "score", i, _score_text(p[i]), None))
    for j in rest_g:
        out["missing"].append(_error(d, "score", None, None, _score_text(g[j]), g[j]))


def _award_errors(d: DocumentResult, out: dict) -> None:
    rest_p, rest_g = _unmatched(d, "award", d.award_pairs)
    p, g = d.predicted.awards, d.gold.awards
    rules = (("year mismatch", lambda i, j: entity_matches(p[i].recipient[0], g[j].recipient)),
             ("recipient mismatch", lambda i, j: p[i].year == g[j].year
              and token_f1(p[i].name, g[j].name) >= 0.5))
    for cause, same in rules:
        for i, j in _pair_by(rest_p, rest_g, same):
            out[cause].append(_error(d, "award", i, _award_text(p[i]), _award_text(g[j]), g[j]))
    for i in rest_p:
        out["spurious"].append(_error(d, "award", i, _award_text(p[i]), None))
    for j in rest_g:
        out["recipient not found"].append(_error(d, "award", None, None, _award_text(g[j]), g[j]))


def _field_errors(d: DocumentResult, out: dict) -> None:
    for (i, j), scores in zip(d.award_pairs, d.award_fields):
        p, g = d.predicted.awards[i], d.gold.awards[j]
        for name in AWARD_FIELDS:
            if scores[name] < 1.0:
                out[name].append({"document": d.gold.id, "award": _award_text(g),
                                  "predicted": _field_text(getattr(p, name)),
                                  "gold": _field_text(getattr(g, name)), "score": scores[name],
                                  "sentence": _quote(d.evidence.get(("award", i)) or "") or None})


def _error(d: DocumentResult, kind: str, index: int | None, predicted: str | None,
           gold: str | None, gold_record=None) -> dict:
    sentence = d.evidence.get((kind, index)) if index is not None else None
    if sentence is None and gold_record is not None:
        sentence = _find_sentence(d, gold_record)
    if sentence is not None:
        sentence = _quote(sentence)
    return {"document": d.gold.id, "predicted": predicted, "gold": gold, "sentence": sentence}


def _find_sentence(d: DocumentResult, record: GoldScore | GoldAward) -> str | None:
    """The first sentence of the document that mentions the gold record."""
    if isinstance(record, GoldScore):
        whole, _, decimals = f"{record.value:.2f}".rstrip("0").rstrip(".").partition(".")
        number = re.escape(whole) + (f"[.,]{decimals}" if decimals else "")
        pattern = re.compile(rf"(?<![\d.,]){number}(?![\d]|[.,]\d)")
    else:
        pattern = re.compile("|".join(re.escape(n) for n in record.recipient), re.IGNORECASE)
    for text in (d.predicted.text, d.source_text):
        for sentence in _SENTENCE_END.split(text or ""):
            if pattern.search(sentence):
                return _quote(sentence)
    return None


def _quote(sentence: str) -> str:
    sentence = " ".join(sentence.split())
    return sentence if len(sentence) <= _QUOTE_LIMIT else sentence[:_QUOTE_LIMIT - 1] + "…"


def _score_text(score: GoldScore) -> str:
    return f"{score.entity[0]} | {score.year} | {score.value:g}"


def _award_text(award: GoldAward) -> str:
    return f"{award.recipient[0]} | {award.year} | {award.name}"


def _field_text(value) -> str:
    if isinstance(value, tuple):  # an entity: its canonical spelling
        return value[0] + (f" (+{len(value) - 1} spellings)" if len(value) > 1 else "")
    return "null" if value is None else str(value)


def render_explain(report: EvalReport) -> str:
    """The errors as text, one section per kind and one group per cause."""
    groups = explain(report)
    order = {"scores": SCORE_CAUSES, "awards": AWARD_CAUSES, "fields": AWARD_FIELDS}
    lines: list[str] = []
    for section, causes in groups.items():
        names = [c for c in order.get(section, ()) if c in causes] + \
                sorted(c for c in causes if c not in order.get(section, ()))
        if not names:
            continue
        lines += ["", f"== {section} =="]
        for cause in names:
            errors = causes[cause]
            lines.append(f"-- {cause} ({len(errors)}) --")
            lines += [_error_line(e) for e in errors]
    return "\n".join(lines).lstrip("\n") if lines else "No errors."


def _error_line(error: dict) -> str:
    parts = [f"  {error['document']}:"]
    if "award" in error:
        parts.append(f"[{error['award']}]")
    if "predicted" in error and error.get("predicted") is not None:
        parts.append(f"predicted {error['predicted']}")
    if "gold" in error and error.get("gold") is not None:
        parts.append(f"{'| ' if error.get('predicted') is not None else ''}gold {error['gold']}")
    if "precision" in error:
        parts.append(f"precision {error['precision']:.3f} recall {error['recall']:.3f}")
    if "error" in error:
        parts.append(error["error"])
    line = " ".join(parts)
    if error.get("sentence"):
        line += f"\n      « {error['sentence']} »"
    return line

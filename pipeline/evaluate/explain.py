"""Every false positive and false negative, grouped by its likely cause, with its sentence.

A spurious prediction and a missed gold record of the same document are shown as one
error when they differ in one respect only (value, year, entity or recipient), since
that is usually one mistake of the extractor, not two.
"""

from __future__ import annotations

import re
from collections import defaultdict

from ..gold import GoldAward, GoldScore
from .compare import entity_matches, normalise_key, token_f1, values_match
from .matching import AWARD_FIELDS
from .report import DocumentResult, EvalReport

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
_QUOTE_LIMIT = 240

SCORE_CAUSES = ("wrong value", "wrong year", "score given to the wrong entity", "spurious", "missing")
# The classes of issue 11, decided from the text around each error (no extractor internals).
AWARD_CAUSES = ("year from the wrong source", "recipient named differently", "list member missed",
                "person recipient missed", "reference not resolved", "recipient not found",
                "plan, nomination or negation read as an award", "spurious")
_LIST_JOINS = re.compile(r",|\b(?:dan|serta)\b")
_AWARD_WORDS = re.compile(r"\b(?:penghargaan|anugerah|award|piala|predikat|opini|juara|peringkat|"
                          r"kategori|trofi|sertifikat|gelar|terbaik)\b", re.IGNORECASE)
_NEGATIVE_WORDS = re.compile(r"\b(?:akan|berharap|menargetkan|target|nominasi|nomine|tidak|belum|"
                             r"gagal|batal|masuk daftar|calon)\b", re.IGNORECASE)


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
             ("score given to the wrong entity", lambda i, j: year(i, j) and value(i, j)))
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
    rules = (("year from the wrong source", lambda i, j: entity_matches(p[i].recipient[0], g[j].recipient)),
             ("recipient named differently", lambda i, j: p[i].year == g[j].year
              and token_f1(p[i].name, g[j].name) >= 0.5
              and token_f1(p[i].recipient[0], g[j].recipient[0]) >= 0.5))
    for cause, same in rules:
        for i, j in _pair_by(rest_p, rest_g, same):
            out[cause].append(_error(d, "award", i, _award_text(p[i]), _award_text(g[j]), g[j]))
    for i in rest_p:
        error = _error(d, "award", i, _award_text(p[i]), None)
        negative = error["sentence"] and _NEGATIVE_WORDS.search(error["sentence"])
        out["plan, nomination or negation read as an award" if negative else "spurious"].append(error)
    found = {j for _, j in d.award_pairs}
    for j in rest_g:
        error = _error(d, "award", None, None, _award_text(g[j]), g[j])
        if d.named is not None:  # a recipient no mention of the article stood for: a name never recognised
            error["named"] = any(normalise_key(s) in d.named for s in g[j].recipient)
        out[_miss_class(d, g[j], error["sentence"], found)].append(error)


def _miss_class(d: DocumentResult, record: GoldAward, sentence: str | None, found: set[int]) -> str:
    """Why a gold award was not found, told from its sentence: among others of a list, a person,
    told apart from the award it refers back to, or none of these."""
    if sentence is None:
        return "recipient not found"
    siblings = [a for j, a in enumerate(d.gold.awards) if a is not record and
                any(n.lower() in sentence.lower() for n in a.recipient)]
    if siblings and _LIST_JOINS.search(sentence):
        return "list member missed"
    if not _AWARD_WORDS.search(sentence) and not any(w.lower() in sentence.lower()
                                                     for w in record.name.split()[:2]):
        return "reference not resolved"
    if _looks_like_person(record.recipient[0]):
        return "person recipient missed"
    return "recipient not found"


def _looks_like_person(name: str) -> bool:
    words = name.split()
    heads = {"pemerintah", "kabupaten", "kota", "provinsi", "dinas", "badan", "pt", "desa", "kelurahan",
             "rumah", "puskesmas", "kantor", "polres", "lapas", "rutan", "kementerian", "sekolah",
             "universitas", "bank", "kecamatan", "rsud", "smp", "sma", "sd", "smk"}
    return 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and \
        not any(w.lower() in heads for w in words)


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
    """The errors as text: first how many fall in each class, then one section per kind and
    one group per cause."""
    groups = explain(report)
    order = {"scores": SCORE_CAUSES, "awards": AWARD_CAUSES, "fields": AWARD_FIELDS}
    lines: list[str] = ["== by class =="]
    for section in ("awards", "scores", "fields"):
        counts = sorted(((len(v), k) for k, v in groups[section].items() if v), reverse=True)
        lines += [f"  {section:7} {k}: {n}" for n, k in counts]
        if section == "awards":  # (the mention layer's share of the misses: names never recognised)
            told = [e["named"] for errors in groups["awards"].values() for e in errors if "named" in e]
            if told:
                lines.append(f"  awards  missed recipients no mention named: {told.count(False)} of {len(told)}")
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
    if error.get("named") is False:
        parts.append("[no mention named it]")
    line = " ".join(parts)
    if error.get("sentence"):
        line += f"\n      « {error['sentence']} »"
    return line

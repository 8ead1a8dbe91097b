"""Run the pipeline on every gold document and score it."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from ..gold import GoldAward, GoldDocument, GoldScore, extraction_to_gold, load_gold_dir
from ..models import Extraction
from .body import body_score, document_text, gold_span_tokens
from .compare import normalise_key, published_matches
from .matching import award_field_scores, match_awards, match_scores
from .report import DocumentResult, EvalReport


Analyser = Callable[[Path, "str | None"], Extraction]


def evaluate_gold(gold_dir: str | Path, root: str | Path = ".", rules=None,
                  analyse: Analyser | None = None) -> EvalReport:
    """Clean and extract each gold file's document (``root``/``document``, with the gold's
    ``url``) and score it. A document that fails is recorded, scored as an empty prediction,
    and the run goes on. Raises GoldError for a malformed gold file, before any work.

    ``analyse(path, url)`` replaces the pipeline (default: ``process.analyse_document``).
    """
    golds = load_gold_dir(gold_dir)
    if analyse is None:
        analyse = _pipeline(rules)
    return EvalReport([_evaluate_one(gold, Path(root), analyse) for gold in golds])


def _pipeline(rules) -> Analyser:
    from ..process import analyse_document
    if rules is None:
        from ..rules import load_rules
        rules = load_rules()
    return lambda path, url: analyse_document(path, url=url, rules=rules)


def _evaluate_one(gold: GoldDocument, root: Path, analyse: Analyser) -> DocumentResult:
    path = root / gold.document
    evidence: dict[tuple[str, int], str] = {}
    named = None
    try:
        extraction = analyse(path, gold.url)
        named = frozenset(normalise_key(n) for n in extraction.named) or None
        predicted = as_prediction(extraction_to_gold(extraction, document=gold.document))
        for kind, items in (("score", extraction.scores), ("award", extraction.awards)):
            for index, item in enumerate(items):
                if item.evidence:
                    evidence[(kind, index)] = item.evidence[0].sentence
        error = None
    except Exception as problem:  # one bad document must not stop the evaluation
        predicted = empty_prediction(gold)
        error = f"{type(problem).__name__}: {problem}"
    try:
        text = document_text(path)
    except (OSError, EOFError) as problem:
        text = None
        error = error or f"{type(problem).__name__}: {problem}"
    result = score_document(gold, predicted, text)
    result.error, result.evidence, result.named = error, evidence, named
    return result


def as_prediction(data: dict) -> GoldDocument:
    """A gold-shaped prediction as records, unvalidated: an odd value (a month-only date,
    an empty name) costs that field or record, not the whole document."""
    awards = tuple(GoldAward(
        recipient=tuple(a["recipient"] or ("",)), giver=tuple(a["giver"]) if a["giver"] else None,
        name=a["name"], category=a["category"], grade=a["grade"], year=a["year"],
        score=a["score"], date=a["date"], place=a["place"], received_by=a["received_by"],
    ) for a in data["awards"])
    scores = tuple(GoldScore(entity=tuple(s["entity"] or ("",)), year=s["year"], value=s["value"],
                             scale=s["scale"]) for s in data["scores"])
    return GoldDocument(id=data["id"], document=data["document"], url=data["url"],
                        title=data["title"], published=data["published"],
                        body_first=data["body_first"], body_last=data["body_last"],
                        awards=awards, scores=scores, text=data["text"])


def empty_prediction(gold: GoldDocument) -> GoldDocument:
    return GoldDocument(id=gold.id, document=gold.document, url=gold.url, title=None,
                        published=None, body_first=None, body_last=None, awards=(),
                        scores=(), text="")


def score_document(gold: GoldDocument, predicted: GoldDocument,
                   text: str | None = None) -> DocumentResult:
    """Compare one prediction (gold shape, ``text`` = its cleaned body) with its gold.

    ``text`` is the document's own text, where the gold body span is looked up.
    """
    award_pairs = match_awards(list(predicted.awards), list(gold.awards))
    body, problem = None, None
    if gold.body_first is None or gold.body_last is None:
        problem = "gold has no body span"
    elif text is None:
        problem = "document unreadable"
    else:
        span = gold_span_tokens(text, gold.body_first, gold.body_last)
        if span:
            body = body_score(predicted.text, span)
        else:
            problem = "gold body span not found in the document"
    return DocumentResult(
        gold=gold, predicted=predicted,
        score_pairs=match_scores(list(predicted.scores), list(gold.scores)),
        award_pairs=award_pairs,
        award_fields=[award_field_scores(predicted.awards[i], gold.awards[j]) for i, j in award_pairs],
        published_ok=None if gold.published is None else published_matches(predicted.published, gold.published),
        body=body, body_problem=problem, source_text=text,
    )

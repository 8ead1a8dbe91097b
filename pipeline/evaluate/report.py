"""Per-document results, their totals (GOLD-FORMAT "The evaluator's report") and the text table."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..gold import GoldDocument
from .body import BodyScore
from .matching import AWARD_FIELDS


@dataclass
class DocumentResult:
    """How one document's predictions compare with its gold."""

    gold: GoldDocument
    predicted: GoldDocument  # the prediction in gold shape (empty when the document failed)
    score_pairs: list[tuple[int, int]]  # (predicted index, gold index)
    award_pairs: list[tuple[int, int]]
    award_fields: list[dict[str, float]]  # one per award pair, in the same order
    published_ok: bool | None  # None: the gold's published is null
    body: BodyScore | None  # None: no gold span (or it was not found in the document)
    body_problem: str | None = None
    error: str | None = None  # why the document could not be processed
    evidence: dict[tuple[str, int], str] = field(default_factory=dict)  # ("score"|"award", index) → sentence
    source_text: str | None = None  # the document's own text, to quote gold records from
    named: frozenset[str] | None = None  # the names the extractor's mentions stood for (normalised); None: unknown


@dataclass
class EvalReport:
    documents: list[DocumentResult]

    @property
    def failed(self) -> int:
        return sum(1 for d in self.documents if d.error)

    def summary(self) -> dict:
        """The report object of GOLD-FORMAT.md; a figure with nothing to measure is None."""
        pairs = [f for d in self.documents for f in d.award_fields]
        fields = {name: _mean([p[name] for p in pairs]) for name in AWARD_FIELDS}
        published = [d.published_ok for d in self.documents if d.published_ok is not None]
        bodies = [d.body for d in self.documents if d.body is not None]
        body_p = _mean([b.precision for b in bodies])
        body_r = _mean([b.recall for b in bodies])
        return {
            "documents": len(self.documents),
            "scores": _prf(sum(len(d.score_pairs) for d in self.documents),
                           sum(len(d.predicted.scores) for d in self.documents),
                           sum(len(d.gold.scores) for d in self.documents)),
            "awards": _prf(sum(len(d.award_pairs) for d in self.documents),
                           sum(len(d.predicted.awards) for d in self.documents),
                           sum(len(d.gold.awards) for d in self.documents)),
            "award_fields": fields,
            "award_fields_mean": _mean(list(fields.values())) if pairs else None,
            "published_accuracy": _mean([float(ok) for ok in published]),
            "body": {"precision": body_p, "recall": body_r, "f1": _f1(body_p, body_r)},
        }


def _prf(tp: int, predicted: int, gold: int) -> dict:
    return {"precision": tp / predicted if predicted else None,
            "recall": tp / gold if gold else None,
            "f1": 2 * tp / (predicted + gold) if predicted + gold else None,
            "tp": tp, "predicted": predicted, "gold": gold}


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def _f1(precision: float | None, recall: float | None) -> float | None:
    if precision is None or recall is None:
        return None
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def render_report(report: EvalReport) -> str:
    """A readable table of the summary, then one line per document."""
    s = report.summary()
    failed = [d.gold.id for d in report.documents if d.error]
    lines = [f"Warta evaluation: {s['documents']} documents, {report.failed} failed"
             + (f" ({', '.join(failed)})" if failed else ""), "",
             f"{'':10}{'precision':>10}{'recall':>9}{'f1':>8}{'tp':>6}{'pred':>6}{'gold':>6}"]
    for kind in ("scores", "awards"):
        r = s[kind]
        lines.append(f"{kind:10}{_fmt(r['precision']):>10}{_fmt(r['recall']):>9}{_fmt(r['f1']):>8}"
                     f"{r['tp']:>6}{r['predicted']:>6}{r['gold']:>6}")
    lines += ["", "award fields (over matched pairs; name and category: token-F1):"]
    lines.append("  " + "  ".join(f"{name} {_fmt(value)}" for name, value in s["award_fields"].items()))
    lines.append(f"  mean {_fmt(s['award_fields_mean'])}")
    measured = sum(1 for d in report.documents if d.published_ok is not None)
    lines.append(f"published accuracy {_fmt(s['published_accuracy'])} ({measured} documents with a gold date)")
    b = s["body"]
    lines.append(f"body tokens: precision {_fmt(b['precision'])}  recall {_fmt(b['recall'])}  f1 {_fmt(b['f1'])}")
    lines += ["", "per document (tp/predicted/gold):"]
    width = max((len(d.gold.id) for d in report.documents), default=0) + 2
    for d in report.documents:
        lines.append("  " + _document_line(d, width))
    return "\n".join(lines)


def _document_line(d: DocumentResult, width: int) -> str:
    if d.error:
        return f"{d.gold.id:{width}}FAILED: {d.error}"
    fields = [v for f in d.award_fields for v in f.values()]
    published = {None: "-", True: "ok", False: "WRONG"}[d.published_ok]
    body = (f"P {d.body.precision:.2f} R {d.body.recall:.2f}" if d.body
            else f"- ({d.body_problem})" if d.body_problem else "-")
    return (f"{d.gold.id:{width}}scores {len(d.score_pairs)}/{len(d.predicted.scores)}/{len(d.gold.scores)}"
            f"  awards {len(d.award_pairs)}/{len(d.predicted.awards)}/{len(d.gold.awards)}"
            f"  fields {_fmt(_mean(fields))}  published {published}  body {body}")


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"

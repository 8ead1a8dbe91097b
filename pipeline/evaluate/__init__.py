"""The evaluator: scores the pipeline against gold/1 annotations exactly as GOLD-FORMAT.md says.

``evaluate_gold(gold_dir, root)`` runs clean + extract on each gold file's document and
returns an :class:`EvalReport`; ``report.summary()`` is the JSON report, ``render_report``
a table, ``render_explain`` every error grouped by cause. ``score_document`` scores one
prediction already in the gold shape.

Modules: ``compare`` (one value against another), ``matching`` (pairing records),
``body`` (gold body span and token precision/recall), ``report``, ``explain``, ``run``.
"""

from .explain import explain, render_explain
from .report import DocumentResult, EvalReport, render_report
from .run import evaluate_gold, score_document

__all__ = ["DocumentResult", "EvalReport", "evaluate_gold", "explain", "render_explain",
           "render_report", "score_document"]

"""Article Extraction Benchmark: Warta's cleaner (and trafilatura, when installed) on ../shared/bench/aeb.

Run by hand:  python bench/aeb/run.py [--root ../shared/bench/aeb] [--worst 10]
The metric is the benchmark's own (SOURCE.md): 4-token shingles of ``\\w+`` tokens as
multisets; per-document precision/recall averaged over documents; F1 of the two means.
Both extractors run in this process on the same decoded pages, so their speeds compare.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import time
from collections import Counter
from pathlib import Path

from pipeline.clean import clean_html

ROOT = Path(__file__).resolve().parents[2].parent / "shared" / "bench" / "aeb"


def shingles(text: str, size: int = 4) -> Counter:
    tokens = re.findall(r"\w+", text or "")
    if len(tokens) < size:
        return Counter([tuple(tokens)]) if tokens else Counter()
    return Counter(tuple(tokens[i:i + size]) for i in range(len(tokens) - size + 1))


def document_scores(predicted: str, truth: str) -> tuple[float | None, float | None]:
    """Per-document (precision, recall); None where the benchmark leaves a document out of a mean."""
    pred, gold = shingles(predicted), shingles(truth)
    tp = sum((pred & gold).values())
    fp = sum(pred.values()) - tp
    fn = sum(gold.values()) - tp
    if fp == 0 and fn == 0:
        return 1.0, 1.0
    precision = tp / (tp + fp) if tp + fp > 0 else None
    recall = tp / (tp + fn) if tp + fn > 0 else None
    return precision, recall


def evaluate(predictions: dict[str, str], truth: dict[str, dict]) -> dict[str, float]:
    precisions, recalls = [], []
    for key, item in truth.items():
        p, r = document_scores(predictions.get(key, ""), item.get("articleBody", ""))
        if p is not None:
            precisions.append(p)
        if r is not None:
            recalls.append(r)
    p = sum(precisions) / len(precisions) if precisions else 0.0
    r = sum(recalls) / len(recalls) if recalls else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def load(root: Path) -> tuple[dict[str, dict], dict[str, str]]:
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    pages = {key: gzip.decompress((root / "html" / f"{key}.html.gz").read_bytes()).decode("utf-8", "replace")
             for key in truth}
    return truth, pages


def run(extract, pages: dict[str, str], truth: dict[str, dict]) -> tuple[dict[str, str], float]:
    started = time.perf_counter()
    out = {key: extract(html, truth[key].get("url")) or "" for key, html in pages.items()}
    return out, time.perf_counter() - started


def warta(html: str, url: str | None) -> str:
    return clean_html(html, url).text


def trafilatura_extractor():
    try:
        import trafilatura
    except ImportError:
        return None
    return lambda html, url: trafilatura.extract(html, url=url, include_comments=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--root", type=Path, default=ROOT)
    parser.add_argument("--worst", type=int, default=0, help="list the N documents Warta scores worst on")
    parser.add_argument("--no-trafilatura", action="store_true")
    args = parser.parse_args()
    truth, pages = load(args.root)
    results = {}
    extractors = {"warta": warta}
    other = None if args.no_trafilatura else trafilatura_extractor()
    if other:
        extractors["trafilatura"] = other
    for name, extract in extractors.items():
        predictions, seconds = run(extract, pages, truth)
        scores = evaluate(predictions, truth)
        results[name] = (predictions, seconds)
        print(f"{name:12s} precision={scores['precision']:.4f} recall={scores['recall']:.4f} "
              f"f1={scores['f1']:.4f} docs/s={len(pages) / seconds:.1f} ({len(pages)} docs, {seconds:.2f}s)")
    if other:
        ratio = results["trafilatura"][1] / results["warta"][1]
        print(f"speed ratio warta/trafilatura = {ratio:.2f}x")
    if args.worst:
        rows = []
        for key, item in truth.items():
            p, r = document_scores(results["warta"][0].get(key, ""), item.get("articleBody", ""))
            rows.append(((p or 0) + (r or 0), key, p, r))
        for _, key, p, r in sorted(rows)[:args.worst]:
            print(f"  {key} P={p} R={r} {truth[key].get('url')}")


if __name__ == "__main__":
    main()

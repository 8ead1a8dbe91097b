"""Plain-text copies against their gold (seeds + dev): published accuracy and body token F1.

Run by hand:  python bench/pages/texts.py [--root ../shared] [-v]
The gold body is the span from ``body_first`` to ``body_last`` without "Baca juga" lines
(GOLD-FORMAT.md); tokens are lower-cased ``\\w+`` runs.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

from pipeline.clean import clean_text, load_rules
from pipeline.clean.boilerplate import is_insert

ROOT = Path(__file__).resolve().parents[2].parent / "shared"


def tokens(text: str) -> Counter:
    return Counter(re.findall(r"\w+", text.lower()))


def gold_body(document: str, first: str, last: str) -> str:
    flat = re.sub(r"\s+", " ", document)
    start = flat.find(re.sub(r"\s+", " ", first).strip())
    end_key = re.sub(r"\s+", " ", last).strip()
    end = flat.find(end_key, max(start, 0))
    if start < 0 or end < 0:
        raise ValueError("gold span not found")
    span = flat[start:end + len(end_key)]
    rules = load_rules().boilerplate
    for line in document.splitlines():
        line = re.sub(r"\s+", " ", line).strip()
        if line and is_insert(line, rules):
            span = span.replace(line, " ")
    return span


def prf(predicted: Counter, gold: Counter) -> tuple[float, float]:
    overlap = sum((predicted & gold).values())
    p = overlap / sum(predicted.values()) if predicted else 0.0
    r = overlap / sum(gold.values()) if gold else 0.0
    return p, r


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--root", type=Path, default=ROOT)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    golds = [path for path in sorted((args.root / "gold").glob("*/*.json"))
             if json.loads(path.read_text(encoding="utf-8"))["document"].endswith(".txt")]  # pages: run.py
    ps, rs, dates_ok, dates_n = [], [], 0, 0
    for path in golds:
        gold = json.loads(path.read_text(encoding="utf-8"))
        document = (args.root / gold["document"]).read_text(encoding="utf-8")
        article = clean_text(document, gold.get("url"))
        p, r = prf(tokens(article.text), tokens(gold_body(document, gold["body_first"], gold["body_last"])))
        ps.append(p)
        rs.append(r)
        ok = None
        if gold.get("published"):
            dates_n += 1
            ok = article.published == gold["published"]
            dates_ok += ok
        if args.verbose or p < 0.95 or r < 0.95 or ok is False:
            print(f"{gold['id']}: P={p:.3f} R={r:.3f} published={article.published} gold={gold.get('published')}"
                  f" title={article.title!r:.60}")
    mp, mr = sum(ps) / len(ps), sum(rs) / len(rs)
    print(f"documents={len(golds)} body P={mp:.4f} R={mr:.4f} F1={2 * mp * mr / (mp + mr):.4f} "
          f"published={dates_ok}/{dates_n} = {dates_ok / max(dates_n, 1):.3f}")


if __name__ == "__main__":
    main()

"""Indonesian pages against their truth: title, published, author, body token F1, must-never phrases.

Run by hand:  python bench/pages/run.py [--root ../shared] [-v]
Truth files are the origin scrapers' output (see data/html/SOURCE.md), so a miss is a
question to look at, not automatically a cleaner bug.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections import Counter
from pathlib import Path

from pipeline.clean import clean_html

ROOT = Path(__file__).resolve().parents[2].parent / "shared"
MUST_NEVER = Path(__file__).with_name("must_never.txt")


def tokens(text: str) -> Counter:
    return Counter(re.findall(r"\w+", text.lower()))


def f1(predicted: str, gold: str) -> tuple[float, float, float]:
    p_tokens, g_tokens = tokens(predicted), tokens(gold)
    overlap = sum((p_tokens & g_tokens).values())
    p = overlap / max(sum(p_tokens.values()), 1)
    r = overlap / max(sum(g_tokens.values()), 1)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--root", type=Path, default=ROOT)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    pages = args.root / "data" / "html"
    phrases = [line.strip() for line in MUST_NEVER.read_text(encoding="utf-8").splitlines()
               if line.strip() and not line.startswith("#")]
    counts = Counter()
    f1s, started = [], time.perf_counter()
    listing_ok = listing_n = 0
    for path in sorted((pages / "pages").glob("*.html")):
        truth_path = pages / "truth" / f"{path.stem}.json"
        truth = json.loads(truth_path.read_text(encoding="utf-8")) if truth_path.exists() else {}
        article = clean_html(path.read_bytes(), truth.get("url"))
        if "mainpage" in path.stem:
            listing_n += 1
            listing_ok += not article.is_article
        for phrase in phrases:
            if phrase.lower() in article.text.lower():
                counts["must_never"] += 1
                print(f"{path.stem}: must-never phrase in body: {phrase!r}")
        if not truth:
            continue
        counts["pages"] += 1
        for field in ("title", "published", "author"):
            if field in truth:
                counts[f"{field}_n"] += 1
                ok = getattr(article, field) == truth[field]
                counts[field] += ok
                if not ok or args.verbose:
                    print(f"{path.stem}: {field} {getattr(article, field)!r} vs truth {truth[field]!r}")
        if truth.get("body"):
            p, r, f = f1(article.text, truth["body"])
            f1s.append(f)
            if f < 0.95 or args.verbose:
                print(f"{path.stem}: body P={p:.3f} R={r:.3f} F1={f:.3f}")
    elapsed = time.perf_counter() - started
    print(f"pages with truth={counts['pages']}  title={counts['title']}/{counts['title_n']}  "
          f"published={counts['published']}/{counts['published_n']}  author={counts['author']}/{counts['author_n']}  "
          f"body F1 mean={sum(f1s) / max(len(f1s), 1):.4f} min={min(f1s, default=0):.3f}  "
          f"listing pages recognised={listing_ok}/{listing_n}  must-never hits={counts['must_never']}  "
          f"({elapsed:.2f}s)")


if __name__ == "__main__":
    main()

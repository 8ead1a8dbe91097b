"""Indonesian pages against their truth: title, published, author, body token F1, must-never phrases.

Run by hand:  python bench/pages/run.py [--root ../shared] [-v]
Two sets: the scrapers' truth files in ``data/html/truth`` (see data/html/SOURCE.md; a miss
there is a question to look at, not automatically a cleaner bug), and the hand-checked
``gold/html/hd-*`` pages of sites the cleaner was not built on (gold/1 files, a
``.never.txt`` list of lines that must not reach the body, and listing pages in
``manifest-hd.tsv`` that must come out as not-articles). The hd body F1 uses the
evaluator's own gold span and token counts.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections import Counter
from pathlib import Path

from pipeline.clean import clean_html
from pipeline.evaluate.body import body_score, document_text, gold_span_tokens
from pipeline.evaluate.compare import published_matches

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


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def hand_checked(root: Path, verbose: bool) -> None:
    """The hd-* pages: title exact, published exact, body F1 (P / R), must-never lines, listings."""
    manifest = root / "data" / "html" / "manifest-hd.tsv"
    if not manifest.exists():
        print(f"no {manifest}: hand-checked pages skipped")
        return
    lines = manifest.read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    rows = [dict(zip(header, line.split("\t"))) for line in lines[1:] if line.strip()]
    counts = Counter()
    precisions, recalls = [], []
    started = time.perf_counter()
    for row in rows:
        page = root / "data" / "html" / "pages" / f"{row['id']}.html"
        gold_path = root / "gold" / "html" / f"{row['id']}.json"
        if not gold_path.exists():
            article = clean_html(page.read_bytes(), row.get("original_url") or None)
            counts["listing_n"] += 1
            counts["listing"] += not article.is_article
            if article.is_article or verbose:
                print(f"{row['id']}: listing page is_article={article.is_article} "
                      f"({len(article.text.split())} words)")
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        article = clean_html(page.read_bytes(), gold.get("url"))
        counts["pages"] += 1
        counts["article"] += article.is_article
        ok = article.title == gold["title"]
        counts["title"] += ok
        if not ok or verbose:
            print(f"{row['id']}: title {article.title!r} vs gold {gold['title']!r}")
        if gold.get("published"):
            counts["published_n"] += 1
            ok = published_matches(article.published, gold["published"])
            counts["published"] += ok
            if not ok or verbose:
                print(f"{row['id']}: published {article.published} vs gold {gold['published']}")
        span = gold_span_tokens(document_text(page), gold["body_first"], gold["body_last"])
        if span:
            score = body_score(article.text, span)
            precisions.append(score.precision)
            recalls.append(score.recall)
            if score.precision < 0.95 or score.recall < 0.95 or verbose:
                print(f"{row['id']}: body P={score.precision:.3f} R={score.recall:.3f}")
        never = gold_path.with_suffix(".never.txt")
        if never.exists():
            body = _flat(article.text)
            for line in never.read_text(encoding="utf-8").splitlines():
                if line.strip() and _flat(line) in body:
                    counts["never"] += 1
                    print(f"{row['id']}: must-never line in body: {line.strip()!r}")
    p = sum(precisions) / max(len(precisions), 1)
    r = sum(recalls) / max(len(recalls), 1)
    print(f"hand-checked hd pages={counts['pages']}  title={counts['title']}/{counts['pages']}  "
          f"published={counts['published']}/{counts['published_n']}  "
          f"body F1={2 * p * r / (p + r) if p + r else 0:.3f} (P {p:.3f} / R {r:.3f})  "
          f"must-never lines={counts['never']}  articles recognised={counts['article']}/{counts['pages']}  "
          f"listing pages recognised={counts['listing']}/{counts['listing_n']}  "
          f"({time.perf_counter() - started:.2f}s)")


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
        if path.stem.startswith("hd-"):
            continue  # hand-checked: scored by hand_checked()
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
    hand_checked(args.root, args.verbose)


if __name__ == "__main__":
    main()

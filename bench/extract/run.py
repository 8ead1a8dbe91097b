"""Articles per second for clean + extract + normalise on the dev set, and where the time goes.

Run by hand (one core):  taskset -c 0 python bench/extract/run.py [--root ../shared] [--rounds 3] [--aeb]
With --aeb it also times, side by side in the same run, the whole per-page work (clean +
extract + normalise) on the Article Extraction Benchmark pages against trafilatura's
extraction alone, alternating the two per round.
The spaCy pipeline is built and dateparser loaded (its time-zone regexes, ~0.5 s) once before
timing, as a long crawl would. The first round still meets every word and date for the first
time (tokenizer cache, vocabulary, date cache), so it is reported beside the best and the mean.
"""

from __future__ import annotations

import argparse
import cProfile
import gzip
import io
import json
import pstats
import sys
import time
from pathlib import Path

# Measure this checkout's package, not whichever copy `pip install -e` points at.
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import dateparser  # noqa: E402

from pipeline.clean import clean_document, clean_html  # noqa: E402
from pipeline.extract import extract  # noqa: E402
from pipeline.rules import load_rules  # noqa: E402

SHARED = Path(__file__).resolve().parents[2].parent / "shared"


def documents(root: Path) -> list[tuple[Path, str | None]]:
    docs = []
    for gold in sorted((root / "gold" / "dev").glob("*.json")):
        data = json.loads(gold.read_text(encoding="utf-8"))
        docs.append((root / data["document"], data.get("url")))
    return docs


def one_round(docs, rules) -> float:
    start = time.perf_counter()
    for path, url in docs:
        extract(clean_document(path, url=url), rules)  # extract normalises as it goes
    return time.perf_counter() - start


def aeb_pages(root: Path) -> list[tuple[str, str | None]]:
    bench = root / "bench" / "aeb"
    truth = json.loads((bench / "ground-truth.json").read_text(encoding="utf-8"))
    return [(gzip.decompress((bench / "html" / f"{key}.html.gz").read_bytes()).decode("utf-8", "replace"),
             item.get("url")) for key, item in sorted(truth.items())]


def aeb_side_by_side(root: Path, rules, rounds: int) -> None:
    """Warta's whole work per page against trafilatura's extraction alone, same pages, same run."""
    try:
        import trafilatura
    except ImportError:
        print("AEB: trafilatura is not installed (pip install -e '.[bench]')")
        return
    pages = aeb_pages(root)

    def warta_round() -> float:
        start = time.perf_counter()
        for html, url in pages:
            extract(clean_html(html, url), rules)
        return time.perf_counter() - start

    def trafilatura_round() -> float:
        start = time.perf_counter()
        for html, url in pages:
            trafilatura.extract(html, url=url, include_comments=False)
        return time.perf_counter() - start

    import pipeline.extract as extract_package
    gate = extract_package._another_language
    skipped = sum(1 for html, url in pages if gate(clean_html(html, url).text))

    def forced_round() -> float:  # every page through the Indonesian rules, whatever its language
        extract_package._another_language = lambda text: False
        try:
            return warta_round()
        finally:
            extract_package._another_language = gate

    warta_round(), forced_round(), trafilatura_round()  # warm all three
    ours, forced, theirs = [], [], []
    for _ in range(rounds):
        ours.append(warta_round())
        forced.append(forced_round())
        theirs.append(trafilatura_round())
    n = len(pages)
    print(f"AEB {n} pages ({skipped} in a language the rules do not read), {rounds} rounds, one core:")
    print(f"  warta clean+extract+normalise {n * rounds / sum(ours):.1f} pages/s"
          f" (every page through the rules: {n * rounds / sum(forced):.1f} pages/s)")
    print(f"  trafilatura extract alone     {n * rounds / sum(theirs):.1f} pages/s")
    print(f"  ratio {sum(theirs) / sum(ours):.2f}x (every page through the rules: {sum(theirs) / sum(forced):.2f}x)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=SHARED)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--aeb", action="store_true", help="also time the AEB pages against trafilatura")
    args = parser.parse_args()
    rules = load_rules()
    docs = documents(args.root)
    extract(clean_document(*docs[0]), rules)  # build the spaCy pipeline once
    dateparser.parse("1 Januari 2000", languages=["id"])  # load dateparser once
    times = [one_round(docs, rules) for _ in range(args.rounds)]
    print(f"{len(docs)} documents, {args.rounds} rounds, package {Path(sys.modules['pipeline'].__file__).parent}")
    print(f"first round {len(docs) / times[0]:.1f} articles/s; best {len(docs) / min(times):.1f}"
          f" articles/s; mean {len(docs) * len(times) / sum(times):.1f} articles/s")
    if args.aeb:
        aeb_side_by_side(args.root, rules, args.rounds)
    profile = cProfile.Profile()
    profile.enable()
    one_round(docs, rules)
    profile.disable()
    out = io.StringIO()
    pstats.Stats(profile, stream=out).sort_stats("cumulative").print_stats(args.top)
    print(out.getvalue())


if __name__ == "__main__":
    main()

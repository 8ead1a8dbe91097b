"""Articles per second for clean + extract + normalise on the dev set, and where the time goes.

Run by hand (one core):  taskset -c 0 python bench/extract/run.py [--root ../shared] [--rounds 3]
The spaCy pipeline is built and dateparser loaded (its time-zone regexes, ~0.5 s) once before
timing, as a long crawl would. The first round still meets every word and date for the first
time (tokenizer cache, vocabulary, date cache), so it is reported beside the best and the mean.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import sys
import time
from pathlib import Path

# Measure this checkout's package, not whichever copy `pip install -e` points at.
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import dateparser  # noqa: E402

from pipeline.clean import clean_document  # noqa: E402
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=SHARED)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--top", type=int, default=15)
    args = parser.parse_args()
    rules = load_rules()
    docs = documents(args.root)
    extract(clean_document(*docs[0]), rules)  # build the spaCy pipeline once
    dateparser.parse("1 Januari 2000", languages=["id"])  # load dateparser once
    times = [one_round(docs, rules) for _ in range(args.rounds)]
    print(f"{len(docs)} documents, {args.rounds} rounds, package {Path(sys.modules['pipeline'].__file__).parent}")
    print(f"first round {len(docs) / times[0]:.1f} articles/s; best {len(docs) / min(times):.1f}"
          f" articles/s; mean {len(docs) * len(times) / sum(times):.1f} articles/s")
    profile = cProfile.Profile()
    profile.enable()
    one_round(docs, rules)
    profile.disable()
    out = io.StringIO()
    pstats.Stats(profile, stream=out).sort_stats("cumulative").print_stats(args.top)
    print(out.getvalue())


if __name__ == "__main__":
    main()

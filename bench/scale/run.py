"""Backfill figures: articles/s on 1 and 2 Dask workers, merge time, store write cost as it grows.

Run by hand:  python bench/scale/run.py [--pages 3000] [--store-articles 100000]

1. A WARC set is written to a temporary folder (never committed) from corpus/ and the
   shared texts (../shared: dev texts, wrapped as HTML pages, and real Indonesian pages),
   each page copied under new URLs until --pages pages, 100 pages per file.
2. Single process (`warta process` of the set: crawl.replay.process_archives), then
   `backfill` on a LocalCluster of 1 and of 2 worker processes (each process first
   builds spaCy on one page, as a long run would have): pages and articles per second,
   with the load average before and after each figure (the machine is shared).
3. The skip cost: pages in other languages (the AEB set in ../shared: English and
   others) cleaned and dropped by the language filter, per second, on one core.
4. Merge: the writer alone (read Parquet partitions → Store.save_many) for 10,000
   articles made from real extractions under new URLs and recipients.
5. Store growth to --store-articles articles: per-article time of the bulk writer and
   of the single-process Store.save, at every 10,000.
"""

from __future__ import annotations

import argparse
import gzip
import html
import os
import shutil
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

# Measure this checkout's package, not whichever copy `pip install -e` points at.
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

SHARED = ROOT.parent / "shared"
PAGES_PER_FILE = 100


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"load {one:.2f}/{five:.2f}"


def source_pages() -> list[tuple[str, str]]:
    """(url, html) of every Indonesian page and text we may use."""
    pages = []
    for path in sorted((ROOT / "corpus" / "pages").glob("*.html")):
        pages.append((f"https://kabar.example/{path.stem}", path.read_text(encoding="utf-8")))
    texts = sorted((ROOT / "corpus" / "articles").glob("*.txt"))
    if (SHARED / "data" / "articles").is_dir():
        texts += sorted((SHARED / "data" / "articles").glob("dev-*.txt"))
        for path in sorted((SHARED / "data" / "html" / "pages").glob("*.html")):
            pages.append((f"https://berita.example/{path.stem}",
                          path.read_bytes().decode("utf-8", errors="replace")))
    else:
        print(f"(no {SHARED}: corpus/ only)")
    for path in texts:
        pages.append((f"https://teks.example/{path.stem}", as_html(path.read_text(encoding="utf-8"))))
    return pages


def as_html(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    body = "".join(f"<p>{html.escape(line)}</p>" for line in lines[1:])
    return (f"<html><head><title>{html.escape(lines[0])}</title></head><body><article>"
            f"<h1>{html.escape(lines[0])}</h1>{body}</article></body></html>")


def copies(pages, count: int):
    """``count`` pages: the sources again and again, each copy its own article (URL, og:url)."""
    out = []
    i = 0
    while len(out) < count:
        for url, page in pages:
            if len(out) == count:
                break
            out.append((f"{url}-{i}", page.replace(".example/", f".example/salinan-{i}/")))
        i += 1
    return out


def write_set(folder: Path, pages) -> list[Path]:
    from tests.scale_support import write_warc
    folder.mkdir(parents=True, exist_ok=True)
    return [write_warc(folder / f"set-{n:03d}.warc.gz", pages[i:i + PAGES_PER_FILE])
            for n, i in enumerate(range(0, len(pages), PAGES_PER_FILE))]


def single_process(files, db: Path) -> None:
    from pipeline.crawl.replay import process_archives
    from pipeline.rules import load_rules
    from pipeline.store import Store
    rules = load_rules()
    warm_up()
    before = load()
    start, cpu = time.perf_counter(), time.process_time()
    with Store(db) as store:
        report = process_archives(store, files, rules=rules)
    seconds = time.perf_counter() - start
    print(f"single process: {report.pages} pages, {report.processed} stored in {seconds:.1f} s "
          f"({time.process_time() - cpu:.1f} s CPU): "
          f"{report.pages / seconds:.1f} pages/s, {report.processed / seconds:.1f} articles/s "
          f"({before} → {load()})")


def warm_up() -> int:
    """On a worker: build the spaCy pipeline and load dateparser, as its first part would."""
    from pipeline.process import analyse_page
    from pipeline.rules import load_rules
    url, page = source_pages()[0]
    analyse_page(page, url, rules=load_rules())
    return os.getpid()


def distributed(files, db: Path, workers: int, parts: Path) -> float:
    from pipeline.scale.run import BackfillOptions, backfill, connect
    with connect(None, workers) as (client, _):
        client.run(warm_up)  # on every worker
        before = load()
        start = time.perf_counter()
        report = backfill(files, db, cluster=client,
                          options=BackfillOptions(parts_dir=parts, keep_parts=True))
        seconds = time.perf_counter() - start
    pages, stored = report.total("pages"), report.total("stored")
    skipped = sum(report.skipped_language.values())
    cpu = report.total("cpu_seconds")
    print(f"backfill, {workers} worker(s): {pages} pages ({skipped} skipped by language), "
          f"{stored} stored in {seconds:.1f} s: {pages / seconds:.1f} pages/s, "
          f"{stored / seconds:.1f} articles/s; workers' CPU {cpu:.1f} s = "
          f"{pages / cpu:.1f} pages per core-second; writer {report.merge_seconds:.1f} s "
          f"({before} → {load()})")
    return stored / seconds


def skip_cost(folder: Path) -> None:
    from pipeline.scale.warc import Part
    from pipeline.scale.worker import Job, process_part
    from tests.scale_support import write_warc
    aeb = sorted((SHARED / "bench" / "aeb" / "html").glob("*.html.gz"))
    if not aeb:
        print("skip cost: no AEB pages in ../shared")
        return
    pages = [(f"https://aeb.example/{p.name}", gzip.decompress(p.read_bytes()).decode("utf-8", "replace"))
             for p in aeb]
    path = write_warc(folder / "foreign.warc.gz", pages)
    job = Job("bench", str(folder / "foreign-parts"), languages=("id",))
    process_part(Part(str(path)), job)  # warm
    before = load()
    result = process_part(Part(str(path)), job)
    skipped = sum(result.skipped_language.values())
    print(f"skip cost, one core: {result.pages} foreign pages, {skipped} dropped by the language "
          f"filter ({dict(result.skipped_language.most_common(4))}), {result.stored} kept: "
          f"{result.pages / result.seconds:.1f} pages/s, {result.pages / result.cpu_seconds:.1f} "
          f"per core-second ({before} → {load()})")


def real_extractions():
    from pipeline.process import analyse_page
    from pipeline.rules import load_rules
    rules = load_rules()
    found = [analyse_page(page, url, rules=rules) for url, page in source_pages()]
    return [extraction for extraction in found if extraction.article.is_article]


def synthetic(extractions, i: int):
    """The i-th article: a real extraction under a new URL, its recipients and entities
    renamed so each record is reported by about three articles (as news repeats a fact)."""
    base = extractions[i % len(extractions)]
    group = f" {i // (3 * len(extractions))}-{i % len(extractions)}"
    article = replace(base.article, url=f"{base.article.url}/{i}", canonical_url=None,
                      source=f"bench#{i}")
    awards = tuple(replace(a, recipient=replace(a.recipient, name=a.recipient.name + group))
                   for a in base.awards)
    scores = tuple(replace(s, entity=replace(s.entity, name=s.entity.name + group))
                   for s in base.scores)
    return replace(base, article=article, awards=awards, scores=scores)


def merge_cost(folder: Path, extractions, articles: int = 10_000) -> None:
    from pipeline.scale.partitions import partition_row, write_partition
    from pipeline.scale.report import BackfillReport
    from pipeline.scale.warc import Part
    from pipeline.scale.worker import PartResult
    from pipeline.scale.writer import OrderedWriter
    from pipeline.store import Store
    from datetime import datetime, timezone
    rows_per_part = 500
    results = []
    for first in range(0, articles, rows_per_part):
        rows = [partition_row(i, synthetic(extractions, i))
                for i in range(first, first + rows_per_part)]
        path = folder / "merge" / f"{first:08d}.parquet"
        write_partition(rows, path)
        results.append(PartResult(Part("bench.warc.gz", first, first + rows_per_part),
                                  stored=len(rows), partition=str(path)))
    report = BackfillReport("bench", "merge.db", "", datetime.now(timezone.utc), None)
    before = load()
    with Store(folder / "merge.db") as store:
        writer = OrderedWriter(store, report, ["bench.warc.gz"], keep_parts=True)
        start = time.perf_counter()
        writer.expect(0, [result.part.start for result in results])
        for result in results:
            writer.finished(0, result.part.start, result)
        seconds = time.perf_counter() - start
        counts = store.counts()
    print(f"merge: {articles} articles ({counts['awards']} awards, {counts['scores']} scores) "
          f"from {len(results)} partitions in {seconds:.1f} s: {seconds * 10_000 / articles:.1f} s "
          f"per 10,000 articles, {articles / seconds:.0f} articles/s ({before} → {load()})")


def store_growth(folder: Path, extractions, total: int, step: int = 10_000,
                 batch: int = 500, singles: int = 200) -> None:
    """Per-article times at each mark: medians, because other work on a shared machine
    lands on a few batches, not on all of them; and CPU time, which that work does not
    inflate (the wall time's excess over it is waiting: disk, or the CPU taken by others)."""
    from statistics import median
    from pipeline.store import Store
    db = folder / "growth.db"
    print(f"store growth to {total} articles: per-article time of save_many({batch}) batches "
          f"(median wall, slowest wall, median CPU) and of {singles} single Store.save calls "
          "(median wall, median CPU)")
    print("  articles   bulk wall   slowest    bulk CPU   save() wall   save() CPU   store MB   load")
    n = 0
    with Store(db) as store:
        while n < total:
            bulk, bulk_cpu = [], []
            for first in range(n, n + step - singles, batch):
                chunk = [synthetic(extractions, i) for i in range(first, min(first + batch, n + step - singles))]
                wall, cpu = time.perf_counter(), time.process_time()
                store.save_many(chunk)
                bulk.append((time.perf_counter() - wall) / len(chunk))
                bulk_cpu.append((time.process_time() - cpu) / len(chunk))
            single, single_cpu = [], []
            for i in range(n + step - singles, n + step):
                extraction = synthetic(extractions, i)
                wall, cpu = time.perf_counter(), time.process_time()
                store.save(extraction)
                single.append(time.perf_counter() - wall)
                single_cpu.append(time.process_time() - cpu)
            n += step
            size = sum(p.stat().st_size for p in folder.glob("growth.db*")) / 1e6
            print(f"  {n:>8}   {ms(median(bulk))}  {ms(max(bulk))}  {ms(median(bulk_cpu))}    "
                  f"{ms(median(single))}   {ms(median(single_cpu))}   {size:>8.0f}   {load()}",
                  flush=True)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:>6.2f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=3000, help="pages in the WARC set")
    parser.add_argument("--store-articles", type=int, default=100_000)
    parser.add_argument("--only", choices=["rate", "skip", "merge", "store"], action="append",
                        help="run only these parts (repeatable)")
    args = parser.parse_args()
    only = set(args.only or ["rate", "skip", "merge", "store"])
    folder = Path(tempfile.mkdtemp(prefix="warta-bench-scale-"))
    print(f"{os.cpu_count()} cores, {load()}, data in {folder}")
    try:
        if "rate" in only:
            sources = source_pages()
            pages = copies(sources, args.pages)
            files = write_set(folder / "set", pages)
            size = sum(f.stat().st_size for f in files) / 1e6
            print(f"WARC set: {len(pages)} pages from {len(sources)} sources, {len(files)} files, "
                  f"{size:.1f} MB")
            single_process(files, folder / "single.db")
            for workers in (1, 2):
                distributed(files, folder / f"w{workers}.db", workers, folder / f"parts{workers}")
        if "skip" in only:
            skip_cost(folder)
        if only & {"merge", "store"}:
            extractions = real_extractions()
            if "merge" in only:
                merge_cost(folder, extractions)
            if "store" in only:
                store_growth(folder, extractions, args.store_articles)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()

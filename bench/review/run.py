"""Time the review queue at 100,000 records (by hand; prints figures).

    python bench/review/run.py [--records 100000] [--db /tmp/warta-review-bench.db]

Fills a store with synthetic records (once; reused when the file already holds them),
marks a share of them reviewed, then times the queue page as a browser gets it
(Flask app, template included) under filters, sorts and pages. Target: < 200 ms.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from pipeline.review import create_app, decisions  # noqa: E402
from pipeline.review.sample import synthetic_extractions  # noqa: E402
from pipeline.store import Store  # noqa: E402

QUERIES = (
    "/",
    "/?status=new&sort=entity&order=asc&page=50",
    "/?type=score&kind=sakip&year=2022&sort=value",
    "/?q=entitas+1234&per_page=100",
    "/?region=Kota+42&date_from=2020-01-01&date_to=2021-12-31&sort=year",
    "/?status=accepted&sort=sources",
    "/?status=conflict",
    "/?site=site3.example.id&sort=published&order=asc&page=400",
    "/?page=1000&per_page=100",
)


def fill(path: Path, count: int) -> None:
    with Store(path) as store:
        have = store.db.execute("SELECT count(*) FROM review_queue").fetchone()[0]
        if have >= count:
            print(f"store {path} already holds {have} records")
            return
        started = time.perf_counter()
        for extraction in synthetic_extractions(count):
            store.save(extraction)
        ids = [r[0] for r in store.db.execute(
            "SELECT record_id FROM review_queue ORDER BY record_id LIMIT ?", (count // 20,))]
        for n, record_id in enumerate(ids):
            if n % 3 == 0:
                decisions.reject(store, record_id, "bench", "wrong value")
            else:
                decisions.accept(store, record_id, "bench")
        print(f"filled {count} records ({len(ids)} reviewed) in "
              f"{time.perf_counter() - started:.0f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--db", type=Path, default=Path("/tmp/warta-review-bench.db"))
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    fill(args.db, args.records)
    client = create_app(args.db, analyst="bench").test_client()
    worst = 0.0
    print(f"{'query':<72} {'median ms':>9} {'p95 ms':>7}")
    for query in QUERIES:
        assert client.get(query).status_code == 200
        times = []
        for _ in range(args.repeat):
            started = time.perf_counter()
            response = client.get(query)
            times.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200
        times.sort()
        p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
        worst = max(worst, p95)
        print(f"{query:<72} {statistics.median(times):9.1f} {p95:7.1f}")
    record = client.get("/").get_data(as_text=True).split('data-href="', 1)[1].split('"', 1)[0]
    times = []
    for _ in range(args.repeat):
        started = time.perf_counter()
        client.get(record.replace("&amp;", "&"))
        times.append((time.perf_counter() - started) * 1000)
    print(f"{'record page':<72} {statistics.median(times):9.1f} {max(times):7.1f}")
    print(f"worst p95 of the queue: {worst:.1f} ms (target < 200 ms)")


if __name__ == "__main__":
    main()

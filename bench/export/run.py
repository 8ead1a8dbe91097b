"""Time the exports, the reviewed views, `warta stats` and the charts page at 100,000
records (by hand; prints figures).

    python bench/export/run.py [--records 100000] [--db /tmp/warta-review-bench.db]

Uses the review benchmark's store (bench/review/run.py fills it once, a share of its
records reviewed), so the two benchmarks share their setup.
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "review"))

from run import fill  # noqa: E402  (bench/review/run.py)

from pipeline.export import export_records  # noqa: E402
from pipeline.review import create_app  # noqa: E402
from pipeline.rules import load_rules  # noqa: E402
from pipeline.stats import dataset_stats  # noqa: E402
from pipeline.store import Store  # noqa: E402


def timed(label: str, action) -> None:
    start = time.perf_counter()
    result = action()
    print(f"{label:<42} {time.perf_counter() - start:7.2f} s  {result}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--db", type=Path, default=Path("/tmp/warta-review-bench.db"))
    options = parser.parse_args()
    fill(options.db, options.records)
    rules = load_rules()
    with Store(options.db) as store, tempfile.TemporaryDirectory() as folder:
        timed("SELECT count(*) FROM reviewed_records", lambda: store.db.execute(
            "SELECT count(*) FROM reviewed_records").fetchone()[0])
        timed("export jsonl", lambda: export_records(store, "jsonl", io.StringIO(), rules=rules))
        timed("export csv", lambda: export_records(store, "csv", io.StringIO(), rules=rules))
        timed("export parquet", lambda: export_records(
            store, "parquet", str(Path(folder) / "x.parquet"), rules=rules))
        timed("stats", lambda: dataset_stats(store, rules=rules).records)
    client = create_app(options.db, analyst="bench").test_client()
    timed("GET /charts", lambda: client.get("/charts").status_code)


if __name__ == "__main__":
    main()

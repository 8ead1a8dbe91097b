"""`datasette warta.db -m config/datasette.json` serves the store read-only, with the
reviewed views titled, described and faceted (a real Datasette on 127.0.0.1)."""

import json
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from pipeline.review import decisions
from pipeline.review.sample import sample_extractions
from pipeline.store import Store

METADATA = Path(__file__).resolve().parents[1] / "config" / "datasette.json"
FACETS = ["kind", "year", "region", "status"]


def test_metadata_describes_the_views_the_store_has(tmp_path):
    metadata = json.loads(METADATA.read_text(encoding="utf-8"))
    tables = metadata["databases"]["warta"]["tables"]
    with Store(tmp_path / "warta.db") as store:
        names = {row[0] for row in store.db.execute("SELECT name FROM sqlite_master")}
        for view in ("reviewed_awards", "reviewed_scores"):
            columns = {row[1] for row in store.db.execute(f"PRAGMA table_info({view})")}
            assert set(tables[view]["facets"]) == set(FACETS) <= columns
            assert set(tables[view]["columns"]) <= columns
        assert set(tables) <= names


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _get(url: str, deadline: float):
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                return response.read().decode("utf-8")
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


@pytest.fixture
def served(tmp_path):
    db = tmp_path / "warta.db"
    with Store(db) as store:
        for extraction in sample_extractions():
            store.save(extraction)
        rejected = store.db.execute("SELECT record_id FROM review_queue WHERE type = 'award' "
                                    "AND entity = 'Pemerintah Kota Bandar Lestari'").fetchone()[0]
        decisions.reject(store, rejected, "Sari", "wrong year")
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "datasette", "serve", str(db), "-m", str(METADATA),
         "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        yield f"http://127.0.0.1:{port}", time.monotonic() + 30
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_datasette_serves_the_reviewed_views_with_facets(served):
    base, deadline = served
    data = json.loads(_get(f"{base}/warta/reviewed_awards.json?_shape=objects", deadline))
    assert [row["recipient"] for row in data["rows"]] == ["Pemerintah Kabupaten Sungai Lebar"]
    assert set(data["facet_results"]) == set(FACETS)
    statuses = {f["value"]: f["count"] for f in data["facet_results"]["status"]["results"]}
    assert statuses == {"new": 1}
    page = _get(f"{base}/warta/reviewed_records", deadline)
    assert "Awards and scores, reviewed" in page and "decisions applied" in page
    home = _get(f"{base}/warta", deadline)
    assert 'href="/warta/reviewed_awards"' in home and 'href="/warta/review_queue"' not in home

"""The backfill on a real Dask LocalCluster: two worker processes on 127.0.0.1.

The reference is the single-process path (``warta process`` of the same WARC files):
whatever the extractor finds today, a distributed run must store the same rows and ids.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import socket
import sqlite3
import threading
import time

import pytest
from distributed import Client, LocalCluster
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.crawl.replay import process_archives
from pipeline.scale.run import BackfillOptions, backfill
from pipeline.store import Store
from tests.scale_support import ENGLISH_PAGE, corpus_pages, write_warc


@pytest.fixture(scope="module")
def client():
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address="127.0.0.1:0", silence_logs=logging.ERROR) as cluster, \
            Client(cluster) as connected:
        yield connected


@pytest.fixture(scope="module")
def archives(tmp_path_factory, rules):
    """WARC files (gzipped and not) and the store one process makes of them.

    A page comes again, changed, in the second file, and the third is the first again:
    whichever copy comes last must win, and a file given twice is two files' work."""
    folder = tmp_path_factory.mktemp("archives")
    pages = corpus_pages()
    changed = (pages[2][0], pages[2][1].replace("</p>", " Berita ini diperbarui.</p>", 1))
    first = write_warc(folder / "a.warc.gz", pages[0::2])
    files = [first, write_warc(folder / "b.warc", [*pages[1::2], changed], gz=False), first]
    with Store(folder / "single.db") as store:
        replay = process_archives(store, files, rules=rules)
        assert not replay.failed and store.counts()["awards"] > 0
        return files, store.dump()


def dump(db) -> dict:
    with Store(db) as store:
        return store.dump()


def test_distributed_run_stores_what_one_process_stores(client, archives, tmp_path):
    files, expected = archives
    report = backfill(files, tmp_path / "w.db", cluster=client,
                      options=BackfillOptions(part_bytes=8_000, languages=None))
    assert report.total("parts") > len(files) * 2  # files were cut into record ranges
    assert report.failed_total == 0 and report.status == "ok"
    assert dump(tmp_path / "w.db") == expected
    assert not (tmp_path / "w-parts").exists()  # partitions are removed once stored


def test_a_rerun_through_the_cli_changes_nothing(client, archives, tmp_path):
    files, expected = archives
    db = tmp_path / "w.db"
    backfill(files, db, cluster=client, options=BackfillOptions(languages=None))
    args = ["backfill", *map(str, files), "--db", str(db), "--language", "all",
            "--cluster", client.scheduler.address, "--part-mb", "1"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "0 failed, 0 new records" in result.stderr
    assert dump(db) == expected
    saved = json.loads((tmp_path / "w.backfill.json").read_text())
    assert saved["totals"]["records_added"] == 0 and saved["status"] == "ok"
    assert set(saved["files"]) == {str(path) for path in files}


def test_a_damaged_record_and_a_foreign_page_are_reported_and_skipped(client, tmp_path, rules):
    pages = corpus_pages()[:4]
    foreign = ("https://harbour.example/news/prize", ENGLISH_PAGE)
    path = write_warc(tmp_path / "mixed.warc.gz", [pages[0], foreign, *pages[1:]], junk_after=1)
    report = backfill([path, tmp_path / "missing.warc.gz"], tmp_path / "w.db", cluster=client)
    assert report.status == "some_failed"
    assert report.skipped_language == {"en": 1}
    assert report.failed_by_stage == {"read": 2}
    [damaged] = [failure for failure in report.failures if failure.file == str(path)]
    [missing] = [failure for failure in report.failures if failure.file != str(path)]
    assert damaged.source.startswith("mixed.warc.gz@") and "skipped" in damaged.message
    assert missing.file.endswith("missing.warc.gz") and missing.error == "FileNotFoundError"
    with sqlite3.connect(tmp_path / "w.db") as db:
        urls = {row[0] for row in db.execute("SELECT url FROM articles")}
        [(status, saved)] = db.execute("SELECT status, report FROM crawl_runs").fetchall()
    assert urls == {url for url, _ in pages}  # the pages after the damage are stored too
    assert status == "some_failed" and json.loads(saved)["failures"][0]["stage"] == "read"


def test_a_part_that_fails_on_its_worker_is_reported_and_the_run_goes_on(client, tmp_path):
    pages = corpus_pages()[:2]
    path = write_warc(tmp_path / "a.warc.gz", pages)
    (tmp_path / "not-a-folder").write_text("a file where the partitions should go")
    report = backfill([path], tmp_path / "w.db", cluster=client,
                      options=BackfillOptions(parts_dir=tmp_path / "not-a-folder"))
    [failure] = report.failures
    assert failure.stage == "worker" and failure.error in ("NotADirectoryError", "FileExistsError")
    assert report.status == "some_failed" and report.total("stored") == 0


def test_a_worker_killed_mid_part_is_replaced_and_nothing_is_stored_twice(client, archives,
                                                                          tmp_path):
    files, expected = archives
    client.restart()  # fresh workers: each spends seconds on its first part (building spaCy)
    killed = {}
    killer = threading.Thread(target=kill_a_worker_running_a_part, args=(client, killed))
    killer.start()
    try:
        report = backfill(files, tmp_path / "w.db", cluster=client,
                          options=BackfillOptions(languages=None))
    finally:
        killer.join()
    assert killed, "no part was seen running"
    [retried] = [part for part in report.parts_log if part["task"] == killed["task"]]
    assert not retried["worker"].endswith(f":{killed['pid']}")  # done again by another process
    assert report.failed_total == 0 and report.total("parts") == len(files)
    assert dump(tmp_path / "w.db") == expected


def kill_a_worker_running_a_part(client, killed: dict, timeout: float = 60) -> None:
    """SIGKILL the worker process (ours: the test's LocalCluster) that runs a part first."""
    pids = client.run(os.getpid)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for address, keys in client.processing().items():
            running = [key for key in keys if str(key).startswith("warta-part-")]
            if running and address in pids:
                os.kill(pids[address], signal.SIGKILL)
                killed.update(task=str(running[0]), pid=pids[address])
                return
        time.sleep(0.01)


def test_an_unreachable_scheduler_is_one_clear_error(tmp_path):
    from pipeline.errors import ClusterError
    with socket.socket() as probe:  # a port nothing listens on any more
        probe.bind(("127.0.0.1", 0))
        address = f"tcp://127.0.0.1:{probe.getsockname()[1]}"
    with pytest.raises(ClusterError, match="cannot reach the Dask scheduler"):
        backfill([tmp_path / "a.warc.gz"], tmp_path / "w.db", cluster=address,
                 options=BackfillOptions(connect_seconds=1))


def test_a_malformed_rule_stops_the_backfill_before_any_cluster_starts(tmp_path):
    import shutil
    from pipeline.rules import DEFAULT_RULES_DIR
    rules = shutil.copytree(DEFAULT_RULES_DIR, tmp_path / "rules")
    (rules / "givers.json").write_text("{ not json", encoding="utf-8")
    result = CliRunner().invoke(app, ["backfill", str(tmp_path / "a.warc.gz"), "--db",
                                      str(tmp_path / "w.db"), "--rules", str(rules)])
    assert result.exit_code == 2 and "givers.json" in result.stderr
    assert not (tmp_path / "w.db").exists()

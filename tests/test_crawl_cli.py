"""The crawler's commands end to end: real processes, real pipeline, real faults."""

import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.crawl.lock import RunLock
from pipeline.store import Store
from tests.crawl_support.news import corpus_pages, serve_news, write_config
from tests.crawl_support.server import FakeSite

WARTA = [sys.executable, "-c", "from pipeline.cli import main; main()"]


def warta(*args, **kwargs):
    return subprocess.run([*WARTA, *map(str, args)], capture_output=True, text=True, timeout=300,
                          **kwargs)


def articles(db) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as connection:
            return connection.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


@pytest.fixture
def news():
    pages = corpus_pages()
    if len(pages) < 4:
        pytest.skip("corpus/pages has too few pages")
    with FakeSite() as site:
        serve_news(site, pages, delay=0.1)
        yield site, len(pages)


def test_killed_run_resumes_to_the_same_store(tmp_path, news):
    site, count = news
    config = write_config(tmp_path, site, delay=0.05)
    clean_db, killed_db = tmp_path / "clean.db", tmp_path / "killed.db"
    assert warta("run", "--config", config, "--db", clean_db).returncode == 0

    process = subprocess.Popen([*WARTA, "run", "--config", str(config), "--db", str(killed_db)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while articles(killed_db) < count // 3 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
    assert process.poll() is None, "the run finished before it could be killed"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert 0 < articles(killed_db) < count

    again = warta("run", "--config", config, "--db", killed_db)
    assert again.returncode == 0, again.stderr
    with Store(clean_db) as clean, Store(killed_db) as resumed:
        assert resumed.counts()["articles"] == count
        assert resumed.dump() == clean.dump()
        runs = [r[0] for r in resumed.db.execute("SELECT status FROM crawl_runs ORDER BY started_at")]
    assert runs == ["aborted", "ok"]


def test_lock_held_exits_3_with_a_message(tmp_path, news):
    site, _ = news
    config = write_config(tmp_path, site)
    with RunLock(tmp_path / "warta.db"):
        result = warta("run", "--config", config, "--db", tmp_path / "warta.db")
    assert result.returncode == 3
    assert "another warta run is using this store" in result.stderr


def test_some_pages_failed_exits_1_and_process_warc_replays(tmp_path, news):
    site, count = news
    site.route("/berita/0", "", status=500)
    config = write_config(tmp_path, site)
    result = warta("run", "--config", config, "--db", tmp_path / "warta.db")
    assert result.returncode == 1
    assert "1 failed (http_500 1)" in result.stderr.replace("\n", " ")

    archives = sorted((tmp_path / "warta-warc").glob("*.warc.gz"))
    replay = warta("process-warc", *archives, "--db", tmp_path / "replay.db")
    assert replay.returncode == 0, replay.stderr
    with Store(tmp_path / "warta.db") as crawled, Store(tmp_path / "replay.db") as replayed:
        assert replayed.counts()["articles"] == count - 1
        tables = ("entities", "awards", "scores")
        assert replayed.dump(tables) == crawled.dump(tables)

    # `warta process` takes the archives too (the spelling), with the same result
    again = warta("process", *archives, "--db", tmp_path / "again.db")
    assert again.returncode == 0, again.stderr
    with Store(tmp_path / "replay.db") as replayed, Store(tmp_path / "again.db") as processed:
        assert processed.dump(tables) == replayed.dump(tables)


@pytest.mark.parametrize("args,message", [
    (["run", "--config", "missing.toml"], "no such configuration file"),
    (["run", "--config", "{config}", "--since", "kemarin"], "--since must be a date"),
])
def test_usage_errors_exit_2(tmp_path, args, message):
    config = tmp_path / "ok.toml"
    config.write_text('[[sites]]\nname = "a"\nurl = "http://127.0.0.1:9/"\n'
                      'start = [{ feed = "http://127.0.0.1:9/feed" }]\n')
    args = [a.replace("{config}", str(config)) for a in args]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2 and message in result.output


def test_demo_end_to_end(tmp_path):
    db = tmp_path / "demo.db"
    result = CliRunner().invoke(app, ["demo", "--port", "0", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "Awards found" in result.output
    with Store(db) as store:
        counts = store.counts()
    assert counts["articles"] >= 10 and counts["awards"] >= 5
    assert (tmp_path / "demo.run.json").exists()

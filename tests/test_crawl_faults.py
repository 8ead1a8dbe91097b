"""A run survives what a page, a host or the disk can do, and says truthfully what happened.

Real servers on 127.0.0.1 (tests/crawl_support/server.py), real stores, real full and
read-only disks (tmpfs in a private mount namespace, tests/crawl_support/disk.py).
"""

from __future__ import annotations

import gzip
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import time

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.crawl.config import load_config
from pipeline.crawl.lock import RunLock
from pipeline.crawl.run import RunOptions, run_crawl
from pipeline.errors import StoreLocked
from pipeline.failures import FailureLog, FailurePolicy
from pipeline.store import Store
from tests.crawl_support.disk import Disk, namespaces_available, run_on_small_disks
from tests.crawl_support.news import (FakeProcessor, article_html, corpus_pages, serve_news,
                                      write_config)
from tests.crawl_support.server import FakeSite, reset_connection

WARTA = [sys.executable, "-c", "from pipeline.cli import main; main()"]


@pytest.fixture
def site():
    with FakeSite() as server:
        yield server


class BoomProcessor(FakeProcessor):
    """Stores pages as they are, and raises RecursionError on a page containing BOOM."""

    def __call__(self, store, html, url, source):
        if "BOOM" in html:
            self.calls.append(url)
            raise RecursionError("maximum recursion depth exceeded")
        return super().__call__(store, html, url, source)


def crawl(tmp_path, site, processor=None, policy=None, options=RunOptions(), rules=None,
          **config_kwargs):
    """A run over ``site``; the page stored as it is, unless ``rules`` ask for the real pipeline."""
    if processor is None and rules is None:
        processor = FakeProcessor()
    config = load_config(write_config(tmp_path, site, **config_kwargs))
    return run_crawl(config, tmp_path / "warta.db", options, processor=processor, rules=rules,
                     policy=policy)


def stored_texts(tmp_path) -> dict[str, str]:
    with Store(tmp_path / "warta.db") as store:
        return dict(store.db.execute("SELECT url, text FROM articles").fetchall())


# -- one bad page ------------------------------------------------------------------------

def test_a_page_that_breaks_the_pipeline_is_a_failure_and_the_run_goes_on(tmp_path, site):
    urls = serve_news(site, [article_html(0), "<p>BOOM</p>", article_html(2)])
    report = crawl(tmp_path, site, BoomProcessor())
    assert report.status == "some_failed" and report.processed == 2
    assert dict(report.failed) == {"process_failed": 1}
    [failure] = report.failures
    assert (failure["url"], failure["stage"]) == (urls[1], "process")
    assert failure["detail"].startswith("RecursionError: maximum recursion depth exceeded")
    assert set(stored_texts(tmp_path)) == {urls[0], urls[2]}
    saved = json.loads((tmp_path / "warta.run.json").read_text())
    assert saved["status"] == "some_failed" and saved["failures"][0]["stage"] == "process"


def test_the_real_pipeline_on_a_page_nested_3000_deep(tmp_path, site, rules):
    from tests.test_failures import deep_page
    pages = corpus_pages()[:2]
    urls = serve_news(site, [pages[0], deep_page(), pages[1]])
    report = crawl(tmp_path, site, rules=rules)
    assert report.status in ("ok", "some_failed") and report.processed >= 2
    assert {urls[0], urls[2]} <= set(stored_texts(tmp_path))
    if report.failed_total:  # the cleaner still recurses: named, with its stage
        [failure] = report.failures
        assert failure["reason"] == "clean_failed" and failure["detail"].startswith("RecursionError")


def test_a_page_failing_the_same_way_is_quarantined_until_it_changes(tmp_path, site):
    urls = serve_news(site, [article_html(0), "<p>BOOM</p>"])
    policy = FailurePolicy(quarantine_after=2)
    first = crawl(tmp_path, site, BoomProcessor(), policy, revisit=0)
    second = crawl(tmp_path, site, BoomProcessor(), policy, revisit=0)
    processor = BoomProcessor()
    third = crawl(tmp_path, site, processor, policy, revisit=0)
    assert first.failed_total == second.failed_total == 1
    assert "(quarantined)" in second.failures[0]["detail"]
    assert third.failed_total == 0 and third.status == "ok" and processor.calls == []
    assert [q["url"] for q in third.quarantined] == [urls[1]]
    assert third.quarantined[0]["count"] == 2 and "quarantined" in third.summary()
    site.route("/berita/1", "<p>BOOM, diperbaiki</p>")  # new content: tried again
    fourth = crawl(tmp_path, site, BoomProcessor(), policy, revisit=0)
    assert fourth.failed_total == 1 and not fourth.quarantined
    site.route("/berita/1", article_html(1))
    fifth = crawl(tmp_path, site, BoomProcessor(), policy, revisit=0)
    assert fifth.processed == 1 and fifth.failed_total == 0
    with Store(tmp_path / "warta.db") as store:
        assert FailureLog(store).all() == []


def test_a_quarantined_page_waits_for_its_revisit_before_it_is_fetched_again(tmp_path, site):
    serve_news(site, ["<p>BOOM</p>"])
    policy = FailurePolicy(quarantine_after=1)
    crawl(tmp_path, site, BoomProcessor(), policy)
    before = len(site.requests("/berita/0"))
    report = crawl(tmp_path, site, BoomProcessor(), policy)  # revisit after 7 days: not fetched
    assert len(site.requests("/berita/0")) == before
    assert len(report.quarantined) == 1 and report.fetched == 0


def test_failures_are_kept_with_a_count_and_forgotten_once_the_page_is_reached(tmp_path, site):
    urls = serve_news(site, [article_html(0)])
    crawl(tmp_path, site, revisit=0)
    site.routes["/berita/0"].sequence = [(500, {}, b"")] * 4  # this night and the next
    crawl(tmp_path, site, revisit=0)
    crawl(tmp_path, site, revisit=0)
    with Store(tmp_path / "warta.db") as store:
        [row] = FailureLog(store).all()
    assert (row.key, row.stage, row.error, row.count, row.quarantined) == (urls[0], "fetch", "http_500", 2, False)
    report = crawl(tmp_path, site, revisit=0)  # reached again
    assert report.failed_total == 0 and report.processed == 1
    with Store(tmp_path / "warta.db") as store:
        assert FailureLog(store).all() == []


# -- truncated and mis-decoded content ---------------------------------------------------------

def test_a_truncated_gzip_response_is_never_stored_and_is_fetched_again(tmp_path, site):
    urls = serve_news(site, [article_html(0), article_html(1)])
    whole = article_html(1) + "<!-- " + "lengkap " * 2000 + "-->"
    packed = gzip.compress(whole.encode())
    site.route("/berita/1", packed[:len(packed) * 55 // 100], headers={"Content-Encoding": "gzip"})
    report = crawl(tmp_path, site)
    assert dict(report.failed) == {"truncated": 1} and report.processed == 1
    assert urls[1] not in stored_texts(tmp_path)
    site.route("/berita/1", packed, headers={"Content-Encoding": "gzip"})
    again = crawl(tmp_path, site)  # a failed page is due at once, not after revisit_after_days
    assert again.processed == 1 and stored_texts(tmp_path)[urls[1]] == whole


def test_an_article_stored_before_bodies_were_checked_is_fetched_whole_and_replaced(tmp_path, site):
    urls = serve_news(site, [article_html(0), article_html(1)])
    crawl(tmp_path, site)
    cut = article_html(1)[:40]  # what an unchecked, truncated response left in the store
    with Store(tmp_path / "warta.db") as store:
        store.db.execute("UPDATE articles SET text = ? WHERE url = ?", (cut, urls[1]))
        store.db.execute("UPDATE crawl_pages SET body_checked = NULL, content_hash = 'cut' "
                         "WHERE url = ?", (urls[1],))
    before = len(site.requests("/berita/1"))
    report = crawl(tmp_path, site)  # revisit after 7 days: only the unchecked page is due
    hits = site.requests("/berita/1")[before:]
    assert len(hits) == 1 and "If-None-Match" not in hits[0].headers
    assert report.processed == 1 and report.skipped_known == 1
    assert stored_texts(tmp_path)[urls[1]] == article_html(1)
    with Store(tmp_path / "warta.db") as store:
        assert store.db.execute("SELECT count(*) FROM crawl_pages WHERE body_checked = 1").fetchone()[0] == 2


def test_undecodable_bytes_are_replaced_flagged_and_counted(tmp_path, site):
    text = article_html(0).replace("Contoh", "Rahmân “luar biasa”")
    body = text.encode("utf-8").replace(b"meraih", b"me\xffra\xfeih\xc3 \x80")
    urls = serve_news(site, [body, article_html(1)])
    report = crawl(tmp_path, site)
    assert report.replaced_bytes == 1 and "1 stored with undecodable bytes replaced" in report.summary()
    stored = stored_texts(tmp_path)[urls[0]]
    assert "Rahmân “luar biasa”" in stored and stored.count("\ufffd") == 4
    with Store(tmp_path / "warta.db") as store:
        article_id = store.db.execute("SELECT id FROM articles WHERE url = ?", (urls[0],)).fetchone()[0]
        assert store.article_flags(article_id) == {
            "replaced_bytes": "4 undecodable byte sequence(s) replaced with U+FFFD"}
    assert json.loads((tmp_path / "warta.run.json").read_text())["pages"]["replaced_bytes"] == 1


# -- robots.txt ----------------------------------------------------------------------------------

def test_an_unreachable_robots_txt_is_named_as_such(tmp_path, site):
    serve_news(site, [article_html(0)])
    site.route("/robots.txt", "", status=503)
    report = crawl(tmp_path, site)
    assert set(report.failed) == {"robots_unreachable"}
    assert "http_503" in report.failures[0]["detail"] and "RFC 9309" in report.failures[0]["detail"]
    assert report.robots == {site.url: {"status": "unreachable", "detail": "http_503"}}
    assert site.requests("/berita/0") == [] and site.requests("/sitemap.xml") == []


def test_an_unreachable_host_is_not_called_disallowed(tmp_path):
    with FakeSite() as gone:
        config_path = write_config(tmp_path, gone)
    report = run_crawl(load_config(config_path), tmp_path / "warta.db", processor=FakeProcessor())
    assert set(report.failed) == {"robots_unreachable"}
    assert "connection" in report.failures[0]["detail"]
    assert "disallowed" not in json.dumps(report.to_dict())


# -- politeness ------------------------------------------------------------------------------------

def test_the_per_host_delay_spaces_every_request_robots_txt_included(tmp_path, site):
    serve_news(site, [article_html(i) for i in range(3)])
    site.route("/robots.txt", "User-agent: *\nAllow: /\n", headers={"Content-Type": "text/plain"})
    crawl(tmp_path, site, FakeProcessor(), delay=0.3)
    times = [hit.at for hit in site.log]
    assert site.log[0].path == "/robots.txt" and len(times) == 5
    assert min(b - a for a, b in zip(times, times[1:])) >= 0.3


def test_crawl_delay_holds_from_the_request_after_robots_txt(tmp_path, site):
    serve_news(site, [article_html(0)])
    site.route("/robots.txt", "User-agent: *\nCrawl-delay: 0.6\n", headers={"Content-Type": "text/plain"})
    crawl(tmp_path, site, FakeProcessor(), delay=0.01)
    times = [hit.at for hit in site.log]
    assert [hit.path for hit in site.log] == ["/robots.txt", "/sitemap.xml", "/berita/0"]
    assert min(b - a for a, b in zip(times, times[1:])) >= 0.6


def test_a_long_retry_after_defers_the_host_to_the_next_run(tmp_path, site):
    urls = serve_news(site, [article_html(i) for i in range(4)])
    site.routes["/berita/0"].sequence = [(429, {"Retry-After": "3600"}, b"")]
    report = crawl(tmp_path, site, FakeProcessor())
    asked = [hit.path for hit in site.log if hit.path.startswith("/berita")]
    assert len(asked) == 1  # after the 429 the host is not asked again in this run
    assert report.deferred == 4 and report.failed_total == 0 and report.status == "ok"
    host = site.url.split("//")[1]
    assert "asked to wait 3600 s" in report.deferred_hosts[host]
    assert "4 deferred to the next run" in report.summary()
    again = crawl(tmp_path, site, FakeProcessor())
    assert again.processed == 4 and set(stored_texts(tmp_path)) == set(urls)


def test_a_short_retry_after_pauses_the_whole_host(tmp_path, site):
    serve_news(site, [article_html(i) for i in range(2)])
    site.routes["/berita/0"].sequence = [(503, {"Retry-After": "1"}, b"")] * 2  # both attempts
    report = crawl(tmp_path, site, FakeProcessor())  # retries.attempts = 2
    hits = [hit for hit in site.log if hit.path.startswith("/berita")]
    assert [h.path for h in hits] == ["/berita/0", "/berita/0", "/berita/1"]
    assert hits[1].at - hits[0].at >= 1.0 and hits[2].at - hits[1].at >= 1.0
    assert dict(report.failed) == {"http_503": 1}


# -- the lock ---------------------------------------------------------------------------------------

def test_the_lock_holds_through_a_symlink(tmp_path, site):
    serve_news(site, [article_html(0)])
    real = tmp_path / "data"
    real.mkdir()
    (tmp_path / "elsewhere").mkdir()
    link = tmp_path / "elsewhere" / "link.db"
    link.symlink_to(real / "warta.db")
    config = load_config(write_config(tmp_path, site))
    with RunLock(real / "warta.db"):
        with pytest.raises(StoreLocked, match="another warta run"):
            run_crawl(config, link, processor=FakeProcessor())
    result = subprocess.run([*WARTA, "run", "--config", str(tmp_path / "sites.toml"), "--db", str(link)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    with RunLock(link):
        result = subprocess.run([*WARTA, "run", "--config", str(tmp_path / "sites.toml"),
                                 "--db", str(real / "warta.db")], capture_output=True, text=True,
                                timeout=60)
    assert result.returncode == 3 and "another warta run is using this store" in result.stderr


# -- a night of network faults ------------------------------------------------------------------------

def _garbage_status(handler):
    handler.wfile.write(b"HTTP/1.1 abc nonsense\r\n\r\n")
    handler.close_connection = True


def _close_without_answer(handler):
    handler.close_connection = True


def _reset_mid_body(handler):
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("Content-Length", "100000")
    handler.end_headers()
    handler.wfile.write(b"<html>" + b"a" * 3000)
    reset_connection(handler)


def _short_body(handler):
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("Content-Length", "9000")
    handler.end_headers()
    handler.wfile.write(b"<html><p>potong</p>")
    handler.close_connection = True


def _bad_gzip(handler):
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("Content-Encoding", "gzip")
    handler.send_header("Content-Length", "40")
    handler.end_headers()
    handler.wfile.write(b"\x1f\x8b\x08\x00" + b"this is not deflate data at all!!!!!!")


def test_a_night_of_network_faults_ends_with_every_good_page_stored(tmp_path, site):
    faults = {"garbage status line": _garbage_status, "closed without answer": _close_without_answer,
              "reset mid-body": _reset_mid_body, "short body": _short_body, "bad gzip": _bad_gzip}
    pages = corpus_pages()
    bodies = [pages[i % len(pages)] for i in range(12)]
    urls = serve_news(site, bodies)
    bad = {}
    for n, (name, handler) in enumerate(faults.items()):
        path = f"/berita/{2 * n + 1}"
        site.raw(path, handler)
        bad[f"{site.url}{path}"] = name
    site.route("/berita/11", bodies[11], delay=3)  # slower than the read timeout
    bad[urls[11]] = "slow"
    site.routes["/berita/0"].sequence = [(503, {}, b"")]  # fails once, then answers
    config = write_config(tmp_path, site, delay=0.0)
    config.write_text(config.read_text().replace("read = 5", "read = 1"))
    started = time.monotonic()
    result = CliRunner().invoke(app, ["run", "--config", str(config), "--db", str(tmp_path / "warta.db")])
    assert time.monotonic() - started < 60
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit), result.output
    report = json.loads((tmp_path / "warta.run.json").read_text())
    assert report["status"] == "some_failed"
    assert {f["url"] for f in report["failures"]} == set(bad)
    reasons = {bad[f["url"]]: f["reason"] for f in report["failures"]}
    assert reasons == {"garbage status line": "connection", "closed without answer": "connection",
                       "reset mid-body": "connection", "short body": "truncated",
                       "bad gzip": "corrupt", "slow": "timeout"}
    good = set(urls) - set(bad)
    assert report["pages"]["processed"] == len(good) == 6
    with Store(tmp_path / "warta.db") as store:
        assert {r[0] for r in store.db.execute("SELECT url FROM articles")} == good


# -- disks that are full or read-only -------------------------------------------------------------------

def _incompressible(i: int, size: int) -> str:
    rng = random.Random(i)
    words = " ".join("".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(3, 9)))
                     for _ in range(size // 6))
    return (f"<html><head><title>Berita {i}</title></head><body><article><h1>Berita {i}</h1>"
            f"<p>Pemerintah Kota Contoh {i} meraih penghargaan.</p><p>{words}</p></article></body></html>")


@pytest.fixture(scope="module")
def before_full(tmp_path_factory):
    """A store with two articles from an earlier run, and a site with twelve big (80 kB)
    new pages: built once, each test works on its own copy."""
    why = namespaces_available()
    if why:
        pytest.skip(f"full and read-only disks need tmpfs mounts: {why}")
    folder = tmp_path_factory.mktemp("before-full")
    with FakeSite() as site:
        known = corpus_pages()[:2]
        serve_news(site, known)
        config = write_config(folder, site, delay=0.0)
        first = subprocess.run([*WARTA, "run", "--config", str(config), "--db", str(folder / "warta.db")],
                               capture_output=True, text=True, timeout=120)
        assert first.returncode == 0, first.stderr
        serve_news(site, known + [_incompressible(i, 80_000) for i in range(2, 14)])
        yield folder


@pytest.fixture
def stored_before(tmp_path, before_full):
    """This test's copy of the store, and its crawl configuration."""
    for name in os.listdir(before_full):
        if name.startswith("warta.db") or name == "sites.toml":
            shutil.copy2(before_full / name, tmp_path / name)
    return tmp_path / "sites.toml"


def _with_archive_dir(config, folder) -> str:
    text = config.read_text().replace("[crawler]", f'[crawler]\narchive_dir = "{folder}"')
    config.write_text(text)
    return str(config)


def _store_files(tmp_path):
    return tuple((tmp_path / name, name) for name in os.listdir(tmp_path)
                 if name.startswith("warta.db"))


def _check_one_line_exit_3(result, *needles):
    assert result.returncode == 3, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    errors = [line for line in lines if line.startswith("warta: error:")]
    assert len(errors) == 1 and "Traceback" not in result.stderr, result.stderr
    assert any(needle in errors[0] for needle in needles), errors[0]


def _check_intact(folder, at_least: int):
    with sqlite3.connect(folder / "warta.db") as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert db.execute("SELECT count(*) FROM articles").fetchone()[0] >= at_least
    with Store(folder / "warta.db") as store:  # and Warta opens it
        assert store.counts()["articles"] >= at_least


@pytest.mark.parametrize("case", ["store and archive", "archive only", "store only"])
def test_a_full_disk_stops_the_run_with_one_line_and_exit_3(tmp_path, stored_before, case):
    store_disk = Disk(tmp_path / "store-disk", tmp_path / "store-out", size="4m",
                      copy=_store_files(tmp_path), free=150_000)
    archive_disk = Disk(tmp_path / "archive-disk", tmp_path / "archive-out", size="1m", free=60_000)
    config = str(stored_before)
    if case == "store and archive":  # the archive beside the store; room for less than a page
        store_disk.free = 40_000
        disks, db = [store_disk], store_disk.mount / "warta.db"
    elif case == "archive only":
        store_disk.free = None
        store_disk.size = "64m"
        disks, db = [store_disk, archive_disk], store_disk.mount / "warta.db"
        config = _with_archive_dir(stored_before, archive_disk.mount)
    else:
        disks, db = [store_disk], store_disk.mount / "warta.db"
        config = _with_archive_dir(stored_before, tmp_path / "warc")
    result = run_on_small_disks(disks, ["run", "--config", config, "--db", db])
    _check_one_line_exit_3(result, "No space left on device", "database or disk is full",
                           "the disk is full")
    _check_intact(store_disk.out, at_least=2)


def test_a_read_only_store_stops_the_run_with_one_line_and_exit_3(tmp_path, stored_before):
    disk = Disk(tmp_path / "ro", tmp_path / "ro-out", copy=_store_files(tmp_path), read_only=True)
    result = run_on_small_disks([disk], ["run", "--config", stored_before, "--db", disk.mount / "warta.db"])
    _check_one_line_exit_3(result, "Read-only file system", "readonly")
    _check_intact(disk.out, at_least=2)


def test_process_on_a_full_disk_exits_3_with_one_line(tmp_path, stored_before):
    from tests.test_failures import write_good
    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(8):
        (docs / f"b{i}.html").write_text(_incompressible(100 + i, 40_000), encoding="utf-8")
    write_good(docs, ["Alfa"])
    disk = Disk(tmp_path / "store-disk", tmp_path / "store-out", size="4m",
                copy=_store_files(tmp_path), free=60_000)
    result = run_on_small_disks([disk], ["process", docs, "--db", disk.mount / "warta.db"])
    _check_one_line_exit_3(result, "database or disk is full")
    _check_intact(disk.out, at_least=2)

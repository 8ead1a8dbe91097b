"""Replaying WARC archives behind the same failure boundary as a crawl."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

import pipeline.crawl.run
from pipeline.crawl.archive import WarcArchive
from pipeline.crawl.fetch import FetchResult
from pipeline.cli import app
from pipeline.crawl.replay import process_archives
from pipeline.failures import FailureLog, FailurePolicy
from pipeline.store import Store
from tests.crawl_support.news import corpus_pages
from tests.test_failures import deep_page

HTML = (("Content-Type", "text/html; charset=utf-8"),)


def archive(path, pages: dict[str, bytes]):
    with WarcArchive(path, run_id="test") as warc:
        for url, body in pages.items():
            warc.record_response(FetchResult(url, url, 200, HTML, body), "article", canonical=url)
    return path


@pytest.fixture
def boom(monkeypatch):
    """Processing raises RecursionError on a page containing BOOM (a fault that stays put)."""
    real = pipeline.crawl.run.store_article

    def store_article(store, html, url, source, *, rules=None):
        if "BOOM" in html:
            raise RecursionError("maximum recursion depth exceeded")
        return real(store, html, url, source, rules=rules)
    monkeypatch.setattr(pipeline.crawl.run, "store_article", store_article)


def test_a_page_that_fails_is_recorded_and_the_replay_goes_on(tmp_path, rules, boom):
    good = corpus_pages()[:2]
    warc = archive(tmp_path / "a.warc.gz", {"https://contoh.id/1": good[0],
                                            "https://contoh.id/2": b"<p>BOOM</p>",
                                            "https://contoh.id/3": good[1]})
    policy = FailurePolicy(quarantine_after=1)
    with Store(tmp_path / "w.db") as store:
        first = process_archives(store, [warc], rules=rules, policy=policy)
        second = process_archives(store, [warc], rules=rules, policy=policy)
        [row] = FailureLog(store).all()
    assert first.processed == 2 and first.failed_total == 1
    [failure] = first.failures
    assert (failure.key, failure.stage, failure.error) == ("https://contoh.id/2", "process", "RecursionError")
    assert failure.quarantined and failure.source.startswith("a.warc.gz#")
    assert second.failed_total == 0 and [f.key for f in second.quarantined] == ["https://contoh.id/2"]
    assert row.count == 1


def test_undecodable_archived_bytes_are_flagged(tmp_path, rules):
    page = corpus_pages()[0].replace(b"</body>", "<p>Rahmân “luar biasa”</p>".encode() + b"\xff\xfe</body>")
    warc = archive(tmp_path / "a.warc.gz", {"https://contoh.id/1": page})
    with Store(tmp_path / "w.db") as store:
        report = process_archives(store, [warc], rules=rules)
        [article_id] = [r[0] for r in store.db.execute("SELECT id FROM articles")]
        flags = store.article_flags(article_id)
    assert report.replaced_bytes == 1
    assert flags == {"replaced_bytes": "2 undecodable byte sequence(s) replaced with U+FFFD"}


def test_a_damaged_archive_keeps_the_pages_read_before_it(tmp_path, rules):
    good = corpus_pages()[:3]
    warc = archive(tmp_path / "a.warc.gz", {f"https://contoh.id/{i}": body for i, body in enumerate(good)})
    data = bytearray(warc.read_bytes())
    middle = len(data) * 2 // 3
    data[middle:middle + 64] = b"\x00" * 64  # a damaged gzip member in the middle
    warc.write_bytes(bytes(data))
    result = CliRunner().invoke(app, ["process", str(warc), "--db", str(tmp_path / "w.db")])
    assert isinstance(result.exception, (SystemExit, type(None))), result.exception
    with Store(tmp_path / "w.db") as store:
        stored = store.counts()["articles"]
    assert 1 <= stored <= 3
    if stored < 3:  # what followed the damage could not be read: named on one clean line, exit 1
        [line] = [l for l in result.output.splitlines() if l.startswith("warta: error:")]
        assert result.exit_code == 1 and "a.warc.gz: not a WARC file, or damaged" in line
        assert line.isprintable()


def test_the_real_pipeline_replays_past_a_page_nested_3000_deep(tmp_path):
    good = corpus_pages()[:2]
    warc = archive(tmp_path / "a.warc.gz", {"https://contoh.id/1": good[0],
                                            "https://contoh.id/2": deep_page().encode(),
                                            "https://contoh.id/3": good[1]})
    result = CliRunner().invoke(app, ["process-warc", str(warc), "--db", str(tmp_path / "w.db")])
    assert isinstance(result.exception, (SystemExit, type(None))), result.exception
    with Store(tmp_path / "w.db") as store:
        urls = {r[0] for r in store.db.execute("SELECT url FROM articles")}
        failed = [f.key for f in FailureLog(store).all()]
    assert {"https://contoh.id/1", "https://contoh.id/3"} <= urls
    assert failed in ([], ["https://contoh.id/2"])  # a recorded failure, or none at all
    assert result.exit_code == (1 if failed else 0)

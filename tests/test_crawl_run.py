import json

import pytest

from pipeline.crawl.archive import read_articles
from pipeline.crawl.config import load_config
from pipeline.crawl.lock import RunLock
from pipeline.crawl.run import RunOptions, run_crawl
from pipeline.crawl.state import CrawlState
from pipeline.errors import StoreLocked
from pipeline.store import Store
from tests.crawl_support.news import FakeProcessor, article_html, serve_news, write_config
from tests.crawl_support.server import FakeSite


@pytest.fixture
def site():
    with FakeSite() as server:
        yield server


def crawl(tmp_path, site, options=RunOptions(), **config_kwargs):
    processor = FakeProcessor()
    config = load_config(write_config(tmp_path, site, **config_kwargs))
    report = run_crawl(config, tmp_path / "warta.db", options, processor=processor)
    return report, processor


def test_run_stores_archives_and_reports(tmp_path, site):
    urls = serve_news(site, [article_html(i) for i in range(5)])
    report, processor = crawl(tmp_path, site)
    assert report.status == "ok" and report.discovered == 5 and report.processed == 5
    assert sorted(processor.calls) == sorted(urls)
    saved = json.loads((tmp_path / "warta.run.json").read_text())
    assert saved["pages"]["processed"] == 5 and saved["failed_by_reason"] == {}
    assert set(saved["seconds_per_stage"]) >= {"discover", "fetch", "process"}
    archived = list(read_articles(report.archive))
    assert sorted(page.url for page in archived) == sorted(urls)
    with Store(tmp_path / "warta.db") as store:
        assert store.counts()["articles"] == 5
        assert CrawlState(store).last_run("contoh") is not None


def test_unchanged_page_answered_304(tmp_path, site):
    serve_news(site, [article_html(i) for i in range(3)])
    crawl(tmp_path, site, revisit=0)
    report, processor = crawl(tmp_path, site, revisit=0)
    assert report.not_modified == 3 and report.processed == 0 and processor.calls == []
    assert all("If-None-Match" in hit.headers for hit in site.requests("/berita/0")[1:])


def test_unchanged_body_without_validators_is_not_processed_again(tmp_path, site):
    serve_news(site, [article_html(i) for i in range(3)], etag=False)
    crawl(tmp_path, site, revisit=0)
    report, processor = crawl(tmp_path, site, revisit=0)
    assert report.fetched == 3 and report.unchanged == 3 and processor.calls == []


def test_changed_page_is_processed_again(tmp_path, site):
    serve_news(site, [article_html(i) for i in range(2)])
    crawl(tmp_path, site, revisit=0)
    site.route("/berita/1", article_html(1) + "<!-- koreksi -->", headers={"ETag": '"v2"'})
    report, processor = crawl(tmp_path, site, revisit=0)
    assert report.not_modified == 1 and report.processed == 1
    assert processor.calls == [site.url + "/berita/1"]


def test_known_articles_wait_for_their_revisit(tmp_path, site):
    serve_news(site, [article_html(i) for i in range(3)])
    crawl(tmp_path, site)
    before = len(site.log)
    report, _ = crawl(tmp_path, site)
    assert report.skipped_known == 3 and report.fetched == 0
    assert not any(hit.path.startswith("/berita") for hit in site.log[before:])


def test_max_pages_leaves_the_rest_for_the_next_run(tmp_path, site):
    serve_news(site, [article_html(i) for i in range(5)])
    report, _ = crawl(tmp_path, site, RunOptions(max_pages=2))
    assert report.processed == 2 and report.skipped_budget == 3
    report, _ = crawl(tmp_path, site)
    assert report.processed == 3 and report.skipped_known == 2


def test_failures_are_counted_by_reason_and_retried_next_run(tmp_path, site):
    serve_news(site, [article_html(i) for i in range(3)])
    site.route("/berita/2", "", status=404)
    report, _ = crawl(tmp_path, site)
    assert report.status == "some_failed" and dict(report.failed) == {"http_404": 1}
    assert report.failures[0]["url"] == site.url + "/berita/2"
    serve_news(site, [article_html(i) for i in range(3)])
    report, _ = crawl(tmp_path, site)
    assert report.processed == 1 and report.failed_total == 0


def test_since_skips_older_dated_articles(tmp_path, site):
    from datetime import date
    serve_news(site, [article_html(0), article_html(1)])
    site.route("/sitemap.xml", f"""<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
        <url><loc>{site.url}/berita/0</loc><lastmod>2020-01-01</lastmod></url>
        <url><loc>{site.url}/berita/1</loc><lastmod>2025-01-01</lastmod></url></urlset>""",
               headers={"Content-Type": "application/xml"})
    report, processor = crawl(tmp_path, site, RunOptions(since=date(2024, 1, 1)))
    assert processor.calls == [site.url + "/berita/1"]


def test_lock_held_refuses_a_second_run(tmp_path, site):
    serve_news(site, [article_html(0)])
    with RunLock(tmp_path / "warta.db"):
        with pytest.raises(StoreLocked, match="another warta run"):
            crawl(tmp_path, site)


def test_multipage_article_merged(tmp_path, site):
    serve_news(site, ["<html><body><div class='isi'><p>Bagian satu.</p></div>"
                      "<a class='next' href='/berita/0/2'>2</a></body></html>"])
    site.route("/berita/0/2", "<html><body><div class='isi'><p>Bagian dua.</p></div></body></html>")
    report, processor = crawl(tmp_path, site,
                              extra_site='multipage = { next_page = "a.next", body = ".isi" }')
    with Store(tmp_path / "warta.db") as store:
        text = store.db.execute("SELECT text FROM articles").fetchone()[0]
    assert "Bagian satu." in text and "Bagian dua." in text
    merged = list(read_articles(report.archive))
    assert len(merged) == 1 and "Bagian dua." in merged[0].text


def test_single_page_param_requested(tmp_path, site):
    serve_news(site, [article_html(0)])
    crawl(tmp_path, site, extra_site='multipage = { single_page_param = "single=1" }')
    assert [hit.path for hit in site.log if hit.path.startswith("/berita")] == ["/berita/0?single=1"]

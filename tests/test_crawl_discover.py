import asyncio
from datetime import date

import pytest

from pipeline.crawl.client import build_client
from pipeline.crawl.config import Pagination, parse_config
from pipeline.crawl.discover import discover_site, parse_feed, parse_listing, parse_sitemap
from pipeline.crawl.fetch import Fetcher
from pipeline.errors import FetchError
from tests.crawl_support.server import FakeSite

NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'

XXE = b"""<?xml version="1.0"?>
<!DOCTYPE urlset [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>&xxe;</loc></url></urlset>"""

LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>&lol9;</loc></url></urlset>"""


@pytest.mark.parametrize("body", [XXE, LAUGHS], ids=["xxe", "billion-laughs"])
def test_unsafe_xml_refused(body):
    with pytest.raises(FetchError) as error:
        parse_sitemap(body, "http://s/sitemap.xml")
    assert error.value.reason == "unsafe_xml"
    with pytest.raises(FetchError):
        parse_feed(body.replace(b"urlset", b"rss"), "http://s/feed")


def test_news_sitemap_dates():
    body = f"""<urlset {NS} xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
      <url><loc>https://s.id/a</loc><news:news><news:publication_date>2024-12-01T10:00:00+07:00</news:publication_date></news:news></url>
      <url><loc>https://s.id/b</loc><lastmod>2024-11-01</lastmod></url></urlset>""".encode()
    pages = parse_sitemap(body).pages
    assert [p.url for p in pages] == ["https://s.id/a", "https://s.id/b"]
    assert pages[0].modified.isoformat() == "2024-12-01T10:00:00+07:00"


def test_rss_and_atom():
    rss = b"""<rss version="2.0"><channel><item><link>https://s.id/a?utm_source=rss</link>
      <pubDate>Thu, 12 Dec 2024 09:15:00 +0700</pubDate></item>
      <item><guid>https://s.id/b</guid></item></channel></rss>"""
    assert [l.url for l in parse_feed(rss)] == ["https://s.id/a?utm_source=rss", "https://s.id/b"]
    atom = b"""<feed xmlns="http://www.w3.org/2005/Atom"><entry><link rel="alternate" href="https://s.id/c"/>
      <updated>2024-12-12T02:00:00Z</updated></entry></feed>"""
    assert [l.url for l in parse_feed(atom)] == ["https://s.id/c"]


@pytest.mark.parametrize("html,expected", [
    ('<a href="/p/2" rel="next">2</a>', "https://s.id/p/2"),
    ('<a href="?page=2">Selanjutnya</a>', "https://s.id/berita?page=2"),
    ('<a href="/berita/page/2/">Halaman 2</a><a href="/berita/page/3/">Halaman 3</a>', "https://s.id/berita/page/2/"),
    ('<a href="/x">Baca juga</a>', None),
])
def test_listing_next_page(html, expected):
    links, following = parse_listing(f"<html><body>{html}</body></html>", "https://s.id/berita",
                                      Pagination())
    assert following == expected


def _discover(site_server, start, **kwargs):
    config = parse_config({
        "politeness": {"delay": 0}, "retries": {"attempts": 1},
        "sites": [{"name": "s", "url": site_server.url + "/", "start": [start],
                   "article_patterns": [r"/berita/\d+"]}]})

    async def go():
        async with build_client(config) as client:
            fetcher = Fetcher(client, config)
            return await discover_site(config.sites[0], config,
                                       lambda u, k: fetcher.fetch(u, kind=k), **kwargs)
    return asyncio.run(go())


def test_sitemap_index_recursion_filters_and_dedups():
    with FakeSite() as site:
        base = site.url
        site.route("/index.xml", f"""<sitemapindex {NS}>
            <sitemap><loc>{base}/s1.xml</loc></sitemap><sitemap><loc>{base}/s2.xml</loc>
            <lastmod>2020-01-01</lastmod></sitemap><sitemap><loc>{base}/index.xml</loc></sitemap></sitemapindex>""",
                   headers={"Content-Type": "application/xml"})
        site.route("/s1.xml", f"""<urlset {NS}><url><loc>{base}/berita/1#x</loc><lastmod>2024-12-01</lastmod></url>
            <url><loc>{base}/berita/1?utm_source=a</loc></url><url><loc>{base}/tag/x</loc></url>
            <url><loc>https://elsewhere.id/berita/9</loc></url><url><loc>{base}/berita/2</loc>
            <lastmod>2021-01-01</lastmod></url></urlset>""", headers={"Content-Type": "application/xml"})
        site.route("/s2.xml", f"<urlset {NS}><url><loc>{base}/berita/3</loc></url></urlset>",
                   headers={"Content-Type": "application/xml"})
        found = _discover(site, {"sitemap": base + "/index.xml"}, since=date(2024, 1, 1))
        assert [c.url for c in found.candidates] == [base + "/berita/1"]
        assert site.requests("/s2.xml") == []  # older than --since
        assert len(site.requests("/index.xml")) == 1


def test_listing_pagination_is_bounded():
    with FakeSite() as site:
        for n in range(1, 30):
            site.route(f"/berita?page={n}", f'<a href="/berita/{n}">x</a> <a href="/berita?page={n + 1}">Selanjutnya</a>')
        site.route("/berita", '<a href="/berita/0">x</a> <a href="/berita?page=2">Selanjutnya</a>')
        found = _discover(site, {"listing": site.url + "/berita", "max_pages": 4})
        assert len(found.candidates) == 4
        assert len(site.log) <= 6  # robots.txt + 4 pages


def test_unsafe_sitemap_over_http_is_a_failure_not_a_crash():
    with FakeSite() as site:
        site.route("/s.xml", LAUGHS, headers={"Content-Type": "application/xml"})
        found = _discover(site, {"sitemap": site.url + "/s.xml"})
        assert found.candidates == [] and found.failures[0].reason == "unsafe_xml"

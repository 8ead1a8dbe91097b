import gzip
import time
import zlib

import pytest

import asyncio

from pipeline.crawl.client import build_client
from pipeline.crawl.fetch import Fetcher, decide_encoding, parse_retry_after
from pipeline.errors import FetchError
from tests.crawl_support.helpers import config_for, fetch
from tests.crawl_support.server import FakeSite, reset_connection

PAGE = "<html><body><p>Pemkot raih penghargaan</p></body></html>"


@pytest.fixture
def site():
    with FakeSite() as server:
        yield server


def test_plain_page_with_user_agent(site):
    site.route("/a", PAGE)
    result = fetch(config_for(site), site.url + "/a")
    assert result.status == 200 and result.text == PAGE
    assert "Warta" in site.requests("/a")[0].headers["User-Agent"]


def test_robots_disallow(site):
    site.route("/robots.txt", "User-agent: *\nDisallow: /rahasia/\n", headers={"Content-Type": "text/plain"})
    site.route("/rahasia/a", PAGE)
    error = fetch(config_for(site), site.url + "/rahasia/a")
    assert isinstance(error, FetchError) and error.reason == "robots"
    assert site.requests("/rahasia/a") == []


def test_robots_crawl_delay_spaces_requests(site):
    site.route("/robots.txt", "User-agent: *\nCrawl-delay: 0.3\n", headers={"Content-Type": "text/plain"})
    site.route("/a", PAGE)
    site.route("/b", PAGE)

    import asyncio
    from pipeline.crawl.client import build_client
    from pipeline.crawl.fetch import Fetcher

    async def go():
        config = config_for(site)
        async with build_client(config) as client:
            fetcher = Fetcher(client, config)
            await fetcher.fetch(site.url + "/a")
            await fetcher.fetch(site.url + "/b")
    asyncio.run(go())
    first, second = site.requests("/a")[0].at, site.requests("/b")[0].at
    assert second - first >= 0.3


def test_robots_unreachable_disallows_everything_and_says_so(site):
    site.route("/robots.txt", "", status=500)
    site.route("/a", PAGE)
    error = fetch(config_for(site), site.url + "/a")
    assert error.reason == "robots_unreachable" and "http_500" in error.detail
    assert "RFC 9309" in error.detail and site.requests("/a") == []


def test_robots_timeout_is_named_as_such(site):
    site.route("/robots.txt", "User-agent: *\nAllow: /\n", delay=1.0)
    site.route("/a", PAGE)
    config = config_for(site, timeouts={"connect": 1, "read": 0.2, "total": 2},
                        retries={"attempts": 1})
    error = fetch(config, site.url + "/a")
    assert error.reason == "robots_unreachable" and "timeout" in error.detail
    assert "robots" not in error.reason.replace("robots_unreachable", "")


def test_robots_missing_allows_everything(site):
    site.route("/robots.txt", "", status=404)
    site.route("/a", PAGE)
    assert fetch(config_for(site), site.url + "/a").status == 200


def test_429_with_retry_after_is_honoured(site):
    route = site.route("/a", PAGE)
    route.sequence = [(429, {"Retry-After": "1"}, b"slow down")]
    result = fetch(config_for(site), site.url + "/a")
    assert result.status == 200
    hits = site.requests("/a")
    assert len(hits) == 2 and hits[1].at - hits[0].at >= 1.0


def test_retry_after_too_long_defers_the_whole_host(site):
    route = site.route("/a", PAGE)
    route.sequence = [(429, {"Retry-After": "3600"}, b"")]
    site.route("/b", PAGE)

    async def go():
        config = config_for(site)
        async with build_client(config) as client:
            fetcher = Fetcher(client, config)
            errors = []
            for path in ("/a", "/b", "/a"):
                try:
                    await fetcher.fetch(site.url + path)
                except FetchError as error:
                    errors.append(error)
            return errors
    errors = asyncio.run(go())
    assert [e.reason for e in errors] == ["deferred"] * 3
    assert "asked to wait 3600 s" in errors[0].detail and "next run" in errors[0].detail
    assert len(site.requests("/a")) == 1 and site.requests("/b") == []


def test_retry_after_holds_the_next_page_of_the_host_too(site):
    site.route("/a", "", status=429, headers={"Retry-After": "1"})
    site.route("/b", PAGE)

    async def go():
        config = config_for(site, retries={"attempts": 1})
        async with build_client(config) as client:
            fetcher = Fetcher(client, config)
            with pytest.raises(FetchError):
                await fetcher.fetch(site.url + "/a")
            await fetcher.fetch(site.url + "/b")
    asyncio.run(go())
    assert site.requests("/b")[0].at - site.requests("/a")[-1].at >= 1.0


def test_crawl_delay_applies_from_the_first_request_after_robots(site):
    site.route("/robots.txt", "User-agent: *\nCrawl-delay: 0.6\n", headers={"Content-Type": "text/plain"})
    site.route("/a", PAGE)
    assert fetch(config_for(site), site.url + "/a").status == 200
    assert site.requests("/a")[0].at - site.requests("/robots.txt")[0].at >= 0.6


def test_burst_of_503_then_success(site):
    route = site.route("/a", PAGE)
    route.sequence = [(503, {}, b"")] * 2
    result = fetch(config_for(site), site.url + "/a")
    assert result.status == 200 and result.attempts == 3


def test_persistent_503_is_bounded(site):
    site.route("/a", "", status=503)
    error = fetch(config_for(site), site.url + "/a")
    assert error.reason == "http_503"
    assert len(site.requests("/a")) == 3  # retries.attempts


def test_response_slower_than_read_timeout(site):
    site.route("/a", PAGE, delay=1.5)
    config = config_for(site, timeouts={"connect": 1, "read": 0.3, "total": 5},
                        retries={"attempts": 2, "backoff": 0.01})
    error = fetch(config, site.url + "/a")
    assert isinstance(error, FetchError) and error.reason == "timeout"
    assert len(site.requests("/a")) == 2


def test_total_timeout_on_trickling_body(site):
    def trickle(handler):
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.send_header("Content-Length", "1000")
        handler.end_headers()
        for _ in range(40):
            handler.wfile.write(b"x")
            handler.wfile.flush()
            time.sleep(0.05)
    site.raw("/a", trickle)
    config = config_for(site, timeouts={"connect": 1, "read": 1, "total": 0.5},
                        retries={"attempts": 1})
    error = fetch(config, site.url + "/a")
    assert error.reason == "timeout"


def test_connection_reset_mid_body(site):
    def half(handler):
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.send_header("Content-Length", "100000")
        handler.end_headers()
        handler.wfile.write(b"<html>" + b"a" * 5000)
        reset_connection(handler)
    site.raw("/a", half)
    error = fetch(config_for(site), site.url + "/a")
    assert isinstance(error, FetchError) and error.reason == "connection"
    assert len(site.requests("/a")) == 3


def test_redirect_followed_and_recorded(site):
    site.route("/old", status=301, headers={"Location": "/new"})
    site.route("/new", PAGE)
    result = fetch(config_for(site), site.url + "/old")
    assert result.final_url == site.url + "/new"
    assert [(r.status, r.location) for r in result.redirects] == [(301, site.url + "/new")]


def test_redirect_loop(site):
    site.route("/a", status=302, headers={"Location": "/b"})
    site.route("/b", status=302, headers={"Location": "/a"})
    error = fetch(config_for(site), site.url + "/a")
    assert error.reason == "redirect_loop"


def test_endless_redirect_chain_is_bounded(site):
    for i in range(20):
        site.route(f"/r{i}", status=302, headers={"Location": f"/r{i + 1}"})
    error = fetch(config_for(site), site.url + "/r0")
    assert error.reason == "too_many_redirects"
    assert len(site.log) <= 8


def test_redirect_to_foreign_host_refused():
    with FakeSite() as home, FakeSite() as foreign:
        home.route("/a", status=302, headers={"Location": foreign.url + "/x"})
        foreign.route("/x", PAGE)
        error = fetch(config_for(home), home.url + "/a")
        assert error.reason == "foreign_redirect"
        assert foreign.log == []


def test_redirect_to_allowed_host_followed():
    with FakeSite() as home, FakeSite() as cdn:
        home.route("/a", status=302, headers={"Location": cdn.url + "/x"})
        cdn.route("/x", PAGE)
        config = config_for(home, crawler={"allowed_redirect_hosts": [cdn.url.split("//")[1]]})
        assert fetch(config, home.url + "/a").status == 200


def test_wrong_declared_charset_decided_from_bytes(site):
    text = "<html><body><p>Penghargaan untuk Kabupaten Tangerang — “Terbaik” Rp 5 juta é</p></body></html>"
    site.route("/a", text.encode("utf-8"), headers={"Content-Type": "text/html; charset=iso-8859-1"})
    result = fetch(config_for(site), site.url + "/a")
    assert result.encoding == "utf-8" and result.text == text


def test_real_latin1_page_keeps_its_charset():
    body = "<p>Caf\u00e9 d\u00e9j\u00e0</p>".encode("latin-1")
    assert decide_encoding(body, "iso-8859-1") == "windows-1252"


def test_truncated_gzip_stream_is_a_failure_not_a_page(site):
    whole = gzip.compress(("<html><body>" + "<p>Kalimat lengkap.</p>" * 2000 + "</body></html>").encode())
    site.route("/cut", whole[:len(whole) * 55 // 100],  # valid framing: Content-Length says 55 %
               headers={"Content-Encoding": "gzip"})
    error = fetch(config_for(site), site.url + "/cut")
    assert isinstance(error, FetchError) and error.reason == "truncated"
    assert len(site.requests("/cut")) == 3  # retried like a broken connection


def test_body_shorter_than_its_content_length_is_truncated(site):
    def short(handler):
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.send_header("Content-Length", "5000")
        handler.end_headers()
        handler.wfile.write(b"<html>" + b"a" * 1000)
        handler.close_connection = True
    site.raw("/short", short)
    error = fetch(config_for(site), site.url + "/short")
    assert isinstance(error, FetchError) and error.reason == "truncated"


def test_a_few_bad_bytes_in_a_utf8_page_cost_only_those_bytes(site):
    text = "<html><body><p>Rahmân berkata “luar biasa” — Kota Contoh juara</p></body></html>"
    body = text.encode("utf-8").replace(b"Kota", b"K\xffo\xfet\xc3a\x80")
    site.route("/a", body, headers={"Content-Type": "text/html; charset=utf-8"})
    result = fetch(config_for(site), site.url + "/a")
    assert result.encoding == "utf-8" and result.decoded.replaced == 4
    assert "Rahmân" in result.text and "“luar biasa”" in result.text and "\ufffd" in result.text


def test_body_over_size_limit(site):
    site.route("/big", b"a" * 20_000)
    error = fetch(config_for(site, limits={"max_body_bytes": 10_000}), site.url + "/big")
    assert error.reason == "too_large"


def test_body_over_size_limit_without_content_length(site):
    def chunked(handler):
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.send_header("Connection", "close")
        handler.end_headers()
        for _ in range(50):
            handler.wfile.write(b"b" * 1000)
        handler.close_connection = True
    site.raw("/big", chunked)
    error = fetch(config_for(site, limits={"max_body_bytes": 10_000}), site.url + "/big")
    assert error.reason == "too_large"


def test_gzip_bomb_refused_without_expanding(site):
    bomb = gzip.compress(b"\0" * 50_000_000, compresslevel=9)
    assert len(bomb) < 100_000
    site.route("/bomb", bomb, headers={"Content-Encoding": "gzip"})
    import tracemalloc
    tracemalloc.start()
    error = fetch(config_for(site, limits={"max_body_bytes": 1_000_000}), site.url + "/bomb")
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert error.reason == "too_large"
    assert peak < 20_000_000


def test_gzip_and_deflate_decoded(site):
    site.route("/g", gzip.compress(PAGE.encode()), headers={"Content-Encoding": "gzip"})
    site.route("/d", zlib.compress(PAGE.encode()), headers={"Content-Encoding": "deflate"})
    config = config_for(site)
    assert fetch(config, site.url + "/g").text == PAGE
    assert fetch(config, site.url + "/d").text == PAGE


def test_content_type_filter(site):
    site.route("/img", b"\x89PNG", headers={"Content-Type": "image/png"})
    assert fetch(config_for(site), site.url + "/img").reason == "content_type"


def test_connection_refused_is_bounded():
    with FakeSite() as site:
        config = config_for(site)
        url = site.url
    error = fetch(config, url + "/a")
    assert isinstance(error, FetchError) and error.reason == "robots_unreachable"
    assert "connection" in error.detail  # not "disallowed by robots.txt": the host is unreachable


@pytest.mark.parametrize("value,expected", [("120", 120.0), (None, None), ("soon", None)])
def test_parse_retry_after(value, expected):
    assert parse_retry_after(value) == expected


def test_parse_retry_after_http_date():
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:10 GMT", now=1445412480.0) == 10.0


def test_injectable_transport_runs_without_sockets():
    import asyncio

    import httpx

    from pipeline.crawl.client import build_client
    from pipeline.crawl.config import parse_config
    from pipeline.crawl.fetch import Fetcher

    def handler(request):
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        return httpx.Response(200, headers={"Content-Type": "text/html"}, content=PAGE.encode())

    config = parse_config({"politeness": {"delay": 0},
                           "sites": [{"name": "m", "url": "https://mock.id/",
                                      "start": [{"feed": "https://mock.id/feed"}]}]})

    async def go():
        async with build_client(config, httpx.MockTransport(handler)) as client:
            return await Fetcher(client, config).fetch("https://mock.id/berita/1")
    assert asyncio.run(go()).text == PAGE

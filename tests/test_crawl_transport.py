import asyncio
import socket

import httpx
import pytest

from pipeline.crawl.transport import CrawlTransport
from tests.crawl_support.server import FakeSite, reset_connection

LIMITS = httpx.Limits(max_connections=2, max_keepalive_connections=1)


def get_all(urls, transport=None):
    """``(body, local address of the connection)`` of each GET, read while the connection is open."""
    async def main():
        async with httpx.AsyncClient(transport=transport or CrawlTransport(LIMITS),
                                     timeout=2.0) as client:
            out = []
            for url in urls:
                response = await client.get(url)
                out.append((response.text,
                            response.extensions["network_stream"].get_extra_info("client_addr")))
            return out
    return asyncio.run(main())


def test_one_kept_alive_connection_per_host():
    with FakeSite() as one, FakeSite() as two:
        one.route("/a", "satu")
        two.route("/a", "dua")
        transport = CrawlTransport(LIMITS)
        responses = get_all([one.url + "/a", two.url + "/a"] * 3, transport)
        assert [text for text, _ in responses] == ["satu", "dua"] * 3
        peers = {peer for _, peer in responses}
        assert len(peers) == 2  # each host's three requests went over one connection


def test_connection_refused_is_httpx_connect_error():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(httpx.ConnectError):
        get_all([f"http://127.0.0.1:{port}/"])


def test_reset_mid_body_is_httpx_network_error():
    with FakeSite() as site:
        site.raw("/reset", reset_connection)
        with pytest.raises((httpx.ReadError, httpx.RemoteProtocolError)):
            get_all([site.url + "/reset"])


def test_slow_server_is_httpx_read_timeout():
    with FakeSite() as site:
        site.route("/slow", "lambat", delay=1.0)
        async def main():
            async with httpx.AsyncClient(transport=CrawlTransport(LIMITS),
                                         timeout=httpx.Timeout(0.2)) as client:
                await client.get(site.url + "/slow")
        with pytest.raises(httpx.ReadTimeout):
            asyncio.run(main())

"""The crawler's HTTP transport: httpx's own, one small connection pool per origin.

The crawler talks to each host one request at a time, to many hosts at once. One
shared pool would look over every host's idle connection on every request, so each
origin gets its own ``httpx.AsyncHTTPTransport`` (public API only: HTTP, keep-alive,
timeouts and the exception mapping are all httpx's and httpcore's).
"""

from __future__ import annotations

import ssl

import httpx


class CrawlTransport(httpx.AsyncBaseTransport):
    """Routes each request to its origin's ``httpx.AsyncHTTPTransport``; ``limits`` apply per origin."""

    def __init__(self, limits: httpx.Limits, verify: bool | ssl.SSLContext = True):
        self._limits = limits
        self._verify = verify
        self._pools: dict[tuple, httpx.AsyncHTTPTransport] = {}

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        key = (url.scheme, url.host, url.port)
        pool = self._pools.get(key)
        if pool is None:
            pool = self._pools[key] = httpx.AsyncHTTPTransport(
                limits=self._limits, verify=self._verify, http1=True, http2=False)
        return await pool.handle_async_request(request)

    async def aclose(self) -> None:
        pools, self._pools = list(self._pools.values()), {}
        for pool in pools:
            await pool.aclose()

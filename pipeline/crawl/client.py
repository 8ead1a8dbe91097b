"""The one place the crawler's HTTP client is built.

Tests and the benchmark pass their own ``transport`` (e.g. ``httpx.MockTransport``);
everything else about the client comes from the :class:`CrawlConfig`.
"""

from __future__ import annotations

import httpx

from .config import CrawlConfig


def build_client(config: CrawlConfig, transport: httpx.AsyncBaseTransport | None = None
                 ) -> httpx.AsyncClient:
    """An ``httpx.AsyncClient`` with Warta's User-Agent, timeouts and connection limits.

    Redirects are not followed by the client: :mod:`.fetch` follows them itself so it
    can record each hop and refuse foreign hosts.
    """
    timeouts = config.timeouts
    hosts = max(len(config.sites), 1)
    return httpx.AsyncClient(
        headers={"User-Agent": config.user_agent_header,
                 "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.5",
                 "Accept-Language": "id,en;q=0.5",
                 # Only codings the fetcher can decompress under its size limit.
                 "Accept-Encoding": "gzip, deflate"},
        timeout=httpx.Timeout(timeouts.read, connect=timeouts.connect, pool=timeouts.total),
        limits=httpx.Limits(max_connections=hosts * max(config.politeness.concurrency, 1) + 4,
                            max_keepalive_connections=hosts + 4),
        follow_redirects=False,
        transport=transport,
        trust_env=False,
    )

"""The one place the crawler's HTTP client is built.

Tests and the benchmark pass their own ``transport`` (e.g. ``httpx.MockTransport``);
everything else about the client comes from the :class:`CrawlConfig`.
"""

from __future__ import annotations

import httpx

from .config import CrawlConfig
from .transport import CrawlTransport


def build_client(config: CrawlConfig, transport: httpx.AsyncBaseTransport | None = None
                 ) -> httpx.AsyncClient:
    """An ``httpx.AsyncClient`` with Warta's User-Agent, timeouts and connection limits.

    Redirects are not followed by the client: :mod:`.fetch` follows them itself so it
    can record each hop and refuse foreign hosts. Without a ``transport``, requests go
    through :class:`~.transport.CrawlTransport` (a small pool per host, on asyncio).
    """
    timeouts = config.timeouts
    per_host = max([config.politeness_for(site).concurrency for site in config.sites]
                   + [config.politeness.concurrency, 1])
    limits = httpx.Limits(max_connections=per_host + 1, max_keepalive_connections=per_host)
    return httpx.AsyncClient(
        headers={"User-Agent": config.user_agent_header,
                 "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.5",
                 "Accept-Language": "id,en;q=0.5",
                 # Only codings the fetcher can decompress under its size limit.
                 "Accept-Encoding": "gzip, deflate"},
        timeout=httpx.Timeout(timeouts.read, connect=timeouts.connect, pool=timeouts.total),
        follow_redirects=False,
        transport=transport or CrawlTransport(limits),
        trust_env=False,
    )

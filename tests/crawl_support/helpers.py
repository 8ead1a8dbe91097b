from __future__ import annotations

import asyncio

from pipeline.crawl.client import build_client
from pipeline.crawl.config import parse_config
from pipeline.crawl.fetch import Fetcher

FAST = {"politeness": {"delay": 0.01},
        "timeouts": {"connect": 2, "read": 2, "total": 5},
        "retries": {"attempts": 3, "backoff": 0.01, "max_backoff": 0.05, "max_retry_after": 5}}


def config_for(*sites, **sections):
    """A crawl config with one site per test server (site{i}), fast politeness and retries."""
    data = {**FAST, **sections}
    data["sites"] = [{"name": f"site{i}", "url": site.url + "/",
                      "start": [{"sitemap": site.url + "/sitemap.xml"}]}
                     for i, site in enumerate(sites)]
    return parse_config(data, source="test.toml")


def fetch(config, url, **kwargs):
    """Fetch one URL with a fresh client; returns the result or the raised FetchError."""
    async def go():
        async with build_client(config) as client:
            fetcher = Fetcher(client, config)
            return await fetcher.fetch(url, **kwargs)
    try:
        return asyncio.run(go())
    except Exception as error:  # noqa: BLE001 - the tests look at it
        return error

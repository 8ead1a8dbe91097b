"""robots.txt, read once per origin and run (protego), including Crawl-delay.

Following RFC 9309 (section 2.3.1): a robots.txt that is "unavailable" (4xx) allows
everything; one that is "unreachable" (5xx, timeout, connection failure) disallows
everything for this run, and the pages refused for it say so (``robots_unreachable``,
with the cause). Redirects are followed like any fetch (RFC 9309: at least five hops).
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Awaitable, Callable

from protego import Protego

from ..errors import FetchError
from .urls import origin

MAX_ROBOTS_BYTES = 500 * 1024  # RFC 9309: parse at least the first 500 KiB


@dataclass(frozen=True)
class RobotsFile:
    """The rules of one origin; ``parser`` None means allow all, ``disallow_all`` deny all."""

    origin: str
    parser: Protego | None = None
    disallow_all: bool = False
    status: str = "ok"  # ok | missing | unreachable
    detail: str = ""  # why it is missing or unreachable: "http_503", "timeout: ...", ...

    @property
    def url(self) -> str:
        return self.origin + "/robots.txt"

    def allowed(self, url: str, agent: str) -> bool:
        if self.disallow_all:
            return False
        return self.parser is None or self.parser.can_fetch(url, agent)

    def crawl_delay(self, agent: str) -> float | None:
        if self.parser is None:
            return None
        delay = self.parser.crawl_delay(agent)
        return float(delay) if delay is not None else None


def parse_robots(origin_url: str, status: int, body: bytes) -> RobotsFile:
    if 200 <= status < 300:
        text = body[:MAX_ROBOTS_BYTES].decode("utf-8", errors="replace")
        return RobotsFile(origin_url, Protego.parse(text))
    if 400 <= status < 500:
        return RobotsFile(origin_url, status="missing", detail=f"http_{status}")
    return RobotsFile(origin_url, disallow_all=True, status="unreachable", detail=f"http_{status}")


class RobotsCache:
    """robots.txt per origin, fetched on first need with ``get(url) -> (status, body)``."""

    def __init__(self, get: Callable[[str], Awaitable[tuple[int, bytes]]], agent: str):
        self._get = get
        self.agent = agent
        self._files: dict[str, RobotsFile] = {}
        self._locks: dict[str, asyncio.Lock] = {}

    async def file_for(self, url: str) -> RobotsFile:
        key = origin(url)
        if key in self._files:
            return self._files[key]
        lock = self._locks.setdefault(key, asyncio.Lock())
        async with lock:
            if key not in self._files:
                try:
                    status, body = await self._get(key + "/robots.txt")
                except FetchError as error:
                    if error.reason == "deferred":
                        raise  # the host asked us to come back later: not an answer about robots
                    detail = error.reason + (f": {error.detail}" if error.detail else "")
                    if error.reason == "too_large":  # it exists; RFC 9309 parses a prefix at least
                        self._files[key] = RobotsFile(key, status="too_large", detail=detail)
                    else:
                        self._files[key] = RobotsFile(key, disallow_all=True, status="unreachable",
                                                      detail=detail)
                else:
                    self._files[key] = parse_robots(key, status, body)
        return self._files[key]

    def files(self) -> list[RobotsFile]:
        """The robots.txt files read so far."""
        return list(self._files.values())

    async def allowed(self, url: str) -> bool:
        return (await self.file_for(url)).allowed(url, self.agent)

    def crawl_delay(self, url: str) -> float | None:
        """The Crawl-delay of ``url``'s origin, once its robots.txt has been read."""
        known = self._files.get(origin(url))
        return known.crawl_delay(self.agent) if known else None

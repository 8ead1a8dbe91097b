"""robots.txt, read once per origin and run (protego), including Crawl-delay.

Following RFC 9309: a robots.txt that is missing (4xx) allows everything; one that
cannot be read (5xx, network failure) disallows everything for this run.
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
        return RobotsFile(origin_url, status="missing")
    return RobotsFile(origin_url, disallow_all=True, status="unreachable")


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
                    too_large = error.reason == "too_large"
                    self._files[key] = RobotsFile(key, disallow_all=not too_large,
                                                  status="unreachable")
                else:
                    self._files[key] = parse_robots(key, status, body)
        return self._files[key]

    async def allowed(self, url: str) -> bool:
        return (await self.file_for(url)).allowed(url, self.agent)

    def crawl_delay(self, url: str) -> float | None:
        """The Crawl-delay of ``url``'s origin, once its robots.txt has been read."""
        known = self._files.get(origin(url))
        return known.crawl_delay(self.agent) if known else None

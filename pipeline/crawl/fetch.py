"""Fetching one URL politely and defensively.

:class:`Fetcher` turns a URL into a :class:`FetchResult` or raises
:class:`~pipeline.errors.FetchError` with a short ``reason``:

``robots``             robots.txt disallows the URL
``robots_unreachable`` robots.txt could not be read (timeout, connection, 5xx): RFC 9309
                       says to assume everything is disallowed
``foreign_redirect``   a redirect leads to a host outside the configured sites
``redirect_loop``      a redirect comes back to a URL already visited
``too_many_redirects`` more hops than ``Limits.max_redirects``
``too_large``          the body (after decompression) exceeds ``Limits.max_body_bytes``
``content_type``       not HTML/XML
``timeout``            connect, read or total timeout (after retries)
``connection``         connection refused or reset, incomplete body (after retries)
``truncated``          the body ends before its Content-Length or its compressed stream
                       ends (after retries): never stored
``corrupt``            the compressed body cannot be decompressed (after retries)
``deferred``           the host asked (Retry-After) to wait longer than
                       ``Retries.max_retry_after``: its pages wait for the next run
``http_NNN``           a final status that is not 2xx/304
"""

from __future__ import annotations

import asyncio
import email.utils
import random
import re
import time
import zlib
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Callable

import httpx

from ..errors import FetchError
from .config import CrawlConfig
from .robots import RobotsCache
from .urls import host_key

_GZIP_TYPES = frozenset({"application/x-gzip", "application/gzip", "application/octet-stream"})
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504, 520, 521, 522, 523, 524})
_RETRIED = frozenset({"timeout", "connection", "truncated", "corrupt"})  # may go better on the next try
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
# Browsers read these labels as windows-1252; so do we.
_LATIN1_LABELS = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "us-ascii", "ascii"}


@dataclass(frozen=True)
class Redirect:
    status: int
    url: str
    location: str


@dataclass(frozen=True)
class FetchResult:
    """A fetched response; ``body`` is the decompressed payload."""

    url: str  # as requested
    final_url: str  # after redirects
    status: int
    headers: tuple[tuple[str, str], ...]
    body: bytes = b""
    redirects: tuple[Redirect, ...] = ()
    attempts: int = 1
    fetched_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))

    def header(self, name: str) -> str | None:
        name = name.lower()
        return next((v for k, v in self.headers if k.lower() == name), None)

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def content_type(self) -> str:
        return (self.header("content-type") or "").split(";")[0].strip().lower()

    @property
    def encoding(self) -> str:
        return decide_encoding(self.body, declared_charset(self.header("content-type")))

    @property
    def text(self) -> str:
        return self.decoded.text

    @property
    def decoded(self) -> "Decoded":
        """The body as text, and how many undecodable byte sequences became U+FFFD."""
        return decode_body(self.body, declared_charset(self.header("content-type")))


# -- encoding --------------------------------------------------------------------------

def declared_charset(content_type: str | None) -> str | None:
    match = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", content_type or "", re.IGNORECASE)
    return match.group(1).lower() if match else None


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    replaced: int  # undecodable byte sequences replaced with U+FFFD


_UTF8_LABELS = {"utf-8", "utf8", "utf_8"}
_REPLACEMENT = "\ufffd".encode("utf-8")


def decode_body(body: bytes, declared: str | None = None) -> Decoded:
    """The body as text (see :func:`decide_encoding`); a bad byte costs one U+FFFD, never the page."""
    encoding = decide_encoding(body, declared)
    text = body.decode(encoding, errors="replace")
    replaced = text.count("\ufffd")
    if replaced and encoding.startswith("utf-8"):
        replaced -= body.count(_REPLACEMENT)  # U+FFFD the page itself contains
    return Decoded(text, encoding, replaced)


def decide_encoding(body: bytes, declared: str | None = None) -> str:
    """The encoding the bytes are really in; the declared one is only a hint.

    Valid UTF-8 wins (pages declaring iso-8859-1 while sending UTF-8 are common), then
    UTF-8 with a few bad bytes when the rest is UTF-8 (a stray byte must not turn the
    whole page into mojibake: :func:`_mostly_utf8`), then the HTTP or ``<meta>`` charset
    if the bytes decode under it, then detection.
    """
    if body.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if body.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    try:
        body.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    candidates = [declared]
    meta = _META_CHARSET.search(body[:4096])
    if meta:
        candidates.append(meta.group(1).decode("ascii", "replace").lower())
    if _mostly_utf8(body, says_utf8=any(label in _UTF8_LABELS for label in candidates if label)):
        return "utf-8"
    for label in candidates:
        if not label:
            continue
        label = "windows-1252" if label in _LATIN1_LABELS else label
        try:
            body.decode(label)
            return label
        except (LookupError, UnicodeDecodeError):
            continue
    from charset_normalizer import from_bytes
    best = from_bytes(body[:200_000]).best()
    return best.encoding if best else "windows-1252"


def _mostly_utf8(body: bytes, says_utf8: bool) -> bool:
    """UTF-8 with a few bad bytes: the page says UTF-8 and some of its non-ASCII characters
    are valid UTF-8, or (saying nothing) most of them are. Text in a single-byte encoding
    almost never happens to form valid UTF-8, so there none or nearly none are."""
    text = body.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = len(text) - len(text.encode("ascii", "ignore")) - bad
    return good > 0 if says_utf8 else good > bad


# -- politeness ------------------------------------------------------------------------

class _HostState:
    def __init__(self, concurrency: int):
        self.semaphore = asyncio.Semaphore(max(concurrency, 1))
        self.last_end: float | None = None  # when the last request to the host ended
        self.hold_until = 0.0  # Retry-After and backoff: no request before this
        self.closed: str | None = None  # why the host is left for the next run


class HostPacer:
    """At most ``concurrency`` requests per host, each starting ``delay`` s after the last ended.

    The delay is read when the next request is about to start, so a robots.txt
    ``Crawl-delay`` learnt from the host's first request (robots.txt itself) already
    spaces the second. Every request to the host goes through :meth:`slot`.
    """

    def __init__(self, delay_for: Callable[[str], float], concurrency_for: Callable[[str], int],
                 clock: Callable[[], float] = time.monotonic):
        self._delay_for = delay_for
        self._concurrency_for = concurrency_for
        self._clock = clock
        self._hosts: dict[str, _HostState] = {}

    def _state(self, key: str) -> _HostState:
        if key not in self._hosts:
            self._hosts[key] = _HostState(self._concurrency_for(key))
        return self._hosts[key]

    @asynccontextmanager
    async def slot(self, url: str):
        state = self._state(host_key(url))
        async with state.semaphore:
            while True:
                self._check_open(url, state)
                start = state.hold_until
                if state.last_end is not None:
                    start = max(start, state.last_end + self._delay_for(url))
                wait = start - self._clock()
                if wait <= 0:
                    break
                await asyncio.sleep(wait)
            try:
                yield
            finally:
                state.last_end = self._clock()

    def defer(self, url: str, seconds: float) -> None:
        """Hold every request to ``url``'s host for ``seconds`` (Retry-After, backoff)."""
        state = self._state(host_key(url))
        state.hold_until = max(state.hold_until, self._clock() + seconds)

    def close(self, url: str, why: str) -> None:
        """Leave ``url``'s host for the next run: its requests fail at once as ``deferred``."""
        self._state(host_key(url)).closed = why

    def check_open(self, url: str) -> None:
        self._check_open(url, self._state(host_key(url)))

    @staticmethod
    def _check_open(url: str, state: _HostState) -> None:
        if state.closed:
            raise FetchError(url, "deferred", state.closed)

    def closed_hosts(self) -> dict[str, str]:
        return {key: state.closed for key, state in self._hosts.items() if state.closed}


# -- fetching --------------------------------------------------------------------------

class Fetcher:
    """Fetches URLs with robots, politeness, retries, redirect and size checks.

    ``on_response(result, kind, note)`` sees every HTTP response received (redirect
    hops and robots.txt included), e.g. to archive it; ``note`` is what the caller
    passed to :meth:`fetch` (the run passes the canonical URL).
    """

    def __init__(self, client: httpx.AsyncClient, config: CrawlConfig, *,
                 on_response: Callable[[FetchResult, str, str | None], None] | None = None,
                 rng: random.Random | None = None):
        self.client = client
        self.config = config
        self.on_response = on_response
        self.rng = rng or random.Random()
        self.allowed_hosts = config.allowed_host_keys
        self.robots = RobotsCache(self._get_robots, agent="Warta")
        self.pacer = HostPacer(self._delay_for, self._concurrency_for)

    def _delay_for(self, url: str) -> float:
        politeness = self.config.politeness_for(self.config.site_for(url))
        delay = politeness.delay
        if politeness.obey_robots:
            crawl_delay = self.robots.crawl_delay(url)
            if crawl_delay:
                delay = max(delay, min(crawl_delay, politeness.max_crawl_delay))
        return delay

    def _concurrency_for(self, key: str) -> int:
        site = self.config.site_for(f"http://{key}")
        return self.config.politeness_for(site).concurrency

    async def _get_robots(self, url: str) -> tuple[int, bytes]:
        result = await self.fetch(url, kind="robots", check_robots=False,
                                  accept_status=lambda status: True)
        return result.status, result.body

    async def fetch(self, url: str, *, headers: dict[str, str] | None = None, kind: str = "page",
                    check_robots: bool = True, note: str | None = None,
                    accept_status: Callable[[int], bool] | None = None) -> FetchResult:
        """GET ``url``, following redirects within the configured hosts."""
        limits = self.config.limits
        redirects: list[Redirect] = []
        seen = {url}
        current = url
        attempts = 0
        while True:
            self._check_host(url, current)
            self.pacer.check_open(current)
            politeness = self.config.politeness_for(self.config.site_for(current))
            if check_robots and politeness.obey_robots:
                robots = await self.robots.file_for(current)
                if not robots.allowed(current, self.robots.agent):
                    if robots.disallow_all:
                        raise FetchError(current, "robots_unreachable",
                                         f"{robots.url} could not be read ({robots.detail}); "
                                         "RFC 9309: nothing on the host may be fetched this run")
                    raise FetchError(current, "robots", "disallowed by robots.txt")
            response, tries = await self._with_retries(current, headers or {}, kind, note)
            attempts += tries
            location = response.header("location")
            if 300 <= response.status < 400 and response.status != 304 and location:
                target = str(httpx.URL(current).join(location))
                redirects.append(Redirect(response.status, current, target))
                if target in seen:
                    raise FetchError(url, "redirect_loop", f"{current} -> {target}")
                if len(redirects) > limits.max_redirects:
                    raise FetchError(url, "too_many_redirects", f"more than {limits.max_redirects}")
                seen.add(target)
                current = target
                continue
            result = FetchResult(url=url, final_url=current, status=response.status,
                                 headers=response.headers, body=response.body,
                                 redirects=tuple(redirects), attempts=attempts)
            ok = accept_status(result.status) if accept_status else (
                200 <= result.status < 300 or result.status == 304)
            if not ok:
                raise FetchError(url, f"http_{result.status}")
            return result

    def _check_host(self, url: str, current: str) -> None:
        if host_key(current) not in self.allowed_hosts:
            raise FetchError(url, "foreign_redirect" if url != current else "foreign_host",
                             f"{current} is outside the configured sites")

    async def _with_retries(self, url: str, headers: dict[str, str], kind: str,
                            note: str | None) -> tuple[FetchResult, int]:
        retries = self.config.retries
        last: FetchError | None = None
        for attempt in range(1, max(retries.attempts, 1) + 1):
            wait = min(retries.backoff * 2 ** (attempt - 1), retries.max_backoff)
            wait *= 1 + self.rng.random() * retries.jitter
            try:
                async with self.pacer.slot(url):
                    response = await self._request(url, headers, kind, note)
            except FetchError as error:
                if error.reason not in _RETRIED:
                    raise
                last = error
            else:
                if response.status not in RETRY_STATUSES:
                    return response, attempt
                last = FetchError(url, f"http_{response.status}")
                retry_after = parse_retry_after(response.header("retry-after"))
                if retry_after is not None:
                    if retry_after > retries.max_retry_after:
                        # The whole host asked for a long pause: no page of it is tried
                        # again in this run.
                        why = (f"{host_key(url)} asked to wait {retry_after:.0f} s (Retry-After "
                               f"on HTTP {response.status}); its pages wait for the next run")
                        self.pacer.close(url, why)
                        raise FetchError(url, "deferred", why)
                    wait = max(wait, retry_after)
            # The wait holds the whole host (the next page too), even after the last attempt.
            self.pacer.defer(url, wait)
        assert last is not None
        raise last

    async def _request(self, url: str, headers: dict[str, str], kind: str,
                       note: str | None = None) -> FetchResult:
        timeouts = self.config.timeouts
        try:
            async with asyncio.timeout(timeouts.total):
                async with self.client.stream("GET", url, headers=headers) as response:
                    body = b""
                    if 200 <= response.status_code < 300:
                        self._check_content_type(url, response, kind)
                        body = await read_limited(url, response, self.config.limits.max_body_bytes)
                    result = FetchResult(
                        url=url, final_url=url, status=response.status_code,
                        headers=_stored_headers(response.headers, len(body)), body=body)
        except FetchError:
            raise
        except (httpx.TimeoutException, TimeoutError) as error:
            raise FetchError(url, "timeout", type(error).__name__) from None
        except httpx.RemoteProtocolError as error:
            # h11: "peer closed connection without sending complete message body: ..."
            reason = "truncated" if "complete message body" in str(error) else "connection"
            raise FetchError(url, reason, str(error) or type(error).__name__) from None
        except httpx.NetworkError as error:
            raise FetchError(url, "connection", str(error) or type(error).__name__) from None
        except httpx.HTTPError as error:
            raise FetchError(url, "http_error", str(error) or type(error).__name__) from None
        if self.on_response:
            self.on_response(result, kind, note)
        return result

    def _check_content_type(self, url: str, response: httpx.Response, kind: str) -> None:
        if kind == "robots":
            return
        mime = response.headers.get("content-type", "").split(";")[0].strip().lower()
        if kind == "sitemap" and mime in _GZIP_TYPES:
            return  # sitemap.xml.gz, inflated under the limit by discovery
        if mime and mime not in self.config.limits.content_types:
            raise FetchError(url, "content_type", mime)


def _stored_headers(headers: httpx.Headers, length: int) -> tuple[tuple[str, str], ...]:
    """Response headers as archived: the body is kept decompressed, so say so."""
    kept = [(k, v) for k, v in headers.items()
            if k.lower() not in ("content-encoding", "transfer-encoding", "content-length")]
    return tuple(kept + [("Content-Length", str(length))])


async def read_limited(url: str, response: httpx.Response, limit: int) -> bytes:
    """The decompressed body, refusing as soon as it would exceed ``limit`` bytes.

    Decompression is done here, bounded per step, so a small gzip bomb never
    expands in memory beyond the limit.
    """
    if response.is_stream_consumed:  # a response built in memory (httpx.MockTransport)
        if len(response.content) > limit:
            raise FetchError(url, "too_large", f"body over {limit} bytes")
        return response.content
    declared = response.headers.get("content-length")
    coding = response.headers.get("content-encoding", "identity").strip().lower()
    if coding in ("", "identity") and declared and declared.isdigit() and int(declared) > limit:
        raise FetchError(url, "too_large", f"Content-Length {declared} > {limit}")
    decoder = _Decoder(coding, url)
    chunks: list[bytes] = []
    size = 0
    async for raw in response.aiter_raw():
        for piece in decoder.feed(raw, limit - size + 1):
            size += len(piece)
            if size > limit:
                raise FetchError(url, "too_large", f"body over {limit} bytes")
            chunks.append(piece)
    for piece in decoder.flush(limit - size + 1):
        size += len(piece)
        if size > limit:
            raise FetchError(url, "too_large", f"body over {limit} bytes")
        chunks.append(piece)
    return b"".join(chunks)


class _Decoder:
    """gzip/deflate decompression that never produces more than it is asked for at once."""

    def __init__(self, coding: str, url: str):
        self.url = url
        self.coding = coding
        self.fed = False
        if coding in ("gzip", "x-gzip"):
            self.obj = zlib.decompressobj(zlib.MAX_WBITS | 16)
        elif coding == "deflate":
            self.obj = zlib.decompressobj()
            self._raw_fallback = True
        elif coding in ("", "identity"):
            self.obj = None
        else:
            raise FetchError(url, "content_encoding", coding)

    def feed(self, data: bytes, budget: int):
        if self.obj is None:
            yield data
            return
        self.fed = self.fed or bool(data)
        pending = data
        while pending:
            try:
                out = self.obj.decompress(pending, budget)
            except zlib.error as error:
                if self.coding == "deflate" and getattr(self, "_raw_fallback", False):
                    # Some servers send raw deflate without the zlib header.
                    self._raw_fallback = False
                    self.obj = zlib.decompressobj(-zlib.MAX_WBITS)
                    continue
                raise FetchError(self.url, "corrupt", f"bad {self.coding} data: {error}")
            self._raw_fallback = False
            if out:
                yield out
                budget -= len(out)
                if budget <= 0:
                    return  # caller stops: over the limit
            if self.obj.unconsumed_tail:
                pending = self.obj.unconsumed_tail
            elif self.obj.eof and self.obj.unused_data.strip(b"\x00"):
                pending = self.obj.unused_data  # another gzip member follows
                self.obj = zlib.decompressobj(zlib.MAX_WBITS | 16)
            else:
                pending = b""

    def flush(self, budget: int):
        if self.obj is not None:
            tail = self.obj.flush()
            if tail:
                yield tail
            if self.fed and not self.obj.eof:  # a cut stream still decompresses: say so
                raise FetchError(self.url, "truncated",
                                 f"the {self.coding} stream ends before its end")


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, when.timestamp() - (now if now is not None else time.time()))

"""Finding article URLs: sitemaps (indexes, news sitemaps), RSS/Atom feeds, listing pages.

XML comes from strangers, so it is parsed with defusedxml with DTDs forbidden: an
external entity (XXE) or an entity expansion bomb is refused as ``unsafe_xml``.
The parsers are pure functions over bytes; :func:`discover_site` drives them with a
:class:`~.fetch.Fetcher`, bounded by the config's limits.
"""

from __future__ import annotations

import email.utils
import re
import zlib
from collections import deque
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Callable

from bs4 import BeautifulSoup
from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError, fromstring

from ..errors import FetchError
from .config import CrawlConfig, Pagination, Site, StartPoint
from .urls import canonical_url, host_key, is_http_url


@dataclass(frozen=True)
class Link:
    """A URL found in a sitemap or feed, with the date the source gives for it."""

    url: str
    modified: datetime | None = None


@dataclass(frozen=True)
class Candidate:
    """An article URL to fetch (canonical), where it was found, and its date if known."""

    url: str
    site: str
    modified: datetime | None
    found_in: str


@dataclass(frozen=True)
class Sitemap:
    pages: tuple[Link, ...] = ()
    sitemaps: tuple[Link, ...] = ()  # from a sitemap index


@dataclass
class Discovery:
    candidates: list[Candidate]
    failures: list[FetchError]
    documents: int = 0  # sitemaps, feeds and listing pages read


# -- XML -------------------------------------------------------------------------------

def _xml(body: bytes, url: str, limit: int):
    if body[:2] == b"\x1f\x8b":  # sitemap.xml.gz served as-is
        inflater = zlib.decompressobj(zlib.MAX_WBITS | 16)
        body = inflater.decompress(body, limit + 1)
        if len(body) > limit or inflater.unconsumed_tail:
            raise FetchError(url, "too_large", "compressed sitemap expands over the limit")
    try:
        return fromstring(body, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as error:
        raise FetchError(url, "unsafe_xml", type(error).__name__) from None
    except (ParseError, ValueError) as error:
        raise FetchError(url, "bad_xml", str(error)) from None


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _children(element, name: str):
    return [child for child in element if _local(child.tag) == name]


def _text(element, *path: str) -> str | None:
    for name in path:
        found = _children(element, name)
        if not found:
            return None
        element = found[0]
    return (element.text or "").strip() or None


def parse_sitemap(body: bytes, url: str = "", limit: int = 50 * 1024 * 1024) -> Sitemap:
    """Pages of a ``<urlset>`` (news sitemaps' publication dates too) or sitemaps of an index."""
    root = _xml(body, url, limit)
    kind = _local(root.tag)
    if kind == "sitemapindex":
        return Sitemap(sitemaps=tuple(
            Link(loc, parse_date(_text(item, "lastmod")))
            for item in _children(root, "sitemap") if (loc := _text(item, "loc"))))
    if kind != "urlset":
        raise FetchError(url, "bad_xml", f"not a sitemap: <{kind}>")
    pages = []
    for item in _children(root, "url"):
        loc = _text(item, "loc")
        if loc:
            when = _text(item, "news", "publication_date") or _text(item, "lastmod")
            pages.append(Link(loc, parse_date(when)))
    return Sitemap(pages=tuple(pages))


def parse_feed(body: bytes, url: str = "") -> tuple[Link, ...]:
    """Item links of an RSS 2.0 / RSS 1.0 (RDF) or Atom feed."""
    root = _xml(body, url, 50 * 1024 * 1024)
    kind = _local(root.tag)
    links = []
    if kind == "feed":  # Atom
        for entry in _children(root, "entry"):
            href = next((link.get("href") for link in _children(entry, "link")
                         if link.get("rel", "alternate") == "alternate" and link.get("href")), None)
            if href:
                when = _text(entry, "published") or _text(entry, "updated")
                links.append(Link(href.strip(), parse_date(when)))
        return tuple(links)
    if kind == "rss":
        channels = _children(root, "channel")
        items = _children(channels[0], "item") if channels else []
    elif kind == "rdf":
        items = _children(root, "item")
    else:
        raise FetchError(url, "bad_xml", f"not a feed: <{kind}>")
    for item in items:
        link = _text(item, "link")
        guid = _children(item, "guid")
        if not link and guid and guid[0].get("isPermaLink", "true") == "true":
            link = (guid[0].text or "").strip()
        if link:
            when = _text(item, "pubdate") or _text(item, "date")
            links.append(Link(link, parse_date(when)))
    return tuple(links)


def parse_date(value: str | None) -> datetime | None:
    """A W3C datetime (sitemaps, Atom) or RFC 822 date (RSS); None when unreadable."""
    if not value:
        return None
    value = value.strip()
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        try:
            parsed = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)


# -- listing pages ---------------------------------------------------------------------

def parse_listing(html: str, url: str, pagination: Pagination, page: int = 1
                  ) -> tuple[list[str], str | None]:
    """All links of a listing page (absolute) and its next page's URL, if any."""
    soup = BeautifulSoup(html, "lxml")
    links = [canonical_url(a["href"], base=url) for a in soup.find_all("a", href=True)
             if not a["href"].startswith(("javascript:", "mailto:", "#"))]
    return links, _next_page(soup, url, pagination, page)


def _next_page(soup, url: str, pagination: Pagination, page: int) -> str | None:
    for selector in pagination.next_selectors:
        found = soup.select_one(selector)
        if found is not None and found.get("href"):
            return canonical_url(found["href"], base=url)
    wanted = re.compile(rf"^(?:{re.escape(pagination.page_label)}\s*)?{page + 1}$", re.IGNORECASE)
    texts = {t.lower() for t in pagination.next_texts}
    for anchor in soup.find_all("a", href=True):
        label = " ".join(anchor.get_text(" ", strip=True).split())
        if label.lower() in texts or wanted.match(label) or (
                anchor.get("aria-label", "").lower() in texts):
            return canonical_url(anchor["href"], base=url)
    return None


# -- driving it ------------------------------------------------------------------------

async def discover_site(site: Site, config: CrawlConfig, fetch, *,
                        since: date | None = None,
                        on_document: Callable[[str, str], None] | None = None) -> Discovery:
    """Every article URL the site's start points lead to, canonical and deduplicated.

    ``fetch(url, kind) -> FetchResult`` is the fetcher; failures are collected, not raised,
    so one broken feed does not stop the others.
    """
    found: dict[str, Candidate] = {}
    failures: list[FetchError] = []
    discovery = Discovery([], failures)
    site_hosts = site.host_keys
    since_dt = datetime.combine(since, datetime.min.time(), timezone.utc) if since else None

    def add(link: str, modified: datetime | None, source: str) -> None:
        if not is_http_url(link):
            return
        url = canonical_url(link)
        if host_key(url) not in site_hosts or not site.is_article(url):
            return
        if since_dt and modified and modified < since_dt:
            return
        if url not in found:
            found[url] = Candidate(url, site.name, modified, source)

    for start in site.start:
        try:
            if start.kind == "sitemap":
                await _walk_sitemaps(start, config, fetch, add, since_dt, discovery)
            elif start.kind == "feed":
                result = await fetch(start.url, "feed")
                discovery.documents += 1
                for link in parse_feed(result.body, start.url):
                    add(link.url, link.modified, start.url)
            else:
                await _walk_listing(start, config, fetch, add, discovery)
        except FetchError as error:
            failures.append(error)
        if on_document:
            on_document(site.name, start.url)
    discovery.candidates = list(found.values())
    return discovery


async def _walk_sitemaps(start: StartPoint, config: CrawlConfig, fetch, add, since_dt,
                         discovery: Discovery) -> None:
    queue = deque([start.url])
    seen = {start.url}
    while queue:
        if discovery.documents >= config.limits.max_sitemaps:
            discovery.failures.append(FetchError(queue[0], "too_many_sitemaps",
                                                 f"limit {config.limits.max_sitemaps}"))
            return
        url = queue.popleft()
        try:
            result = await fetch(url, "sitemap")
            discovery.documents += 1
            sitemap = parse_sitemap(result.body, url, config.limits.max_body_bytes)
        except FetchError as error:
            if url == start.url:
                raise
            discovery.failures.append(error)
            continue
        for link in sitemap.pages:
            add(link.url, link.modified, url)
        for child in sitemap.sitemaps:
            if since_dt and child.modified and child.modified < since_dt:
                continue
            if child.url not in seen and is_http_url(child.url):
                seen.add(child.url)
                queue.append(child.url)


async def _walk_listing(start: StartPoint, config: CrawlConfig, fetch, add,
                        discovery: Discovery) -> None:
    limit = start.max_pages or config.limits.max_listing_pages
    url: str | None = start.url
    seen: set[str] = set()
    page = 1
    while url and page <= limit and url not in seen:
        seen.add(url)
        result = await fetch(url, "listing")
        discovery.documents += 1
        links, url = parse_listing(result.text, result.final_url, config.pagination, page)
        for link in links:
            if link not in seen:
                add(link, None, start.url)
        page += 1

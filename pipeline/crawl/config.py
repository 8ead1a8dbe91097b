"""The crawl configuration: a TOML file read once into frozen policy objects.

Defaults live here and nowhere else; the file only says what differs. Every problem
is a :class:`~pipeline.errors.ConfigError` naming the file and the key, e.g.
``sites.toml: sites[1].start[0]: unknown start point kind 'sitemapp'``.

A minimal file::

    [crawler]
    contact = "https://example.org/warta"

    [[sites]]
    name = "pelitabanten"
    url = "https://www.pelitabanten.com/"
    article_patterns = ['/\\d{4}/\\d{2}/\\d{2}/']
    start = [{ sitemap = "https://www.pelitabanten.com/sitemap.xml" }]
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, fields, replace
from functools import cached_property
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from .urls import host_key, is_http_url

START_KINDS = ("sitemap", "feed", "listing")
DEFAULT_USER_AGENT = "Warta/0.1 (Indonesian award news; +{contact})"


@dataclass(frozen=True)
class Politeness:
    """How hard a host is pressed: ``delay`` seconds between requests, ``concurrency`` at a time."""

    delay: float = 1.0
    concurrency: int = 1
    obey_robots: bool = True
    max_crawl_delay: float = 60.0  # a robots.txt Crawl-delay above this is capped


@dataclass(frozen=True)
class Timeouts:
    """Seconds: to connect, between two reads of the body, and for one whole request."""

    connect: float = 10.0
    read: float = 30.0
    total: float = 60.0


@dataclass(frozen=True)
class Retries:
    """Exponential backoff with jitter on connection errors, timeouts, 5xx and 429."""

    attempts: int = 4  # tries in all, the first one included
    backoff: float = 1.0  # first wait; doubles each retry
    max_backoff: float = 60.0
    jitter: float = 0.5  # each wait is multiplied by a random factor in [1, 1 + jitter]
    max_retry_after: float = 300.0  # a longer Retry-After gives the page up for this run


@dataclass(frozen=True)
class Limits:
    """Bounds on everything a site could make endless."""

    max_body_bytes: int = 10 * 1024 * 1024  # decoded size, enforced while streaming
    max_redirects: int = 5
    max_listing_pages: int = 5  # pages of one listing followed through its pagination
    max_sitemaps: int = 50  # sitemap files read per site (indexes included)
    max_article_parts: int = 10  # pages of one multi-page article
    content_types: tuple[str, ...] = (
        "text/html", "application/xhtml+xml", "application/xml", "text/xml",
        "application/rss+xml", "application/atom+xml", "text/plain")


@dataclass(frozen=True)
class Pagination:
    """How a listing page's "next page" link is recognised (first match wins)."""

    next_selectors: tuple[str, ...] = (
        "link[rel=next]", "a[rel=next]", "a.next", "a.next-page", "li.next a", ".pagination a.next")
    next_texts: tuple[str, ...] = ("selanjutnya", "berikutnya", "next", "»", "›", ">")
    page_label: str = "halaman"  # "Halaman 2" links are followed in order


@dataclass(frozen=True)
class StartPoint:
    """Where discovery begins: a sitemap (index, news), a feed (RSS/Atom) or a listing page."""

    kind: str
    url: str
    max_pages: int | None = None  # listing pages to follow; None: Limits.max_listing_pages


@dataclass(frozen=True)
class Multipage:
    """How one article spread over several pages is read as one.

    ``single_page_param`` ("single=1", detik style) asks the site for the whole article
    on one page; otherwise ``next_page`` (a CSS selector) is followed and the ``body``
    element of every page is appended to the first page's.
    """

    single_page_param: str | None = None
    next_page: str | None = None
    body: str | None = None


@dataclass(frozen=True)
class Site:
    name: str
    url: str
    start: tuple[StartPoint, ...]
    article_patterns: tuple[re.Pattern, ...] = ()  # a URL is an article when one matches
    exclude_patterns: tuple[re.Pattern, ...] = ()
    hosts: tuple[str, ...] = ()  # other host names of the same site (m., amp., ...)
    multipage: Multipage | None = None
    politeness: Politeness | None = None  # overrides the crawler's, for this site only

    @cached_property
    def host_keys(self) -> frozenset[str]:
        keys = {host_key(self.url)} | {host_key(f"http://{h}") for h in self.hosts}
        keys |= {host_key(s.url) for s in self.start}
        return frozenset(keys)

    def is_article(self, url: str) -> bool:
        if any(p.search(url) for p in self.exclude_patterns):
            return False
        if not self.article_patterns:
            return True
        return any(p.search(url) for p in self.article_patterns)


@dataclass(frozen=True)
class CrawlConfig:
    sites: tuple[Site, ...]
    contact: str = "https://github.com/warta"
    user_agent: str = DEFAULT_USER_AGENT
    politeness: Politeness = field(default_factory=Politeness)
    timeouts: Timeouts = field(default_factory=Timeouts)
    retries: Retries = field(default_factory=Retries)
    limits: Limits = field(default_factory=Limits)
    pagination: Pagination = field(default_factory=Pagination)
    allowed_redirect_hosts: tuple[str, ...] = ()
    revisit_after_days: float = 7.0  # known articles are fetched again (conditionally) after this
    quarantine_after: int = 3  # a page that failed this many times the same way is skipped (0: never)
    archive_dir: Path | None = None  # None: "<store>-warc/" next to the store
    source: str = "<config>"

    @property
    def user_agent_header(self) -> str:
        return self.user_agent.format(contact=self.contact)

    def politeness_for(self, site: Site | None) -> Politeness:
        return site.politeness if site and site.politeness else self.politeness

    @cached_property
    def allowed_host_keys(self) -> frozenset[str]:
        keys = set().union(*(site.host_keys for site in self.sites)) if self.sites else set()
        keys |= {host_key(f"http://{h}") for h in self.allowed_redirect_hosts}
        return frozenset(keys)

    def site_for(self, url: str) -> Site | None:
        return self._sites_by_host.get(host_key(url))

    @cached_property
    def _sites_by_host(self) -> dict[str, Site]:
        table: dict[str, Site] = {}
        for site in self.sites:
            for key in site.host_keys:
                table.setdefault(key, site)
        return table


# -- reading ---------------------------------------------------------------------------

def load_config(path: str | Path) -> CrawlConfig:
    """Read and validate a TOML crawl configuration."""
    path = Path(path)
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such configuration file") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: not valid TOML: {error}") from None
    except OSError as error:
        raise ConfigError(f"{path}: {error.strerror or error}") from None
    config = parse_config(data, source=str(path))
    if config.archive_dir is not None and not config.archive_dir.is_absolute():
        config = replace(config, archive_dir=path.parent / config.archive_dir)
    return config


def parse_config(data: dict, source: str = "<config>") -> CrawlConfig:
    """Build a :class:`CrawlConfig` from already-parsed TOML data."""
    reader = _Reader(source)
    reader.keys(data, "", {"crawler", "politeness", "timeouts", "retries", "limits",
                           "pagination", "sites"})
    crawler = data.get("crawler", {})
    reader.table(crawler, "crawler")
    reader.keys(crawler, "crawler", {"user_agent", "contact", "allowed_redirect_hosts",
                                     "revisit_after_days", "archive_dir", "quarantine_after"})
    kwargs: dict[str, Any] = {}
    if "contact" in crawler:
        kwargs["contact"] = reader.string(crawler["contact"], "crawler.contact")
        if not is_http_url(kwargs["contact"]) and not kwargs["contact"].startswith("mailto:"):
            reader.fail("crawler.contact", "must be an http(s) URL or mailto: address")
    if "user_agent" in crawler:
        kwargs["user_agent"] = reader.string(crawler["user_agent"], "crawler.user_agent")
        if "warta" not in kwargs["user_agent"].lower():
            reader.fail("crawler.user_agent", "must name Warta so sites know who is visiting")
    if "allowed_redirect_hosts" in crawler:
        kwargs["allowed_redirect_hosts"] = tuple(
            reader.strings(crawler["allowed_redirect_hosts"], "crawler.allowed_redirect_hosts"))
    if "revisit_after_days" in crawler:
        kwargs["revisit_after_days"] = reader.number(
            crawler["revisit_after_days"], "crawler.revisit_after_days")
    if "quarantine_after" in crawler:
        kwargs["quarantine_after"] = int(reader.number(crawler["quarantine_after"],
                                                       "crawler.quarantine_after"))
    if "archive_dir" in crawler:
        kwargs["archive_dir"] = Path(reader.string(crawler["archive_dir"], "crawler.archive_dir"))
    for name, cls in (("politeness", Politeness), ("timeouts", Timeouts), ("retries", Retries),
                      ("limits", Limits), ("pagination", Pagination)):
        if name in data:
            kwargs[name] = reader.policy(cls, data[name], name)
    sites = data.get("sites")
    if not isinstance(sites, list) or not sites:
        reader.fail("sites", "at least one [[sites]] table is needed")
    parsed = tuple(_site(reader, item, f"sites[{i}]") for i, item in enumerate(sites))
    names = [site.name for site in parsed]
    for i, name in enumerate(names):
        if names.index(name) != i:
            reader.fail(f"sites[{i}].name", f"duplicate site name {name!r}")
    return CrawlConfig(sites=parsed, source=source, **kwargs)


def _site(reader: "_Reader", item: Any, key: str) -> Site:
    reader.table(item, key)
    reader.keys(item, key, {"name", "url", "start", "article_patterns", "exclude_patterns",
                            "hosts", "multipage", "politeness"})
    for required in ("name", "url", "start"):
        if required not in item:
            reader.fail(f"{key}.{required}", "missing")
    url = reader.url(item["url"], f"{key}.url")
    starts = item["start"]
    if not isinstance(starts, list) or not starts:
        reader.fail(f"{key}.start", "must be a non-empty list of start points")
    start = tuple(_start(reader, s, f"{key}.start[{i}]") for i, s in enumerate(starts))
    multipage = None
    if "multipage" in item:
        multipage = reader.policy(Multipage, item["multipage"], f"{key}.multipage")
        if multipage.next_page and not multipage.body:
            reader.fail(f"{key}.multipage.body", "needed with next_page: the element to merge")
    politeness = (reader.policy(Politeness, item["politeness"], f"{key}.politeness")
                  if "politeness" in item else None)
    return Site(
        name=reader.string(item["name"], f"{key}.name"), url=url, start=start,
        article_patterns=reader.patterns(item.get("article_patterns", []), f"{key}.article_patterns"),
        exclude_patterns=reader.patterns(item.get("exclude_patterns", []), f"{key}.exclude_patterns"),
        hosts=tuple(reader.strings(item.get("hosts", []), f"{key}.hosts")),
        multipage=multipage, politeness=politeness)


def _start(reader: "_Reader", item: Any, key: str) -> StartPoint:
    if isinstance(item, str):
        reader.fail(key, 'write a start point as a table, e.g. { sitemap = "https://..." }')
    reader.table(item, key)
    kinds = [k for k in item if k in START_KINDS]
    unknown = [k for k in item if k not in START_KINDS and k != "max_pages"]
    if unknown:
        reader.fail(f"{key}.{unknown[0]}", f"unknown start point kind (use one of {', '.join(START_KINDS)})")
    if len(kinds) != 1:
        reader.fail(key, f"needs exactly one of {', '.join(START_KINDS)}")
    max_pages = None
    if "max_pages" in item:
        max_pages = int(reader.number(item["max_pages"], f"{key}.max_pages"))
    return StartPoint(kind=kinds[0], url=reader.url(item[kinds[0]], f"{key}.{kinds[0]}"),
                      max_pages=max_pages)


class _Reader:
    """Type checks that fail with the file and key."""

    def __init__(self, source: str):
        self.source = source

    def fail(self, key: str, problem: str):
        raise ConfigError(f"{self.source}: {key}: {problem}")

    def table(self, value: Any, key: str) -> None:
        if not isinstance(value, dict):
            self.fail(key, "must be a table")

    def keys(self, value: dict, key: str, allowed: set[str]) -> None:
        for name in value:
            if name not in allowed:
                where = f"{key}.{name}" if key else name
                self.fail(where, f"unknown key (known: {', '.join(sorted(allowed))})")

    def string(self, value: Any, key: str) -> str:
        if not isinstance(value, str) or not value.strip():
            self.fail(key, "must be a non-empty string")
        return value.strip()

    def strings(self, value: Any, key: str) -> list[str]:
        if not isinstance(value, list):
            self.fail(key, "must be a list of strings")
        return [self.string(v, f"{key}[{i}]") for i, v in enumerate(value)]

    def number(self, value: Any, key: str) -> float:
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
            self.fail(key, "must be a number >= 0")
        return value

    def url(self, value: Any, key: str) -> str:
        value = self.string(value, key)
        if not is_http_url(value):
            self.fail(key, f"must be an http(s) URL, not {value!r}")
        return value

    def patterns(self, value: Any, key: str) -> tuple[re.Pattern, ...]:
        out = []
        for i, text in enumerate(self.strings(value, key)):
            try:
                out.append(re.compile(text))
            except re.error as error:
                self.fail(f"{key}[{i}]", f"bad regular expression: {error}")
        return tuple(out)

    def policy(self, cls, value: Any, key: str):
        """A policy dataclass from a table: known keys only, each of its default's type."""
        self.table(value, key)
        known = {f.name: f for f in fields(cls)}
        self.keys(value, key, set(known))
        defaults = cls()
        kwargs = {}
        for name, item in value.items():
            default = getattr(defaults, name)
            where = f"{key}.{name}"
            if isinstance(default, bool):
                if not isinstance(item, bool):
                    self.fail(where, "must be true or false")
                kwargs[name] = item
            elif isinstance(default, (int, float)) and not isinstance(default, bool):
                number = self.number(item, where)
                kwargs[name] = int(number) if isinstance(default, int) else float(number)
            elif isinstance(default, tuple):
                kwargs[name] = tuple(self.strings(item, where))
            else:
                kwargs[name] = self.string(item, where)
        return cls(**kwargs)

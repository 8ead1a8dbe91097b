"""Canonical URLs: one spelling per page, so state and dedup key on the page, not the link.

>>> canonical_url("HTTPS://www.Situs.id:443/amp/berita/1?utm_source=x&b=2&a=1#top")
'https://www.situs.id/berita/1?a=1&b=2'
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

# Query parameters that say who sent the reader, never which page it is.
TRACKING_PARAMS = frozenset({
    "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "igshid", "mc_cid",
    "mc_eid", "_ga", "_gl", "ref", "ref_src", "src", "utm", "cmpid", "spm", "share",
    "amp", "amp_js_v", "usqp", "outputtype", "amp_gsa",
})
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "__twitter", "ga_")
_AMP_SEGMENT = re.compile(r"(^/amp(?=/))|(/amp/?$)|(\.amp(?=$|\.html?$))", re.IGNORECASE)
_DEFAULT_PORTS = {"http": 80, "https": 443}
_UNSAFE = re.compile(r"[\t\r\n\\]")  # URLs urlsplit would clean up first: take its slow path
_NETLOC_END = re.compile(r"[/?#]")


def canonical_url(url: str, base: str | None = None) -> str:
    """``url`` (made absolute against ``base``) without fragment, tracking or AMP markers."""
    if base:
        url = urljoin(base, url.strip())
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().rstrip(".")
    if host.startswith("amp."):
        host = host[4:]
    port = parts.port
    netloc = host if port is None or _DEFAULT_PORTS.get(scheme) == port else f"{host}:{port}"
    path = _AMP_SEGMENT.sub("", parts.path) or "/"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if not _is_tracking(k)]
    return urlunsplit((scheme, netloc, path, urlencode(sorted(query)), ""))


def _is_tracking(name: str) -> bool:
    lowered = name.lower()
    return lowered in TRACKING_PARAMS or lowered.startswith(TRACKING_PREFIXES)


def host_key(url: str) -> str:
    """The host a URL belongs to for politeness and redirect checks: ``www.`` and default ports ignored."""
    scheme, sep, rest = url.partition("://")
    if sep and scheme.isalpha() and not _UNSAFE.search(url):
        # Called several times per request: parse each (scheme, netloc) once.
        return _host_key(scheme, _NETLOC_END.split(rest, 1)[0])
    return _host_key_of(url)


@lru_cache(maxsize=1024)
def _host_key(scheme: str, netloc: str) -> str:
    return _host_key_of(f"{scheme}://{netloc}/")


def _host_key_of(url: str) -> str:
    parts = urlsplit(url)
    host = (parts.hostname or "").lower().rstrip(".")
    host = host.removeprefix("www.")
    port = parts.port
    if port is None or _DEFAULT_PORTS.get(parts.scheme.lower()) == port:
        return host
    return f"{host}:{port}"


def origin(url: str) -> str:
    """``scheme://netloc`` of a URL (where its robots.txt lives)."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def is_http_url(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def with_query(url: str, param: str) -> str:
    """``url`` with ``param`` ("single=1") added to its query, e.g. to ask for a one-page view."""
    parts = urlsplit(url)
    name, _, value = param.partition("=")
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != name]
    query.append((name, value))
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), parts.fragment))

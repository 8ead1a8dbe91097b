"""Page metadata: site, title, author, canonical URL, language."""

from __future__ import annotations

import json
import re
from urllib.parse import urlsplit

from .boilerplate import words
from .rules import CleanRules


def site_of(url: str | None) -> str | None:
    """The host of ``url`` without "www." ("jateng.tribunnews.com")."""
    if not url:
        return None
    host = urlsplit(url if "//" in url else "//" + url).hostname
    return re.sub(r"^www\d?\.", "", host) if host else None


def guess_language(text: str, rules: CleanRules) -> str | None:
    """The language whose common words cover most of ``text`` (None when too short to tell)."""
    tokens = [t.lower() for t in words(text[:5000])]
    if len(tokens) < 20:
        return None
    scores = {code: sum(1 for t in tokens if t in common) for code, common in rules.languages}
    best = max(scores, key=scores.get, default=None)
    return best if best and scores[best] >= 0.08 * len(tokens) else None


_ARTICLE_TYPES = {"newsarticle", "article", "blogposting", "reportagenews", "analysisnewsarticle",
                  "opinionnewsarticle", "backgroundnewsarticle", "techarticle", "scholarlyarticle",
                  "liveblogposting", "socialmediaposting", "webpage", "report"}


def json_ld_article(blocks: list[str]) -> dict:
    """The first schema.org article object in a page's JSON-LD blocks (``{}`` when none).

    Broken JSON is common on news sites; a block that does not parse is skipped.
    """
    found: list[dict] = []
    for block in blocks:
        try:
            data = json.loads(block, strict=False)
        except (ValueError, RecursionError):  # broken, or nested deeper than the parser goes
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                kind = item.get("@type")
                kinds = {str(k).lower() for k in (kind if isinstance(kind, list) else [kind])}
                if kinds & _ARTICLE_TYPES:
                    found.append(item)
                if "@graph" in item:
                    stack.extend(reversed(item["@graph"] if isinstance(item["@graph"], list) else [item["@graph"]]))
    found.sort(key=lambda d: "webpage" in str(d.get("@type")).lower())  # real articles first
    return found[0] if found else {}


def person_name(value) -> str | None:
    """An author's name from a JSON-LD author value (a string, an object, or a list of them)."""
    if isinstance(value, list):
        names = [n for n in (person_name(v) for v in value) if n]
        return ", ".join(names) if names else None
    if isinstance(value, dict):
        value = value.get("name")
    if isinstance(value, str) and value.strip() and not _looks_like_url(value):
        return value.strip()
    return None


def _looks_like_url(value: str) -> bool:
    return value.startswith(("http://", "https://", "www.", "/"))


_SEPARATORS = re.compile(r"\s+[|\-–—»:~·•]\s+|\s*::\s*|\s*\|\s*|(?<=\w)[:]\s+")


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def trim_site_name(title: str, site_names: list[str], host: str | None = None) -> str:
    """Drop the site's own name from either end of a title ("X - Kompas.com" → "X").

    A part is the site's name when it is one of ``site_names``, a domain ("Harnus.co.id"), or
    made only of words the host is written with ("Tribun Jateng" on jateng.tribunnews.com).
    """
    return _trim_site_name(title, _site_keys(site_names), _key(host or ""))


def _site_keys(site_names: list[str]) -> set[str]:
    return {k for k in (_key(re.sub(r"\.(com|co\.id|id|net|org|co)$", "", n.strip(), flags=re.I))
                        for n in site_names if n) if len(k) >= 3}


def _trim_site_name(title: str, keys: set[str], host_key: str) -> str:
    parts = _SEPARATORS.split(title)
    if len(parts) == 1:
        return title.strip()
    seps = _SEPARATORS.findall(title)

    def is_site(part: str) -> bool:
        key = _key(part)
        if not key:
            return False
        if any(key.startswith(k) or k.startswith(key) and len(key) >= 4 for k in keys):
            return True
        if _DOMAIN.search(part.strip()):
            return True
        tokens = [t.lower() for t in words(part)]
        return bool(host_key) and 0 < len(tokens) <= 4 and all(len(t) >= 3 and t in host_key for t in tokens)
    start, end = 0, len(parts)
    while end - start > 1 and is_site(parts[end - 1]):
        end -= 1
    while end - start > 1 and is_site(parts[start]):
        start += 1
    if (start, end) == (0, len(parts)):
        return title.strip()
    out = parts[start]
    for sep, part in zip(seps[start:end - 1], parts[start + 1:end]):
        out += sep + part
    return out.strip()


_DOMAIN = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.(?:com|co\.id|id|net|org|co|tv|news|info|web\.id|go\.id|or\.id)$",
                     re.IGNORECASE)
_SUFFIX_SEPARATOR = re.compile(r"\s+(?:::|\||»)\s+|\s*::\s*")
_SUFFIX_WORDS = 4  # a trailing part after " | " or " :: " this short is a site or section name


def drop_title_suffix(title: str) -> str:
    """Drop trailing parts after " | ", " :: " or " » " that are too short to be the headline's
    ("Judul Berita Panjang | Nasional | Harian Contoh" → "Judul Berita Panjang")."""
    parts = _SUFFIX_SEPARATOR.split(title)
    if len(parts) == 1:
        return title
    while len(parts) > 1 and len(words(parts[-1])) <= _SUFFIX_WORDS \
            and len(words(" ".join(parts[:-1]))) >= 3:
        parts.pop()
    if len(parts) == len(_SUFFIX_SEPARATOR.split(title)):
        return title
    return title[:title.find(parts[-1]) + len(parts[-1])].strip()


def pick_title(candidates: list[str | None], headings: list[str], site_names: list[str],
               host: str | None = None) -> str | None:
    """The page's title: a heading that the meta title contains, else the meta title trimmed.

    A meta title cut short (broken quoting: ``content='Judul 'Kutipan''``) gives way to a
    fuller candidate that continues it with words, not with a separator and the site's name.
    """
    titles = list(dict.fromkeys(c.strip() for c in candidates if c and c.strip()))  # og, twitter, <title> repeat
    keys, host_key = _site_keys(site_names), _key(host or "")
    trimmed = [t for t in (drop_title_suffix(_trim_site_name(t, keys, host_key)) for t in titles) if t]
    for heading in headings:
        # The heading must be the headline's, not the site's name that the meta title ends with.
        if len(words(heading)) >= 3 and any(heading.lower() in t.lower() for t in trimmed):
            return heading
    if trimmed:
        first = trimmed[0]
        fuller = [t for t in trimmed[1:] if len(t) > len(first) and t.startswith(first)
                  and not _SEPARATORS.match(t[len(first):])]
        return max(fuller, key=len) if fuller else first
    return next((h for h in headings if len(words(h)) >= 3), None)


def normalise_language(value: str | None) -> str | None:
    if not value:
        return None
    code = re.split(r"[-_]", value.strip().lower())[0]
    code = {"in": "id", "iw": "he", "ji": "yi"}.get(code, code)  # pre-1989 ISO 639 codes
    return code if re.fullmatch(r"[a-z]{2,3}", code) else None


_SUFFIX_LABELS = frozenset("www m amp com co id net org go ac or sch web my biz info news tv".split())


def site_core(host: str | None) -> str | None:
    """The distinctive label of a host ("jateng.tribunnews.com" → "tribunnews")."""
    if not host:
        return None
    labels = [label for label in host.lower().split(".") if label]
    while len(labels) > 1 and labels[-1] in _SUFFIX_LABELS:
        labels.pop()
    return labels[-1] if labels else None

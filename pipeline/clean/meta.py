"""Page metadata: site, title, author, canonical URL, language."""

from __future__ import annotations

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

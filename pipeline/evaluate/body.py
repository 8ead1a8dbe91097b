"""The gold body span of a document, and token precision/recall of a cleaned text against it.

The span runs from ``body_first`` to ``body_last`` in the document's text (a ``.txt``
file as it is; an HTML page as its visible text, one line per block), minus inserted
"Baca Juga" / related-link lines. Tokens are ``\\w+`` of the lower-cased text, counted
as a multiset. The document is read here, independently of the cleaner being measured.
"""

from __future__ import annotations

import gzip
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

_WORD = re.compile(r"\w+")
# Lines a page inserts into the article's own text: the gold span excludes them. A line
# holding only the marker (its headline on the next line, as HTML blocks often give it)
# takes the next line with it.
INSERT_MARKERS = ("baca juga", "simak juga", "lihat juga", "berita terkait",
                  "artikel terkait", "baca selengkapnya")
_MARKER_LINE = re.compile(r"^[\W_]*(" + "|".join(INSERT_MARKERS) + r")\b\W*(.*)$", re.IGNORECASE)
_HIDDEN_TAGS = ("script", "style", "noscript", "template", "head", "svg", "iframe", "object")
_BLOCK_TAGS = ("address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figcaption",
               "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
               "li", "main", "nav", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul")


def tokenise(text: str | None) -> list[str]:
    return _WORD.findall((text or "").lower())


@dataclass(frozen=True)
class BodyScore:
    precision: float
    recall: float


def body_score(predicted_text: str | None, gold_tokens: list[str]) -> BodyScore:
    """Multiset token precision and recall; an empty prediction scores 0 / 0."""
    predicted = tokenise(predicted_text)
    if not predicted:
        return BodyScore(0.0, 0.0)
    overlap = sum((Counter(predicted) & Counter(gold_tokens)).values())
    return BodyScore(overlap / len(predicted), overlap / len(gold_tokens))


def document_text(path: str | Path) -> str:
    """The text a reader sees: a ``.txt`` file as is, an HTML page's visible text."""
    path = Path(path)
    raw = path.read_bytes()
    name = path.name.lower()
    if name.endswith(".gz"):
        raw, name = gzip.decompress(raw), name[:-3]
    text = _decode(raw)
    if name.endswith((".html", ".htm")) or (not name.endswith(".txt") and _looks_like_html(text)):
        return visible_text(text)
    return text


def visible_text(html: str) -> str:
    """An HTML page's visible text, each block on its own line."""
    from bs4 import BeautifulSoup
    try:
        soup = BeautifulSoup(html, "lxml")
    except Exception:  # lxml missing or unusable: the slower stdlib parser reads the same text
        soup = BeautifulSoup(html, "html.parser")
    for tag in soup.find_all(_HIDDEN_TAGS):
        tag.decompose()
    for tag in soup.find_all("br"):
        tag.replace_with("\n")
    for tag in soup.find_all(_BLOCK_TAGS):
        tag.insert_before("\n")
        tag.insert_after("\n")
    return soup.get_text()


def gold_span_tokens(text: str, body_first: str, body_last: str) -> list[str] | None:
    """Tokens of the gold body span, inserted lines removed; None when the span is not found."""
    lines = _kept_lines(text)
    flat = [(token, keep) for line, keep in lines for token in tokenise(line)]
    words = [token for token, _ in flat]
    first, last = tokenise(body_first), tokenise(body_last)
    if not first or not last:
        return None
    starts = _occurrences(words, first)
    for end_start in _occurrences(words, last):
        before = [s for s in starts if s <= end_start]
        if before:  # the tightest span: the last start before the first end that has one
            start, end = before[-1], end_start + len(last)
            return [token for token, keep in flat[start:end] if keep]
    return None


def _kept_lines(text: str) -> list[tuple[str, bool]]:
    """Every line with whether it belongs to the article (False: an inserted line)."""
    lines, drop_next = [], False
    for line in text.splitlines():
        if not line.strip():
            lines.append((line, True))
            continue
        marker = _MARKER_LINE.match(line.strip())
        if marker:
            lines.append((line, False))
            drop_next = not _WORD.search(marker.group(2))
        else:
            lines.append((line, not drop_next))
            drop_next = False
    return lines


def _occurrences(words: list[str], pattern: list[str]) -> list[int]:
    """Start indexes of ``pattern`` in ``words``; its first and last words may be cut
    (a gold edge copied mid-word), so they need only end / begin the text's word."""
    n = len(pattern)
    found = []
    for i in range(len(words) - n + 1):
        window = words[i:i + n]
        if n == 1:
            ok = pattern[0] in window[0]
        else:
            ok = (window[0].endswith(pattern[0]) and window[-1].startswith(pattern[-1])
                  and window[1:-1] == pattern[1:-1])
        if ok:
            found.append(i)
    return found


def _decode(raw: bytes) -> str:
    # UTF-8 first: pages that declare iso-8859-1 are often UTF-8 in fact.
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        from charset_normalizer import from_bytes
        best = from_bytes(raw).best()
        if best is not None:
            return str(best)
    except ImportError:
        pass
    return raw.decode("cp1252", errors="replace")


def _looks_like_html(text: str) -> bool:
    head = text[:2048].lower()
    return "<html" in head or "<!doctype html" in head or "<body" in head

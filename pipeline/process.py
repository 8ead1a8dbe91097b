"""The pipeline's order, written down once: clean → extract (+ normalise) → store.

Every entry point (CLI, crawler, archive replay, evaluator) goes through these
functions, so a document is treated the same way whichever way it arrived.
"""

from __future__ import annotations

from pathlib import Path

from .clean import clean_document, clean_html, clean_text
from .extract import extract
from .models import Article, Extraction
from .rules import Rules, load_rules
from .store import Store


def analyse(article: Article, rules: Rules | None = None) -> Extraction:
    """Extract and normalise the awards and scores of a cleaned article."""
    if not article.is_article:
        return Extraction(article)
    return extract(article, rules or load_rules())


def analyse_document(path: str | Path, url: str | None = None,
                     rules: Rules | None = None) -> Extraction:
    """Clean a file (HTML page or plain-text copy) and extract from it."""
    return analyse(clean_document(path, url=url), rules)


def analyse_page(content: str | bytes, url: str | None = None, *, content_type: str = "html",
                 source: str | None = None, rules: Rules | None = None) -> Extraction:
    """Clean fetched content (``content_type`` "html" or "text") and extract from it."""
    if content_type == "text":
        text = content.decode("utf-8") if isinstance(content, bytes) else content
        article = clean_text(text, url=url, source=source)
    else:
        article = clean_html(content, url=url, source=source)
    return analyse(article, rules)


def process_document(store: Store, path: str | Path, url: str | None = None,
                     rules: Rules | None = None) -> dict:
    """Clean, extract and store one file; returns the store's counts for it."""
    return store.save(analyse_document(path, url=url, rules=rules))


def process_page(store: Store, content: str | bytes, url: str | None = None, *,
                 source: str | None = None, rules: Rules | None = None) -> dict:
    """Clean, extract and store one fetched HTML page; returns the store's counts for it."""
    return store.save(analyse_page(content, url, source=source, rules=rules))

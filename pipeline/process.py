"""The pipeline's order, written down once: clean → extract (+ normalise) → store.

Every entry point (CLI, crawler, archive replay, evaluator) goes through these
functions, so a document is treated the same way whichever way it arrived.

Batches go through the *guarded* forms: inside them any exception of one document
becomes a :class:`~pipeline.errors.DocumentFailed` naming the stage, so the batch can
record it and go on. Only a :class:`~pipeline.errors.StoreError` (disk full, read-only
or damaged store) passes through: then nothing after it could be kept.
"""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from .clean import clean_document, clean_html, clean_text
from .errors import DocumentFailed, InputError, StoreError
from .extract import extract
from .failures import Failure, FailureLog, FailurePolicy, file_hash, file_key, still_quarantined
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


# -- the failure boundary ----------------------------------------------------------------

@contextmanager
def stage(name: str, document: str):
    """Any exception in stage ``name`` of ``document`` becomes :class:`DocumentFailed`.

    A :class:`StoreError` passes through (the store, not the document, is in trouble);
    KeyboardInterrupt and SystemExit are not exceptions of the document either.
    """
    try:
        yield
    except (DocumentFailed, StoreError):
        raise
    except InputError as error:  # missing, unreadable, empty or binary: the document as read
        raise DocumentFailed(document, "read", error, error.problem) from error
    except Exception as error:  # noqa: BLE001 - the boundary: RecursionError, E088, bugs, ...
        raise DocumentFailed(document, name, error) from error


def guarded_analyse_document(path: str | Path, url: str | None = None,
                             rules: Rules | None = None) -> Extraction:
    """:func:`analyse_document`, failing only with :class:`DocumentFailed` (or StoreError)."""
    with stage("clean", str(path)):
        article = clean_document(path, url=url)
    with stage("extract", str(path)):
        return analyse(article, rules)


def guarded_analyse_page(content: str | bytes, url: str, *, source: str | None = None,
                         rules: Rules | None = None) -> Extraction:
    """:func:`analyse_page` for HTML, failing only with :class:`DocumentFailed` (or StoreError)."""
    with stage("clean", url):
        article = clean_html(content, url=url, source=source)
    with stage("extract", url):
        return analyse(article, rules)


def guarded_save(store: Store, extraction: Extraction, document: str) -> dict:
    """``store.save``; the article's own trouble is :class:`DocumentFailed`, the store's StoreError."""
    with stage("store", document):
        return store.save(extraction)


# -- a batch of files ----------------------------------------------------------------------

@dataclass
class FileBatch:
    """What ``process_files`` did."""

    documents: int = 0
    processed: int = 0
    not_articles: int = 0
    new_records: int = 0
    failed: list[Failure] = field(default_factory=list)  # this batch's failures
    quarantined: list[Failure] = field(default_factory=list)  # skipped, as before

    def summary(self) -> str:
        return (f"{self.processed + self.not_articles} documents processed, {len(self.failed)} "
                f"failed, {len(self.quarantined)} quarantined, {self.new_records} new records")


def process_files(store: Store, paths: Iterable[str | Path], *, url: str | None = None,
                  rules: Rules | None = None, policy: FailurePolicy = FailurePolicy(),
                  on_failure: Callable[[Failure], None] | None = None) -> FileBatch:
    """Clean, extract and store each file; one that fails is recorded and the batch goes on.

    A quarantined file (see :mod:`pipeline.failures`) is skipped while its bytes are
    those that failed. Raises only :class:`StoreError`.
    """
    log = FailureLog(store, policy)
    known = log.of_kind("file")
    batch = FileBatch()
    for path in paths:
        batch.documents += 1
        key = file_key(path)
        before = known.get(key)
        if before is not None and before.quarantined and still_quarantined(before, file_hash(path)):
            batch.quarantined.append(before)
            continue
        try:
            extraction = guarded_analyse_document(path, url=url, rules=rules)
            counts = guarded_save(store, extraction, str(path))
        except DocumentFailed as failed:
            failure = log.record(key, "file", failed, file_hash(path), source=str(path))
            batch.failed.append(failure)
            if on_failure:
                on_failure(failure)
            continue
        if before is not None:
            log.succeeded(key)
        if extraction.article.is_article:
            batch.processed += 1
            batch.new_records += counts["new_records"]
        else:
            batch.not_articles += 1
    return batch

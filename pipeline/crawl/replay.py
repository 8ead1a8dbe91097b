"""Replaying archives: clean → extract → store from WARC files, without the network.

Each page is behind the same failure boundary as in a crawl: a page that fails is
recorded (keyed by its canonical URL, as the crawl keys it) and the replay goes on; a
quarantined page whose text is unchanged is skipped. An archive that cannot be read,
or breaks off, is one failure; the pages read from it before stay processed.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from ..errors import DocumentFailed, InputError, StoreError
from ..failures import Failure, FailureLog, FailurePolicy, content_hash, still_quarantined
from ..store import Store
from .archive import read_articles


@dataclass
class ReplayReport:
    archives: int = 0
    pages: int = 0
    processed: int = 0
    not_articles: int = 0
    records_added: int = 0
    replaced_bytes: int = 0  # articles whose archived bytes had undecodable sequences
    failed: Counter = field(default_factory=Counter)  # an archive's problem -> count
    failures: list[Failure] = field(default_factory=list)  # pages that failed
    quarantined: list[Failure] = field(default_factory=list)  # pages skipped

    @property
    def failed_total(self) -> int:
        return sum(self.failed.values()) + len(self.failures)


def process_archives(store: Store, paths: Iterable[str | Path], *, rules=None,
                     policy: FailurePolicy = FailurePolicy()) -> ReplayReport:
    """Every article page of the WARC files through the pipeline into ``store`` (idempotent).

    Raises only :class:`StoreError`.
    """
    from .run import store_article
    from ..process import stage
    report = ReplayReport()
    log = FailureLog(store, policy)
    known = log.of_kind("page")
    for path in paths:
        report.archives += 1
        try:
            for page in read_articles(path):
                report.pages += 1
                content = content_hash(page.text)
                before = known.get(page.url)
                if still_quarantined(before, content):
                    report.quarantined.append(before)
                    continue
                try:
                    with stage("process", page.url):
                        processed = store_article(store, page.text, page.url, page.source,
                                                  rules=rules)
                except DocumentFailed as failed:
                    known[page.url] = log.record(page.url, "page", failed, content, page.source)
                    report.failures.append(known[page.url])
                    continue
                if before is not None:
                    log.succeeded(page.url)
                    del known[page.url]
                if processed.is_article:
                    report.processed += 1
                    report.records_added += processed.new_records
                    if page.replaced:
                        report.replaced_bytes += 1
                        store.set_article_flags(processed.article_id, {"replaced_bytes": (
                            f"{page.replaced} undecodable byte sequence(s) replaced with U+FFFD")})
                    elif store.article_flags(processed.article_id):
                        store.set_article_flags(processed.article_id, {})
                else:
                    report.not_articles += 1
        except InputError as error:
            report.failed[str(error)] += 1
        except StoreError:
            raise
        except Exception as error:  # noqa: BLE001 - the archive itself broke off (bad gzip, ...)
            report.failed[f"{path}: cannot read further: {type(error).__name__}: {error}"] += 1
    return report

"""Replaying archives: clean → extract → store from WARC files, without the network."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from ..errors import InputError
from ..store import Store
from .archive import read_articles


@dataclass
class ReplayReport:
    archives: int = 0
    pages: int = 0
    processed: int = 0
    not_articles: int = 0
    records_added: int = 0
    failed: Counter = field(default_factory=Counter)  # archive or page -> problem

    @property
    def failed_total(self) -> int:
        return sum(self.failed.values())


def process_archives(store: Store, paths: Iterable[str | Path], *, rules=None) -> ReplayReport:
    """Every article page of the WARC files through the pipeline into ``store`` (idempotent)."""
    from .run import store_article
    report = ReplayReport()
    for path in paths:
        report.archives += 1
        try:
            for page in read_articles(path):
                report.pages += 1
                try:
                    processed = store_article(store, page.text, page.url, page.source, rules=rules)
                except InputError as error:
                    report.failed[f"{page.source}: {error.problem}"] += 1
                    continue
                if processed.is_article:
                    report.processed += 1
                    report.records_added += processed.new_records
                else:
                    report.not_articles += 1
        except InputError as error:
            report.failed[str(error)] += 1
    return report

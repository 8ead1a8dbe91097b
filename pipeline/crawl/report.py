"""The run report: what a crawl did, as JSON next to the store and a summary on stderr."""

from __future__ import annotations

import json
import time
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from ..errors import StoreError

MAX_LISTED_FAILURES = 500


@dataclass
class SiteReport:
    discovered: int = 0
    to_fetch: int = 0
    fetched: int = 0
    not_modified: int = 0
    unchanged: int = 0
    processed: int = 0
    failed: int = 0
    quarantined: int = 0
    deferred: int = 0


@dataclass
class RunReport:
    run_id: str
    store: str
    started_at: datetime
    config: str = ""
    archive: str | None = None
    finished_at: datetime | None = None
    status: str = "running"
    discovered: int = 0  # distinct article URLs found
    skipped_known: int = 0  # known and not due for a revisit
    skipped_budget: int = 0  # left for the next run by --max-pages
    fetched: int = 0  # 200 responses for article pages
    not_modified: int = 0  # 304
    unchanged: int = 0  # 200 with the same body as last time
    processed: int = 0  # cleaned, extracted, stored
    not_articles: int = 0  # the cleaner said: not an article
    records_added: int = 0  # new awards and scores in the store
    discovery_documents: int = 0  # sitemaps, feeds and listing pages read
    replaced_bytes: int = 0  # articles stored with undecodable bytes replaced by U+FFFD
    failed: Counter = field(default_factory=Counter)  # reason -> pages
    failures: list[dict] = field(default_factory=list)
    quarantined: list[dict] = field(default_factory=list)  # skipped: failed the same way before
    deferred: int = 0  # pages left for the next run: their host asked for a long pause
    deferred_hosts: dict[str, str] = field(default_factory=dict)  # host -> why
    robots: dict[str, dict] = field(default_factory=dict)  # robots.txt not read as "ok": origin -> status
    error: str | None = None  # why the run stopped, when it was aborted
    seconds: Counter = field(default_factory=Counter)  # stage -> seconds (summed over sites)
    sites: dict[str, SiteReport] = field(default_factory=dict)

    def site(self, name: str) -> SiteReport:
        return self.sites.setdefault(name, SiteReport())

    def fail(self, site: str, url: str, reason: str, detail: str = "", stage: str = "fetch") -> None:
        self.failed[reason] += 1
        self.site(site).failed += 1
        if len(self.failures) < MAX_LISTED_FAILURES:
            self.failures.append({"site": site, "url": url, "stage": stage, "reason": reason,
                                  "detail": detail})

    def quarantine(self, site: str, failure) -> None:
        self.site(site).quarantined += 1
        if len(self.quarantined) < MAX_LISTED_FAILURES:
            self.quarantined.append({"site": site, "url": failure.key, "stage": failure.stage,
                                     "error": failure.error, "message": failure.message,
                                     "count": failure.count, "since": failure.first_failed})

    def defer(self, site: str, host: str, why: str) -> None:
        self.deferred += 1
        self.site(site).deferred += 1
        self.deferred_hosts.setdefault(host, why)

    @contextmanager
    def timed(self, stage: str):
        start = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[stage] += time.perf_counter() - start

    @property
    def failed_total(self) -> int:
        return sum(self.failed.values())

    def to_dict(self) -> dict:
        return {
            "run_id": self.run_id, "status": self.status, "store": self.store,
            "config": self.config, "archive": self.archive,
            "started_at": self.started_at.isoformat(),
            "finished_at": self.finished_at.isoformat() if self.finished_at else None,
            "error": self.error,
            "pages": {"discovered": self.discovered, "skipped_known": self.skipped_known,
                      "skipped_budget": self.skipped_budget, "fetched": self.fetched,
                      "not_modified": self.not_modified, "unchanged": self.unchanged,
                      "processed": self.processed, "not_articles": self.not_articles,
                      "failed": self.failed_total, "quarantined": self.quarantined_total,
                      "deferred": self.deferred, "replaced_bytes": self.replaced_bytes},
            "failed_by_reason": dict(sorted(self.failed.items())),
            "records_added": self.records_added,
            "discovery_documents": self.discovery_documents,
            "seconds_per_stage": {k: round(v, 3) for k, v in sorted(self.seconds.items())},
            "sites": {name: vars(site) for name, site in sorted(self.sites.items())},
            "robots": dict(sorted(self.robots.items())),
            "deferred_hosts": dict(sorted(self.deferred_hosts.items())),
            "failures": self.failures,
            "quarantined": self.quarantined,
        }

    @property
    def quarantined_total(self) -> int:
        return sum(site.quarantined for site in self.sites.values())

    def write(self, path: Path) -> None:
        """Write the report (atomically); :class:`StoreError` if the disk refuses it."""
        tmp = path.with_name(path.name + ".tmp")
        try:
            tmp.write_text(json.dumps(self.to_dict(), ensure_ascii=False, indent=2) + "\n",
                           encoding="utf-8")
            tmp.replace(path)
        except OSError as error:
            try:
                tmp.unlink(missing_ok=True)
            except OSError:
                pass
            raise StoreError(f"{path}: cannot write the run report: {error.strerror or error}") from None

    def summary(self) -> str:
        reasons = ", ".join(f"{reason} {n}" for reason, n in sorted(self.failed.items()))
        extra = [f"{n} {what}" for n, what in (
            (self.quarantined_total, "quarantined (see `warta failures`)"),
            (self.deferred, f"deferred to the next run ({', '.join(sorted(self.deferred_hosts))} "
                            "asked to wait)"),
            (self.replaced_bytes, "stored with undecodable bytes replaced")) if n]
        return (f"run {self.run_id}: {self.discovered} article URLs discovered, "
                f"{self.fetched} fetched, {self.not_modified} not modified, "
                f"{self.unchanged} unchanged, {self.skipped_known} known, "
                f"{self.processed} processed, {self.records_added} new records, "
                f"{self.failed_total} failed" + (f" ({reasons})" if reasons else "")
                + "".join(f", {item}" for item in extra))


def report_path(store_path: Path) -> Path:
    """``warta.db`` → ``warta.run.json``: the last run's report, next to the store."""
    return store_path.with_name(store_path.stem + ".run.json")

"""Incremental crawl state, kept in the store's ``crawl_*`` tables (migration 0002).

Decides which candidates are fetched again (:meth:`CrawlState.needs_fetch`), what
conditional GET headers to send, and remembers each page's body hash so an
unchanged page is not processed twice.
"""

from __future__ import annotations

import json
import sqlite3
import time
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from ..errors import StoreError
from ..store import Store
from .discover import Candidate


def utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(microsecond=0)


def _iso(moment: datetime | None) -> str | None:
    return moment.astimezone(timezone.utc).isoformat() if moment else None


def _parse(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


@dataclass(frozen=True)
class PageState:
    url: str
    site: str
    etag: str | None
    last_modified: str | None
    content_hash: str | None
    article_id: str | None
    status: str
    fetched_at: datetime | None
    body_checked: bool = True  # False: stored before bodies were checked whole (maybe truncated)

    @property
    def done(self) -> bool:
        return self.status in ("processed", "not_article")

    def conditional_headers(self) -> dict[str, str]:
        if not self.done or not self.body_checked:  # an unchecked copy is replaced, not revalidated
            return {}
        headers = {}
        if self.etag:
            headers["If-None-Match"] = self.etag
        if self.last_modified:
            headers["If-Modified-Since"] = self.last_modified
        return headers


_RECORD_FAILURE = (
    "INSERT INTO crawl_pages(url, site, status, reason, first_seen) "
    "VALUES (?, ?, 'failed', ?, ?) ON CONFLICT(url) DO UPDATE SET "
    "status = 'failed', reason = excluded.reason")
_RECORD_OUTCOME = (
    "INSERT INTO crawl_pages(url, site, final_url, etag, last_modified, content_hash, "
    "article_id, status, first_seen, fetched_at, processed_at, body_checked) "
    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(url) DO UPDATE SET "
    "body_checked = coalesce(excluded.body_checked, body_checked), "
    "final_url = coalesce(excluded.final_url, final_url), "
    "etag = coalesce(excluded.etag, etag), "
    "last_modified = coalesce(excluded.last_modified, last_modified), "
    "content_hash = coalesce(excluded.content_hash, content_hash), "
    "article_id = coalesce(excluded.article_id, article_id), "
    "status = excluded.status, reason = NULL, fetched_at = excluded.fetched_at, "
    "processed_at = coalesce(excluded.processed_at, processed_at)")


class CrawlState:
    """The crawl tables of one :class:`Store` (use from the thread that opened it).

    Page outcomes are written ``batch`` at a time (and at least every ``batch_seconds``),
    in one transaction: a run records a page only after its article is stored, so
    outcomes lost with a killed process only mean those pages are done again.
    Reading a page, finishing a run and :meth:`flush` write what is pending first.
    """

    def __init__(self, store: Store, *, batch: int = 1, batch_seconds: float = 1.0):
        self.store = store
        self.db = store.db
        self.batch = max(batch, 1)
        self.batch_seconds = batch_seconds
        self._pending: list[tuple[str, tuple]] = []
        self._oldest = 0.0

    def page(self, url: str) -> PageState | None:
        self.flush()
        row = self.db.execute(
            "SELECT url, site, etag, last_modified, content_hash, article_id, status, fetched_at, "
            "body_checked FROM crawl_pages WHERE url = ?", (url,)).fetchone()
        if row is None:
            return None
        return PageState(*row[:7], fetched_at=_parse(row[7]), body_checked=bool(row[8]))

    def needs_fetch(self, candidate: Candidate, revisit_after_days: float,
                    now: datetime | None = None) -> tuple[bool, PageState | None]:
        """Whether to fetch ``candidate`` now, and what is known about it."""
        page = self.page(candidate.url)
        if page is None or not page.done or page.fetched_at is None or not page.body_checked:
            return True, page
        if candidate.modified and candidate.modified > page.fetched_at:
            return True, page
        age = (now or utcnow()) - page.fetched_at
        return age >= timedelta(days=revisit_after_days), page

    def record(self, url: str, site: str, *, status: str, final_url: str | None = None,
               etag: str | None = None, last_modified: str | None = None,
               content_hash: str | None = None, article_id: str | None = None,
               reason: str | None = None, fetched: bool = True, body_checked: bool = False) -> None:
        """Remember the outcome of one page; a failure keeps what a success learnt before.

        ``body_checked``: this outcome comes from a body read whole (a 200, not a 304).
        """
        now = _iso(utcnow())
        if status == "failed":
            self._pending.append((_RECORD_FAILURE, (url, site, reason, now)))
        else:
            self._pending.append((_RECORD_OUTCOME, (
                url, site, final_url, etag, last_modified, content_hash, article_id, status,
                now, now if fetched else None, now if content_hash else None,
                1 if body_checked else None)))
        if len(self._pending) == 1:
            self._oldest = time.monotonic()
        if (len(self._pending) >= self.batch
                or time.monotonic() - self._oldest >= self.batch_seconds):
            self.flush()

    def flush(self) -> None:
        """Write the pending page outcomes, in the order they were recorded."""
        if not self._pending:
            return
        with self._writing():
            with self.store.transaction():
                for sql, params in self._pending:
                    self.db.execute(sql, params)
        self._pending.clear()

    @contextmanager
    def _writing(self):
        try:
            yield
        except sqlite3.DatabaseError as error:  # disk full, read-only: the run cannot go on
            raise StoreError(f"{self.store.path}: could not write: {error}") from error

    # -- runs ----------------------------------------------------------------------------

    def start_run(self, run_id: str, started_at: datetime) -> None:
        with self._writing(), self.store.transaction():
            self.db.execute("UPDATE crawl_runs SET status = 'aborted' WHERE status = 'running'")
            self.db.execute("INSERT INTO crawl_runs(id, started_at, status) VALUES (?, ?, 'running')",
                            (run_id, _iso(started_at)))

    def finish_run(self, run_id: str, status: str, report: dict,
                   sites: dict[str, bool]) -> None:
        """Close the run; ``sites`` maps each site crawled to whether all its pages went well."""
        self.flush()
        now = _iso(utcnow())
        with self._writing(), self.store.transaction():
            self.db.execute("UPDATE crawl_runs SET finished_at = ?, status = ?, report = ? "
                            "WHERE id = ?", (now, status, json.dumps(report, ensure_ascii=False),
                                             run_id))
            for site, ok in sites.items():
                self.db.execute(
                    "INSERT INTO crawl_sites(site, last_run_id, last_run_at, last_success_at) "
                    "VALUES (?, ?, ?, ?) ON CONFLICT(site) DO UPDATE SET "
                    "last_run_id = excluded.last_run_id, last_run_at = excluded.last_run_at, "
                    "last_success_at = coalesce(excluded.last_success_at, last_success_at)",
                    (site, run_id, now, now if ok else None))

    def last_run(self, site: str) -> datetime | None:
        row = self.db.execute("SELECT last_run_at FROM crawl_sites WHERE site = ?",
                              (site,)).fetchone()
        return _parse(row[0]) if row else None

    def pages(self) -> list[dict]:
        self.flush()
        return [dict(row) for row in self.db.execute("SELECT * FROM crawl_pages ORDER BY url")]

"""A crawl run: discover → fetch → archive → clean → extract → store, incrementally.

:func:`run_crawl` is the whole nightly job as one call; the CLI's ``warta run`` and
``warta demo`` are thin layers over it. Sites are crawled in parallel, each site's
pages one after another (the fetcher's pacer keeps the per-host delay). The store is
used from one worker thread, so cleaning and extraction never block the network.

Nothing is lost or duplicated when a run dies: an article is stored in one
transaction and saving is idempotent, and the page's crawl state is written only
after (batched: :class:`~.state.CrawlState`), so the next run simply does that page again.
"""

from __future__ import annotations

import asyncio
import functools
import hashlib
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Callable, Coroutine

import httpx

from ..errors import FetchError, InputError
from ..store import Store
from .archive import WarcArchive, new_run_id
from .client import build_client
from .config import CrawlConfig, Site
from .discover import Candidate, discover_site
from .fetch import Fetcher, FetchResult
from .lock import RunLock
from .multipage import merge_parts, next_part
from .progress import Silent
from .report import RunReport, report_path
from .state import CrawlState, PageState
from .urls import with_query


@dataclass(frozen=True)
class RunOptions:
    since: date | None = None  # skip articles dated before this day (when the source dates them)
    max_pages: int | None = None  # article pages fetched in this run, all sites together
    archive: bool = True  # write every response to a WARC file


@dataclass(frozen=True)
class Processed:
    article_id: str
    is_article: bool
    new_records: int


def store_article(store: Store, html: str, url: str, source: str, *, rules=None) -> Processed:
    """The default processing of one fetched page: clean → extract → store (``pipeline.process``)."""
    from ..process import analyse_page
    extraction = analyse_page(html, url, source=source, rules=rules)
    if not extraction.article.is_article:
        return Processed(extraction.article.id, False, 0)
    counts = store.save(extraction)
    return Processed(extraction.article.id, True, counts["new_records"])


Processor = Callable[[Store, str, str, str], Processed]
_IN_FLIGHT = 2  # pages per site fetched but not yet stored


def run_crawl(config: CrawlConfig, store_path: str | Path, options: RunOptions = RunOptions(), *,
              transport: httpx.AsyncBaseTransport | None = None, observer=None,
              processor: Processor | None = None, rules=None) -> RunReport:
    """Run one crawl under the store's lock (:class:`~pipeline.errors.StoreLocked` if held)."""
    store_path = Path(store_path)
    with RunLock(store_path):
        return asyncio.run(crawl(config, store_path, options, transport=transport,
                                 observer=observer, processor=processor, rules=rules))


class _StoreThread:
    """The store and crawl state, used from one dedicated thread."""

    def __init__(self, path: Path):
        self.path = path
        self.executor = ThreadPoolExecutor(1, thread_name_prefix="warta-store")
        self.store: Store | None = None
        self.state: CrawlState | None = None

    async def call(self, fn, *args, **kwargs):
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self.executor, functools.partial(fn, *args, **kwargs))

    async def open(self) -> None:
        self.store = await self.call(Store, self.path)
        # WAL + NORMAL: a killed process loses nothing committed; only a power cut may
        # lose the last transactions, which the next run redoes (saving is idempotent).
        await self.call(self.store.db.execute, "PRAGMA synchronous=NORMAL")
        self.state = CrawlState(self.store, batch=100, batch_seconds=1.0)

    async def close(self) -> None:
        if self.store is not None:
            try:
                if self.state is not None:
                    await self.call(self.state.flush)
            finally:
                await self.call(self.store.close)
        self.executor.shutdown(wait=True)


async def crawl(config: CrawlConfig, store_path: Path, options: RunOptions = RunOptions(), *,
                transport=None, observer=None, processor: Processor | None = None,
                rules=None) -> RunReport:
    """The run itself (without the lock): see :func:`run_crawl`."""
    started = datetime.now(timezone.utc).replace(microsecond=0)
    run_id = new_run_id(started)
    report = RunReport(run_id=run_id, store=str(store_path), started_at=started,
                       config=config.source)
    observer = observer or Silent()
    processor = processor or functools.partial(store_article, rules=rules)
    worker = _StoreThread(store_path)
    archive = None
    try:
        await worker.open()
        await worker.call(worker.state.start_run, run_id, started)
        if options.archive:
            folder = config.archive_dir or store_path.with_name(store_path.stem + "-warc")
            archive = WarcArchive(folder / f"warta-{run_id}.warc.gz", run_id=run_id)
            report.archive = str(archive.path)
        on_response = _archiver(archive) if archive else None
        async with build_client(config, transport) as client:
            fetcher = Fetcher(client, config, on_response=on_response)
            job = _Job(config, options, fetcher, worker, archive, report, observer, processor)
            try:
                async with asyncio.TaskGroup() as group:
                    for site in config.sites:
                        group.create_task(job.crawl_site(site))
            except BaseExceptionGroup as failed:
                raise failed.exceptions[0] from None  # e.g. StoreError: the caller's to report
        report.status = "some_failed" if report.failed_total else "ok"
    except BaseException:
        report.status = "aborted"
        raise
    finally:
        report.finished_at = datetime.now(timezone.utc).replace(microsecond=0)
        observer.close()
        if archive:
            archive.close()
        if worker.state is not None:
            sites = {name: site.failed == 0 for name, site in report.sites.items()}
            try:
                await worker.call(worker.state.finish_run, run_id, report.status,
                                  report.to_dict(), sites)
            except Exception:  # noqa: BLE001 - the store may be what failed
                pass
        await worker.close()
        report.write(report_path(store_path))
    return report


def _archiver(archive: WarcArchive):
    def record(result: FetchResult, kind: str, note: str | None) -> None:
        archive.record_response(result, kind, canonical=note if kind == "article" else None)
    return record


class _Job:
    """One run's shared pieces, and the per-site and per-page steps."""

    def __init__(self, config: CrawlConfig, options: RunOptions, fetcher: Fetcher,
                 worker: _StoreThread, archive: WarcArchive | None, report: RunReport,
                 observer, processor: Processor):
        self.config = config
        self.options = options
        self.fetcher = fetcher
        self.worker = worker
        self.archive = archive
        self.report = report
        self.observer = observer
        self.processor = processor
        self.budget = options.max_pages

    async def crawl_site(self, site: Site) -> None:
        report = self.report
        with report.timed("discover"):
            discovery = await discover_site(
                site, self.config, lambda url, kind: self.fetcher.fetch(url, kind=kind),
                since=self.options.since)
        report.discovery_documents += discovery.documents
        for error in discovery.failures:
            self._failed(site, error.url, error.reason, error.detail)
        plan = await self.worker.call(_plan, self.worker.state, discovery.candidates,
                                      self.config.revisit_after_days)
        site_report = report.site(site.name)
        site_report.discovered = len(discovery.candidates)
        site_report.to_fetch = len(plan)
        report.discovered += len(discovery.candidates)
        report.skipped_known += len(discovery.candidates) - len(plan)
        self.observer.site_discovered(site.name, len(discovery.candidates), len(plan))
        # A page is processed (in the store's thread) while the next one is fetched;
        # at most _IN_FLIGHT pages wait for the store, oldest first.
        processing: list[asyncio.Task] = []
        try:
            for candidate, page in plan:
                if self.budget is not None:
                    if self.budget <= 0:
                        report.skipped_budget += 1
                        continue
                    self.budget -= 1
                step = await self.crawl_page(site, candidate, page)
                if step is not None:
                    processing.append(asyncio.create_task(step))
                    if len(processing) >= _IN_FLIGHT:
                        await processing.pop(0)
            while processing:
                await processing.pop(0)
        finally:
            for task in processing:
                task.cancel()

    async def crawl_page(self, site: Site, candidate: Candidate, page: PageState | None
                         ) -> Coroutine[None, None, None] | None:
        """Fetch one page; returns its processing step, if it is to be processed."""
        report, state, site_report = self.report, self.worker.state, self.report.site(site.name)
        multipage = site.multipage
        fetch_url = candidate.url
        if multipage and multipage.single_page_param:
            fetch_url = with_query(candidate.url, multipage.single_page_param)
        kind = "article-part" if multipage and multipage.next_page else "article"
        try:
            with report.timed("fetch"):
                result = await self.fetcher.fetch(
                    fetch_url, headers=page.conditional_headers() if page else None,
                    kind=kind, note=candidate.url)
                html = result.text if not result.not_modified else ""
                if kind == "article-part" and not result.not_modified:
                    html = await self._merge_parts(site, result, html, candidate.url)
        except FetchError as error:
            self._failed(site, candidate.url, error.reason, error.detail)
            await self.worker.call(state.record, candidate.url, site.name, status="failed",
                                   reason=error.reason)
            return
        known = dict(final_url=result.final_url, etag=result.header("etag"),
                     last_modified=result.header("last-modified"))
        if result.not_modified:
            report.not_modified += 1
            site_report.not_modified += 1
            await self.worker.call(state.record, candidate.url, site.name, status=page.status,
                                   **known)
            self.observer.page_done(site.name, candidate.url, "not_modified")
            return
        report.fetched += 1
        site_report.fetched += 1
        content_hash = hashlib.sha1(html.encode("utf-8")).hexdigest()
        if page is not None and page.done and page.content_hash == content_hash:
            report.unchanged += 1
            site_report.unchanged += 1
            await self.worker.call(state.record, candidate.url, site.name, status=page.status,
                                   **known)
            self.observer.page_done(site.name, candidate.url, "unchanged")
            return None
        return self._process(site, candidate, html, result, content_hash, known)

    async def _process(self, site: Site, candidate: Candidate, html: str, result: FetchResult,
                       content_hash: str, known: dict) -> None:
        report, state, site_report = self.report, self.worker.state, self.report.site(site.name)
        try:
            with report.timed("process"):
                processed = await self.worker.call(
                    _process_and_record, self.processor, state, html, site.name, candidate.url,
                    result.final_url, content_hash, known)
        except InputError as error:
            self._failed(site, candidate.url, "unreadable", error.problem)
            await self.worker.call(state.record, candidate.url, site.name, status="failed",
                                   reason="unreadable")
            return
        if processed.is_article:
            report.processed += 1
            site_report.processed += 1
            report.records_added += processed.new_records
        else:
            report.not_articles += 1
        self.observer.page_done(site.name, candidate.url, "processed")

    async def _merge_parts(self, site: Site, first: FetchResult, html: str, canonical: str) -> str:
        multipage = site.multipage
        pages, url, seen = [html], first.final_url, {first.final_url}
        while len(pages) < self.config.limits.max_article_parts:
            following = next_part(pages[-1], url, multipage.next_page)
            if not following or following in seen:
                break
            seen.add(following)
            part = await self.fetcher.fetch(following, kind="article-part", note=canonical)
            pages.append(part.text)
            url = part.final_url
        merged = merge_parts(pages, multipage.body)
        if self.archive:
            self.archive.record_document(canonical, merged, canonical=canonical)
        return merged

    def _failed(self, site: Site, url: str, reason: str, detail: str = "") -> None:
        self.report.fail(site.name, url, reason, detail)
        self.observer.failure(site.name, url, reason, detail)


def _process_and_record(processor: Processor, state: CrawlState, html: str, site: str, url: str,
                        source: str, content_hash: str, known: dict) -> Processed:
    """Store the article, then its crawl state (in this order: see the module's docstring)."""
    processed = processor(state.store, html, url, source)
    state.record(url, site, status="processed" if processed.is_article else "not_article",
                 content_hash=content_hash, article_id=processed.article_id, **known)
    return processed


def _plan(state: CrawlState, candidates: list[Candidate], revisit_after_days: float
          ) -> list[tuple[Candidate, PageState | None]]:
    """The candidates due for a fetch, newest first (undated ones after, in found order)."""
    due = []
    for candidate in candidates:
        needed, page = state.needs_fetch(candidate, revisit_after_days)
        if needed:
            due.append((candidate, page))
    dated = sorted((c for c in due if c[0].modified), key=lambda c: c[0].modified, reverse=True)
    return dated + [c for c in due if not c[0].modified]

"""A crawl run: discover → fetch → archive → clean → extract → store, incrementally.

:func:`run_crawl` is the whole nightly job as one call; the CLI's ``warta run`` and
``warta demo`` are thin layers over it. Sites are crawled in parallel, each site's
pages one after another (the fetcher's pacer keeps the per-host delay). The store is
used from one worker thread, so cleaning and extraction never block the network.

Nothing is lost or duplicated when a run dies: an article is stored in one
transaction and saving is idempotent, and the page's crawl state is written only
after (batched: :class:`~.state.CrawlState`), so the next run simply does that page again.

Each page is behind a failure boundary: whatever fetching or processing it raises
becomes a failure in the report and in the store's ``failures`` table (with its
stage), and the run goes on. A page that keeps failing the same way is quarantined
(:mod:`pipeline.failures`). Only a :class:`~pipeline.errors.StoreError` (the store,
the archive or the report cannot be written) stops the run: status ``aborted``.
"""

from __future__ import annotations

import asyncio
import functools
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Callable, Coroutine

import httpx

from ..errors import DocumentFailed, FetchError, StoreError
from ..failures import Failure, FailureLog, FailurePolicy, content_hash, still_quarantined
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
from .urls import host_key, with_query


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
    """The default processing of one fetched page: clean → extract → store (``pipeline.process``).

    Fails only with :class:`~pipeline.errors.DocumentFailed` (naming the stage) or StoreError.
    """
    from ..process import guarded_analyse_page, guarded_save
    extraction = guarded_analyse_page(html, url, source=source, rules=rules)
    if not extraction.article.is_article:
        return Processed(extraction.article.id, False, 0)
    counts = guarded_save(store, extraction, url)
    return Processed(extraction.article.id, True, counts["new_records"])


Processor = Callable[[Store, str, str, str], Processed]
_IN_FLIGHT = 2  # pages per site fetched but not yet stored


def run_crawl(config: CrawlConfig, store_path: str | Path, options: RunOptions = RunOptions(), *,
              transport: httpx.AsyncBaseTransport | None = None, observer=None,
              processor: Processor | None = None, rules=None,
              policy: FailurePolicy | None = None) -> RunReport:
    """Run one crawl under the store's lock (:class:`~pipeline.errors.StoreLocked` if held).

    Raises :class:`~pipeline.errors.StoreError` when the store, the archive or the report
    cannot be written (the report, when it could be written, says ``aborted`` and why).
    """
    store_path = Path(store_path)
    with RunLock(store_path):
        return asyncio.run(crawl(config, store_path, options, transport=transport,
                                 observer=observer, processor=processor, rules=rules,
                                 policy=policy))


class _StoreThread:
    """The store and crawl state, used from one dedicated thread."""

    def __init__(self, path: Path, policy: FailurePolicy):
        self.path = path
        self.policy = policy
        self.executor = ThreadPoolExecutor(1, thread_name_prefix="warta-store")
        self.store: Store | None = None
        self.state: CrawlState | None = None
        self.failures: FailureLog | None = None

    async def call(self, fn, *args, **kwargs):
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self.executor, functools.partial(fn, *args, **kwargs))

    async def open(self) -> None:
        self.store = await self.call(Store, self.path)
        # WAL + NORMAL: a killed process loses nothing committed; only a power cut may
        # lose the last transactions, which the next run redoes (saving is idempotent).
        await self.call(self.store.db.execute, "PRAGMA synchronous=NORMAL")
        self.state = CrawlState(self.store, batch=100, batch_seconds=1.0)
        self.failures = FailureLog(self.store, self.policy)

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
                rules=None, policy: FailurePolicy | None = None) -> RunReport:
    """The run itself (without the lock): see :func:`run_crawl`."""
    started = datetime.now(timezone.utc).replace(microsecond=0)
    run_id = new_run_id(started)
    report = RunReport(run_id=run_id, store=str(store_path), started_at=started,
                       config=config.source)
    observer = observer or Silent()
    processor = processor or functools.partial(store_article, rules=rules)
    worker = _StoreThread(store_path, policy or FailurePolicy(quarantine_after=config.quarantine_after))
    archive = None
    fetcher = None
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
                raise failed.exceptions[0] from None  # a StoreError: the caller's to report
        report.status = "some_failed" if report.failed_total else "ok"
    except BaseException as error:
        report.status = "aborted"
        report.error = str(error) or type(error).__name__
        raise
    finally:
        report.finished_at = datetime.now(timezone.utc).replace(microsecond=0)
        if fetcher is not None:
            report.robots = {f.origin: {"status": f.status, "detail": f.detail}
                             for f in fetcher.robots.files() if f.status != "ok"}
        observer.close()
        if archive:
            archive.close()
        await _finish(worker, report, run_id, store_path)
    return report


async def _finish(worker: "_StoreThread", report: RunReport, run_id: str, store_path: Path) -> None:
    """Record the run in the store and write its report, whatever state the disk is in.

    When the run was already stopped by an error, a second one (the same full disk)
    is not raised over it; when the run went well, the first one is raised.
    """
    pending = report.status == "aborted"
    problems: list[StoreError] = []
    if worker.state is not None:
        sites = {name: site.failed == 0 for name, site in report.sites.items()}
        try:
            await worker.call(worker.state.finish_run, run_id, report.status, report.to_dict(), sites)
        except StoreError as error:
            problems.append(error)
    try:
        await worker.close()
    except StoreError as error:
        problems.append(error)
    try:
        report.write(report_path(store_path))
    except StoreError as error:
        problems.append(error)
    if problems and not pending:
        raise problems[0]


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
        try:
            with report.timed("discover"):
                discovery = await discover_site(
                    site, self.config, lambda url, kind: self.fetcher.fetch(url, kind=kind),
                    since=self.options.since)
        except StoreError:
            raise
        except Exception as error:  # noqa: BLE001 - a bug or a page discovery cannot read
            self._failed(site, site.url, "discover_failed", _described(error), stage="discover")
            return
        report.discovery_documents += discovery.documents
        for error in discovery.failures:
            if error.reason == "deferred":
                report.deferred_hosts.setdefault(host_key(error.url), error.detail)
            else:
                self._failed(site, error.url, error.reason, error.detail, stage="discover")
        plan = await self.worker.call(_plan, self.worker.state, self.worker.failures,
                                      discovery.candidates, self.config.revisit_after_days)
        site_report = report.site(site.name)
        site_report.discovered = len(discovery.candidates)
        site_report.to_fetch = len(plan.due)
        report.discovered += len(discovery.candidates)
        report.skipped_known += len(discovery.candidates) - len(plan.due) - len(plan.quarantined)
        for failure in plan.quarantined:
            report.quarantine(site.name, failure)
        self.observer.site_discovered(site.name, len(discovery.candidates), len(plan.due))
        # A page is processed (in the store's thread) while the next one is fetched;
        # at most _IN_FLIGHT pages wait for the store, oldest first.
        processing: list[asyncio.Task] = []
        try:
            for candidate, page, failure in plan.due:
                if self.budget is not None:
                    if self.budget <= 0:
                        report.skipped_budget += 1
                        continue
                    self.budget -= 1
                step = await self.crawl_page(site, candidate, page, failure)
                if step is not None:
                    processing.append(asyncio.create_task(step))
                    if len(processing) >= _IN_FLIGHT:
                        await processing.pop(0)
            while processing:
                await processing.pop(0)
        finally:
            for task in processing:
                task.cancel()

    async def crawl_page(self, site: Site, candidate: Candidate, page: PageState | None,
                         failure: Failure | None = None) -> Coroutine[None, None, None] | None:
        """Fetch one page; returns its processing step, if it is to be processed."""
        report, state, site_report = self.report, self.worker.state, self.report.site(site.name)
        try:
            with report.timed("fetch"):
                result, html, replaced = await self._fetch_article(site, candidate, page)
        except FetchError as error:
            if error.reason == "deferred":
                report.defer(site.name, host_key(error.url), error.detail)
                self.observer.page_done(site.name, candidate.url, "deferred")
                return None
            await self._fetch_failed(site, candidate.url, error.reason, error.detail)
            return None
        except StoreError:
            raise
        except Exception as error:  # noqa: BLE001 - the boundary: whatever else fetching raised
            await self._fetch_failed(site, candidate.url, "fetch_failed", _described(error))
            return None
        known = dict(final_url=result.final_url, etag=result.header("etag"),
                     last_modified=result.header("last-modified"))
        if result.not_modified:
            report.not_modified += 1
            site_report.not_modified += 1
            await self.worker.call(state.record, candidate.url, site.name, status=page.status,
                                   **known)
            self.observer.page_done(site.name, candidate.url, "not_modified")
            return None
        report.fetched += 1
        site_report.fetched += 1
        content = content_hash(html)
        if still_quarantined(failure, content):
            report.quarantine(site.name, failure)
            self.observer.page_done(site.name, candidate.url, "quarantined")
            return None
        if page is not None and page.done and page.content_hash == content:
            report.unchanged += 1
            site_report.unchanged += 1
            await self.worker.call(state.record, candidate.url, site.name, status=page.status,
                                   body_checked=True, **known)
            self.observer.page_done(site.name, candidate.url, "unchanged")
            return None
        return self._process(site, candidate, html, result, content, known, replaced, failure)

    async def _fetch_article(self, site: Site, candidate: Candidate, page: PageState | None
                             ) -> tuple[FetchResult, str, int]:
        """The page (all its parts, for a multi-page article) and its text; raises FetchError."""
        multipage = site.multipage
        fetch_url = candidate.url
        if multipage and multipage.single_page_param:
            fetch_url = with_query(candidate.url, multipage.single_page_param)
        kind = "article-part" if multipage and multipage.next_page else "article"
        result = await self.fetcher.fetch(
            fetch_url, headers=page.conditional_headers() if page else None,
            kind=kind, note=candidate.url)
        if result.not_modified:
            return result, "", 0
        decoded = result.decoded
        html, replaced = decoded.text, decoded.replaced
        if kind == "article-part":
            html, more = await self._merge_parts(site, result, html, candidate.url)
            replaced += more
        return result, html, replaced

    async def _fetch_failed(self, site: Site, url: str, reason: str, detail: str) -> None:
        self._failed(site, url, reason, detail)
        failed = DocumentFailed(url, "fetch", reason, detail)
        await self.worker.call(_record_failure, self.worker.state, self.worker.failures,
                               site.name, url, failed, None, None)

    async def _process(self, site: Site, candidate: Candidate, html: str, result: FetchResult,
                       content: str, known: dict, replaced: int, failure: Failure | None) -> None:
        report, site_report = self.report, self.report.site(site.name)
        flags = {"replaced_bytes": f"{replaced} undecodable byte sequence(s) replaced with U+FFFD"
                 } if replaced else {}
        with report.timed("process"):
            outcome = await self.worker.call(
                _process_and_record, self.processor, self.worker.state, self.worker.failures,
                html, site.name, candidate.url, result.final_url, content, known, flags,
                failure is not None)
        if isinstance(outcome, Failure):
            self._failed(site, candidate.url, f"{outcome.stage}_failed",
                         f"{outcome.error}: {outcome.message}" + (
                             " (quarantined)" if outcome.quarantined else ""), stage=outcome.stage)
            return
        if outcome.is_article:
            report.processed += 1
            site_report.processed += 1
            report.records_added += outcome.new_records
            report.replaced_bytes += bool(replaced)
        else:
            report.not_articles += 1
        self.observer.page_done(site.name, candidate.url, "processed")

    async def _merge_parts(self, site: Site, first: FetchResult, html: str, canonical: str
                           ) -> tuple[str, int]:
        multipage = site.multipage
        pages, url, seen, replaced = [html], first.final_url, {first.final_url}, 0
        while len(pages) < self.config.limits.max_article_parts:
            following = next_part(pages[-1], url, multipage.next_page)
            if not following or following in seen:
                break
            seen.add(following)
            part = await self.fetcher.fetch(following, kind="article-part", note=canonical)
            decoded = part.decoded
            pages.append(decoded.text)
            replaced += decoded.replaced
            url = part.final_url
        merged = merge_parts(pages, multipage.body)
        if self.archive:
            self.archive.record_document(canonical, merged, canonical=canonical)
        return merged, replaced

    def _failed(self, site: Site, url: str, reason: str, detail: str = "",
                stage: str = "fetch") -> None:
        self.report.fail(site.name, url, reason, detail, stage=stage)
        self.observer.failure(site.name, url, reason, detail)


def _described(error: BaseException) -> str:
    return f"{type(error).__name__}: {' '.join(str(error).split())[:300]}"


def _record_failure(state: CrawlState, log: FailureLog, site: str, url: str,
                    failed: DocumentFailed, content: str | None, source: str | None) -> Failure:
    state.record(url, site, status="failed", reason=failed.error if failed.stage == "fetch"
                 else f"{failed.stage}_failed")
    return log.record(url, "page", failed, content, source=source)


def _process_and_record(processor: Processor, state: CrawlState, log: FailureLog, html: str,
                        site: str, url: str, source: str, content: str, known: dict,
                        flags: dict[str, str], failed_before: bool) -> Processed | Failure:
    """Store the article, then its crawl state (in this order: see the module's docstring).

    Whatever the processor raises (StoreError aside) is this page's recorded failure.
    """
    from ..process import stage
    try:
        with stage("process", url):
            processed = processor(state.store, html, url, source)
    except DocumentFailed as failed:
        return _record_failure(state, log, site, url, failed, content, source)
    if processed.is_article and (flags or state.store.article_flags(processed.article_id)):
        state.store.set_article_flags(processed.article_id, flags)
    state.record(url, site, status="processed" if processed.is_article else "not_article",
                 content_hash=content, article_id=processed.article_id, body_checked=True, **known)
    if failed_before:
        log.succeeded(url)
    return processed


@dataclass
class _Plan:
    due: list[tuple[Candidate, PageState | None, Failure | None]]
    quarantined: list[Failure]  # not fetched: nothing says they changed since they failed


def _plan(state: CrawlState, log: FailureLog, candidates: list[Candidate],
          revisit_after_days: float) -> _Plan:
    """The candidates due for a fetch, newest first (undated ones after, in found order).

    A quarantined page is fetched again only when its source dates it after its last
    failure or its revisit is due; then it is processed only if its content changed.
    """
    failures = log.of_kind("page")
    due, quarantined = [], []
    for candidate in candidates:
        failure = failures.get(candidate.url)
        if failure is not None and failure.quarantined:
            if not _recheck_due(candidate, failure, revisit_after_days):
                quarantined.append(failure)
                continue
            due.append((candidate, state.page(candidate.url), failure))
            continue
        needed, page = state.needs_fetch(candidate, revisit_after_days)
        if needed:
            due.append((candidate, page, failure))
    dated = sorted((c for c in due if c[0].modified), key=lambda c: c[0].modified, reverse=True)
    return _Plan(dated + [c for c in due if not c[0].modified], quarantined)


def _recheck_due(candidate: Candidate, failure: Failure, revisit_after_days: float) -> bool:
    last = datetime.fromisoformat(failure.last_failed)
    if candidate.modified and candidate.modified > last:
        return True
    return datetime.now(timezone.utc) - last >= timedelta(days=revisit_after_days)

"""A backfill: WARC archives through clean → extract on a Dask cluster, into one store.

:func:`backfill` plans the work (one part per WARC file; large files are first
indexed on a worker and cut into record ranges), runs each part on a worker
(:func:`.worker.process_part`, which writes a Parquet partition), and stores the
partitions as they come in, in plan order, from this process (:class:`.writer.OrderedWriter`).

The cluster is a ``LocalCluster`` of one-thread worker processes on 127.0.0.1 when no
address is given, or the scheduler at the address. A worker that dies mid-part is
replaced and the part is run again by the scheduler (``distributed.scheduler.allowed-failures``
times); a part that keeps killing its worker is reported as lost and the run goes on.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable

from ..archived import WARC_SUFFIXES
from ..errors import ClusterError
from ..store import Store
from .report import BackfillReport, report_path
from .worker import Failure, Job, Part, index_file, process_part
from .writer import OrderedWriter


@dataclass(frozen=True)
class BackfillOptions:
    languages: tuple[str, ...] | None = ("id",)  # the cleaner's language codes kept; None: all
    part_bytes: int = 64 << 20  # a file larger than this is cut into parts of about this size
    batch: int = 500  # articles per store transaction
    parts_dir: Path | None = None  # default: <store>-parts/ beside the store
    keep_parts: bool = False  # keep the Parquet partitions after they are stored
    rules_folder: Path | None = None  # None: the installed rules/
    connect_seconds: float = 30  # how long to try to reach a scheduler, and to wait for workers


def warc_files(paths: Iterable[str | Path]) -> list[Path]:
    """WARC files as given, folders as their WARC files (sorted, recursively)."""
    files: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            files += sorted(p for p in path.rglob("*") if p.name.endswith(WARC_SUFFIXES)
                            and p.is_file())
        else:
            files.append(path)
    return files


def backfill(paths: Iterable[str | Path], store_path: str | Path, *, cluster=None,
             workers: int | None = None, options: BackfillOptions = BackfillOptions(),
             observer=None) -> BackfillReport:
    """Process WARC files (or folders of them) on Dask into the store at ``store_path``.

    ``cluster``: None or "local" for a LocalCluster of ``workers`` processes, a scheduler
    address ("tcp://10.0.0.5:8786"), or a ``distributed.Client`` already connected.
    Raises :class:`~pipeline.errors.StoreError` when the store cannot be written (what
    was stored before is kept), :class:`~pipeline.errors.ClusterError` when there is no
    cluster to run on.
    """
    from ..rules import load_rules
    load_rules(options.rules_folder)  # a malformed rule fails here, before any cluster starts
    store_path = Path(store_path)
    files = [os.path.abspath(path) for path in warc_files(paths)]  # workers may run elsewhere
    run_id = _run_id()
    report = BackfillReport(run_id, str(store_path), cluster="", languages=options.languages,
                            started_at=datetime.now(timezone.utc))
    parts_root = options.parts_dir or store_path.with_name(store_path.stem + "-parts")
    job = Job(run_id, str(Path(parts_root, run_id).resolve()),
              str(options.rules_folder.resolve()) if options.rules_folder else None,
              options.languages)
    with Store(store_path) as store, \
            connect(cluster, workers, options.connect_seconds) as (client, described):
        report.cluster = described
        report.workers = len(client.scheduler_info(n_workers=-1)["workers"])
        writer = OrderedWriter(store, report, files, batch=options.batch,
                               keep_parts=options.keep_parts, observer=observer)
        if observer:
            observer.planned(files, sum(_size(path) for path in files))
        try:
            _run(client, job, files, options, writer)
        except BaseException:
            report.aborted = True  # the store failed, or the run was interrupted
            raise
        finally:
            report.finished_at = datetime.now(timezone.utc)
            _record_run(store, report)
            if not options.keep_parts:
                _remove_parts(Path(job.parts_dir))
    return report


def _run(client, job: Job, files: list[str], options: BackfillOptions,
         writer: OrderedWriter) -> None:
    from distributed import as_completed
    pending: dict[str, tuple[int, Part | None]] = {}  # task key -> file index, part (None: index)
    running = as_completed()

    def submit_part(index: int, part: Part) -> None:
        key = f"warta-part-{job.run_id}-{index}-{part.start}"
        name = f"{index:06d}-{part.start:015d}"  # a file given twice is two files' work
        running.add(client.submit(process_part, part, job, name, key=key, pure=False))
        pending[key] = (index, part)

    for index, path in enumerate(files):
        size = _size(path)
        if size is None:
            writer.report.fail(Failure(path, path, "read", "FileNotFoundError",
                                       "no such file (or not readable here)"))
            writer.expect(index, [])
        elif size > options.part_bytes:
            key = f"warta-index-{job.run_id}-{index}"
            running.add(client.submit(index_file, path, options.part_bytes, key=key, pure=False))
            pending[key] = (index, None)
        else:
            submit_part(index, Part(path))
            writer.expect(index, [0])
    for future in running:
        index, part = pending.pop(future.key)
        path = files[index]
        try:
            outcome = future.result()
        except Exception as error:  # KilledWorker, or the part's file unreadable on the worker
            failure = _lost(path, part, error)
            if part is None:
                writer.report.fail(failure)
                writer.expect(index, [])
            else:
                writer.finished(index, part.start, failure)
            continue
        finally:
            future.release()
        if part is None:
            for piece in outcome:
                submit_part(index, piece)
            writer.expect(index, [piece.start for piece in outcome])
        else:
            outcome.task = str(future.key)
            writer.finished(index, part.start, outcome)


@contextmanager
def connect(cluster=None, workers: int | None = None, seconds: float = 30):
    """``(client, description)``: a LocalCluster on 127.0.0.1, a scheduler's, or the Client given."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as error:
        raise ImportError("warta backfill needs Dask: pip install 'warta[scale]'") from error
    if cluster is not None and not isinstance(cluster, str):
        yield cluster, f"client of {cluster.scheduler.address}"
        return
    if cluster in (None, "local"):
        count = workers or os.cpu_count() or 1
        # one thread per worker: cleaning and extraction hold the GIL
        with LocalCluster(n_workers=count, threads_per_worker=1, processes=True,
                          host="127.0.0.1", dashboard_address="127.0.0.1:0",
                          silence_logs=logging.ERROR) as local, Client(local) as client:
            yield client, f"local, {count} worker processes"
        return
    try:
        client = Client(cluster, timeout=f"{seconds}s")
    except (OSError, TimeoutError, ValueError) as error:  # refused, silent, or no address
        raise ClusterError(f"{cluster}: cannot reach the Dask scheduler: {error}") from None
    with client:
        if workers:
            try:
                client.wait_for_workers(workers, timeout=seconds)
            except TimeoutError:
                raise ClusterError(f"{cluster}: fewer than {workers} workers joined "
                                   f"within {seconds:g} s") from None
        yield client, cluster


def _lost(path: str, part: Part | None, error: BaseException) -> Failure:
    where = f"{Path(path).name}@{part.start}" if part else Path(path).name
    message = " ".join(str(error).split())[:300] or "(no message)"
    if type(error).__name__ == "KilledWorker":
        message = f"the part's worker died each time it ran it ({message}); its records were skipped"
    # an index that fails could not read the file; a part, whatever it was (the message says)
    return Failure(path, where, "read" if part is None else "worker", type(error).__name__,
                   message)


def _size(path: str) -> int | None:
    try:
        return os.stat(path).st_size
    except OSError:
        return None


def _run_id() -> str:
    from ..crawl.archive import new_run_id
    return new_run_id()


def _record_run(store: Store, report: BackfillReport) -> None:
    """The report as JSON next to the store, and the run in the store's ``crawl_runs``
    (beside the crawls). Best effort: a store that failed mid-run has said so already."""
    try:
        report.write(report_path(store.path))
    except OSError:
        pass
    try:
        with store.transaction():
            store.db.execute(
                "INSERT OR REPLACE INTO crawl_runs(id, started_at, finished_at, status, report) "
                "VALUES (?, ?, ?, ?, ?)",
                (f"backfill-{report.run_id}", report.started_at.isoformat(),
                 report.finished_at.isoformat() if report.finished_at else None,
                 report.status, json.dumps(report.to_dict(), ensure_ascii=False)))
    except sqlite3.DatabaseError:
        pass


def _remove_parts(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)
    try:
        folder.parent.rmdir()  # the parts root, when no other run's partitions are left in it
    except OSError:
        pass

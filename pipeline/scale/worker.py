"""What a Dask worker runs: one part of a WARC file through clean → extract, to Parquet.

The stages are the single-process ones (:func:`pipeline.clean.clean_html`,
:func:`pipeline.process.analyse`), called the way WARC replay calls them, so a
distributed run stores the same rows and ids as ``warta process``. Between the two
the language filter drops pages the cleaner found in another language, before the
costly extraction. A record that fails is counted with its stage, error class and
message, and the part goes on.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .partitions import partition_row, write_partition
from .warc import Part, cut_parts, read_part, record_offsets

# One part at a time per process: the compiled spaCy pipeline is shared by the process's
# threads and is not known to be thread-safe (the work holds the GIL anyway, so a worker
# started with --nthreads 4 only queues its parts here; start one thread per process).
_ONE_PART_AT_A_TIME = threading.Lock()


@dataclass(frozen=True)
class Job:
    """What every task of one run shares."""

    run_id: str
    parts_dir: str  # where partitions are written: a folder workers and writer share
    rules_folder: str | None = None  # None: the installed rules/
    languages: tuple[str, ...] | None = ("id",)  # None: keep every language


@dataclass(frozen=True)
class Failure:
    """A record (or a whole part or file) that could not be processed, and why."""

    file: str
    source: str  # the record ("<file>#<record id>"), or "<file>@<offset>" when unreadable
    stage: str  # read, clean, extract, worker, store
    error: str  # exception class
    message: str

    def line(self) -> str:
        return f"{self.source}: {self.stage} failed: {self.error}: {self.message}"


@dataclass
class PartResult:
    part: Part
    records: int = 0  # WARC records read (request, metadata and warcinfo records included)
    pages: int = 0  # HTML pages among them
    stored: int = 0  # articles written to the partition
    not_articles: int = 0  # listing and index pages
    skipped_language: Counter = field(default_factory=Counter)  # language -> pages
    failures: list[Failure] = field(default_factory=list)
    partition: str | None = None  # None: nothing to store
    seconds: float = 0.0
    cpu_seconds: float = 0.0  # the worker process's CPU time on the part: core-seconds it cost
    worker: str = ""  # host:pid that did it (a retried part names the last one)
    task: str = ""  # the Dask task's key, set by the client


def index_file(path: str, part_bytes: int) -> list[Part]:
    """Cut a large WARC file into parts of about ``part_bytes`` (a first pass over it)."""
    return cut_parts(path, record_offsets(path), part_bytes)


def process_part(part: Part, job: Job, name: str = "part") -> PartResult:
    """Clean and extract every article page of ``part``; their extractions to the partition
    ``name`` (the same for every attempt at the part, so a retry overwrites its own)."""
    with _ONE_PART_AT_A_TIME:
        return _process_part(part, job, name)


def _process_part(part: Part, job: Job, name: str) -> PartResult:
    from ..clean import clean_html
    from ..process import analyse
    from ..rules import load_rules
    started, cpu = time.perf_counter(), time.process_time()
    rules = load_rules(job.rules_folder)  # equal rules share one compiled pipeline per process
    result = PartResult(part, worker=f"{socket.gethostname()}:{os.getpid()}")
    rows = []
    for item in read_part(part):
        result.records += 1
        if item.problem:
            result.failures.append(Failure(part.path, f"{Path(part.path).name}@{item.offset}",
                                           "read", item.error, item.problem))
            continue
        page = item.page
        if page is None:  # warcinfo, request, metadata, not HTML, not a 200 response
            continue
        result.pages += 1
        stage = "clean"
        try:
            article = clean_html(page.text, url=page.url, source=page.source)
            if not _kept(article.language, job.languages):
                result.skipped_language[article.language] += 1
                continue
            if not article.is_article:
                result.not_articles += 1
                continue
            stage = "extract"
            extraction = analyse(article, rules)
        except Exception as error:  # one bad page never stops its part
            result.failures.append(Failure(part.path, page.source, stage, type(error).__name__,
                                           _one_line(error)))
            continue
        rows.append(partition_row(item.offset, extraction))
    if rows:
        path = Path(job.parts_dir) / f"{name}.parquet"
        write_partition(rows, path)
        result.partition, result.stored = str(path), len(rows)
    result.seconds = time.perf_counter() - started
    result.cpu_seconds = time.process_time() - cpu
    return result


def _kept(language: str | None, languages: tuple[str, ...] | None) -> bool:
    # A text too short to tell its language is kept: the filter drops only what it knows.
    return languages is None or language is None or language in languages


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split())[:300] or "(no message)"

"""The backfill's run report: what was done, per WARC file, as JSON next to the store."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path

from .worker import Failure, PartResult

MAX_LISTED_FAILURES = 1000


@dataclass
class FileReport:
    parts: int = 0
    parts_done: int = 0
    records: int = 0
    pages: int = 0
    stored: int = 0
    not_articles: int = 0
    skipped_language: Counter = field(default_factory=Counter)
    failed: int = 0
    seconds: float = 0.0  # worker time spent on the file's parts
    cpu_seconds: float = 0.0  # worker CPU time: the core-seconds the file cost

    def add(self, result: PartResult) -> None:
        self.parts_done += 1
        self.records += result.records
        self.pages += result.pages
        self.stored += result.stored
        self.not_articles += result.not_articles
        self.skipped_language.update(result.skipped_language)
        self.failed += len(result.failures)
        self.seconds += result.seconds
        self.cpu_seconds += result.cpu_seconds


@dataclass
class BackfillReport:
    run_id: str
    store: str
    cluster: str
    started_at: datetime
    languages: tuple[str, ...] | None
    finished_at: datetime | None = None
    workers: int = 0
    records_added: int = 0  # new awards and scores in the store
    files: dict[str, FileReport] = field(default_factory=dict)
    failures: list[Failure] = field(default_factory=list)
    failed_by_stage: Counter = field(default_factory=Counter)
    merge_seconds: float = 0.0
    aborted: bool = False  # stopped by a store error or an interrupt
    parts_log: list[dict] = field(default_factory=list)  # which worker did each part

    def file(self, path: str) -> FileReport:
        return self.files.setdefault(path, FileReport())

    def fail(self, failure: Failure) -> None:
        """A failure the writer met: a part lost with its worker, an article the store refused."""
        self.file(failure.file).failed += 1
        self.failed_by_stage[failure.stage] += 1
        if len(self.failures) < MAX_LISTED_FAILURES:
            self.failures.append(failure)

    def part_done(self, result: PartResult) -> None:
        self.file(result.part.path).add(result)
        self.failed_by_stage.update(f.stage for f in result.failures)
        room = MAX_LISTED_FAILURES - len(self.failures)
        self.failures += result.failures[:max(room, 0)]
        self.parts_log.append({"task": result.task, "file": result.part.path, "start": result.part.start,
                               "end": result.part.end, "worker": result.worker,
                               "stored": result.stored, "seconds": round(result.seconds, 3),
                               "cpu_seconds": round(result.cpu_seconds, 3)})

    def total(self, name: str) -> int:
        return sum(getattr(report, name) for report in self.files.values())

    @property
    def failed_total(self) -> int:
        return sum(self.failed_by_stage.values())

    @property
    def skipped_language(self) -> Counter:
        return sum((report.skipped_language for report in self.files.values()), Counter())

    @property
    def seconds(self) -> float:
        end = self.finished_at or datetime.now(self.started_at.tzinfo)
        return (end - self.started_at).total_seconds()

    def to_dict(self) -> dict:
        totals = {name: self.total(name) for name in
                  ("parts", "records", "pages", "stored", "not_articles")}
        totals["worker_cpu_seconds"] = round(self.total("cpu_seconds"), 3)
        return {
            "run_id": self.run_id, "status": self.status, "store": self.store,
            "cluster": self.cluster, "workers": self.workers,
            "languages": list(self.languages) if self.languages else "all",
            "started_at": self.started_at.isoformat(),
            "finished_at": self.finished_at.isoformat() if self.finished_at else None,
            "seconds": round(self.seconds, 3), "merge_seconds": round(self.merge_seconds, 3),
            "totals": {**totals, "skipped_language": dict(sorted(self.skipped_language.items(),
                                                                key=lambda kv: str(kv[0]))),
                       "failed": self.failed_total, "records_added": self.records_added},
            "failed_by_stage": dict(sorted(self.failed_by_stage.items())),
            "files": {path: {**asdict(report), "skipped_language": dict(report.skipped_language),
                             "seconds": round(report.seconds, 3),
                             "cpu_seconds": round(report.cpu_seconds, 3)}
                      for path, report in self.files.items()},
            "failures": [asdict(failure) for failure in self.failures],
            "parts": self.parts_log,
        }

    @property
    def status(self) -> str:
        if self.finished_at is None:
            return "running"
        if self.aborted:
            return "aborted"
        return "some_failed" if self.failed_total else "ok"

    def write(self, path: Path) -> None:
        partial = path.with_name(path.name + ".tmp")
        partial.write_text(json.dumps(self.to_dict(), ensure_ascii=False, indent=2) + "\n",
                           encoding="utf-8")
        partial.replace(path)

    def summary(self) -> str:
        stored = self.total("stored")
        languages = ", ".join(f"{language} {n}" for language, n in
                              self.skipped_language.most_common())
        rate = stored / self.seconds if self.seconds else 0.0
        return (f"backfill {self.run_id}: {len(self.files)} WARC files in "
                f"{self.total('parts')} parts on {self.workers} workers ({self.cluster}): "
                f"{self.total('pages')} pages, {stored} articles stored, "
                f"{self.total('not_articles')} not articles, "
                f"{sum(self.skipped_language.values())} skipped by language"
                + (f" ({languages})" if languages else "")
                + f", {self.failed_total} failed, {self.records_added} new records; "
                f"{self.seconds:.1f} s, {rate:.1f} articles/s")


def report_path(store_path: Path) -> Path:
    """``warta.db`` → ``warta.backfill.json``: the last backfill's report, next to the store."""
    return store_path.with_name(store_path.stem + ".backfill.json")

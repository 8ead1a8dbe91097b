"""What a backfill tells the person (or the log) watching it.

:class:`RichProgress` draws a bar over the archives' bytes on a terminal;
:class:`LogLines` writes one line per WARC file and per failure for schedulers;
:class:`Silent` says nothing. The writer calls the same methods on whichever it is given.
"""

from __future__ import annotations

import os
import sys
from typing import TextIO

MAX_SHOWN_FAILURES = 50  # the rest are in the run report


class Silent:
    def planned(self, files: list[str], total_bytes: int) -> None: ...
    def part_stored(self, result) -> None: ...
    def file_done(self, path: str, report) -> None: ...
    def failure(self, failure) -> None: ...
    def close(self) -> None: ...


class LogLines(Silent):
    def __init__(self, stream: TextIO | None = None):
        self.stream = stream or sys.stderr
        self.failed = 0

    def file_done(self, path: str, report) -> None:
        skipped = sum(report.skipped_language.values())
        print(f"warta: {path}: {report.pages} pages, {report.stored} stored, "
              f"{report.not_articles} not articles, {skipped} skipped by language, "
              f"{report.failed} failed", file=self.stream, flush=True)

    def failure(self, failure) -> None:
        self.failed += 1
        if self.failed <= MAX_SHOWN_FAILURES:
            print(f"warta: error: {failure.line()}", file=self.stream, flush=True)


class RichProgress(Silent):
    def __init__(self):
        from rich.console import Console
        from rich.progress import (BarColumn, DownloadColumn, Progress, TextColumn,
                                   TimeElapsedColumn, TimeRemainingColumn)
        self.progress = Progress(TextColumn("[bold]Backfill"), BarColumn(), DownloadColumn(),
                                 TextColumn("{task.fields[articles]} articles, "
                                            "{task.fields[failed]} failed"),
                                 TimeElapsedColumn(), TimeRemainingColumn(),
                                 console=Console(stderr=True), transient=True)
        self.progress.start()
        self.task = self.progress.add_task("backfill", total=None, articles=0, failed=0)
        self.articles = self.failed = 0
        self.sizes: dict[str, int] = {}

    def planned(self, files: list[str], total_bytes: int) -> None:
        self.progress.update(self.task, total=total_bytes)

    def part_stored(self, result) -> None:
        part = result.part
        end = part.end if part.end is not None else self._size(part.path)
        self.articles += result.stored
        self.progress.update(self.task, advance=max(end - part.start, 0), articles=self.articles)

    def failure(self, failure) -> None:
        self.failed += 1
        self.progress.update(self.task, failed=self.failed)
        if self.failed <= MAX_SHOWN_FAILURES:
            from rich.markup import escape
            self.progress.console.print(f"[red]failed[/] {escape(failure.line())}",
                                        highlight=False)

    def close(self) -> None:
        self.progress.stop()

    def _size(self, path: str) -> int:
        if path not in self.sizes:
            self.sizes[path] = os.path.getsize(path)
        return self.sizes[path]


def default_observer():
    """A progress bar on a terminal, plain log lines otherwise (cron, pipes)."""
    return RichProgress() if sys.stderr.isatty() else LogLines()

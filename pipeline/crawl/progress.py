"""What a run tells the person (or the cron mail) watching it.

:class:`RichProgress` draws a progress bar on a terminal; :class:`LogLines` writes
a few plain lines (one per site, one per failure) for schedulers; :class:`Silent`
says nothing. The run calls the same four methods on whichever it is given.
"""

from __future__ import annotations

import sys
from typing import TextIO


class Silent:
    def site_discovered(self, site: str, candidates: int, to_fetch: int) -> None: ...
    def page_done(self, site: str, url: str, outcome: str) -> None: ...
    def failure(self, site: str, url: str, reason: str, detail: str) -> None: ...
    def close(self) -> None: ...


class LogLines(Silent):
    def __init__(self, stream: TextIO | None = None):
        self.stream = stream or sys.stderr

    def _line(self, text: str) -> None:
        print(f"warta: {text}", file=self.stream, flush=True)

    def site_discovered(self, site: str, candidates: int, to_fetch: int) -> None:
        self._line(f"{site}: {candidates} article URLs found, {to_fetch} to fetch")

    def failure(self, site: str, url: str, reason: str, detail: str) -> None:
        self._line(f"{site}: failed {url}: {reason}{': ' + detail if detail else ''}")


class RichProgress(Silent):
    def __init__(self):
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
        self.console = Console(stderr=True)
        self.progress = Progress(TextColumn("[bold]{task.description}"), BarColumn(),
                                 MofNCompleteColumn(), TimeElapsedColumn(),
                                 console=self.console, transient=True)
        self.progress.start()
        self.task = self.progress.add_task("Discovering", total=None)
        self.total = 0

    def site_discovered(self, site: str, candidates: int, to_fetch: int) -> None:
        self.total += to_fetch
        self.progress.update(self.task, total=self.total, description="Crawling")

    def page_done(self, site: str, url: str, outcome: str) -> None:
        self.progress.advance(self.task)

    def failure(self, site: str, url: str, reason: str, detail: str) -> None:
        self.progress.console.print(f"[red]failed[/] {url}: {reason}", highlight=False)

    def close(self) -> None:
        self.progress.stop()


def default_observer():
    """A progress bar on a terminal, plain log lines otherwise (cron, pipes)."""
    return RichProgress() if sys.stderr.isatty() else LogLines()

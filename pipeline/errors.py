"""The errors Warta raises, and what each means.

WartaError                 base of everything below; carries a one-line message
├── InputError             a document cannot be read: missing, binary, empty, undecodable
│   └── NotAnArticle       a page was read but is a listing/index page, not an article
├── DocumentFailed         one document failed in one stage (read, fetch, clean, extract,
│                          store): any exception there, named; the batch goes on without it
├── RuleError              a file in rules/ is malformed (message names file and line)
├── GoldError              a gold file does not follow GOLD-FORMAT (gold/1)
├── StoreError             the store, or a file written next to it (WARC archive, run
│   │                      report), cannot be opened or written: disk full, read-only,
│   │                      locked, damaged. Stops the batch: nothing after it could be kept
│   └── StoreLocked        another run holds the store's lock
├── ConfigError            a crawl configuration file is invalid
├── DecisionError          an analyst's decision cannot be taken (unknown record, bad value)
├── FetchError             a page could not be fetched; ``reason`` says why
└── ClusterError           no Dask cluster to run a backfill on (unreachable, no workers)
"""

from __future__ import annotations


class WartaError(Exception):
    """Base class: ``str(error)`` is a one-line message fit for a terminal."""


class InputError(WartaError):
    def __init__(self, path: str, problem: str):
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}")


class NotAnArticle(InputError):
    pass


class RuleError(WartaError):
    def __init__(self, path: str, problem: str, line: int | None = None):
        self.path = path
        self.line = line
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {problem}")


class DocumentFailed(WartaError):
    """One document failed in one ``stage``; ``error`` names what went wrong (an exception class,
    or a fetch reason such as ``timeout``) and ``message`` says it in one line."""

    MAX_MESSAGE = 300

    def __init__(self, document: str, stage: str, error: BaseException | str, message: str = ""):
        if isinstance(error, BaseException):
            message = message or str(error)
            error = type(error).__name__
        self.document = document
        self.stage = stage
        self.error = error
        self.message = " ".join(message.split())[:self.MAX_MESSAGE]
        super().__init__(f"{document}: {stage} failed: {error}"
                         + (f": {self.message}" if self.message else ""))


class GoldError(WartaError):
    pass


class StoreError(WartaError):
    pass


class StoreLocked(StoreError):
    pass


class ConfigError(WartaError):
    pass


class FetchError(WartaError):
    def __init__(self, url: str, reason: str, detail: str = ""):
        self.url = url
        self.reason = reason  # short machine-readable cause: "robots", "timeout", "too_large", ...
        self.detail = detail
        super().__init__(f"{url}: {reason}{': ' + detail if detail else ''}")


class DecisionError(WartaError):
    """A decision cannot be taken: unknown record or action, a missing reason, a bad value."""


class ClusterError(WartaError):
    """The Dask scheduler cannot be reached, or no workers join it in time."""

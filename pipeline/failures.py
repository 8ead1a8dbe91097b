"""Failures kept in the store across runs, and the quarantine of documents that keep failing.

Every batch (``warta process``, ``warta run``, archive replay) records a document that
failed with its stage, error and message (:class:`~pipeline.errors.DocumentFailed`),
and forgets it once it succeeds. A document that failed ``quarantine_after`` times in a
row in the same stage with the same error is *quarantined*: later batches skip it and
list it, until its content changes (its bytes hash differently) or the operator
releases it (``warta failures --retry``). Fetch failures are counted but never
quarantined: they say nothing about the page's content, and the next run may reach it.
"""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from .errors import DocumentFailed, StoreError
from .store import Store

KINDS = ("page", "file")
NEVER_QUARANTINED = frozenset({"fetch", "read"})  # stages that never saw the content


@dataclass(frozen=True)
class FailurePolicy:
    """``quarantine_after`` failures in a row, the same way, quarantine a document (0: never)."""

    quarantine_after: int = 3


@dataclass(frozen=True)
class Failure:
    key: str
    kind: str
    stage: str
    error: str
    message: str
    content_hash: str | None
    count: int
    quarantined: bool
    first_failed: str
    last_failed: str
    source: str | None = None

    def line(self) -> str:
        """One line for a terminal or a log."""
        state = "quarantined, " if self.quarantined else ""
        return (f"{self.key}: {state}failed {self.count} time(s) in {self.stage}: "
                f"{self.error}" + (f": {self.message}" if self.message else ""))

    def to_dict(self) -> dict:
        return {"key": self.key, "kind": self.kind, "stage": self.stage, "error": self.error,
                "message": self.message, "count": self.count, "quarantined": self.quarantined,
                "first_failed": self.first_failed, "last_failed": self.last_failed,
                "source": self.source}


def content_hash(data: bytes | str) -> str:
    """The hash a document's content is recognised by (text is hashed as UTF-8)."""
    return hashlib.sha1(data.encode("utf-8") if isinstance(data, str) else data).hexdigest()


def file_key(path: str | Path) -> str:
    """A file's failure key: its resolved path, so two spellings of one file meet."""
    return str(Path(path).resolve())


def file_hash(path: str | Path) -> str | None:
    """The hash of a file's bytes, or None if it cannot be read."""
    try:
        return content_hash(Path(path).read_bytes())
    except OSError:
        return None


_COLUMNS = ("key, kind, stage, error, message, content_hash, count, quarantined, first_failed, "
            "last_failed, source")


class FailureLog:
    """The ``failures`` table of one :class:`Store` (use from the thread that opened it)."""

    def __init__(self, store: Store, policy: FailurePolicy = FailurePolicy()):
        self.store = store
        self.policy = policy

    def record(self, key: str, kind: str, failed: DocumentFailed, content: str | None = None,
               source: str | None = None) -> Failure:
        """Count one more failure of ``key`` (``content``: its hash); returns the updated row."""
        now = _now()
        try:
            with self.store.transaction() as db:
                before = self._row(db, key)
                if before is not None and before.quarantined and failed.stage in NEVER_QUARANTINED:
                    return before  # not reaching it again says nothing new about its content
                same = before is not None and (before.stage, before.error) == (failed.stage, failed.error)
                count = before.count + 1 if same else 1
                first = before.first_failed if same else now
                quarantined = (self.policy.quarantine_after > 0
                               and failed.stage not in NEVER_QUARANTINED
                               and count >= self.policy.quarantine_after)
                db.execute(
                    f"INSERT OR REPLACE INTO failures({_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                    (key, kind, failed.stage, failed.error, failed.message, content, count,
                     int(quarantined), first, now, source))
        except sqlite3.DatabaseError as error:
            raise StoreError(f"{self.store.path}: could not write: {error}") from error
        return Failure(key, kind, failed.stage, failed.error, failed.message, content, count,
                       quarantined, first, now, source)

    def succeeded(self, key: str) -> None:
        """``key`` went through: it has no failure any more."""
        try:
            with self.store.transaction() as db:
                db.execute("DELETE FROM failures WHERE key = ?", (key,))
        except sqlite3.DatabaseError as error:
            raise StoreError(f"{self.store.path}: could not write: {error}") from error

    def get(self, key: str) -> Failure | None:
        return self._row(self.store.db, key)

    def of_kind(self, kind: str) -> dict[str, Failure]:
        """Every recorded failure of one kind, by key (read once per batch)."""
        rows = self.store.db.execute(f"SELECT {_COLUMNS} FROM failures WHERE kind = ?", (kind,))
        return {row[0]: _failure(row) for row in rows}

    def all(self, quarantined_only: bool = False) -> list[Failure]:
        where = "WHERE quarantined = 1 " if quarantined_only else ""
        rows = self.store.db.execute(
            f"SELECT {_COLUMNS} FROM failures {where}ORDER BY quarantined DESC, last_failed DESC, key")
        return [_failure(row) for row in rows]

    def release(self, keys: list[str] | None = None) -> int:
        """Lift the quarantine of ``keys`` (all if None): they are tried again by the next batch."""
        sql = "UPDATE failures SET quarantined = 0, count = 0 WHERE quarantined = 1"
        try:
            with self.store.transaction() as db:
                if keys is None:
                    return db.execute(sql).rowcount
                return sum(db.execute(sql + " AND key = ?", (key,)).rowcount for key in keys)
        except sqlite3.DatabaseError as error:
            raise StoreError(f"{self.store.path}: could not write: {error}") from error

    @staticmethod
    def _row(db, key: str) -> Failure | None:
        row = db.execute(f"SELECT {_COLUMNS} FROM failures WHERE key = ?", (key,)).fetchone()
        return _failure(row) if row else None


def still_quarantined(failure: Failure | None, content: str | None) -> bool:
    """Whether a document is to be skipped: quarantined, and its content what failed."""
    return failure is not None and failure.quarantined and content == failure.content_hash


def _failure(row) -> Failure:
    values = list(row)
    values[7] = bool(values[7])
    return Failure(*values)


def _now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()

"""The one writer: partitions into the store, in bulk, in the order one process would go.

Parts finish in any order; they are stored in plan order (files as given, each file's
parts by offset), so when two records say different things about one article or
entity, the later one wins, as with ``warta process``. Each batch of articles is one
transaction (:meth:`~pipeline.store.Store.save_many`); saving is idempotent, so a part
stored twice, or a whole run done again, changes nothing.
"""

from __future__ import annotations

import time
from pathlib import Path

from ..errors import StoreError
from ..store import Store
from .partitions import read_partition
from .report import BackfillReport
from .worker import Failure, PartResult


class OrderedWriter:
    def __init__(self, store: Store, report: BackfillReport, files: list[str], *,
                 batch: int = 500, keep_parts: bool = False, observer=None):
        self.store, self.report, self.files = store, report, files
        self.batch, self.keep_parts, self.observer = batch, keep_parts, observer
        self.starts: dict[int, list[int]] = {}  # file index -> its parts' starts, once known
        self.finished_parts: dict[tuple[int, int], PartResult | Failure] = {}
        self.file_index, self.part_index = 0, 0

    def expect(self, file_index: int, starts: list[int]) -> None:
        """The parts a file was cut into (none when it could not be read)."""
        self.starts[file_index] = starts
        self.report.file(self.files[file_index]).parts += len(starts)
        self._drain()

    def finished(self, file_index: int, start: int, outcome: PartResult | Failure) -> None:
        """A part's result, or the failure that lost it; stored when its turn comes."""
        self.finished_parts[(file_index, start)] = outcome
        self._drain()

    @property
    def done(self) -> bool:
        return self.file_index >= len(self.files)

    def _drain(self) -> None:
        while not self.done and self.file_index in self.starts:
            starts = self.starts[self.file_index]
            if self.part_index == len(starts):
                if self.observer:
                    path = self.files[self.file_index]
                    self.observer.file_done(path, self.report.file(path))
                self.file_index, self.part_index = self.file_index + 1, 0
                continue
            outcome = self.finished_parts.pop((self.file_index, starts[self.part_index]), None)
            if outcome is None:
                return
            self._store(outcome)
            self.part_index += 1

    def _store(self, outcome: PartResult | Failure) -> None:
        if isinstance(outcome, Failure):
            self.report.fail(outcome)
            if self.observer:
                self.observer.failure(outcome)
            return
        started = time.perf_counter()
        if outcome.partition:
            partition = Path(outcome.partition)
            try:
                extractions = read_partition(partition)
            except OSError as error:
                raise StoreError(f"{partition}: cannot read a worker's partition: "
                                 f"{error.strerror or error} (give --parts a folder the "
                                 "workers and this machine share)") from error
            for first in range(0, len(extractions), self.batch):
                self._save(outcome.part.path, extractions[first:first + self.batch])
            if not self.keep_parts:
                partition.unlink(missing_ok=True)
        self.report.part_done(outcome)
        self.report.merge_seconds += time.perf_counter() - started
        if self.observer:
            self.observer.part_stored(outcome)
            for failure in outcome.failures:
                self.observer.failure(failure)

    def _save(self, path: str, extractions: list) -> None:
        try:
            self.report.records_added += self.store.save_many(extractions)["new_records"]
        except StoreError:
            raise  # the store itself (disk full, read-only, locked): nothing more can be kept
        except Exception:  # one article's values refused: find it, keep the others
            for extraction in extractions:
                try:
                    self.report.records_added += self.store.save(extraction)["new_records"]
                except StoreError:
                    raise
                except Exception as error:
                    self.report.fail(Failure(path, extraction.article.source or path, "store",
                                             type(error).__name__, str(error)[:300]))

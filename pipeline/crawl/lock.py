"""One run per store: an exclusive ``flock`` on ``<store>.lock``.

The operating system releases the lock when the process dies, even by SIGKILL, so a
crashed run never blocks the next one.
"""

from __future__ import annotations

import fcntl
import os
from datetime import datetime, timezone
from pathlib import Path

from ..errors import StoreError, StoreLocked


class RunLock:
    """The lock of the store at ``store_path``, however it is reached: the path is resolved
    (symlinks, ``..``) first, so two spellings of one store share one lock."""

    def __init__(self, store_path: str | Path):
        store_path = Path(store_path).resolve()
        self.path = store_path.with_name(store_path.name + ".lock")
        self._handle = None

    def acquire(self) -> "RunLock":
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle = self.path.open("a+")
        except OSError as error:  # read-only or full disk, no permission
            raise StoreError(f"{self.path}: cannot create the run lock: "
                             f"{error.strerror or error}") from None
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            handle.close()
            raise StoreLocked(f"{self.path.with_suffix('')}: another warta run is using this "
                              f"store ({holder}); try again when it has finished") from None
        try:
            handle.seek(0)
            handle.truncate()
            handle.write(f"pid {os.getpid()}, started {datetime.now(timezone.utc):%Y-%m-%d %H:%M:%S} UTC")
            handle.flush()
        except OSError:  # who holds the lock is only a courtesy; holding it is what counts
            pass
        self._handle = handle
        return self

    def release(self) -> None:
        if self._handle is not None:
            try:
                self._handle.seek(0)
                self._handle.truncate()
            except OSError:
                pass
            fcntl.flock(self._handle, fcntl.LOCK_UN)
            try:
                self._handle.close()
            except OSError:
                pass
            self._handle = None

    def __enter__(self) -> "RunLock":
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()

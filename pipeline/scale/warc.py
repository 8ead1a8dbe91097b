"""WARC files cut into parts a worker reads alone: record ranges by byte offset.

A part holds the records that *start* in ``[start, end)`` of one file. Offsets come from
:func:`record_offsets` (a first pass over a large file), so every part starts on a
record. An unreadable stretch (a damaged gzip member, a record whose header is not
WARC) is reported once with its byte range and skipped: reading goes on at the next
record that parses, so one bad record never costs the rest of its file.

    >>> parts = cut_parts("a.warc.gz", record_offsets("a.warc.gz"), part_bytes=64 << 20)
    >>> for item in read_part(parts[0]): ...
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterator

from warcio.archiveiterator import ArchiveIterator

from ..crawl.archive import ArchivedPage, article_page

GZIP_MEMBER = b"\x1f\x8b\x08"  # every record of a .warc.gz is its own gzip member
WARC_HEADER = b"WARC/1."
_SCAN_BLOCK = 1 << 20


@dataclass(frozen=True)
class Part:
    """The records of ``path`` that start at a byte offset in ``[start, end)`` (end None: to EOF)."""

    path: str
    start: int = 0
    end: int | None = None

    def covers(self, offset: int) -> bool:
        return self.start <= offset and (self.end is None or offset < self.end)


@dataclass(frozen=True)
class WarcItem:
    """One record read: its page (None for records that are no article page), or the
    error (class name) and problem that made the bytes from ``offset`` to ``skipped_to``
    unreadable (``skipped_to`` None: nothing readable after them in the part)."""

    offset: int
    page: ArchivedPage | None = None
    error: str | None = None
    problem: str | None = None
    skipped_to: int | None = None


def record_offsets(path: str | Path) -> list[int]:
    """The byte offset of every readable record of a WARC file (the first pass that cuts it)."""
    return [offset for offset, record in _records(Part(str(path))) if record is not None]


def cut_parts(path: str | Path, offsets: list[int], part_bytes: int) -> list[Part]:
    """Parts of about ``part_bytes`` each, cut at record offsets."""
    starts = [0]
    for offset in offsets:
        if offset - starts[-1] >= part_bytes:
            starts.append(offset)
    ends = [*starts[1:], None]
    return [Part(str(path), start, end) for start, end in zip(starts, ends)]


def read_part(part: Part) -> Iterator[WarcItem]:
    """Every record of the part in file order, as its article page (or None), or a problem."""
    path = Path(part.path)
    for offset, record in _records(part):
        if isinstance(record, _Unreadable):
            reach = (f"bytes {offset}-{record.resumed_at} skipped" if record.resumed_at
                     else "nothing readable after it in its part")
            yield WarcItem(offset, error=record.error, problem=f"{record.problem}; {reach}",
                           skipped_to=record.resumed_at)
            continue
        try:
            page = article_page(record, path)
        except Exception as error:  # the payload's gzip or chunking breaks while read
            yield WarcItem(offset, error=type(error).__name__, problem=_problem(error))
            continue
        missing = getattr(record.raw_stream, "limit", 0)  # block bytes declared but not there
        if page is not None and missing > 0:
            yield WarcItem(offset, error="TruncatedRecord",
                           problem=f"the record ends {missing} bytes short of its "
                                   f"{record.length} (a cut file); its page is not processed")
            continue
        yield WarcItem(offset, page=page)


@dataclass(frozen=True)
class _Unreadable:
    error: str
    problem: str
    resumed_at: int | None  # where reading went on; None: nothing readable after it


def _records(part: Part) -> Iterator[tuple[int, object]]:
    """``(offset, warcio record)`` of each record starting in the part; ``(offset,
    _Unreadable)`` for each stretch that does not parse."""
    marker = GZIP_MEMBER if part.path.endswith(".gz") else WARC_HEADER
    with open(part.path, "rb") as handle:
        position = part.start
        while part.covers(position):
            handle.seek(position)
            iterator = ArchiveIterator(handle)
            try:
                for record in iterator:
                    offset = iterator.offset  # get_record_offset() would read the record away
                    if not part.covers(offset):
                        return
                    yield offset, record
                return
            except Exception as error:  # warcio's, zlib's or a short read: the bytes are bad
                failed_at = iterator.offset
                failure = type(error).__name__, _problem(error)
            resumed_at = _next_record(handle, marker, failed_at + 1, part.end)
            yield failed_at, _Unreadable(*failure, resumed_at)
            if resumed_at is None:
                return
            position = resumed_at


def _next_record(handle: BinaryIO, marker: bytes, start: int, end: int | None) -> int | None:
    """The first offset from ``start`` on where a whole record parses, before ``end``."""
    candidate = _find(handle, marker, start)
    while candidate is not None and (end is None or candidate < end):
        handle.seek(candidate)
        try:
            next(iter(ArchiveIterator(handle)))
            return candidate
        except StopIteration:
            return None
        except Exception:  # the marker bytes were inside compressed data, not a record
            candidate = _find(handle, marker, candidate + 1)
    return None


def _find(handle: BinaryIO, marker: bytes, start: int) -> int | None:
    handle.seek(start)
    carried = b""
    base = start
    while True:
        block = handle.read(_SCAN_BLOCK)
        if not block:
            return None
        window = carried + block
        found = window.find(marker)
        if found >= 0:
            return base + found
        carried = window[-(len(marker) - 1):]
        base += len(window) - len(carried)


def _problem(error: BaseException) -> str:
    # the message may quote the bad bytes: keep it one printable line
    text = "".join(c if c.isprintable() else "?" for c in " ".join(str(error).split()))
    return text[:160] or "(no message)"

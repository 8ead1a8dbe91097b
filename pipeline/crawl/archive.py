"""WARC archives: every response a run receives, in one gzipped WARC file per run.

Bodies are stored decompressed (the ``Content-Encoding`` header is dropped and
``Content-Length`` set accordingly). Each record carries ``WARC-Warta-Kind``
(``article``, ``article-part``, ``sitemap``, ``feed``, ``listing``, ``robots``) and, for
articles, ``WARC-Warta-URL`` (the canonical URL). A multi-page article is also
written whole, as a ``resource`` record of kind ``article``.

:func:`read_articles` reads the articles back, so ``warta process-warc`` can run the
pipeline from archives without the network.
"""

from __future__ import annotations

import io
import os
import uuid
import zlib
from dataclasses import dataclass
from datetime import datetime, timezone
from http import HTTPStatus
from pathlib import Path
from typing import Iterator

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from ..errors import InputError, StoreError
from .fetch import FetchResult, decode_body, declared_charset

KIND = "WARC-Warta-Kind"
CANONICAL = "WARC-Warta-URL"


class WarcArchive:
    """Appends records to ``path``; each record is written at once, so a killed run leaves a
    readable file, and one the disk has no room for is cut off again (:class:`StoreError`).

    Each record is its own gzip member (the WARC norm), compressed in one call at
    ``level``: warcio's own gzip writer compresses at level 9 in several small steps,
    which costs the crawler more than the rest of the archiving.
    """

    def __init__(self, path: str | Path, *, software: str = "Warta", run_id: str = "",
                 level: int = 6):
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._file = self.path.open("ab", buffering=0)  # each record reaches the OS whole
        except OSError as error:
            raise StoreError(f"{self.path}: cannot write the archive: {error.strerror or error}") from None
        self._buffer = io.BytesIO()
        self._writer = WARCWriter(self._buffer, gzip=False)
        self._level = level
        self.records = 0
        info = self._writer.create_warcinfo_record(
            self.path.name, {"software": software, "format": "WARC File Format 1.1",
                             "warta-run": run_id})
        try:
            self._write(info)
        except StoreError:
            self.close()
            raise

    def _write(self, record) -> None:
        self._buffer.seek(0)
        self._buffer.truncate()
        self._writer.write_record(record)
        member = zlib.compressobj(self._level, zlib.DEFLATED, zlib.MAX_WBITS | 16)
        data = memoryview(member.compress(self._buffer.getbuffer()) + member.flush())
        start = None
        try:
            start = self._file.seek(0, os.SEEK_END)
            while data:  # unbuffered: a short write is possible, and the rest follows
                data = data[self._file.write(data):]
        except OSError as error:  # disk full: a run that cannot archive stops (exit 3)
            if start is not None:
                self._cut(start)
            raise StoreError(f"{self.path}: cannot write the archive: {error.strerror or error}") from None
        self.records += 1

    def _cut(self, size: int) -> None:
        """Drop a record that was only partly written, so the archive stays readable."""
        try:
            os.ftruncate(self._file.fileno(), size)
        except OSError:
            pass

    def record_response(self, result: FetchResult, kind: str, canonical: str | None = None) -> None:
        try:
            reason = HTTPStatus(result.status).phrase
        except ValueError:
            reason = "Unknown"
        http_headers = StatusAndHeaders(f"{result.status} {reason}", list(result.headers),
                                        protocol="HTTP/1.1")
        extra = {KIND: kind, "WARC-Date": _warc_date(result.fetched_at)}
        if canonical:
            extra[CANONICAL] = canonical
        record = self._writer.create_warc_record(
            result.final_url, "response", payload=io.BytesIO(result.body),
            length=len(result.body), http_headers=http_headers, warc_headers_dict=extra)
        self._write(record)

    def record_document(self, url: str, html: str, kind: str = "article",
                        canonical: str | None = None) -> None:
        """A document the crawler assembled itself (a merged multi-page article)."""
        body = html.encode("utf-8")
        extra = {KIND: kind, "Content-Type": "text/html; charset=utf-8"}
        if canonical:
            extra[CANONICAL] = canonical
        record = self._writer.create_warc_record(
            url, "resource", payload=io.BytesIO(body), length=len(body),
            warc_content_type="text/html; charset=utf-8", warc_headers_dict=extra)
        self._write(record)

    def close(self) -> None:
        try:
            self._file.close()
        except OSError:  # the buffered tail could not be written: reported when it was written
            pass

    def __enter__(self) -> "WarcArchive":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


@dataclass(frozen=True)
class ArchivedPage:
    url: str  # canonical URL when the archive says it, else the record's target URI
    text: str
    source: str  # "<file>#<record id>"
    replaced: int = 0  # undecodable byte sequences replaced with U+FFFD


def read_articles(path: str | Path) -> Iterator[ArchivedPage]:
    """The article pages of a WARC file (Warta's own, or any: HTML 200 responses).

    A truncated last record (a run killed while writing) ends the iteration quietly.
    """
    path = Path(path)
    try:
        handle = path.open("rb")
    except OSError as error:
        raise InputError(str(path), error.strerror or str(error)) from None
    with handle:
        try:
            for record in ArchiveIterator(handle):
                page = article_page(record, path)
                if page is not None:
                    yield page
        except ArchiveLoadFailed as error:
            # warcio quotes the offending line, which may be any bytes: keep the words only
            reason = str(error).split(", first line:", 1)[0]
            reason = "".join(c if c.isprintable() else "?" for c in reason)[:120]
            where = handle.tell() if not handle.closed else 0
            raise InputError(str(path), f"not a WARC file, or damaged before byte {where}: "
                                        f"{reason}") from None
        except (EOFError, OSError):
            return  # truncated by a killed run: everything before it was read


def article_page(record, path: Path) -> ArchivedPage | None:
    """The article page a warcio record holds, or None (not a 200 HTML response or article)."""
    headers = record.rec_headers
    kind = headers.get_header(KIND)
    if record.rec_type not in ("response", "resource"):
        return None
    if kind is not None and kind != "article":
        return None
    if record.rec_type == "response":
        if record.http_headers is None or record.http_headers.get_statuscode() != "200":
            return None
        content_type = record.http_headers.get_header("Content-Type") or ""
    else:
        content_type = headers.get_header("Content-Type") or ""
    if kind is None and "html" not in content_type.lower():
        return None
    body = record.content_stream().read()
    decoded = decode_body(body, declared_charset(content_type))
    url = headers.get_header(CANONICAL) or headers.get_header("WARC-Target-URI")
    return ArchivedPage(url=url, text=decoded.text, replaced=decoded.replaced,
                        source=f"{path.name}#{headers.get_header('WARC-Record-ID')}")


def _warc_date(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def new_run_id(now: datetime | None = None) -> str:
    now = now or datetime.now(timezone.utc)
    return f"{now:%Y%m%dT%H%M%SZ}-{uuid.uuid4().hex[:6]}"

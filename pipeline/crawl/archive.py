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

from ..errors import InputError
from .fetch import FetchResult, declared_charset, decide_encoding

KIND = "WARC-Warta-Kind"
CANONICAL = "WARC-Warta-URL"


class WarcArchive:
    """Appends records to ``path``; each record is flushed, so a killed run leaves a readable file.

    Each record is its own gzip member (the WARC norm), compressed in one call at
    ``level``: warcio's own gzip writer compresses at level 9 in several small steps,
    which costs the crawler more than the rest of the archiving.
    """

    def __init__(self, path: str | Path, *, software: str = "Warta", run_id: str = "",
                 level: int = 6):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._file = self.path.open("ab")
        self._buffer = io.BytesIO()
        self._writer = WARCWriter(self._buffer, gzip=False)
        self._level = level
        self.records = 0
        info = self._writer.create_warcinfo_record(
            self.path.name, {"software": software, "format": "WARC File Format 1.1",
                             "warta-run": run_id})
        self._write(info)

    def _write(self, record) -> None:
        self._buffer.seek(0)
        self._buffer.truncate()
        self._writer.write_record(record)
        member = zlib.compressobj(self._level, zlib.DEFLATED, zlib.MAX_WBITS | 16)
        self._file.write(member.compress(self._buffer.getbuffer()) + member.flush())
        self._file.flush()
        self.records += 1

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
        self._file.close()

    def __enter__(self) -> "WarcArchive":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


@dataclass(frozen=True)
class ArchivedPage:
    url: str  # canonical URL when the archive says it, else the record's target URI
    text: str
    source: str  # "<file>#<record id>"


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
            raise InputError(str(path), f"not a WARC file: {error}") from None
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
    encoding = decide_encoding(body, declared_charset(content_type))
    url = headers.get_header(CANONICAL) or headers.get_header("WARC-Target-URI")
    return ArchivedPage(url=url, text=body.decode(encoding, errors="replace"),
                        source=f"{path.name}#{headers.get_header('WARC-Record-ID')}")


def _warc_date(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def new_run_id(now: datetime | None = None) -> str:
    now = now or datetime.now(timezone.utc)
    return f"{now:%Y%m%dT%H%M%SZ}-{uuid.uuid4().hex[:6]}"

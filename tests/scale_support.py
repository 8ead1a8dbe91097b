"""WARC files for the backfill tests, written here from corpus/ and texts written for them.

Records look like a public news archive's: a warcinfo record, then for each page a
request, a 200 response and a metadata record, each its own gzip member.
"""

from __future__ import annotations

import gzip
import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

CORPUS = Path(__file__).resolve().parents[1] / "corpus"

# Written for these tests: a page the cleaner reads as English, long enough to be an article.
ENGLISH_PAGE = """<html lang="en"><head><title>Harbour town wins clean city prize</title></head>
<body><article><h1>Harbour town wins clean city prize</h1>
<p>The small harbour town of Westmere was named the cleanest town in the region on Friday, the
council said in a statement. The prize is given every year by the regional environment board to
the town that does the most to keep its streets, parks and beaches free of litter.</p>
<p>The mayor said that the award belongs to the volunteers who have cleaned the beach every
Sunday morning for three years. It is the first time that the town has won the prize, and the
council plans to use the money that comes with it to plant trees along the old harbour road.</p>
<p>Two other towns were praised by the board for their work with schools, and the board said
that it will visit every town again next spring before it names the next winner.</p>
</article></body></html>"""


def corpus_pages() -> list[tuple[str, str]]:
    """``(url, html)`` of the corpus pages (articles and a listing page), in name order."""
    return [(f"https://kabar.example/berita/{path.stem}", path.read_text(encoding="utf-8"))
            for path in sorted((CORPUS / "pages").glob("*.html"))]


def write_warc(path: Path, pages: list[tuple[str, str]], *, gz: bool = True,
               junk_after: int | None = None) -> Path:
    """A WARC file of ``pages``; ``junk_after=i``: a damaged record after the i-th page."""
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=gz)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "tests"}))
        for i, (url, html) in enumerate(pages):
            body = html.encode("utf-8")
            request = writer.create_warc_record(
                url, "request", payload=io.BytesIO(b""), length=0,
                http_headers=StatusAndHeaders("GET / HTTP/1.1", [("Host", "kabar.example")],
                                              is_http_request=True))
            response = writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), length=len(body),
                http_headers=StatusAndHeaders("200 OK", [("Content-Type",
                                                          "text/html; charset=utf-8")],
                                              protocol="HTTP/1.1"))
            metadata = writer.create_warc_record(url, "metadata",
                                                 payload=io.BytesIO(b"fetchTimeMs: 120\r\n"),
                                                 length=18)
            for record in (request, response, metadata):
                writer.write_record(record)
            if junk_after == i:
                handle.write(damaged_record(gz))
    return path


def damaged_record(gz: bool = True) -> bytes:
    """Bytes where a record should be: a header that is not WARC, a body cut short."""
    text = b"WARC/1.0\r\nContent-Length: abc\r\n\r\n<html>cut" if not gz else (
        b"NOT A WARC RECORD\r\nContent-Length: 12\r\n\r\n<html>cut")
    return gzip.compress(text) if gz else text


def copies(pages: list[tuple[str, str]], count: int) -> list[tuple[str, str]]:
    """``count`` copies of each page as other articles (their own URLs, og:url included)."""
    return [(f"{url}-salinan-{i}", html.replace(".example/", f".example/salinan-{i}/"))
            for i in range(count) for url, html in pages]

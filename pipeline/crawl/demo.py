"""``warta demo``: a built-in news site on 127.0.0.1 and a whole crawl of it.

:class:`DemoSites` serves the project's ``corpus/`` documents from several hosts
(one port each, described in ``pipeline/demo/sites.json``), each with robots.txt and
one way in: a sitemap index with a news sitemap, an RSS feed, or paginated listing
pages (plus an Atom feed). Pages answer conditional GETs, so a second demo run shows
the incremental crawl at work. :func:`run_demo` crawls them into a store.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path
from string import Template
from urllib.parse import parse_qs, urlsplit

from ..errors import ConfigError
from .config import CrawlConfig, Politeness, Retries, Site, StartPoint, Timeouts

DEFAULT_PORT = 8730
_EPOCH = datetime(2024, 12, 20, 8, 0, tzinfo=timezone.utc)


def corpus_dir() -> Path:
    import pipeline
    return Path(pipeline.__file__).resolve().parents[1] / "corpus"


@dataclass(frozen=True)
class DemoPage:
    slug: str
    body: bytes
    modified: datetime

    @property
    def etag(self) -> str:
        return '"' + hashlib.sha1(self.body).hexdigest()[:16] + '"'


def _template(name: str) -> Template:
    return Template((resources.files("pipeline") / "demo" / name).read_text(encoding="utf-8"))


def _text_page(path: Path, site: dict) -> bytes:
    """A plain-text corpus copy as a simple article page (first line: the title)."""
    blocks = [b.strip() for b in path.read_text(encoding="utf-8").split("\n\n") if b.strip()]
    title = blocks[0] if blocks else path.stem
    paragraphs = "\n".join(f"<p>{html.escape(b)}</p>" for b in blocks[1:])
    return _template("article.html").substitute(
        title=html.escape(title), site_title=html.escape(site["title"]),
        section=site["section"], paragraphs=paragraphs).encode("utf-8")


def load_demo_pages(corpus: Path | None = None) -> list[tuple[str, Path]]:
    """Corpus documents (article pages and text copies), sorted; listing pages left out."""
    corpus = corpus or corpus_dir()
    pages = sorted((corpus / "pages").glob("*.html")) if (corpus / "pages").is_dir() else []
    texts = sorted((corpus / "articles").glob("*.txt")) if (corpus / "articles").is_dir() else []
    documents = [(p.stem, p) for p in pages if not p.stem.startswith("listing")]
    documents += [(p.stem, p) for p in texts]
    if not documents:
        raise ConfigError(f"{corpus}: no corpus pages to serve (corpus/pages/*.html, "
                          "corpus/articles/*.txt)")
    return documents


class _DemoHost:
    """One demo news site on its own port."""

    def __init__(self, spec: dict, pages: list[DemoPage], port: int):
        self.spec = spec
        self.pages = {page.slug: page for page in pages}
        self.order = pages
        host = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def do_GET(self):
                host.serve(self)

        self.server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def article_url(self, page: DemoPage) -> str:
        return f"{self.url}/{self.spec['section']}/{page.slug}"

    def serve(self, handler: BaseHTTPRequestHandler) -> None:
        parts = urlsplit(handler.path)
        path, query = parts.path, parse_qs(parts.query)
        section = self.spec["section"]
        if path == "/robots.txt":
            body = self.spec["robots"] + f"Sitemap: {self.url}/sitemap_index.xml\n"
            return _send(handler, 200, body.encode(), "text/plain; charset=utf-8")
        if path == "/sitemap_index.xml":
            return _send(handler, 200, self.sitemap_index(), "application/xml")
        if path == "/sitemap-posts.xml":
            return _send(handler, 200, self.sitemap(news=False), "application/xml")
        if path == "/news-sitemap.xml":
            return _send(handler, 200, self.sitemap(news=True), "application/xml")
        if path == "/feed.xml":
            return _send(handler, 200, self.rss(), "application/rss+xml; charset=utf-8")
        if path == "/atom.xml":
            return _send(handler, 200, self.atom(), "application/atom+xml; charset=utf-8")
        if path in ("/", f"/{section}/", f"/{section}"):
            page = int(query.get("page", ["1"])[0]) if query.get("page", ["1"])[0].isdigit() else 1
            return _send(handler, 200, self.listing(page), "text/html; charset=utf-8")
        slug = path.removeprefix(f"/{section}/").strip("/")
        if slug in self.pages:
            return self.article(handler, self.pages[slug])
        return _send(handler, 404, b"<h1>404 Halaman tidak ditemukan</h1>", "text/html")

    def article(self, handler, page: DemoPage) -> None:
        modified = format_datetime(page.modified, usegmt=True)
        headers = {"ETag": page.etag, "Last-Modified": modified}
        if handler.headers.get("If-None-Match") == page.etag:
            return _send(handler, 304, b"", None, headers)
        _send(handler, 200, page.body, "text/html; charset=utf-8", headers)

    def sitemap_index(self) -> bytes:
        items = "".join(f"<sitemap><loc>{self.url}/{name}</loc><lastmod>{_EPOCH.isoformat()}</lastmod></sitemap>"
                        for name in ("sitemap-posts.xml", "news-sitemap.xml"))
        return (f'<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns='
                f'"http://www.sitemaps.org/schemas/sitemap/0.9">{items}</sitemapindex>').encode()

    def sitemap(self, news: bool) -> bytes:
        half = len(self.order) // 2
        pages = self.order[half:] if news else self.order[:half]
        if news:
            items = "".join(
                f"<url><loc>{self.article_url(p)}</loc><news:news><news:publication>"
                f"<news:name>{html.escape(self.spec['title'])}</news:name><news:language>id</news:language>"
                f"</news:publication><news:publication_date>{p.modified.isoformat()}"
                f"</news:publication_date><news:title>{p.slug}</news:title></news:news></url>"
                for p in pages)
        else:
            items = "".join(f"<url><loc>{self.article_url(p)}</loc><lastmod>{p.modified.isoformat()}"
                            f"</lastmod></url>" for p in pages)
        return (f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/'
                f'schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
                f'{items}</urlset>').encode()

    def rss(self) -> bytes:
        items = "".join(
            f"<item><title>{p.slug}</title><link>{self.article_url(p)}?utm_source=rss&amp;utm_medium=feed</link>"
            f"<guid isPermaLink=\"false\">{p.slug}</guid>"
            f"<pubDate>{format_datetime(p.modified, usegmt=True)}</pubDate></item>" for p in self.order)
        return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
                f'<title>{html.escape(self.spec["title"])}</title><link>{self.url}/</link>'
                f'{items}</channel></rss>').encode()

    def atom(self) -> bytes:
        entries = "".join(
            f'<entry><title>{p.slug}</title><link rel="alternate" href="{self.article_url(p)}#komentar"/>'
            f"<id>{self.article_url(p)}</id><updated>{p.modified.isoformat()}</updated></entry>"
            for p in self.order)
        return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
                f'<title>{html.escape(self.spec["title"])}</title>{entries}</feed>').encode()

    def listing(self, page: int) -> bytes:
        per_page = self.spec.get("per_page", 5)
        chunk = self.order[(page - 1) * per_page: page * per_page]
        items = "\n".join(f'<li><a href="/{self.spec["section"]}/{p.slug}">{p.slug}</a></li>'
                          for p in chunk)
        more = page * per_page < len(self.order)
        pagination = f'<span>Halaman {page}</span>'
        if more:
            pagination += f' <a href="/{self.spec["section"]}/?page={page + 1}">Selanjutnya &raquo;</a>'
        return _template("listing.html").substitute(
            site_title=html.escape(self.spec["title"]), page=page, items=items,
            pagination=pagination).encode("utf-8")


def _send(handler, status: int, body: bytes, content_type: str | None,
          headers: dict | None = None) -> None:
    handler.send_response(status)
    if content_type:
        handler.send_header("Content-Type", content_type)
    for name, value in (headers or {}).items():
        handler.send_header(name, value)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    if body:
        handler.wfile.write(body)


class DemoSites:
    """The demo sites, started on ``port``, ``port + 1``, ... (0: any free ports)."""

    def __init__(self, port: int = DEFAULT_PORT, corpus: Path | None = None):
        specs = json.loads((resources.files("pipeline") / "demo" / "sites.json").read_text("utf-8"))
        self.specs = specs["sites"]
        documents = load_demo_pages(corpus)
        dealt: list[list[DemoPage]] = [[] for _ in self.specs]
        for i, (slug, path) in enumerate(documents):
            index = i % len(self.specs)
            spec = self.specs[index]
            body = path.read_bytes() if path.suffix == ".html" else _text_page(path, spec)
            dealt[index].append(DemoPage(slug, body, _EPOCH - timedelta(hours=i)))
        self.hosts = []
        try:
            for index, spec in enumerate(self.specs):
                self.hosts.append(_DemoHost(spec, dealt[index], port + index if port else 0))
        except OSError:
            self.close()
            if not port:
                raise
            self.__init__(0, corpus)  # a fixed port is taken: any free ports will do

    @property
    def pages(self) -> int:
        return sum(len(host.pages) for host in self.hosts)

    def config(self, archive_dir: Path | None = None) -> CrawlConfig:
        """A crawl config for these sites: quick politeness, every article revisited."""
        sites = []
        for host in self.hosts:
            kind, section = host.spec["start"], host.spec["section"]
            if kind == "sitemap":
                start = (StartPoint("sitemap", host.url + "/sitemap_index.xml"),)
            elif kind == "feed":
                start = (StartPoint("feed", host.url + "/feed.xml"),)
            else:
                start = (StartPoint("listing", f"{host.url}/{section}/", max_pages=20),
                         StartPoint("feed", host.url + "/atom.xml"))
            sites.append(Site(name=host.spec["name"], url=host.url + "/", start=start,
                              article_patterns=(re.compile(rf"/{section}/[\w-]+$"),)))
        return CrawlConfig(
            sites=tuple(sites), contact="https://github.com/warta",
            politeness=Politeness(delay=0.05), timeouts=Timeouts(connect=5, read=10, total=30),
            retries=Retries(attempts=2, backoff=0.1), revisit_after_days=0,
            archive_dir=archive_dir, source="<demo>")

    def start(self) -> "DemoSites":
        for host in self.hosts:
            host.thread.start()
        return self

    def close(self) -> None:
        for host in self.hosts:
            if host.thread.is_alive():
                host.server.shutdown()
            host.server.server_close()

    def __enter__(self) -> "DemoSites":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.close()


def run_demo(db: Path, port: int = DEFAULT_PORT, *, observer=None, rules=None):
    """Serve the demo sites, crawl them into ``db`` and return ``(report, store counts)``."""
    from .run import run_crawl
    with DemoSites(port) as sites:
        report = run_crawl(sites.config(), db, observer=observer, rules=rules)
    return report

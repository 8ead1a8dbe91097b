"""A small news site on a FakeSite, crawl configs for it, and a fast stand-in processor."""

from __future__ import annotations

import hashlib
from pathlib import Path

from pipeline.crawl.run import Processed
from pipeline.models import Article, Extraction

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def article_html(i: int) -> str:
    return (f"<html><head><title>Berita {i}</title></head><body><article><h1>Berita {i}</h1>"
            f"<p>Pemerintah Kota Contoh {i} meraih penghargaan nomor {i}.</p></article></body></html>")


def serve_news(site, bodies: list[str | bytes], etag: bool = True, delay: float = 0.0) -> list[str]:
    """Articles at /berita/<i>, listed in /sitemap.xml; returns their URLs."""
    urls = []
    for i, body in enumerate(bodies):
        raw = body.encode("utf-8") if isinstance(body, str) else body
        headers = {"ETag": '"' + hashlib.sha1(raw).hexdigest()[:12] + '"'} if etag else {}
        site.route(f"/berita/{i}", raw, headers=headers, delay=delay)
        urls.append(f"{site.url}/berita/{i}")
    locs = "".join(f"<url><loc>{u}</loc></url>" for u in urls)
    site.route("/sitemap.xml", f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</urlset>',
               headers={"Content-Type": "application/xml"})
    return urls


def corpus_pages() -> list[bytes]:
    return [p.read_bytes() for p in sorted((CORPUS / "pages").glob("c*.html"))]


def config_toml(site, *, delay: float = 0.01, revisit: float = 7, extra_site: str = "",
                extra: str = "") -> str:
    return f"""
[crawler]
revisit_after_days = {revisit}
{extra}
[politeness]
delay = {delay}
[timeouts]
connect = 2
read = 5
total = 10
[retries]
attempts = 2
backoff = 0.01

[[sites]]
name = "contoh"
url = "{site.url}/"
start = [{{ sitemap = "{site.url}/sitemap.xml" }}]
article_patterns = ['/berita/\\d+$']
{extra_site}
"""


def write_config(tmp_path: Path, site, **kwargs) -> Path:
    path = tmp_path / "sites.toml"
    path.write_text(config_toml(site, **kwargs), encoding="utf-8")
    return path


class FakeProcessor:
    """Stores the page's HTML as the article text, without cleaning or extraction."""

    def __init__(self):
        self.calls: list[str] = []

    def __call__(self, store, html: str, url: str, source: str) -> Processed:
        self.calls.append(url)
        article = Article(url=url, site="contoh", title=None, published_at=None, author=None,
                          text=html, paragraphs=(html,), source=source)
        counts = store.save(Extraction(article))
        return Processed(article.id, True, counts["new_records"])

"""The page an article was read from, as it was archived: the document of a gold file.

An article remembers its source: a file (``warta process page.html``), a WARC record
(``warta-….warc.gz#<urn:uuid:…>``, from ``warta process`` of an archive) or the URL it
was fetched from (a crawl, whose WARC archive the run report in ``crawl_runs`` names).

    >>> found = find_documents(store, article_rows, archives=[Path("warta-warc")])
    >>> found["ar_…"].content[:15]
    b'<!doctype html>'
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError
from .store import Store

WARC_SUFFIXES = (".warc", ".warc.gz")


@dataclass(frozen=True)
class ArchivedDocument:
    suffix: str      # ".html", ".txt", ".html.gz": what the cleaner reads it as
    content: bytes


def find_documents(store: Store, articles: list[dict], archives: list[Path] = ()
                   ) -> dict[str, ArchivedDocument | str]:
    """For each article row (``id``, ``url``, ``source``, ``content_hash``): its document,
    or a one-line reason why none was found. ``archives`` are more WARC files or folders
    to look in, besides those the store's crawl runs wrote."""
    found: dict[str, ArchivedDocument | str] = {}
    by_record: dict[str, dict] = {}
    by_url: dict[str, dict] = {}
    for article in articles:
        source = article["source"] or ""
        name = source.split("#", 1)[0]
        if "#" in source and name.endswith(WARC_SUFFIXES):
            by_record[source] = article
        elif source and not name.endswith(WARC_SUFFIXES) and _source_file(store, source):
            path = _source_file(store, source)
            found[article["id"]] = ArchivedDocument(_suffix(path.name), path.read_bytes())
        elif article["url"]:
            by_url[article["url"]] = article
        else:
            found[article["id"]] = f"{source or article['id']}: no archived copy to point to"
    if by_record or by_url:
        candidates: dict[str, list[str]] = {}
        for warc in _warc_files(store, archives, {s.split("#", 1)[0] for s in by_record}):
            try:
                for page in _read_articles(warc):
                    if page.source in by_record:
                        found[by_record[page.source]["id"]] = _html(page.text)
                    elif page.url in by_url:
                        candidates.setdefault(page.url, []).append(page.text)
            except InputError as error:  # one broken archive must not stop the export
                for article in [*by_record.values(), *by_url.values()]:
                    found.setdefault(article["id"], f"{warc}: {error.problem}")
        for url, article in by_url.items():
            if url in candidates:
                found[article["id"]] = _html(_same_content(candidates[url], article))
    for article in [*by_record.values(), *by_url.values()]:
        found.setdefault(article["id"], f"{article['source'] or article['url']}: not found in "
                                        "any WARC archive (give the crawl's archives with --warc)")
    return found


def _read_articles(path: Path):
    from .crawl.archive import read_articles
    return read_articles(path)


def _same_content(texts: list[str], article: dict) -> str:
    """The archived copy whose cleaned text is the one stored (a page fetched on several
    nights may have changed); the latest when none is."""
    if len(texts) > 1:
        from .clean import clean_html
        for text in reversed(texts):
            cleaned = clean_html(text, url=article["url"]).text
            if hashlib.sha1(cleaned.encode("utf-8")).hexdigest() == article["content_hash"]:
                return text
    return texts[-1]


def _warc_files(store: Store, archives, wanted_names: set[str]) -> list[Path]:
    """Given archives, every crawl run's archive, and the named WARC files in their folders."""
    files: list[Path] = []
    folders: list[Path] = [Path.cwd(), store.path.parent]
    for given in archives:
        given = Path(given)
        if given.is_dir():
            folders.append(given)
            files += sorted(p for p in given.iterdir() if p.name.endswith(WARC_SUFFIXES))
        else:
            folders.append(given.parent)
            files.append(given)
    for (report,) in store.db.execute("SELECT report FROM crawl_runs WHERE report IS NOT NULL"):
        archive = (json.loads(report) or {}).get("archive")
        for where in ([Path(archive), store.path.parent / archive] if archive else []):
            if _readable(where):
                files.append(where)
                folders.append(where.parent)
                break
    for name in wanted_names:
        files += [folder / name for folder in folders if _readable(folder / name)]
    unique = {}
    for path in files:
        unique.setdefault(path.resolve(), path)
    return list(unique.values())


def _source_file(store: Store, source: str) -> Path | None:
    """The file an article was processed from: as stored, or relative to the store."""
    for path in (Path(source), store.path.parent / source):
        if _readable(path):
            return path
    return None


def _readable(path: Path) -> bool:
    try:
        return path.is_file()
    except OSError:
        return False


def _suffix(name: str) -> str:
    if name.endswith(".gz"):
        return Path(name[:-3]).suffix + ".gz"
    return Path(name).suffix or ".txt"


def _html(text: str) -> ArchivedDocument:
    # UTF-8 whatever the page declares: the cleaner trusts valid UTF-8 over a declaration.
    return ArchivedDocument(".html", text.encode("utf-8"))

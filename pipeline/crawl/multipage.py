"""Articles split over several pages, read as one (see :class:`~.config.Multipage`)."""

from __future__ import annotations

from bs4 import BeautifulSoup

from .urls import canonical_url


def next_part(html: str, url: str, selector: str) -> str | None:
    """The URL of the article's next page, from the ``next_page`` selector."""
    found = BeautifulSoup(html, "lxml").select_one(selector)
    if found is None or not found.get("href"):
        return None
    return canonical_url(found["href"], base=url)


def merge_parts(pages: list[str], body: str) -> str:
    """The first page with the ``body`` element of every later page appended to its own.

    Pagination links inside the merged body are dropped: the result is one page.
    """
    first = BeautifulSoup(pages[0], "lxml")
    target = first.select_one(body)
    if target is None:
        return pages[0]
    for html in pages[1:]:
        part = BeautifulSoup(html, "lxml").select_one(body)
        if part is None:
            continue
        for child in list(part.children):
            target.append(child.extract())
    return str(first)

"""The clean stage: an HTML page or a plain-text copy of one → :class:`~pipeline.models.Article`.

>>> article = clean_text("Judul Berita\\n\\nJakarta - Isi berita yang panjang sekali di sini, "
...                      "dengan cukup banyak kata untuk menjadi paragraf.")
>>> article.paragraphs[0][:9]
'Jakarta -'
"""

from __future__ import annotations

from datetime import datetime

from pipeline.models import Article

from .dates import date_from_lead, date_from_url
from .document import clean_document
from .html import clean_html
from .meta import guess_language, site_of
from .published import SiteZone, first_published
from .rules import CleanRules, load_rules
from .text import split_text

__all__ = ["clean_html", "clean_text", "clean_document", "load_rules", "CleanRules"]


def clean_text(text: str, url: str | None = None, *, source: str | None = None,
               rules: CleanRules | None = None) -> Article:
    """Clean a plain-text copy of a page: its body span, title, dateline date, byline."""
    rules = rules or load_rules()
    parts = split_text(text, rules)
    hint = rules.site_for(site_of(url))
    paragraphs = parts.paragraphs
    lead = date_from_lead(paragraphs[0], text, rules.dates) if paragraphs else None
    printed = parts.published or lead or parts.published_below
    if printed is not None and printed.doubtful:  # the lead's own dateline, or one under the text, over a banner
        printed = lead or parts.published_below or printed
    zone = hint.time_zone if hint else None
    published_at, precision = first_published([], printed, date_from_url(url), SiteZone.fixed(zone), rules.dates)
    if published_at is None and parts.month:  # only the month is known: no publication day
        published_at, precision = datetime(*parts.month, 1), "month"
    return Article(
        url=url, site=site_of(url), title=parts.title, published_at=published_at,
        published_precision=precision, author=parts.author, text="\n".join(paragraphs),
        paragraphs=paragraphs, canonical_url=None, language=guess_language("\n".join(paragraphs), rules),
        is_article=bool(paragraphs),
        source=source,
    )

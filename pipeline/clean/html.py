"""HTML page → Article: content scoring for the body, metadata from meta tags, JSON-LD and datelines."""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from pipeline.models import Article

from . import boilerplate as bp
from .content import body_paragraphs, looks_like_listing, select_runs
from .dates import (Stamp, date_from_lead, date_from_url, find_datelines, first_publication, parse_machine, printed_zones,
                    script_dates)
from .dom import Page, Run
from .encoding import decode_html
from .meta import (guess_language, json_ld_article, normalise_language, person_name, pick_title,
                   site_core, site_of)
from .published import first_published, site_zone
from .rules import CleanRules, SiteHint, load_rules

# Meta tags that carry the first publication time, most trusted first.
PUBLISHED_META = ("article:published_time", "og:published_time", "published_time", "datepublished",
                  "pubdate", "publishdate", "publish-date", "publish_date", "dtk:publishdate",
                  "sailthru.date", "parsely-pub-date", "dc.date.issued", "dc.date", "dcterms.created",
                  "dcterms.date", "date", "article.published", "content_publisheddate", "datecreated",
                  "createdate")
MODIFIED_META = ("article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "last-modified")
AUTHOR_META = ("author", "article:author", "dc.creator", "byl", "parsely-author", "dtk:author", "content_author")
_MIN_ARTICLE_WORDS = 60  # below this, a page with no article markers is a listing or index


def clean_html(html: str | bytes, url: str | None = None, *, source: str | None = None,
               rules: CleanRules | None = None) -> Article:
    """Clean an HTML page: the article's paragraphs, title, publication time, author, language."""
    rules = rules or load_rules()
    if isinstance(html, bytes):
        html = decode_html(html)
    page = Page(html)
    meta = page.meta()
    ld = json_ld_article(page.json_ld())
    canonical = _canonical(page, meta, url)
    host = site_of(url) or site_of(canonical)
    hint = rules.site_for(host)
    if hint and hint.strip_selectors:
        page.remove(hint.strip_selectors)

    site_names = [*meta.get("og:site_name", []), *meta.get("application-name", []), site_core(host) or "",
                  person_name(ld.get("publisher")) or "", *(h.lstrip("@") for h in meta.get("twitter:site", []))]
    headings = page.texts(",".join(hint.title_selectors)) if hint and hint.title_selectors else page.texts("h1")
    title = pick_title([*meta.get("og:title", []), *meta.get("twitter:title", []),
                        ld.get("headline") if isinstance(ld.get("headline"), str) else None,
                        *page.texts("title")], headings, site_names, host)

    runs = page.runs(rules.boilerplate.negative_class, rules.boilerplate.hard_negative_class)
    chosen = select_runs(runs, rules, title, page.block_kinds)
    paragraphs = body_paragraphs(chosen, rules, title, _first(meta, "description") or _first(meta, "og:description"))
    body = _json_ld_body(ld, paragraphs)
    if body:
        paragraphs = body
    if not paragraphs:
        # Photo and video pages: their description is all the text they have.
        description = _first(meta, "og:description") or _first(meta, "description")
        if description and len(bp.words(description)) >= 10:
            paragraphs = [description.strip()]

    text = "\n".join(paragraphs)
    # Templates often keep a default lang="en"; the words of the text are better evidence.
    language = (guess_language(text, rules) or normalise_language(page.lang())
                or normalise_language(_first(meta, "content-language")) or normalise_language(_first(meta, "og:locale")))
    stamp_at, precision = _published(html, page, meta, ld, runs, chosen, paragraphs, title, url or canonical,
                                     hint, language, rules)
    words = sum(len(bp.words(p)) for p in paragraphs)
    is_article = not looks_like_listing(chosen) and not is_home_page(url) \
        and not _only_a_teaser(paragraphs) and (
            words >= _MIN_ARTICLE_WORDS or (bool(ld) or _first(meta, "og:type") == "article") and words > 0)
    return Article(
        url=url, site=host or (site_names[0] or None), title=title, published_at=stamp_at,
        published_precision=precision, author=_author(page, meta, ld, hint, site_names),
        text=text, paragraphs=tuple(paragraphs), canonical_url=canonical, language=language,
        is_article=is_article, source=source,
    )


def is_home_page(url: str | None) -> bool:
    """A site's front page ("https://beritamanado.com/", "/index.php"): never one article."""
    if not url:
        return False
    parts = urlsplit(url if "//" in url else "//" + url)
    return not parts.query and parts.path.strip("/").lower() in ("", "index.html", "index.htm", "index.php",
                                                                 "home", "beranda")


def _only_a_teaser(paragraphs: list[str]) -> bool:
    """A short text cut off mid-sentence ("... maka baik...") with nothing after it: an index
    page's teaser, not an article."""
    return len(paragraphs) == 1 and len(bp.words(paragraphs[0])) < _MIN_ARTICLE_WORDS \
        and paragraphs[0].rstrip().endswith(("...", "…"))


def _first(meta: dict[str, list[str]], key: str) -> str | None:
    values = meta.get(key)
    return values[0] if values else None


def _canonical(page: Page, meta: dict, url: str | None) -> str | None:
    # Templates that print two canonical links put the site's front page first: the
    # article's own is the other one.
    links = page.link_hrefs("canonical")
    href = next((h for h in links if not is_home_page(h)), links[0] if links else None) or _first(meta, "og:url")
    if not href:
        return None
    return urljoin(url, href) if url else href


def _json_ld_body(ld: dict, paragraphs: list[str]) -> list[str] | None:
    """The JSON-LD ``articleBody`` when it is fuller than what the DOM gave (some pages load text by script)."""
    body = ld.get("articleBody")
    if not isinstance(body, str):
        return None
    lines = [line.strip() for line in body.replace("\r", "\n").split("\n") if line.strip()]
    found = sum(len(bp.words(p)) for p in paragraphs)
    given = sum(len(bp.words(line)) for line in lines)
    return lines if given >= 50 and given > 1.5 * found else None


def _author(page: Page, meta: dict, ld: dict, hint: SiteHint | None, site_names: list[str]) -> str | None:
    if hint and hint.author_selectors:
        for text in page.texts(",".join(hint.author_selectors)):
            if text:
                return text
    candidates = [person_name(ld.get("author"))] + [v for key in AUTHOR_META for v in meta.get(key, [])]
    site_keys = {n.lower().replace(" ", "") for n in site_names if n}
    for value in candidates:
        if not value or value.startswith(("http://", "https://", "www.")):
            continue
        key = value.lower().replace(" ", "")
        if any(k and (k in key or key in k) for k in site_keys) or len(bp.words(value)) > 8:
            continue
        return value.strip()
    return None


def _machine_stamps(page: Page, meta: dict, ld: dict, rules: CleanRules) -> list[Stamp]:
    """The page's machine-readable publication times, most trusted first (update times left out)."""
    values = [ld.get("datePublished"), ld.get("dateCreated")]
    values += [v for key in PUBLISHED_META for v in meta.get(key, [])]
    stamps = [s for s in (parse_machine(v, rules.dates) for v in values if isinstance(v, str)) if s]
    if not any(s.has_time for s in stamps):  # marked elements only when the head gave no time
        for attrs in page.attrs("[itemprop=datePublished]:not(meta), time[pubdate], time.published, "
                                "time.entry-date, abbr.published"):
            for value in (attrs.get("datetime"), attrs.get("content"), attrs.get("title")):
                stamp = parse_machine(value, rules.dates)
                if stamp:
                    stamps.append(stamp)
    return stamps


def _modified_stamps(meta: dict, ld: dict, rules: CleanRules) -> list[Stamp]:
    values = [ld.get("dateModified"), *(v for key in MODIFIED_META for v in meta.get(key, []))]
    return [s for s in (parse_machine(v, rules.dates) for v in values if isinstance(v, str)) if s]


def _body_start(chosen: list[Run], paragraphs: list[str], default: int) -> int:
    """The run where the kept body begins (the chosen container may start with a header)."""
    if paragraphs:
        head = paragraphs[0][:40]
        for run in chosen:
            if run.text.startswith(head):
                return run.order
    return chosen[0].order if chosen else default


_DATELINE_RUN = 300  # characters of a run searched for a dateline; longer runs are prose


def _visible_stamp(runs: list[Run], chosen: list[Run], paragraphs: list[str], title: str | None,
                   hint: SiteHint | None, page: Page, rules: CleanRules) -> Stamp | None:
    """The dateline printed near the title, before the body (first publication before updates).

    Runs are searched together: a dateline split over elements ("Februari" / "07" / "/ 2017" /
    "11:58 WIB") reads as one.
    """
    if hint and hint.date_selectors:
        ranges = [page.texts(",".join(hint.date_selectors))]
    else:
        start = _body_start(chosen, paragraphs, len(runs))
        title_at = next((r.order for r in reversed(runs[:start]) if title and r.text == title),
                        max(0, start - 25))
        # Between the title and the body first, then just above the title, then the body's first lines.
        ranges = [[r.text for r in runs[title_at:start]],
                  [r.text for r in runs[max(0, title_at - 8):title_at]],
                  [r.text for r in runs[start:start + 3]]]
    for texts in ranges:
        stamps = find_datelines(" ".join(t[:_DATELINE_RUN] for t in texts), rules.dates)
        if stamps:
            return first_publication(stamps)
    if chosen and not (hint and hint.date_selectors):
        # Under the body only a date named as the publication ("Dipublikasikan 5 Maret 2022"):
        # the other dates there are the next articles'.
        after = runs[chosen[-1].order + 1:chosen[-1].order + 1 + _AFTER_BODY]
        stamps = [s for s in find_datelines(" ".join(r.text[:_DATELINE_RUN] for r in after), rules.dates)
                  if s.labelled]
        if stamps:
            return stamps[0]
    return None


_AFTER_BODY = 6  # runs under the body searched for a labelled publication date


def _dated_element(page: Page, day, rules: CleanRules) -> Stamp | None:
    """A ``<time datetime>`` or ``<abbr title>`` whose printed text is ``day`` and whose attribute
    gives the time ("<abbr title='2020-10-09T10:10:00+07:00'>9 Oktober 2020</abbr>")."""
    for attrs in page.attrs("time[datetime], abbr[title]"):
        stamp = parse_machine(attrs.get("datetime") or attrs.get("title"), rules.dates)
        if stamp and stamp.has_time and stamp.when.date() == day:
            printed = find_datelines(attrs["_text"], rules.dates)
            if printed and printed[0].when.date() == day:
                return stamp
    return None


_INDONESIA = re.compile(r"\b(?:Indonesia|Jakarta)\b")


def _published(html, page, meta, ld, runs, chosen, paragraphs, title, url, hint, language, rules):
    facts = rules.dates
    text = "\n".join(paragraphs)
    machine = _machine_stamps(page, meta, ld, rules)
    visible = _visible_stamp(runs, chosen, paragraphs, title, hint, page, rules)
    if visible is not None and not visible.has_time:
        visible = _dated_element(page, visible.when.date(), rules) or visible
    if visible is None and paragraphs:
        visible = date_from_lead(paragraphs[0], text, facts)
    if not any(m.has_time for m in machine) and (visible is None or not visible.has_time):
        machine += script_dates(html, facts)  # a page's scripts, scanned only when nothing else gives a time
    modified = _modified_stamps(meta, ld, rules)
    host = site_of(url) or ""

    def indonesian() -> bool:
        # English-language Indonesian sites count too: they name the country or its capital.
        return language == "id" or host.endswith(".id") or normalise_language(page.lang()) == "id" \
            or len(_INDONESIA.findall(text)) >= 2

    def printed() -> list[str]:
        if visible is not None and visible.offset in facts.site_zones:
            return [visible.offset]
        return printed_zones("\n".join(r.text for r in runs), facts)

    zone = site_zone(facts, hint_zone=hint.time_zone if hint else None, printed=printed,
                     machine=machine + modified, indonesian=indonesian)
    return first_published(machine, visible, date_from_url(url), zone, facts,
                           labelled_zone=hint.meta_time_zone if hint else None)

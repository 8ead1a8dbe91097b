"""Plain-text copies of pages: find the article's own span among menus, bylines and lists.

The body starts at the dateline lead ("Medan (ANTARA) - ...") when the copy has one, else
at the first prose line after the header (title, byline, date, captions); it ends at the
first "Berita Terkait"-style heading. Inside the span, inserts, share bars, credits and
counters are dropped line by line.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache

from . import boilerplate as bp
from .dates import Stamp, find_datelines, first_publication
from .rules import CleanRules

_BYLINE = re.compile(
    r"^(?:penulis|reporter|pewarta|rep|oleh|author|by|written by|laporan reporter [\w ]+,)\s*:?\s*"
    r"(?P<name>[^|/:]{3,60}?)\s*(?:$|[|/]|\b(?:editor|red|redaktur)\b)", re.IGNORECASE)
_HEADER_SCAN = 40  # how many leading lines may hold the title, byline and dateline


@dataclass(frozen=True)
class TextParts:
    title: str | None
    paragraphs: tuple[str, ...]
    published: Stamp | None
    author: str | None
    month: tuple[int, int] | None = None  # a store's "date 2023-04" prefix
    # a date alone on a line under the text: weaker than the lead's own dateline
    published_below: Stamp | None = None


def _only_date(line: str, rules: CleanRules) -> bool:
    """A line that is a dateline and little else ("Rabu, 4 Desember 2024 - 20:00 WIB"), or
    datelines with their labels ("… WIB Diperbarui: Selasa, 5 Desember 2024 - 09:00 WIB")."""
    # The word count first: it is cheap, and rules out the prose lines.
    tokens = bp.words(line)
    if len(tokens) > 12 and (len(tokens) > _DATELINES_WORDS or not _date_words_only(tokens, rules)):
        return False
    return bool(find_datelines(line, rules.dates)) and not bp.is_prose(line, tokens)


_DATE_LABEL_WORDS = 4  # words besides dates, times and zones a line of datelines may hold
_DATELINES_WORDS = 30  # (two datelines with weekdays, clocks, zones and labels stay well under it)


def _date_words_only(tokens: list[str], rules: CleanRules) -> bool:
    """All but a few words are days, months, weekdays, times and zones."""
    known = _date_words(rules.dates)
    other = 0
    for t in tokens:
        if any(c.isdigit() for c in t) or t.lower().strip(".,:") in known:
            continue
        other += 1
        if other > _DATE_LABEL_WORDS:
            return False
    return True


@lru_cache(maxsize=4)
def _date_words(facts) -> frozenset[str]:
    """Months, weekdays, zones, publication and update labels and clock words, in lower case."""
    labels = {w for phrase in facts.update_words + facts.publish_words for w in phrase.split()}
    return frozenset(facts.months) | frozenset(facts.weekday_numbers) | {z.lower() for z in facts.time_zones} | \
        labels | _CLOCK_WORDS


_CLOCK_WORDS = {"pukul", "jam", "pkl", "pada", "on", "at"}


def _meta(line: str, rules: CleanRules) -> bool:
    return bp.is_boilerplate(line, rules.boilerplate) or _only_date(line, rules)


def find_start(lines: list[str], rules: CleanRules) -> int:
    b = rules.boilerplate
    window = max(12, len(lines) // 2)
    for i, line in enumerate(lines[:window]):
        if bp.is_lead(line, b) and not bp.is_boilerplate(line, b) and not _only_date(line, rules):
            return i  # (not "Senin, 17 Maret 2025 - 14:30 WIB Diperbarui: …": datelines, not a lead's)
    prose = [i for i, line in enumerate(lines) if bp.is_prose(line) and not _meta(line, rules)]
    if not prose:
        return 0
    # A lede or caption can read like prose; a byline or dateline after it, still
    # before the third prose line, means the body starts below that header.
    limit = prose[2] if len(prose) > 2 else prose[-1]
    header_end = -1
    for i in range(min(limit, _HEADER_SCAN)):
        if _meta(lines[i], rules) and not bp.is_insert(lines[i], b) and any(p > i for p in prose):
            header_end = i
    start = next(p for p in prose if p > header_end) if any(p > header_end for p in prose) else prose[0]
    return start - 1 if start > 0 and _dateline_stub(lines[start - 1], rules) else start


def _related_link(line: str, rules: CleanRules) -> bool:
    """A headline standing in the body as a link: "• Other News Title", "INFO lain : Other Title"."""
    stripped = line.strip()
    if stripped[:1] in "•▪●»" and bp.is_headline_like(stripped.lstrip("•▪●» ")):
        return True
    head, sep, tail = stripped.partition(" : ")
    return bool(sep) and len(bp.words(head)) <= 3 and bp.is_headline_like(tail)


def body_lines(lines: list[str], start: int, rules: CleanRules) -> list[str]:
    b = rules.boilerplate
    kept: list[str] = []
    marker_alone = False
    announced = False  # the article's own list: items after a line that ends with ":"
    for line in lines[start:]:
        if bp.is_stop(line, b):
            break
        line = bp.strip_ad_markers(line, b)
        # "Baca juga:" on a line of its own points at the headline on the next line
        after_marker, marker_alone = marker_alone, bool(line) and bp.is_insert(line, b) and len(bp.words(line)) <= 3
        if not line:
            continue
        announced = announced and _item(line)
        if _meta(line, rules) or (_related_link(line, rules) and not announced) or \
                (after_marker and bp.is_headline_like(line)):
            continue
        kept.append(bp.strip_signature(line, b))
        announced = line.rstrip().endswith(":") and not bp.is_insert(line, b) or announced
    # Trailing link titles and crumbs are not the article's end; a list the article
    # itself gives (winners, steps) is.
    while kept and not bp.is_prose(kept[-1]) and not (len(kept) > 1 and _item(kept[-1]) and _item(kept[-2])):
        kept.pop()
    return kept


def _item(line: str) -> bool:
    return bp.is_list_item(line) or bp.is_labelled_item(line)


def _dateline_stub(line: str, rules: CleanRules) -> bool:
    """The lead's dateline left alone on its line ("Jakarta –") when the page set it in bold."""
    stripped = line.strip()
    return stripped[-1:] in "-–—" and 0 < len(bp.words(stripped)) <= 4 and not bp.is_boilerplate(stripped, rules.boilerplate)


def _title(header: list[str], rules: CleanRules) -> str | None:
    for line in header:
        tokens = bp.words(line)
        if 4 <= len(tokens) <= 30 and not _meta(line, rules) and not line.rstrip().endswith("."):
            return line.strip()
    return None


def _author(header: list[str]) -> str | None:
    for line in header:
        match = _BYLINE.match(line.strip())
        if match:
            return match["name"].strip(" ,-")
    return None


_DATELINE_WORDS = 12  # a line this short that holds a date is a dateline or byline, not prose


def _published(header: list[str], title: str | None, rules: CleanRules) -> Stamp | None:
    """The header's first-publication date. Dates on short lines (datelines, bylines) come
    before dates inside a caption or a lede."""
    # Joined, so a date and its time on two lines ("08 November 2023 |" / "18:39 WIB") meet.
    joined = " ".join(header)
    stamps = find_datelines(joined, rules.dates)
    if not stamps:
        return None
    starts, at = [], 0
    for line in header:
        starts.append(at)
        at += len(line) + 1

    def line_of(stamp: Stamp) -> int:
        return bisect_right(starts, stamp.start) - 1

    # ("1. Headline" / "09/11/2022, 04:37 WIB": a listed article's date, not this one's)
    own = [s for s in stamps if not _listed_item_date(header, line_of(s))
           and (s.labelled or not bp.is_caption(header[line_of(s)], rules.boilerplate))]  # (a photo's day)
    if not own:
        return None
    short = [s for s in own if s.labelled or len(bp.words(header[line_of(s)])) <= _DATELINE_WORDS
             or _only_date(header[line_of(s)], rules)] or own
    at_title = header.index(title) if title is not None else None
    if at_title is not None and any(line_of(s) > at_title and not s.updated for s in short):
        # "Senin, 17 Mei 2021" over the site's name, a dateline under the title: the first is a
        # banner of the day the page was saved
        short = [s for s in short if s.labelled or line_of(s) > at_title]
    chosen = first_publication(short)
    if chosen is not None and not chosen.labelled and at_title is not None and line_of(chosen) < at_title:
        chosen = replace(chosen, doubtful=True)  # (over the title, no label: perhaps the day's banner)
    return chosen


_NUMBERED = re.compile(r"^\d{1,2}[.)]\s+\S")


def _listed_item_date(lines: list[str], n: int) -> bool:
    """Line ``n`` is an item of a numbered list of headlines ("2. Title 13:32 WIB"), or the date
    printed under one."""
    return bool(_NUMBERED.match(lines[n])) or n > 0 and bool(_NUMBERED.match(lines[n - 1])) and \
        not bp.is_prose(lines[n - 1])


def _published_in_the_copy(lines: list[str], rules: CleanRules) -> Stamp | None:
    """A publication date printed inside or under the article ("Dipublikasikan: 5 Maret 2022"):
    only one named as such or standing alone on its line, never a date inside the text."""
    stamps = [stamp for line in lines if not bp.is_insert(line, rules.boilerplate)  # (not "Baca juga: X (10/11/2021)")
              for stamp in find_datelines(line, rules.dates)
              if stamp.labelled or _only_date(line, rules) and not _headline_before(line, stamp)]
    return first_publication(stamps) if stamps else None


_CLOCK_LINE = re.compile(r"^[012]?\d[:.][0-5]\d(?![./-]\d)\b")  # (not "17.03.2025", a date)


def _clocks_joined(lines: list[str]) -> list[str]:
    """Lines with a line that starts with a clock joined to the line before it ("DITERBITKAN
    2019-05-10" / "09:28 WITA"): a date and its time set on two lines."""
    joined: list[str] = []
    for line in lines:
        if joined and _CLOCK_LINE.match(line) and not _CLOCK_LINE.match(joined[-1]):
            joined[-1] = f"{joined[-1]} {line}"
        else:
            joined.append(line)
    return joined


def _labelled_in_the_copy(lines: list[str], rules: CleanRules) -> Stamp | None:
    """A date named as the publication on a short line of its own below the header (not a
    sentence that says when something was published)."""
    return next((stamp for line in lines if (len(bp.words(line)) <= _DATELINE_WORDS or _only_date(line, rules))
                 and not bp.is_prose(line)
                 for stamp in find_datelines(line, rules.dates) if stamp.labelled and not stamp.updated), None)


_HEADLINE_WORDS = 4  # "Kota X Raih Adipura 2024 - 10 Januari 2025": a linked headline before its date


def _headline_before(line: str, stamp: Stamp) -> bool:
    """A related article's headline printed before the date (not a label, a weekday or a name)."""
    before = line[:stamp.start]
    return ":" not in before and len(bp.words(before)) >= _HEADLINE_WORDS and \
        bp.is_headline_like(before.strip(" -–—|·•"))  # (not "Penulis: X | Editor: Y | <date>")


def split_text(text: str, rules: CleanRules) -> TextParts:
    text = text.replace("\r\n", "\n").replace("\xa0", " ")
    month = bp.record_month(text, rules.boilerplate)
    text = bp.strip_record_prefix(text, rules.boilerplate)
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in text.split("\n")]
    lines = [line for line in lines if line]
    start = find_start(lines, rules)
    header = lines[:start][:_HEADER_SCAN]
    title = _title(header, rules)
    published = _published(header, title, rules)
    below = _clocks_joined(lines[start:])
    if published is None or not published.labelled:
        # "Terbit: 3 Juli 2021 09.14 WIT" under the text names the publication; a header's date
        # no label names may be a banner of the day the page was saved
        published = _labelled_in_the_copy(below, rules) or published
    return TextParts(title=title, paragraphs=tuple(body_lines(lines, start, rules)),
                     published=published, author=_author(header), month=month,
                     published_below=_published_in_the_copy(below, rules)
                     if published is None or published.doubtful else None)

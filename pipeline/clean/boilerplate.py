"""What a line or block of text *is*: article prose, a "Baca juga" insert, a share bar, a byline.

Shared by the plain-text and the HTML paths; the markers come from ``rules/boilerplate.json``.
"""

from __future__ import annotations

import re

from .rules import Boilerplate

_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*", re.UNICODE)
_SENTENCE_END = re.compile(r"[.!?…:;。！？][\"'”’)\]」』]*\s*$|[\"”’」』]\s*$")
_LIST_ITEM = re.compile(r"^\s*(?:\d{1,3}[.)]|[-–•*▪●])\s+\S")
_SMALL_WORDS = frozenset("di ke dari dan atau yang untuk pada dengan dalam oleh the of and in on for to a an at by".split())


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def ends_sentence(line: str) -> bool:
    return bool(_SENTENCE_END.search(line))


def is_list_item(line: str) -> bool:
    return bool(_LIST_ITEM.match(line))


_LABELLED_ITEM = re.compile(r"^[^:!?]{1,40}?\s?:\s?\S")


def is_labelled_item(line: str) -> bool:
    """A line of a list the article gives as "label: value" ("Juara 1: Desa Sukamaju")."""
    return bool(_LABELLED_ITEM.match(line)) and not ends_sentence(line)


def capital_ratio(tokens: list[str]) -> float:
    """Share of content words written with a capital: high for headlines in Title Case."""
    content = [t for t in tokens if t.lower() not in _SMALL_WORDS and not t.isdigit()]
    if not content:
        return 0.0
    return sum(1 for t in content if t[0].isupper()) / len(content)


def is_headline_like(line: str) -> bool:
    """A short line in Title Case without a sentence end: a heading, menu item or link title."""
    tokens = words(line)
    return 0 < len(tokens) <= 24 and not ends_sentence(line) and capital_ratio(tokens) >= 0.6


def is_prose(line: str, tokens: list[str] | None = None) -> bool:
    """A line that reads like article text: a sentence, or a long run of lower-case words
    (``tokens``: its words, when the caller has them already)."""
    tokens = words(line) if tokens is None else tokens
    if (len(tokens) >= 8 or len(line) >= 40 and " " not in line[:40]) and ends_sentence(line):
        return True  # (unspaced scripts — Japanese, Chinese — count by length)
    return len(tokens) >= 20 and capital_ratio(tokens) < 0.5


def is_insert(line: str, rules: Boilerplate) -> bool:
    """A "Baca juga: ..." style insert pointing at another article."""
    return bool(rules.insert_start.match(line.strip().lstrip("»>•-–*▪ ").lower()))


def is_share_bar(line: str, rules: Boilerplate) -> bool:
    if len(line) >= 120:  # checked first: splitting a paragraph into words costs more than the rest
        return False
    tokens = [t.lower() for t in words(line)]
    return bool(tokens) and all(t in rules.share_words for t in tokens)


def is_junk(line: str, rules: Boilerplate) -> bool:
    """Bylines, credits, counters, banners, signatures: never part of the body."""
    stripped = line.strip()
    if len(stripped) > rules.junk_max_length and not stripped.startswith("<"):
        return False  # junk lines are short; a long one is junk only as leftover markup
    if rules.junk_at_start is not None and rules.junk_at_start.match(stripped):
        return True
    return any(p.search(stripped) for p in rules.junk_patterns) or is_caption(stripped, rules)


def is_caption(line: str, rules: Boilerplate) -> bool:
    """A photo's caption or credit ("Suasana … (FOTO: ANTARA/X)", "Foto: Dok. Humas")."""
    stripped = line.strip()
    return len(stripped) <= rules.junk_max_length and any(p.search(stripped) for p in rules.captions)


_STOP_TAIL = re.compile(r"(?:[\s:>»|]+|\s*\(\d+\))+$")  # "Berita Terkait >>", "ARTIKEL UNTUK KAMU (7)"


_STOP_LENGTH = 60  # stop headings are short; longer lines are never one


def is_stop(line: str, rules: Boilerplate) -> bool:
    """A heading after which the page stops being the article ("Berita Terkait")."""
    if len(line) > _STOP_LENGTH:
        return False
    key = _STOP_TAIL.sub("", line.strip().lower())
    return key in rules.stop_markers


def strip_ad_markers(text: str, rules: Boilerplate) -> str:
    """``text`` without ad slot labels merged into it ("ADVERTISEMENT SCROLL TO CONTINUE WITH CONTENT")."""
    if rules.ad_markers is None or not any(start in text for start in rules.ad_marker_starts) \
            or not rules.ad_markers.search(text):
        return text
    return rules.ad_markers.sub(" ", text).strip()


def is_boilerplate(line: str, rules: Boilerplate) -> bool:
    return is_insert(line, rules) or is_share_bar(line, rules) or is_junk(line, rules)


def is_lead(line: str, rules: Boilerplate) -> bool:
    """A first paragraph opening with a dateline: "Medan (ANTARA) - ...", "JAKARTA, KOMPAS.com - ..."."""
    if rules.lead_needs is not None and rules.lead_needs.isdisjoint(line):
        return False  # the lead regex backtracks long over a line it cannot match
    match = len(words(line)) >= 10 and rules.lead.match(line.strip())
    # The lead's sentence is written in lower case; a heading in capitals is no lead.
    return bool(match) and any(c.islower() for c in line.strip()[match.end():])


def strip_signature(text: str, rules: Boilerplate) -> str:
    """Drop an editor's initials closing the last paragraph: "... kata Budi. (iws/hsa)"."""
    match = rules.trailing_signature.search(text)
    if match and match.start() > 0 and ends_sentence(text[:match.start()]):
        return text[:match.start()].rstrip()
    return text


def strip_record_prefix(text: str, rules: Boilerplate) -> str:
    """Drop a store's "date 2020-07" prefix in front of a text copy."""
    return rules.record_prefix.sub("", text, count=1)


def record_month(text: str, rules: Boilerplate) -> tuple[int, int] | None:
    """The year and month of a store's "date 2020-07" prefix: when the copy was stored, not
    a publication day, but the month tells the year of "19 April" in its text."""
    match = rules.record_prefix.match(text)
    found = match and re.search(r"(\d{4})-(\d{2})", match.group(0))
    return (int(found.group(1)), int(found.group(2))) if found else None

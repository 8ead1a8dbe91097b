"""Faster stand-ins for the tokenizer's affix regexes, returning exactly what they return.

spaCy's prefix, suffix and infix patterns are alternations of a few hundred branches,
and ``search`` tries every branch at every position of the string. What each branch
can start or end with is read from the compiled pattern, so most strings are settled
by one anchored try (prefix), a try near the end (suffix) or a set test (infix).
Anything the analysis does not understand falls back to the plain regex call.
"""

from __future__ import annotations

import re
from typing import Callable

from ..regex_facts import (UNBOUNDED, branches_of, ends_with_dollar, first_chars, last_chars,
                           min_width, starts_with_caret, union, width)


def prefix_search(regex: re.Pattern) -> Callable:
    """``regex.search`` for a prefix pattern (branches anchored with ``^``)."""
    branches = branches_of(regex)
    if branches is None:
        return regex.search
    loose = [b for b in branches if not starts_with_caret(b)]
    starts = union(first_chars(b) for b in loose)
    if starts is None:
        return regex.search

    def search(text: str):
        # Away from position 0 only the unanchored branches can match, and each needs
        # one of its first characters there.
        return regex.match(text) if starts.isdisjoint(text) else regex.search(text)
    return search


def suffix_search(regex: re.Pattern) -> Callable:
    """``regex.search`` for a suffix pattern (every branch ends with ``$``)."""
    branches = branches_of(regex)
    if branches is None or not all(ends_with_dollar(b) for b in branches) \
            or any(min_width(b) == 0 for b in branches):
        return regex.search
    widths = [width(b) for b in branches]
    longest = max((w for w in widths if w < UNBOUNDED), default=0)
    ends = union(last_chars(b) for b in branches)
    unbounded_ends = union(last_chars(b) for b, w in zip(branches, widths) if w >= UNBOUNDED)
    if ends is None or unbounded_ends is None:
        return regex.search

    def search(text: str):
        # A match ends at the end of the text ("$" also before a final newline): with the
        # last character, and within reach of the longest bounded branch, unless an
        # unbounded branch ("\.\.+$") can end there too.
        if text.endswith("\n") or text[-1:] in unbounded_ends:
            return regex.search(text)
        if text[-1:] not in ends:
            return None
        return regex.search(text, max(0, len(text) - longest))
    return search


def infix_finditer(regex: re.Pattern) -> Callable:
    """``regex.finditer`` for an infix pattern whose branches each consume a character."""
    branches = branches_of(regex)
    if branches is None or any(min_width(b) == 0 for b in branches):
        return regex.finditer
    starts = union(first_chars(b) for b in branches)
    if starts is None:
        return regex.finditer

    def finditer(text: str):
        return iter(()) if starts.isdisjoint(text) else regex.finditer(text)
    return finditer

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

try:  # the parser of the ``re`` module: private, so only used when present
    from re import _constants as sre
    from re import _parser as sre_parse
except ImportError:  # pragma: no cover
    sre = sre_parse = None

_UNBOUNDED = 1 << 32


def prefix_search(regex: re.Pattern) -> Callable:
    """``regex.search`` for a prefix pattern (branches anchored with ``^``)."""
    branches = _branches(regex)
    if branches is None:
        return regex.search
    loose = [b for b in branches if not (b and b[0] == (sre.AT, sre.AT_BEGINNING))]
    starts = _union(_first_chars(b) for b in loose)
    if starts is None:
        return regex.search

    def search(text: str):
        # Away from position 0 only the unanchored branches can match, and each needs
        # one of its first characters there.
        return regex.match(text) if starts.isdisjoint(text) else regex.search(text)
    return search


def suffix_search(regex: re.Pattern) -> Callable:
    """``regex.search`` for a suffix pattern (every branch ends with ``$``)."""
    branches = _branches(regex)
    if branches is None or not all(b and b[-1] == (sre.AT, sre.AT_END) for b in branches) \
            or any(_min_width(b) == 0 for b in branches):
        return regex.search
    widths = [_width(b) for b in branches]
    longest = max((w for w in widths if w < _UNBOUNDED), default=0)
    ends = _union(_last_chars(b) for b in branches)
    unbounded_ends = _union(_last_chars(b) for b, w in zip(branches, widths) if w >= _UNBOUNDED)
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
    branches = _branches(regex)
    if branches is None or any(_min_width(b) == 0 for b in branches):
        return regex.finditer
    starts = _union(_first_chars(b) for b in branches)
    if starts is None:
        return regex.finditer

    def finditer(text: str):
        return iter(()) if starts.isdisjoint(text) else regex.finditer(text)
    return finditer


def _branches(regex: re.Pattern) -> list | None:
    if sre_parse is None or regex.flags & (re.IGNORECASE | re.MULTILINE | re.VERBOSE):
        return None
    try:
        parsed = sre_parse.parse(regex.pattern, regex.flags)
    except Exception:  # pragma: no cover - a pattern ``re`` compiled parses again
        return None
    items = list(parsed)
    if len(items) == 1 and items[0][0] == sre.BRANCH:
        return [list(b) for b in items[0][1][1]]
    return [items]


def _width(items: list) -> int:
    return min(sre_parse.SubPattern(sre_parse.State(), items).getwidth()[1], _UNBOUNDED)


def _min_width(items: list) -> int:
    return sre_parse.SubPattern(sre_parse.State(), items).getwidth()[0]


def _first_chars(items: list) -> frozenset | None:
    """Every character a match of ``items`` can begin with, or None if unknown."""
    return _edge_chars(items, last=False)


def _last_chars(items: list) -> frozenset | None:
    """Every character a match of ``items`` can end with, or None if unknown."""
    return _edge_chars(items, last=True)


def _edge_chars(items: list, last: bool) -> frozenset | None:
    for op, av in (reversed(items) if last else items):
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # takes no character
        if op == sre.LITERAL:
            return frozenset(chr(av))
        if op == sre.IN:
            return _charset(av)
        if op == sre.SUBPATTERN:
            group, add_flags, del_flags, sub = av
            if add_flags or del_flags or _min_width(list(sub)) == 0:
                return None
            return _edge_chars(list(sub), last)
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            low, high, sub = av
            if low == 0 or _min_width(list(sub)) == 0:
                return None
            return _edge_chars(list(sub), last)
        if op == sre.BRANCH:
            if any(_min_width(list(b)) == 0 for b in av[1]):
                return None
            return _union(_edge_chars(list(b), last) for b in av[1])
        return None
    return None


def _charset(items) -> frozenset | None:
    chars = set()
    for op, av in items:
        if op == sre.LITERAL:
            chars.add(chr(av))
        elif op == sre.RANGE:
            chars.update(map(chr, range(av[0], av[1] + 1)))
        else:  # NEGATE, CATEGORY (\d, \w): not worth spelling out
            return None
    return frozenset(chars)


def _union(sets) -> frozenset | None:
    found = set()
    for chars in sets:
        if chars is None:
            return None
        found |= chars
    return frozenset(found)

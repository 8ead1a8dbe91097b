"""What a compiled regular expression's parsed form says about the text it can match.

Used to skip regex calls that cannot succeed (``pipeline.extract.affixes``,
``pipeline.clean``): the characters a match must contain, begin or end with. Every
answer is a superset or None ("unknown"), so a caller that skips on it skips only
calls that would have failed.
"""

from __future__ import annotations

import re

try:  # the parser of the ``re`` module: private, so only used when present
    from re import _constants as sre
    from re import _parser as sre_parse
except ImportError:  # pragma: no cover
    sre = sre_parse = None

UNBOUNDED = 1 << 32


def needed_chars(regex: re.Pattern) -> frozenset | None:
    """Characters of which every match contains at least one, or None if unknown."""
    branches = branches_of(regex)
    return None if branches is None else union(_needed(b) for b in branches)


def _needed(items: list) -> frozenset | None:
    for op, av in items:
        found = None
        if op == sre.LITERAL:
            found = frozenset(chr(av))
        elif op == sre.IN:
            found = charset(av)
        elif op == sre.SUBPATTERN and not av[1] and not av[2]:
            found = _needed(list(av[3]))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] >= 1:
            found = _needed(list(av[2]))
        elif op == sre.BRANCH:
            found = union(_needed(list(b)) for b in av[1])
        if found is not None:  # any one item the match cannot do without will do
            return found
    return None


def branches_of(regex: re.Pattern) -> list | None:
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


def width(items: list) -> int:
    return min(sre_parse.SubPattern(sre_parse.State(), items).getwidth()[1], UNBOUNDED)


def min_width(items: list) -> int:
    return sre_parse.SubPattern(sre_parse.State(), items).getwidth()[0]


def first_chars(items: list) -> frozenset | None:
    """Every character a match of ``items`` can begin with, or None if unknown."""
    return _edge_chars(items, last=False)


def last_chars(items: list) -> frozenset | None:
    """Every character a match of ``items`` can end with, or None if unknown."""
    return _edge_chars(items, last=True)


def _edge_chars(items: list, last: bool) -> frozenset | None:
    for op, av in (reversed(items) if last else items):
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # takes no character
        if op == sre.LITERAL:
            return frozenset(chr(av))
        if op == sre.IN:
            return charset(av)
        if op == sre.SUBPATTERN:
            group, add_flags, del_flags, sub = av
            if add_flags or del_flags or min_width(list(sub)) == 0:
                return None
            return _edge_chars(list(sub), last)
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            low, high, sub = av
            if low == 0 or min_width(list(sub)) == 0:
                return None
            return _edge_chars(list(sub), last)
        if op == sre.BRANCH:
            if any(min_width(list(b)) == 0 for b in av[1]):
                return None
            return union(_edge_chars(list(b), last) for b in av[1])
        return None
    return None


def charset(items) -> frozenset | None:
    chars = set()
    for op, av in items:
        if op == sre.LITERAL:
            chars.add(chr(av))
        elif op == sre.RANGE:
            chars.update(map(chr, range(av[0], av[1] + 1)))
        else:  # NEGATE, CATEGORY (\d, \w): not worth spelling out
            return None
    return frozenset(chars)


def union(sets) -> frozenset | None:
    found = set()
    for chars in sets:
        if chars is None:
            return None
        found |= chars
    return frozenset(found)

"""The regex analysis is sound: what it says every match needs, every match has."""

import random
import re

import pytest

from pipeline.regex_facts import (UNBOUNDED, branches_of, first_chars, last_chars, min_width,
                                  needed_chars, parse, union, width)

PATTERNS = [
    r"ab|cd", r"^(?:[A-Z][\w.’'&]*\.?,?\s*|\d{1,4},?\s*){1,8}?(?:\s+(?:--|[-–—]))",
    r"x{2,3}y?", r"(?P<n>[a-c]+)z", r"(?<=a)b(?!c)", r"[^ab]c", r"[]a-]+", r"\u00e9+|\x41",
    r"(?:a|bc)*d", r"\.\.+$", r"(a|)b", r"[\-–—]{1}", r"a{,2}b", r"\bab\b",
]
ALPHABET = "abcdxyzABZ-–—.'’& \n0123é"


def samples(seed: int, count: int = 3000):
    rng = random.Random(seed)
    for _ in range(count):
        yield "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 8)))


@pytest.mark.parametrize("pattern", PATTERNS)
def test_facts_hold_for_every_match(pattern):
    regex = re.compile(pattern)
    branches = branches_of(regex)
    assert branches is not None
    needed = needed_chars(regex)
    firsts = union(first_chars(b) for b in branches)
    lasts = union(last_chars(b) for b in branches)
    low = min(min_width(b) for b in branches)
    high = max(width(b) for b in branches)
    assert 0 <= low <= high <= UNBOUNDED
    matches = 0
    for text in samples(len(pattern)):
        for match in regex.finditer(text):
            found = match.group(0)
            matches += 1
            assert low <= len(found) <= high, (pattern, found)
            if needed is not None:
                assert not needed.isdisjoint(found), (pattern, found)
            if found and firsts is not None:
                assert found[0] in firsts, (pattern, found)
            if found and lasts is not None:
                assert found[-1] in lasts, (pattern, found)
    assert matches > 0  # the samples did exercise the pattern


@pytest.mark.parametrize("pattern", [r"(a)\1", r"(?i)abc", r"(?#c)a", r"(a)?(?(1)b|c)", r"\0"])
def test_unknown_syntax_is_unknown(pattern):
    assert branches_of(re.compile(pattern)) is None


def test_flags_make_it_unknown():
    assert branches_of(re.compile("abc", re.IGNORECASE)) is None


def test_parsed_items():
    assert parse(r"^a[bc]\d*$") == [("at", "begin"), ("lit", "a"), ("in", frozenset("bc")),
                                    ("repeat", (0, UNBOUNDED, [("in", None)])), ("at", "end")]
    assert needed_chars(re.compile(r"x?(?:--|[-–—])")) == frozenset("-–—")

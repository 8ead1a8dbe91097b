"""Region names in a document's tokens: "Jawa Timur", "Jatim", "Sleman", "Kulonprogo".

Every name the gazetteer (``pipeline/gazetteer.py``) knows becomes a REGION mention with
the kinds it may be (a province, a kabupaten, a kota). Whether a region stands for its
government, locates something else or is just named is decided by the words around it
(``frames.py``), and which of its kinds is meant by ``resolve_kind``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..gazetteer import Gazetteer
from ..rules import Rules


_WORDS = re.compile(r"\w+|[^\w\s]")


class RegionMatcher:
    """Finds gazetteer names at token positions (written forms matched case-insensitively,
    the first word capitalised)."""

    def __init__(self, gazetteer: Gazetteer):
        self.gazetteer = gazetteer
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for written in gazetteer.by_written:
            words = tuple(_WORDS.findall(written))  # "tojo una-una" as the tokenizer splits it
            by_first.setdefault(words[0], []).append(words)
        for forms in by_first.values():
            forms.sort(key=len, reverse=True)
        self.by_first = by_first

    def at(self, lower: tuple[str, ...], text: tuple[str, ...], i: int) -> int | None:
        """The end of the region name starting at token ``i``, or None."""
        forms = self.by_first.get(lower[i])
        if not forms or not text[i][:1].isupper():
            return None
        for words in forms:
            n = len(words)
            # "Pangkajene dan Kepulauan": a name's inner function word stays in lower case
            if lower[i:i + n] == words and all(t[:1].isupper() or not t[:1].isalpha() or 0 < k < n - 1
                                               for k, t in enumerate(text[i:i + n])):
                return i + n
        return None

    def candidates(self, text: str) -> frozenset:
        return self.gazetteer.candidates(text)


@lru_cache(maxsize=4)
def region_matcher(rules: Rules) -> RegionMatcher:
    """The region matcher of a rules folder (a pure function of the rules: safe to cache)."""
    return RegionMatcher(Gazetteer.from_rules(rules))


def resolve_kind(kinds: set[str], hint: str | None, default: str | None = None) -> str | None:
    """Which government a bare region name stands for: the kind the words around it name
    ("Kabupaten A, B dan C"), else its only kind, else ``default``."""
    if hint in kinds:
        return hint
    if len(kinds) == 1:
        return next(iter(kinds))
    if default in kinds:
        return default
    return None

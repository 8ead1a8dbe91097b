"""How one predicted value is compared with one gold value (GOLD-FORMAT "How predictions are scored").

The comparison rules live here as small constants rather than in ``rules/``: they
define the metric, which must not move when analysts edit the extraction rules.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, datetime

from ..models import normalise_key

VALUE_TOLERANCE = 0.005
_EPSILON = 1e-9  # 94.765 - 94.76 is 0.00500000000000966 in binary floating point

# Indonesian ordinals and cardinals up to ten: "peringkat ketiga" = "Peringkat III" = "Peringkat 3".
_ORDINALS = {"pertama": 1, "kesatu": 1, "kedua": 2, "ketiga": 3, "keempat": 4, "kelima": 5,
             "keenam": 6, "ketujuh": 7, "kedelapan": 8, "kesembilan": 9, "kesepuluh": 10}
_CARDINALS = {"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
              "delapan": 8, "sembilan": 9, "sepuluh": 10}
# Words after which a number is a rank. Roman numerals and cardinal words are read only
# here, so a letter grade "C" or "D" is never taken for 100 or 500. Only the number is
# normalised, the word stays: the convention writes "Peringkat III" for "terbaik ke-3",
# so an extractor that keeps "terbaik ke-3" is wrong, and "Juara 1" is not "Peringkat I".
_RANK_WORDS = {"peringkat", "juara", "harapan", "ranking", "rangking", "rank", "posisi", "terbaik", "ke"}
_ROMAN = re.compile(r"^m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$")
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}


def entity_matches(name: str | None, spellings: tuple[str, ...] | None) -> bool:
    """A predicted name matches when its normalised form equals any gold spelling's."""
    key = normalise_key(name)
    return bool(key) and bool(spellings) and key in {normalise_key(s) for s in spellings}


def values_match(predicted: float | None, gold: float | None) -> bool:
    if predicted is None or gold is None:
        return predicted is None and gold is None
    return abs(predicted - gold) <= VALUE_TOLERANCE + _EPSILON


def text_matches(predicted: str | None, gold: str | None) -> bool:
    """Exact after normalisation; null (or blank) equals null."""
    return normalise_key(predicted) == normalise_key(gold)


def normalise_grade(grade: str | None) -> str:
    """Grade in comparison form: ranks with their number as digits, "+" spelled "plus".

    >>> normalise_grade("Peringkat III") == normalise_grade("peringkat ketiga") == "peringkat 3"
    True
    """
    tokens = normalise_key((grade or "").replace("+", " plus ")).split()
    out: list[str] = []
    for token in tokens:
        after_rank = bool(out) and out[-1] in _RANK_WORDS
        number = _rank_number(token, after_rank)
        if number is None:
            out.append(token)
            continue
        if out and out[-1] == "ke":  # "ke-3", "ke III": the ordinal of 3, as "ketiga" is
            out.pop()
        out.append(str(number))
    return " ".join(out)


def _rank_number(token: str, after_rank: bool) -> int | None:
    if token in _ORDINALS:
        return _ORDINALS[token]
    if not after_rank:
        return None
    if token.isdigit():
        return int(token)
    if token in _CARDINALS:
        return _CARDINALS[token]
    if _ROMAN.match(token):
        return _roman_value(token)
    return None


def _roman_value(token: str) -> int:
    total = 0
    for letter, following in zip(token, token[1:] + " "):
        value = _ROMAN_VALUES[letter]
        total += -value if _ROMAN_VALUES.get(following, 0) > value else value
    return total


def grades_match(predicted: str | None, gold: str | None) -> bool:
    return normalise_grade(predicted) == normalise_grade(gold)


def tokens(text: str | None) -> list[str]:
    """The word tokens of the normalised text (for name / category token-F1)."""
    return normalise_key(text).split()


def token_f1(predicted: str | None, gold: str | None) -> float:
    """Token-F1 of two strings; both null → 1.0, one null → 0.0."""
    p, g = tokens(predicted), tokens(gold)
    if not p or not g:
        return 1.0 if not p and not g else 0.0
    overlap = sum((Counter(p) & Counter(g)).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / len(p), overlap / len(g)
    return 2 * precision * recall / (precision + recall)


def parse_published(text: str | None) -> date | datetime | None:
    """A gold/1 ``published`` value: ``YYYY-MM-DD`` → date, ISO 8601 → datetime; else None."""
    if not text:
        return None
    text = text.strip()
    try:
        if len(text) == 10:
            return date.fromisoformat(text)
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def published_matches(predicted: str | None, gold: str) -> bool:
    """The calendar day must match; the time and offset too when the gold gives them."""
    want, got = parse_published(gold), parse_published(predicted)
    if want is None or got is None:
        return False
    got_day = got.date() if isinstance(got, datetime) else got
    if not isinstance(want, datetime):
        return got_day == want
    if not isinstance(got, datetime) or got_day != want.date():
        return False
    if got.time().replace(microsecond=0) != want.time().replace(microsecond=0):
        return False
    return want.tzinfo is None or got.utcoffset() == want.utcoffset()

"""Texts longer than spaCy's ``max_length``: extracted piece by piece, offsets kept.

spaCy refuses a text over ``nlp.max_length`` characters (error E088). Such a text is
cut at paragraph breaks (else at a sentence end, else at a space) into pieces under
the limit; each piece is extracted alone, its evidence offsets are moved back into
the whole text, and a record found in several pieces is kept once with all its
evidence. Nothing is dropped: the pieces cover the text end to end.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable

_BREAKS = (re.compile(r"\n\s*\n"), re.compile(r"\n"), re.compile(r"[.!?][\"”’)]*\s+"),
           re.compile(r"\s+"))


def split_text(text: str, limit: int) -> list[tuple[int, str]]:
    """``(offset, piece)`` pairs covering ``text``, each piece at most ``limit`` characters."""
    if limit < 1:
        raise ValueError("limit must be at least 1")
    pieces, start = [], 0
    while len(text) - start > limit:
        end = _cut(text, start, start + limit)
        pieces.append((start, text[start:end]))
        start = end
    pieces.append((start, text[start:]))
    return pieces


def _cut(text: str, start: int, stop: int) -> int:
    """Where to end the piece that begins at ``start``: the last break before ``stop``."""
    window = text[start:stop]
    floor = len(window) // 2  # a break in the first half would make needlessly many pieces
    for pattern in _BREAKS:
        ends = [m.end() for m in pattern.finditer(window, floor)]
        if ends:
            return start + ends[-1]
    return stop  # one unbroken run of characters: cut it where the limit falls


def extract_in_pieces(text: str, limit: int, run: Callable[[str], tuple]) -> tuple[tuple, tuple]:
    """``run(piece) -> (awards, scores)`` over the pieces of ``text``, merged as one text's."""
    awards: dict = {}
    scores: dict = {}
    for offset, piece in split_text(text, limit):
        found_awards, found_scores = run(piece)
        for found, into in ((found_awards, awards), (found_scores, scores)):
            for record in found:
                record = _shifted(record, offset)
                if record.id in into:
                    kept = into[record.id]
                    record = replace(kept, evidence=kept.evidence + tuple(
                        e for e in record.evidence if e not in kept.evidence))
                into[record.id] = record
    return tuple(awards.values()), tuple(scores.values())


def _shifted(record, offset: int):
    if not offset:
        return record
    return replace(record, evidence=tuple(
        replace(e, start=e.start + offset, end=e.end + offset) for e in record.evidence))

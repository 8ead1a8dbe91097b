"""The year written right after an award's name ("… Publik Tahun 2024"), else the
sentence's first year."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .drafts import YEAR


class AwardFinder:
    """Awards in the article's sentences; a mixin of :class:`~.relations.AwardRelations`."""


    def _award_year(self, doc: Doc, sentence: Span, name_end: int) -> int | None:
        # "… Publik (Opini …) Tahun 2024": the year right after the name, else any in the sentence
        depth = 0
        for token in doc[name_end:min(sentence.end, name_end + 14)]:
            depth += token.text == "("
            depth -= token.text == ")"
            if YEAR.match(token.text) and doc[token.i - 1].text != "/":
                return int(token.text)
            if depth == 0 and token.text in {",", "."} and token.i > name_end + 1:
                break
        years = [int(t.text) for t in sentence if YEAR.match(t.text) and doc[t.i - 1].text != "/"]
        return years[0] if years else None


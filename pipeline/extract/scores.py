"""Scores and years: which number is whose score, for which year.

A **score** is a number after a scale word ("nilai 94,76", "skor 74") or before
"persen"/"poin" in an assessment; it belongs to the nearest actor before it in the
sentence (else the sentence's topic carried over from before), and to the nearest
year before it ("tahun lalu" = one year before the year in force).
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span

from ..models import Evidence, Score
from ..normalise import parse_number
from .drafts import ACTOR_LABELS, YEAR, AwardDraft, Context
from .mentions import Mention

_NUMBER = re.compile(r"^\d{1,3}(?:\.\d{3})*(?:,\d+)?$|^\d+(?:[.,]\d+)?$")


class ScoreFinder:
    """Scores and the years in force; a mixin of :class:`~.relations.AwardRelations`."""

    def _scores(self, doc, sentences, by_sentence, drafts, context) -> list[Score]:
        scores: dict[tuple, Score] = {}
        topic: Mention | None = None
        previous_year: int | None = None
        for index, (sentence, mentions) in enumerate(zip(sentences, by_sentence)):
            actors = [m for m in mentions if m.label in ACTOR_LABELS and not m.scoped
                      and m.qualifier_of is None]
            in_force = self._year_in_force(drafts, sentence) or context.year
            # "Saat itu …": the sentence's time is the one the previous sentence named
            if previous_year and sentence.text.lower().startswith(self.anaphoric_time):
                in_force = previous_year
            previous_year = self._sentence_year(doc, sentence, in_force)
            if self._hypothetical(sentence):
                continue
            for token in sentence:
                found = self._score_at(doc, token.i, sentence)
                if not found:
                    continue
                value, scale = found
                before = [m for m in actors if m.end <= token.i]
                subjects = [m for m in before if m.start == 0 or
                            doc[m.start - 1].lower_ not in self.object_prepositions]
                before = subjects or before
                owner = before[-1] if before else topic
                if owner is None or owner.entity is None:
                    continue
                year = self._year_after(doc, sentence, token.i) or \
                    self._year_before(doc, sentence, token.i, in_force)
                kind = self._kind_in_force(drafts, sentence)
                evidence = Evidence(context.article_id, sentence.text, token.idx,
                                    token.idx + len(token.text), "score:" + scale)
                key = (owner.entity.name, year, round(value, 3))
                if key in scores:
                    old = scores[key]
                    scores[key] = replace(old, evidence=old.evidence + (evidence,))
                else:
                    scores[key] = Score(owner.entity, year, value, scale, kind, (evidence,))
                topic = owner
            if actors:
                topic = topic if topic in actors else actors[0]
        return list(scores.values())

    def _score_at(self, doc: Doc, i: int, sentence: Span) -> tuple[float, str] | None:
        token = doc[i]
        if not _NUMBER.match(token.text) or YEAR.match(token.text):
            return None
        if i > 0 and (doc[i - 1].text in {"/", "-", "–"} or doc[i - 1].lower_ in self.range_words):
            return None
        nxt = doc[i + 1] if i + 1 < sentence.end else None
        if nxt is not None and (nxt.text in {"/", "-", "–"} or nxt.lower_ in self.not_after
                                or nxt.lower_ in self.range_words):
            return None
        window = [t.lower_ for t in doc[max(sentence.start, i - 4):i]]
        # "naik dari 2,98": the earlier value, not a growth figure
        if window[-1:] != ["dari"] and any(w in self.not_before for w in window[-2:]):
            return None
        scale = None
        for word in reversed(window):
            if word in self.scale_words:
                scale = self.scale_words[word]
                break
            if word in {",", ".", ";", "dan"}:
                break
        if nxt is not None and nxt.lower_ in self.percent_words | {"poin"}:
            if scale is None and not any(w in ("capaian", "nilai", "skor", "indeks") for w in window):
                return None
            scale = "persen" if nxt.lower_ in self.percent_words else "poin"
        if scale is None:
            return None
        value = parse_number(token.text)
        return (value, scale) if value is not None else None

    def _year_before(self, doc: Doc, sentence: Span, i: int, in_force: int | None) -> int | None:
        text = sentence.text[:doc[i].idx - sentence.start_char].lower()  # doc.text re-joins every token
        year_pos, year = -1, None
        for token in doc[sentence.start:i]:
            if YEAR.match(token.text) and not (token.i > 0 and doc[token.i - 1].text == "/"):
                year_pos, year = token.idx - sentence.start_char, int(token.text)
        back = max((text.rfind(p) for p in self.previous_year), default=-1)
        if back > year_pos:
            base = year if year is not None else in_force
            return base - 1 if base else None
        return year if year is not None else in_force

    def _article_year(self, doc: Doc, context: Context) -> int | None:
        """The first labelled year ("… Tahun 2023"), else the first year, else publication's."""
        years = [t for t in doc if YEAR.match(t.text) and not (t.i and doc[t.i - 1].text == "/")]
        labelled = [t for t in years if t.i and doc[t.i - 1].text == "Tahun"]
        if labelled:
            return int(labelled[0].text)
        if years:
            return int(years[0].text)
        return context.published.year if context.published else None

    def _year_after(self, doc: Doc, sentence: Span, i: int) -> int | None:
        """"2,98 pada tahun 2022", "76,45 pada Adipura 2022": a year closing the number's clause."""
        tokens = doc[i + 1:min(sentence.end, i + 6)]
        if not tokens or tokens[0].lower_ not in {"pada", "di", "tahun"}:
            return None
        for token in tokens:
            if token.text in {",", ";", "."}:
                return None
            if YEAR.match(token.text):
                return int(token.text)
        return None

    def _sentence_year(self, doc: Doc, sentence: Span, in_force: int | None) -> int | None:
        """The year a sentence speaks of, for a following "Saat itu"."""
        return self._year_before(doc, sentence, sentence.end - 1, in_force)

    def _hypothetical(self, span: Span) -> bool:
        """Targets, plans and nominations: "menargetkan …", "agar layak meraih …"."""
        return any(t.text in self.hypothetical for t in span)  # lower case only: not "Layak Anak"

    @staticmethod
    def _year_in_force(drafts: list[AwardDraft], sentence: Span) -> int | None:
        dated = [d for d in drafts if d.year]
        return dated[0].year if dated else None

    def _kind_in_force(self, drafts: list[AwardDraft], sentence: Span) -> str | None:
        before = [d for d in drafts if d.sentence.start <= sentence.start]
        chosen = before[-1] if before else (drafts[0] if drafts else None)
        return self._kind(chosen.name, chosen.category) if chosen else None

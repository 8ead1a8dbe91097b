"""Awards whose recipient comes after them: told from the giver's side ("panitia memberikan
<award> kepada <recipient>", "diberikan pula <award> kepada Y") or in the passive
("<award> ini … diterima oleh Pemkot X")."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ..models import Entity
from .drafts import JOINS
from .mentions import Mention

_NAME_TOKEN = re.compile(r"^[A-Z][\w'’.-]*$")
_MAX_GAP = 12  # tokens between the award's name and "kepada" ("… (PROPER) kategori Emas kepada")


class GiftFinder:
    """A mixin of :class:`~.relations.AwardRelations`; words from ``rules/language.json``."""

    def _give_verb(self, doc: Doc, sentence: Span, name_start: int) -> int | None:
        """The give verb right before the award's name, with no clause break between."""
        for token in reversed(doc[sentence.start:name_start]):
            if token.text in {",", ";"}:
                return None
            if token.lower_ in self.give_verbs:
                return token.i
        return None

    def _given_name(self, doc: Doc, sentence: Span, head: Mention) -> tuple[int, int] | None:
        """"diberikan pula penghargaan khusus perempuan inspirator kepada …": a name in lower
        case, told whole between the give verb and "kepada"."""
        if self._give_verb(doc, sentence, head.start) is None:
            return None
        for token in doc[head.end:min(sentence.end, head.end + 8)]:
            if token.lower_ in self.recipient_markers:
                return (head.start, token.i) if token.i - head.end >= 1 else None
            if not token.is_alpha:
                return None
        return None

    def _given_to(self, doc: Doc, sentence: Span, name_end: int,
                  actors: list[Mention]) -> list[Mention]:
        """Whoever follows "kepada" after the award: actors joined by commas and "dan", or
        names listed there ("kepada Sri Lestari Wulandari", "kepada perwakilan Pabrik A, B
        dan C")."""
        marker = next((t.i for t in doc[name_end:min(sentence.end, name_end + _MAX_GAP)]
                       if t.lower_ in self.recipient_markers), None)
        if marker is None or any(t.text in {",", ";"} for t in doc[name_end:marker]):
            return []
        return self._recipients_after(doc, sentence, marker, actors)

    def _handed_over_to(self, doc: Doc, sentence: Span, name_end: int,
                        actors: list[Mention]) -> list[Mention]:
        """"… menerima Anugerah X yang diserahkan oleh Menteri Y kepada A, B dan C": the award's
        handover later in its sentence names who received it."""
        give = next((t.i for t in doc[name_end:sentence.end] if t.lower_ in self.give_verbs), None)
        if give is None:
            return []
        marker = next((t.i for t in doc[give:sentence.end] if t.lower_ in self.recipient_markers), None)
        return self._recipients_after(doc, sentence, marker, actors) if marker else []

    def _recipients_after(self, doc: Doc, sentence: Span, marker: int,
                          actors: list[Mention]) -> list[Mention]:
        chosen: list[Mention] = []
        position = marker + 1
        for m in sorted(actors, key=lambda m: m.start):
            begin = m.extra.get("title_start", m.start)
            if begin < position or m.entity is None:
                continue
            gap = {t.lower_ for t in doc[position:begin]}
            if chosen and not (gap and gap <= JOINS):
                break
            if not chosen and begin - position > 3:  # "kepada perwakilan …": a few words only
                break
            chosen.append(m)
            position = m.end
        named = self._named_list(doc, sentence, marker + 1)
        # "kepada Sri Wahyuningsih, kader Posyandu Mawar": the name told first is the recipient
        if named and (not chosen or named[0].end <= chosen[0].extra.get("title_start", chosen[0].start)):
            return named
        return chosen

    def _received_by_after(self, doc: Doc, sentence: Span, name_end: int,
                           actors: list[Mention]) -> list[Mention]:
        """"Penghargaan X ini … sudah ketujuh kalinya diterima oleh Pemkot Y": a passive verb
        with "oleh" later in the award's sentence, and the actor right after it."""
        for token in doc[name_end:sentence.end - 2]:
            if token.lower_ in self.passive_verbs and doc[token.i + 1].lower_ == "oleh":
                after = [m for m in actors if token.i + 2 <= m.start <= token.i + 3
                         and m.entity is not None]
                return after[:1]
        return []

    def _named_list(self, doc: Doc, sentence: Span, start: int) -> list[Mention]:
        """"kepada pelukis senior Ratna Wulandari", "kepada perwakilan Pabrik A, Pabrik B dan
        Pabrik C": a word or two describing them, then capitalised names. One name of plain
        words is a person; several, or one with an acronym, are organisations."""
        for _ in range(2):
            if start < sentence.end and doc[start].is_lower and doc[start].is_alpha:
                start += 1
        spans = []
        while start < sentence.end:
            end = start
            while end < sentence.end and _NAME_TOKEN.match(doc[end].text) and \
                    doc[end].lower_ not in self.stopwords:
                end += 1
            if end - start < 2:
                break
            spans.append(doc[start:end])
            if end < sentence.end and doc[end].lower_ in JOINS:
                start = end + 1
                start += start < sentence.end and doc[start].lower_ in JOINS  # ", dan"
            else:
                break
        person = len(spans) == 1 and not any(t.is_upper and len(t) > 1 for t in spans[0])
        found = []
        for span in spans:
            name = self.namer.person_name(span.text) if person else span.text
            if name and len(name.split()) >= 2:
                found.append(Mention("PERSON" if person else "COMPANY", span.start, span.end,
                                     span.start_char, span.end_char, span.text, "named-given",
                                     entity=Entity(name, "person" if person else "lembaga")))
        return found

    def _organiser_gives(self, doc: Doc, sentence: Span, verb: int) -> bool:
        """"panitia juga memberikan …": the ceremony's organiser, so its giver, date, place."""
        return any(t.lower_ in self.organiser_subjects for t in doc[sentence.start:verb])

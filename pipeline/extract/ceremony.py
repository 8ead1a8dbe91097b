"""The ceremony an article reports (its award, date and place) and the event's organiser
("digelar Majalah X", "X menggelar …")."""

from __future__ import annotations

import re

from spacy.tokens import Span

from ..models import Entity
from .drafts import AwardDraft
from .mentions import Mention
from .naming import without_edition

# "Pemeran Utama Pria Terbaik: Name – Work": a category, a colon, its winners
_LIST_LINE = re.compile(r"^\s*(?:[-•*▪·]\s*)?((?:[A-Z][\w'’/-]*|dan|&)(?:\s+(?:[A-Z][\w'’/-]*|dan|&|di))"
                        r"{0,8})\s*(?::|\s\|)\s*(\S.*)$")  # "Kategori: Nama", a table row "Kategori | Nama"

_CREDIT = re.compile(r"\(\s*([^():]+?)\s*:\s*([^()]+?)\s*\)")


class CeremonyLists:
    """Category winners of a ceremony; a mixin of :class:`~.relations.AwardRelations`."""

    def _ceremony(self, doc, sentences, by_sentence, context) -> AwardDraft | None:
        """The event a list of winners belongs to: the first named award with its details."""
        for sentence, mentions in zip(sentences, by_sentence):
            for head in (m for m in mentions if m.label == "AWARD_HEAD"):
                named = self._award_name(doc, head, sentence)
                if named is None or named[1] - named[0] < 2:
                    continue
                start, end = named
                dummy = Mention("CEREMONY", start, end, doc[start].idx, doc[end - 1].idx, "", "")
                draft = AwardDraft(sentence, dummy, without_edition(doc[start:end].text),
                                    (doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)),
                                    head.rule)
                draft.year = self._award_year(doc, sentence, end) or context.year
                self._fill_from_sentence(doc, draft, sentence, mentions, end, context)
                if draft.giver is None:
                    draft.giver = self._organiser(sentence)
                return draft
        return None

    def _organiser(self, sentence: Span) -> Entity | None:
        """"… yang digelar Yayasan Musik Nusantara": the organiser gives the awards."""
        for token in sentence:
            if token.lower_ in self.organiser_verbs:
                words = []
                tokens = sentence[token.i - sentence.start + 1:]
                skip = 0
                for n, t in enumerate(tokens):
                    if skip:
                        skip -= 1
                        continue
                    if t.lower_ == "oleh" and not words:
                        continue
                    if t.text == "(" and words and n + 2 < len(tokens) and tokens[n + 2].text == ")" \
                            and tokens[n + 1].text[:1].isupper():
                        skip = 2  # "Pemerintah Provinsi (Pemprov) Lembah Raya": an abbreviation inside
                        continue
                    if words and t.lower_ in _NAME_INNER and n + 1 < len(tokens) and tokens[n + 1].text[:1].isupper():
                        words.append(t.text)  # "Forum Wartawan Film dan Musik"
                        continue
                    if not t.text[:1].isupper() or t.text in {"Tahun"}:
                        break
                    words.append(t.text)
                if len(words) >= 2:
                    name = " ".join(words)
                    return self.namer.government(name) or Entity(name, "lembaga")
        return None


_NAME_INNER = {"dan", "&", "of", "for", "the"}  # inside a body's name
_NAME_PARTICLES = {"bin", "binti", "van", "der", "de", "la", "al", "di", "in", "of", "the", "and", "dan"}



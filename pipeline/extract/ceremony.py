"""Ceremonies and their winner lists: "Album Terbaik: Sinar Senja – Langit Kedua"."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Span

from ..models import Entity, Evidence
from .drafts import AwardDraft
from .mentions import Mention
from .naming import without_edition
from .tokens import text_of

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
                for t in sentence[token.i - sentence.start + 1:]:
                    if t.lower_ == "oleh" and not words:
                        continue
                    if not t.text[:1].isupper() or t.text in {"Tahun"}:
                        break
                    words.append(t.text)
                if len(words) >= 2:
                    return Entity(" ".join(words), "lembaga")
        return None

    def _credited(self, winners: str, line: str) -> str:
        """"“Lagu Senja” – Film (Musik/Lirik: Name)": a quoted work goes to the people its
        credit names (winners.json ``credit_words``)."""
        if not re.match(r"^\s*[“\"'‘]", winners):
            return winners
        words = {w.lower() for w in self.rules.files.get("winners.json", {}).get("credit_words", [])}
        for label, names in _CREDIT.findall(line):
            if words and set(re.findall(r"\w+", label.lower())) <= words:
                return names
        return winners

    def _list_awards(self, doc, sentences, by_sentence, drafts, context) -> list[AwardDraft]:
        """"Album Terbaik: Sinar Senja – Langit Kedua", "- Polisi Inovatif: Kombes X,": one
        award per winner of a category list, under the ceremony the article reports."""
        found = []
        ceremony = None
        for sentence in sentences:
            match = _LIST_LINE.match(text_of(sentence))
            if not match:
                continue
            ceremony = ceremony or self._ceremony(doc, sentences, by_sentence, context)
            if ceremony is None:
                return found
            category, rest = match.group(1).strip(), match.group(2)
            winners = self._credited(re.split(r"\s+[–—|-]\s+", rest, maxsplit=1)[0], rest)
            for part in re.split(r",\s*|\s+dan\s+|\s+&\s+", winners):
                name = self.namer.person_name(part.strip(" .,;\"“”"))
                if not name or not name[:1].isupper() or not re.search(r"[a-z]{2}", name) or \
                        _prose(name):
                    continue
                start = sentence.start_char + text_of(sentence).find(part)
                recipient = Mention("PERSON", sentence.start, sentence.end, start,
                                    start + len(part), part, "list",
                                    entity=Entity(name, "person"))
                draft = replace(ceremony, recipient=recipient, category=category, grade=None,
                                sentence=sentence, evidence=[], received_by=None,
                                name_span=(start, start + len(part)), rule="list")
                draft.evidence.append(Evidence(context.article_id, text_of(sentence), start,
                                               start + len(part), "award:list"))
                found.append(draft)
        return found


_NAME_PARTICLES = {"bin", "binti", "van", "der", "de", "la", "al", "di", "in", "of", "the", "and", "dan"}


def _prose(text: str) -> bool:
    """"Kabupaten X berhasil menyelenggarakan …": a clause, not a winner's name."""
    return any(w[:1].islower() and w not in _NAME_PARTICLES for w in text.split())

"""The awarding body named where the article first reports its award (or the ministry of
the minister who hands it over): the giver for drafts whose own clause names none."""

from __future__ import annotations

import re


from ..models import Entity
from .givers import after_other_gift
from .lexicon import Lexicon
from .tokens import text_of, token_table
from .years import tells_another_year

# "Tiga kategori tersebut adalah A; B; dan C"
_CATEGORIES_WON = re.compile(r"\b(?:[Dd]ua|[Tt]iga|[Ee]mpat|[Ll]ima|\d+)\s+(?:kategori|penghargaan)\s+(?:tersebut\s+|itu\s+)?"
                             r"(?:adalah|yaitu|yakni|meliputi)\s+(.+)$")
_ITEM_NAME = r"((?:[A-Z][\w'’.-]*\s+){0,9}[A-Z][\w'’.-]*)"


class RecipientLists:
    """Ranked and category lists of recipients under the article's award."""


    # -- the event ----------------------------------------------------------------------


    def _at_a_venue(self, doc, m) -> bool:
        """"di auditorium Kementerian Agama": a body named as the place, not as the giver."""
        before = [t.lower_ for t in doc[max(0, m.start - 3):m.start]]
        return "di" in before or any(w in self.lower_place_heads for w in before)

    def _award_giver(self, by_sentence, sentences=()) -> Entity | None:
        """The body named (or the organiser) where the article first reports the award; else the ministry of the
        minister who hands it over ("Menteri Lingkungan Hidup dan Kehutanan X memberikan …")."""
        doc = sentences[0].doc if sentences else None
        lexicon = Lexicon.from_rules(self.rules)
        for n, mentions in enumerate(by_sentence):
            if sentences and _plans(lexicon.plan, sentences[n]):
                continue  # "… akan diusulkan mengikuti ADWI 2025 yang digelar Kemenparekraf": not this award's
            if sentences and tells_another_year(sentences[n]):
                continue  # "Pada 2023, Kementerian X menganugerahkan …": an earlier award's giver
            if any(m.label == "AWARD_HEAD" for m in mentions):
                # "Ketua Ombudsman RI": the institution of an official named by title, not a giver
                titled = {m.end for m in mentions if m.label == "TITLE"}
                # ("Berkat dukungan dari X, Y meraih …": a gift's giver gives no award)
                lower = token_table(doc).lower if doc is not None else ()
                giver = next((m for m in mentions if m.label == "GIVER" and m.start not in titled
                              and not (doc is not None and self._at_a_venue(doc, m))
                              and not (lower and m.start and after_other_gift(lower, m.start - 1, lexicon))),
                             None)
                if giver is not None:
                    return giver.entity
                # "Penghargaan dari Pemerintah Provinsi X itu …": a government named as the award's source
                heads = {m.end for m in mentions if m.label == "AWARD_HEAD"}
                # ("Anugerah tahunan dari Pemda X": a word or two describing the award, no verb)
                described = {m.end + n for m in mentions if m.label == "AWARD_HEAD" for n in (1, 2)
                             if doc is not None and all(_describes(t.text) for t in doc[m.end:m.end + n])}
                source = next((m for m in mentions if m.label == "GOV" and m.entity is not None and m.start > 1
                               and lower and (lower[m.start - 1] in {"dari", "oleh"} and m.start - 1 in heads or
                                              lower[m.start - 1] == "dari" and m.start - 1 in described)), None)
                if source is not None:
                    return source.entity
                organiser = self._organiser(sentences[n]) if sentences else None
                if organiser is not None:  # "… malam Anugerah X yang diselenggarakan Y …"
                    return organiser
        ministries = sorted((g["name"] for g in self.rules.givers["givers"]
                             if g["name"].startswith("Kementerian ")), key=len, reverse=True)
        for sentence, mentions in zip(sentences, by_sentence):
            if not any(m.label == "AWARD_HEAD" for m in mentions) or \
                    not any(t.lower_ in self.handover_words for t in sentence):
                continue
            for name in ministries:
                if re.search(r"\bMenteri\s+" + re.escape(name[len("Kementerian "):]) + r"\b",
                             text_of(sentence)):
                    return self.namer.giver(name)
            return None
        return None


    # -- ranked lists -------------------------------------------------------------------


    # -- members of a counted group ------------------------------------------------------


    # -- the categories one recipient won ----------------------------------------------


    # -- category lists -----------------------------------------------------------------


def _plans(plan, sentence) -> bool:
    lower = tuple(t.lower_ for t in sentence)
    return any(plan.at(lower, j) is not None for j in range(len(lower)))


def _describes(word: str) -> bool:
    """A lower-case word that may describe an award ("tahunan", "bergengsi"), not a verb
    ("diraih", "menerima")."""
    return word.isalpha() and word.islower() and not (len(word) > 5 and word.startswith(("di", "me", "ter")))

"""Award names told without a head word ("X meraih Nirwasita Tantra 2025 dari …"): a run of
capitalised words right after a verb that confers an award (``headless_award_verbs`` in
``rules/frames.json``), which no other pattern has claimed, is an award's name. Without it an award
of a kind the rules have never seen, named only by its own words, loses every record.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ..rules import Rules
from .lexicon import WordClass
from .tokens import token_table

_VALUE = re.compile(r"^\d{1,3}(?:[.,]\d+)?$")
_WORD = re.compile(r"^[A-Z][a-z]+(?:-[A-Za-z]+)?$")  # "Nirwasita", "Karya-Karya"; not "WTP", not "2025"


class HeadlessAwards:
    def __init__(self, rules: Rules):
        frames = rules.files["frames.json"]
        self.verbs = WordClass.of(frames.get("headless_award_verbs", []))
        self.skip = frozenset(w.lower() for w in frames.get("headless_award_adverbs", []))
        # "menerima Laporan Hasil Pemeriksaan", "menerima Dana Insentif": a document or a gift, no award
        self.not_awards = frozenset(w.lower() for w in frames.get("headless_not_awards", []) + frames["other_gifts"])
        # "meraih Film Terbaik", "meraih Guru Berprestasi": a category or a winner's title, no award's name
        self.titled = frozenset(w.lower() for w in frames["superlatives"] + frames["merit_words"])
        language = rules.language
        self.honorifics = {h.casefold() for h in rules.titles.get("honorifics", [])}
        self.scale_words = frozenset(language["score_words"])
        self.stop = {w.lower() for w in rules.regions["name_stopwords"]} | self.honorifics | \
            {m.lower() for m in language["months"]} | {d.lower() for d in language["weekdays"]}

    def spans(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """An AWARD_HEAD span over each award name told without a head, beside the pattern
        ``spans`` found (which it never overlaps)."""
        table = token_table(doc)
        lower, text = table.lower, table.text
        taken = {i for s in spans for i in range(s.start, s.end)}
        titles = {s.start for s in spans if s.label_ == "TITLE"}
        added = []
        n = len(text)
        for k in range(n):
            end = self.verbs.at(lower, k, n) if lower[k] in self.verbs.starts else None
            if end is None:
                continue
            j = end
            while j < n and lower[j] in self.skip:
                j += 1
            run = j
            while run < n and _WORD.match(text[run]) and run not in taken and (run > j or lower[run] not in self.stop):
                run += 1
            if run - j < 2 or j in taken or (run < n and run in taken) or lower[j] in self.not_awards or \
                    not self.titled.isdisjoint(lower[j:run]):
                continue  # ("meraih Piala Adipura": a head's own pattern; "menerima Bupati X": a title)
            if run + 1 < n and text[run] == "," and (run + 1 in titles or lower[run + 1] in self.honorifics):
                continue  # "menerima Budi Santoso, Ketua KONI": a person described after the name
            if lower[j] in self.scale_words and self._value_follows(text, run):
                continue  # "meraih Indeks Kinerja X (IKX) 4,21": a value the verb takes, no award
            added.append(Span(doc, j, run, label="AWARD_HEAD", span_id="award-head:after-verb"))
            taken.update(range(j, run))
        return added

    @staticmethod
    def _value_follows(text, k: int) -> bool:
        """A number at ``k``, or after a short name in brackets there ("(IKX) 4,21")."""
        if k + 2 < len(text) and text[k] == "(" and text[k + 2] == ")":
            k += 3
        return k < len(text) and _VALUE.match(text[k]) is not None

"""Awards that state only a grade or category ("meraih predikat BB", "berpredikat B"), a
grade a year ("tahun 2016 predikatnya B"), titles ("dinobatkan sebagai The Best CEO"), and the
assessment such awards are named after; grades and categories as written."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ..models import Entity
from ..normalise import rank_grade, rank_number
from .drafts import YEAR, AwardDraft
from .mentions import Mention
from .years import listed_years
from .tokens import token_table

_ASSESSMENT = re.compile(
    r"\b(?:evaluasi|penilaian|capaian|atas)\s+((?:[A-Z][\w'’-]*|dan|\([A-Z][\w-]*\))"
    r"(?:\s+(?:[A-Z][\w'’-]*|dan|untuk|for|of|\([A-Z][\w-]*\)))+)")
_LOWER_ASSESSMENT = re.compile(r"\b(?:penilaian|evaluasi)(?:\s+(?!tahun\b|dari\b|oleh\b|yang\b|dengan\b|di\b|pada\b|ini\b|tersebut\b)[a-z]+){2,7}")
_LOWER_STOP = {"dan", "untuk", "dalam", "atas", "bagi"}
_LETTER_GRADE = re.compile(r"^(AA|A|BB|B|CC|C|D|E)( Plus)?$")


class GradeCues:
    """A mixin of :class:`~.relations.AwardRelations`."""

    def _cue_awards(self, doc, sentence: Span, mentions, actors, topic, reference,
                    year) -> list[AwardDraft]:
        """"meraih predikat BB", "berpredikat B", "peringkat pertama diraih oleh X": a grade or
        category without the award's name, which the article gave elsewhere."""
        if reference is None:
            return []
        cues = [m for m in mentions if m.label in ("GRADE", "CATEGORY")]
        if not cues:
            return []
        cue = cues[0]
        # "berpredikat B", "predikat yang diterima masih CC": the cue carries its own verb
        verb = self._receive_verb(doc, sentence, cue.end)
        if verb is None:
            verb = next((t.i for t in doc[cue.end:sentence.end] if t.lower_ in self.receive_verbs), None)
        if verb is None:
            return []
        # "untuk kategori A dengan skor 92,40 dan kategori B": one award per category
        listed = [m for m in mentions if m.label == "CATEGORY" and m.text.lower().startswith("kategori")]
        listed = [m for n, m in enumerate(listed) if n == 0 or m.start >= listed[n - 1].end]
        split = len(listed) > 1 and cue is listed[0]
        # "meningkat tahun 2016 predikatnya B. … tahun 2017 predikatnya BB": a grade a year
        history = self._grade_history(doc, sentence, cues)
        if history:
            return [d for d in (self._history_draft(doc, sentence, actors, topic, reference, cue, y)
                                for cue, y in history) if d is not None]
        drafts = []
        # "telah tiga kali sejak Tahun 2021, 2022, dan 2023 mendapat …": one award a year
        years = listed_years(doc, sentence, verb) or [None]
        for recipient in self._recipients(doc, sentence, actors, verb, topic):
            for n, each in enumerate(listed if split else [cue]):
                for listed_year in years:
                    draft = AwardDraft(sentence, recipient, reference,
                                       (each.start_char, each.end_char), "cue:" + each.rule)
                    draft.name_end = each.end
                    draft.year = listed_year or self._year_before(doc, sentence, each.start, year)
                    if split:
                        draft.category = self._category(each)
                        end = listed[n + 1].start_char if n + 1 < len(listed) else sentence.end_char
                        draft.score_span = (each.start_char, end)
                    drafts.append(draft)
        return drafts

    def _grade_history(self, doc, sentence: Span, cues) -> list[tuple]:
        """Grades each with its own year right before it in its clause ("tahun 2016 predikatnya
        B"), when a sentence tells more than one year's; a range of years is left out."""
        found = []
        for cue in (c for c in cues if c.label == "GRADE"):
            year = None
            for token in reversed(doc[max(sentence.start, cue.start - 4):cue.start]):
                if token.text in {",", ";"}:
                    break
                if YEAR.match(token.text):
                    year = None if doc[token.i - 1].lower_ in self.range_words else int(token.text)
                    break
            if year is not None:
                found.append((cue, year))
        return found if found and (len(found) > 1 or len(found) < len(
            [c for c in cues if c.label == "GRADE"])) else []

    def _history_draft(self, doc, sentence, actors, topic, reference, cue, year):
        if topic is None or topic.entity is None:
            return None
        draft = AwardDraft(sentence, topic, reference, (cue.start_char, cue.end_char),
                           "history:" + cue.rule)
        draft.name_end, draft.year, draft.grade = cue.end, year, self._grade(cue)
        return draft

    def _titled(self, doc, sentence: Span, actors, topic, ceremony: AwardDraft,
                year) -> list[AwardDraft]:
        """"Selain itu, Direktur Utama X, Y, dinobatkan sebagai The Best CEO": a title without an
        award word is a category of the award the article reports, at its ceremony."""
        for token in sentence:
            if token.lower_ != "sebagai" or token.i == sentence.start or \
                    doc[token.i - 1].lower_ not in self.person_verbs:
                continue
            end = token.i + 1
            while end < sentence.end and doc[end].text[:1].isupper():
                end += 1
            if end - token.i - 1 < 2 or any(YEAR.match(t.text) for t in doc[token.i + 1:end]):
                return []
            drafts = []
            for recipient in self._recipients(doc, sentence, actors, token.i - 1, topic):
                span = doc[token.i + 1:end]
                draft = AwardDraft(sentence, recipient, ceremony.name,
                                   (span.start_char, span.end_char), "titled")
                draft.name_end, draft.category = end, span.text
                draft.year = ceremony.year or year
                draft.inherits = "ceremony"
                drafts.append(draft)
            return drafts
        return []

    def _reference_name(self, doc: Doc) -> str | None:
        """The assessment the article reports on, for awards that only state a grade."""
        match = _ASSESSMENT.search(token_table(doc).doc_text)
        if not match:
            return self._lower_case_assessment(token_table(doc).doc_text)
        name = re.sub(r"(\s+(?:Tahun|dan|untuk|for|of))+$", "", match.group(1).strip())
        return "Penghargaan " + name

    def _lower_case_assessment(self, text: str) -> str | None:
        """"predikat zona hijau untuk penilaian kepatuhan penyelenggaraan pelayanan publik": an
        assessment written in lower case, taken when it names a known award kind."""
        for match in _LOWER_ASSESSMENT.finditer(text):
            words = match.group(0).split()
            while words and words[-1] in _LOWER_STOP:
                words.pop()
            phrase = " ".join(words)
            if len(words) >= 3 and self._kind(phrase, None):
                return "Penghargaan " + phrase.title()
        return None

    @staticmethod
    def _reference_giver(doc: Doc, sentences, by_sentence) -> Entity | None:
        """"menerima penghargaan dari KPK atas capaian MCP": who gives for the assessment."""
        match = _ASSESSMENT.search(token_table(doc).doc_text)
        if not match:
            return None
        for sentence, mentions in zip(sentences, by_sentence):
            if sentence.start_char <= match.start() < sentence.end_char:
                givers = [m for m in mentions if m.label == "GIVER" and m.start_char < match.start()]
                return givers[-1].entity if givers else None
        return None

    @staticmethod
    def _category(m: Mention) -> str | None:
        value = re.sub(r"^(?i:kategori|proper|peringkat|kualifikasi)\s+", "", m.text)
        value = re.sub(r"^[\d,]+\s*\(\s*(.*?)\s*\)$", r"\1", value)  # "indeks 3,52 (Baik)"
        return None if _LETTER_GRADE.match(value) else value

    def _grade(self, m: Mention) -> str:
        words = re.sub(r"[\"'“”‘’]", " ", m.text).replace("-", " ").rstrip(".").split()
        if len(words) > 2 and _LETTER_GRADE.match(words[-1]):
            return words[-1]  # "predikat yang diterima masih CC"
        if words[0].lower() in {"peringkat", "juara", "ranking", "rangking", "posisi", "terbaik"}:
            number = rank_number(words[-1], self.rules)
            if number:
                return rank_grade(number, "Juara" if words[0].lower() == "juara" else "Peringkat")
        if words[0].lower() in {"nilai", "kategori", "predikat", "predikatnya", "opini", "rapor", "level",
                                "tingkat", "peringkat", "berpredikat", "terakreditasi"}:
            rest = " ".join(words[1:])
            return rest if rest.isupper() or " " in rest else rest.capitalize()
        return m.text

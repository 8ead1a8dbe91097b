"""Grades and categories as written ("predikat BB", "kategori Informatif"), the assessment an
award told only by its grade is named after, and lower-case assessments of a known kind."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..normalise import rank_grade, rank_number
from .mentions import Mention
from .tokens import token_table

_ASSESSMENT = re.compile(
    r"\b(?:evaluasi|penilaian|capaian|atas|hasil)\s+((?:[A-Z][\w'’-]*|dan|\([A-Z][\w-]*\))"
    r"(?:\s+(?:[A-Z][\w'’-]*|dan|untuk|for|of|\([A-Z][\w-]*\)))+)")
_LOWER_ASSESSMENT = re.compile(r"\b(?:penilaian|evaluasi)(?:\s+(?!tahun\b|dari\b|oleh\b|yang\b|dengan\b|di\b|pada\b|ini\b|tersebut\b)[a-z]+){2,7}")
# "indeks SPBE-nya", "evaluasi SAKIP": an assessment known by its acronym alone
_ACRONYM_ASSESSMENT = re.compile(r"\b(?i:(indeks|evaluasi|penilaian))\s+([A-Z]{2,}[A-Za-z]*?)(?:-nya)?\b")
# three capitalised words or more, perhaps with an acronym in brackets after them
_CAPITALISED_RUN = re.compile(r"\b((?:[A-Z][a-z][\w'’-]*\s+){2,}[A-Z][a-z][\w'’-]*(?:\s+\([A-Za-z][\w-]*\))?)")
_ASSESSMENT_WORDS = {"penilaian", "evaluasi", "pemeringkatan", "survei", "pengukuran", "hasil", "indeks", "capaian"}
_LOWER_STOP = {"dan", "untuk", "dalam", "atas", "bagi"}
_LETTER_GRADE = re.compile(r"^(AA|A|BB|B|CC|C|D|E)( Plus)?$")


class GradeCues:
    """A mixin of :class:`~.relations.AwardRelations`."""


    def _reference_name(self, doc: Doc) -> str | None:
        """The assessment the article reports on, for awards that only state a grade."""
        match = _ASSESSMENT.search(token_table(doc).doc_text)
        if not match:
            text = token_table(doc).doc_text
            acronym = _ACRONYM_ASSESSMENT.search(text)
            return self._lower_case_assessment(text) or \
                (f"Penghargaan {acronym.group(1).capitalize()} {acronym.group(2)}" if acronym else None)
        name = re.sub(r"(\s+(?:Tahun|dan|untuk|for|of))+$", "", match.group(1).strip())
        return "Penghargaan " + name

    def _named_kind(self, text: str) -> str | None:
        """"Sistem Pemerintahan Berbasis Elektronik (SPBE) Kota X kembali berpredikat
        Baik": an award of a known kind named by its own capitalised words, with no head."""
        for match in _CAPITALISED_RUN.finditer(text):
            if match.group(1).split(" ", 1)[0].lower() not in _ASSESSMENT_WORDS and self._kind(match.group(1), None):
                return match.group(1)  # (an assessment by name is read as such: "Penilaian Kepatuhan …")
        return None

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
    def _category(m: Mention) -> str | None:
        value = re.sub(r"^(?i:kategori|proper|peringkat|kualifikasi)\s+", "", m.text)
        if m.rule.startswith("category-quality-predicate"):  # "predikat “Sangat Baik”"
            value = re.sub(r"^\S+\s+", "", m.text).strip("\"'“”‘’ ")
        value = re.sub(r"^[\d,]+\s*\(\s*(.*?)\s*\)$", r"\1", value)  # "indeks 3,52 (Baik)"
        return None if _LETTER_GRADE.match(value) else value

    def _grade(self, m: Mention) -> str:
        words = re.sub(r"[\"'“”‘’]", " ", m.text).replace("-", " ").rstrip(".").split()
        if len(words) in (3, 4) and words[1].endswith(","):
            # "status tertinggi, Paripurna", "tingkat tertinggi, ProKlim Lestari": the tier the superlative names
            words = [words[0], words[-1]]
        if len(words) > 2 and _LETTER_GRADE.match(words[-1]):
            return words[-1]  # "predikat yang diterima masih CC"
        if len(words) > 2 and words[1].lower() == "harapan":
            return " ".join(w if w.isupper() else w.capitalize() for w in words)  # "Juara Harapan 2": no place
        if words[0].lower() in {"peringkat", "juara", "ranking", "rangking", "posisi", "terbaik"}:
            number = rank_number(words[-1], self.rules)
            if number:
                return rank_grade(number, "Juara" if words[0].lower() == "juara" else "Peringkat")
        if words[0].lower() in {"nilai", "kategori", "predikat", "predikatnya", "opini", "rapor", "level",
                                "tingkat", "peringkat", "berpredikat", "terakreditasi", "akreditasi", "status"}:
            rest = " ".join(words[1:])
            if rest.islower():  # "predikat baik sekali": a grade's name
                return " ".join(w.capitalize() for w in words[1:])
            return rest if rest.isupper() or " " in rest else rest.capitalize()
        return m.text

"""Years: the year a score or a sentence speaks of ("tahun lalu" = one year before the year
in force; "Saat itu" = the previous sentence's year)."""

from __future__ import annotations

import re
from functools import cached_property

from spacy.tokens import Doc, Span

from .drafts import YEAR, AwardDraft, Context
from .lexicon import Lexicon
from .tokens import token_table


class YearFinder:
    """The years in force; a mixin of :class:`~.scores.ScoreFinder`."""

    def _year_before(self, doc: Doc, sentence: Span, i: int, in_force: int | None) -> int | None:
        table = token_table(doc)
        text = table.doc_text[sentence.start_char:table.idx[i]].lower()
        year_pos, year = -1, None
        for k in range(sentence.start, i):
            # ("aset Rp1.992 triliun per 2022": the date another figure is measured at)
            if YEAR.match(table.text[k]) and not (k > 0 and (table.text[k - 1] == "/" or table.lower[k - 1] in _AS_OF)):
                year_pos, year = table.idx[k] - sentence.start_char, int(table.text[k])
        back = max((text.rfind(p) for p in self.previous_year), default=-1)
        if back > year_pos:
            base = year if year is not None else in_force
            return base - 1 if base else None
        return year if year is not None else in_force

    def _article_year(self, doc: Doc, context: Context) -> int | None:
        """The first labelled year ("… Tahun 2023"), else the first year, else publication's."""
        texts = token_table(doc).text
        lower = token_table(doc).lower
        years = [doc[i] for i, text in enumerate(texts)
                 if YEAR.match(text) and not self._regulation_year(doc, i)
                 and (not (i and texts[i - 1] == "/") or _dated(doc, i))
                 and not any(w in _BACKGROUND for w in lower[max(0, i - 3):i])]
        # "Tahun 2019 ini": the present, not the year an assessment is labelled with — unless
        # the present is the publication's year
        published_year = context.published.year if context.published else None
        years = [t for t in years if not (t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "ini")
                 or int(t.text) == published_year]
        # ("Porda XVI Tahun 2028 dijadwalkan …": a year still to come labels no award yet)
        # ("hasil penilaian tahun 2025": an assessment's year labels it in lower case too; not a
        # time, "pada tahun 2023", nor a comparison, "dibanding tahun 2021")
        assessment = self._assessment_nouns
        assessed = assessment | self._award_words()
        lex = Lexicon.from_rules(self.rules)
        fiscal = lex.fiscal_year  # "tahun pajak 2025", "tahun buku 2024"
        labelled = [t for t in years if t.i and (doc[t.i - 1].text in _YEAR_LABELS or
                                                 t.i > 1 and lower[t.i - 1] in fiscal and lower[t.i - 2] == "tahun" or
                                                 doc[t.i - 1].text == "tahun" and t.i > 1 and
                                                 # ("LKPD tahun 2023": a report or programme's acronym)
                                                 (lower[t.i - 2] in assessed or _acronym(texts[t.i - 2]))
                                                 # "hasil evaluasi 2023" (not a time, "Pada monev 2024, …")
                                                 or lower[t.i - 1] in assessment and not (t.i > 1 and lower[t.i - 2] in _TIME_BEFORE))
                    and (published_year is None or int(t.text) <= published_year)
                    # ("dibanding LKPD Tahun Anggaran 2022, ketika …": the year compared with)
                    and not _after_word(lower, t.i, lex.history) and not fronted_time(doc, t.i)]
        if labelled:
            context.year_labelled = True
            # "sejak Tahun 2021, 2022, dan 2023": a list of years, the latest is the last told
            first, k = labelled[0].i, labelled[0].i
            while k + 2 < len(doc) and texts[k + 1] in (",", "dan") and \
                    (YEAR.match(texts[k + 2]) or (texts[k + 2] == "dan" and k + 3 < len(doc)
                                                  and YEAR.match(texts[k + 3]))):
                k += 2 if YEAR.match(texts[k + 2]) else 3
            return int(texts[k]) if k != first else int(labelled[0].text)
        # "PPD 2022", "APBD Award 2023": a year written after a name is the edition it names
        award_words = self._award_words()
        # (an edition follows an award's name or acronym: "APBD Award 2023", "PPD 2022" — not
        # "lulusan Akpol 2009")
        edition = [t for t in years if t.i and texts[t.i - 1][:1].isupper() and
                   (texts[t.i - 1].isupper() or lower[t.i - 1] in award_words or
                    (t.i > 1 and lower[t.i - 2] in award_words)) and
                   lower[t.i - 1] not in self.month_words and texts[t.i - 1] not in _YEAR_LABELS
                   and not texts[t.i - 1].isdigit() and lower[t.i - 1] not in self.weekday_words
                   and lower[t.i - 1] not in _PREPOSITIONS]  # ("Pada 2019, …": a sentence's first word)
        published = context.published.year if context.published else None
        # the article's own date: "Senin (10/12/2018)", "5 Desember 2020"
        dated = [int(t.text) for t in years if t.i and (texts[t.i - 1] == "/" or
                                                         lower[t.i - 1] in self.month_words)]
        now = published or (dated[0] if dated else None)
        edition = [t for t in edition if now is None or int(t.text) <= now]
        if edition:
            return int(edition[0].text)
        if published is None and dated:
            return dated[0]
        # ("Pada 2023, X juga meraih …": a fronted time of another event, not the article's year)
        # (nor "…, setelah pada 2023 juga meraih …": the year of an earlier event the clause compares)
        earlier = lex.time_clauses
        past = [int(t.text) for t in years if (published is None or int(t.text) <= published) and
                not (published and t.i and lower[t.i - 1] == "pada" and t.i + 1 < len(doc) and texts[t.i + 1] == ",")
                and not (published and _after_word(lower, t.i, earlier))
                # ("Sebelumnya, penghargaan serupa diraih pada 2022.": a sentence of an earlier award)
                and not (published and t.sent[0].lower_ in lex.history)]
        if past:
            return max(past)
        if published:
            return published
        if years:
            return int(years[0].text)
        return context.published.year if context.published else None

    @cached_property
    def _assessment_nouns(self) -> frozenset:
        """"penilaian", "evaluasi", "survei": the nouns that name an assessment (language.json)."""
        return frozenset(w.lower() for w in self.rules.language.get("assessment_nouns", ()))

    def _award_words(self) -> frozenset:
        words = getattr(self, "_award_word_set", None)
        if words is None:
            awards = self.rules.awards
            words = frozenset(w.lower() for kind in awards["kinds"] for w in kind["any"] if " " not in w) | \
                frozenset(w.lower() for w in awards.get("heads", []) + awards.get("trailing_heads", []) if " " not in w)
            self._award_word_set = words
        return words

    def _regulation_year(self, doc: Doc, i: int) -> bool:
        """"Undang-Undang Nomor 20 Tahun 2009": the year a regulation was issued, not an award's."""
        return i >= 3 and doc[i - 1].lower_ == "tahun" and doc[i - 2].text.isdigit() and \
            doc[i - 3].lower_ in self.regulation_numbers

    def _year_after(self, doc: Doc, sentence: Span, i: int) -> int | None:
        """"2,98 pada tahun 2022", "76,45 pada Adipura 2022": a year closing the number's clause."""
        tokens = doc[i + 1:min(sentence.end, i + 6)]
        if tokens and (tokens[0].lower_ in self.percent_words or tokens[0].lower_ in self.scale_words):
            tokens = tokens[1:]  # "74,15 poin pada 2022"
        if not tokens or tokens[0].lower_ not in {"pada", "di", "tahun"}:
            return None
        for token in tokens:
            if token.text in {",", ";", "."}:
                return None
            if YEAR.match(token.text):
                return int(token.text)
        return None

    def _last_year_after(self, doc: Doc, sentence: Span, i: int) -> bool:
        """"70,15 pada penilaian tahun lalu": the number's own clause says it is last year's."""
        text = " ".join(t.lower_ for t in doc[i + 1:min(sentence.end, i + 7)])
        text = text.split(",")[0]
        return any(f" {p}" in f" {text}" for p in self.previous_year) and text.split()[:1] in (["pada"], ["di"], ["dalam"]) \
            or any(text.startswith(p) for p in self.previous_year)  # ("naik dari 79,80 tahun lalu")

    def _sentence_year(self, doc: Doc, sentence: Span, in_force: int | None) -> int | None:
        """The year a sentence speaks of, for a following "Saat itu"."""
        return self._year_before(doc, sentence, sentence.end - 1, in_force)

    @staticmethod
    def _year_in_force(drafts: list[AwardDraft], sentence: Span) -> int | None:
        # the latest year an award is told for: earlier years are told as background ("Pada
        # penilaian 2024, X juga meraih …"), even when they are the first award found; an award
        # told as history ("X sebelumnya telah menyandang … pada 2022") sets none
        return max((d.year for d in drafts if d.year and not d.rule.startswith("history:")), default=None)


_AS_OF = {"per", "hingga", "sampai"}
_ROMAN = re.compile(r"^[IVXLCDM]+$")
TIME_FRONTS = {"pada", "dalam", "di"}  # "Pada 2023, …": a time told before the clause
_YEAR_LABELS = {"Tahun", "Anggaran", "TA"}  # "Tahun Anggaran 2023", "LKPD TA 2023"
_TIME_BEFORE = {"pada", "dibanding", "dibandingkan", "sejak", "dalam", "di"}
_PREPOSITIONS = {"pada", "di", "dalam", "sejak", "hingga", "sampai", "tahun", "mulai", "selama", "sebelum", "setelah"}
_BACKGROUND = {"sejak", "semenjak", "mulai", "dimulai", "dicetuskan", "didirikan", "silam"}


def _after_word(lower, i: int, words: frozenset, reach: int = 6) -> bool:
    """One of ``words`` within ``reach`` tokens before token ``i``, in its clause (no comma or stop between)."""
    for j in range(i - 1, max(-1, i - 1 - reach), -1):
        if lower[j] in {",", ".", ";"}:
            return False
        if lower[j] in words:
            return True
    return False


def tells_another_year(sentence: Span) -> bool:
    """"Pada 2023, Kementerian X menganugerahkan …": a sentence told at a fronted time."""
    return any(YEAR.match(t.text) and fronted_time(sentence.doc, t.i) for t in sentence[:6])


def _acronym(text: str) -> bool:
    return len(text) >= 2 and text.isupper() and text.isalpha() and not _ROMAN.match(text)  # ("Porda XIV tahun 2022")


def fronted_time(doc: Doc, i: int) -> bool:
    """"Pada LKPD TA 2022, X masih memperoleh …": a year in a time phrase before the clause,
    the time of another event."""
    for j in range(i - 1, max(-1, i - 8), -1):
        if doc[j].text in {",", ".", ";"}:
            return False
        if doc[j].is_sent_start:
            return doc[j].lower_ in TIME_FRONTS and i + 1 < len(doc) and doc[i + 1].text == ","
    return False


def _dated(doc: Doc, i: int) -> bool:
    """"(25/8/2025)": the year of a day/month date, not of a reference number ("…/2087/2023")."""
    return i >= 4 and doc[i - 1].text == doc[i - 3].text == "/" and \
        doc[i - 2].text.isdigit() and len(doc[i - 2].text) <= 2 and \
        doc[i - 4].text.isdigit() and len(doc[i - 4].text) <= 2



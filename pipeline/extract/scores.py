"""Scores and years: which number is whose score, for which year.

A **score** is a number after a scale word ("nilai 94,76", "skor 74"), before "poin"
("74,15 poin"), before "persen" when the clause speaks of a score ("skor …, yakni 96
persen"), or a decimal listed right after an actor in a sentence about scores
("Kabupaten A (74,15), Kabupaten B (70,15)"). It belongs to the nearest actor before it
in the sentence (else the sentence's topic carried over from before), and to the nearest
year before it ("tahun lalu" = one year before the year in force).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cached_property

from spacy.tokens import Doc, Span

from ..models import Entity, Evidence, Score
from ..normalise import parse_number, without_brackets
from .drafts import ACTOR_LABELS, YEAR, AwardDraft
from .items import RANK_HEADS
from .mentions import Mention
from .naming import is_rank_word
from .referents import counted_subject, described_subject, last_of_kind, subject_kinds, subject_opens
from .years import YearFinder
from .tokens import text_of, token_table

_CONTRAST = {"sedangkan", "sementara", "adapun"}  # "…, sedangkan B 74": a clause with its verb left out
_TIME_OPENERS = {"tahun", "ini", "kali", "saat", "kini", "sekarang", "pada"}  # "Tahun ini Malang mencatat …"
_NUMBER = re.compile(r"^\d{1,3}(?:\.\d{3})*(?:,\d+)?$|^\d+(?:[.,]\d+)?$")
_DECIMAL = re.compile(r"^\d+[.,]\d{1,3}$")
_BREAKS = {",", ".", ";", "dan"}
_RESTATING = {"yakni", "yaitu", "sebesar", "mencapai"}
_ASSESSMENTS = {"penilaian", "evaluasi", "survei", "pemeringkatan", "pengukuran"}
_COMPARED = {"banding", "dibanding", "dibandingkan", "dibandingkannya"}
_DASHES = {"/", "-", "–"}


_LOCATOR_TYPES = {"kecamatan", "kelurahan", "kabupaten", "kota", "provinsi", "pemkab", "pemkot", "pemprov"}


@dataclass(frozen=True)
class ScoreWords:
    """The words scores are recognised by, from ``rules/language.json``."""

    links: frozenset[str]  # may stand between a scale word and its number: "nilai yang diraih 94"
    verb_prefixes: tuple[str, ...]  # any other verb there ends the scale word's reach
    not_context: frozenset[str]  # averages and thresholds: numbers in their clause are not scores
    not_owner_after: frozenset[str]  # "predikat Badan Publik …": a name in an award, not an actor
    list_links: frozenset[str]  # between a listed actor and its number: "A (74,15)", "A dengan 74,54"
    integer_followers: frozenset[str]  # words after a whole-number score; any other word: a count
    change_to: frozenset[str]  # "dari 70,50 menjadi 75,30"
    months: frozenset[str]
    record_verbs: frozenset[str] = frozenset()  # "nilai tertinggi dicatat X, yakni 78,30": X owns the value
    superlatives: frozenset[str] = frozenset()  # "nilai tertinggi, 91,40,": the value set off after one

    @classmethod
    def from_language(cls, language: dict) -> "ScoreWords":
        def words(key):
            return frozenset(w.lower() for w in language.get(key, []))
        return cls(words("score_links"), tuple(language.get("score_verb_prefixes", [])),
                   words("score_not_context"), words("score_not_owner_after") | words("owner_links"),
                   words("score_list_links"), words("score_integer_followers"),
                   words("score_change_to"), frozenset(language["months"]), words("score_record_verbs"),
                   words("score_superlatives"))


class ScoreFinder(YearFinder):
    """Scores and the years in force; a mixin of :class:`~.relations.AwardRelations`."""

    @cached_property
    def score_words(self) -> ScoreWords:
        return ScoreWords.from_language(self.rules.language)

    def _scores(self, doc, sentences, by_sentence, drafts, context,
                aliases: dict[str, Entity]) -> list[Score]:
        scores: dict[tuple, Score] = {}
        topic: Mention | None = None
        previous_year: int | None = None
        scale_before = False
        stated_year: int | None = None  # the last year a score was stated with
        table = token_table(doc)
        recipients = {d.recipient.entity.name for d in drafts if d.recipient.entity is not None}
        persons = _persons_by_word(drafts)
        # "Desa Tangguh Bencana (Destana)": an award's name that reads as a body's is no owner
        award_names = {without_brackets(d.name).casefold() for d in drafts if d.name}
        for n, (sentence, mentions) in enumerate(zip(sentences, by_sentence)):
            actors = [m for m in mentions if (m.label in ACTOR_LABELS or self._region_subject(doc, m, sentence))
                      and not m.scoped and m.qualifier_of is None and m.entity is not None
                      and m.entity.name.casefold() not in award_names
                      and not (m.start and doc[m.start - 1].lower_ in self.score_words.not_owner_after)]
            in_force = self._year_in_force(drafts, sentence) or stated_year or context.year
            # "Saat itu …": the sentence's time is the one the previous sentence named
            if previous_year and text_of(sentence).lower().startswith(self.anaphoric_time):
                in_force = previous_year
            previous_year = self._sentence_year(doc, sentence, in_force)
            has_scale = not self.scale_words.keys().isdisjoint(table.lower[sentence.start:sentence.end])
            # ("Dalam penilaian X tahun 2023, A (78,8), B (83,3) dan C (88,0)": an assessment's values)
            assessed = not self._assessment_nouns.isdisjoint(table.lower[sentence.start:sentence.end])
            about_scores = has_scale or scale_before or assessed
            scale_before = has_scale
            # a target, plan or criterion: its clause states no score, a clause before it may
            hypothetical = self._hypothetical_from(table, sentence) if self._hypothetical(sentence) else sentence.end
            if hypothetical <= sentence.start:
                continue
            if not scores and not drafts:  # "Hasil penilaian MCP … tahun 2021 telah keluar": before
                stated_year = self._assessment_year(table, sentence) or stated_year  # any score
            respective = self._respective(table, sentence, actors) | self._gapped(table, sentence, actors)
            named = [d.name_span for d in drafts if d.sentence.start == sentence.start and d.name_span]
            last_scale = None  # a respective list's later values take the scale told before them
            told_values = 0  # the values told of a counted group so far
            for i in range(sentence.start, sentence.end):
                if not _NUMBER.match(table.text[i]):  # most tokens: no number, no Token built
                    continue
                token = doc[i]
                if i >= hypothetical:
                    continue  # "… hanya mengantongi nilai 72,80, di bawah batas minimal 75": the threshold is not
                found = self._score_at(doc, i, sentence, actors, about_scores)
                if not found and (i in respective or told_values or self._bracketed_after(table, i, actors)) and \
                        last_scale is not None and parse_number(table.text[i]) is not None:
                    # the list goes on from its first value ("A (76,17), B (70,54) dan C (77)")
                    found = parse_number(table.text[i]), last_scale
                elif not found and i in respective and "," in table.text[i] and _DECIMAL.match(table.text[i]):
                    # "Indeks A, B, dan C masing-masing tercatat 4,12, 4,05, …": decimals handed out to
                    # named actors one by one, on the scale named before the list
                    first = min(m.start for m in respective.values())
                    found = parse_number(table.text[i]), self._scale_before(doc, first, sentence, 3, _BREAKS) or "nilai"
                if not found:
                    continue
                last_scale = found[1]
                value, scale = found
                before = [m for m in actors if m.end <= token.i]
                if i in respective:
                    before = [respective[i]]
                recorder = self._recorded_by(doc, i, sentence, actors)
                if recorder is not None:
                    before = [recorder]  # "nilai terendah, 61,20, dicatat Kabupaten X": the body after the verb
                # (an object with its value in brackets right after it owns it: "unggul atas B (96,41)")
                before = [m for m in before if not self._object(doc, m) or
                          _valued_in_brackets(table, m.end) and m.end + 1 == token.i] or before
                # ("X, dalam penilaian yang dilakukan ANRI, memperoleh nilai …": not the relative's agent)
                before = [m for m in before if not (m.start >= 2 and doc[m.start - 2].lower_ == "yang"
                                                    and doc[m.start - 1].lower_.startswith("di"))] or before
                # "Desa X, Kecamatan Y, dengan total nilai 674": a locator after the actor is not its owner
                before = [m for n, m in enumerate(before) if not (
                    n > 0 and _locates_previous(doc, m, before[n - 1]))] or before
                # "Kelurahan X (Kecamatan Y, Kabupaten Z), dengan nilai 74,73": an address in brackets
                # after the actor is not its owner
                before = [m for m in before if not _in_brackets_after(doc, m, before)] or before
                # "Kabupaten di ujung barat Daerah Istimewa Yogyakarta (DIY) itu …": names inside a
                # description of the subject are not its owner
                described = described_subject(doc, sentence.start, token.i)
                if described is not None:
                    before = [m for m in before if not described[0] < m.start < described[1]]
                # ("… Anugerah Peduli Lansia Nusa Raya 2025 dengan nilai 89,40": a region in the award's name)
                before = [m for m in before if not any(a <= m.start_char < b for a, b in named)] or before
                # "diraih Rina, S.Pd., guru SMA Negeri 1 X, dengan nilai akhir 89,75": the winner the
                # workplace describes
                winner = _winner_described(doc, drafts, sentence, before[-1]) if before else None
                before = [winner] if winner is not None else before
                referred = [d.recipient for d in drafts if d.sentence.start == sentence.start and not d.told
                            and d.recipient.entity is not None] if not before else []
                if len({m.entity.name for m in referred}) == 1:
                    before = referred[:1]  # "Pada 2023, kota industri itu meraih … dengan nilai 68,90"
                elif not before and (kinds := subject_kinds(doc, sentence.start, token.i)):
                    # "Kabupaten di pesisir selatan itu mencatat nilai 97,26": the last of its kind told
                    found_kind = last_of_kind(doc, by_sentence, n, kinds, recipients)
                    before = [found_kind] if found_kind is not None else []
                elif not before and (person := _person_named(table, sentence.start, token.i, persons)):
                    # "Rahmawati mengumpulkan nilai 91,40": a winner named again by one of their names
                    before = [person]
                elif not before and (person := self._pronoun_person(doc, sentence, token.i, drafts)):
                    # "Ia meraih skor 86,60": the person who won last, not a body told after them
                    before = [person]
                elif not before and (count := counted_subject(doc, sentence.start, token.i)):
                    # "Kedua puskesmas tersebut sama-sama memperoleh nilai 89,42": each of the group
                    before = _group_told(drafts, sentence, count)
                owners = before[-1:] if before else [topic] if topic is not None else []
                if before and not actors and len(before) > 1:
                    # "Ketiga kota tersebut masing-masing memperoleh nilai 88,96, 97,51, dan 79,61"
                    respective_told = "masing-masing" in table.lower[sentence.start:token.i]
                    owners = before[told_values:told_values + 1] if respective_told else before
                    told_values += respective_told
                if not owners:
                    continue
                stated = self._year_after(doc, sentence, token.i) or \
                    self._year_before(doc, sentence, token.i, None)
                year = stated or self._year_before(doc, sentence, token.i, in_force)
                if (stated or in_force) and self._last_year_after(doc, sentence, token.i):
                    year = (stated or in_force) - 1  # "naik dari skor 70,15 pada penilaian tahun lalu"
                    stated = None
                if not self._compared(doc, token.i, sentence):  # a year compared with stays behind
                    stated_year = stated or stated_year
                kind = self._kind_in_force(drafts, sentence)
                evidence = Evidence(context.article_id, text_of(sentence), token.idx,
                                    token.idx + len(token.text), "score:" + scale)
                for owner in owners:
                    entity = aliases.get(owner.entity.name, owner.entity)
                    key = (entity.name, year, round(value, 3))
                    if key in scores:
                        old = scores[key]
                        scores[key] = replace(old, evidence=old.evidence + (evidence,))
                    else:
                        scores[key] = Score(entity, year, value, scale, kind, (evidence,))
                topic = owners[-1]
            topic = self._next_topic(doc, topic, actors)
        return list(scores.values())

    def _pronoun_person(self, doc: Doc, sentence: Span, end: int, drafts: list[AwardDraft]) -> Mention | None:
        """The recipient of the last award a person won before ``sentence``, when a personal
        pronoun opens the clause's subject ("Ia …", "Pada 2023, beliau …"); else None."""
        anaphors = self._anaphors
        if not any(doc[j].lower_ in anaphors for j in subject_opens(doc, sentence.start, end)):
            return None
        return next((d.recipient for d in reversed(drafts) if d.sentence.start < sentence.start and
                     d.recipient.entity is not None and d.recipient.entity.type == "person"), None)

    @cached_property
    def _anaphors(self) -> frozenset:
        return frozenset(self.rules.files["winners.json"]["anaphors"])

    def _next_topic(self, doc: Doc, topic: Mention | None, actors: list[Mention]) -> Mention | None:
        """The topic stays while the sentence names it again or names others only as objects
        ("… berkunjung ke Kantor X"); else it is the sentence's first subject."""
        if topic is not None and any(m.entity.name == topic.entity.name for m in actors):
            return topic
        # an official named with his title speaks for the body in the topic, he does not replace it
        subjects = [m for m in actors if not self._object(doc, m)
                    and not (topic is not None and "title_start" in m.extra)]
        if subjects:
            return subjects[0]
        return topic or (actors[0] if actors else None)

    def _respective(self, table, sentence: Span, actors: list[Mention]) -> dict[int, Mention]:
        """"A, B, dan C masing-masing memperoleh nilai 82, 93,77, dan 83,9", "A dan B dengan nilai
        masing-masing 82,1 dan 93,8": the n-th value is the n-th actor's."""
        lower, text = table.lower, table.text
        each = next((j for j in range(sentence.start, sentence.end) if lower[j] == "masing-masing"), None)
        if each is None:
            return {}
        values, j, words = [], each + 1, 0
        while j < sentence.end:
            if _NUMBER.match(text[j]):
                values.append(j)
            elif text[j] == "," or lower[j] in {"dan", "serta"}:
                if not values:
                    return {}
            elif not values and words < 3 and text[j].isalpha():
                words += 1  # "memperoleh nilai", "dengan skor"
            elif lower[j] not in self.percent_words:
                break
            j += 1
        owners = list({m.start: m for m in reversed(actors)  # (one per span: a region is told twice)
                       if m.end <= each and not self._object(sentence.doc, m)}.values())[::-1]
        if len(values) < 2 or len(owners) < len(values):
            return {}
        return dict(zip(values, owners[-len(values):]))

    def _bracketed_after(self, table, i: int, actors: list[Mention]) -> bool:
        """Number ``i`` alone in brackets right after an actor ("C (77)", "C (79 persen)")."""
        text, lower = table.text, table.lower
        if i < 2 or text[i - 1] != "(" or not any(m.end == i - 1 for m in actors):
            return False
        close = i + 1 + (i + 1 < len(text) and lower[i + 1] in self.percent_words)
        return close < len(text) and text[close] == ")"

    def _gapped(self, table, sentence: Span, actors: list[Mention]) -> dict[int, Mention]:
        """"Nilai A mencapai 79,49, sedangkan B 74": after a contrast word, an actor and a number
        with the verb left out state the actor's score like the clause before."""
        lower, text = table.lower, table.text
        found = {}
        by_start = {m.start: m for m in actors}
        for j in range(sentence.start + 1, sentence.end - 2):
            if lower[j] not in _CONTRAST or \
                    not any(_NUMBER.match(text[k]) for k in range(sentence.start, j)):
                continue
            m = by_start.get(j + 1)
            if m is None:
                continue
            k, words = m.end, 0
            while k < sentence.end and words < 2 and text[k].isalpha() and text[k].islower() and \
                    lower[k] not in {"dan", "serta", "yang", "tidak", "belum"}:
                k, words = k + 1, words + 1  # "dengan", "hanya", "sebesar"
            if k < sentence.end and _NUMBER.match(text[k]) and (k + 1 >= sentence.end or text[k + 1] in {".", ",", ";"}
                                                                 or lower[k + 1] in self.percent_words):
                found[k] = m
        return found

    def _region_subject(self, doc: Doc, m: Mention, sentence: Span) -> bool:
        """"Jateng mengumpulkan nilai …", "Dalam penilaian ini, Banyuwangi mencatat …": a region
        named alone as the clause's subject stands for its government."""
        if m.label != "REGION" or m.end >= sentence.end:
            return False
        after = doc[m.end]
        if self._before_each(doc, m.end, sentence):
            return True  # "A, B, dan C masing-masing (mencatat) 84,10, …": each region of the list owns a value
        if m.start > sentence.start and doc[m.start - 1].lower_ in self.score_words.record_verbs:
            return True  # "nilai tertinggi dicatat Tanah Laut, yakni 78,30": the region that recorded it
        if doc[m.start - 1].lower_ in _CONTRAST:  # "…, sedangkan Palu 74"
            return after.is_alpha and after.is_lower or bool(_NUMBER.match(after.text))
        if doc[m.start - 1].lower_ in self.scale_words and _NUMBER.match(after.text):
            return True  # "dengan nilai Lubuklinggau 99,4": the region the value is told for
        k = m.start - 1 - (doc[m.start - 1].lower_ in {"dan", "serta"})
        if _NUMBER.match(after.text) and k > sentence.start and doc[k].text == "," and _NUMBER.match(doc[k - 1].text):
            return True  # "A 81, Kutai Kartanegara 82,43, dan …": a region in a list of names and values
        if after.lower_ in {"pada", "dengan"} and m.end + 1 < sentence.end and \
                doc[m.end + 1].lower_ in self.scale_words and doc[m.start - 1].lower_ not in {"dan", "serta", ","}:
            return True  # "menempatkan Badung pada nilai 92,75": the region a value is told with (not a list's last)
        j = m.start - 1  # "Indeks Pembangunan Literasi Masyarakat (IPLM) Badung tahun 2025 …": the region measured
        while j >= sentence.start and m.start - j <= 8 and (doc[j].text[:1].isupper() or doc[j].text in {"(", ")"}):
            if doc[j].lower_ in self.scale_words:
                return True
            j -= 1
        opens = m.start == sentence.start or doc[m.start - 1].text == "," or all(
            t.lower_ in _TIME_OPENERS or YEAR.match(t.text) for t in doc[sentence.start:m.start])
        return opens and after.is_alpha and after.is_lower and after.lower_ not in self.object_prepositions

    def _recorded_by(self, doc: Doc, i: int, sentence: Span, actors: list[Mention]) -> Mention | None:
        """The body right after a verb of recording that follows value ``i`` ("61,20, dicatat X")."""
        k = i + 1 + (i + 1 < sentence.end and doc[i + 1].text == ",")
        if k + 1 >= sentence.end or doc[k].lower_ not in self.score_words.record_verbs:
            return None
        return next((m for m in actors if m.start == k + 1), None)

    @staticmethod
    def _before_each(doc: Doc, end: int, sentence: Span) -> bool:
        """Only list punctuation, conjunctions and capitalised names stand between ``end`` and a
        "masing-masing" of the sentence: a member of the list the word distributes over."""
        for j in range(end, min(sentence.end, end + 12)):
            word = doc[j]
            if word.lower_ == "masing-masing":
                return True
            if not (word.text in {",", "(", ")"} or word.lower_ in {"dan", "serta"} or word.text[:1].isupper()):
                return False
        return False

    def _object(self, doc: Doc, mention: Mention) -> bool:
        """"dengan Pemkot X", "ke Kantor Dinas X": an object, not the sentence's subject."""
        for j in range(mention.start - 1, max(0, mention.start - 3) - 1, -1):
            if doc[j].lower_ in self.object_prepositions:
                return True
            if not doc[j].text[:1].isupper():
                return False
        return False

    def _score_at(self, doc: Doc, i: int, sentence: Span, actors: list[Mention],
                  about_scores: bool) -> tuple[float, str] | None:
        token = doc[i]
        if not _NUMBER.match(token.text) or YEAR.match(token.text):
            return None
        words = self.score_words
        if i > 0 and (doc[i - 1].text in _DASHES or doc[i - 1].lower_ in self.range_words):
            return None
        nxt = doc[i + 1] if i + 1 < sentence.end else None
        if nxt is not None and (nxt.text in _DASHES or nxt.lower_ in self.not_after
                                or nxt.lower_ in self.range_words or nxt.lower_ in words.months) and \
                not (nxt.lower_ == "tahun" and self._last_year_after(doc, sentence, i)):  # ("79,80 tahun lalu")
            return None
        if nxt is not None and nxt.lower_ == "ke" and i + 2 < sentence.end and doc[i + 2].lower_ in self.not_before:
            return None  # "untuk nilai 80 ke atas": a bound
        if "," not in token.text and "." not in token.text and nxt is not None \
                and nxt.text.isalpha() and (nxt.text.islower() or nxt.lower_ in self._class_nouns) \
                and nxt.lower_ not in words.integer_followers:
            return None  # "15 dewan juri", "17 Kementerian (71 persen)": a count
        prev = [t.lower_ for t in doc[max(sentence.start, i - 3):i]]
        if prev[-1:] == ["dari"] and len(prev) > 1 and _NUMBER.match(prev[-2]):
            return None  # "512 dari 600": the maximum
        if prev[-1:] == ["dari"] and nxt is not None and nxt.lower_ in words.change_to:
            return None  # "naik dari 70,50 menjadi 75,30": an earlier value of no named year
        if prev[-1:] and prev[-1] in words.change_to:
            # "dari 70,50 menjadi 75,30", "3,10 pada 2022 dan meningkat menjadi 3,45": the new
            # value, on the scale of the one it changed from
            _, scale = self._value_before(doc, max(sentence.start, i - 8), i - 1, sentence)
            value = parse_number(token.text)
            return (value, scale) if scale and value is not None else None
        window = [t.lower_ for t in doc[max(sentence.start, i - 4):i]]
        # "naik dari 2,98", "meningkat menjadi 3,45": earlier and new values, not growth figures
        if window[-1:] != ["dari"] and window[-1:] and window[-1] not in words.change_to \
                and any(w in self.not_before for w in window[-2:]):
            return None
        if self._in_excluded_clause(doc, i, sentence):
            return None
        if any(t.lower_ in self.difference_words for t in doc[sentence.start:i]):
            return None  # "Selisih nilai keduanya hanya 1,45 poin": a gap between scores
        scale = self._scale_before(doc, i, sentence, 3, _BREAKS)
        if nxt is not None and nxt.lower_ in self.percent_words:
            # "skor nyaris sempurna, yakni 96 persen": a scale word earlier in the clause
            scale = scale or self._scale_before(doc, i, sentence, 8, {";"}) or \
                (about_scores and self._listed(doc, i, actors))  # "A (71,4 persen), B (…)" in an assessment
            scale = "persen" if scale else None
        elif nxt is not None and self.scale_words.get(nxt.lower_) == "poin":
            scale = "poin"
        elif scale is None and about_scores and _DECIMAL.match(token.text) \
                and (self._listed(doc, i, actors) or prev[-1:] and prev[-1] in words.list_links and prev[-1].isalpha()
                     or self._after_rank(doc, i)):
            scale = "nilai"  # ("X menyusul dengan 80,12", "Y, yang mencatat 74,90, …": among scores told)
        elif scale is None and about_scores and self._listed(doc, i, actors) and any(
                t.i != i and _DECIMAL.match(t.text) for t in sentence):
            # "A 79,91, B 94, dan C 97,57", "Nilai A mencapai 87,22, sedangkan B 93": a whole number
            # right after a name, among scores told with their decimals
            scale = "nilai"
        if scale is None and self._compared(doc, i, sentence):
            # "skor 77,91, turun dibanding SPI 2022 sebesar 78,17": the value of a year before,
            # on the scale of the score it is compared with
            _, scale = self._value_before(doc, sentence.start, i, sentence)
        if scale is None and prev[-2:-1] and prev[-1] == "dari" and prev[-2] in self.not_before and \
                (self._year_follows(doc, i + 1, sentence) or self._last_year_after(doc, sentence, i)):
            # "… tercatat 96,12 pada 2024, naik dari 89,50 pada 2023": the value of the year it rose
            # from, on the scale of the value before it
            earlier, scale = self._value_before(doc, sentence.start, i - 2, sentence)
            if scale is None and earlier is not None and doc[earlier + 1].lower_ in self.percent_words:
                scale = "persen"
        if scale is None:
            return None
        value = parse_number(token.text)
        return (value, scale) if value is not None else None

    def _value_before(self, doc: Doc, lo: int, hi: int, sentence: Span) -> tuple[int | None, str | None]:
        """The last value (no year) among tokens ``lo`` up to ``hi`` and the scale it was told on."""
        earlier = next((t.i for t in reversed(doc[lo:hi]) if _NUMBER.match(t.text) and not YEAR.match(t.text)), None)
        return earlier, self._scale_before(doc, earlier, sentence, 3, _BREAKS) if earlier is not None else None

    @staticmethod
    def _year_follows(doc: Doc, k: int, sentence: Span) -> bool:
        """A year right at ``k``, after a percent word or "pada"/"tahun": "89,50 (persen) pada 2023"."""
        while k < sentence.end and doc[k].lower_ in {"persen", "%", "pada", "tahun", "di"}:
            k += 1
        return k < sentence.end and bool(YEAR.match(doc[k].text))

    @staticmethod
    def _assessment_year(table, sentence: Span) -> int | None:
        """The year an assessment is named with ("hasil penilaian X tahun 2021"), if the
        sentence names one."""
        lower = table.lower
        for j in range(sentence.start, sentence.end):
            if lower[j] in _ASSESSMENTS:
                for k in range(j + 1, min(sentence.end, j + 12)):
                    if YEAR.match(table.text[k]) and lower[k - 1] == "tahun":
                        return int(table.text[k])
        return None

    @staticmethod
    def _compared(doc: Doc, i: int, sentence: Span) -> bool:
        """"(di)banding(kan) [dengan] [name] <year> sebesar <value>": a value compared by its year."""
        window = [t for t in doc[max(sentence.start, i - 7):i]]
        at = next((n for n, t in enumerate(window) if t.lower_ in _COMPARED), None)
        return at is not None and any(YEAR.match(t.text) for t in window[at + 1:]) and \
            window[-1].lower_ in _RESTATING | {"dengan"}

    def _scale_before(self, doc: Doc, i: int, sentence: Span, reach: int,
                      breaks: set[str]) -> str | None:
        """The scale word a number is the value of: "nilai 94,76", "nilai SAKIP 66,47",
        "Indeks SPBE Pemkab X tahun 2023 sebesar 3,52". Names, years and links are passed
        over; ``reach`` counts the other words."""
        words = self.score_words
        for j in range(i - 1, max(sentence.start, i - 20) - 1, -1):  # (names and links are passed over)
            word = doc[j].lower_
            if word in self.scale_words:
                # "96 poin pada periode 1 …": a unit after another number
                if j > sentence.start and _NUMBER.match(doc[j - 1].text):
                    return None
                return self.scale_words[word]
            if word == "," and (doc[j + 1].lower_ in _RESTATING or j + 1 == i and j - 1 > sentence.start
                                and doc[j - 1].lower_ in self.score_words.superlatives):
                continue  # "nilai tertinggi, yakni 92,15", "nilai tertinggi, 91,40,": the value restated
            if word in breaks or (_NUMBER.match(word) and not YEAR.match(word)):
                return None
            if word in words.links or YEAR.match(word) or doc[j].text[:1].isupper() \
                    or word in {"(", ")"} or word in words.record_verbs:  # ("nilai tertinggi dicatat X, yakni 78,30")
                continue
            if word.startswith(words.verb_prefixes) and len(word) > 5:
                return None  # "indeks … mengikutisertakan 15 juri"
            reach -= 1
            if reach < 0:
                return None
        return None

    def _in_excluded_clause(self, doc: Doc, i: int, sentence: Span) -> bool:
        """"rata-rata nilai kabupaten … 56,53", "di atas rata-rata nasional 70"."""
        for j in range(i - 1, max(sentence.start, i - 20) - 1, -1):  # (names and links are passed over)
            word = doc[j].lower_
            if _NUMBER.match(word) and not YEAR.match(word) or word == ";":
                return False
            if word.strip("-") in self.score_words.not_context:
                return True
        return False

    def _listed(self, doc: Doc, i: int, actors: list[Mention]) -> bool:
        """"Kabupaten A (74,15)", "Kabupaten A 74,15", "Kabupaten A dengan 74,54"."""
        j = i - 1
        while j >= 0 and doc[j].lower_ in self.score_words.list_links and i - j <= 2:
            j -= 1
        return any(max(m.end, m.extra.get("region_end", m.end)) == j + 1 for m in actors)  # (its region too)

    def _after_rank(self, doc: Doc, i: int) -> bool:
        """"X menempati peringkat kedua (87,15)": a value in brackets after a place in a ranking."""
        return i >= 3 and doc[i - 1].text == "(" and i + 1 < len(doc) and doc[i + 1].text == ")" and \
            is_rank_word(doc[i - 2].text, self.rules) and doc[i - 3].lower_ in RANK_HEADS

    @cached_property
    def _class_nouns(self) -> frozenset:
        """Nouns that name a class of bodies: a whole number before one counts them."""
        from .lexicon import Lexicon
        return Lexicon.from_rules(self.rules).recipient_nouns

    def _hypothetical_from(self, table, sentence: Span) -> int:
        """Where the sentence's target, plan or criterion begins: its clause (after the last
        comma before the word), or the sentence's start when the question is the sentence."""
        text = table.text
        if "?" in text[sentence.end - 2:sentence.end]:
            return sentence.start
        first = next((j for j in range(sentence.start, sentence.end) if text[j] in self.hypothetical), sentence.end)
        comma = next((j for j in range(first - 1, sentence.start - 1, -1) if text[j] == ","), None)
        return comma + 1 if comma is not None else sentence.start

    def _hypothetical(self, span: Span) -> bool:
        """Targets, plans and nominations: "menargetkan …", "agar layak meraih …"."""
        # lower case only: not "Layak Anak"; a question states no score ("Berapa skor …?")
        texts = token_table(span.doc).text[span.start:span.end]
        return not self.hypothetical.isdisjoint(texts) or "?" in texts[-2:]

    def _kind_in_force(self, drafts: list[AwardDraft], sentence: Span) -> str | None:
        before = [d for d in drafts if d.sentence.start <= sentence.start]
        chosen = before[-1] if before else (drafts[0] if drafts else None)
        return self._kind(chosen.name, chosen.category) if chosen else None


def _group_told(drafts: list[AwardDraft], sentence: Span, count: int) -> list[Mention]:
    """The group of ``count`` recipients a count refers to: the last clause that told that
    many, else the last ``count`` recipients told before ``sentence``."""
    before = [d for d in drafts if d.sentence.start < sentence.start and d.recipient.entity is not None]
    by_sentence: dict[int, list[Mention]] = {}
    for d in before:
        named = by_sentence.setdefault(d.sentence.start, [])
        if d.recipient.entity.name not in {m.entity.name for m in named}:
            named.append(d.recipient)
    group = next((g for start, g in sorted(by_sentence.items(), reverse=True) if len(g) == count), None)
    if group is not None:
        return group
    recent: list[Mention] = []
    for d in sorted(before, key=lambda d: d.recipient.start):
        recent = [m for m in recent if m.entity.name != d.recipient.entity.name] + [d.recipient]
    return recent[-count:] if len(recent) >= count else []


_CLAUSE_WORDS = {"dan", "serta", "dengan", "yang", "sedangkan", "sementara", "untuk", "atas", "dari"}


def _winner_described(doc: Doc, drafts: list[AwardDraft], sentence: Span, actor: Mention) -> Mention | None:
    """The winning person whose description (degrees, role, workplace) ``actor`` is in: a
    person this sentence names a winner right before it, only commas, degrees and the role's
    words between."""
    persons = sorted((d.recipient for d in drafts if d.sentence.start == sentence.start and
                      d.recipient.entity is not None and d.recipient.entity.type == "person" and
                      0 <= actor.start - d.recipient.end <= 12), key=lambda m: m.end)
    if not persons:
        return None
    person = persons[-1]
    between = doc[person.end:actor.start]
    if not between or between[0].text != "," or any(t.lower_ in _CLAUSE_WORDS or t.text in {";", ":"} for t in between):
        return None
    return person


def _persons_by_word(drafts: list[AwardDraft]) -> dict[str, dict[str, Mention]]:
    """Each word of a winning person's name, with the persons it names (read once per document)."""
    persons: dict[str, dict[str, Mention]] = {}
    for d in drafts:
        entity = d.recipient.entity
        if entity is not None and entity.type == "person":
            for word in entity.name.split():
                persons.setdefault(word, {})[entity.name] = d.recipient
    return persons


def _person_named(table, start: int, end: int, persons: dict[str, dict[str, Mention]]) -> Mention | None:
    """The one winning person a capitalised word between ``start`` and ``end`` is a name of
    ("Rahmawati", "Karya Baiq" for Baiq Nurul Hidayati), or None."""
    for j in range(start, end):
        word = table.text[j]
        if len(word) > 2 and word[:1].isupper() and word[1:].islower() and len(persons.get(word, ())) == 1:
            return next(iter(persons[word].values()))
    return None


def actor_aliases(doc: Doc, mentions: list[Mention]) -> dict[str, Entity]:
    """"Pemkab Tapanuli Selatan (Tapsel)": later "Pemkab Tapsel" is the same actor."""
    found = {}
    actors = [m for m in mentions if m.label in ACTOR_LABELS and m.entity is not None]
    for first, second in zip(actors, actors[1:]):
        if second.start == first.end + 1 and doc[first.end].text == "(" \
                and second.end < len(doc) and doc[second.end].text == ")" \
                and second.entity.name != first.entity.name:
            found.setdefault(second.entity.name, first.entity)
        # "PT Bank X (Perseroda) atau Bank X": another name for the same body
        if second.start == first.end + 1 and doc[first.end].lower_ == "atau" and \
                second.entity.name != first.entity.name and second.entity.type not in ("person",):
            found.setdefault(second.entity.name, first.entity)
    # "Perumda Air Minum Tirta X (PDAM X)": later "PDAM X" is the same unit
    for m in actors:
        bracket = re.search(r"\(([A-Z][A-Za-z-]{1,9}(?:\s+[A-Z][\w-]*){1,3})\)$", m.text)
        if m.label == "UNIT" and bracket:
            found.setdefault(bracket.group(1), m.entity)
    # "PT Pupuk Sriwidjaja (Pusri)": later "PT Pusri" is the same company
    for m in actors:
        if m.entity.type == "company" and m.end + 2 < len(doc) and doc[m.end].text == "(" \
                and doc[m.end + 2].text == ")" and doc[m.end + 1].text[:1].isupper() \
                and doc[m.end + 1].text != "Persero":
            found.setdefault(f"PT {doc[m.end + 1].text}", m.entity)
    return found


def _locates_previous(doc, m: Mention, previous: Mention) -> bool:
    """``m`` is the place of the actor right before it: "Desa X, Kecamatan Y, …"; and after a unit
    or a company, before its line's attributes: "- RS X, Kabupaten Y: …", "SD X, Kabupaten Y (nilai …)"."""
    if not (m.start >= 2 and doc[m.start - 1].text == "," and previous.end == m.start - 1
            and m.entity is not None and m.entity.type in _LOCATOR_TYPES and m.end < len(doc)):
        return False
    if doc[m.end].text in {",", "-", "–"}:
        return True
    return doc[m.end].text in {":", "("} and previous.entity is not None and \
        previous.entity.type not in _LOCATOR_TYPES


def _in_brackets_after(doc, m, actors) -> bool:
    """Whether ``m`` is inside brackets opened right after another of ``actors``."""
    j = m.start - 1
    while j >= 0 and doc[j].text not in {"(", ")"} and m.start - j <= 12:
        j -= 1
    return j >= 0 and doc[j].text == "(" and any(a.end == j for a in actors if a is not m)


def _valued_in_brackets(table, k: int) -> bool:
    """A number alone in brackets right at token ``k`` ("(96,41)"): a value told with the name before it."""
    text = table.text
    return k + 2 < len(text) and text[k] == "(" and text[k + 2] == ")" and bool(_NUMBER.match(text[k + 1]))

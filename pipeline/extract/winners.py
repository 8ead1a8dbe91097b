"""Category winners of a ceremony reported in prose, each its own award record.

- **Becoming**: "Film X menjadi film cerita panjang terpilih 2022", "…, dan Y menjadi Aktris
  Utama Terpilih", "mengumumkan film X sebagai Film Cerita Panjang Terpilih tahun 2021".
- **Winning categories**: "Y berhasil memenangkan dua kategori, yaitu A, dan B", "Film X meraih
  tiga kemenangan lewat kategori A, B, dan C untuk Z" (the last category goes to Z),
  "kemenangan film X diperoleh pada kategori A dan B untuk …".
- **Handed categories**: "Piala X untuk Pemeran Utama Pria Terbaik jatuh kepada Y".
- **Named awards**: "Y meraih Piala X 2023 sebagai Aktor Terbaik": the award the sentence names.
- **Counted lists**: "Ada lima film yang meraih dua kemenangan, A, B, C, D, dan E": the titles,
  when there are as many as the sentence counts.

Only articles of film, music and show business are read (``domain_words``). Otherwise a
winner receives the award of the ceremony the article reports, without its edition
number ("Piala Layar 11" → "Piala Layar"). The year is the edition the article states for a
category ("… terpilih 2022"), for every winner of the article; else the ceremony's. The day and
place are the winner's sentence's, else the event's. Winners are people and works: actors that
the other components know (governments, units, companies) are left to them, and so are the
sentences they already read. The words come from ``rules/winners.json``; a mixin of
:class:`~.relations.AwardRelations`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from ..models import Entity, Evidence
from ..normalise import resolve_date
from .drafts import ITEM_SPLIT, AwardDraft, Context, YEAR
from .mentions import Mention
from .naming import without_edition
from .tokens import text_of, token_table

_OWNED = ("GOV", "UNIT", "UNIT_ALIAS", "COMPANY", "GIVER")
_TITLE_MARKS = {"(", ")", "&", ":", "-", "'", "’", "!", "?", '"', "“", "”", "‘"}
_QUOTES = "\"“”‘’'"
_SLASHED = re.compile(r"^[^\W\d_]+(?:[/-][^\W\d_]+)+$")  # "Duo/Grup", "non-film"


@dataclass
class _Win:
    start: int  # the recipient's tokens
    end: int
    work: bool
    category: str | None
    year: int | None = None
    award: str | None = None  # the award the sentence names, when not the ceremony's


class _Words:
    """winners.json as sets of lower-case words and word sequences."""

    def __init__(self, data: dict, number_words: dict, enumeration: set[str]):
        for key, value in data.items():
            if isinstance(value, list) and key != "examples":
                setattr(self, key, {w.lower() for w in value})
        self.become = sorted((tuple(w.split()) for w in self.become_verbs), key=len, reverse=True)
        self.handed = sorted((tuple(w.split()) for w in self.handed_verbs), key=len, reverse=True)
        self.won = sorted((tuple(w.split()) for w in self.win_verbs | self.passive_win_verbs),
                          key=len, reverse=True)
        self.numbers = {k.lower(): v for k, v in number_words.items()}
        self.enumeration = enumeration
        self.verbs = self.announce_verbs | {p[0] for p in self.won} | \
            ({p[0] for p in self.become} - self.winner_cues)
        self.openers = self.verbs | {p[0] for p in self.become + self.handed}  # of any phrasing
        self.topics: dict[bool, tuple[int, int]] = {}  # the last person / work (True) named
        self.item_stops = self.beneficiary_words | self.via_words | {
            "dengan", "yang", "sebagai", "tahun", "atas", "kepada", "sehingga", "karena", "bersama"}


class ProseWinners:
    """Winners named in sentences of a ceremony report."""

    def _prose_winners(self, doc: Doc, sentences, by_sentence, drafts: list[AwardDraft],
                       context: Context) -> list[AwardDraft]:
        data = self.rules.files.get("winners.json")
        if not data:
            return []
        words = _Words(data, self.rules.language["number_words"], self.enumeration)
        if words.domain_words.isdisjoint(token_table(doc).lower):
            return []
        words.award_heads = {w.lower() for w in self.rules.awards["heads"]}
        words.not_winners |= self.stopwords | words.award_heads | \
            {w.lower() for w in self.body_heads} | \
            {h["head"].lower() for h in self.rules.units["heads"]["items"]} | \
            {w.lower() for p in self.rules.regions["prefixes"] for w in p["words"]}
        told = {d.sentence.start for d in drafts}
        persons = [m for ms in by_sentence for m in ms if m.label == "PERSON"]
        found: list[AwardDraft] = []
        ceremony = None
        for sentence, mentions in zip(sentences, by_sentence):
            if sentence.start in told or self._hypothetical(sentence):
                continue
            wins = self._sentence_wins(doc, sentence, mentions, words)
            if not wins:
                continue
            ceremony = ceremony or self._ceremony(doc, sentences, by_sentence, context)
            if ceremony is None:
                return []
            for win in wins:
                found.append(self._winner_draft(doc, sentence, mentions, persons, win, ceremony,
                                                words, context))
        if not found:
            return []
        edition = next((d.year for d in found if d.rule == "winner:edition"), None)
        when, where = self._winners_event(sentences, {d.sentence.start for d in drafts + found},
                                          context)
        for draft in found:
            draft.year = draft.year or edition or ceremony.year
            draft.date, draft.place = draft.date or when, draft.place or where
            draft.rule = "winner"
        return found

    def _winners_event(self, sentences, told: set[int],
                       context: Context) -> tuple[str | None, str | None]:
        """"Malam puncak … digelar di Gedung X, Sabtu (14/12/2024)": the day and place of the
        event, from a sentence that tells of it and of no winner; a day told with one winner
        is that winner's own. A range of days gives none, nor a day without a year in an
        undated article."""
        verbs = {w.lower() for w in self.rules.files.get("lists.json", {}).get("event_verbs", [])}
        ranges = "|".join(map(re.escape, self.range_words))
        for sentence in sentences:
            if sentence.start in told or not any(t.lower_ in verbs for t in sentence):
                continue
            days = list(self.date_re.finditer(text_of(sentence)))
            if len(days) != 1 or re.search(r"\d\s*(?:" + ranges + r")\s*$",
                                           text_of(sentence)[:days[0].start()]):
                continue
            day = days[0].group(0)
            if context.published is None and not re.search(r"\d{4}|/\d{1,2}/\d{2}", day):
                continue
            place = self._place(sentence)
            return resolve_date(day, context.published), place[0] if place else None
        return None, None

    def _winner_draft(self, doc: Doc, sentence: Span, mentions, persons, win: _Win,
                      ceremony: AwardDraft, words: _Words, context: Context) -> AwardDraft:
        span = doc[win.start:win.end]
        # "Penyanyi Raka Pradipta": the person named after a role
        person = next((m for m in persons if m.end == win.end and m.start >= win.start), None)
        if win.work:
            entity = Entity(span.text.strip(_QUOTES + " "), "work")
        elif person is not None:
            entity = person.entity
        else:
            entity = Entity(self.namer.person_name(span.text) or span.text, "person")
        recipient = Mention("PERSON", win.start, win.end, span.start_char, span.end_char,
                            span.text, "winner", entity=entity)
        name = win.award or without_edition(ceremony.name)
        past = any(t.lower_ in words.past_words for t in sentence) or \
            any(w in text_of(sentence).lower() for w in self.previous_year)
        draft = AwardDraft(sentence, recipient, name, (span.start_char, span.end_char),
                           "winner:edition" if win.year and not past else "winner")
        draft.name_end, draft.category, draft.year = win.end, win.category, win.year
        draft.giver = ceremony.giver
        draft.evidence.append(Evidence(context.article_id, text_of(sentence), span.start_char,
                                       span.end_char, "award:winner"))
        draft.received_by = ""  # a person in the sentence ("karya sutradara Z") receives nothing
        self._fill_handover(doc, draft, sentence, mentions, context)
        draft.received_by = None
        return draft

    # -- one sentence ---------------------------------------------------------------------

    def _sentence_wins(self, doc: Doc, sentence: Span, mentions, words: _Words) -> list[_Win]:
        if not any(t.lower_ in words.openers for t in sentence):
            return []
        owned = {i for m in mentions if m.label in _OWNED for i in range(m.start, m.end)}
        wins: list[_Win] = []
        i = sentence.start
        while i < sentence.end:
            found, after = self._wins_at(doc, sentence, i, words)
            wins += [w for w in found if owned.isdisjoint(range(w.start, w.end))]
            i = max(after, i + 1)
        return wins

    def _wins_at(self, doc: Doc, sentence: Span, i: int, words: _Words) -> tuple[list[_Win], int]:
        """The wins told by a verb at token ``i``, and where to look next."""
        lower = doc[i].lower_
        handed = _phrase_at(doc, i, words.handed)
        if handed:
            category = self._cue_category_before(doc, sentence, i, words)
            award = None if category else self._named_award_before(doc, sentence, i, words)
            winners = self._winners_after(doc, sentence, i + len(handed), words,
                                          roles=award is not None) if category or award else []
            if winners:
                return [_Win(*w, *(category or (None, award[1])), award=award and award[0])
                        for w in winners], winners[-1][1]
        become = _phrase_at(doc, i, words.become)
        if become:
            subjects = self._winner_before(doc, sentence, i, words)
            category = self._cue_category(doc, sentence, i + len(become), words)
            if subjects and category:
                return [_Win(*s, *category) for s in subjects], \
                    _category_end(category, i + len(become))
        elif lower in words.announce_verbs:
            win = self._announced(doc, sentence, i, words)
            if win:
                return [win], win.end
        won = _phrase_at(doc, i, words.won)
        if won and not become:
            passive = " ".join(won) in words.passive_win_verbs
            after = i + len(won)
            wins = [] if passive else self._counted_list(doc, sentence, i, after, words)
            if wins:
                return wins, sentence.end
            subjects = self._winner_before(doc, sentence, i, words, passive=passive)
            if subjects:
                return self._won_categories(doc, sentence, i, after, subjects, words)
        return [], i + 1

    # -- recipients -------------------------------------------------------------------------

    def _winner_before(self, doc: Doc, sentence: Span, verb: int, words: _Words,
                       passive: bool = False) -> list[tuple[int, int, bool]]:
        """"Film X (karya sutradara Y) berhasil <verb>", "…, dan Y <verb>", "Y dan Z <verb>":
        the winners before a verb, at the start of its clause; after a passive verb, the winner
        of "kemenangan X"."""
        end = verb
        while end > sentence.start and doc[end - 1].lower_ in words.auxiliaries:
            end -= 1
        told = self._anaphor(doc, sentence, end, words, passive)
        if told:
            return [told]
        # "Film X karya sutradara Y meraih": the credit after a title
        k = end
        while k > sentence.start and doc[k - 1].text[:1].isupper():
            k -= 1
        m = k
        while m > sentence.start and m > k - 3 and doc[m - 1].text.islower() and \
                doc[m - 1].lower_ not in words.appositions:
            m -= 1
        credited = k < end and m > sentence.start and doc[m - 1].lower_ in words.appositions
        if credited:
            end = m - 1
        for commas in (False, True):
            start = end
            while start > sentence.start and (_title_token(doc[start - 1], words) or
                                              (commas and doc[start - 1].text == ",")):
                start -= 1
            while start < end and not _opens_title(doc[start]):
                start += 1
            work = start < end and doc[start].lower_ in words.work_kinds
            if work:
                start += 1
            elif start > sentence.start and doc[start - 1].lower_ in words.work_kinds:
                work = True
            if start >= end or (commas and not work):
                continue
            before = start - 1 - work  # the token before "film X" or "Y"
            if not self._opens_clause(doc, sentence, before, words, passive):
                continue
            if credited and not work:
                return []
            if work:
                words.topics[True] = (start, end)
                return [(start, end, True)]
            if not _looks_like_name(doc[start:end], words.not_winners):
                return []
            words.topics[False] = (start, end)
            joint = self._joint_names(doc, sentence, start, words, passive)
            return [(a, b, False) for a, b in joint] + [(start, end, False)]
        return []

    def _anaphor(self, doc: Doc, sentence: Span, end: int, words: _Words,
                 passive: bool) -> tuple[int, int, bool] | None:
        """"Ia meraih …", "Film tersebut meraih …": the last person or work named as a winner's
        subject in the article."""
        if end <= sentence.start:
            return None
        if doc[end - 1].lower_ in words.anaphors:
            work, start = False, end - 1
        elif doc[end - 1].lower_ in words.demonstratives and end - 2 >= sentence.start and \
                doc[end - 2].lower_ in words.work_kinds:
            work, start = True, end - 2
        else:
            return None
        topic = words.topics.get(work)
        if topic is None or not self._opens_clause(doc, sentence, start - 1, words, passive):
            return None
        return (*topic, work)

    def _joint_names(self, doc: Doc, sentence: Span, start: int, words: _Words,
                     passive: bool) -> list[tuple[int, int]]:
        """"Rama, Sinta dan Bayu menjadi …": names joined before a winner, when the first of
        them opens the clause."""
        found, best, k = [], [], start
        while True:
            end = k
            while end > sentence.start and (doc[end - 1].text in {",", "&"} or
                                            doc[end - 1].lower_ in {"dan", "serta"}):
                end -= 1
            first = end
            while first > sentence.start and doc[first - 1].text[:1].isupper() and \
                    doc[first - 1].is_alpha:
                first -= 1
            if end == k or first == end or not _looks_like_name(doc[first:end], words.not_winners):
                return best
            found.insert(0, (first, end))
            if self._opens_clause(doc, sentence, first - 1, words, passive):
                best = list(found)
            k = first

    @staticmethod
    def _opens_clause(doc: Doc, sentence: Span, before: int, words: _Words,
                      passive: bool) -> bool:
        if passive:  # "kemenangan film X diperoleh …"
            return before >= sentence.start and doc[before].lower_ in words.win_nouns
        return before < sentence.start or doc[before].text in {",", ";"} or \
            doc[before].lower_ in words.clause_links or doc[before].lower_ in words.win_nouns

    def _announced(self, doc: Doc, sentence: Span, verb: int, words: _Words) -> _Win | None:
        """"mengumumkan film X sebagai Film Cerita Panjang Terpilih tahun 2021"."""
        start = verb + 1
        work = start < sentence.end and doc[start].lower_ in words.work_kinds
        start += work
        end = start
        while end < sentence.end and end - start < 12 and doc[end].lower_ != "sebagai":
            if not (_title_token(doc[end], words) or (work and doc[end].text == ",")):
                return None
            end += 1
        if end == start or end >= sentence.end or not _opens_title(doc[start]):
            return None
        if not work and not _looks_like_name(doc[start:end], words.not_winners):
            return None
        category = self._cue_category(doc, sentence, end + 1, words)
        return _Win(start, end, work, *category) if category else None

    def _winners_after(self, doc: Doc, sentence: Span, i: int, words: _Words,
                       roles: bool = False) -> list[tuple[int, int, bool]]:
        """"jatuh kepada film X", "diraih oleh Y dan Z", "diberikan kepada maestro keroncong Y"
        (``roles``): the winners after a handed verb."""
        start = i
        while roles and i < sentence.end and i - start < 3 and doc[i].text.islower() and \
                doc[i].is_alpha and doc[i].lower_ not in words.work_kinds:
            i += 1
        work = i < sentence.end and doc[i].lower_ in words.work_kinds
        start = end = i + work
        if work:
            while end < sentence.end and _title_token(doc[end], words):
                end += 1
            return [(start, end, True)] if end > start and _opens_title(doc[start]) else []
        found = []
        while True:
            end = start
            while end < sentence.end and doc[end].text[:1].isupper() and doc[end].is_alpha:
                end += 1
            if end == start or not _looks_like_name(doc[start:end], words.not_winners):
                return []
            found.append((start, end, False))
            start = end
            while start < sentence.end and (doc[start].text in {",", "&"} or
                                            doc[start].lower_ in {"dan", "serta"}):
                start += 1
            if start == end or start >= sentence.end or not doc[start].text[:1].isupper():
                return found

    def _beneficiary(self, doc: Doc, sentence: Span, i: int,
                     words: _Words) -> tuple[int, int, bool] | None:
        """"… untuk Z", "… untuk karya lagu Z, Judul": who the last category went to."""
        if i >= sentence.end or doc[i].lower_ not in words.beneficiary_words:
            return None
        start = i + 1
        while start < sentence.end and start - i <= 3 and doc[start].text.islower() and \
                doc[start].is_alpha:
            start += 1
        work = any(t.lower_ in words.work_kinds for t in doc[i + 1:start]) and \
            not any(t.lower_ in words.appositions for t in doc[i + 1:start])
        end = start
        while end < sentence.end and _title_token(doc[end], words) and doc[end].text not in "():":
            end += 1
        if end == start or not _opens_title(doc[start]):
            return None
        if not work and not _looks_like_name(doc[start:end], words.not_winners):
            return None
        return start, end, work

    # -- categories -------------------------------------------------------------------------

    def _cue_category(self, doc: Doc, sentence: Span, i: int,
                      words: _Words) -> tuple[str, int | None] | None:
        """"film cerita panjang terpilih 2022", "Aktris Utama Terpilih": words up to a winner
        cue, and the edition year right after it."""
        end, last = i, None
        while end < sentence.end and end - i < 10 and _is_word(doc[end]) and \
                doc[end].lower_ not in words.item_stops:
            if doc[end].lower_ in words.winner_cues:
                last = end
            end += 1
        if last is None or last == i:
            return None
        while i < last and doc[i].lower_ in words.category_openers:
            i += 1  # "pemenang kategori Film Terbaik"
        phrase = doc[i:last + 1]
        if last == i or any(t.lower_ in words.not_category_words for t in phrase) or \
                (last + 1 < sentence.end and doc[last + 1].lower_ in words.opinion_followers):
            return None
        year = _year_at(doc, sentence, last + 1)
        return phrase.text, year

    def _cue_category_before(self, doc: Doc, sentence: Span, i: int,
                             words: _Words) -> tuple[str, int | None] | None:
        """"Piala X untuk Pemeran Utama Pria Terbaik 2023 jatuh kepada …": the category that
        ends right before a handed verb, and its edition year."""
        end, year = i, None
        if end > sentence.start and YEAR.match(doc[end - 1].text):
            year, end = int(doc[end - 1].text), end - 1
            end -= end > sentence.start and doc[end - 1].lower_ == "tahun"
        if end <= sentence.start or doc[end - 1].lower_ not in words.winner_cues:
            return None
        start = end - 1
        while start > sentence.start and end - start < 10 and _is_word(doc[start - 1]) and \
                doc[start - 1].lower_ not in words.item_stops | words.category_openers | \
                words.award_heads:
            start -= 1
        phrase = doc[start:end]
        if len(phrase) < 2 or any(t.lower_ in words.not_category_words for t in phrase):
            return None
        return phrase.text, year

    def _named_award_before(self, doc: Doc, sentence: Span, i: int,
                            words: _Words) -> tuple[str, int | None] | None:
        """"Penghargaan Pengabdian Seumur Hidup 2024 diberikan kepada …": an award named right
        before a handed verb, and its edition year."""
        for span in doc.spans.get("warta", []):
            if sentence.start <= span.start < i and span.label_ == "AWARD_HEAD":
                named = self._named_award(doc, sentence, span.start, words)
                if named and named[1] == i:
                    return named[0], named[2]
        return None

    def _won_categories(self, doc: Doc, sentence: Span, verb: int, after: int, subjects,
                        words: _Words):
        """"memenangkan dua kategori, yaitu A, dan B", "meraih tiga kemenangan lewat kategori
        A, B, dan C untuk Z", "diperoleh pada kategori A dan B", "meraih Piala X sebagai …"."""
        award = self._named_award(doc, sentence, after, words)
        wins, end = self._won_in(doc, sentence, verb, award[1] if award else after, subjects,
                                 words, named=award is not None)
        for win in wins:
            win.award = award[0] if award else None
            win.year = win.year or (award[2] if award else None)
        return wins, end

    def _named_award(self, doc: Doc, sentence: Span, i: int,
                     words: _Words) -> tuple[str, int, int | None] | None:
        """"meraih Piala Citra 2023 sebagai …": an award named in the sentence, where it ends
        and its edition year."""
        for span in doc.spans.get("warta", []):
            if span.label_ != "AWARD_HEAD" or span.start != i or not span.text[:1].isupper():
                continue
            head = Mention("AWARD_HEAD", span.start, span.end, span.start_char, span.end_char,
                           span.text, span.id_ or span.label_)
            named = self._award_name(doc, head, sentence)
            if named and named[0] == i and named[1] - i >= 2 and \
                    doc[named[1] - 1].lower_ not in words.winner_cues:
                year = _year_at(doc, sentence, named[1])
                end = named[1] + (year is not None) * (1 + (doc[named[1]].lower_ == "tahun"))
                return without_edition(doc[i:named[1]].text), end, year
        return None

    def _won_in(self, doc: Doc, sentence: Span, verb: int, i: int, subjects, words: _Words,
                named: bool):
        if named:  # "Piala X sebagai Aktor Terbaik", "Piala X untuk kategori A dan B"
            k = i
            while k < sentence.end and doc[k].lower_ in words.category_links:
                k += 1
            if k < sentence.end and doc[k].lower_ in words.category_words:
                i = k
            else:
                category = self._cue_category(doc, sentence, k, words) if k > i else None
                return ([_Win(*s, *category) for s in subjects], k + 1) if category else \
                    ([], verb + 1)
        count = None
        if i < sentence.end and doc[i].lower_ == "total":
            i += 1
        if i < sentence.end and (doc[i].lower_ in words.numbers or doc[i].text.isdigit()):
            count = words.numbers.get(doc[i].lower_) or int(doc[i].text)
            i += 1
        listed = False
        if i < sentence.end and doc[i].lower_ in words.win_nouns:
            i += 1
            # "menyabet tiga piala, yaitu Film Terbaik, …": the categories, each with its cue
            k = i
            while k < sentence.end and doc[k].text in {",", ":"}:
                k += 1
            if k < sentence.end and (doc[k].lower_ in words.enumeration or doc[k - 1].text == ":"):
                i, listed = k - 1, True
        if i + 1 < sentence.end and doc[i].lower_ in words.via_words and \
                doc[i + 1].lower_ in words.category_words:
            i += 1
        if not listed and (i >= sentence.end or doc[i].lower_ not in words.category_words):
            if count is None:  # "berhasil meraih Aktris Utama Terpilih"
                category = self._cue_category(doc, sentence, i, words)
                named = category and all(t.text[:1].isupper()
                                         for t in doc[i:i + len(category[0].split())])
                if named:
                    return [_Win(*s, *category) for s in subjects], i + 1
            return [], verb + 1
        i += 1
        while i < sentence.end and (doc[i].text in {",", ":"} or
                                    doc[i].lower_ in words.enumeration):
            i += 1
        items, end = self._category_items(doc, sentence, i, words)
        if not items or (count is not None and len(items) != count) or \
                (listed and not all(doc[b - 1].lower_ in words.winner_cues for a, b in items)):
            return [], verb + 1
        other = self._beneficiary(doc, sentence, end, words)
        wins = []
        for n, (a, b) in enumerate(items):
            for subject in [other] if other and n == len(items) - 1 else subjects:
                wins.append(_Win(*subject, doc[a:b].text, _year_at(doc, sentence, b)))
        return wins, end

    def _category_items(self, doc: Doc, sentence: Span, i: int,
                        words: _Words) -> tuple[list[tuple[int, int]], int]:
        """"tata kamera, tata artistik, dan aktris pendukung terpilih": categories up to a
        preposition, or to the clause of the next winner ("…, dan Y menjadi …")."""
        items, start, last_separator = [], i, i
        k = i
        while k < sentence.end:
            token = doc[k]
            if token.text == "," or token.lower_ in {"dan", "serta"}:
                if k > start:
                    items.append((start, k))
                start, last_separator = k + 1, k
            elif token.lower_ in words.verbs or token.lower_ in words.auxiliaries:
                k = last_separator  # the next winner's clause
                start = k
                break
            elif not _is_word(token) or token.lower_ in words.item_stops:
                break
            k += 1
        if k > start:
            items.append((start, k))
        while k > i and (doc[k - 1].text == "," or doc[k - 1].lower_ in {"dan", "serta"}):
            k -= 1
        if any(b - a > 6 for a, b in items):
            return [], k
        return items, k

    def _counted_list(self, doc: Doc, sentence: Span, verb: int, after: int,
                      words: _Words) -> list[_Win]:
        """"Ada lima film yang meraih dua kemenangan, A, B, C, D, dan E": as many titles as
        the sentence counts."""
        k = verb - 1
        if k > sentence.start and doc[k].lower_ == "yang":
            k -= 1
        if k <= sentence.start or doc[k].lower_ not in words.work_kinds or \
                doc[k - 1].lower_ not in words.numbers:
            return []
        count = words.numbers[doc[k - 1].lower_]
        i = after
        if i < sentence.end and doc[i].lower_ in words.numbers:
            i += 1
        if i + 1 >= sentence.end or doc[i].lower_ not in words.win_nouns or \
                doc[i + 1].text not in {",", ":"}:
            return []
        start_char = doc[i + 1].idx + 1
        text = token_table(doc).doc_text[start_char:sentence.end_char].rstrip(" .\n")
        wins, offset = [], 0
        for part in ITEM_SPLIT.split(text):
            at = text.find(part, offset)
            offset = at + len(part)
            part = part.strip()
            if not part or not _opens_title_text(part):
                return []
            span = doc.char_span(start_char + at, start_char + at + len(part),
                                 alignment_mode="expand")
            wins.append(_Win(span.start, span.end, True, None))
        return wins if len(wins) == count else []


def _category_end(category: tuple[str, int | None], start: int) -> int:
    return start + len(category[0].split())


def _phrase_at(doc: Doc, i: int, phrases: list[tuple[str, ...]]) -> tuple[str, ...] | None:
    """The longest of ``phrases`` that starts at token ``i``."""
    first = doc[i].lower_
    for phrase in phrases:
        if phrase[0] == first and all(i + n < len(doc) and doc[i + n].lower_ == word
                                      for n, word in enumerate(phrase[1:], start=1)):
            return phrase
    return None


def _year_at(doc: Doc, sentence: Span, i: int) -> int | None:
    """"… terpilih 2022", "… terpilih tahun 2021": the edition year after a category."""
    if i < sentence.end and doc[i].lower_ == "tahun":
        i += 1
    return int(doc[i].text) if i < sentence.end and YEAR.match(doc[i].text) else None


def _is_word(token) -> bool:
    """A word of a category: "Vokal", "non-film", "Duo/Grup" (the slash may be a token)."""
    return token.is_alpha or token.text == "/" or bool(_SLASHED.match(token.text))


def _title_token(token, words: _Words) -> bool:
    text = token.text
    return text[:1].isupper() or text[:1].isdigit() or text in _TITLE_MARKS or \
        token.lower_ in words.title_inner_words


def _opens_title(token) -> bool:
    return token.text[:1].isupper() or token.text[:1].isdigit()


def _opens_title_text(text: str) -> bool:
    return text[:1].isupper() or text[:1].isdigit()


def _looks_like_name(span: Span, not_winners: set[str]) -> bool:
    """A person's name: one to five capitalised words, not opening with a pronoun or a body."""
    tokens = list(span)
    return 0 < len(tokens) <= 5 and all(t.text[:1].isupper() and t.is_alpha for t in tokens) and \
        tokens[0].lower_ not in not_winners

"""Layer 3: the document. Frames become award drafts: the award in force (the first named
award, replaced when another is named; "penghargaan tersebut/serupa/yang sama" refers to it),
the recipients referred back to ("Kota tersebut", "Keduanya"), the award's year (stated for
the award over the handover's; never a background year), its grade and category.

The handover (date, place, receiving official) and the giver are filled afterwards by
``handover.py`` from the frame's sentence and the sentences tied to it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import cached_property
from itertools import islice

from spacy.tokens import Doc, Span

from ..models import Entity, Evidence
from .drafts import ACTOR_LABELS, BODY_LABELS, ITEM_SPLIT, JOINS, NAME_JOINS, AwardDraft, Context
from .frames import _DEMONSTRATIVES, Frame, tells_history
from .givers import after_a_winners_name, after_other_gift
from .items import GRADE_LETTERS, Item, credited_names, grade_label, rank_text
from .lexicon import Lexicon
from .mentions import Mention, proper_names
from .referents import REFERRED_KINDS, capitalised_award_heads, counted_kinds, counted_subject, last_of_kind, lasts_of_kind, subject_kinds
from .naming import GENERIC_HEADS, _expand_abbreviations, article_abbreviations, is_rank_word
from .tokens import text_of, token_table


_CODE_WORD = re.compile(r"^[A-Z]+\d+[A-Z]?$")  # "P2", "K3", "B3"
_YEAR = re.compile(r"^(19[5-9]\d|20\d\d)$")
_CATEGORY_STOP = {"yang", "dengan", "dari", "untuk", "oleh", "pada", "sebagai", "adalah", "yaitu", "yakni",
                  "ialah", "antara", "diantaranya", "meliputi", "kepada", "bagi", "di", "ini", "itu",
                  "tersebut", "ada", "juga", "diraih", "disabet", "dimenangkan", "jatuh", "berhasil",
                  "meraih", "menerima", "mendapat", "mendapatkan", "pemenangnya", "pemenang", "penerima",
                  "sebelum", "setelah", "sesudah", "karena", "sehingga", "namun", "sejak",
                  "lewat", "via", "berkat"}  # (what it was won with: "kategori K lewat program X")
_TRAILING = re.compile(r"(\s+(?:Tahun|dan|Tingkat))+$")
# "Hasil Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik Tahun 2023": an assessment by name
_ASSESSMENT = re.compile(r"\b((?:Penilaian|Evaluasi|Pemeringkatan|Survei|Pengukuran)"
                         r"(?:\s+(?:[A-Z][\w'’-]*|dan|\([A-Z][\w-]*\)))+)")
# else a named index that ranks or grades ("Indeks Kota Toleran (IKT) 2024"): two words at least
_INDEX = re.compile(r"\b(Indeks(?:\s+[A-Z][\w'’-]*){2,}(?:\s+\([A-Z][\w-]*\))?)")


_PERSONAL_PRONOUNS = {"ia", "dia", "beliau"}
_CONTRAST_WORDS = {"sedangkan", "sementara", "namun", "tetapi", "adapun"}
_OPEN_QUOTES = {"“", '"', "‘"}
_CLOSE_QUOTES = {"”", '"', "’"}
_ORGANISERS = {"panitia", "penyelenggara", "juri"}  # who give a ceremony's own extra awards


@dataclass
class Named:
    """An award as a clause names it."""

    name: str
    span: tuple[int, int]  # char offsets
    end: int  # token after the name
    category: str | None = None
    grade: str | None = None
    sentence: Span | None = None
    year: int | None = None


def award_in(rel, doc: Doc, sentence: Span, mentions: list[Mention], start: int, end: int) -> Named | None:
    """The first award named between tokens ``start`` and ``end`` of a sentence."""
    abbreviations = article_abbreviations(doc)
    persons = [(m.start, m.end) for m in mentions if m.label == "PERSON"]
    # an award head inside a giver's name (a body named for what it accredits or awards) opens no award
    inside = [(m.start, m.end) for m in mentions if m.label == "GIVER"]
    heads = [m for m in mentions if m.label == "AWARD_HEAD" and start <= m.start < end]
    graded = {i for m in mentions if m.label in ("GRADE", "CATEGORY") for i in range(m.start, m.end)}
    predicate = None  # "predikat Emas pada Anugerah X": the predicate told before the award it is of
    for head in heads:
        if any(a <= head.start < b for a, b in persons) or any(a < head.start < b for a, b in inside):
            continue  # "Menteri X Ayu Bintang Lestari": a name, not a "Bintang"
        told = _predicate_at(doc, head.start, sentence.end, graded)
        if told is not None and told[1] < sentence.end and doc[told[1]].lower_ in _PREDICATE_LINKS and \
                any(h.start == told[1] + 1 and doc[h.start].text[:1].isupper() for h in heads):
            predicate = told[0]
            continue
        named = rel._award_name(doc, head, sentence)
        if named is None:
            continue
        first, last = named
        if any(m.start == first and m.end == last and (m.label == "COMPANY" or m.rule == "other-name")
               for m in mentions):
            continue  # "trofi KAI": the company's trophy, no award's name
        holder = head.end if first == head.start else first  # (a lower-case head stays out of the name)
        copy = head.text.lower() in rel.rules.awards.get("copy_heads", ())
        owner = head.text.lower() in rel.rules.awards.get("owner_heads", ())  # (not "Penghargaan Kota X": a title)
        if (copy or owner) and holder < last and (
                any(m.start == holder and m.end == last and m.label in (BODY_LABELS if copy else ("REGION",))
                    for m in mentions) or
                copy and last == holder + 1 and f"({doc[holder].text})" in token_table(doc).doc_text):
            continue  # "Piagam Musi Banyuasin", "trofi Bankaltimtara" (a name given in brackets): its holder's copy
        superlatives = Lexicon.from_rules(rel.rules).superlatives
        if doc[last - 1].lower_ in superlatives and head.text.lower() in ("gelar", "predikat"):
            continue  # "meraih gelar Penata Musik Terbaik", "predikat Bank Terbaik jatuh kepada X": a title won
        split = next((j for j in range(first + 1, last - 1) if doc[j].lower_ == "untuk"), None)
        titled_after = None
        if split is not None and doc[last - 1].lower_ in superlatives and doc[split + 1].text[:1].isupper():
            # "Piala Layar Emas untuk Pemeran Utama Pria Terbaik": the award, then the category
            titled_after, last = doc[split + 1:last].text, split
        if first >= 2 and doc[first - 1].text == "/" and doc[first - 2].text[:1].isupper():
            first -= 2  # "Kabupaten/Kota Layak Anak"
        if head.text.lower() in rel.graded_by_quality and any(
                c.label == "GRADE" and c.start <= head.start and last <= c.end for c in mentions):
            first, last = head.start, head.end  # "meraih akreditasi Unggul": the kind itself, graded
        elif _only_grades(doc, first, last, mentions, rel):
            continue  # "Penghargaan Predikat Sangat Baik (BB) ini": the grade of an award told before
        if any(c.start <= first and last <= c.end for c in mentions if c.label in ("GRADE", "CATEGORY")):
            if head.text.lower() in GENERIC_HEADS or first != head.start:
                continue  # "predikat BB" is a grade: the award's name is elsewhere
            last = head.end  # "PROPER Hijau": the award, then its category
        tail = next((c for c in mentions if c.label == "CATEGORY" and first < c.start < last
                     and c.end == last), None)
        tail_category = rel._category(tail) if tail is not None else None
        if tail_category:
            words = len(tail_category.split())
            if doc[last - words:last].text == tail_category and last - words > first + 1:
                last -= words
        while first + 1 < last and is_rank_word(doc[first].text, rel.rules) and \
                doc[first - 1].lower_ in {"juara", "peringkat", "terbaik"}:
            first += 1  # "meraih juara I Penghargaan X": the rank, then the name
        rank = next((g for g in mentions if g.label == "GRADE" and g.start == first and g.end < last), None)
        kept_head = None
        if rank is not None:  # "Juara I Tenaga Kesehatan Teladan": a rank, then the name
            first = rank.end
            if first + 1 < last and doc[first].lower_ in {"dalam", "pada", "untuk"}:
                first += 1
                if head.text.lower() in rel.kept_heads and head.start == rank.start:
                    kept_head = head.text.capitalize()
        if first >= last:
            continue
        name, category, span = rel._split_name(doc, first, last)
        name = _expand_abbreviations(name, abbreviations)
        name, tier = rel._split_tier(name)
        name = f"{kept_head} {name}" if kept_head else name
        after = _predicate_after(doc, last, sentence.end, graded)  # "<award> 2023 (dengan) predikat Hijau"
        return Named(name, span, last, titled_after or category or tail_category or predicate or after, tier,
                     sentence, _year_after_name(doc, last, sentence.end) or
                     _assessed_year_after(doc, last, sentence.end, rel._assessment_nouns))
    return None


_PREDICATE_LINKS = {"pada", "dalam", "di"}
_FRONTING_PREPOSITIONS = {"dari", "di", "untuk", "bagi", "pada", "dalam"}


def _predicate_at(doc: Doc, k: int, limit: int, graded: set[int]) -> tuple[str, int] | None:
    """"predikat Kinerja Tinggi": a predicate's capitalised value after the lower-case word
    (not a grade or category a pattern knows), and its end; else None."""
    if k + 1 >= limit or doc[k].text != "predikat" or k + 1 in graded:
        return None
    j = k + 1
    while j < limit and j - k <= 4 and doc[j].is_alpha and doc[j].text[:1].isupper() and j not in graded:
        j += 1
    return (doc[k + 1:j].text, j) if j > k + 1 else None


def _predicate_after(doc: Doc, last: int, limit: int, graded: set[int]) -> str | None:
    """The predicate told right after an award's name and year: "… Tahun 2023 predikat Hijau",
    "… dengan predikat Emas"."""
    j = last
    while j < limit and (_YEAR.match(doc[j].text) or doc[j].lower_ in {"tahun", "dengan"}):
        j += 1
    told = _predicate_at(doc, j, limit, graded)
    return told[0] if told is not None and (told[1] >= limit or not doc[told[1]].text[:1].isupper()) else None


def _is_rank(grade: str, rules) -> bool:
    """"Peringkat I", "Juara 2": a place in a ranking."""
    words = grade.split()
    return len(words) == 2 and words[0].lower() in {"peringkat", "juara", "terbaik", "posisi"} and \
        is_rank_word(words[1], rules)


def _only_grades(doc: Doc, first: int, last: int, mentions: list[Mention], rel) -> bool:
    """A name made only of award heads and grade or category words ("predikat A dan BB")."""
    graded = {i for m in mentions if m.label in ("GRADE", "CATEGORY") for i in range(m.start, m.end)}
    words = [t for t in doc[first:last] if t.text[:1].isalnum()]
    specific = {h.lower() for h in rel.rules.awards["heads"]} - GENERIC_HEADS  # "PROPER Emas" is named
    rest = [t for t in words if t.lower_ not in GENERIC_HEADS and t.lower_ not in {"dan", "serta", "atau"}
            and (t.i not in graded or t.lower_ in specific)
            and not (len(t.text) <= 3 and t.text.isupper() and t.text in {"A", "AA", "B", "BB", "C", "CC", "D"})]
    return bool(words) and not rest


def _year_after_name(doc: Doc, end: int, limit: int) -> int | None:
    """"Anugerah Meritokrasi 2023", "APBD Award Tahun 2023": the year written with the name
    (also after its short form in brackets: "Anugerah X (AX) 2023")."""
    if _short_form_at(doc, end, limit):
        end += 3
    for k in range(end, min(limit, end + 3)):
        text = doc[k].text
        if _YEAR.match(text):
            # "Lomba Desa Asri 2023-2024": a season is for the year it ends
            if k + 2 < limit and doc[k + 1].text in {"-", "–", "/"} and _YEAR.match(doc[k + 2].text):
                return int(doc[k + 2].text)
            return int(text)
        if doc[k].lower_ not in {"tahun", "ta", "ke", "periode"}:  # ("KIP periode 2024-2025": the season)
            return None
    return None


def _short_form_at(doc: Doc, k: int, limit: int) -> bool:
    """"(DTU)", "(KLA)": a name's short form in brackets right at token ``k``."""
    return k + 2 < limit and doc[k].text == "(" and doc[k + 2].text == ")" and doc[k + 1].text.isupper()


def _assessed_year_after(doc: Doc, end: int, limit: int, assessed: frozenset) -> int | None:
    """"Anugerah X dalam evaluasi keterbukaan informasi badan publik 2025": the year of the
    assessment the award is named in, told right after its name."""
    if end + 2 >= limit or doc[end].lower_ not in {"dalam", "pada"} or doc[end + 1].lower_ not in assessed:
        return None
    for k in range(end + 2, min(limit, end + 10)):
        if _YEAR.match(doc[k].text):
            return int(doc[k].text)
        if not (doc[k].is_alpha and doc[k].text.islower()):
            return None
    return None


class DocumentAssembler:
    """Turns a document's frames into award drafts."""

    def __init__(self, rel, doc: Doc, sentences: list[Span], by_sentence: list[list[Mention]],
                 context: Context):
        self.rel = rel
        self.doc = doc
        self.sentences = sentences
        self.by_sentence = by_sentence
        self.context = context
        self.index = {s.start: n for n, s in enumerate(sentences)}
        from .lexicon import Lexicon
        self.rel_lexicon = Lexicon.from_rules(rel.rules)
        self.personal_heads = {w.lower() for w in rel.rules.awards.get("personal_heads", [])}
        self.person_words = {w.lower() for w in rel.rules.awards.get("person_words", [])}
        self.personal_titles = {w.lower() for w in rel.rules.awards.get("personal_titles", [])}
        self.category_spans: dict[str, tuple[int, int]] = {}  # chars of each coordinated category
        self.category_credits: dict[str, list[Item]] = {}  # "kategori A untuk Y", "A (Y dan Z)": who won A
        self.told: dict[str, Entity] = {}  # the recipients told so far (bodies, not persons)
        self.persons_told: dict[str, Entity] = {}  # the persons who won so far
        self.conferring: set[int] = set()  # the sentences with a clause that confers an award

    def drafts(self, frames: list[Frame]) -> list[AwardDraft]:
        doc = self.doc
        drafts: list[AwardDraft] = []
        in_force = self._lead_award()
        self.conferring = {f.sentence.start for f in frames if f.confers}
        topic: list[Item] = []
        recent: list[Item] = []  # every recipient told so far, the latest last
        groups: list[list[Item]] = []  # the recipients of each clause, in order ("Keempatnya": a group of four)
        ranking_category: str | None = None  # the category a ranking of recipients is told under
        games_told = False  # a games' overall title named with its games
        after_first = None  # the sentence after the first clause that confers (before it, the lead award rules)
        given_apart: Named | None = None
        for frame in frames:
            n = self.index[frame.sentence.start]
            referring = self._refers_to_last_award(frame) if frame.confers else None
            given = self._given_without_recipient(n - 1, in_force, referring == "cue") \
                if referring and after_first is not None and n - 1 >= after_first else None
            after_first = n + 1 if after_first is None and frame.confers else after_first
            if given is not None:
                in_force = given_apart = given  # "Pemprov X juga memberikan penghargaan Y. Penghargaan
                # diberikan kepada …"
            if frame.for_whom is not None:
                first = self._first_telling(frame)
                if first is None:
                    self._received_for(frame, drafts, recent, groups)
                    continue
                frame.items = [first]  # "Penghargaan X 2024 dari Y untuk Kota Z diterima Wali Kota Z, W"
            topic = self._nearer_subject(frame, topic)
            if not frame.confers:
                topic = frame.items or topic
                if len(frame.items) > 1:  # "X menyerahkan piagam kepada A, B, C, dan D. … Keempatnya meraih …"
                    groups.append(frame.items)
                continue
            sentence = frame.sentence
            mentions = self.by_sentence[self.index[sentence.start]]
            if self._line_denied(frame):
                continue  # not assessed, nothing won
            named = self._value_award(frame, in_force) or self._named(frame, mentions) or \
                self._award_before_intro(frame, in_force) or self._valued(frame, in_force) or \
                self._earlier_title(frame, mentions, in_force) or \
                (self._kind_named(frame, frame.clause[0], frame.trigger) if in_force is None else None)
            special = None
            if self._organisers_own(frame, named, in_force):
                special, named = named.name, None  # a category of the ceremony
            elif named is not None and in_force is not None and \
                    any(d.category and d.category.lower() == named.name.lower() for d in drafts):
                special, named = named.name, None  # "trofi Best CEO": a category told before
            elif named is not None and in_force is not None and self._trophy_of_category(named, frame) and \
                    named.name != in_force.name and named.year in (None, in_force.year):
                # (the article's award itself names no category; one named with another year is another award)
                # "membawa pulang Piala Skenario Terbaik": the ceremony's trophy for a category
                words = named.name.split(" ", 1)
                special, named = words[1] if words[0].lower() in _TROPHIES else named.name, None
            elif named is None and in_force is not None and self._refers_back(frame):
                special = self._organisers_title_before(frame, in_force)  # "… panitia juga memberikan
                # penghargaan X. Gelar itu jatuh kepada Y"
            if named is not None and in_force is not None and named.year in (None, in_force.year) and \
                    self._short_form(named, in_force):
                named = in_force  # "UHC Award" after "Universal Health Coverage (UHC) Award … kategori Utama"
            if named is not None and in_force is not None and named.year is None and \
                    self._same_award(named, in_force):
                named.year = in_force.year  # the award told again: the year it is for stays
                if self._refers_back(frame):
                    named = in_force  # "Penghargaan itu diserahkan pada Malam Penganugerahan <award>"
            earlier = in_force is not None and in_force.year is not None and bool(frame.years) and \
                all(y is not None and y < in_force.year for y in frame.years)
            if named is not None and not frame.history and frame.value is None and not earlier:
                in_force = named  # (a line's value names its own line's award only; "Pada 2023, ia menjadi
                # juara lomba tingkat kabupaten": an earlier year's award told in passing)
            games = self._sport_title(frame, in_force is not None or games_told) if named is None else None
            named = named or games  # (only for its own clause: places are no awards)
            games_told = games_told or games is not None
            if named is None and in_force is None:
                named = self._program_named(frame) or self._edition_titled(frame)
                in_force = in_force or named
            award = named or in_force or self._reference(frame, mentions) or self._assessment(frame) or \
                self._award_told_after(frame) or (self._first_award if not games_told else None) or \
                self._kind_named(frame)
            if award is None:
                continue
            if frame.history and not frame.years and not frame.previous_year:
                frame.years = self._month_year(frame)  # "Sebelumnya, pada Agustus 2025, kota itu juga meraih …"
            if frame.history and not frame.years and not frame.previous_year and not self._this_year(frame):
                topic = frame.items or topic
                continue  # "Tahun-tahun sebelumnya, … diraih dua kota": no year told, not recorded
            items = frame.items or self._top_told(frame, frames) or self._typed_referent(frame) or \
                self._referred(frame, topic, recent, groups) or self._listed_before(frame)
            items = [i for i in items if not self._bracket_denies(i) and not i.extra.get("unawarded")]
            # ("5. Alor (belum dinilai)"; a line or row whose predicate cell is empty)
            if named is None and not frame.items and items and self._same_referred(frame):
                # "Kedua puskesmas tersebut juga meraih penghargaan yang sama tahun lalu": the award
                # those it refers to received, not the one told last of others
                award = self._award_of(items, drafts) or award
            if not items:
                continue
            if frame.rule == "receive" and not self._personal(award) and not self._personal_title(frame, mentions):
                # "Bupati Luwu, Dr. Basmin Mattayang menerima Swasti Saba": the regency receives
                items = [self._representative(i, heads_only=True) for i in items]
            told = {d.recipient.entity.name for d in drafts}
            grade, category, label = self._heading(frame, mentions, award)
            if grade is None and frame.group_grade is not None:  # "Kesemuanya meraih predikat B." over the lines
                grade = self._group_grade(frame.group_grade)
            if frame.value is not None:  # "- Kota X: BB", "PT Y: Hijau": the line's value
                value, value_grade = self._value_parts(frame)
                bracketed = value_grade is not None and value != value_grade  # "X (Utama)": X, graded Utama
                grade = value_grade or grade
                labelled = _LABELLED_GRADE.match(value)
                if labelled and not GRADE_LETTERS.match(value):  # "Kabupaten X – B (Baik), nilai 62,75"
                    grade, category = labelled.group(1), labelled.group(2).strip()
                elif named is not None and named.end > frame.value[0]:
                    category = category or named.category  # "X – Piala Adipura (Kota Sedang)": the award and its class
                elif not (grade and not bracketed or len(value.split()) > 4 or value.lower() in award.name.lower()):
                    category = category or value  # (not "WTP" under "opini WTP": the award itself)
            if frame.rule in ("given", "passive"):
                converted = [self._representative(i) for i in items]
                if self._personal(award) or self._individual(frame, category):
                    # a head of government receives such an honour himself,
                    converted = [c if c.entity.name in told else i for c, i in zip(converted, items)]
                items = converted
                if self.doc[frame.trigger].lower_ == "diterima" and topic and not self._own_category(frame, mentions):
                    # "diterima oleh Direktur Utama, X, Direktur Operasi, Y": who received it for
                    # whom (not "Penghargaan kedua diterima Y untuk kategori Z": another winner)
                    items = [i for i in items if i.entity.type not in ("person", "other")]
                won = frame.rule == "passive" and self.doc[frame.trigger].lower_ not in _HANDED
                if (frame.rule == "passive" or topic) and not (
                        won and (special is not None or category is not None or self._personal(award))):
                    # "diterima oleh Sekda X, Y": an official receives for a recipient told before
                    # (not "Kategori A diraih Kepala Desa X, Y": the category's winner)
                    items = [i for i in items if not (i.rule == "person" and i.mention is not None and
                                                      "title" in i.mention.extra and
                                                      not i.mention.extra["title"].rule.startswith("role:"))]
                if not items:
                    continue
            if category is not None and category.lower() in _ORDER_WORDS:
                category = self._category_told_after(frame) or category
            category = special or category
            ranked = bool(items) and all(i.rank for i in items)
            if ranked and category is None and named is None:
                category = ranking_category  # "Di posisi kedua, X …": the ranking goes on under its heading
            ranking_category = category if ranked else None
            if named is not None and named is in_force:  # told again later ("penghargaan yang
                # sama"): the same grade and category; a rank is its recipient's own, not the award's
                named.grade = named.grade or (None if grade and _is_rank(grade, self.rel.rules) else grade)
                named.category = named.category or category
            category = category or label
            if named is None and (award is in_force or in_force is None) and self._same_referred(frame):
                # "predikat yang sama": the one told last, else the award's own, over any other
                # grade in the sentence ("…, setelah bertahan di tingkat Madya")
                told = next((d for d in reversed(drafts) if not d.rule.startswith("history:")), None)  # (not an
                # earlier year's: "Tahun lalu, X masih berada pada predikat B")
                own = {i.entity.name for i in items if i.entity is not None}
                told = next((d for d in reversed(drafts) if d.recipient.entity is not None and
                             d.recipient.entity.name in own), told)  # "Pada 2024, X juga meraih penghargaan
                # yang sama": the award X itself was told winning, in its own class
                told_grade = told.grade if told is not None and not _is_rank(told.grade or "", self.rel.rules) else None
                grade = told_grade or award.grade or grade
                category = category or (told.category if told is not None else None) or award.category
            years = self._frame_years(frame, award, in_force)
            if frame.years and not frame.history and named is not None and \
                    not (self.context.year_labelled and max(years) < self.context.year) and \
                    not self._fronted_earlier(frame, years[0]):
                # the award named with its year is for that year from now on (not a year before the
                # one the article labels: "… LKPD Tahun Anggaran 2024 …. Pada LKPD Tahun Anggaran
                # 2022, X masih memperoleh opini WTP")
                award.year = years[0]
            categories = frame.categories or (None if all(i.category for i in items) else
                                              self._coordinated_categories(frame, mentions)) or [None]
            if named is not None and all(c and self._names_an_award(c) for c in categories):
                categories = [None]  # "meraih dua penghargaan, yakni Anugerah A dan Piala B": awards, not classes
            respective = self._respective_categories(frame, items, categories)
            if respective:  # "A dan B meraih X, masing-masing untuk kategori K dan L": K is A's, L is B's
                for item, told in zip(items, respective):
                    item.category = told
                categories = [None]
            # (members told with their own class each: "B untuk kategori K dan C untuk kategori L")
            items = [c for i in items for c in i.extra.get("credited", [i])]  # a song goes to its credited creator
            made_from = len(drafts)
            for listed in items:
                for year, won in ((y, c) for y in years for c in categories):
                    for item in self.category_credits.get(won, [listed]):  # credits: the people named for it
                        draft = AwardDraft(sentence, _as_mention(doc, item), award.name, award.span,
                                           f"frame:{frame.rule}")
                        draft.name_end = award.end
                        draft.year = year
                        draft.grade = item.grade or (rank_text(item.rank, item.rank_word) if item.rank else None) or grade \
                            or (award.grade if special is None else None)
                        # the award named in the clause says its category; one told before yields to the clause's
                        # (a category the name itself ends in yields to one the clause names:
                        # "Penghargaan Tenaga Kesehatan Teladan 2024 kategori Bidan Teladan")
                        own = award.category and not (award.name or "").endswith(award.category)
                        draft.category = won or item.category or (
                            (award.category or category) if frame.rule == "receive" and named is not None and own
                            else (category or award.category))
                        if won in self.category_spans:
                            draft.score_span = self.category_spans[won]
                        # told without a year: none in the clause, nor with the award it names
                        draft.implicit = not frame.years and not frame.previous_year and \
                            not (named is not None and named.year)
                        draft.dated_by_article = draft.implicit and not award.year and \
                            not (in_force is not None and in_force.year)
                        draft.told = bool(frame.items)  # its recipients named, not referred to
                        draft.given_apart = award is given_apart
                        draft.contingent = games is not None and award is games
                        draft.giver = frame.giver or self._giver(frame, mentions)
                        draft.extra_recipients = [_as_mention(doc, i) for i in items]
                        draft.received_by = item.extra.get("received_by")
                        if frame.history or (len(years) > 1) or self._fronted_earlier(frame, year):
                            draft.rule = "history:" + draft.rule
                        # a recipient referred back to is cited where it was named
                        draft.evidence.append(Evidence(self.context.article_id, text_of(self._sentence_of(item.start)),
                                                       doc[item.start].idx,
                                                       doc[item.end - 1].idx + len(doc[item.end - 1].text),
                                                       f"award:{frame.rule}"))
                        drafts.append(draft)
            if named is not None and frame.rule == "receive" and categories == [None]:
                # "X meraih Anugerah A 2025 dan Penghargaan B 2025": each award named after the verb
                for other in self._coordinated_awards(frame, mentions, named):
                    drafts += [replace(d, name=other.name, name_span=other.span, name_end=other.end,
                                       category=other.category, grade=d.grade if not award.grade else other.grade,
                                       year=other.year or d.year, evidence=list(d.evidence))
                               for d in drafts[made_from:] if d.name == named.name]
            for entity in (d.recipient.entity for d in drafts if d.recipient.entity is not None):
                (self.persons_told if entity.type == "person" else self.told)[entity.name] = entity
            if frame.items:
                topic = frame.items
                recent = [i for i in recent if i.entity.name not in {x.entity.name for x in frame.items}]
                recent += frame.items
                groups.append(frame.items)
        self._categories_told_after(drafts)
        _adopt_stated_years(drafts)
        return drafts

    def _class_named_after(self, sentence: Span) -> str | None:
        """"Adapun kategori yang diraih adalah Pengelolaan Sampah.": the capitalised words after
        the opener that follows "kategori yang <verb>", to the end of the sentence."""
        doc = self.doc
        opener = next((j for j in range(sentence.start, sentence.end - 1)
                       if doc[j].lower_ in {"adalah", "yaitu", "yakni", "ialah"}), None)
        if opener is None or not any(doc[j].lower_ == "kategori" and doc[j + 1].lower_ == "yang"
                                     for j in range(sentence.start, opener - 1)):
            return None
        words = doc[opener + 1:sentence.end].text.rstrip(" .")
        return words if words[:1].isupper() and all(w[:1].isupper() or w in {"dan", "&", "/"}
                                                    for w in words.split()) else None

    def _categories_told_after(self, drafts: list[AwardDraft]) -> None:
        """"X meraih Penghargaan Y 2024. Penghargaan tersebut diberikan untuk kategori K.", "Adapun
        kategori yang diraih adalah K": a sentence that refers to the award told last, naming no
        recipient, tells the category of that award's records which have none."""
        lower, nouns = token_table(self.doc).lower, self.rel_lexicon.award_nouns.words
        by_sentence = {}
        for d in drafts:
            by_sentence.setdefault(d.sentence.start, []).append(d)
        last: list[AwardDraft] = []
        for sentence, mentions in zip(self.sentences, self.by_sentence):
            if sentence.start in by_sentence:
                last = by_sentence[sentence.start]
                continue
            if not last or any(d.category for d in last) or len({d.name for d in last}) != 1:
                continue
            words = lower[sentence.start:min(sentence.end, sentence.start + 4)]
            refers = any(a in nouns and b in _DEMONSTRATIVES for a, b in zip(words, words[1:])) or \
                any(a == "kategori" and b == "yang" for a, b in zip(words, words[1:]))
            if not refers:
                continue
            told = sorted((m for m in mentions if m.label == "CATEGORY" and lower[m.start] == "kategori"
                           and m.end - m.start > 1), key=lambda m: m.start - m.end)  # (the longest first)
            opens = next((j for j in range(sentence.start, sentence.end) if lower[j] == "kategori"), sentence.end)
            if len({m.start for m in told}) > 1 or \
                    any(m.label in ACTOR_LABELS and m.start < opens for m in mentions):
                continue  # (a body named before the class is another winner's clause)
            category = self._category_at(told[0]) if told else self._class_named_after(sentence)
            if not category or not category[:1].isupper():
                continue  # (a class's own name, not "kategori tingkatan …")
            for d in last:
                d.category = category
            last = []

    # -- the award ----------------------------------------------------------------------

    @cached_property
    def _head_words(self) -> frozenset:
        """The words that open an award's name (awards.json ``heads``), read once per document."""
        return frozenset(h.split()[0] for h in self.rel.rules.awards["heads"])

    def _names_an_award(self, text: str) -> bool:
        """"Anugerah Tata Kota 2025", "Piala Adipura": words that open with a capitalised award head."""
        return text.split(" ", 1)[0] in self._head_words

    def _coordinated_awards(self, frame: Frame, mentions: list[Mention], named: Named) -> list[Named]:
        """Awards joined to the one a receive verb names ("meraih Anugerah A 2025 dan Piala B",
        "…, yakni A dan B"): each one named right after a join, in the same clause."""
        doc, found, end = self.doc, [], named.end
        while end < frame.clause[1]:
            k = end
            while k < frame.clause[1] and (_YEAR.match(doc[k].text) or doc[k].lower_ in {"tahun", "ta"}):
                k += 1  # the year told with the award before
            if k >= frame.clause[1] or doc[k].lower_ not in NAME_JOINS:  # ("meraih A dan B")
                break
            head = next((m for m in mentions if m.label == "AWARD_HEAD" and m.start == k + 1 and
                         doc[m.start].text[:1].isupper()), None)
            other = award_in(self.rel, doc, frame.sentence, mentions, k + 1, frame.clause[1]) if head else None
            if other is None or other.name == named.name or any(o.name == other.name for o in found):
                break
            found.append(other)
            end = other.end
        return found

    def _named(self, frame: Frame, mentions: list[Mention]) -> Named | None:
        if frame.award_sentence is not None:  # a list line: the award its heading names
            s = frame.award_sentence
            named = award_in(self.rel, self.doc, s, self.by_sentence[self.index[s.start]], s.start, s.end)
            if named is not None and named.name.isupper():
                return None  # "DAFTAR OPD … – KI AWARD 2025": the award told before, in capitals
            return named
        if frame.award is None:
            return None
        start, end = frame.award
        if frame.rule == "receive":
            return award_in(self.rel, self.doc, frame.sentence, mentions, start, end)
        if frame.rule == "given":
            named = award_in(self.rel, self.doc, frame.sentence, mentions, start, end) or \
                award_in(self.rel, self.doc, frame.sentence, mentions, frame.trigger, frame.clause[1])
            if named is not None:
                return named
            object_end = max(end, frame.items[0].start if frame.items else end)  # "diberikan X kepada"
            for head in (m for m in mentions if m.label == "AWARD_HEAD" and start <= m.start < object_end):
                given = self.rel._given_name(self.doc, frame.sentence, head)
                if given is not None:  # "diberikan pula penghargaan khusus penjaga mangrove kepada …"
                    first, last = given
                    if all(t.lower_ in ("ini", "itu", "tersebut") for t in self.doc[first + 1:last]):
                        continue  # "Penghargaan itu diserahkan …": the award told before
                    text = self.doc[first:last].text
                    span = (self.doc[first].idx, self.doc[last - 1].idx + len(self.doc[last - 1].text))
                    return Named(text[:1].upper() + text[1:], span, last, sentence=frame.sentence)
        # a heading or subject before the trigger, else the rest of the clause
        return award_in(self.rel, self.doc, frame.sentence, mentions, start, end) or \
            award_in(self.rel, self.doc, frame.sentence, mentions, frame.trigger, frame.clause[1])

    @staticmethod
    def _own_category(frame: Frame, mentions: list[Mention]) -> bool:
        """"… diterima Y untuk kategori Z", "Untuk kategori Z, penghargaan diterima Y": the receiver
        comes with a category of its own (after it, or fronted in its clause)."""
        after = frame.items[-1].attributes_end if frame.items else frame.clause[1]
        return any(i.category for i in frame.items) or \
            any(m.label == "CATEGORY" and (after <= m.start < frame.clause[1] or
                                           frame.clause[0] <= m.start < frame.trigger) for m in mentions)

    def _award_before_intro(self, frame: Frame, in_force: Named | None) -> Named | None:
        """"Enam LHP memuat opini WTP. Lima di antaranya diberikan kepada: 1. …": list lines whose
        introduction names no award list another award the sentence right before it names (in no
        clause that confers it), over the one in force. (A line break between them does not
        matter: news sites often give each sentence a paragraph of its own.)"""
        intro = frame.award_sentence
        n = self.index[intro.start] if intro is not None else 0
        if n == 0:
            return None
        before = self.sentences[n - 1]
        if before.start in self.conferring or self._names_the_head_of(intro, in_force):
            return None
        named = award_in(self.rel, self.doc, before, self.by_sentence[n - 1], before.start, before.end)
        return None if named is None or in_force is not None and self._same_award(named, in_force) else named

    def _names_the_head_of(self, span: Span, award: Named | None) -> bool:
        """"… penerima anugerah, yaitu:" after "Anugerah X" was told: an award noun standing alone,
        the head the award in force opens with, refers to that award."""
        if award is None:
            return False
        head = award.name.split(" ", 1)[0].lower()
        if head not in self.rel_lexicon.award_nouns.words:
            return False
        table = token_table(self.doc)
        return any(table.lower[j] == head and table.text[j] == head and
                   not (j + 1 < len(table.text) and table.text[j + 1][:1].isupper())
                   for j in range(span.start, span.end))

    def _fronted_earlier(self, frame: Frame, year: int | None) -> bool:
        """"Pada 2023, X juga meraih …" in an article of 2025: a time set before the clause, earlier
        than the article's year, tells another (an earlier) award."""
        lo = frame.clause[0]
        if year is None or self.context.year is None or year >= self.context.year:
            return False
        if frame.trigger >= 2 and self.doc[frame.trigger - 1].lower_ == "yang" and self.doc[frame.trigger - 2].text == ",":
            return True  # "X, yang mengantongi predikat WBK pada 2023, tahun ini …": told in passing
        if self.doc[lo].lower_ != "pada":
            return False
        # ("Pada monev 2024, …", "Pada penilaian tahun 2023, …": a few words may name the time)
        for k in range(lo + 1, min(lo + 5, frame.trigger - 1)):
            if _YEAR.match(self.doc[k].text):
                return self.doc[k + 1].text == ","
            if not self.doc[k].is_alpha:
                return False
        return False

    def _month_year(self, frame: Frame) -> list[int]:
        """The year of a month told before the verb of an earlier award's clause ("pada Agustus 2025")."""
        months = self.rel_lexicon.months
        lo, hi = frame.clause[0], frame.trigger
        return [int(self.doc[j + 1].text) for j in range(lo, hi - 1)
                if self.doc[j].lower_ in months and _YEAR.match(self.doc[j + 1].text)][:1]

    def _first_telling(self, frame: Frame) -> Item | None:
        """"Penghargaan X 2024 dari Y untuk Kota Z diterima Wali Kota Z, W": the award named before
        "untuk" is the first told of a recipient named after it; its receiver received it."""
        lo, hi = frame.for_whom
        mentions = self.by_sentence[self.index[frame.sentence.start]]
        actor = next((m for m in mentions if m.start == lo and m.entity is not None and
                      m.label in ACTOR_LABELS), None)
        persons = [i for i in frame.receivers if i.entity.type == "person"]
        if actor is None or actor.entity.name in self.told or not persons or \
                any(t.lower_ in _DEMONSTRATIVES for t in self.doc[frame.clause[0]:lo]):
            return None
        named = award_in(self.rel, self.doc, frame.sentence, mentions, frame.clause[0], lo)
        if named is None or named.end > lo - 1 or named.name.split()[0].lower() in self.rel.rules.awards.get("copy_heads", ()):
            return None
        item = Item(actor.start, actor.end, actor.entity, f"mention:{actor.label}", actor)
        item.extra["received_by"] = persons[0].entity.name
        return item

    def _received_for(self, frame: Frame, drafts: list[AwardDraft], recent: list[Item],
                      groups: list[list[Item]]) -> None:
        """"Trofi untuk X diterima Ketua Y", "Piala bagi keempat kabupaten itu diterima masing-masing
        oleh A, B, C, dan D", "Penghargaan untuk puskesmas tersebut diterima Kepala TU, Z": who
        received the award for the recipients named or referred to after "untuk/bagi"."""
        persons = [i for i in frame.receivers if i.entity.type == "person"]
        if not persons:
            return
        lo, hi = frame.for_whom
        mentions = self.by_sentence[self.index[frame.sentence.start]]
        named = [m.entity.name for m in mentions if lo <= m.start < hi and m.entity is not None and
                 m.label in BODY_LABELS]
        count = counted_subject(self.doc, lo, hi)
        told = list(dict.fromkeys(i.entity.name for i in recent if i.entity.type != "person"))
        if named:
            whom = named[-1:]
        elif count:
            # "bagi keduanya": the last clause's recipients that many, else the last told
            counted = next((g for g in reversed(groups) if len({i.entity.name for i in g}) == count
                            and all(i.entity.type != "person" for i in g)), None)
            whom = list(dict.fromkeys(i.entity.name for i in counted)) if counted is not None else \
                told[-count:] if len(told) >= count else []
        else:
            kinds = subject_kinds(self.doc, lo, hi)
            found = last_of_kind(self.doc, self.by_sentence, self.index[frame.sentence.start], kinds,
                                 set(self.told)) if kinds else None
            whom = [found.entity.name] if found is not None else []
        respective = len(persons) == len(whom) > 1
        for n, name in enumerate(whom):
            person = persons[n] if respective else persons[0]
            for draft in reversed(drafts):
                if draft.recipient.entity is not None and draft.recipient.entity.name == name:
                    if draft.received_by is None and not draft.rule.startswith("history:"):
                        draft.received_by = person.entity.name
                    break

    def _negated_at(self, k: int) -> bool:
        """Token ``k`` is a negation ("belum dinilai", "tidak mengikuti")."""
        return k < len(self.doc) and self.doc[k].lower_ in self.rel_lexicon.negation

    def _line_denied(self, frame: Frame) -> bool:
        """A line whose value or label opens with a negation ("| X | belum dinilai |", "Belum dinilai: X")."""
        return frame.value is not None and frame.value[0] < frame.value[1] and self._negated_at(frame.value[0]) or \
            frame.extra_label is not None and self._negated_at(frame.extra_label[0])

    def _bracket_denies(self, item: Item) -> bool:
        """A bracket right after the item that opens with a negation ("(belum dinilai)")."""
        return item.end < len(self.doc) and self.doc[item.end].text == "(" and self._negated_at(item.end + 1)

    def _value_text(self, frame: Frame) -> str:
        lo, hi = frame.value
        return self.doc[lo:hi].text.strip().strip(" .;")

    def _value_parts(self, frame: Frame) -> tuple[str, str | None]:
        """A line's value without the grade bracketed after it, and its grade: "- Kota X: BB",
        "RSUD Y: Madya" (the value is the grade); "Kota Z: Penghargaan W (Utama)" (the grade in
        brackets after what it was received in)."""
        value = self._value_text(frame)
        bracket = _BRACKET_AT_END.match(value)
        if bracket and self._is_grade(bracket.group(2)):
            return bracket.group(1), bracket.group(2)
        return value, value if value and self._is_grade(value) else None

    def _is_grade(self, text: str) -> bool:
        return bool(GRADE_LETTERS.match(text)) or text in self.rel.tiers

    def _value_award(self, frame: Frame, in_force: Named | None) -> Named | None:
        """"1. Kota X – Piala Adipura (Kota Sedang)": a line's value that names an award, with
        its class in brackets."""
        if frame.value is None:
            return None
        lo, hi = frame.value
        named = award_in(self.rel, self.doc, frame.sentence, self.by_sentence[self.index[frame.sentence.start]], lo, hi)
        if named is None:
            return None
        close = next((j for j in range(named.end + 1, hi) if self.doc[j].text == ")"), None)
        if close is not None and self.doc[named.end].text == "(" and \
                not self._is_grade(self.doc[named.end + 1:close].text):  # (no bracket at the document's end)
            named.category = named.category or self.doc[named.end + 1:close].text
        named.year = named.year or (in_force.year if in_force is not None else None)
        return named

    def _valued(self, frame: Frame, in_force: Named | None) -> Named | None:
        """"- Kabupaten X: WDP" under "opini WTP": a line's value names another award of the kind
        in force, when the kind's head stays part of its names ("Opini …", "Predikat …"); with no
        award in force, the value is the award."""
        if frame.value is None or self._value_parts(frame)[1]:
            return None
        lo, hi = frame.value
        if any(m.label == "CATEGORY" and m.start == lo for m in self.by_sentence[self.index[frame.sentence.start]]):
            return None  # "- Polres X: 81,20 (Zona Hijau)": a class, no award of its own
        value = self._value_parts(frame)[0]
        span = (self.doc[lo].idx, self.doc[hi - 1].idx + len(self.doc[hi - 1].text))
        if not value:
            return None
        if in_force is None:
            return Named(_expand_abbreviations(value, article_abbreviations(self.doc)), span, hi,
                         sentence=frame.sentence)
        head = in_force.name.split()[0]
        if head.lower() not in self.rel.kept_heads:
            return None
        name = _expand_abbreviations(f"{head} {value}", article_abbreviations(self.doc))
        if name == in_force.name:
            return None
        return Named(name, span, hi, sentence=frame.sentence, year=in_force.year)

    def _organisers_own(self, frame: Frame, named: Named | None, in_force: Named | None) -> bool:
        """"Selain kategori reguler, panitia juga memberikan Penghargaan X kepada Y": an award the
        ceremony's organisers give beside its categories is one more category of it."""
        if frame.rule != "given" or named is None or in_force is None or named is in_force or \
                self._same_award(named, in_force):
            return False
        lower = [t.lower_ for t in self.doc[frame.clause[0]:frame.trigger]]
        return any(w in _ORGANISERS for w in lower)

    def _award_of(self, items: list[Item], drafts: list[AwardDraft]) -> Named | None:
        """The one award all ``items`` received so far (of this year), with its grade and class, or None."""
        names = {i.entity.name for i in items if i.entity is not None}
        own = [d for d in drafts if d.recipient.entity is not None and d.recipient.entity.name in names
               and not d.rule.startswith("history:")]
        if not own or {d.recipient.entity.name for d in own} != names or len({d.name for d in own}) != 1:
            return None
        first = own[0]
        grade = first.grade if first.grade and not _is_rank(first.grade, self.rel.rules) else None
        return Named(first.name, first.name_span, first.name_end, category=first.category, grade=grade,
                     year=first.year, sentence=first.sentence)

    def _same_referred(self, frame: Frame) -> bool:
        """"penghargaan yang sama", "predikat serupa": the award told before, as it was."""
        lower = [t.lower_ for t in frame.sentence]
        # the award or its grade is what is the same ("evaluasi yang sama" is only the occasion)
        return any(lower[j] in self.rel_lexicon.award_nouns.words and
                   (lower[j + 1:j + 3] == ["yang", "sama"] or lower[j + 1:j + 2] == ["serupa"])
                   for j in range(len(lower) - 1))

    def _same_award(self, a: Named, b: Named) -> bool:
        kind = self.rel._kind(a.name, a.category)
        return a.name == b.name or (kind is not None and kind == self.rel._kind(b.name, b.category))

    def _this_year(self, frame: Frame) -> bool:
        """"… lebih dulu menjuarai … pada Mei lalu": a month told without a year is this year's."""
        months = self.rel_lexicon.months
        lower = [t.lower_ for t in self.doc[frame.clause[0]:frame.clause[1]]]
        return any(w in months and (n + 1 < len(lower) and lower[n + 1] in {"lalu", "ini"})
                   for n, w in enumerate(lower))

    def _organisers_title_before(self, frame: Frame, in_force: Named) -> str | None:
        """The award the organisers gave in the sentence before, when it is not the award in
        force: one more category of the ceremony."""
        n = self.index[frame.sentence.start]
        if n == 0:
            return None
        before, mentions = self.sentences[n - 1], self.by_sentence[n - 1]
        if not any(t.lower_ in _ORGANISERS for t in before):
            return None
        named = award_in(self.rel, self.doc, before, mentions, before.start, before.end)
        if named is None or self._same_award(named, in_force):
            return None
        return named.name

    def _sport_title(self, frame: Frame, award_told: bool) -> Named | None:
        """"meraih juara umum pada Pekan Olahraga Provinsi (Porprov) X": a games' overall title is
        an award named by the title and the games."""
        doc, lex = self.doc, self.rel_lexicon
        lower = tuple(t.lower_ for t in doc[frame.clause[0]:frame.clause[1]])
        at = next((j for j in range(len(lower)) if lex.sport_titles.at(lower, j) is not None), None)
        if at is None:
            return None
        title_end = k = frame.clause[0] + lex.sport_titles.at(lower, at)
        if k < frame.clause[1] and doc[k].lower_ in {"pada", "di", "dalam", "ajang"}:
            k += 1
        end = self._event_end(k, frame.clause[1])
        if end - k < 2:  # "Pada Porprov XI Tahun 2022, …, gelar juara umum direbut X": told before it
            k = next((j + 1 for j in range(frame.sentence.start, frame.clause[0] + at)
                      if doc[j].lower_ in {"pada", "di", "dalam"} and self._event_end(j + 1, frame.sentence.end) - j > 2),
                     None)
            if k is None:
                return None if award_told else self._games_told_before(frame, at, title_end)
            end = self._event_end(k, frame.sentence.end)
        title = " ".join(w.capitalize() for w in doc[frame.clause[0] + at:title_end].text.split())
        event = doc[k:end].text
        return Named(f"{title} {event}", (doc[k].idx, doc[end - 1].idx + len(doc[end - 1].text)), end,
                     sentence=frame.sentence, year=_year_after_name(doc, end, frame.clause[1]))

    def _games_told_before(self, frame: Frame, at: int, title_end: int) -> Named | None:
        """"… kembali meraih gelar juara umum" after "selama Porprov X 2024": the
        games the article named last before the sentence."""
        doc, sport = self.doc, self.rel_lexicon.sport
        lower = tuple(t.lower_ for t in doc)
        for j in range(frame.sentence.start - 1, -1, -1):
            if doc[j].text[:1].isupper() and sport.at(lower, j) is not None:
                while j > 0 and (doc[j - 1].text[:1].isupper() or doc[j - 1].text in {"(", ")"}):
                    j -= 1  # "Pekan Olahraga Provinsi (Porprov) VIII": the name from its start
                end = self._event_end(j, len(doc))
                if end - j >= 2:
                    title = " ".join(w.capitalize() for w in doc[frame.clause[0] + at:title_end].text.split())
                    year = _year_after_name(doc, end, self._sentence_of(j).end)
                    return Named(f"{title} {doc[j:end].text}", (doc[j].idx, doc[end - 1].idx + len(doc[end - 1].text)),
                                 end, sentence=frame.sentence, year=year)
        return None

    def _event_end(self, k: int, limit: int) -> int:
        doc = self.doc
        end = k
        while end < limit and (doc[end].text[:1].isupper() or doc[end].text in {"(", ")"}) and \
                not _YEAR.match(doc[end].text) and doc[end].text != "Tahun":
            end += 1
        return end

    def _sentence_of(self, token: int) -> Span:
        n = bisect_right([s.start for s in self.sentences], token) - 1
        return self.sentences[max(n, 0)]

    def _refers_back(self, frame: Frame) -> bool:
        """The clause's subject is the award told before ("Penghargaan itu/tersebut …")."""
        lower = [t.lower_ for t in self.doc[frame.clause[0]:min(frame.clause[1], frame.clause[0] + 4)]]
        return len(lower) > 1 and lower[0] in self.rel_lexicon.award_nouns.words and \
            lower[1] in _DEMONSTRATIVES

    def _refers_to_last_award(self, frame: Frame) -> str | None:
        """How the clause's subject refers to the award told last: "award", an award noun with no
        name ("Penghargaan diberikan …", "Penghargaan itu diserahkan …"), or "cue", its winners
        ("Penerimanya antara lain …"); None when it names its own."""
        doc, start = self.doc, self._after_fronted_phrase(frame.clause[0], frame.trigger)
        word = doc[start].lower_
        if word in self.rel_lexicon.award_nouns.words and start + 1 < len(doc) and \
                not doc[start + 1].text[:1].isupper():
            return "award"
        return "cue" if word.endswith("nya") and word in self.rel_lexicon.nominal_cues else None

    def _after_fronted_phrase(self, start: int, limit: int) -> int:
        """"Dari Provinsi X, penghargaan itu …": where the clause goes on after a fronted phrase
        (a preposition and a few words up to a comma), else ``start``."""
        if self.doc[start].lower_ not in _FRONTING_PREPOSITIONS:
            return start
        comma = next((j for j in range(start + 1, min(limit, start + 6)) if self.doc[j].text == ","), None)
        return comma + 1 if comma is not None and comma + 1 < limit else start

    def _short_form(self, named: Named, told: Named) -> bool:
        """Whether ``named`` is ``told`` written with the abbreviation the article defined for
        part of it: the same award, with the grade and category told with its long form."""
        if named is told or named.name == told.name:
            return False
        return any(told.name.replace(f"{long} ({abbr})", abbr) == named.name
                   for abbr, long in article_abbreviations(self.doc).items())

    def _award_told_after(self, frame: Frame) -> Named | None:
        """"X dan Y dinobatkan sebagai koperasi terbaik. Penghargaan Z itu diserahkan …": with no
        award told before, the one the next sentences name."""
        n = self.index[frame.sentence.start]
        return self._first_named(n + 1, n + 3)

    def _given_without_recipient(self, n: int, in_force: Named | None, passive: bool) -> Named | None:
        """Another award than the one in force, given in sentence ``n`` by the subject of a give
        verb, with no recipient ("Kementerian X juga memberikan penghargaan Y 2025."), or with
        ``passive`` handed over ("Tanda penghargaan Y juga diserahkan …"): the award the next
        clause's winners take when it names none; not a plan, a nomination, a negation or an
        earlier year's, nor the organisers' (one more category of their ceremony)."""
        lex = self.rel_lexicon
        sentence, mentions = self.sentences[n], self.by_sentence[n]
        if sentence.start in self.conferring:
            return None
        lower = tuple(t.lower_ for t in sentence)
        designated = next((j for j in range(len(lower)) if lex.designate.at(lower, j)), None)
        if not any(m.label == "AWARD_HEAD" for m in mentions) and designated is None:
            return None
        if not any(lex.give.at(lower, j) or passive and lex.passive_give.at(lower, j) for j in range(len(lower))) or \
                not _ORGANISERS.isdisjoint(lower) or tells_history(lex, lower, 0, len(lower)) or \
                any(w in lex.negation or lex.plan.at(lower, j) or lex.nomination.at(lower, j)
                    for j, w in enumerate(lower)):
            return None
        named = award_in(self.rel, self.doc, sentence, mentions, sentence.start, sentence.end) or (
            # "Kementerian X juga menetapkan sejumlah pasar sebagai Pasar Y (PY).": a title designated
            self._designation(sentence.start + designated, sentence.end, sentence) if designated is not None else None)
        if named is None or in_force is None:
            return named
        a, b = named.name.lower(), in_force.name.lower()
        return None if a in b or b in a or self._same_award(named, in_force) or \
            self._short_form(named, in_force) or self._short_form(in_force, named) else named

    @cached_property
    def _first_award(self) -> Named | None:
        """The first award the article names anywhere: the last resort for winners told where no
        award is in force, none is referred to and the sentences after them name none (not in a
        games' report, where places in a standing are no awards)."""
        return self._first_named(0, None)

    def _lead_award(self) -> Named | None:
        """The award the article's first sentences name, before any frame."""
        return self._first_named(0, 3, headed=False)

    def _first_named(self, first: int, stop: int | None, headed: bool = True) -> Named | None:
        """The first award named in the sentences ``first`` up to ``stop`` (with ``headed``, only
        sentences holding an award head are read)."""
        for sentence, mentions in islice(zip(self.sentences, self.by_sentence), first, stop):
            if headed and not any(m.label == "AWARD_HEAD" for m in mentions):
                continue
            named = award_in(self.rel, self.doc, sentence, mentions, sentence.start, sentence.end)
            if named is not None:
                return named
        return None

    def _reference(self, frame: Frame, mentions: list[Mention]) -> Named | None:
        """A grade or category without a named award: the assessment the article reports on."""
        if not any(m.label in ("GRADE", "CATEGORY") and frame.clause[0] <= m.start < frame.clause[1]
                   for m in mentions) and not any(i.grade or i.rank for i in frame.items):
            return None
        name = self.rel._reference_name(self.doc)
        if name is None:
            return None
        return Named(name, (frame.sentence.start_char, frame.sentence.start_char), frame.trigger)

    def _program_named(self, frame: Frame) -> Named | None:
        """"… lewat program Kota Layak Anak (KLA) 2024": a known award
        programme named without a head word, by the capitalised name around its short form."""
        doc = self.doc
        short = self._program_words
        for k in range(frame.clause[0], frame.clause[1]):
            if doc[k].lower_ not in short or not doc[k].text.isupper():
                continue
            end = k + 2 if k + 1 < len(doc) and doc[k + 1].text == ")" else k + 1
            category = next((m for m in self.by_sentence[self.index[frame.sentence.start]]
                             if m.label == "CATEGORY" and m.start <= k < m.end), None)
            name = self.rel.rules.awards.get("kind_names", {}).get(self.rel._kind(doc[k].text, None) or "") \
                if category is not None else None
            if name is not None:
                # "predikat Wilayah Bebas dari Korupsi (WBK)": a class of an award, which is known
                # by its kind's name
                return Named(name, (doc[category.start].idx, doc[category.start].idx), category.end,
                             category=self.rel._category(category), sentence=frame.sentence,
                             year=_year_after_name(doc, category.end, frame.clause[1]))
            start = k - 1 if doc[k - 1].text == "(" else k
            while start > frame.sentence.start and (doc[start - 1].text[:1].isupper() or
                                                    doc[start - 1].lower_ in {"for", "of", "dan", "&"}):
                start -= 1
            while start < k and doc[start].lower_ in {"for", "of", "dan", "&"}:
                start += 1
            return Named(doc[start:end].text, (doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)), end,
                         sentence=frame.sentence, year=_year_after_name(doc, end, frame.clause[1]))
        return None

    def _edition_titled(self, frame: Frame) -> Named | None:
        """"X ditetapkan KPK sebagai Desa Antikorupsi 2025", "… sebagai Daerah Tertib Ukur (DTU)":
        before any award is told, a capitalised title conferred with its edition's year or its
        short form is the award itself."""
        return self._designation(frame.trigger, frame.clause[1], frame.sentence)

    def _designation(self, start: int, limit: int, sentence: Span) -> Named | None:
        """The capitalised title after the first "sebagai" from token ``start``, told with its
        edition's year or its short form in brackets: a designation conferred, named by itself."""
        doc = self.doc
        at = next((j for j in range(start, limit) if doc[j].lower_ == "sebagai"), None)
        if at is None:
            return None
        end = at + 1
        while end < limit and doc[end].is_alpha and doc[end].text[:1].isupper():
            end += 1
        short = end - at > 2 and _short_form_at(doc, end, limit)
        year = _year_after_name(doc, end, limit) if end - at > 2 else None
        if year is None and not short or any(m.label == "AWARD_HEAD" for m in self.mentions_between(at, end)):
            return None
        return Named(doc[at + 1:end].text, (doc[at + 1].idx, doc[end - 1].idx + len(doc[end - 1].text)), end,
                     sentence=sentence, year=year)

    @cached_property
    def _award_heads(self) -> set[int]:
        """Where a capitalised award head opens a name, read once per document."""
        return capitalised_award_heads(self.doc)

    @cached_property
    def _program_words(self) -> frozenset:
        """The short forms of the award programmes ``rules/awards.json`` knows ("mcp", "sakip"),
        read once per document."""
        return frozenset(w for kind in self.rel.rules.awards["kinds"] for w in kind["any"]
                         if " " not in w and len(w) >= 3)

    def _kind_named(self, frame: Frame, start: int = 0, end: int | None = None) -> Named | None:
        """An award of a known kind named by its own capitalised words, with no head ("Sistem
        Pemerintahan Berbasis Elektronik (SPBE) Kota X berpredikat Baik"): in the clause's subject, else
        anywhere in the article when nothing else names the award."""
        if end is not None and end <= start:
            return None
        name = self.rel._named_kind(text_of(self.doc[start:end if end is not None else len(self.doc)]))
        return Named(name, (frame.sentence.start_char, frame.sentence.start_char), frame.trigger) if name else None

    def _assessment(self, frame: Frame) -> Named | None:
        """The assessment the article reports on ("Penilaian Kepatuhan …"), when no award is named."""
        text = text_of(self.doc[:])
        match = _ASSESSMENT.search(text) or _INDEX.search(text)
        name = "Penghargaan " + _TRAILING.sub("", match.group(1)) if match \
            else self.rel._reference_name(self.doc)
        if name is None:
            return None
        return Named(name, (frame.sentence.start_char, frame.sentence.start_char), frame.trigger)

    def _heading(self, frame: Frame, mentions: list[Mention], award: Named) -> tuple[str | None, str | None, str | None]:
        """The grade and category the clause names for its list, and the label told with the
        grade ("predikat A (Memuaskan)": the recipient's category, not the award's)."""
        grade = category = label = None
        if frame.extra_label is not None:  # "Sutradara Terbaik: Joko Anwar": the line's category
            lo, hi = frame.extra_label
            while lo < hi and self.doc[lo].lower_ in {"kategori", "klasifikasi", "-", "–", "•"}:
                lo += 1  # "- Kategori Inovasi Sosial: PT X": the category is what the cue names
            if not any(i.rank and not i.extra.get("rank_column") for i in frame.items) and hi > lo:
                category = self.doc[lo:hi].text.strip(" -–:")
                rest, _, last = category.rpartition(" ")
                if last in self.rel.tiers and rest and rest.lower() in award.name.lower():
                    grade, category = last, None  # "Swasti Saba Wiwerda: A, B": the award's tier
        ranges = [frame.heading] if frame.heading else []
        if frame.rule == "receive":
            ranges.insert(0, (frame.trigger, frame.clause[1]))
            covering = [m for m in mentions if m.label == "GRADE" and m.start < frame.trigger < m.end]
            if covering:  # "predikat yang diterima masih CC"
                grade = self.rel._grade(covering[0])
            titled = self._titled_as(frame, mentions)
            if titled and category is None and titled != award.name:  # (not the award's own title)
                category = titled
        elif not frame.heading:
            ranges.append((frame.clause[0], frame.trigger))
        if frame.rule == "passive" and frame.items:  # "… diterima X untuk kategori Y"
            ranges.append((frame.items[-1].attributes_end, frame.clause[1]))
        if frame.designated:  # "… sebagai peraih X kategori Y"
            ranges.append(frame.award)
        if frame.rule in ("given", "passive") and category is None:
            category = self._title_before(frame, mentions)  # "Skenario Terbaik diberikan kepada A dan B"
        if frame.heading and frame.heading[0] < frame.sentence.start:
            # "… tiga daerah yang mendapat predikat BB. Di antaranya A, B, C": the sentence before
            mentions = [m for s, ms in zip(self.sentences, self.by_sentence)
                        if s.start <= frame.heading[0] < s.end for m in ms] + list(mentions)
        # the heading nearest the list: in a heading before the trigger, the last one told; for
        # a receive verb, what its object names first
        ordered = sorted(mentions, key=lambda m: (not frame.trigger <= m.start < frame.clause[1], m.start)) \
            if frame.rule == "receive" else sorted(mentions, key=lambda m: -m.start)
        graded = {m.start for m in mentions if m.label == "GRADE"}
        for m in ordered:
            if not any(lo <= m.start < hi for lo, hi in ranges):
                continue
            if any(i.start <= m.start < i.attributes_end for i in frame.items):
                continue
            if m.label == "CATEGORY" and m.start in graded:
                continue  # "kategori Nindya": a class, the grade only
            if m.start and self.doc[m.start - 1].lower_ == "selain":
                continue  # "Selain kategori Emas, …": not this award's
            if m.label == "GRADE" and grade is None:
                grade = self.rel._grade(m)
                label = self._grade_label(m)
            elif m.label == "CATEGORY" and category is None:
                m = next((n for n in mentions if n.label == "CATEGORY" and m.start - 3 <= n.end < m.start and
                          all(t.lower_ in _CATEGORY_LINKS for t in self.doc[n.end:m.start])), m)  # (its first part)
                category = self._category_at(m)
                joined = next((n for n in mentions if n.label == "CATEGORY" and m.end < n.start <= m.end + 3 and
                               all(t.lower_ in _CATEGORY_LINKS for t in self.doc[m.end:n.start])), None)
                if joined is not None and category and self._category_at(joined) and \
                        self._category_at(joined).lower() not in category.lower():
                    # "zona hijau dengan opini kualitas tertinggi": one class told in two parts
                    category = f"{category} {self._category_at(joined)}"
                end = (joined or m).end
                if grade is None and end + 2 < len(self.doc) and self.doc[end].text == "(" and \
                        self.doc[end + 2].text == ")" and GRADE_LETTERS.match(self.doc[end + 1].text):
                    grade = self.doc[end + 1].text  # "opini kualitas sedang (C)": the class's letter
        if grade is None and frame.rule == "passive" and frame.trigger > frame.clause[0] and \
                self.doc[frame.trigger - 1].text in self.rel.tiers:
            grade = self.doc[frame.trigger - 1].text  # "Sementara Pratama diraih A dan B": a tier as a heading
        if grade is None and frame.heading:  # "predikat yang diraih mencapai A"
            lo, hi = frame.heading
            heads = [m.end for m in mentions if m.label == "AWARD_HEAD" and lo <= m.start < hi
                     and m.text.lower() == "predikat"]
            letter = next((j for j in range(heads[0], min(hi, heads[0] + 5))
                           if GRADE_LETTERS.match(self.doc[j].text)), None) if heads else None
            if letter is not None:
                grade = self.doc[letter].text
        if grade is None and category is None and frame.rule == "line" and frame.heading and \
                frame.heading[0] < frame.sentence.start and frame.heading != frame.extra_label:
            grade, category = self._heading_line(frame.heading)
        if category is None and (grade is None or frame.heading and frame.heading[0] >= frame.sentence.start) and \
                frame.rule == "line" and frame.award_sentence is not None and \
                frame.award_sentence.end <= frame.sentence.start:
            # "Pemenang Anugerah X untuk kategori K:\nJuara 1: A": the one category the list's
            # introduction names, under a line's own rank label (not under a grade's heading line)
            told = [m for s, ms in zip(self.sentences, self.by_sentence) if s.start == frame.award_sentence.start
                    for m in ms if m.label == "CATEGORY" and m.start not in graded]
            starts = {m.start for m in told}
            told = [m for m in told if not any(o.start < m.start < o.end for o in told)]  # the longest at a start
            if len(starts) == 1:
                category = self._category_at(max(told, key=lambda m: m.end))
        if category is None and frame.section is not None and frame.section[0] < frame.sentence.start:
            # "Kategori Maju\nJuara 1 diraih X. …": the heading line over the paragraph
            heading_grade, category = self._heading_line(frame.section)
            category = re.sub(r"^(?i:kategori|bidang)\s+", "", category) if category else None
            grade = grade or heading_grade
        return grade, category, label

    def _group_grade(self, sentence: Span) -> str | None:
        """The grade a sentence tells for a whole group, as a grade mention reads it."""
        told = next((m for m in self.by_sentence[self.index[sentence.start]] if m.label == "GRADE"), None)
        return self.rel._grade(told) if told is not None else None

    def _grade_label(self, m: Mention) -> str | None:
        """"predikat A (Memuaskan)", "predikat BB atau sangat baik": a letter grade's label, told
        with it, is the award's category (the label after "atau" one ``awards.json`` knows)."""
        doc, end = self.doc, m.end
        if not GRADE_LETTERS.match(m.text.split()[-1]) or end + 1 >= len(doc):
            return None
        if doc[end].text == "(":
            close = next((j for j in range(end + 1, min(len(doc), end + 5)) if doc[j].text == ")"), None)
            return grade_label([t.text for t in doc[end + 1:close]]) if close is not None else None
        if doc[end].lower_ == "atau":
            for label in self.rel.grade_labels:  # (longest first)
                words = label.lower().split()
                if [t.lower_ for t in doc[end + 1:end + 1 + len(words)]] == words:
                    return label
        return None

    def _heading_line(self, heading: tuple[int, int]) -> tuple[str | None, str | None]:
        """"Informatif", "Menuju Informatif", "Madya" on a line of its own over list lines: a
        class (a tier: a grade) the lines under it received; a line that names a body is none."""
        lo, hi = heading
        words = [t for t in self.doc[lo:hi] if not t.is_space and t.text not in {":", "-", "–", "•"}]
        sentence = self.index.get(lo)
        mentions = self.by_sentence[sentence] if sentence is not None else []
        if not 1 <= len(words) <= 4 or not all(t.text[:1].isupper() or t.lower_ in {"dan", "&"} for t in words) or \
                any(m.label not in ("CATEGORY", "GRADE", "TITLE") and lo <= m.start < hi for m in mentions) or \
                words[0].lower_ in GENERIC_HEADS or any(t.lower_ in self.rel_lexicon.list_intros or
                                                        t.lower_ in self.rel_lexicon.nominal_cues for t in words):
            return None, None  # ("Pemenangnya:": the winners, of no class)
        text = " ".join(t.text for t in words)
        if self.rel._kind(text, None) is not None and words[0].lower_ not in {"kategori", "bidang"}:
            return None, None  # "Wajar Tanpa Pengecualian (WTP)": the award itself, heading its recipients
        tier = text.capitalize()  # ("UTAMA": a tier in capitals)
        return (tier, None) if len(words) == 1 and tier in self.rel.tiers else (None, text)

    def _respective_categories(self, frame: Frame, items: list[Item], categories: list) -> list[str]:
        """"A dan B …, masing-masing untuk kategori K dan L": as many categories as members after
        "masing-masing", one for each in order; else none."""
        lower = token_table(self.doc).lower
        if len(items) < 2 or any(i.category for i in items) or "masing-masing" not in lower[frame.trigger:frame.clause[1]]:
            return []
        each = next(j for j in range(frame.trigger, frame.clause[1]) if lower[j] == "masing-masing")
        cue = next((j for j in range(each + 1, min(frame.clause[1], each + 4)) if lower[j] == "kategori"), None)
        if cue is None or not all(lower[j] in _CATEGORY_PREPOSITIONS for j in range(each + 1, cue)):
            return []
        told = [c for c in categories if c] if len([c for c in categories if c]) > 1 else \
            [part for c in categories if c for part in ITEM_SPLIT.split(c) if part]
        return told if len(told) == len(items) else []

    def _coordinated_categories(self, frame: Frame, mentions: list[Mention]) -> list[str]:
        """"meraih penghargaan untuk kategori A dengan skor 92 dan kategori B": one award each."""
        if frame.rule != "receive" and not frame.counted:
            return []
        starts: dict[int, Mention] = {}
        for m in mentions:
            if m.label == "CATEGORY" and frame.trigger < m.start < frame.clause[1] and \
                    self.doc[m.start].lower_ == "kategori":
                if m.start not in starts or m.end > starts[m.start].end:
                    starts[m.start] = m
        told = sorted(starts.values(), key=lambda m: m.start)
        if len(told) < 2:
            return self._counted_categories(frame)
        joined = all(any(self.doc[j].lower_ in ("dan", "serta") or self.doc[j].text == ","
                         for j in range(a.end, b.start)) for a, b in zip(told, told[1:]))
        names = [self._category_at(m) for m in told]
        if len(told) < 2 or not joined or len(set(names)) != len(names):
            return []
        # each category's score is told before the next category
        ends = [m.start_char for m in told[1:]] + [self.doc[frame.clause[1] - 1].idx + len(self.doc[frame.clause[1] - 1].text)]
        self.category_spans = {name: (m.start_char, end) for name, m, end in zip(names, told, ends)}
        return names

    def _counted_categories(self, frame: Frame) -> list[str]:
        """"meraih tiga kemenangan lewat kategori A, B, dan C untuk Y", "memenangkan dua kategori,
        yaitu A dan B": as many categories listed as the clause counts; one told "untuk" a
        person goes to that person."""
        doc, lex = self.doc, self.rel_lexicon
        lo, hi = frame.trigger + 1, frame.clause[1]
        count = next((lex.number_words.get(doc[j].lower_) or (int(doc[j].text) if doc[j].text.isdigit() else None)
                      for j in range(lo, min(hi, lo + 4))
                      if doc[j].lower_ in lex.number_words or doc[j].text.isdigit()), None) or \
            (frame.counted if frame.counted > 1 else None)
        cue = next((j for j in range(lo, hi) if doc[j].lower_ in ("kategori", "yaitu", "yakni", ":")), None)
        if cue is not None and doc[cue].lower_ == "kategori" and cue + 1 < hi and not doc[cue + 1].text[:1].isupper():
            # "dua kategori sekaligus, yakni A dan B": the categories follow the opener
            cue = next((j for j in range(cue + 1, hi) if doc[j].lower_ in ("yaitu", "yakni", ":")), cue)
        if cue is None or (count is not None and count < 2):
            return []
        start = cue + 1
        while start < hi and doc[start].lower_ in ("kategori", "yaitu", "yakni", ",", ":"):
            start += 1
        parts, current = [], []
        credits: dict[int, list[Item]] = {}  # a part's first token → the people in its brackets
        j = start
        while j < hi:
            if doc[j].text in (",", ";") or doc[j].lower_ in ("dan", "serta"):
                if current:
                    parts.append(current)
                current = []
            elif doc[j].is_alpha or doc[j].text in ("-", "&", "/") or (current and doc[j].like_num):
                current.append(j)  # ("… kelompok aset Rp 10 triliun")
            elif doc[j].text == "(" and current:
                close = next((c for c in range(j + 1, min(hi, j + 16)) if doc[c].text == ")"), None)
                people = self._credited(j + 1, close) if close is not None else None
                if not people:
                    break
                credits[current[0]] = people  # "Sutradara Terbaik (A)", "Skenario Terbaik (A dan B)"
                j = close
            else:
                break
            j += 1
        if current:
            parts.append(current)
        # uncounted: "untuk kategori Aktris Utama Terbaik dan Aktris Favorit Terbaik", each titled;
        # "di kategori Pemberdayaan Ekonomi, Pelestarian Lingkungan, serta Pengungkapan Laporan": each
        # capitalised to the clause's end, none an actor
        titled = all(doc[p[0]].text[:1].isupper() and doc[p[-1]].lower_ in lex.superlatives for p in parts) or \
            (doc[cue].lower_ == "kategori" and self._capitalised_list(frame, parts))
        if len(parts) < 2 or (len(parts) != count if count else not titled):
            return []
        names = []
        for part in parts:
            words = [doc[j] for j in part]
            cut = next((n for n, t in enumerate(words) if t.lower_ == "untuk"), None)
            if cut is not None and cut + 1 < len(words) and all(t.text[:1].isupper() for t in words[cut + 1:]):
                name = " ".join(t.text for t in words[:cut])
                person = " ".join(t.text for t in words[cut + 1:])
                self.category_credits[name] = [Item(words[cut + 1].i, words[-1].i + 1,
                                                    Entity(person, "person", aliases=(person,)), "credit")]
            else:
                name = " ".join(t.text for t in words)
                if part[0] in credits:
                    self.category_credits[name] = credits[part[0]]
            names.append(name)
        return names

    def _credited(self, start: int, end: int) -> list[Item]:
        """"(Yosef Lembang dan Kartika Sani)": the people a bracket credits, each a capitalised
        name; anything else in it ("(2024)", "(BB)") credits nobody."""
        doc = self.doc
        people = []
        for a, b in credited_names(token_table(doc), start, end):
            name = " ".join(t.text for t in doc[a:b])
            people.append(Item(a, b, Entity(name, "person", aliases=(name,)), "credit"))
        return people

    def _capitalised_list(self, frame: Frame, parts: list[list[int]]) -> bool:
        """Parts of capitalised words, none an actor, that end the clause: "kategori A, B, serta C.\""""
        doc = self.doc
        actors = {m.start for m in self.by_sentence[self.index[frame.sentence.start]]
                  if m.label in ("GOV", "UNIT", "UNIT_ALIAS", "COMPANY", "REGION", "PERSON")}
        after = parts[-1][-1] + 1
        ends = after >= frame.clause[1] or (after < len(doc) and doc[after].text in {".", ";"}) or \
            (after + 1 < len(doc) and doc[after].text == "," and doc[after + 1].lower_ in _CONTRAST_WORDS)
        return ends and \
            all(p[0] not in actors and all(doc[j].text[:1].isupper() or doc[j].lower_ in ("dan", "&") for j in p)
                for p in parts)

    def _category_at(self, m: Mention) -> str | None:
        """A category as the text writes it after "kategori": "kategori realisasi pendapatan daerah
        tertinggi tahun anggaran 2022 tingkat kota" → "realisasi pendapatan daerah tertinggi tingkat
        kota"; a year and what opens a list or a verb end it."""
        doc = self.doc
        if doc[m.start].lower_ not in {"kategori", "klasifikasi"}:
            return self.rel._category(m)
        words = []
        k = m.start + 1
        lex = self.rel_lexicon
        if k < len(doc) and doc[k].text in _OPEN_QUOTES:  # 'kategori “Lagu Daerah Terbaik”'
            close = next((j for j in range(k + 1, min(len(doc), k + 16)) if doc[j].text in _CLOSE_QUOTES), None)
            if close is not None and close > k + 1:
                return doc[k + 1:close].text
        if k + 1 < len(doc) and doc[k].lower_ in _CATEGORY_KINDS and doc[k + 1].text[:1].isupper():
            k += 1  # "kategori khusus Inovasi Desa": what kind of category, then its name
        bodies = {b.start for b in self.mentions_between(m.start, min(len(doc), m.start + 14)) if b.label in ACTOR_LABELS}
        while k < len(doc) and len(words) < 10:
            t = doc[k]
            if words and k in self._award_heads:  # ("kategori kabupaten/kota Anugerah Peduli X 2025": the award's name ends it)
                break
            if t.lower_ in {"dan", "serta"} and (k + 1 in bodies or k + 1 < len(doc) and
                                                 lex.award_nouns.at(tuple(x.lower_ for x in doc[k + 1:k + 3]), 0)):
                break  # "kategori kabupaten dan Pemkot Y (terbaik) di kategori kota", "kategori K dan
                # penghargaan L diterima …": the next winner's clause
            if t.lower_ == "tahun" and k + 1 < len(doc) and _YEAR.match(doc[k + 1].text):
                k += 2
                continue
            if (t.lower_ in lex.fiscal_year or t.lower_ == "tahun") and k + 1 < len(doc) and \
                    doc[k + 1].lower_ in lex.fiscal_year:  # "tahun anggaran 2022", "TA 2022"
                k += 3 if k + 2 < len(doc) and _YEAR.match(doc[k + 2].text) else 2
                continue
            if not t.is_alpha and t.text not in {"/", "-", "&", "(", ")"} and not _CODE_WORD.match(t.text) or \
                    _YEAR.match(t.text):  # ("kategori wajib pajak PBB-P2 perorangan": a code is a word of it)
                break
            if lex.openers.at(tuple(x.lower_ for x in doc[k:k + 3]), 0) or t.lower_ in _CATEGORY_STOP or \
                    t.text in {"dalam", "dlm"} or \
                    (t.text[:1].islower() and t.lower_.startswith(("di", "me", "ber")) and len(t.text) > 5
                     and t.lower_ not in {"dinas", "digital", "desa", "dibawah"}):
                break
            words.append(t.text)
            k += 1
        while words and words[-1].lower() in _CATEGORY_STOP | {"dan", "serta"}:
            words.pop()
        if words and all(w.lower() in lex.recipient_nouns for w in words) and k < len(doc) and \
                doc[k].lower_ == "dengan":
            # "kategori Pemkab dengan nilai kepatuhan tertinggi": the class, then the category
            following = []
            for t in doc[k + 1:k + 9]:
                if not t.is_alpha or t.lower_ in _CATEGORY_STOP:
                    break
                following.append(t.text)
            if following and following[0].lower() not in lex.score_words and following[0].lower() != "capaian":
                return " ".join(following)  # ("dengan capaian 87,3 persen" is its score)
        return re.sub(r"\s*([/-])\s*", r"\1", " ".join(words)) or self.rel._category(m)  # "kabupaten/kota"

    def _titled_as(self, frame: Frame, mentions: list[Mention]) -> str | None:
        """"dinobatkan sebagai The Best CEO": a title without an award word is the category
        the recipient won in (a rank after "sebagai" is a grade, read with the items)."""
        doc = self.doc
        k = frame.trigger + 1
        while k < frame.clause[1] and doc[k].lower_ in {"juga", "pun"}:
            k += 1
        if k < frame.clause[1] and doc[frame.trigger].lower_ == "menjadi" and doc[k].lower_ != "sebagai":
            return self._superlative_title(k, frame.clause[1], mentions)
        if k + 1 < frame.clause[1] and doc[k].lower_ == "gelar":  # "meraih gelar Penata Musik Terbaik"
            return self._superlative_title(k + 1, frame.clause[1], [])
        if k < frame.clause[1] and doc[k].text[:1].isupper() and doc[k].lower_ != "sebagai":
            titled = self._superlative_title(k, min(frame.clause[1], k + 7), mentions)
            if titled is not None and titled[:1].isupper():
                return titled  # "menyabet Film Terbaik", "menggondol Sutradara Terbaik"
        # "meraih Piala X 2023 sebagai Pemeran Utama Pria Terbaik": after the award it names
        later = next((j for j in range(k + 1, min(frame.clause[1], k + 10)) if doc[j].lower_ == "sebagai"), None)
        if later is not None and doc[k].lower_ != "sebagai":
            return self._superlative_title(later + 1, frame.clause[1], mentions)
        if k >= frame.clause[1] or doc[k].lower_ != "sebagai":
            return None
        superlative = self._superlative_title(k + 1, frame.clause[1], mentions)
        if superlative is not None and (superlative[:1].islower() or
                                        doc[k + 1].lower_ in self.rel_lexicon.nominal_cues):
            return superlative  # "dinobatkan sebagai film cerita panjang terbaik", "sebagai peraih X Terbaik"
        end = k + 1
        while end < frame.clause[1] and (doc[end].text[:1].isupper() or doc[end].lower_ in {"of", "the", "&", "dan", "/"}):
            end += 1
        if end - k - 1 < 2 or any(m.label == "AWARD_HEAD" and k < m.start < end for m in mentions):
            return None
        if self.rel_lexicon.ordinals.get(doc[end - 1].lower_) or doc[k + 1].lower_ in {"juara", "peringkat"}:
            return None
        return doc[k + 1:end].text

    def _title_before(self, frame: Frame, mentions: list[Mention]) -> str | None:
        """A capitalised title ending in a superlative right before a passive or give verb."""
        doc = self.doc
        start = max([frame.clause[0]] + [j + 1 for j in range(frame.clause[0], frame.trigger)
                                          if doc[j].text == "," or doc[j].lower_ in _CONTRAST_WORDS])
        if start + 1 < frame.trigger and doc[start].lower_ in self.rel_lexicon.heading_openers and \
                doc[start + 1].lower_ in {"kategori", "klasifikasi"}:
            start += 1  # "Untuk kategori Dokter Teladan diraih …"
        if start < frame.trigger and doc[start].lower_ in {"kategori", "klasifikasi"}:
            start += 1  # "Kategori Desa Terbaik diberikan kepada …": the category is what follows
        if start >= frame.trigger or not doc[start].text[:1].isupper() or \
                doc[frame.trigger - 1].lower_ not in self.rel_lexicon.superlatives:
            return None
        titled = self._superlative_title(start, frame.trigger, mentions)
        return titled if titled is not None and titled[:1].isupper() else None

    def _superlative_title(self, k: int, limit: int, mentions: list[Mention]) -> str | None:
        """"menjadi Pemeran Utama Pria Terbaik", "menjadi film cerita panjang terbaik": a phrase
        ending in a superlative names the category won."""
        doc = self.doc
        if k < limit and doc[k].lower_ == "yang":
            return None  # "sebagai yang terbaik": the best, of no category it names
        linked = k + 3 < limit and doc[k + 1].lower_ in _CATEGORY_PREPOSITIONS and doc[k + 2].text == "kategori"
        if k + 2 < limit and doc[k].text.islower() and doc[k].lower_ in self.rel_lexicon.nominal_cues and \
                (doc[k + 1].text == "kategori" or linked):
            # "sebagai pemenang (pada) kategori Perawat Teladan": the category is what the cue names
            k += 3 if linked else 2
        elif k + 1 < limit and doc[k].text.islower() and doc[k].lower_ in self.rel_lexicon.nominal_cues and \
                doc[k + 1].text[:1].isupper():
            k += 1  # "sebagai peraih Program Dialog Terbaik": the title the cue names
        end = k
        bodies = {m.start for m in mentions if m.label in ACTOR_LABELS}  # (not a place: "Penyanyi Solo …")
        while end < limit and end - k < 9 and (doc[end].is_alpha or doc[end].text == "/") and \
                doc[end].lower_ not in self.rel_lexicon.superlatives:
            if end in bodies:
                return None  # "… di kategori kabupaten dan Pemkot Y terbaik …": another winner's clause
            end += 1  # ("Lagu Pop/Rock Terbaik": a slash joins two kinds)
        if end >= limit or doc[end].lower_ not in self.rel_lexicon.superlatives or end == k:
            return None
        if any(m.label == "AWARD_HEAD" and k <= m.start <= end for m in mentions):
            return None
        return doc[k:end + 1].text

    # -- recipients ----------------------------------------------------------------------

    def _representative(self, item: Item, heads_only: bool = False) -> Item:
        """"kepada Bupati Sungai Lebar H. Darmawan Saputra", "kepada Direktur RSUD Padang Luas,
        dr. Lestari": an official receives for the government or unit the title names."""
        if item.rule != "person" or item.mention is None or "title" not in item.mention.extra:
            return item
        title = item.mention.extra["title"]
        if title.rule.startswith("role:"):
            return item
        organisation = None
        kind = self.rel_lexicon.title_kinds.get(" ".join(title.text.split()))
        region = title.extra.get("region_text")
        if kind and region:
            name = region.split(" ", 1)[1] if region.split()[0] in ("Kota", "Kabupaten", "Provinsi") else region
            organisation = self.rel.namer.regions.government(kind, name)
        elif heads_only:
            # a regional head stands for the government as its subject, the head of a recipient
            # told before ("Kepala Desa X, Y, yang menerima piala") or of the unit the title names
            # ("Kepala Puskesmas X, Y, menerima predikat Madya")
            organisation = self._told_head(title, item) or self._headed(title, item, ("UNIT", "UNIT_ALIAS"))
            if organisation is None:
                return item
        else:
            organisation = self._headed(title, item)
            if organisation is not None:  # (as the article named it when it was told: "UPTD Puskesmas X";
                # "diterima Direktur Utama Bank X" for PT Bank X, its legal form left out)
                organisation = self._told_as(organisation.name.lower()) or \
                    self._told_as(f"pt {organisation.name.lower()}") or organisation
        if organisation is None:
            return item
        return Item(title.start, item.end, organisation, "representative", None,
                    extra={"received_by": item.entity.name})

    def _headed(self, title: Mention, item: Item, labels=("UNIT", "UNIT_ALIAS", "COMPANY", "GOV")) -> Entity | None:
        """What the title heads, named right after it ("Direktur RSUD X"); "Kepala Desa Y,
        Kecamatan Z" only locates the village it heads. (A company's officer wins as a subject
        for himself: "Direktur Utama PT X, Y, meraih The Best CEO".)"""
        between = [m for m in self.mentions_between(title.end, item.mention.start)
                   if m.label in labels and m.entity is not None]
        return between[0].entity if between and between[0].start == title.end else None

    def _told_head(self, title: Mention, item: Item) -> Entity | None:
        """The recipient told before that a title heads: "Kepala Desa X" → Desa X."""
        words = [t.lower_ for t in self.doc[title.start:item.mention.start] if t.text not in {",", "(", ")"}]
        found = next((told for n in range(len(words)) if (told := self._told_as(" ".join(words[n:]))) is not None), None)
        rest = " ".join(words[len(title.text.split()):])
        # ("Kajari Surabaya": the Kejari Surabaya, titles.json unit_titles)
        return found or next((told for unit in self.rel_lexicon.unit_titles.get(title.text.lower(), ())
                              if rest and (told := self._told_as(f"{unit} {rest}")) is not None), None)

    def _told_as(self, name: str) -> Entity | None:
        """The recipient told before that ``name`` (lower case) is one of the names of."""
        return next((e for e in self.told.values() if name in proper_names(e)), None)

    def _personal_title(self, frame: Frame, mentions: list[Mention]) -> bool:
        """"Bupati X, Y, dinobatkan sebagai Pembina BUMD Terbaik": a title for a person's role
        (rules/awards.json ``personal_titles``) is the official's own."""
        titled = self._titled_as(frame, mentions)
        return bool(titled) and titled.split()[0].lower() in self.personal_titles

    def _personal(self, award: Named) -> bool:
        """Honours conferred on a person ("Satyalancana", "Bintang Mahaputera"), and awards named
        for the people they go to ("Anugerah ASN Inspiratif", "Tenaga Kesehatan Teladan")."""
        words = award.name.lower().split() if award.name else []
        return bool(words) and (words[0] in self.personal_heads or not self.person_words.isdisjoint(words))

    def _individual(self, frame: Frame, category: str | None) -> bool:
        """"penghargaan perorangan jatuh kepada Direktur X, Y", "… kategori Pemimpin Rumah Sakit
        Terbaik": an award told as an individual's, or a class named for a person, goes to the
        official named, not to the body the official heads."""
        lower = [t.lower_ for t in self.doc[frame.clause[0]:frame.trigger]]
        told_individual = any(w in self.rel_lexicon.award_nouns.words and nxt in _INDIVIDUAL
                              for w, nxt in zip(lower, lower[1:]))
        return told_individual or bool(category) and category.split()[0].lower() in self.person_words

    def mentions_between(self, start: int, end: int) -> list[Mention]:
        n = self.index.get(self.doc[start].sent.start)
        return [m for m in self.by_sentence[n] if start <= m.start < end] if n is not None else []

    def _nearer_subject(self, frame: Frame, topic: list[Item]) -> list[Item]:
        """The actor a sentence between the last frame and this one is about ("Pemerintah Kota
        X naik kelas …. Kota tersebut meraih …"): the first actor of the nearest such sentence."""
        since = max(topic[-1].end, topic[-1].attributes_end) if topic else 0  # its locators too
        n = self.index[frame.sentence.start]
        lower = [t.lower_ for t in self.doc[frame.clause[0]:frame.trigger]]
        if any(w in _PERSONAL_PRONOUNS for w in lower):
            # "ia", "beliau": a person, not a body named in between — the winner named again
            # last ("Bagi X, …. Pada 2023, ia …"), else the topic
            # (a body won last: the person who won before it — "A (a person) meraih X. Sementara itu,
            # Kota B meraih Y. Ia juga meraih …")
            return self._person_named_again(n, since, frame.trigger) or \
                ([] if self._fronted_other(n, topic) else
                 topic if not topic or topic[0].entity.type == "person" or not self.persons_told else
                 self._last_person_told())
        for k in range(n - 1, -1, -1):
            sentence = self.sentences[k]
            if sentence.end <= since:
                break
            actors = [m for m in self.by_sentence[k] if m.label in ("GOV", "UNIT", "UNIT_ALIAS", "COMPANY")
                      and m.entity is not None and m.qualifier_of is None and not m.scoped
                      and m.start >= since]
            if actors:
                m = actors[0]
                return [Item(m.start, m.end, m.entity, f"subject:{m.label}", m)]
        return topic

    def _earlier_title(self, frame: Frame, mentions: list[Mention], in_force: Named | None) -> Named | None:
        """"Pada 2023, ia terpilih sebagai Guru Berprestasi dari Dinas X": a title an earlier year
        gave with a giver of its own is that year's award, not a category of the award in force."""
        year = in_force.year or self.context.year if in_force is not None else None
        if in_force is None or not (frame.history or frame.years and year and
                                    all(y is not None and y < year for y in frame.years)):
            return None
        if frame.giver is None and not any(m.label in ("GIVER",) + ACTOR_LABELS and m.start > frame.trigger and
                                           self.doc[m.start - 1].lower_ in {"dari", "oleh"} and m.start < frame.clause[1]
                                           for m in mentions):
            return None
        titled = self._titled_as(frame, mentions)
        if not titled or titled[:1].islower():
            return None
        words = titled.split()
        doc = self.doc
        for j in range(frame.trigger, frame.clause[1] - len(words) + 1):
            if [t.text for t in doc[j:j + len(words)]] == words:
                span = doc[j:j + len(words)]
                return Named(titled, (span.start_char, span.end_char), span.end, sentence=frame.sentence)
        return None

    def _last_person_told(self) -> list[Item]:
        """The person who won last, as an item of no place in the text."""
        entity = list(self.persons_told.values())[-1]
        return [Item(0, 0, entity, "subject:PERSON")]

    def _fronted_other(self, n: int, topic: list[Item]) -> bool:
        """"Bagi X, … ia …" where X is no word of the topic's name: the pronoun is X, whom no
        clause told winning — not the topic."""
        fronted = self._fronted_name(self.sentences[n])
        return fronted is not None and bool(topic) and \
            not {t.text for t in self.doc[fronted[0]:fronted[1]]} & set(topic[0].entity.name.split())

    def _fronted_name(self, sentence: Span) -> tuple[int, int] | None:
        """"Bagi X, …", "Untuk X Y, …": the capitalised name a sentence opens with after "bagi/untuk"
        and before a comma (its tokens), or None."""
        start = sentence.start
        if self.doc[start].lower_ not in {"bagi", "untuk"}:
            return None
        comma = next((j for j in range(start + 1, min(sentence.end, start + 6)) if self.doc[j].text == ","), None)
        if comma is None or comma == start + 1 or not all(t.text[:1].isupper() for t in self.doc[start + 1:comma]):
            return None
        return start + 1, comma

    def _person_named_again(self, n: int, since: int, until: int) -> list[Item]:
        """A person who won before, named again (by the first or last word of the name, which a
        full name ends in too) before token ``until`` of sentence ``n`` ("Bagi X, … setelah ia …")
        or in the sentences between the last frame and it, the nearest first; a word two winners
        share names neither."""
        if not self.persons_told:
            return []
        words: dict[str, list[Entity]] = {}
        for entity in self.persons_told.values():
            parts = entity.name.split()
            for key in {parts[0], parts[-1]}:
                words.setdefault(key, []).append(entity)
        for k in range(n, -1, -1):
            sentence = self.sentences[k] if k < n else self.doc[self.sentences[n].start:until]
            if sentence.end <= since:
                break
            for token in reversed(sentence):
                found = words.get(token.text)
                if found is not None and len(found) == 1 and token.i >= since:
                    return [Item(token.i, token.i + 1, found[0], "subject:PERSON")]
        return []

    def _trophy_of_category(self, named: Named, frame: Frame) -> bool:
        """"Piala Skenario Terbaik", "Trofi Film Terfavorit": a trophy word and a winner's title
        ("membawa pulang penghargaan Keberlanjutan Terbaik" too, but where a body gives it, whether
        it is the ceremony's is told by who organised it)."""
        trophies = _TROPHIES if frame.rule != "given" else _TROPHIES - {"penghargaan"}
        words = named.name.split()
        if len(words) >= 3 and is_rank_word(words[-1], self.rel.rules):
            words = words[:-1]  # "Trofi Terbaik I": a rank after the title
        span = self.doc.char_span(*named.span, alignment_mode="expand")
        if span is not None and span.start and self.doc[span.start - 1].lower_ in trophies and \
                words[0].lower() not in _TROPHIES and len(words) >= 2:
            words = ["piala", *words]  # "memboyong piala Album Terbaik": the trophy word in lower case
        elif len(named.name.split()) < 3:
            return False
        return len(words) >= 2 and words[0].lower() in _TROPHIES and \
            words[-1].lower() in self.rel_lexicon.superlatives

    def _category_told_after(self, frame: Frame) -> str | None:
        """"Kategori selanjutnya adalah A terbaik diraih oleh X": the category is what the
        opener names, up to the verb."""
        doc = self.doc
        opener = next((j for j in range(frame.clause[0], frame.trigger)
                       if doc[j].lower_ in {"adalah", "yaitu", "yakni", "ialah"}), None)
        if opener is None or frame.trigger - opener < 2:
            return None
        lower = tuple(t.lower_ for t in doc)
        end = next((j for j in range(opener + 1, frame.trigger + 1)
                    if self.rel_lexicon.passive_receive.at(lower, j) is not None), frame.trigger)
        return doc[opener + 1:end].text.strip(" ,") or None

    @staticmethod
    def _top_told(frame: Frame, frames: list[Frame]) -> list[Item]:
        """"Dua daerah teratas masuk kategori AA": the first of the ranking the nearest sentence
        before it told, in its order."""
        if not frame.top:
            return []
        before = [f for f in frames if f.items and f.sentence.start < frame.sentence.start]
        if not before:
            return []
        last = before[-1].sentence.start
        ranked = sorted((i for f in before if f.sentence.start == last for i in f.items), key=lambda i: i.start)
        return ranked[:frame.top] if len(ranked) >= frame.top else []

    def _typed_referent(self, frame: Frame) -> list[Item]:
        """"Desa di tepi Sungai X itu menerima …": a noun of a kind referred back to names the
        last body of that kind the article told, whether or not it received anything then."""
        if frame.anaphor > 1:  # "Kedua kabupaten itu …": the last two regencies told, received or not
            kinds = counted_kinds(self.doc, frame.clause[0], frame.trigger)
            found = lasts_of_kind(self.doc, self.by_sentence, self.index[frame.sentence.start], kinds,
                                  set(self.told), frame.anaphor) if kinds else []
            return [Item(m.start, m.end, m.entity, f"mention:{m.label}", m) for m in found]
        if frame.anaphor != -1:
            return []
        # (the subject, or a give verb's object: "… kepada kabupaten tersebut")
        told = self.doc[frame.trigger:frame.clause[1]] if frame.rule == "given" else self.doc[frame.clause[0]:frame.trigger]
        unit_kinds = self.rel_lexicon.unit_kinds  # ("Stasiun itu": a unit of the head's type)
        kinds = next((REFERRED_KINDS.get(t.lower_) or {unit_kinds[t.lower_]} for t in told
                      if t.lower_ in REFERRED_KINDS or t.lower_ in unit_kinds and
                      t.i + 1 < len(self.doc) and self.doc[t.i + 1].lower_ in _DEMONSTRATIVES), None)
        fronted = self._fronted_topic(self.index[frame.sentence.start], kinds) if kinds else None
        if fronted is not None:
            return [fronted]
        m = last_of_kind(self.doc, self.by_sentence, self.index[frame.sentence.start], kinds, set(self.told)) if kinds else None
        return [Item(m.start, m.end, m.entity, f"mention:{m.label}", m)] if m is not None else []

    def _fronted_topic(self, n: int, kinds: set[str]) -> Item | None:
        """"Bagi X, gelar itu …. Pada 2023, desa … itu …": a recipient told before, named short
        after a fronted "Bagi/Untuk" opening this sentence or the one before, is what the kind refers to."""
        for sentence in self.sentences[max(0, n - 1):n + 1][::-1]:
            fronted = self._fronted_name(sentence)
            if fronted is None:
                continue
            short = " " + self.doc[fronted[0]:fronted[1]].text
            found = [e for name, e in self.told.items() if (" " + name).endswith(short) and e.type in kinds]
            if len(found) == 1:
                return Item(fronted[0], fronted[1], found[0], "topic")
        return None

    @staticmethod
    def _referred(frame: Frame, topic: list[Item], recent: list[Item], groups: list[list[Item]]) -> list[Item]:
        if frame.anaphor == -1:
            return topic[:1]
        if frame.anaphor > 0 and len(topic) >= frame.anaphor:
            return topic[-frame.anaphor:]
        # "A, B, C, dan D meraih …. E juga meraih …. Keempatnya …": the last group told of that size
        group = next((g for g in reversed(groups) if len({i.entity.name for i in g}) == frame.anaphor), None)
        if frame.anaphor > 1 and group is not None:
            return group
        if frame.anaphor > 0 and len(recent) >= frame.anaphor:  # "Keduanya": the last two told
            return recent[-frame.anaphor:]
        return []

    def _listed_before(self, frame: Frame) -> list[Item]:
        """"BPK menyerahkan LHP atas LKPD A, B, C, dan D …. Keempatnya memperoleh opini WTP": a
        counted referent is the coordinated list of that many bodies in the sentence before,
        named where no clause told them receiving."""
        n = self.index[frame.sentence.start]
        if frame.anaphor < 2:
            return []
        for before in range(n - 1, max(-1, n - 3), -1):  # (the sentence before, or one more back)
            bodies = [m for m in self.by_sentence[before] if m.label in ACTOR_LABELS and m.entity is not None]
            runs, run = [], []
            for m in bodies:
                if run and not all(t.text in JOINS for t in self.doc[run[-1].end:m.start]):
                    runs.append(run)
                    run = []
                run.append(m)
            runs.append(run)
            listed = next((r for r in runs if len(r) == frame.anaphor and
                           len({m.entity.name for m in r}) == frame.anaphor), None)
            if listed:
                return [Item(m.start, m.end, m.entity, f"mention:{m.label}", m) for m in listed]
        return []

    # -- the year ----------------------------------------------------------------------

    def _frame_years(self, frame: Frame, award: Named, in_force: Named | None) -> list[int | None]:
        if frame.years:
            if len(frame.years) > 1 and (frame.history or frame.listed):
                return frame.years
            return frame.years[:1]
        base = (award.year if award is not None else None) or \
            (in_force.year if in_force is not None else None) or self.context.year
        if frame.previous_year and base:
            return [base - 1]
        return [base]

    def _giver(self, frame: Frame, mentions: list[Mention]):
        named_ends = {i.end for i in frame.items}  # ("X dari Harian Y": where X works)
        for m in mentions:
            if m.label == "GIVER" and frame.clause[0] <= m.start < frame.clause[1] and \
                    m.start > 0 and self.doc[m.start - 1].lower_ in {"dari", "oleh", "versi"} and \
                    m.start - 1 not in named_ends and not after_a_winners_name(token_table(self.doc), m.start - 1,
                                                                               self.rel_lexicon) and \
                    not after_other_gift(token_table(self.doc).lower, m.start - 1, self.rel_lexicon):
                return m.entity
        return None


# a category cue's word that orders the categories, not names one ("Kategori selanjutnya adalah …")
_ORDER_WORDS = frozenset({"selanjutnya", "berikutnya", "lainnya", "terakhir", "pertama", "kedua", "ketiga",
                          "lain", "kemudian"})
_CATEGORY_LINKS = frozenset({"dengan", "opini", "predikat", "berpredikat", ","})  # between two parts of one class
_CATEGORY_KINDS = frozenset({"khusus", "spesial", "tambahan", "baru"})  # "kategori khusus X": X is its name
_CATEGORY_PREPOSITIONS = frozenset({"pada", "di", "dalam", "untuk"})  # "pemenang pada kategori X": between a cue and its class
_TROPHIES = frozenset({"piala", "trofi", "trophy", "penghargaan"})
_INDIVIDUAL = frozenset({"perorangan", "individu", "individual", "personal", "pribadi"})  # after an award noun
_LABELLED_GRADE = re.compile(r"^(AA|A|BB|B|CC|C|D)\s*\(([A-Za-z][a-z]+(?: [A-Za-z][a-z]+){0,2})\)")  # "B (Baik)"
_BRACKET_AT_END = re.compile(r"^(.*\S)\s*\(([^()]+)\)$")  # "Penghargaan X (Utama)"
_HANDED = frozenset({"diterima", "diterimakan", "diserahkan", "diberikan"})


def as_contingents(drafts: list[AwardDraft]) -> None:
    """A region wins games as its contingent, not as its government: "Provinsi Jawa Barat".
    (Renamed last: its head received the trophy for the government the handovers know.)"""
    for draft in drafts:
        entity = draft.recipient.entity
        if getattr(draft, "contingent", False) and entity is not None and entity.name.startswith("Pemerintah "):
            team = Entity(entity.name.removeprefix("Pemerintah "), entity.type, entity.region, entity.aliases)
            draft.recipient = replace(draft.recipient, entity=team)


def _as_mention(doc: Doc, item: Item) -> Mention:
    if item.mention is not None and item.mention.entity is item.entity:
        return item.mention
    span = doc[item.start:item.end]
    return Mention(item.rule, item.start, item.end, span.start_char, span.end_char, span.text,
                   item.rule, entity=item.entity)


def _adopt_stated_years(drafts) -> None:
    """"X meraih Sakip Award, Selasa (29/1). Pada 2018 X meraih predikat BB.": an award told
    without its year takes the year the article states for the same recipient's same award."""
    for draft in drafts:
        if not getattr(draft, "implicit", False):
            continue
        stated = [d.year for d in drafts if d is not draft and not getattr(d, "implicit", False)
                  and getattr(d, "told", True)
                  and not d.rule.startswith("history:") and d.year is not None
                  and d.recipient.entity.name == draft.recipient.entity.name and d.name == draft.name
                  and (draft.grade is None or d.grade in (None, draft.grade))
                  and (draft.category is None or d.category in (None, draft.category))]  # (another predicate: another year)
        if stated:
            draft.year = max(stated)

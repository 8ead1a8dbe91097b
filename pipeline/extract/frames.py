"""Layer 2: clauses that confer something, and who they confer it on.

A frame is opened by a trigger and filled by attaching mentions through function words:

- a receive verb ("meraih", "dinobatkan", "masuk zona hijau"): its subject, the actor list
  right before it, receives;
- a passive receive verb ("diraih", "disabet", "jatuh kepada"): the list after it (and "oleh");
- a give verb, active or passive ("menyerahkan", "diberikan"): the list after "kepada";
- a list opener ("yakni", "di antaranya", "adalah", ":") after a clause that confers an award
  or names a grade, category or counted group of recipients: the list after it;
- a line of a list ("- Dinas X – 99,48", "Juara 1: Desa Y") under a heading that introduces
  winners.

A frame's award, grade and category are the ones its clause names (a heading before a list,
the object of a receive verb), its year the one its clause states for the award; what a
clause leaves open comes from the document (``document.py``). Plans, nominations, negated
and conditional clauses open no frame.
"""

from __future__ import annotations

from bisect import bisect_left

import re
from dataclasses import dataclass, field, replace

from spacy.tokens import Span

from ..models import Entity
from ..normalise import without_brackets
from .items import GRADE_LETTERS, RANK_HEADS, WEBSITE, Item, ListReader, _rank_words, _roman, credited_names, locates, region_kind_hint, take_class
from .lexicon import Lexicon
from .mentions import Mention
from .tokens import TokenTable
from .years import TIME_FRONTS

YEAR = re.compile(r"^(19[5-9]\d|20\d\d)$")
_CLAUSE_BREAKS = {";"}
_CONTRAST = {"sedangkan", "sementara", "namun", "tetapi", "tapi", "adapun"}
# ", karena pada 2023 kabupaten itu meraih …": a reason or a consequence, told in a clause of its own
_SURPRISE = {"menyangka", "mengira", "menduga", "percaya", "membayangkan"}  # "tak menyangka …"
_REPORTING = _SURPRISE | {"mengaku", "bangga", "bersyukur", "senang", "mengatakan", "menyebut"}
_REPORTED_FILLERS = {"dirinya", "ia", "dia", "bisa", "dapat", "berhasil", "sudah", "telah", "akhirnya", "kembali"}
_SUBORDINATORS = {"karena", "sebab", "meskipun", "walaupun", "padahal"}
_CLAUSE_AFTER_COMMA = _CONTRAST | _SUBORDINATORS  # after a comma, a clause of its own begins
_PRONOUNS = {"ia", "dia", "beliau", "pihaknya", "mereka", "keduanya", "ketiganya", "keempatnya",
             "kelimanya", "semuanya", "daerah", "pemkab", "pemkot", "pemprov", "kabupaten", "kota",
             "provinsi", "perusahaan", "instansi", "lembaga", "sekolah", "desa", "kelurahan", "rumah"}
_DEMONSTRATIVES = {"tersebut", "ini", "itu"}
_EVENT_NOUNS = {"acara", "ajang", "event", "gelaran", "malam"}  # "penghargaan di ajang X"
_SOME = {"sejumlah", "beberapa", "para", "seluruh", "berbagai"}  # "kepada sejumlah X": a group, unnamed
_OUTRANKED = {"atas", "mengungguli", "mengalahkan"}  # "unggul atas B", "mengungguli B": a body ranked below
_NOW = {"kini", "sekarang"}
_CEREMONY_NOUNS = frozenset({"penganugerahan", "penganugerahaan"})  # an award night, not a match report
_SCREEN_WORKS = {"film", "dokumenter", "animasi", "serial", "series"}
_NAMING_VERBS = {"dinobatkan", "didapuk", "dikukuhkan", "ditetapkan", "terpilih", "dipilih"}
_BECOME = frozenset({"menjadi", "termasuk", "sebagai"})  # "X menjadi/tercatat sebagai satu-satunya daerah yang …"
_REPRESENTED = {"diwakili", "diwakilkan", "mewakilkan"}  # the representative who received it
_TOP_WORDS = {"teratas", "terbaik", "tertinggi", "terdepan", "terbaiknya"}
# the kind nouns a reference names, and the entity types they refer to ("kabupaten itu": a pemkab)
EARLIER_CLAUSE = frozenset({"setelah", "sesudah", "usai", "seusai", "ketika", "sewaktu", "tatkala"})  # "…, setelah pada 2024 X meraih …"
REFERRED_KINDS = {"desa": {"desa", "pemdes"}, "kelurahan": {"kelurahan"}, "kabupaten": {"pemkab"},
                  "kota": {"pemkot"}, "provinsi": {"pemprov"}, "sekolah": {"sekolah"},
                  "puskesmas": {"puskesmas"}, "perusahaan": {"company"}, "kampus": {"perguruan_tinggi"},
                  "universitas": {"perguruan_tinggi"}, "pengadilan": {"pengadilan"}, "kejaksaan": {"kejaksaan"}}
_ORDINAL_GROUPS = {"kedua": 2, "ketiga": 3, "keempat": 4, "kelima": 5, "keenam": 6}
_PREDICATE_JOINS = {"dan", "serta", "sehingga", "lalu"}
_COUNTED = {"keduanya": 2, "ketiganya": 3, "keempatnya": 4, "kelimanya": 5}
_RANK_COLUMNS = {"peringkat", "juara", "ranking", "posisi", "no", "no.", "nomor", "urutan"}
_LOCATOR_COLUMNS = {"kabupaten/kota", "kab/kota", "kabupaten", "kota", "provinsi", "asal", "daerah", "kecamatan",
                    "lokasi", "wilayah", "nilai", "skor", "poin", "total", "keterangan"}
_WINNER_COLUMNS = {"pemenang", "penerima", "peraih", "nama", "juara", "nama pemenang", "nama penerima"}
_REGION_COLUMNS = {"provinsi", "kabupaten/kota", "kab/kota", "kabupaten", "kota", "daerah", "pemerintah daerah",
                   "instansi", "perusahaan", "opd", "perangkat daerah", "satuan kerja", "unit kerja", "badan publik"}
_SCORE_COLUMNS = {"nilai", "skor", "indeks", "poin", "total", "nilai akhir", "total nilai", "capaian"}
_VALUE_COLUMNS = {"predikat", "opini", "kategori", "hasil", "status", "peringkat", "klasifikasi", "grade"}
_COLUMN_GAP = re.compile(r"^(?:\t[ \t]*| {2,}[ \t]*)$")  # (a single space token is one extra space)
_NUMBER_CELL = re.compile(r"^\d{1,3}(?:[.,]\d{1,3})?$")
_QUOTE_MARKS = {"“", '"', "‘", "'", "«"}
_POSSESSIVE_GRADES = {"predikatnya", "peringkatnya", "opininya", "nilainya"}
_NOT_ADJUNCTS = {"di", "dari", "asal", "se", "dengan", "kepada", "oleh", "bagi", "untuk"}  # after a subject, no adjunct to its verb
_EARLIER_TIME = {"pada", "tahun", "lalu", "juga", "pun", "sempat", "berhasil"}  # before an earlier event's verb
_THIS_TIME = frozenset({"tahun", "kali", "ini"})  # "Penerimanya tahun ini antara lain …": the present
_TIME_NOUNS = {"tahun", "bulan", "minggu", "pekan", "hari", "malam", "senin", "selasa", "rabu", "kamis",
               "jumat", "sabtu", "minggu", "periode", "masa", "waktu"}
_RANGE_WORDS = {"sampai", "hingga", "-", "–", "s/d", "sd"}
_RELATIVE_PLACES = {"bawah", "atas", "belakang", "depan", "samping"}  # "di bawah X": a place by X
_PREPOSITIONS = {"di", "dari", "ke", "pada", "untuk", "dalam", "oleh", "atas", "terhadap", "se", "bagi",
                 "dengan", "antara", "kepada", "tentang", "melalui", "versi", "bersama", "seperti", "asal"}
_TIME_WORDS = {"tahun", "sejak", "pada", "kali", "berturut", "berturut-turut", "turut", "dan", "selama",
               "sebanyak", "kalinya", "lalu", "ini", "kembali"}
_BODIES = {"GOV", "UNIT", "UNIT_ALIAS", "COMPANY", "GIVER", "REGION"}  # actors that are no person
_HANDOVER_NOUNS = {"penyerahan", "penganugerahan", "pemberian"}  # the handover told as a noun
_MEANS_WORDS = {"lewat", "melalui", "berkat", "atas"}  # what an award was won for, after its class
_NEGATED_JOINS = {"dan", "namun", "tetapi", "tapi", "serta", "sehingga"}  # "…, namun/sehingga belum/tidak …": a predicate denied
_ONLY_WORDS = {"hanya", "cuma"}  # "…, hanya A yang meraih X": the winners picked out of a pool told before
_LABEL_DASHES = {"–", "—", "-"}  # a line's label and its winners ("Guru Teladan — X")
_CLAUSE_OPENERS = {"bahwa", "dan", "serta", "yakni", "yaitu", "ketika", "saat", "setelah", "usai", "sejak"}


@dataclass
class Frame:
    sentence: Span
    items: list[Item]
    rule: str
    trigger: int  # token of the trigger (verb, opener, line start)
    clause: tuple[int, int]  # token range of the clause
    award: tuple[int, int] | None = None  # an award's head token and the clause end for naming
    heading: tuple[int, int] | None = None  # token range of a grade/category heading
    years: list[int] = field(default_factory=list)
    history: bool = False  # an earlier year's award ("sebelumnya", "tahun lalu")
    previous_year: bool = False  # "tahun lalu"
    giver: Entity | None = None
    anaphor: int = 0  # recipients referred back to: how many (0: none; -1: the topic)
    extra_label: tuple[int, int] | None = None  # a list line's label ("Juara 1", a category)
    confers: bool = True  # False: the clause tells of actors but confers nothing (only scores)
    award_sentence: Span | None = None  # the sentence naming the award, when not the frame's own
    listed: bool = False  # years listed together ("sejak Tahun 2019, 2021, dan 2023"): one award each
    categories: list[str] = field(default_factory=list)  # categories won, listed ("Tiga kategori … adalah A; B")
    counted: int = 0  # awards counted in the subject ("Ketiga piala itu diraih untuk kategori …")
    top: int = 0  # the first of the ranking told before ("Dua daerah teratas masuk …"): how many
    value: tuple[int, int] | None = None  # a list line's value after its recipient ("X: WTP")
    receivers: list[Item] = field(default_factory=list)  # who received it for the ones after "untuk/bagi"
    for_whom: tuple[int, int] | None = None  # "Piala untuk <X / keempat kabupaten itu> diterima …"
    section: tuple[int, int] | None = None  # a category's heading line over its paragraph ("Kategori Maju")
    designated: bool = False  # "menetapkan A dan B sebagai peraih X kategori K": the award after "sebagai"
    group_grade: Span | None = None  # "Kesemuanya meraih predikat B." over the list the line is in


class FrameFinder:
    """Frames of one document."""

    def __init__(self, table: TokenTable, sentences: list[Span], by_sentence: list[list[Mention]],
                 reader: ListReader, lexicon: Lexicon):
        self.table = table
        self.sentences = sentences
        self.by_sentence = by_sentence
        self.reader = reader
        self.lex = lexicon
        self._last_year_at: list[int] | None = None  # tokens where "tahun lalu" … starts
        self._graded = {j for mentions in by_sentence for m in mentions if m.label == "GRADE" for j in range(m.start, m.end)}
        self._class_starts = {m.start for mentions in by_sentence for m in mentions if m.label in ("GRADE", "CATEGORY")}
        self._award_heads = {m.start for mentions in by_sentence for m in mentions if m.label == "AWARD_HEAD"}
        self._sentence_number = {s.start: n for n, s in enumerate(sentences)}
        # the words a trigger of _trigger_at can start with
        self._trigger_starts = (lexicon.passive_receive.starts | lexicon.receive.starts | lexicon.position.words
                                | lexicon.completing
                                | lexicon.passive_give.starts | lexicon.give.starts | lexicon.designate.starts
                                | lexicon.nominal_cues
                                | lexicon.openers.starts | _POSSESSIVE_GRADES | _HANDOVER_NOUNS | {"diterima", "kepada", "jatuh"})

    def frames(self) -> list[Frame]:
        found = self._all_frames()
        if self._sport():
            # a match report: places in a standing are no awards; a title ("juara umum") or a
            # named award is
            found = [f for f in found if self._titled(f)]
        if not self._group_received():
            # "X meraih …. Posisi kedua disusul oleh Y": others' places in the ranking are no
            # awards unless the article says a group received it
            # (not the places told after the first place: "Peringkat pertama diraih A, peringkat
            # kedua B, dan peringkat ketiga C", "A meraih juara I …. Juara II diraih B")
            first = min((f.sentence.start for f in found if any(i.rank == 1 for i in f.items)), default=None)
            found = [f for f in found if not self._runner_up(f) or first is not None and f.sentence.start >= first]
        return found

    def _category_heading(self, clause, k: int, mentions: list[Mention]) -> int | None:
        """Where a category opens the clause, or a part of it after a comma ("…, kategori B
        kepada Y"), with no verb before ``k``; else None."""
        text, lower = self.table.text, self.table.lower
        opens = [m.start for m in mentions if m.label == "CATEGORY" and clause[0] <= m.start < k and
                 (m.start == clause[0] or text[m.start - 1] in {",", ";"} or lower[m.start - 1] in {"dan", "serta"})]
        start = max(opens, default=None)
        if start is None or any(self._verb_like(j) for j in range(start, k)):
            return None
        return start

    def _verb_like(self, j: int) -> bool:
        lower = self.table.lower
        return bool(self.lex.receive.at(lower, j) or self.lex.passive_receive.at(lower, j) or
                    self.lex.give.at(lower, j) or self.lex.passive_give.at(lower, j) or
                    self._other_verb(j, j + 1))

    def _runner_up(self, frame: Frame) -> bool:
        """A frame that only places its recipients second or lower, with no award word."""
        lower = self.table.lower
        lo, hi = frame.clause
        return bool(frame.items) and all(i.rank and i.rank >= 2 for i in frame.items) and \
            frame.rule in ("ranked", "passive") and \
            not any((self.lex.award_nouns.at(lower, j, hi) or j in self._award_heads)  # ("Juara II Lomba X diraih Y")
                    and lower[j] not in self.lex.position_objects for j in range(lo, hi))

    def _group_received(self) -> bool:
        """"Lima pemerintah daerah mendapatkan penghargaan": a counted group received the award."""
        lower = self.table.lower
        for sentence in self.sentences:
            verbs = [j for j in range(sentence.start, sentence.end)
                     if self.lex.receive.at(lower, j, sentence.end) or self.lex.passive_receive.at(lower, j, sentence.end)]
            if verbs and self._counted_before(sentence.start, verbs[0]):
                return True
            # "memberikan penghargaan STBM kepada 42 kabupaten/kota": given to a counted group
            for j in range(sentence.start, sentence.end - 2):
                if lower[j] in self.lex.recipient_markers and \
                        (lower[j + 1] in self.lex.number_words or lower[j + 1].isdigit()) and \
                        lower[j + 2] in self.lex.recipient_nouns:
                    return True
        return False

    def _sport(self) -> bool:
        return is_match_report(self.table.lower, self.lex)

    def _titled(self, frame: Frame) -> bool:
        lower = self.table.lower
        lo, hi = frame.clause
        return any(self.lex.sport_titles.at(lower, j, hi) for j in range(lo, hi)) or \
            any(self.lex.award_nouns.at(lower, j, hi) and lower[j] not in {"juara", "kategori"}
                for j in range(lo, hi))

    def _all_frames(self) -> list[Frame]:
        found: list[Frame] = []
        in_list = False  # after a heading that introduces a list of winners, while lines go on
        heading: tuple[int, int] | None = None  # the last heading line inside such a list
        intro: Span | None = None
        intro_from = 0  # where the list's introduction starts
        ranked_by: str | None = None  # the rank word of the list's introduction ("daftar juara")
        awards_listed = False  # the introduction counts the awards of one recipient ("Ketiga penghargaan itu adalah:")
        section: tuple[int, int] | None = None  # "Kategori Maju" on its own line over a paragraph of prose
        group_grade: Span | None = None  # a grade told for all the list's members, before its lines
        others = False  # under a heading over judges or nominees ("Dewan juri:"): its lines won nothing
        paused: Span | None = None  # the list's introduction while judges' lines stand between it and its headings
        for sentence, mentions in zip(self.sentences, self.by_sentence):
            if self._aside(sentence):
                continue
            made = self._sentence_frames(sentence, mentions)
            section = self._section(sentence, mentions, section)
            for frame in made:
                frame.section = section
            self._last_time = self._time_of(sentence)
            # (the list of winners goes on under the next heading, or at the first line naming a body)
            others = self._is_heading(sentence) and self._names_others(sentence) or others and (
                self._is_bullet(sentence) or self._line_number(sentence) is not None) and \
                not self._line_names_body(sentence)
            line = None if others else self._line_frame(sentence, mentions, in_list, heading)
            if line is not None and ranked_by and len(line.items) == 1 and line.items[0].rank is None \
                    and line.extra_label is None:  # ("1. Sutradara Terbaik: X" numbers categories)
                number, word = self._line_number(sentence), ranked_by
                if number:  # "Berikut daftar juara …: 1. Desa X": the number is the rank
                    line.items[0].rank, line.items[0].rank_word = number, _rank_words(word, str(number))
            if line is not None:
                line.award_sentence = intro
                line.group_grade = group_grade
                if line.heading is None and intro is not None:
                    # "… penerima Anugerah X 2024 kategori Y:" (and a title line right under it)
                    line.heading = (intro_from, intro.end)
            if line is not None:
                made = [f for f in made if not any(i.start < line.items[-1].attributes_end and
                                                   line.items[0].start < i.attributes_end
                                                   for i in f.items) and
                        not (line.extra_label and f.items and  # (a label's value is the line's own)
                             all(line.extra_label[1] < i.start < line.sentence.end for i in f.items)) and
                        not (line.value and f.items and all(line.value[0] <= i.start for i in f.items))] + [line]
            if not made and line is None and in_list and awards_listed:
                won = self._category_line(sentence)  # "Ketiga penghargaan itu adalah: 1. A 2. B"
                made = [won] if won is not None else made
            if not made and line is None:
                ranked = self._list_goes_on(sentence)
                made = [ranked] if ranked is not None else made
            listed = self._listed_years(sentence)
            if listed and found and found[-1].items and not made:
                # "… meraih predikat KLA Pratama. Yaitu pada tahun 2012, 2013, 2015.": one a year
                last = found[-1]
                made = [Frame(last.sentence, last.items, last.rule, last.trigger, last.clause,
                              award=last.award, heading=last.heading, years=listed, history=True,
                              award_sentence=last.award_sentence, extra_label=last.extra_label)]
            if in_list and others:
                paused = intro  # (judges' lines keep the introduction for the headings after them)
            group_before = self._names_the_group_before(sentence, mentions)  # "… Mereka adalah:" over lines
            if group_before or self._introduces_list(sentence, mentions, any(f.items and f.confers for f in made)):
                # a heading under "Berikut daftar juara …:" keeps the list's rank word
                ranked_by = self._rank_word(sentence) or (ranked_by if in_list else None)
                # two introductions in a row ("Berikut … kategori Y" over a title line "DAFTAR …"): one heading
                intro_from = intro_from if in_list and intro is not None and self._previous(sentence) is intro \
                    and not any(m.label in ("GRADE", "CATEGORY") for m in mentions) else sentence.start
                if group_before:
                    intro_from = group_before.start  # "Tiga daerah meraih X kategori Y. Mereka adalah:"
                in_list, heading, intro = True, None, sentence
                awards_listed = self._awards_counted(sentence)
            elif line is not None or self._is_bullet(sentence) or "|" in sentence.text or \
                    self._number_alone(sentence):
                pass  # (a table's header row goes on with the list; "1." split off from its line)
            elif (in_list or paused is not None) and self._is_heading(sentence) and not self._names_others(sentence):
                if not in_list:  # "Dewan juri:" and its lines, then "Predikat Informatif": the list goes on
                    in_list, intro = True, paused
                heading = (sentence.start, sentence.end)
            else:
                in_list, heading, ranked_by = False, None, None
            if not (in_list or others or line is not None or self._is_bullet(sentence)):
                paused = None  # (prose ends a paused list)
            listing = in_list or line is not None or self._is_bullet(sentence) or "|" in sentence.text
            group_grade = sentence if self._grades_the_group(sentence, mentions) else group_grade if listing else None
            found += made
            self._found = found
        return found

    # -- one sentence --------------------------------------------------------------------

    def _aside(self, sentence: Span) -> bool:
        """"Baca Juga: Kota X Raih …": the headline of another article, inserted between lines;
        "Sumber: Kementerian X, diolah": a note under a list."""
        start = self.reader._skip_bullet(sentence.start, sentence.end)
        lower = self.table.lower
        return " ".join(lower[start:start + 3]).startswith(self.lex.inserted) or \
            start + 1 < sentence.end and lower[start] in self.lex.note_labels and lower[start + 1] == ":"

    def _sentence_frames(self, sentence: Span, mentions: list[Mention]) -> list[Frame]:
        frames: list[Frame] = []
        taken: set[int] = set()
        k = sentence.start
        heading = self._rank_heading(sentence, mentions)
        if heading is not None:
            frames.append(heading)
            taken.update(i.start for i in heading.items)
        self._made = frames
        while k < sentence.end:
            frame, after = self._trigger_at(k, sentence, mentions)
            if frame is not None and frame.items and self._counted_works_before(frame):
                first = frame.items[0].start  # ("Ombak 2: Pulang": a colon inside a title)
                while first - 1 > frame.clause[0] and self.table.text[first - 1] not in {",", ";"} and \
                        self.table.lower[first - 1] not in self.lex.openers.words:
                    first -= 1
                frame.items = self._titles(first, frame.clause[1]) or frame.items
            if frame is not None:
                # (the subject again in "X mempertahankan gelar itu setelah sebelumnya merebutnya
                # pada 2022": another year's award of the same subject)
                again = frame.rule == "receive" and frame.history and (
                    bool(frame.years) and any(f.items and f.years and f.years[0] not in frame.years for f in frames)
                    or frame.previous_year and any(f.items and f.years for f in frames))  # ("setelah tahun lalu …")
                # ("A, B dan C yang pernah meraih WBK pada 2016, kini dinobatkan …": the relative
                # clause's earlier award does not take the subject from the main verb's)
                earlier = {i.start for f in frames if f.history and f.years for i in f.items}
                # ("X meraih nilai 93,12 dan dikategorikan Zona Hijau": a second predicate confers
                # what the first, a score's, did not)
                scored = {i.start for f in frames if not f.confers for i in f.items} \
                    if frame.confers and frame.rule == "receive" else set()
                frame.items = [i for i in frame.items if i.start not in taken or again or
                               (i.start in earlier and not frame.history) or i.start in scored]
                if not frame.items and frame.history and (frame.years or frame.previous_year):
                    frame.items = self._earlier_event_subject(frame, frames)
                if not frame.items and not frame.history and not any(f.confers for f in frames):
                    frame.items = self._main_subject_of_time_clause(frame, sentence)
                if frame.items:
                    taken.update(i.start for i in frame.items)
                    frames.append(frame)
                elif frame.anaphor or frame.categories or frame.receivers:
                    frames.append(frame)
            k = max(after, k + 1)
        frames += self._gapped(sentence, frames, taken)
        frames = [f for f in frames if not self._left_without_award(f, sentence)]
        for frame in frames[:1]:
            frame.items[:0] = self._besides(frame, sentence)
        for frame, following in zip(frames, frames[1:]):
            if frame.rule == "receive" and frame.award and following.items and \
                    frame.award[0] <= following.items[0].start < frame.award[1]:
                frame.award = (frame.award[0], following.items[0].start)
                if following.rule == "receive" and frame.trigger < following.items[0].start < frame.clause[1]:
                    # "A meraih kategori K, B meraih kategori L": the first clause ends where the second begins
                    frame.clause = (frame.clause[0], following.items[0].start)
            if frame.rule == "passive" and frame.items and following.items and \
                    frame.items[-1].attributes_end < following.trigger < frame.clause[1]:
                # "K diraih A, L diraih B": the first clause ends at the comma before the second's class
                comma = next((j for j in range(frame.items[-1].attributes_end, following.trigger)
                              if self.table.text[j] == ","), None)
                if comma is not None:
                    frame.clause = (frame.clause[0], comma)
        return frames

    def _besides(self, frame: Frame, sentence: Span) -> list[Item]:
        """"Selain A, penghargaan ini juga diterima B": the bodies set apart before the comma won it
        too (the clause says "juga"); not "Selain itu, …" nor "Selain meraih X, …"."""
        lower, text = self.table.lower, self.table.text
        start = sentence.start
        if lower[start] != "selain" or not frame.confers or not frame.items or \
                not any(lower[j] in {"juga", "pula", "pun"} for j in range(*frame.clause)):
            return []
        comma = next((j for j in range(start + 1, frame.items[0].start) if text[j] == ","), None)
        if comma is None:
            return []
        items = self.reader.read(start + 1, comma, names=False)
        told = {i.entity.name for i in frame.items}
        if not items or items[-1].attributes_end != comma or \
                any(i.entity.type == "person" or i.entity.name in told for i in items):
            return []
        return _unclassed(items)

    def _left_without_award(self, frame: Frame, sentence: Span) -> bool:
        """"X, yang berada di urutan keempat, harus puas tanpa trofi": a place told in a relative
        clause whose subject goes home without an award ("tanpa <award noun>")."""
        lower = self.table.lower
        if frame.rule != "receive" or not any(lower[j] == "yang" for j in range(max(sentence.start, frame.trigger - 2), frame.trigger)):
            return False
        return any(lower[j] == "tanpa" and self.lex.award_nouns.at(lower, j + 1, sentence.end)
                   for j in range(frame.trigger + 1, sentence.end - 1))

    def _earlier_event_subject(self, frame: Frame, frames: list[Frame]) -> list[Item]:
        """"X kembali meraih A setelah tahun lalu meraih penghargaan serupa": a time clause's verb
        with its subject left out tells an earlier award of the subject of the clause before it."""
        lower = self.table.lower
        before = [f for f in frames if f.items and f.confers and not f.history and f.trigger < frame.trigger]
        opened = any(lower[j] in self.lex.time_clauses for j in range(max(frame.clause[0], frame.trigger - 5), frame.trigger))
        if not before or not opened:
            return []
        return _unclassed(before[-1].items)

    def _main_subject_of_time_clause(self, frame: Frame, sentence: Span) -> list[Item]:
        """"A, B, dan C patut berbangga setelah meraih X", "X menggelar syukuran usai meraih Y": a time
        clause's verb right after its word, with no subject of its own and no award told before it in
        the sentence, is the news itself: its subject is the one the sentence opens with."""
        lower, text = self.table.lower, self.table.text
        word = frame.trigger - 1
        if frame.rule != "receive" or word <= sentence.start or lower[word] not in self.lex.time_clauses or \
                text[word - 1] == ",":
            return []  # (", setelah meraih …": an aside of another event)
        # (a person named without a title too: "Raka Pratama membuktikan kehebatannya setelah meraih …")
        items = self.reader.read(sentence.start, word, names=False) or self.reader.read(sentence.start, word, names=True)
        if not items or items[0].start != sentence.start:
            return []
        # the main predicate right after the subject: a few plain words ("patut berbangga", "menggelar
        # syukuran"), no quotation, speech or other clause between
        between = range(items[-1].attributes_end, word)
        return items if len(between) <= 5 and all(text[j].isalpha() and text[j].islower() and
                                                  lower[j] not in self.lex.speech for j in between) else []

    def _gapped(self, sentence: Span, frames: list[Frame], taken: set[int]) -> list[Frame]:
        """"A meraih X kategori K, sedangkan B untuk kategori L dan C untuk kategori M": a clause
        with its verb left out, whose members each tell their own class, goes on with the award of
        the clause before it; so does each clause of a series joined by semicolons ("A meraih Juara 1
        kategori K; B, Juara 2 kategori L; dan C, Juara 3 kategori M")."""
        if not frames or not frames[-1].items:
            return []
        last, gapped = frames[-1], []
        j = max(last.trigger, max(i.attributes_end for i in last.items))
        while True:
            frame = self._gapped_clause(sentence, last, j, taken)
            if frame is None:
                return gapped
            gapped.append(frame)
            j = frame.items[-1].attributes_end

    def _gapped_clause(self, sentence: Span, last: Frame, j: int, taken: set[int]) -> Frame | None:
        lower, text = self.table.lower, self.table.text
        classed = self._class_then_agent(j, sentence.end, last) or self._likewise(j, sentence.end, last, taken)
        if classed is not None:
            return classed
        join = next((t for t in range(j, sentence.end - 1) if lower[t] in _CONTRAST or text[t] == ";" or
                     text[t] == "," and lower[t + 1] in {"dan", "serta"} or
                     # ("A berjaya di kategori K, B di kategori L", "… K dan B terbaik di kategori L")
                     (text[t] == "," or lower[t] in {"dan", "serta"}) and t + 1 in self.reader.actors), None)
        if join is None or not last.confers or text[join] != ";" and last.rule not in ("receive", "passive", "given"):
            return None  # (a list's own semicolons go on with any frame: "penerimanya adalah A dengan X; B …")
        j = join
        while j < sentence.end and (lower[j] in _CONTRAST or lower[j] in {",", ";", "dan", "serta"}):
            j += 1
        if j >= sentence.end or j in taken:
            return None
        # (a semicolon series reads a proper name too: "…; B, Samosir, Juara 3 kategori M")
        items = self.reader.read(j, sentence.end, names=text[join] == ";")
        end = items[-1].attributes_end if items else j
        if not items or any(i.start in taken or not (i.category or i.grade or i.rank) for i in items) or \
                end < sentence.end and text[end] not in {".", ";", ","}:
            return None
        taken.update(i.start for i in items)
        if last.clause[1] > join:
            last.clause = (last.clause[0], join)  # the clause before ends where this one begins
        return _continued(last, items, (j, sentence.end), None)

    def _likewise(self, j: int, end: int, last: Frame, taken: set[int]) -> Frame | None:
        """"A meraih X, begitu pula B dan C": after "begitu/demikian pula/juga" the same award goes
        to the members named, with the verb left out."""
        lower, text = self.table.lower, self.table.text
        j = next((t for t in range(j, end - 3) if text[t] == "," and lower[t + 1] in {"begitu", "demikian"}
                  and lower[t + 2] in {"pula", "juga"}), None)
        if last.rule not in ("receive", "passive", "given") or j is None:
            return None
        items = self.reader.read(j + 3, end, names=False)
        if not items or any(i.start in taken for i in items) or \
                items[-1].attributes_end < end and text[items[-1].attributes_end] not in {".", ","}:
            return None
        taken.update(i.start for i in items)
        return _continued(last, [replace(i, rank=None) for i in items], (j + 3, end), None)

    def _class_then_agent(self, j: int, end: int, last: Frame) -> Frame | None:
        """"Kategori K dimenangkan oleh A, kategori L oleh B, dan kategori M oleh C": after a comma, a
        class and the passive's agent marker with the verb left out; each part names its own winners."""
        lower, text = self.table.lower, self.table.text
        if last.rule != "passive" or j >= end or text[j] != ",":
            return None
        k = j + 1 + (j + 1 < end and lower[j + 1] in {"dan", "serta"})
        told = self.reader.class_at(k) if k < end else None
        marker = told[2] if told is not None else end
        if told is None or marker >= end or lower[marker] not in {"oleh", "kepada"}:
            return None
        items = self.reader.read(marker + 1, end, names=True)
        if not items:
            return None
        for item in items:
            take_class(item, told)
        if last.clause[1] > j:
            last.clause = (last.clause[0], j)  # the first part ends where the next begins
        return _continued(last, items, (k, end), (k, marker))

    def _trigger_at(self, k: int, sentence: Span, mentions: list[Mention]) -> tuple[Frame | None, int]:
        lower, text, lex = self.table.lower, self.table.text, self.lex
        if lower[k] not in self._trigger_starts and text[k] != ":" and not (
                k > sentence.start and (text[k - 1] == "," or lower[k - 1] in {"dan", "serta", "lalu"})) \
                and not (text[k] == "," and lower[sentence.start] in self.lex.heading_openers):
            return None, k + 1  # no trigger can start here (most tokens): skip the clause work
        clause = self._clause(sentence, k)
        end = lex.passive_receive.at(lower, k, clause[1])
        if end is None and lower[k] == "diterima":
            after = k + 1
            while after < clause[1] and lower[after] in {"oleh", "langsung", "secara", "masing-masing"}:
                after += 1
            # ("Penghargaan kedua diterima Agustinus X untuk kategori Y": after an award as its
            # subject, a bare name received it)
            # (its subject after a fronted adjunct too: "Untuk kategori K, penghargaan diterima X")
            subject = next((j + 1 for j in range(k - 1, clause[0], -1) if self.table.text[j] == ","), clause[0])
            named = self.lex.award_nouns.at(lower, subject, k) is not None and \
                self.reader.actor(after, clause[1], True, None) is not None
            if after < clause[1] and (self.reader.actor(after, clause[1], False, None) is not None
                                      or lower[k + 1] in {"oleh", "masing-masing"} or named):
                # "… diterima (oleh) Bupati X": who received it follows; "Piala untuk X diterima
                # (langsung oleh) Y": read from Y on
                end = after if lower[k + 1] == "masing-masing" or any(
                    lower[j] in {"untuk", "bagi"} for j in range(clause[0], k)) else k + 1
        if end is not None and k >= 2 and lower[k - 1] == "yang" and lower[k - 2] == "kategori":
            return None, k + 1  # "Adapun kategori yang diraih adalah K": K is the class won, no winner
        if end is not None and not self._blocked(clause, k):
            if lower[k] == "jatuh" and (end >= clause[1] or lower[end] not in {"ke", "kepada", "pada", "ketangan"}):
                return None, k + 1
            frame = self._after(k, end, clause, sentence, "passive")
            # "Penghargaan X ini bukan yang pertama, namun … diterima oleh Y": the subject before
            # a contrast is the clause's too
            subject_start = sentence.start if lower[clause[0]] in _CONTRAST else clause[0]
            for_whom = next((j + 1 for j in range(clause[0], k) if lower[j] in {"untuk", "bagi"} and j + 1 < k and (
                self.reader.actor(j + 1, k, False, None) or
                j > clause[0] and self.lex.award_nouns.at(lower, j - 1, j) or
                j > clause[0] + 1 and self.lex.award_nouns.at(lower, j - 2, j))), None) if lower[k] == "diterima" else None
            if for_whom is not None:
                # "Trofi untuk X diterima Ketua Y, Z", "Piala bagi keempat kabupaten itu diterima
                # masing-masing oleh A, B, …": who received it for whom
                frame.receivers, frame.for_whom, frame.items = frame.items, (for_whom, k), []
            if not frame.items:  # "Ketiga piala itu diraih untuk kategori A, B, C": the topic's
                # ("Penghargaan yang sama juga diraih pada 2021 dan 2022": no one named after the verb)
                unnamed = not any(text[j][:1].isupper() for j in range(k + 1, clause[1]))
                frame.counted = self._awards_referred(clause[0], k, same=unnamed)
                frame.anaphor = -1 if frame.counted else 0
            frame.confers = (self._awarded(subject_start, k, mentions) and
                             not self._score_subject(subject_start, k, mentions)) \
                or any(i.rank or i.grade for i in frame.items) \
                or (k > clause[0] and text[k - 1] in self.reader.tier_names)  # "Sementara Pratama diraih …"
            return frame, end
        if lower[k] in _POSSESSIVE_GRADES and k > clause[0] and not self._blocked(clause, k) and \
                any(m.label == "GRADE" and m.start == k for m in mentions):
            # "naik pada 2021 predikatnya A": the topic's grade that year
            frame = Frame(sentence, [], "receive", k, clause, award=(k, clause[1]), anaphor=-1)
            self._years(frame, clause)
            if frame.years:
                return frame, clause[1]
        end = lex.receive.at(lower, k, clause[1])
        agent = None
        if end is None and lower[k] in _NAMING_VERBS:
            end, agent = self._named_by(k, clause)
        if end is None and (lower[k] in lex.position or lower[k] in lex.completing):
            end = self._position(k, clause, mentions)
        if end is not None and not self._blocked(clause, k):
            frame = self._before(k, end, clause, sentence)
            frame.confers = (self._awarded(k if agent is None else end - 1, self._object_end(end, clause[1]), mentions)
                             or self._completes_top(k, clause[1]) is not None) and not self._from_bottom(end, clause[1])
            frame.giver = agent.entity if agent is not None else frame.giver
            return frame, end
        designated = self._designated(k, clause, sentence, mentions)
        if designated is not None:
            return designated, designated.items[-1].attributes_end
        end = lex.passive_give.at(lower, k, clause[1]) or lex.give.at(lower, k, clause[1])
        if end is not None and not self._blocked(clause, k):
            markers = [j for j in range(end, clause[1]) if lower[j] in lex.recipient_markers and lower[j] != "pada"]
            marker = markers[0] if markers else None
            if marker is not None:
                frame = self._after(k, marker + 1, clause, sentence, "given", names=True)
                if not frame.items:  # "diberikan untuk kategori A (X) dan kategori B (Y dan Z)"
                    frame.items = self._credited_categories(marker + 1, clause[1])
                later = next((j for j in markers[1:] if lower[marker + 1] == "kategori" and lower[j] == "kepada"), None)
                if not frame.items and later is not None:
                    # "memberikan X untuk kategori K kepada A": the category, then who receives
                    frame, marker = self._after(k, later + 1, clause, sentence, "given", names=True), later
                    frame.heading = (clause[0], later)  # (the category heads the recipients)
                if not frame.items:  # "… kepada kabupaten tersebut": the one told before
                    frame.anaphor = self._anaphor(marker + 1, clause[1])
                frame.giver = self._giver_subject(clause[0], k) if lex.give.at(lower, k, clause[1]) else None
                if frame.giver is not None:  # ("<giver> menganugerahi penghargaan kepada <giver> dan …": the
                    # giver's own name among those it gives to names its kind, no body awards itself)
                    frame.items = [i for i in frame.items if i.entity is None or i.entity.name != frame.giver.name]
                frame.confers = self._awarded(clause[0], clause[1], mentions)
                return frame, marker + 1
            return None, end
        if lower[k] in _HANDOVER_NOUNS and k + 2 < clause[1] and not self._blocked(clause, k):
            # "Penyerahan penghargaan kepada A, B, dan C berlangsung di …": who receives, told
            # before what they received ("Ketiganya meraih …")
            marker = next((j for j in range(k + 1, min(clause[1], k + 6)) if lower[j] == "kepada"), None)
            if marker is not None:
                frame = self._after(k, marker + 1, clause, sentence, "given", names=True)
                frame.confers = False
                if frame.items:
                    return frame, marker + 1
        heading = self._category_heading(clause, k, mentions) if lower[k] == "kepada" and k > clause[0] \
            and k + 1 < clause[1] else None
        if heading is not None:
            # "Kategori pengabdi lingkungan kepada A dan B": the give verb told before is left out
            frame = self._after(k, k + 1, clause, sentence, "given", names=True)
            frame.heading = (heading, k)
            self._years(frame, clause)
            return frame, k + 1
        in_title = k > sentence.start and text[k][:1].isupper() and text[k - 1][:1].isupper()
        if lower[k] in lex.nominal_cues and k + 1 < clause[1] and not self._blocked(clause, k) and \
                not in_title:  # "SK tentang Penetapan Pemenang, X …": a document's title
            # "Kategori Kabupaten Besar, pemenangnya Kabupaten Lumajang dan Bandung",
            # "penerima Kalpataru 2023 adalah Asep", "penerima kelompok adalah Yayasan Ulin"
            start = k + 1
            named = start
            while named < clause[1] and named - start < 6 and not lex.openers.at(lower, named, clause[1]) and \
                    (text[named][:1].isupper() or YEAR.match(text[named]) or lower[named] in self.lex.recipient_nouns
                     or lower[named] in self.lex.award_nouns.words or lower[named] in _THIS_TIME):
                named += 1
            if named > start and named < clause[1] and lex.openers.at(lower, named, clause[1]):
                start = named
            opened = False  # "penerima X adalah Asep …": after a cue and an opener a name is a recipient
            while start < clause[1] and (lex.openers.at(lower, start, clause[1]) or text[start] in {":", ","}):
                opened = opened or lex.openers.at(lower, start, clause[1]) is not None or text[start] == ":"
                start = lex.openers.at(lower, start, clause[1]) or start + 1
            if self.reader.actor(start, clause[1], opened, None) is not None:
                frame = self._credits_listed(self._after(k, start, clause, sentence, "listed", names=True), start)
                frame.heading = (self._segment_start(clause[0], k), k)
                return frame, start
        rank = self.reader._rank(k, clause[1]) if k > clause[0] and text[k - 1] == "," or \
            (k > clause[0] and lower[k - 1] in {"dan", "serta", "lalu"}) else None
        if rank is not None and rank[1] < clause[1]:
            # "…, diposisi kedua ada Lapas X, dan posisi ketiga adalah Lapas Y", "…, juara kedua
            # kepada B": the verb told once for every rank
            start = lex.openers.at(lower, rank[1], clause[1]) or \
                (rank[1] + 1 if lower[rank[1]] in lex.recipient_markers else rank[1])
            items = self.reader.read(start, clause[1], names=start > rank[1], ranked=rank)[:1]
            if items:
                frame = Frame(sentence, items, "ranked", k, clause, award=None, heading=(clause[0], k))
                self._years(frame, clause)
                return frame, items[0].attributes_end
        if text[k] == "," and self._heading_list(clause, k, sentence):
            # "Untuk kategori belanja tertinggi tingkat kota, A (Riau), B (Lampung), dan C": no verb
            frame = self._after(k, k + 1, clause, sentence, "listed", names=False,
                                hint=region_kind_hint(lower, clause[0], k, lex))
            frame.heading = (clause[0], k)
            return frame, clause[1]
        end = lex.openers.at(lower, k, clause[1]) or (k + 1 if text[k] == ":" else None)
        if end is not None and lower[k] in lex.joins and k >= 2 and text[k - 1] == "," and \
                any(m.end == k - 1 and m.label in _BODIES for m in mentions):
            return None, k + 1  # "A, B, termasuk C, meraih …": the list goes on
        if end is not None and end < clause[1] and self._names_what_is_won(clause, k, end):
            return None, end  # "Kategori berikutnya adalah X terbaik diraih oleh A, …": X is the category
        if end is not None and end < clause[1] and not self._blocked(clause, k):
            before, told_in = (clause[0], k), sentence
            if k - clause[0] <= 1:  # "Di antaranya A, B": the clause before is the previous sentence
                previous = self._previous(sentence)
                before = (previous.start, previous.end) if previous is not None else before
                told_in = previous or sentence
            if not self._confers_before(before[0], before[1], told_in, mentions):
                previous = self._previous(sentence)
                if not (self._only_heading(before[0], before[1]) and previous is not None and
                        (self._confers_before(previous.start, previous.end, previous, [])
                         or self._listed_before(previous))) and \
                        not (self._relative_subject(before[0], before[1]) and self._listed_before(previous)) and \
                        not (self._group_named(clause[0], k) and previous is not None and
                             self._tells_a_conferral(previous)):
                    return None, end
            # ("Sebanyak tiga unit meraih …. Ketiganya adalah A, B, dan C": the group counted before)
            counted_again = k - clause[0] == 1 and lower[clause[0]] in _COUNTED
            if not counted_again and self._lists_other_things(before[0], before[1] if before != (clause[0], k) else k):
                won = self._categories_won((clause[0], sentence.end), k, end)  # "A; B; dan C": one list
                if won:
                    frame = Frame(sentence, [], "categories", k, clause, anaphor=-1)
                    frame.categories = won
                    self._years(frame, clause)
                    return frame, clause[1]
                return None, end
            if any(lower[j] == "kategori" and lower[j + 1] == "yang" for j in range(clause[0], k - 1)):
                return None, end  # "Adapun kategori yang diraih adalah K": the class won, no winners
            going_on = k - clause[0] <= 4 and self._listed_before(self._previous(sentence)) or \
                self._relative_subject(clause[0], k) and self._listed_before(self._previous(sentence))
            if lower[k] == "adalah" and k > clause[0] and lower[k - 1] not in _DEMONSTRATIVES and \
                    not self._counted_before(clause[0], k) and not self._heading_before(clause[0], k, mentions) \
                    and not self._receives_before(clause[0], k) and not going_on and \
                    not self._group_named(clause[0], k) and not counted_again:
                return None, end
            while end < clause[1] and (text[end] in {":", ","} or lower[end] in {"sebagai", "berikut", "ini"}):
                end += 1
            # "meliputi kategori … tingkat kota, yakni Samarinda; Mojokerto": the heading runs on
            # to a second opener
            further = next((j for j in range(end, min(clause[1], end + 20)) if lex.openers.at(lower, j, clause[1])), None)
            hint = region_kind_hint(lower, before[0], further if further is not None else before[1], lex)
            frame = self._credits_listed(self._after(k, end, clause, sentence, "listed", names=True, hint=hint), end)
            after = max((i.attributes_end for i in frame.items), default=end)
            while after < sentence.end and self.table.text[after] == ",":
                after += 1
            if frame.items and self._list_denied(after, sentence.end):
                return None, after  # "Empat daerah lainnya, termasuk A dan B, belum memenuhi …": not
            if frame.items and after > frame.items[-1].attributes_end and \
                    self._verb_after_list(after, clause[1], mentions):
                return None, end  # "Tiga daerah, yakni A, B, dan C, meraih X": the list is the verb's subject
            if self._names_awards(before[0], k if before == (clause[0], k) else before[1], mentions):
                frame.items = [i for i in frame.items if i.rule != "quoted"]
            unit = self._unit_class_before(clause[0], k, mentions)
            if unit is not None:  # "dua Kantor Wilayah (Kanwil) BPN Provinsi, yakni Aceh dan …"
                frame.items = [self._unit_of_region(unit, i) for i in frame.items]
            frame.heading = before if before != (clause[0], k) else (clause[0], k)
            if self._relative_subject(clause[0], k):  # the list goes on under the heading told before
                told = [f for f in getattr(self, "_found", []) + self._made if f.items and f.confers]
                frame.heading = told[-1].heading if told else frame.heading
            return frame, end
        return None, k + 1

    def _verb_after_list(self, k: int, end: int, mentions: list[Mention]) -> bool:
        """A receive verb (perhaps after adverbs) right after the comma closing a list, with an
        award, grade or category for its object (not "… mengantongi nilai tertinggi")."""
        lower = self.table.lower
        while k < end and lower[k] in self.lex.adverbs:
            k += 1
        verb = k < end and (self.lex.receive.at(lower, k) is not None or lower[k] in self.lex.position)
        return verb and any(k < m.start < end and m.label in ("AWARD", "AWARD_HEAD", "GRADE", "CATEGORY")
                            for m in mentions)

    def _named_by(self, k: int, clause) -> tuple[int | None, Item | None]:
        """"ditetapkan (oleh) KPK sebagai …", "dinobatkan Kemenpar menjadi …": a naming verb with
        its agent before "sebagai": the end of the verb phrase and the agent, or (None, None)."""
        lower = self.table.lower
        j = k + 1 + (k + 1 < clause[1] and lower[k + 1] == "oleh")
        agent = self.reader.actor(j, clause[1], False, None) if j < clause[1] else None
        if agent is None or agent.entity.type == "person":
            return None, None
        after = agent.end
        if after < clause[1] and self.table.text[after] == "(":  # "Komisi Pemberantasan Korupsi (KPK)"
            after = next((t + 1 for t in range(after + 1, min(clause[1], after + 6)) if self.table.text[t] == ")"),
                         after)
        if after >= clause[1] or lower[after] not in {"sebagai", "menjadi"}:
            return None, None
        return after + 1, agent

    def _designated(self, k: int, clause, sentence: Span, mentions: list[Mention]) -> Frame | None:
        """"Dewan juri menetapkan A dan B sebagai Juara I", "… memilih foto banjir karya A
        sebagai juara": the object of a designating verb, named right after it, wins what
        "sebagai" names — an award, a rank or a title, not any role ("sebagai contoh")."""
        lower = self.table.lower
        end = self.lex.designate.at(lower, k, clause[1])
        if end is None or self._blocked(clause, k):
            return None
        as_ = next((j for j in range(end + 1, clause[1]) if lower[j] == "sebagai"), None)
        if as_ is None or not self._awarded(as_, clause[1], mentions):
            return None
        start = end
        while start < as_ and lower[start] in self.lex.recipient_leads:
            start += 1
        if self.reader.actor(start, as_, True, None) is None:
            # "rangkaian foto banjir karya A": a work told in lower case, credited to its maker
            start = next((j + 1 for j in range(start, as_) if lower[j] in self.lex.credits), start)
        items = self.reader.read(start, clause[1], names=True)
        counted = self._counted_bracket(start, as_)  # "menempatkan tiga kota (A, B, dan C) sebagai …"
        if counted:
            items = counted
        elif not items or items[-1].attributes_end <= as_:
            return None  # the list must run up to "sebagai" and take what it names
        # (what "sebagai" names is every member's, not the last member's own class: "… dan C
        # sebagai peraih Piala X kategori K")
        own = self.reader.read(start, as_, names=True)
        if len(own) > 1 and len(own) == len(items) and own[-1].attributes_end >= as_ and \
                items[-1].category and not own[-1].category:
            items = own
        frame = Frame(sentence, items, "given", k, clause, award=(as_, clause[1]), heading=(clause[0], k),
                      designated=True)
        frame.giver = self._giver_subject(clause[0], k)
        frame.confers = True
        self._years(frame, clause)
        return frame

    def _list_denied(self, after: int, end: int) -> bool:
        """A predicate right after a list that negates or postpones it: "…, yakni A dan B,
        belum memenuhi …", "…, yakni A, B, dan C, masih menunggu jadwal"."""
        lower, lex = self.table.lower, self.lex
        if after < end and lower[after] == "yang":
            return False  # "…, yakni A dan B, yang akan menerima LHP pekan depan": it describes them
        return any(lower[j] in lex.negation or lex.plan.at(lower, j, end) is not None
                   for j in range(after, min(end, after + 3)))

    def _rank_heading(self, sentence: Span, mentions: list[Mention]) -> Frame | None:
        """A clause opened by a heading, then its list: "Di posisi kedua, Pemkot Pekalongan
        dengan nilai 97,46", "Untuk kategori X tingkat kota, Pekanbaru (Riau), Kotamobagu …"."""
        lower, text = self.table.lower, self.table.text
        start = sentence.start
        while start < sentence.end and lower[start] in self.lex.heading_openers:
            start += 1
        rank = self.reader._rank(start, min(sentence.end, start + 5))
        if rank is not None and rank[1] < sentence.end:
            k = rank[1] + (text[rank[1]] == ",")
            if k == rank[1] and self.reader.actor(k, sentence.end, False, None) is None:
                return None
            items = self.reader.read(k, sentence.end, names=False, ranked=rank)[:1]
            if not items:
                return None
            clause = self._clause(sentence, k)
            frame = Frame(sentence, items, "ranked", start, clause, award=None, heading=(sentence.start, k))
            self._years(frame, clause)
            return frame
        if start == sentence.start or start >= sentence.end or \
                lower[start] not in self.lex.category_openers | {"kategori"}:
            return None
        comma = next((j for j in range(start, min(sentence.end, start + 20)) if text[j] == ","), None)
        if comma is None or comma + 1 >= sentence.end:
            return None
        clause = self._clause(sentence, comma + 1)
        items = self.reader.read(comma + 1, clause[1], names=False,
                                 hint=region_kind_hint(lower, sentence.start, comma, self.lex))
        if not items or items[-1].attributes_end < clause[1] - 1:
            return None
        if not self._confers_before(sentence.start, comma, sentence, mentions):
            previous = self._previous(sentence)
            if previous is None or not (self._confers_before(previous.start, previous.end, previous, [])
                                        or self._listed_before(previous)):
                return None
        frame = Frame(sentence, items, "heading", start, clause, award=(sentence.start, comma),
                      heading=(sentence.start, comma))
        self._years(frame, clause)
        return frame

    def _segment_start(self, start: int, k: int) -> int:
        """The start of the heading a list is told under: after the list before it."""
        taken = [i.attributes_end for f in getattr(self, "_made", []) for i in f.items
                 if start <= i.attributes_end <= k]
        return max(taken, default=start)

    def _names_what_is_won(self, clause, k: int, end: int) -> bool:
        """After a category heading and its opener, the words up to a passive win verb name the
        category ("Kategori selanjutnya adalah A terbaik diraih oleh X"), not its winners."""
        lower = self.table.lower
        if not any(lower[j] in {"kategori", "klasifikasi", "bidang"} for j in range(clause[0], k)):
            return False
        verb = next((j for j in range(end, min(clause[1], end + 12))
                     if self.lex.passive_receive.at(lower, j, clause[1])), None)
        return verb is not None and verb > end and self.reader.actor(end, verb, False, None) is None

    def _work_line(self, k: int, colon: int, end: int) -> list[Item]:
        """"Kategori Film Pendek Terbaik: Ikan Cakalang untuk Mama" — a film's category: the
        line's value is the film's title, as written."""
        text, lower = self.table.text, self.table.lower
        head = k  # the category's first word says what won it: "Film Pendek …", not "Pencipta Lagu …"
        while head < colon and lower[head] in {"kategori", "-", "–", "•"}:
            head += 1
        if head >= colon or lower[head] not in _SCREEN_WORKS or \
                not any(lower[j] in self.lex.superlatives for j in range(k, colon)):
            return []  # (a song's line, "Lagu Terbaik: A – Judul", is read by the winners' rules)
        first = colon + 1
        if any(text[j] in {"-", "–", "—"} and self.table.whitespace[j - 1] for j in range(first, end)):
            return []  # a title and its credit: the winners' rules read who made it
        stop = next((j for j in range(first, end) if text[j] in {"(", "\n"} or not text[j].strip()), end)
        while stop > first and text[stop - 1] in {".", ",", " "}:
            stop -= 1
        if stop <= first or not (text[first][:1].isupper() or text[first] in _QUOTE_MARKS):
            return []
        title = self.table.doc_text[self.table.idx[first]:self.table.idx[stop - 1] + len(text[stop - 1])].strip("\"“”'")
        return [Item(first, stop, Entity(title, "work", aliases=(title,)), "name", attributes_end=stop)] if title else []

    def _counted_works_before(self, frame: Frame) -> bool:
        """"Ada lima film yang meraih dua kemenangan, A, B, …": works counted before the list."""
        lower, text = self.table.lower, self.table.text
        first = frame.items[0].start
        return any(lower[j] in self.reader.work_kinds and j > frame.clause[0] and
                   (lower[j - 1] in self.lex.number_words or text[j - 1].isdigit())
                   for j in range(frame.clause[0], first))

    def _titles(self, start: int, end: int) -> list[Item]:
        """Works' titles listed by commas, each as written ("Ombak 2: Pulang",
        "Rumah in Cell No.3", "The Big 5"); the last one after "dan"."""
        text = self.table.text
        items, part = [], []
        for j in range(start, end + 1):
            if j == end or text[j] in {",", ";", "."} and not (j + 1 < end and text[j + 1][:1].isdigit()
                                                             and not self.table.whitespace[j]):
                while part and self.table.lower[part[0]] in {"dan", "serta"}:
                    part = part[1:]
                if part:
                    if not text[part[0]][:1].isupper() and not text[part[0]][:1].isdigit():
                        return []
                    title = self.table.doc_text[self.table.idx[part[0]]:self.table.idx[part[-1]] + len(text[part[-1]])]
                    items.append(Item(part[0], part[-1] + 1, Entity(title, "work", aliases=(title,)), "name",
                                      attributes_end=part[-1] + 1))
                part = []
                if j < end and text[j] in {";", "."}:
                    break
            else:
                part.append(j)
        return items if len(items) >= 2 else []

    def _credits_listed(self, frame: Frame, start: int) -> Frame:
        """"antara lain Aktor Terpilih (A), Aktris Terpilih (B dan C)": a list of two categories or
        more, each with the people its brackets credit, is read as such."""
        credited = self._credited_categories(start, frame.sentence.end)  # (a strict shape: to the sentence's end)
        # a category names what is best ("… Terbaik/Terpilih/Terfavorit"), its credited names do not
        # (not "Arfan Tahir (Penata Musik Terbaik)", "Kabupaten X (Terbaik II)": a winner, then its class)
        if len({i.category for i in credited}) >= 2 and \
                all(_superlative(i.category) and not _superlative(i.entity.name) for i in credited):
            frame.items = credited
        return frame

    def _credited_categories(self, start: int, end: int) -> list[Item]:
        """"kategori Penyanyi Solo Terbaik (A) dan Kategori Duo/Grup Terbaik (B dan C)": each
        category with the people its brackets credit, one item per person."""
        text, lower = self.table.text, self.table.lower
        items: list[Item] = []
        j = start
        while j < end:
            while j < end and (lower[j] in {"kategori", "dan", "serta"} or text[j] == ","):
                j += 1
            first = j
            while j < end and (text[j][:1].isupper() or text[j] in {"/", "&", "-"}) and text[j] != "(":
                j += 1
            if j == first or j >= end or text[j] != "(":
                break
            close = next((c for c in range(j + 1, min(end, j + 16)) if text[c] == ")"), None)
            if close is None:
                break
            category = self.table.doc_text[self.table.idx[first]:self.table.idx[j - 1] + len(text[j - 1])]
            names = credited_names(self.table, j + 1, close)
            if not names:
                return []
            for a, b in names:
                name = " ".join(text[a:b])
                items.append(Item(a, b, Entity(name, "person", aliases=(name,)), "credit", category=category,
                                  attributes_end=b))
            j = close + 1
        return items

    def _categories_won(self, clause, k: int, end: int) -> list[str]:
        """"Tiga kategori tersebut adalah Best CEO; Best BUMN, Tata Kelola (GCG); dan Best
        Aliansi": the categories a recipient told before won, split at ";" (else "," and "dan")."""
        lower, text = self.table.lower, self.table.text
        if not any(lower[j] in _DEMONSTRATIVES for j in range(max(clause[0], k - 3), k)):
            return []
        parts, current = [], []
        separators = {";"} if any(text[j] == ";" for j in range(end, clause[1])) else {",", "dan"}
        for j in range(end, clause[1]):
            if text[j] in separators or (lower[j] == "dan" and "dan" in separators):
                if current:
                    parts.append(current)
                current = []
            elif lower[j] == "dan" and not current:
                continue
            elif text[j] != ".":
                current.append(j)
        if current:
            parts.append(current)
        names = [self.table.doc_text[self.table.idx[p[0]]:self.table.idx[p[-1]] + len(text[p[-1]])]
                 for p in parts if text[p[0]][:1].isupper()]
        return names if len(names) >= 2 and len(names) == len(parts) else []

    def _unit_class_before(self, start: int, k: int, mentions: list[Mention]) -> Mention | None:
        j = k - 1
        while j >= start and self.table.text[j] in {",", ":"}:
            j -= 1
        return next((m for m in mentions if m.label == "UNIT" and m.end == j + 1 and m.start >= start
                     and j >= 1 and (self.table.text[m.start - 1].isdigit() or
                                     self.table.lower[m.start - 1] in self.lex.number_words)), None)

    def _unit_of_region(self, unit: Mention, item: Item) -> Item:
        if item.rule not in ("region", "mention:GOV") or not item.entity.region:
            return item
        base = " ".join(without_brackets(unit.text).split())
        proper = item.entity.region.split(" ", 1)[-1]
        name = f"{base} {proper}"
        return Item(item.start, item.end, Entity(name, unit.extra["head"].type, region=item.entity.region,
                                                 aliases=(name,)), "unit-of-region", None,
                    attributes_end=item.attributes_end)

    def _names_awards(self, start: int, k: int, mentions: list[Mention]) -> bool:
        """"meraih penghargaan di acara X yakni “Y”": right after an award
        word, an opener names the award, not who won it."""
        lower = self.table.lower
        j = k - 1
        while j >= start and self.table.text[j] in {",", ":"}:
            j -= 1
        text = self.table.text
        named = j  # ("penghargaan di ajang <Name> 2021 yakni …": the event's name between)
        while named > start and (text[named][:1].isupper() or text[named].isdigit()):
            named -= 1
        while named > start and lower[named] in _EVENT_NOUNS:
            named -= 1
        if named < j and lower[named] in {"di", "dalam", "pada"}:
            j = named - 1
        return any(self.lex.award_nouns.at(lower, t, k) and lower[t] not in {"kategori", "juara"}
                   for t in range(max(start, j - 3), j + 1)) or \
            any(m.label == "AWARD_HEAD" and m.end >= j - 1 and m.start >= start and m.end <= k for m in mentions)

    def _lists_other_things(self, start: int, k: int) -> bool:
        """"tiga kategori yakni …", "meliputi tahapan …": what an opener lists is named by the
        lower-case noun right before it; categories, stages and criteria are no recipients."""
        lower, text = self.table.lower, self.table.text
        j = k - 1
        named = 0
        while j > start and (text[j] == "," or not text[j].strip()):
            j -= 1  # ("… tahun 2023, yakni …": the comma before the opener)
        if j - 1 >= start and YEAR.match(text[j]) and lower[j - 1] == "tahun":
            j -= 2  # "… provinsi terbaik tahun 2023 yaitu A, B": the year the award is for
        while j >= start and (lower[j] in _DEMONSTRATIVES or (text[j] in {",", ":", "."} or not text[j].strip()) or text[j].isdigit()
                              or lower[j] in self.lex.number_words or lower[j] in {"lain", "lainnya", "sekaligus", "pula", "juga",
                                                                                  "tambahan", "baru", "utama"}
                              or (text[j][:1].isupper() and named < 5)
                              # "… tahun ini yakni": a time word, not what is listed
                              or (lower[j] == "tahun" and j + 1 < k and lower[j + 1] in _DEMONSTRATIVES)):
            named += text[j][:1].isupper()  # "tiga kategori TPID Award 2018 yakni …"
            j -= 1
        if named and self._body_follows(k + 1):
            return False  # "… kategori Kabupaten Sehat, yakni Kabupaten A, Kota B": the named class's winners
        return j >= start and text[j][:1].islower() and lower[j] in self.lex.not_recipient_heads

    def _repeat_phrase_start(self, start: int, end: int) -> int | None:
        """Where "untuk ketiga kalinya", "untuk kali ketiga", "untuk kesekian kalinya" starts, when
        it ends at ``end``; else None."""
        lower = self.table.lower
        words = lower[max(start, end - 3):end]
        if len(words) == 3 and words[0] == "untuk" and "kali" in (words[1], words[1].removesuffix("nya"),
                                                                   words[2].removesuffix("nya")) and \
                any(w.removeprefix("ke-") in self.lex.ordinals or w.startswith("ke") or w.isdigit()
                    for w in words[1:]):
            return end - 3
        return None

    def _body_follows(self, k: int) -> bool:
        """A government, unit or company is named at token ``k`` (spaces skipped)."""
        text = self.table.text
        while k < len(text) and not text[k].strip():
            k += 1
        actor = self.reader.actor(k, min(len(text), k + 12), False, None)
        return actor is not None and actor.mention is not None and actor.mention.label in _BODIES - {"GIVER"}

    def _receives_before(self, start: int, k: int) -> bool:
        """"… yang memperoleh predikat WTP adalah A, B", "Penerima X tahun ini adalah A, B": a
        receive verb, or a noun of who receives, before the opener."""
        lower = self.table.lower
        return any(self.lex.receive.at(lower, j, k) or self.lex.passive_receive.at(lower, j, k)
                   or lower[j] in self.lex.nominal_cues for j in range(start, k))

    def _listed_before(self, sentence: Span | None) -> bool:
        """The sentence gave a list of recipients: a heading after it goes on with the list."""
        return sentence is not None and any(f.sentence.start == sentence.start and f.items and f.confers
                   and f.rule in ("listed", "heading", "passive")
                   for f in getattr(self, "_found", []))

    def _heading_list(self, clause, k: int, sentence: Span) -> bool:
        """A category or level heading ("Untuk kategori …", "Di tingkat kabupaten"), a comma, and
        an actor list to the clause's end, with no verb — in a sentence after a list of recipients
        or a clause that confers."""
        lower = self.table.lower
        start = clause[0]
        while start < k and lower[start] in self.lex.heading_openers:
            start += 1
        if start == clause[0] or start >= k or lower[start] not in self.lex.category_openers or \
                any(self._verb_like(j) for j in range(clause[0], clause[1])):
            return False
        items = self.reader.read(k + 1, clause[1], names=False,
                                 hint=region_kind_hint(lower, clause[0], k, self.lex))
        if len(items) < 2 or items[0].start != k + 1 or \
                any(self.table.text[j].strip() not in {"", ".", ";", "!"} for j in range(items[-1].attributes_end, clause[1])):
            return False
        previous = self._previous(sentence)
        return previous is not None and (self._listed_before(previous) or
                                         self._confers_before(previous.start, previous.end, previous, []))

    def _awards_referred(self, start: int, end: int, same: bool = False) -> int:
        """"Ketiga piala itu", "Penghargaan tersebut": awards told before, as the subject;
        how many (1 when not counted), else 0; with ``same``, "Penghargaan yang sama/serupa" too."""
        lower = self.table.lower
        told = [w for w in lower[start:end] if w not in {"juga", "pula", "pun"}]
        same = same and (2 if told[-2:] == ["yang", "sama"] else 1 if told[-1:] == ["serupa"] else 0)
        if same:  # "Penghargaan yang sama (juga) diraih …": the award told before, as with "itu"
            told = told[:-same] + ["itu"]
        words = [w for w in told if w not in self.lex.adverbs - _DEMONSTRATIVES]
        if len(words) < 2 or words[-1] not in _DEMONSTRATIVES:
            return 0
        count = self.lex.ordinals.get(words[0]) or self.lex.number_words.get(words[0])
        nouns = words[1:-1] if count else words[:-1]
        if not nouns or not self.lex.award_nouns.at(tuple(nouns), 0) or len(nouns) > 3:
            return 0
        return count or 1

    def _relative_subject(self, start: int, end: int) -> bool:
        """"Sementara yang lain adalah …", "yang lainnya yaitu …": a few lower-case words around
        "yang" and no verb — more members of the list told before."""
        lower, text = self.table.lower, self.table.text
        return 0 < end - start <= 4 and "yang" in lower[start:end] and \
            all(text[j][:1].islower() or text[j] == "," or j == start for j in range(start, end)) and \
            not any(self._verb_like(j) for j in range(start, end))

    def _only_heading(self, start: int, end: int) -> bool:
        """"Kemudian di tingkat kabupaten,": words that only head a list."""
        lower, text = self.table.lower, self.table.text
        return end > start and all(lower[j] in self.lex.heading_openers or lower[j] in self.lex.category_openers
                                   or lower[j] in self.lex.kind_words or text[j] in {",", ":"}
                                   or text[j][:1].isupper() for j in range(start, end))

    def _lines_follow(self, sentence: Span) -> bool:
        """The next sentence is a bullet line, a short heading line or a short line that names an
        actor with a bracketed value ("Kabupaten X (83,11)"): a block of lines."""
        following = self._neighbour(sentence, 1)
        if following is None:
            return False
        if self._is_bullet(following) or self._line_number(following) is not None:
            return True
        words = [w for w in self.table.text[following.start:following.end] if w.strip()]  # (no Token objects)
        return bool(words) and (
            (len(words) <= 4 and (all(w[:1].isupper() for w in words) or words[-1] == ":") and
             self._is_heading(following)) or  # ("Dewan juri:": a short heading of lines)
            (len(words) <= 10 and words[-1] == ")" and words[0][:1].isupper() and
             self._is_heading(following) and self.reader.actor(following.start, following.end, False, None) is not None))

    def _previous(self, sentence: Span) -> Span | None:
        return self._neighbour(sentence, -1)

    def _neighbour(self, sentence: Span, step: int) -> Span | None:
        """The sentence ``step`` places after ``sentence`` (before it, for a negative step)."""
        n = self._sentence_number.get(sentence.start)
        k = n + step if n is not None else -1
        return self.sentences[k] if 0 <= k < len(self.sentences) else None

    def _score_subject(self, start: int, k: int, mentions: list[Mention]) -> bool:
        """"indeks tertinggi diraih oleh X dengan angka 83": a top score, no award."""
        lower = self.table.lower
        scored = any(lower[j] in self.lex.score_words for j in range(start, k))
        awarded = any(m.label in ("AWARD_HEAD", "GRADE") and start <= m.start < k for m in mentions) or \
            any(lower[j] in self.lex.award_nouns.words and lower[j] not in {"kategori", "juara"}
                for j in range(start, k))
        return scored and not awarded

    def _object_end(self, k: int, end: int) -> int:
        """"memperoleh nilai 80,12, naik dari … pada Adipura 2022": a score received is told up
        to the next comma; what comes after it is another matter."""
        lower, text = self.table.lower, self.table.text
        j = k
        while j < end and lower[j] in self.lex.adverbs:
            j += 1
        if j < end and (text[j].isdigit() or lower[j] in self.lex.number_words):
            noun = j + 1
            if noun + 2 < end and text[noun] == "(" and text[noun + 2] == ")":
                noun += 3  # "3 (tiga) penghargaan"
            told_here = any((o := self.lex.openers.at(lower, c, end)) and o < end and text[o][:1].isupper()
                            for c in range(noun + 1, min(end, noun + 4)))
            if noun < end and lower[noun] in self.lex.award_nouns.words and not told_here:
                return k  # "meraih enam penghargaan": a count of awards told one by one elsewhere
                # (not "… empat piala lain, yakni A, B, C dan D": told right here)
        basis = next((c for c in range(j, end) if lower[c] in {"atas", "berkat", "karena"}), end)
        if j < end and lower[j] in self.lex.score_words:
            return min(basis, next((c for c in range(j, end) if text[c] in {",", ";"}), end))
        return basis

    def _awarded(self, start: int, end: int, mentions: list[Mention]) -> bool:
        """The words between ``start`` and ``end`` name an award, a grade, a category, a rank,
        a place in a ranking or a title ("dinobatkan sebagai The Best CEO"), not only a score."""
        lower, text = self.table.lower, self.table.text
        if any(j >= 0 and lower[j].endswith("nya") and lower[j] != "predikatnya" and
               self.lex.receive.at(lower, j) is not None for j in (start - 1, start)):
            return True  # "berhasil meraihnya", "kembali menerimanya": the award told before, as its object
        if any(lower[j] in self.lex.achievements and (lower[j + 1] == "serupa" or lower[j + 1:j + 3] == ("yang", "sama"))
               for j in range(start, end - 1)):
            return True  # "Prestasi serupa juga diraih X", "capaian yang sama": the award told before
        for j in range(start, min(end, start + 3)):
            if lower[j] == "sebagai" and j + 1 < end and (text[j + 1][:1].isupper() or
                                                          lower[j + 1] in self.lex.category_cues):
                return True
            if lower[j] in {"sebagai", "menjadi"} and j > 0 and lower[j - 1] in _NAMING_VERBS:
                return True  # "dinobatkan menjadi desa percontohan": a title conferred
        if any(m.label in ("AWARD_HEAD", "GRADE", "CATEGORY") and m.end > start and m.start < end
               for m in mentions):
            return True
        return any(self.lex.award_nouns.at(lower, j, end) or
                   ((lower[j] in self.lex.position_objects or lower[j] in self.lex.superlatives)
                    and self._ranks_a_winner(j, start))
                   for j in range(start, end))

    def _ranks_a_winner(self, j: int, start: int) -> bool:
        """"Aktor Terbaik", "film terbaik", "kabupaten terbaik" name a winner's title; "nilai
        terbaik", "kesempatan terbaik" only praise."""
        if self.table.lower[j] not in self.lex.superlatives or j == start:
            return True
        before = self.table.text[j - 1]
        return before[:1].isupper() or before.lower() in self.lex.recipient_nouns or \
            before.lower() in self.lex.category_cues

    def _before(self, verb: int, verb_end: int, clause, sentence, ) -> Frame:
        """The subject of a receive verb: the actor list ending right before it."""
        lower, text = self.table.lower, self.table.text
        subject_end = verb
        # "Pemkab X melalui Dinas Kominfo meraih …": the unit it acts through does not receive
        through = next((j for j in range(clause[0] + 1, verb) if lower[j] == "melalui"), None)
        if through is not None:
            subject_end = through
        while subject_end > clause[0]:
            repeated = self._repeat_phrase_start(clause[0], subject_end)
            if repeated is not None:
                subject_end = repeated  # "X untuk ketiga kalinya meraih …": how many times, no subject
                continue
            if (lower[subject_end - 1] in self.lex.adverbs and text[subject_end - 1][:1].islower()) or \
                    text[subject_end - 1] in {",", "—"}:  # ("Kota Dermaga Baru": a name's word)
                subject_end -= 1  # "Dokter X, dr. Sari, dinobatkan …": an appositive comma too
                continue
            if YEAR.match(text[subject_end - 1]) or lower[subject_end - 1] in _TIME_WORDS or \
                    lower[subject_end - 1] in self.lex.number_words or \
                    lower[subject_end - 1] in self.lex.history and text[subject_end - 1].islower():
                # ("X sebelumnya juga meraih …": a time adverb after the subject)
                subject_end -= 1  # "X telah tiga kali sejak Tahun 2021, 2022, dan 2023 mendapat …"
                continue
            said = self._attribution_start(clause[0], subject_end)
            if said is None:
                break
            subject_end = said  # "Pemkab Tapsel sendiri, kata Bupati, telah … mendapat"
        items = self._list_ending_at(clause[0], subject_end)
        items = self._leaders_of(items, clause[0]) + items
        if items and self._anaphor(clause[0], verb) == -1:
            items = []  # "Pengadilan itu …", "kabupaten tetangga Kota X itu …": one told before
        if items and self._counted_owner(clause[0], items[0].start):
            items = []  # "Tiga unit pembangkit KJE meraih …": the counted units win, not their owner
        years_from = clause[0]
        manner = subject_end
        while manner > clause[0] + 1 and (lower[manner - 1] in self.lex.history or lower[manner - 1] == "tahun"
                                          or YEAR.match(text[manner - 1])):
            manner -= 1  # "… setelah sebelumnya merebut …", "… setelah tahun lalu meraih …"
        if not items and manner > clause[0] and (lower[manner - 1] == "dengan" or
                                                 lower[manner - 1] in self.lex.time_clauses and manner < verb):
            # "X menutup malam itu dengan meraih …", "X mempertahankan gelar itu setelah
            # sebelumnya merebut …": the manner or the time of the clause's own verb; its subject
            # opens the clause
            opens = next((j + 1 for j in range(min(subject_end, clause[0] + 12) - 1, clause[0] - 1, -1)
                          if text[j] in {"-", "--", "–", "—"}), clause[0])  # after a dateline
            items = self.reader.read(opens, manner, names=lower[manner - 1] == "dengan")
            if lower[manner - 1] != "dengan":
                years_from = manner - 1  # the earlier event's own years
        if not items:  # "PT X, perusahaan pengolahan ikan yang berpusat di Y, meraih …": an apposition
            closed = any(text[j] == "," for j in range(subject_end, verb))
            for comma in (j for j in range(clause[0] + 1, subject_end - 1) if text[j] == ","):
                # (not "A, Polres B"; "Siti Lestari, reporter Radio X, keluar sebagai …": a role set
                # off by commas)
                if text[comma + 1].islower() and (lower[comma + 1] in self.lex.recipient_nouns or closed):
                    items = self._list_ending_at(clause[0], comma)
                    break
        if not items:  # "Tiga daerah dari Provinsi X (A, B, dan C) meraih …": the group's members in brackets
            items = self._counted_bracket(clause[0], subject_end)
        if not items:  # "Pemprov X di bawah kepemimpinan Gubernur Y, meraih …": an adjunct set off by a comma
            items = self._subject_before_adjunct(clause[0], verb)
        if not items:  # "Rina Pratama dari suarasatu.com keluar sebagai …": where the subject works
            origin = next((j for j in range(clause[0] + 2, subject_end) if lower[j] == "dari"), None)
            named = self._list_ending_at(clause[0], origin) if origin is not None else []
            items = named if len(named) == 1 and named[0].entity.type == "person" and \
                not any(self._verb_like(j) for j in range(origin, subject_end)) else []
        if not items:  # "X mengumpulkan nilai 93,12 dan berhak atas predikat Y": the first predicate's subject
            items = self._joined_predicate_subject(clause[0], verb)
        if not items:  # "X (, role,) mengaku tak menyangka (dirinya) bisa meraih …": the one who speaks
            items = self._reporting_subject(sentence, clause[0], verb)
        if not items:  # "Antonius Sujata Ketua Ombudsman RI periode pertama menerima …": a title in apposition
            title = next((t for t in sorted(self.reader.titles.values(), key=lambda t: t.start)
                          if clause[0] < t.start < subject_end), None)
            if title is not None:
                named = self.reader.read(clause[0], title.start, names=True)
                items = named if len(named) == 1 and named[0].entity.type == "person" and \
                    named[0].attributes_end >= title.start else []
        if not items:  # "Kabupaten X yang bertetangga dengan Y memperoleh …": a relative clause
            for j in range(max(subject_end, verb) - 1, clause[0], -1):
                if lower[j] == "yang":  # ("X atau yang akrab disapa Y": another name for X)
                    items = self._list_ending_at(clause[0], j - 1 if lower[j - 1] == "atau" else j) or \
                        self._object_before_relative(clause[0], j)
                    # "Kota X menjadi salah satu daerah yang berhasil menyabet …": X is the one
                    become = next((b for b in range(max(clause[0], j - 7), j) if lower[b] in _BECOME), None)
                    if not items and become is not None and \
                            any(lower[t] in self.lex.recipient_nouns or lower[t] == "satu-satunya"
                                for t in range(become + 1, j)):  # ("menjadi satu-satunya di X yang …")
                        # ("Desa X, Kecamatan Y, menjadi …": an address set off by commas; "X tercatat
                        # sebagai …", "X pun menjadi …": a verb of standing or an adverb before it)
                        while become - 1 > clause[0] and text[become - 1].islower() and (
                                lower[become - 1] in self.lex.position or lower[become - 1] in self.lex.adverbs):
                            become -= 1
                        items = self._list_ending_at(clause[0], become - (text[become - 1] == ","))
                    if items:
                        break
        if not items and clause[0] > sentence.start and lower[clause[0]] in _NOW:
            # "A, B dan C yang pernah meraih X pada 2016, kini meraih Y": the sentence's subject
            told = [f for f in getattr(self, "_made", []) if f.items and f.sentence.start == sentence.start]
            items = [replace(i, rank=None, grade=None, score=None) for i in told[-1].items] if told else []
        # ("Pada X 2022, yang kala itu diselenggarakan Kementerian Y, Pemkab Z meraih …": the organiser is no winner)
        items = [i for i in items if not (i.start > 0 and lower[i.start - 1 - (lower[i.start - 1] == "oleh")]
                                          in self.lex.organised)]
        if lower[verb] == "diterima" and verb_end < clause[1] and lower[verb_end] in {"oleh", "langsung"}:
            items = []  # "Penghargaan diterima oleh Bupati X": who received it for whom, told elsewhere
        if items and items[0].entity.type == "person" and \
                any(lower[t] in _REPRESENTED for t in range(max(clause[0], items[0].start - 3), items[0].start)):
            items = []  # "X diwakili VP Y, Z, yang menerima trofi": who received it for X
        frame = Frame(sentence, items, "receive", verb, clause, award=(verb_end, clause[1]),
                      heading=(clause[0], items[0].start) if items else None)
        if not items:
            frame.top = self._top_of_ranking(clause[0], subject_end)
            frame.anaphor = self._anaphor(clause[0], verb) or self._dropped_subject(clause[0], subject_end) \
                or (-1 if frame.top else 0)
        # the verb's own object: not a place told of a follower after it ("…, disusul Y di peringkat kedua")
        own = next((j for j in range(verb_end, clause[1]) if lower[j] in self.lex.rank_continuations), clause[1])
        # (nor another winner's, told after "dan" with the verb left out: "… kedua (87,15) dan Y di
        # peringkat ketiga")
        ranked_end = next((j for j in range(verb_end + 1, own) if lower[j - 1] in {"dan", "serta", ","} and
                           j in self.reader.actors and self.reader.actors[j].label in _BODIES), own)
        top = self._completes_top(verb, clause[1])  # ("C melengkapi tiga besar": third)
        rank = self._rank_before(verb_end, ranked_end) if top is None else (top, verb_end, "Peringkat")
        if rank is None and lower[verb] in self.lex.champion_verbs:
            rank = (1, verb_end, "Juara")  # "menjuarai lomba …": first place
        if rank is not None and len(items) == 1 and items[0].rank is None:
            items[0].rank, items[0].rank_word = rank[0], rank[2]  # "menduduki peringkat pertama"
        more = self.reader._more_ranks(rank[1], own) if rank is not None and len(items) > 1 else None
        if more is not None and len(more[0]) == len(items) - 1 and all(i.rank is None for i in items):
            # "A, B, dan C berturut-turut meraih peringkat pertama, kedua, dan ketiga": one each, in order
            for item, number in zip(items, [rank[0], *more[0]]):
                item.rank, item.rank_word = number, rank[2]
        items += self._together_with(items, clause[0], verb) or self._together_with(items, verb_end, own)
        self._years(frame, (years_from, clause[1]))
        return frame

    def _together_with(self, items: list[Item], start: int, end: int) -> list[Item]:
        """"A bersama B meraih …", "A meraih X bersama B dan C": bodies after "bersama" win with
        the bodies of the subject (not a person who accompanies: "bersama Bupati Y")."""
        lower = self.table.lower
        if not items or any(i.entity.type == "person" for i in items):
            return []
        j = next((j for j in range(max(start, items[-1].attributes_end), end) if lower[j] == "bersama"), None)
        if j is None or any(lower[o] in self.lex.organised for o in range(max(start, j - 8), j)):
            return []  # ("X yang digelar A bersama B": B organised it with A)
        together = self.reader.read(j + 1, end, names=False)
        if not together:  # "A menerima X bersama empat kabupaten lainnya, yaitu B, C, …": the counted group's members
            opener = next((o for o in range(j + 2, min(end, j + 6)) if self.lex.openers.at(lower, o, end)), None)
            if opener is not None and self._counted_before(j + 1, opener):
                start = self.lex.openers.at(lower, opener, end)
                while start < end and self.table.text[start] in {":", ","}:
                    start += 1
                together = self.reader.read(start, end, names=False)
        told = {i.entity.name for i in items}
        if not together or any(t.entity.type == "person" or t.entity.name in told for t in together):
            return []
        return together

    def _leaders_of(self, items: list[Item], start: int) -> list[Item]:
        """"A bersama dua kabupaten, yakni B dan C, menerima …": the bodies before "bersama" win
        with the members of the counted group after it."""
        lower = self.table.lower
        if not items:
            return []
        j = next((j for j in range(items[0].start - 1, start, -1) if lower[j] == "bersama"), None)
        if j is None or not self._counted_before(j + 1, items[0].start) or \
                not any(self.lex.openers.at(lower, o, items[0].start) for o in range(j + 2, items[0].start)):
            return []
        leaders = self._list_ending_at(start, j)
        told = {i.entity.name for i in items}
        if not leaders or any(t.entity.type == "person" or t.entity.name in told for t in leaders):
            return []
        return leaders

    def _after(self, trigger: int, start: int, clause, sentence, rule: str, names: bool = True,
               hint: str | None = None) -> Frame:
        lower, text = self.table.lower, self.table.text
        k = start
        while k < clause[1] and (lower[k] in self.lex.agent_markers | {"ke", "kepada", "pada", "tangan"}
                                 or lower[k] in self.lex.recipient_leads and not (
                                     rule == "passive" and k in self.reader.titles)
                                 or lower[k] == "bersama" and k + 1 < clause[1] and lower[k + 1] in self.lex.agent_markers):
            k += 1  # (not "diterima Wakil Rektor …, Name": who received it, by a title; "diraih bersama oleh")
        if k + 1 < clause[1] and lower[k] in self.reader.work_kinds and text[k][:1].islower() and \
                text[k + 1][:1].isupper():
            k += 1  # "kepada film Anak-Anak Perahu": the work the kind names
        role = k
        while role < clause[1] and role - k < 3 and text[role][:1].islower() and text[role].isalpha() \
                and lower[role] not in self.lex.joins and lower[role] not in _PREPOSITIONS \
                and lower[role] not in self.lex.recipient_nouns and lower[role] not in self.lex.number_words \
                and lower[role] not in self.lex.not_recipient_heads and lower[role] != "yang" \
                and not self._verb_like(role) and self.lex.award_nouns.at(lower, role) is None:
            role += 1  # (not "untuk meraih predikat X": a verb or an award is no role)
        if role > k and role < clause[1] and text[role][:1].isupper() and self.reader.actor(role, clause[1], True, None):
            k = role  # "kepada pelukis senior Bambang Sutrisno": the role describes the name
        ranked = self._rank_before(clause[0], trigger)
        shared = ranked is not None and not self._ranks_in_order(ranked[1], trigger, clause, sentence.end)
        if ranked is not None and lower[trigger] in self.lex.rank_continuations:
            ranked = (ranked[0] + 1, *ranked[1:])  # "A meraih peringkat pertama …, disusul B": B is second
            shared = False
        lead = self.reader._rank(k, clause[1])
        if lead is not None and self.reader.actor(lead[1], clause[1], names, None) is not None:
            ranked, k = lead, lead[1]  # "diraih Juara I Kabupaten X, Juara II …": the rank told before its winner
            shared = False
        hint = hint or region_kind_hint(lower, clause[0], trigger, self.lex)
        order = None if shared else ranked
        items = self.reader.read(k, clause[1], names=names, hint=hint, ranked=order) or \
            self._counted_bracket(k, clause[1])  # "diraih tiga daerah di Provinsi X (A, B, dan C)"
        members = self._counted_members(k, clause[1]) if not items else k
        if members > k:
            items = self.reader.read(members, clause[1], names=names, hint=hint, ranked=order)
        for item in items if shared else ():
            if item.rank is None:  # "Juara I diberikan kepada A dan B": one rank, shared
                item.rank, item.rank_word = ranked[0], ranked[2]
        frame = Frame(sentence, items, rule, trigger, clause, award=(clause[0], trigger),
                      heading=(clause[0], trigger))
        self._years(frame, clause)
        return frame

    def _ranks_in_order(self, rank_end: int, trigger: int, clause, end: int) -> bool:
        """"Peringkat pertama hingga ketiga diraih A, B, dan C", "Juara I, II dan III …", "…
        berturut-turut": the list is an order, its members one rank after another."""
        lower = self.table.lower
        if rank_end < trigger and lower[rank_end] in _RANGE_WORDS:
            return True
        return self.reader._more_ranks(rank_end, trigger) is not None or \
            any(lower[j] in {"berturut-turut", "masing-masing"} for j in range(clause[0], clause[1])) or \
            any(lower[j] in self.lex.rank_continuations or self.reader._rank(j, end) for j in range(trigger + 1, end))
            # ("…, disusul B dan C di posisi kedua dan ketiga": the ranks after it go on)

    def _counted_members(self, k: int, end: int) -> int:
        """"kepada dua guru SMA X, A dan B": the members after a counted group and its description
        (the first comma that a list running to the clause's end follows); else ``k``."""
        lower, text = self.table.lower, self.table.text
        if not (k + 1 < end and lower[k] in self.lex.number_words and lower[k + 1] in self.lex.recipient_nouns):
            return k
        for comma in (j for j in range(k + 2, min(end, k + 14)) if text[j] == ","):
            if any(self.lex.openers.at(lower, j, end) for j in range(k + 2, comma + 2)):
                return k  # "kepada lima daerah, yaitu A, B, dan C": a list its opener introduces
            items = self.reader.read(comma + 1, end, names=True)
            if len(items) > 1 and all(i.entity.type == items[0].entity.type for i in items):
                return comma + 1
        return k

    def _object_before_relative(self, start: int, j: int) -> list[Item]:
        """"… diwakili oleh A dan B yang sama-sama meraih …": the agents a passive names, "X unggul
        atas B yang berada di posisi kedua": the bodies another outranked, right before the
        relative clause whose verb they are the subject of."""
        lower = self.table.lower
        for k in range(start + 1, j):
            if lower[k - 1] not in self.lex.agent_markers and not (
                    lower[k - 1] in _OUTRANKED and k in self.reader.actors and lower[k - 2] != "di"):
                continue  # (not "di atas B": a place in a ranking, above B)
            items = self.reader.read(k, j, names=False)
            if items and items[-1].attributes_end >= j:
                return items
        return []

    def _counted_bracket(self, start: int, end: int) -> list[Item]:
        """"tiga kabupaten/kota dari Kalimantan Timur (A, B dan C)": the members of a counted group,
        told in brackets after it (the place the group is from is none of them)."""
        lower, text = self.table.lower, self.table.text
        for j in range(start, end):
            # (at the clause's start, after a fronted phrase's comma, or right after the verb)
            if not (lower[j] in self.lex.number_words or lower[j].isdigit()) or j + 1 >= end or \
                    lower[j + 1] not in self.lex.recipient_nouns or not (j < start + 2 or text[j - 1] == ","):
                continue
            opening = next((t for t in range(j + 2, min(end, j + 10)) if text[t] == "("), None)
            close = next((t for t in range(opening + 1, min(end, opening + 40)) if text[t] == ")"), None) \
                if opening is not None else None
            if close is None:
                return []
            items = self.reader.read(opening + 1, close, names=False)
            return items if len(items) > 1 and items[-1].attributes_end >= close else []
        return []

    def _reporting_subject(self, sentence: Span, start: int, verb: int) -> list[Item]:
        """"Budi tak menyangka dirinya meraih …", "Rina, guru SD X, mengaku bangga bisa meraih …":
        a saying or feeling verb between a named person and the receive verb; the person."""
        lower = self.table.lower
        said = next((j for j in range(verb - 1, max(sentence.start, verb - 6) - 1, -1) if lower[j] in _REPORTING), None)
        if said is None or any(lower[j] not in _REPORTED_FILLERS and lower[j] not in self.lex.adverbs
                               for j in range(said + 1, verb)):
            return []
        first = sentence.start
        item = self.reader.actor(first, said, True, None)
        if item is None or item.entity.type != "person":
            return []
        end = self.reader._attributes(item, item.end, said)
        between = [j for j in range(end, said) if lower[j] not in self.lex.negation and lower[j] not in self.lex.adverbs
                   and lower[j] not in _REPORTING and self.table.text[j] != ","]
        return [item] if not between else []

    def _joined_predicate_subject(self, start: int, verb: int) -> list[Item]:
        """The subject of the predicate a join word ("dan", "serta" …) before ``verb`` goes on from."""
        lower = self.table.lower
        join = next((j for j in range(verb - 1, start, -1) if lower[j] not in self.lex.adverbs
                     or lower[j] in _PREDICATE_JOINS), None)
        if join is None or lower[join] not in _PREDICATE_JOINS:
            return []
        first = next((j for j in range(join - 1, start, -1) if self._clause_verb(j) or self._verb_like(j)), None)
        return self._list_ending_at(start, first) if first is not None else []

    def _subject_before_adjunct(self, start: int, verb: int) -> list[Item]:
        """The actor list that a prepositional adjunct follows, the adjunct running to a comma
        right before the verb (adverbs between)."""
        text, lower = self.table.text, self.table.lower
        comma = verb - 1
        while comma > start and lower[comma] in self.lex.adverbs:
            comma -= 1
        if comma <= start:
            return []
        if text[comma] != ",":
            # "Pemkab X di bawah kepemimpinan Bupati Y meraih …": with no comma, only a subject that
            # opens the clause, its adjunct running to the verb (not a place, a role or a receiver)
            if self.reader.actor(start, comma + 1, False, None) is None:
                return []
            items = self.reader.read(start, comma + 1, names=False)
            after = items[-1].attributes_end if items else comma + 1
            adjunct = after <= comma and lower[after] in _PREPOSITIONS and lower[after] not in _NOT_ADJUNCTS
            under = after < comma and (lower[after].startswith("dibawah") or lower[after:after + 2] == ("di", "bawah"))
            return items if items and (adjunct or under) else []
        for k in range(start, comma):
            if self.reader.actor(k, comma, False, None) is None:
                continue
            items = self.reader.read(k, comma, names=False)
            after = items[-1].attributes_end if items else comma
            while after < comma and (lower[after] in self.lex.adverbs or text[after] == ","):
                after += 1  # "Pemprov X sendiri, dalam penilaian …, memperoleh …"
            if items and after < comma and (lower[after] in _PREPOSITIONS or lower[after].startswith("dibawah")):
                return items
        return []

    def _list_ending_at(self, start: int, end: int) -> list[Item]:
        """The longest actor list that ends exactly at ``end`` (its attributes included).
        A list opened by a proper name that is not a known actor must be the whole subject:
        "Dalam penilaian Adipura 2023, Muara Baru memperoleh …" is not "Adipura 2023"."""
        text, lower = self.table.text, self.table.lower
        skipped: set[int] = set()
        noun_told = located = False  # after a lower-case class noun and a locative: inside its description
        for k in range(start, end):
            if k > start and lower[k - 1] in _PRONOUNS and text[k - 1].islower():
                noun_told, located = True, False
            elif k > start and noun_told and lower[k - 1] in {"di", "dari", "ke"}:
                located = True
            elif k > start and text[k - 1] == ",":
                located = False  # "Dua perusahaan di Kota X, A dan B, meraih": the description ends
            if k in skipped:
                continue
            if k > start and lower[k - 1] == "selain" and text[k][:1].isupper():
                # "Selain X, pemenang … adalah Y, yang menyabet …": X is set aside, up to its comma
                skipped.update(range(k, next((j for j in range(k, end) if text[j] == ","), end)))
                continue
            if k > start and (lower[k - 1] in _PREPOSITIONS or  # ("Di bawah Kota X, Y menempati …")
                              k - 2 == start and lower[k - 2] == "di" and lower[k - 1] in _RELATIVE_PLACES):
                # "… di Nusa Raya mendapatkan": the object of "di" is no subject, nor the rest of its
                # list, nor its locators ("di Kabupaten X, Provinsi Y,")
                limit = end
                if lower[k - 1] in {"dari", "oleh"}:  # "Dalam X dari Kementerian Y, Kabupaten Z meraih": who gave
                    limit = next((j for j in range(k, end) if text[j] == ","), end)
                placed = self.reader.read(k, limit, names=False)
                if k - 1 == start or k - 2 == start and lower[k - 1] in _RELATIVE_PLACES or \
                        self._counted_group(start, k):
                    # "Di Kabupaten X, PT Y meraih": a fronted place; "Dua perusahaan yang beroperasi di
                    # Kota X, A dan B, meraih": where a counted group is, before its members (the place
                    # with its own locators only)
                    placed = placed[:1]
                skipped.update(i.start for i in placed)
                skipped.update(range(k, max([i.attributes_end for i in placed], default=k)))
                continue
            if k > start and text[k - 1][:1].islower() and (lower[k - 1] in self.lex.kind_words
                                                             or lower[k - 1] in self.lex.recipient_nouns
                                                             or lower[k - 1] in self.lex.resident_nouns) \
                    and not (k in self.reader.actors and self._opener_ends(k, end)):
                # "Ibu kota provinsi X itu …", "Dua warga Kabupaten X, Provinsi Y,": inside a
                # description, the locators told with it too (after a preposition only up to its
                # comma: "Di kelompok BUMN, PT X meraih …")
                limit = next((j for j in range(k, end) if text[j] == ","), end) \
                    if k - 2 >= start and lower[k - 2] in _PREPOSITIONS else end
                described = self.reader.read(k, limit, names=False)
                skipped.update(range(k, described[-1].attributes_end if described else k + 1))
                continue
            if located:
                continue  # "kota di tepian sungai X itu": a place inside the noun's description
            if k > start + 1 and lower[k - 2] == "yang" and text[k - 1].islower() and \
                    (self._clause_verb(k - 1) or (lower[k - 1].startswith("di") and len(lower[k - 1]) > 5)):
                continue  # "…, dalam penilaian yang dilakukan ANRI, memperoleh": a relative clause's agent
            typed = self.reader.actor(k, end, False, None) is not None
            # ("terdapat nama Ibu Hj. X yang menerima …": a name introduced as one)
            opened = k == start or text[k - 1] == ":" or not text[k - 1].strip() or \
                lower[k - 1] == "nama" or \
                (text[k - 1] in {"-", "--", "–", "—"} and k - start <= 10) or \
                (text[k - 1] == "," and self._introduced(start, k - 1)) or \
                (k - 1 == start and lower[start] in self.reader.function_words)
            if not typed and not opened:
                continue
            if not typed and not (text[k][:1].isupper() or text[k][:1] in "“\"" or
                                  text[k].casefold() in self.reader.namer.honorifics):  # ("dr. Sari, M.Kes., meraih …")
                continue
            if not typed and self._measure_of_actor(k, end):
                continue  # "Sistem Akuntabilitas … (Sakip) Kabupaten X meraih …": the measure of X, X won
            items = self.reader.read(k, end, names=not typed or k == start or text[k - 1] == ",",
                                     hint=region_kind_hint(self.table.lower, start, k, self.lex))
            if items and items[-1].attributes_end >= end:
                return items
        return []

    def _opener_ends(self, k: int, end: int) -> bool:
        """A list opener ("antara lain", "di antaranya") ends right before ``k``: "lain" there is
        no class noun whose description goes on."""
        return any(self.lex.openers.at(self.table.lower, j, end) == k for j in range(max(0, k - 3), k))

    def _measure_of_actor(self, k: int, end: int) -> bool:
        """Capitalised words from ``k``, an abbreviation in brackets, then a body: a programme or
        measure named with its short form, of the body after it."""
        text = self.table.text
        j = k
        while j < end and j - k < 8 and text[j][:1].isupper() and text[j].isalpha():
            j += 1
        return j > k + 1 and j + 3 < end and text[j] == "(" and text[j + 2] == ")" and \
            j + 3 in self.reader.actors and self.reader.actors[j + 3].label in ("GOV", "REGION")

    def _introduced(self, start: int, comma: int) -> bool:
        """"Untuk Kabupaten Sukoharjo, …", "Sebelumnya, …", "Dua sekolah lainnya, A dan B, …",
        "Selain piala untuk X, …": a phrase set off before the subject."""
        lower = self.table.lower
        return lower[start] in self.lex.heading_openers or self._counted_group(start, comma) or lower[start] in self.lex.besides or \
            self.table.lower[start] in self.lex.history or comma - start <= 2 or \
            self.table.lower[start] in _PREPOSITIONS or \
            (lower[comma - 1] in _DEMONSTRATIVES or lower[comma - 1].endswith("nya")) and \
            self.table.text[comma - 1].islower()  # "Dari rumpun musik keras, X meraih …", "Penyunting film itu, X, …"

    def _counted_group(self, start: int, end: int) -> bool:
        """"Dua sekolah …", "Tiga perusahaan …": the clause opens (after a dateline) with a count of
        recipients."""
        lower, text = self.table.lower, self.table.text
        start = next((j + 1 for j in range(start, min(end, start + 10)) if text[j] in {"-", "–", "—"}), start)
        return start < end and lower[start] in self.lex.number_words and \
            any(lower[j] in self.lex.recipient_nouns for j in range(start + 1, min(end, start + 3)))

    def _attribution_start(self, start: int, end: int) -> int | None:
        """", kata Bupati,": a speaker's attribution between commas ending at ``end``."""
        text, lower = self.table.text, self.table.lower
        for j in range(end - 1, max(start, end - 8) - 1, -1):
            if text[j] == ",":
                return j if j + 1 < end and lower[j + 1] in self.lex.speech else None
        return None

    def _dropped_subject(self, start: int, end: int) -> int:
        """"Meningkat kembali tahun 2017 predikatnya BB": no subject told, the topic goes on —
        when nothing before the verb could be a subject (no name, no counted group)."""
        lower, text = self.table.lower, self.table.text
        for j in range(start, end):
            if (text[j][:1].isupper() and j > start) or lower[j] in self.lex.recipient_nouns or \
                    text[j] in {"(", "“", '"'} or lower[j] in self.lex.number_words:
                return 0
        return -1 if end > start and any(YEAR.match(text[j]) for j in range(start, end)) else 0

    def _tells_a_conferral(self, sentence: Span) -> bool:
        """A receive or give verb and an award word somewhere in the sentence, or a place reached
        in a ranking or zone ("Empat polres lainnya masuk Zona Hijau …")."""
        lower = self.table.lower
        span = range(sentence.start, sentence.end)
        return any(self.lex.receive.at(lower, j, sentence.end) or self.lex.passive_receive.at(lower, j, sentence.end)
                   or self.lex.give.at(lower, j, sentence.end) or self.lex.passive_give.at(lower, j, sentence.end)
                   for j in span) and any(self.lex.award_nouns.at(lower, j, sentence.end) for j in span) or \
            any(self.lex.position.at(lower, j, sentence.end) and j + 1 < sentence.end and
                lower[j + 1] in self.lex.position_objects for j in span)

    def _counted_owner(self, start: int, first: int) -> bool:
        """"Tiga unit pembangkit KJE", "Dua anak usaha X": a count and a lower-case noun before
        a name make the name the owner of what is counted."""
        lower, text = self.table.lower, self.table.text
        opens = next((j + 1 for j in range(first - 1, start - 1, -1) if text[j] in {"-", "–", "—"}), start)
        words = list(range(opens, first))  # (after a dateline; "Dua sekolah lainnya, A dan B": an apposition)
        if not 2 <= len(words) <= 4 or not (lower[words[0]] in self.lex.number_words or text[words[0]].isdigit()):
            return False
        return all(text[j].isalpha() and text[j].islower() and lower[j] not in _PREPOSITIONS for j in words[1:])

    def _group_named(self, start: int, k: int) -> bool:
        """"…, ketiga daerah itu adalah A, B, dan C", "Mereka adalah A dan B": a counted group
        told before, named now."""
        lower = self.table.lower
        if k - start == 1 and (lower[start] == "mereka" or lower[start] in _COUNTED):
            return True
        return k - start >= 3 and lower[k - 1] in _DEMONSTRATIVES and lower[k - 2] in self.lex.recipient_nouns \
            and lower[k - 3] in _ORDINAL_GROUPS

    def _top_of_ranking(self, start: int, end: int) -> int:
        """"Dua daerah teratas", "tiga peserta terbaik": the first places of a ranking told before."""
        lower, text = self.table.lower, self.table.text
        words = [lower[j] for j in range(start, end) if text[j] not in {",", "."} and lower[j] not in self.lex.adverbs]
        if len(words) != 3 or words[2] not in _TOP_WORDS or words[1] not in self.lex.recipient_nouns:
            return 0
        count = self.lex.number_words.get(words[0]) or (int(words[0]) if words[0].isdigit() else 0)
        return count if 1 < count <= 10 else 0

    def _anaphor(self, start: int, end: int) -> int:
        """"Kota tersebut meraih …", "Keduanya menerima …": recipients told before."""
        lower = self.table.lower
        # "Pada PROPER 2022, perusahaan itu meraih …": a fronted adjunct ends at its comma; "… setelah
        # pada 2024 kabupaten itu meraih …": a clause of an earlier time opens after its time
        start = max([start] + [j + 1 for j in range(start, end - 1)
                               if lower[j] == "," or lower[j] in EARLIER_CLAUSE or lower[j] in _SUBORDINATORS])
        if lower[start] in TIME_FRONTS:
            start = next((j + 1 for j in range(start + 1, min(end - 1, start + 5)) if YEAR.match(self.table.text[j])),
                         start)
        words = [w for w in lower[start:end] if w not in {",", "."} and w not in self.lex.adverbs - _DEMONSTRATIVES]
        while len(words) > 1 and words[-1] in self.lex.history:
            words.pop()  # "Kabupaten itu sebelumnya meraih …": an adverb of earlier time after the subject
        if not words:
            return 0
        if words[-1] in _COUNTED:
            return _COUNTED[words[-1]]
        # "ketiga kabupaten itu", "kedua daerah tersebut": the ones counted before
        if 2 <= len(words) <= 3 and words[0] in _ORDINAL_GROUPS and words[1] in self.lex.recipient_nouns and \
                all(w in _DEMONSTRATIVES for w in words[2:]):
            return _ORDINAL_GROUPS[words[0]]
        if len(words) <= 3 and (words[-1] in _DEMONSTRATIVES or words[-1] in {"ia", "dia", "beliau", "pihaknya"}) \
                and all(w in _PRONOUNS or w in REFERRED_KINDS or w in self.lex.unit_kinds or w in _DEMONSTRATIVES
                        for w in words):
            return -1  # ("Pengadilan itu …")
        if words == [words[0]] and words[0] in _PRONOUNS and "yang" not in lower[start:end]:
            return -1  # "perusahaan juga meraih …": the noun alone names the topic again
        if len(words) == 2 and words[1] == "sama" and words[0] in self.lex.recipient_nouns and \
                end - start >= 3 and lower[end - 2] == "yang":
            return -1  # "bank yang sama membawa pulang …": the same one again
        text = self.table.text
        located = [j for j in range(start, end) if lower[j] in {"di", "dari", "asal", "ke"}]
        # ("kabupaten di ujung barat Daerah Istimewa Yogyakarta (DIY) itu": an abbreviation in
        # brackets adds no word to the description)
        described = [w for w in words if w not in {"(", ")"} and not w.isupper()] if located else words
        if 3 <= len(described) <= 9 and words[0] in _PRONOUNS and words[-1] in _DEMONSTRATIVES and \
                all(text[j][:1].islower() or text[j] in {",", "."} or j == start or (located and j > located[0])
                    for j in range(start, end)):
            return -1  # "kabupaten di pesisir timur itu", "desa di tepi Sungai X itu": a description
        kind = 1 if words[:2] == ["ibu", "kota"] else 0
        if 3 <= len(words) <= 7 and (words[kind] in _PRONOUNS or words[kind] in REFERRED_KINDS) and \
                words[-1] in _DEMONSTRATIVES and text[start + kind + 1][:1].islower():
            return -1  # "kabupaten tetangga Kota X itu", "ibu kota Provinsi X itu": a name describes the one told
        return 0

    # -- lines of a list ------------------------------------------------------------------

    def _line_frame(self, sentence: Span, mentions: list[Mention], in_list: bool,
                    heading: tuple[int, int] | None) -> Frame | None:
        """"- Dinas X – 99,48", "1. <category>: <recipient>", "Juara 1: Desa Y" under a heading
        that introduces winners: the line's actor receives the award in force."""
        text, lower = self.table.text, self.table.lower
        start, end = sentence.start, sentence.end
        row = self._table_row(sentence, heading)
        if row is not None or "|" in text[start:end]:
            return row
        k = self.reader._skip_bullet(start, end)
        if k + 1 < end and lower[k] in self.lex.note_labels and text[k + 1] == ":":
            return None  # "Sumber: Badan X": a note, no line of winners
        colon = next((j for j in range(k, min(end, k + 25)) if text[j] == ":"), None)
        if colon is None and in_list:  # "Kader Teladan — A dan B", "Pertama – Kabupaten X, nilai 96"
            t = self.table
            colon = next((j for j in range(k + 1, min(end, k + 12)) if text[j] in _LABEL_DASHES and
                          t.doc_text[t.idx[j] - 1].isspace() and  # (not "musisi-musisi")
                          self.reader.actor(j + 1, end, True, None) is not None and
                          # (a body in a category's label names what the category is for:
                          # "Kategori Kalurahan Inklusif — X")
                          (lower[k] in self.lex.category_cues or
                           not any(k <= m.start < j and m.label in _BODIES for m in mentions)) and
                          not " ".join(text[k:j]).isupper() and not self._person_label(k, j)), None)
            if colon is None:  # "1. Kota X – Piala Adipura (Kota Sedang)": a body, then what it received
                colon = next((j for j in range(k + 1, min(end - 1, k + 12)) if text[j] in _LABEL_DASHES and
                              t.doc_text[t.idx[j] - 1].isspace() and text[j + 1][:1].isupper() and
                              self._body_fills(k, j, mentions) and
                              self._names_no_body(j + 1, end)), None)
        if colon is not None and any(self.lex.receive.at(lower, j, colon) or self.lex.passive_receive.at(lower, j, colon)
                                     for j in range(k, colon)):
            colon = None  # "X menyabet trofi A lewat film Judul: Subjudul": a clause, not a label
        if not in_list and colon is not None and self._graded_block(sentence):
            in_list = True  # "Kabupaten X: BB" over "Kota Y: A": lines of grades need no introduction
        if not in_list and not (colon is not None and any(lower[j] in self.lex.category_cues
                                                          for j in range(k, colon))):
            return None
        if colon is not None and colon + 1 < end:
            credited = self._work_line(k, colon, end)
            items = credited or self.reader.read(colon + 1, end, names=True)
            label = (k, colon)
            first = colon + 1
            while first < end and text[first] in _QUOTE_MARKS:
                first += 1
            owner = self.reader.read(k, colon, names=True)[:1] if in_list else []
            owner = owner if owner and owner[0].start == k and owner[0].attributes_end >= colon and (
                owner[0].mention is not None and owner[0].mention.label in _BODIES or
                owner[0].entity.type == "person" and self._titles_a_winner(colon + 1, end) and
                not self._titles_a_winner(k, colon)) else []
            if owner and (all(i.rule == "name" for i in items) or owner[0].entity.type == "person"):
                items = []  # "- Kabupaten X: Wajar Dengan Pengecualian (WDP)", "Y: Guru Teladan": the value is no winner
            if items and (items[0].start <= first or credited):  # "Nomor: 12/2024 tentang …, Kabupaten X": no line of winners
                ranked = self._rank_before(k, colon) or self._ordinal_label(k, colon)
                if ranked is not None:
                    for item in items:
                        if item.rank is None:
                            item.rank, item.rank_word = ranked[0], ranked[2]
                frame = Frame(sentence, items, "line", k, (start, end), award=None,
                              heading=heading or label)
                frame.extra_label = label
                self._years(frame, (start, end))
                return frame
            score = self.reader._score(colon, end) if owner else None
            after = score[3] if score is not None else end
            close = next((j for j in range(after + 1, end) if text[j] == ")"), None) \
                if after < end and text[after] == "(" else None
            rest = close + 1 if close is not None else after
            if score is not None and all(not text[j].strip() or text[j] in {".", ";"} for j in range(rest, end)):
                # "- Dinas X: 95,40", "- Polres Y: 81,20 (Zona Hijau)": the recipient's score (and its
                # class), under the heading line in force
                owner[0].score = owner[0].score or score
                frame = Frame(sentence, owner, "line", k, (start, end), award=None, heading=heading or label)
                if close is not None and close > after + 1:
                    frame.value = (after + 1, close)
                self._years(frame, (start, end))
                return frame
            if owner:
                # "- Kabupaten X: WTP": the label is the recipient, the value what it received
                frame = Frame(sentence, owner, "line", k, (start, end), award=None, heading=(colon + 1, end))
                frame.value = (colon + 1, end)
                self._years(frame, (start, end))
                return frame
        bulleted = k > start or self._line_number(sentence) is not None  # "1." may be split off
        # ("Para penerima adalah:\nDewi Setiawan – 92,66": a name with its score on a line of a list)
        named = not bulleted and in_list and any(text[j] in _LABEL_DASHES for j in range(k, end)) and \
            self.reader.actor(k, end, False, None) is None
        if bulleted or named or self.reader.actor(k, end, False, None) is not None:
            items = self.reader.read(k, end, names=bulleted or named)[:1]
            if named and items and (items[0].entity.type != "person" or items[0].score is None):
                items = []
            if items and items[0].attributes_end < end - 1:
                self._trailing_where(items[0], end, mentions)  # "1. Pokdarwis X – Desa Y, Kabupaten Z"
            if items and items[0].score is None and items[0].attributes_end < end - 1:
                self._trailing_score(items[0], end)  # "1. X (Harian Y), nilai 92,92"
            if items and items[0].attributes_end < end - 1:
                self._trailing_class(items[0], end)  # "• Kota X – kategori kota kecil"
            if items and items[0].attributes_end < end - 1:
                self._trailing_attributes(items[0], end)  # "• Kota X – peringkat II kategori kota, skor 3,50"
            if items and (items[0].attributes_end >= end - 1 or items[0].score is not None):
                if self._blank_last_cell(start, end):
                    items[0].extra["unawarded"] = True  # "5. Kabupaten X – 43,34 – –": assessed, no predicate
                frame = Frame(sentence, items, "line", k, (start, end), award=None, heading=heading)
                self._years(frame, (start, end))
                return frame
        return None

    def _blank_last_cell(self, start: int, end: int) -> bool:
        """A line whose cells are set off by dashes ends in a dash alone: its last cell is empty."""
        words = [t for t in self.table.text[start:end] if t.strip()]
        return len(words) > 3 and words[-1] in _LABEL_DASHES and words[-2] in _LABEL_DASHES or \
            len(words) > 4 and words[-3:-2] == ["("] and words[-2] in _LABEL_DASHES and words[-1] == ")"

    def _grades_the_group(self, sentence: Span, mentions: list[Mention]) -> bool:
        """"Kesemuanya meraih predikat B.", "Seluruh provinsi dalam daftar berikut berpredikat A.": a
        grade told for a whole group (a word of totality, a grade, no one named)."""
        lower = self.table.lower
        return not self.lex.totality.isdisjoint(lower[sentence.start:sentence.end]) and \
            any(m.label == "GRADE" for m in mentions) and \
            not any(m.label in _BODIES and m.label != "GIVER" or m.label == "PERSON" for m in mentions)

    def _graded_block(self, sentence: Span) -> bool:
        """The line and the one before or after it each name a body, a colon and a grade alone
        ("- Dinas X Kota Y: BB", "Pemkot Z: A"): a block of graded lines."""
        return self._graded_line(sentence) and any(
            (other := self._neighbour(sentence, step)) is not None and self._graded_line(other) for step in (-1, 1))

    def _graded_line(self, sentence: Span) -> bool:
        text = self.table.text
        k = self.reader._skip_bullet(sentence.start, sentence.end)
        colon = next((j for j in range(k, min(sentence.end, k + 25)) if text[j] == ":"), None)
        if colon is None or colon == k:
            return False
        value = " ".join(t for t in text[colon + 1:sentence.end] if t.strip()).strip(" .;")
        if not (GRADE_LETTERS.match(value) or value in self.reader.tier_names):
            return False
        return self._body_fills(k, colon, [])

    def _list_goes_on(self, sentence: Span) -> Frame | None:
        """"X (P) sebagai madya terbaik II dan Y (P) sebagai madya terbaik III.", "Kali Jernih,
        Batu Putih, Lembah Sari.": a sentence of actors only, after a sentence that ranked or listed
        recipients, goes on with the ranking or the list."""
        before = [f for f in getattr(self, "_found", []) if f.items and f.confers]
        previous = self._previous(sentence)
        if not before or previous is None or before[-1].sentence.start != previous.start:
            return None
        last = before[-1]
        # (a list of regions goes on with the kind its members were told with)
        hint = next((i.entity.region.split()[0].lower() for i in reversed(last.items)
                     if i.entity.region and i.entity.region.split()[0] in ("Kabupaten", "Kota")), None)
        start = sentence.start  # "Selanjutnya A, B, serta C.": a continuation word may open it
        while start < sentence.end and (self.table.lower[start] in self.lex.rank_continuations or
                                        self.table.text[start] == ","):
            start += 1
        items = self.reader.read(start, sentence.end, names=False, hint=hint)
        text = self.table.text
        told = [i.rank for i in last.items if i.rank]
        if start > sentence.start and told and items and not any(i.rank for i in items):
            # "Posisi puncak ditempati A. Berikutnya B (93,2) dan C (90,8).": the ranking goes on
            for n, item in enumerate(items, start=max(told) + 1):
                item.rank, item.rank_word = n, last.items[-1].rank_word
        ranked = any(i.rank for i in last.items) and items and all(i.rank for i in items)
        listed = len(last.items) >= 2 and len(items) >= 2 and not any(i.rank for i in items)
        if not items or not (ranked or listed) or \
                any(text[j].strip() not in {"", ".", ";"} for j in range(items[-1].attributes_end, sentence.end)):
            return None
        frame = Frame(sentence, items, "ranked", start, (sentence.start, sentence.end),
                      award=None, heading=before[-1].heading)
        self._years(frame, (sentence.start, sentence.end))
        return frame

    def _awards_counted(self, sentence: Span) -> bool:
        """"Ketiga penghargaan itu adalah:", "Tiga trofi tersebut yakni:": the lines after it are
        the awards a recipient told before won, one by one."""
        lower, text = self.table.lower, self.table.text
        last = max((j for j in range(sentence.start, sentence.end) if text[j].strip()), default=sentence.start)
        if text[last] == ":" and any((v := self.lex.receive.at(lower, j, last)) and self._object_end(v, last) == v
                                     for j in range(sentence.start, last)):
            return True  # "X memborong tiga penghargaan, yakni:"
        words = [w for w in lower[sentence.start:sentence.end] if w.strip() and w not in {":", "."}]
        return 3 <= len(words) <= 5 and words[0] in _ORDINAL_GROUPS and words[1] in self.lex.award_nouns.words \
            and words[2] in _DEMONSTRATIVES and all(w in self.lex.openers.words or w in {"sebagai", "berikut"}
                                                    for w in words[3:])

    def _category_line(self, sentence: Span) -> Frame | None:
        """"2. Transformasi Digital Terbaik": a category the counted recipient won."""
        text = self.table.text
        k = self.reader._skip_bullet(sentence.start, sentence.end)
        if self._line_number(sentence) is not None and text[k].rstrip(".").isdigit():
            k += 1 + (k + 1 < sentence.end and text[k + 1] in {".", ")"})
        end = next((j for j in range(k, sentence.end) if text[j] in {",", "(", ";", "."} or not text[j].strip()),
                   sentence.end)
        if end <= k or not all(text[j][:1].isupper() or self.table.lower[j] in {"dan", "&", "/", "untuk", "bagi"}
                                     for j in range(k, end)):
            return None
        frame = Frame(sentence, [], "categories", k, (sentence.start, sentence.end), anaphor=-1)
        frame.categories = [self.table.doc_text[self.table.idx[k]:self.table.idx[end - 1] + len(text[end - 1])]]
        return frame

    def _person_label(self, start: int, dash: int) -> bool:
        """"1. Rahmat Sitompul – Nusa TV": a person's name before a line's dash is its winner, not a
        category's label ("Kader Teladan — A dan B")."""
        items = self.reader.read(start, dash, names=True)
        return len(items) == 1 and items[0].entity.type == "person" and items[0].start == start and \
            items[0].attributes_end >= dash and not self._titles_a_winner(start, dash) and \
            not any(self.table.lower[j] in self.lex.category_cues for j in range(start, dash))

    def _trailing_where(self, item: Item, end: int, mentions: list[Mention]) -> None:
        """"– Desa Y, Kecamatan Z, Kabupaten W", "dari Desa Y, Kabupaten Z" after a list line's
        recipient: where it lies, part of the line's recipient; "– Nusa TV" after a person: where
        the person works."""
        text, lower = self.table.text, self.table.lower
        j = item.attributes_end
        if j >= end or not (text[j] in _LABEL_DASHES or lower[j] == "dari"):
            return
        j += 1
        if item.entity.type == "person":
            while j < end and (text[j][:1].isupper() or text[j][:1].isdigit() or lower[j] in {"dan", "&", "."}
                               or WEBSITE.match(text[j])):  # ("dari wartaprima.co.id": a news site)
                j += 1
            if all(not text[x].strip() or text[x] in {".", ";", ","} for x in range(j, end)) and j > item.attributes_end + 1:
                item.attributes_end = j
            return
        places = {m.start: m.end for m in mentions if m.label in ("GOV", "REGION") or locates(m)}
        start = j
        while j < end and (j in places or text[j] == ","):
            j = places.get(j, j + 1)
        if j > start + 1 and text[j - 1] != ",":
            item.attributes_end = j
        elif j > start + 1:
            item.attributes_end = j - 1

    def _trailing_class(self, item: Item, end: int) -> None:
        """"• Kota X – kategori kota kecil", "1) Kabupaten Y – predikat Nindya": the line's own class
        after a dash, a category or a grade the rules name, closing the line."""
        text = self.table.text
        j = item.attributes_end
        if j + 1 >= end or text[j] not in _LABEL_DASHES:
            return
        told = self.reader.class_at(j + 1)
        if told is None or not all(not t.strip() or t in {".", ";"} for t in text[told[2]:end]):
            return
        take_class(item, told)
        item.attributes_end = end

    def _trailing_attributes(self, item: Item, end: int) -> None:
        """"• Kota X – peringkat II kategori kota, skor N", "• Satlantas Y, satlantas terbaik I
        (nilai N)", "• SMA Z, kategori sekolah pelopor": the rest of a list line, after a comma
        or a dash, is the recipient's rank, class and score, each at most once, and nothing else
        (a descriptive word may stand before a rank: "satlantas terbaik I")."""
        text = self.table.text
        j, rank, told, score = item.attributes_end, None, None, None
        if text[j] not in {",", "("} and text[j] not in _LABEL_DASHES:
            return  # (a table's cells: "Kalimantan Barat    48,22    –")
        while j < end and (text[j] in {",", "(", ")", ";", "."} or text[j] in _LABEL_DASHES or not text[j].strip()):
            j += 1
        if j == item.attributes_end:
            return
        while j < end:
            if text[j] in {",", "(", ")"} or text[j] in _LABEL_DASHES or not text[j].strip():
                j += 1
                continue
            if all(not t.strip() or t in {".", ";"} for t in text[j:end]):
                break
            found = self.reader._rank(j, end) if rank is None else None
            if found is None and rank is None and text[j].isalpha() and text[j].islower():
                found = self.reader._rank(j + 1, end)  # "satlantas terbaik I": a descriptive word, then the rank
            if found is not None:
                rank, j = found, found[1]
                continue
            klass = self.reader.class_at(j) if told is None else None
            if klass is not None:
                told, j = self._class_to_superlative(klass, end)
                if j < end and self.table.lower[j] in _MEANS_WORDS:
                    j = end  # "…, kategori inovasi terbaik lewat layanan X": what it was won for
                continue
            value = self.reader._score(j, end) if score is None else None
            if value is not None:
                score, j = value, value[3]
                continue
            return  # another word: no line of attributes
        if rank is None and told is None and score is None:
            return
        if rank is not None and item.rank is None:
            item.rank, item.rank_word = rank[0], rank[2]
        if told is not None:
            take_class(item, told)
        item.score = item.score or score
        item.attributes_end = end

    def _class_to_superlative(self, told: tuple[str, str, int], end: int) -> tuple[tuple[str, str, int], int]:
        """"kategori pelayanan administrasi terbaik tingkat kota": a lower-case category on a list
        line goes on to its superlative (and the level after it), or to the comma or the end of
        the line, when the pattern stopped short."""
        label, value, j = told
        lower, text = self.table.lower, self.table.text
        k = j
        while k < end and k - j < 6 and lower[k].isalpha() and text[k].islower() and \
                lower[k] not in self.lex.superlatives and lower[k] not in _MEANS_WORDS:
            k += 1
        closed = all(not t.strip() or t in {".", ";"} for t in text[k:end]) or text[k] == ","
        if label != "CATEGORY" or closed and k == j or not closed and lower[k] not in self.lex.superlatives:
            return told, j
        if closed:
            return (label, " ".join([value] + list(text[j:k])), k), k
        k += 1
        if k + 1 < end and lower[k] in self.lex.category_openers and lower[k + 1].isalpha():
            k += 2  # "… terbaik tingkat kota"
        return (label, " ".join([value] + list(text[j:k])), k), k

    def _trailing_score(self, item: Item, end: int) -> None:
        """A score after a comma that closes a list line: the line's recipient's."""
        text = self.table.text
        j = item.attributes_end + (item.attributes_end < end and text[item.attributes_end] == ",")
        score = self.reader._score(j, end) if j > item.attributes_end else None
        if score is not None and all(not text[x].strip() or text[x] in {".", ";"} for x in range(score[3], end)):
            item.score, item.attributes_end = score, score[3]

    def _section(self, sentence: Span, mentions: list[Mention], section: tuple[int, int] | None):
        """The category heading line in force for ``sentence``: a short line naming a category
        ("Kategori Maju"), over the sentences of the paragraph right under it."""
        doc_text, idx = self.table.doc_text, self.table.idx
        if self._is_heading(sentence) and any(m.label == "CATEGORY" and m.start == sentence.start for m in mentions):
            return sentence.start, sentence.end
        if section is not None and doc_text[idx[section[0]]:idx[sentence.start]].count("\n") > 1:
            return None  # (a paragraph ends with a line break: the one after the heading's ends it)
        return section

    def _number_alone(self, sentence: Span) -> bool:
        """"1.": a list line's number the sentence splitter cut off from its line."""
        words = [w for w in self.table.text[sentence.start:sentence.end] if w.strip()]
        return 1 <= len(words) <= 2 and words[0].rstrip(".").isdigit() and len(words[0].rstrip(".")) <= 2 and \
            all(w in {".", ")"} for w in words[1:])

    def _line_number(self, sentence: Span) -> int | None:
        """The number a list line opens with ("2. Desa X"), the number split off as a
        sentence of its own included."""
        text = self.table.text
        for k in (sentence.start, sentence.start - 1, sentence.start - 2):
            if k < 0 or k >= sentence.end:
                continue
            word = text[k].rstrip(".")
            if word.isdigit() and len(word) <= 2 and (text[k].endswith(".") or
                                                        (k + 1 < len(text) and text[k + 1] in {".", ")"})):
                return int(word)
        return None

    def _rank_word(self, intro: Span) -> str | None:
        """The rank word of a list's introduction ("daftar juara"), or of the sentence before it
        ("… menetapkan tiga peringkat teratas. Berikut daftarnya:"), if any ("daftar pemenang"
        lists winners, not ranks)."""
        lower = self.table.lower
        before = self._previous(intro)
        spans = [intro] + ([before] if before is not None and len(intro) <= 8 else [])
        word = next((lower[j].removesuffix("nya") for s in spans for j in range(s.start, s.end)
                     if lower[j].removesuffix("nya") in {"juara", "peringkat", "urutan"}), None)
        return "peringkat" if word == "urutan" else word  # ("urutannya sebagai berikut:")

    def _table_row(self, sentence: Span, heading) -> Frame | None:
        """"Lukisan Terbaik | Ratna Wulandari | Senja di Dermaga" under a header row "Kategori |
        Pemenang | Karya": the winner column's actor receives, the category column names; under
        "No | Provinsi | Nilai | Predikat" the region column receives, with its score and its
        predicate (a letter or tier: the grade; else the class)."""
        text, lower = self.table.text, self.table.lower
        cells, begin = [], sentence.start
        # cells between "|", else between runs of spaces or tabs ("Jambi    71,20    B")
        piped = any(text[j] == "|" for j in range(sentence.start, sentence.end))
        for j in range(sentence.start, sentence.end + 1):
            if j == sentence.end or text[j] == "|" or not piped and _COLUMN_GAP.match(text[j]):
                while begin < j and not text[begin].strip():
                    begin += 1
                end = j
                while end > begin and not text[end - 1].strip():
                    end -= 1
                cells.append((begin, end))
                begin = j + 1
        if len(cells) < 2:
            self._columns = None
            return None
        words = [" ".join(lower[a:b]) for a, b in cells]
        header = self._table_header(words)
        if header is not None:
            self._columns = header
            return None
        columns = getattr(self, "_columns", None)
        if columns is None or max(columns[k] for k in ("winner", "category", "score", "value", "rank")
                                  if columns[k] is not None) >= len(cells):
            return None
        w0, w1 = cells[columns["winner"]]
        items = self.reader.read(w0, w1, names=True, hint=columns.get("kind"))[:1] if w1 > w0 else []
        if not items:
            return None
        frame = Frame(sentence, items, "line", w0, (sentence.start, sentence.end), award=None, heading=heading)
        if columns["category"] is not None:
            c0, c1 = cells[columns["category"]]
            rank = self.reader._rank(c0, c1) if columns["ranked"] else None
            header = columns["words"][columns["category"]] if columns["ranked"] else ""
            if rank is None and columns["ranked"] and header not in {"no", "no.", "nomor"} and c1 == c0 + 1:
                if text[c0] in _LABEL_DASHES:
                    items[0].extra["unawarded"] = True  # "| – | Provinsi X | 45,10 |": assessed, not ranked
                if text[c0].rstrip(".").isdigit() and int(text[c0].rstrip(".")) < 100:
                    # "| 1 | Provinsi X | 97,09 |" under "Peringkat": the number is the rank
                    number = int(text[c0].rstrip("."))
                    rank = (number, c1, _rank_words(header.split(" ", 1)[0], str(number)))
            if rank is not None:  # "Juara 1 | Desa Wisata X | …": a rank, the heading names the category
                items[0].rank, items[0].rank_word = rank[0], rank[2]
            elif not columns["ranked"]:
                frame.extra_label = (c0, c1)
        if columns["rank"] is not None and items[0].rank is None:
            # "Kategori | Peringkat | Penerima": a rank column beside the category's, "II" or "2"
            r0, r1 = cells[columns["rank"]]
            word = text[r0].rstrip(".") if r1 == r0 + 1 else ""
            number = int(word) if word.isdigit() and int(word) < 100 else _roman(word)
            if number:
                items[0].rank, items[0].rank_word = number, _rank_words(columns["words"][columns["rank"]], str(number))
                items[0].extra["rank_column"] = True  # (the category column still names the category)
        if columns["score"] is not None:
            s0, s1 = cells[columns["score"]]
            score = self.reader._score(s0, s1) if s1 > s0 and _NUMBER_CELL.match(text[s0]) else None
            items[0].score = items[0].score or score
        if columns["years"]:
            # values compared over years report an assessment, not who won; each its column's year
            items[0].extra["unawarded"] = columns["value"] is None and columns["category"] is None
            items[0].extra["year_scores"] = [
                (year, self.reader._score(y0, y1)) for n, year in columns["years"].items()
                for y0, y1 in [cells[n]] if y1 > y0 and _NUMBER_CELL.match(text[y0])]
        if columns["value"] is not None and not (columns["value"] == columns["rank"] and items[0].rank is not None):
            v0, v1 = cells[columns["value"]]
            frame.value = (v0, v1) if v1 > v0 and text[v0] not in {"-", "–", "—"} else None
            if frame.value is None:
                items[0].extra["unawarded"] = True  # "| 7 | Papua | 45,10 | – |": assessed, no predicate
        self._years(frame, (sentence.start, sentence.end))
        return frame

    def _table_header(self, words: list[str]) -> dict | None:
        """A header row's column roles: the winner (a name column, else the region column), the
        category or rank, the score and the predicate; None for a row that is no header."""
        def first(names, skip=()):  # (a column named by its first word too: "Indeks RB", "Nilai SAKIP")
            return next((n for n, w in enumerate(words) if (w in names or w.split(" ", 1)[0] in names)
                         and n not in skip), None)
        category = next((n for n, w in enumerate(words) if w in self.lex.category_cues or w in _RANK_COLUMNS), None)
        score = first(_SCORE_COLUMNS)
        value = first(_VALUE_COLUMNS, {category})
        winner = first(_WINNER_COLUMNS)
        if winner is None and category is not None:
            # "Peringkat | Desa Wisata | Kabupaten/Kota": the first column naming what won, not
            # where it lies nor its score
            winner = next((n for n, w in enumerate(words) if n not in (category, value) and w not in _LOCATOR_COLUMNS
                           and all(not c.isdigit() for c in w) and w), None)
        # "Daerah | IDSD 2024 | IDSD 2025": a column per year, each holding that year's values
        years = {n: int(w.rsplit(" ", 1)[-1]) for n, w in enumerate(words) if YEAR.match(w.rsplit(" ", 1)[-1])}
        years = years if len(years) > 1 else {}
        if years and (score is None or score in years):
            score = max(years, key=years.get)
        if winner is None and (score is not None or value is not None):
            winner = first(_REGION_COLUMNS)  # "No | Provinsi | Nilai | Predikat": the regions are assessed
        if winner is None or winner in years or (category is None and score is None and value is None):
            return None
        ranked = category is not None and words[category] in _RANK_COLUMNS
        # ("Kategori | Peringkat | Penerima | Indeks": a rank column of its own beside the category)
        rank = next((n for n, w in enumerate(words) if w in _RANK_COLUMNS - {"no", "no.", "nomor"}
                     and not ranked and n != category), None)
        if ranked and value is not None and words[category] in {"no", "no.", "nomor"}:
            category, ranked = None, False  # a row's number beside its predicate, no rank
        # ("Provinsi | …": a bare name in that column is a province, "Jambi" not the city)
        kind = self.lex.kind_words.get(words[winner]) if words[winner] not in ("kabupaten/kota", "kab/kota") else None
        return {"winner": winner, "category": category, "ranked": ranked, "score": score, "value": value,
                "kind": kind, "words": words, "rank": rank, "years": years}

    def _listed_years(self, sentence: Span) -> list[int]:
        """"Yaitu pada tahun 2012, 2013, 2015, 2017, 2018.": only an opener and years."""
        lower, text = self.table.lower, self.table.text
        k = sentence.start
        end = self.lex.openers.at(lower, k, sentence.end)
        if end is None:
            return []
        years = []
        for j in range(end, sentence.end):
            if YEAR.match(text[j]):
                years.append(int(text[j]))
            elif lower[j] not in {"pada", "tahun", ",", "dan", ".", "serta", "di"} and text[j].strip():
                return []
        return years if len(years) > 1 else []

    def _introduces_list(self, sentence: Span, mentions: list[Mention], confers: bool) -> bool:
        """"Berikut daftar pemenang …", "… sebagai berikut:", "DAFTAR OPD …", a clause that
        confers something and ends with a colon, the ceremony of a named award ("Malam puncak
        Anugerah X 2024 digelar …") unless the sentence already names who received it."""
        lower, text = self.table.lower, self.table.text
        words = set(lower[sentence.start:sentence.end])
        if not words.isdisjoint(self.lex.list_intros):
            return True
        if not confers and any(m.label == "AWARD_HEAD" and m.text[:1].isupper() for m in mentions) and \
                any(self.lex.events.at(lower, j, sentence.end) for j in range(sentence.start, sentence.end)):
            return True
        if not confers and self._lines_follow(sentence) and \
                not self.lex.results.isdisjoint(lower[sentence.start:sentence.end]) and \
                any(self.lex.events.at(lower, j, sentence.end) for j in range(sentence.start, sentence.end)):
            return True  # "X mengumumkan Penilaian Y 2024 …", "Indeks Y resmi diumumkan …" over numbered lines
        if not confers and not self._is_bullet(sentence) and self._counted_group_receives(sentence) and \
                self._lines_follow(sentence):
            return True  # "Sebanyak tiga daerah menerima X.", then their lines
        last = sentence.end - 1
        while last > sentence.start and not text[last].strip():  # "\n\n" is one token
            last -= 1
        if lower[sentence.start] in self.lex.nominal_cues and not confers and self._lines_follow(sentence) and \
                (any(m.label == "AWARD_HEAD" for m in mentions) or
                 lower[sentence.start].endswith("nya") and text[last] == ":"):
            return True  # "Peraih Piala Adipura 2023 Kategori Kota Sedang", "Penerimanya adalah:" over its lines
        # (not "Nindya:", a tier's name alone over the lines that received it: a heading in the list)
        start = self.reader._skip_bullet(sentence.start, last)
        alone = any(m.label == "GRADE" and m.start == start and m.end == last for m in mentions)
        return text[last] == ":" and not alone and self._confers_before(sentence.start, last, sentence, mentions)

    def _names_the_group_before(self, sentence: Span, mentions: list[Mention]) -> Span | None:
        """"Tiga daerah meraih X. Mereka adalah:": a short introduction with a colon, over lines,
        of the counted group the sentence before told receiving; "Enam di antaranya …, yakni:": a
        part of the group, counted, also when one more sentence came between. The sentence that
        tells the group, or None."""
        text = self.table.text
        last = sentence.end - 1
        while last > sentence.start and not text[last].strip():
            last -= 1
        # (a part with a class of its own introduces its own lines: "Empat lainnya terakreditasi Utama:")
        part = self._counted_part(sentence.start, last) and not self._heading_before(sentence.start, last, mentions)
        if text[last] != ":" or (last - sentence.start > 3 and not part) or not self._lines_follow(sentence):
            return None
        titled = [w for w in text[sentence.start:last] if w.strip()]
        if not part and titled and all(w[:1].isupper() for w in titled) and \
                self.table.lower[sentence.start] not in _PRONOUNS:
            return None  # ("Informatif:", "Utama:": a class's heading over its lines, not the group named again)
        before = [self._previous(sentence)]
        if part and before[0] is not None:
            before.append(self._previous(before[0]))
        return next((s for s in before if s is not None and self._counted_group_receives(s)), None)

    def _body_fills(self, k: int, j: int, mentions: list[Mention]) -> bool:
        """A body's name fills tokens ``k`` to ``j`` ("Dinas X Kota Y": a unit and its region, read
        as one)."""
        if any(m.start == k and m.end == j and m.label in _BODIES for m in mentions):
            return True
        owner = self.reader.read(k, j, names=False)[:1]
        return bool(owner) and owner[0].start == k and owner[0].attributes_end >= j and \
            owner[0].mention is not None and owner[0].mention.label in _BODIES

    def _names_no_body(self, k: int, end: int) -> bool:
        """What follows ``k`` names no body nor titled person: nothing read as one, or capitalised
        words no mention knows ("Bina Tirta Kencana (Zona Hijau)" after a body and a dash: what
        it received)."""
        actor = self.reader.actor(k, end, True, None)
        return actor is None or actor.rule == "name" and actor.mention is None

    def _counted_part(self, start: int, end: int) -> bool:
        """"Enam di antaranya", "Tiga lainnya": a number of the group told before."""
        lower = self.table.lower
        if lower[start] == "sebanyak":
            start += 1
        if start + 1 >= end or not (lower[start].isdigit() or lower[start] in self.lex.number_words):
            return False
        return lower[start + 1] in {"diantaranya", "lainnya"} or lower[start + 1:start + 3] == ("di", "antaranya")

    def _counted_group_receives(self, sentence: Span) -> bool:
        """"Sebanyak tiga pemerintah daerah menerima X", "X diberikan kepada sejumlah daerah":
        a counted group receives, its members not named in the sentence."""
        lower, lex, end = self.table.lower, self.lex, sentence.end
        verbs = [j for j in range(sentence.start, end) if lex.receive.at(lower, j, end) or
                 lex.passive_receive.at(lower, j, end) or lex.give.at(lower, j, end) or lex.passive_give.at(lower, j, end)]
        markers = [j for j in range(sentence.start, end) if lower[j] in lex.recipient_markers]
        return bool(verbs) and (self._counted_before(sentence.start, verbs[0]) or
                                any(self._counted_before(j + 1, min(end, j + 4)) or self._some_of(j + 1, end)
                                    for j in markers))

    def _some_of(self, k: int, end: int) -> bool:
        """"sejumlah fasilitas kesehatan", "para pemenang": an unnamed group of any class."""
        text, lower = self.table.text, self.table.lower
        return k + 1 < end and lower[k] in _SOME and text[k + 1].isalpha() and text[k + 1].islower()

    def _is_heading(self, sentence: Span) -> bool:
        """A short line without a verb ("KLASIFIKASI DESA WISATA RINTISAN", "Kategori Suvenir")."""
        lower, text = self.table.lower, self.table.text
        n = sentence.end - sentence.start
        if n > 14 or text[sentence.end - 1] in {".", "!", "?"}:
            return False
        return not any(lower[j].startswith(("me", "di", "ber")) and len(lower[j]) > 5 and
                       text[j].islower() for j in range(sentence.start, sentence.end))

    def _line_names_body(self, sentence: Span) -> bool:
        """A bullet or numbered line that opens with a body, not a person (judges are persons)."""
        start = self.reader._skip_bullet(sentence.start, sentence.end)  # ("- X", "1. X")
        item = self.reader.actor(start, sentence.end, False, None) if start < sentence.end else None
        return item is not None and item.entity is not None and item.entity.type != "person"

    def _names_others(self, sentence: Span) -> bool:
        """"Nominasi", "Tim penilai terdiri atas:": a heading over nominees or judges ends the
        list of winners."""
        lower = self.table.lower
        return any(self.lex.nomination.at(lower, j, sentence.end) or lower[j] in self.lex.assessors
                   for j in range(sentence.start, sentence.end))

    def _is_bullet(self, sentence: Span) -> bool:
        return self.reader._skip_bullet(sentence.start, sentence.end) > sentence.start

    # -- clause tests --------------------------------------------------------------------

    def _clause(self, sentence: Span, k: int) -> tuple[int, int]:
        """The clause of token ``k``: the sentence, cut at ";" and at a contrast word after a comma."""
        lower, text = self.table.lower, self.table.text
        start, end = sentence.start, sentence.end
        for j in range(k, sentence.start, -1):
            if j < k and (text[j] in _CLAUSE_BREAKS or self._prose_colon(j)):
                start = j + 1
                break
            if text[j - 1] == "," and (lower[j] in _CLAUSE_AFTER_COMMA or lower[j] in _NOW
                                       or self._clause_verb(j)) and j <= k:
                start = j  # (", kini meraih …": the present after what was)
                break
            if j <= k and self._coordinated_clause(sentence, j):
                start = j + 1
                break
        for j in range(k + 1, sentence.end):
            if (text[j] in _CLAUSE_BREAKS or self._prose_colon(j)) and not self._list_continues(j, sentence.end):
                end = j
                break
            if text[j - 1] == "," and (lower[j] in _CLAUSE_AFTER_COMMA or self._clause_verb(j)) or \
                    self._time_clause(j, sentence.end):
                end = j - 1 if text[j - 1] == "," else j
                break
            if self._coordinated_clause(sentence, j):
                end = j - 1
                break
            if lower[j] in _NEGATED_JOINS and j + 1 < sentence.end and lower[j + 1] in self.lex.negation:
                end = j  # "X memperoleh nilai 88,12 dan belum masuk daftar penerima Y": a denied predicate
                break
        return start, end

    def _prose_colon(self, j: int) -> bool:
        """"Ini bukan yang pertama: pada 2023, X meraih …": a colon before an adjunct that opens
        a clause of its own (not a list's colon, "berikut: A, B")."""
        text, lower = self.table.text, self.table.lower
        return text[j] == ":" and j + 1 < len(text) and text[j + 1].islower() and \
            (lower[j + 1] in self.lex.heading_openers or lower[j + 1] in self.lex.time_clauses)

    def _coordinated_clause(self, sentence: Span, j: int) -> bool:
        """"X memenangkan kategori A, dan Y menjadi B": ", dan" between two clauses, each with
        its verb (in "A, B, dan C meraih …" no verb comes before it)."""
        lower, text = self.table.lower, self.table.text
        if lower[j] not in {"dan", "serta"} or text[j - 1] != "," or j + 1 >= sentence.end or \
                not text[j + 1][:1].isupper():
            return False

        def verb(i):
            return self.lex.receive.at(lower, i) or self.lex.passive_receive.at(lower, i) or lower[i] in self.lex.position

        # the subject's words (names, adverbs) and then its verb; "dan C yang masing-masing
        # menerima …" is a list's last member with a relative clause
        after = next((i for i in range(j + 2, min(sentence.end, j + 9))
                      if verb(i) or lower[i] == "yang" or not (text[i][:1].isupper() or lower[i] in self.lex.adverbs)), None)
        # (a verb opening the sentence has no subject of its own: "Tercatat A, B, dan C meraih …")
        return after is not None and bool(verb(after)) and any(verb(i) for i in range(sentence.start + 1, j))

    def _time_clause(self, j: int, end: int) -> bool:
        """"…, setelah dinilai …", "… setelah sebelumnya meraih …": a clause of another event,
        whose years and history words are not the award's."""
        lower = self.table.lower
        if lower[j] not in self.lex.time_clauses or j + 1 >= end:
            return False
        after = j + 1
        # ("… setelah tahun lalu meraih …", "… setelah pada 2023 juga meraih …": its time told first)
        while after + 1 < end and (lower[after] in _EARLIER_TIME or YEAR.match(self.table.text[after])):
            after += 1
        return self.table.text[j - 1] == "," or lower[after] in self.lex.history or \
            self._clause_verb(after) or self.lex.receive.at(lower, after) is not None

    def _clause_verb(self, j: int) -> bool:
        """", meningkat tahun 2016 …": a verb after a comma opens a clause of its own (a dropped
        subject); a receive verb there goes on with the subject before it."""
        word, text = self.table.lower[j], self.table.text[j]
        return text[:1].islower() and len(word) > 5 and word.startswith(("me", "ber", "ter")) and \
            word not in self.lex.adverbs and not self.lex.receive.at(self.table.lower, j) and \
            word not in self.lex.position and word not in {"terdiri", "termasuk", "terbaik", "tertinggi",
                                                           "terpilih", "meliputi", "terakhir", "bersama"}

    def _list_continues(self, j: int, end: int) -> bool:
        """"A; B; dan C": a semicolon inside a list does not end the clause."""
        k = j + 1
        while k < end and self.table.lower[k] in {"dan", "serta"}:
            k += 1
        region = self.reader.actors.get(k) if k < end else None  # a bare region of two kinds, too
        # "Siti A; Budi B; dan Rina C": a name after a name goes on with a list of people
        before = self.table.text[j - 1]  # (a name's last word, or its degree: "… M.Si.; Ir. Rina")
        names = before[:1].isupper() and (before.isalpha() or before.endswith(".")) or before == "." or before.isupper()
        actor = self.reader.actor(k, end, names, None) if k < end else None
        if actor is not None and self.table.text[j] == ";" and any(
                i.grade or i.category for i in self.reader.read(k, end, names=names)[:1]):
            return False  # "A meraih Juara 1 kategori K; B, Juara 2 kategori L": a clause of its own, its verb left out
        return k < end and (actor is not None or (region is not None and region.label == "REGION"))

    def _blocked(self, clause: tuple[int, int], k: int) -> bool:
        """A plan or a negation before the trigger in its clause; a nomination or a condition
        anywhere in it."""
        lower = self.table.lower
        text = self.table.text
        # "Dari empat daerah yang masuk nominasi, …, hanya A dan B yang meraih X": the pool named
        # before "hanya" blocks nothing after it
        only = next((j for j in range(k - 1, clause[0], -1) if lower[j] in _ONLY_WORDS), clause[0]) \
            if lower[clause[0]] == "dari" else clause[0]
        if any(self.lex.nomination.at(lower, j, clause[1]) and j > only or lower[j] in self.lex.conditions and not (
                # ("petani asal Desa X", "Pantai Y asal Kabupaten Z": where someone or something comes
                # from, not a condition)
                j > clause[0] and j + 1 < clause[1] and text[j + 1][:1].isupper())
               for j in range(clause[0], clause[1])):
            return True
        if "tanpa" in lower[clause[0]:clause[1]] and any(
                lower[j] == "tanpa" and (self.lex.award_nouns.at(lower, j + 1, clause[1]) is not None or
                                         self.lex.award_nouns.at(lower, j + 2, clause[1]) is not None)
                for j in range(clause[0], clause[1] - 1)):
            return True  # "… berada di urutan keempat dan pulang tanpa penghargaan": placed, nothing won
        relative = next((j for j in range(clause[0] + 1, k) if lower[j] == "yang"), None)
        for j in range(clause[0], k):
            if j > clause[0] and text[j][:1].isupper() and (text[j - 1][:1].isupper() or
                                                            j + 1 < k and text[j + 1][:1].isupper()):
                continue  # "Kota Tanjung Harapan", "predikat Menuju Informatif": a word of a name, not a plan
            if j > clause[0] and text[j - 1][:1].isupper() and j + 1 in self._class_starts:
                continue  # "Zona Integritas menuju Wilayah Birokrasi Bersih …": an award's class after its name
            if relative is not None and relative < j < k - 3 or j in self._graded:
                continue  # "X yang … kental akan nuansa rock juga menyabet …": it describes X; "juara harapan 2"
            if self.lex.plan.at(lower, j, k + 1) is not None:
                return True
        for j in range(max(clause[0], k - 3), k):
            # (not "tak menyangka dirinya meraih …": surprise at the award, which was won)
            if lower[j] in self.lex.negation and not (j + 1 < k and lower[j + 1] in _SURPRISE):
                return True
        return False

    def _position(self, k: int, clause, mentions: list[Mention]) -> int | None:
        """"masuk zona hijau", "menduduki peringkat pertama", "menjadi juara": a place in a
        ranking or zone received; "menjadi <a grade or category>": the tier reached."""
        lower = self.table.lower
        if lower[k] in self.lex.completing:  # "… dan Kota X melengkapi tiga besar": the last place of the top three
            return k + 1 if self._completes_top(k, clause[1]) is not None else None
        for j in range(k + 1, min(clause[1], k + 5)):
            if lower[j] in self.lex.position_objects:
                return k + 1
            if lower[j] in self.lex.recipient_nouns and j + 1 < clause[1] and lower[j + 1] in self.lex.nominal_cues:
                return k + 1  # "menjadi (tiga) daerah peraih …", "menjadi perusahaan penerima …": the group they make
            if lower[j] not in {"dalam", "di", "ke", "pada", "sebagai", "yang", "kategori", "salah"} and \
                    lower[j] not in self.lex.number_words:  # ("naik satu tingkat ke predikat BB"; "tercatat
                break  # sebagai salah satu penerima": one of them)
        if lower[k] == "menjadi" and any(m.start == k + 1 and m.label in ("GRADE", "CATEGORY") for m in mentions):
            return k + 1
        if lower[k] == "menjadi":  # "menjadi Penata Musik Terpilih": a title, every word capitalised
            text = self.table.text
            for j in range(k + 1, min(clause[1], k + 8)):
                if lower[j] in self.lex.superlatives:
                    return k + 1 if j - k >= 2 and text[j][:1].isupper() else None
                if not (text[j][:1].isupper() or lower[j] in {"dan", "&", "/"}):
                    return None
        return None

    def _completes_top(self, k: int, end: int) -> int | None:
        """"melengkapi (posisi) tiga besar": the place that completes a top N, N; else None."""
        lower, text = self.table.lower, self.table.text
        if lower[k] not in self.lex.completing:
            return None
        j = k + 1 + (k + 1 < end and lower[k + 1] in RANK_HEADS)
        if j + 1 >= end or lower[j + 1] != "besar":
            return None
        return self.lex.number_words.get(lower[j]) or (int(text[j]) if text[j].isdigit() and int(text[j]) < 100 else None)

    def _confers_before(self, start: int, k: int, sentence: Span, mentions: list[Mention]) -> bool:
        """The clause before an opener confers an award, names a grade or category, or
        counts a group of recipients; and what the list names is not what was assessed
        ("diraih atas penilaian sejumlah unit layanan, di antaranya …")."""
        lower = self.table.lower
        anchor, received = None, False
        for j in range(start, k):
            verb = self.lex.receive.at(lower, j, k) or self.lex.passive_receive.at(lower, j, k) or \
                self.lex.passive_give.at(lower, j, k) or self.lex.give.at(lower, j, k)
            if (verb or lower[j] in self.lex.position) and \
                    any(lower[n] in self.lex.negation for n in range(max(start, j - 2), j)):
                return False  # "tinggal tiga yang belum menerima LHP, yakni A, B, dan C", "… belum masuk peringkat": not given
            if verb or self.lex.award_nouns.at(lower, j, k) or lower[j] in {"pemenang", "penerima", "peraih",
                                                                           "juara", "peringkat"}:
                anchor = j
            received = received or bool(verb)
        cues = [m.end for m in mentions if m.label in ("GRADE", "CATEGORY", "AWARD_HEAD") and start <= m.start < k]
        if cues:
            anchor = max(anchor or 0, cues[-1] - 1)
        if anchor is None:  # a counted group, not the units an assessment sampled, nor who attended
            return self._counted_before(start, k) and self._confers_nearby(sentence) and \
                not any(lower[j] in self.lex.basis or self._other_verb(j, k) for j in range(start, k))
        # ("Penerima predikat B pada evaluasi SAKIP 2024 …, mulai dari …": the event it was won in)
        return not any(lower[j] in self.lex.basis and not self._counted_winners(anchor, j) and
                       not (lower[j - 1] in {"pada", "dalam"} and lower[j] not in {"atas", "terhadap"})
                       or self._other_verb(j, k) and not self._describes_counted_winners(anchor, j)
                       and not (received and lower[j] in self.lex.organised and lower[j - 1] == "yang")
                       # ("meraih X yang digelar Y, antara lain …": who organised the award won)
                       for j in range(anchor + 1, k))

    def _describes_counted_winners(self, verb: int, j: int) -> bool:
        """"diberikan kepada tiga warga yang selalu melunasi pajaknya, di antaranya …": a verb in a
        relative clause describing the counted group the conferring verb names keeps the list its own."""
        lower = self.table.lower
        relative = next((r for r in range(j - 1, max(verb, j - 4), -1) if lower[r] == "yang"), None)
        if relative is None:
            return False
        count = relative - 2  # ("tiga warga yang …": a number and its noun)
        return count - 2 == verb and (lower[count].isdigit() or lower[count] in self.lex.number_words) and \
            lower[count - 1] in {"kepada", "oleh"}

    def _counted_winners(self, verb: int, j: int) -> bool:
        """"diraih oleh dua peserta, yakni …": the counted noun right after the verb of winning names
        who won, not who was assessed ("penilaian diikuti 40 peserta, di antaranya …")."""
        lower = self.table.lower
        count = j - 1
        return count > verb and lower[verb] not in self.lex.basis and (lower[count].isdigit() or lower[count] in self.lex.number_words) and \
            (count - 1 == verb or count - 2 == verb and lower[count - 1] == "oleh") and \
            (self.lex.receive.at(lower, verb) is not None or self.lex.passive_receive.at(lower, verb) is not None)

    def _other_verb(self, j: int, end: int) -> bool:
        """A verb that is not a receive or give verb ("bertajuk", "dibacakan"): the list after it
        belongs to that verb's clause, not to the award."""
        word, text = self.table.lower[j], self.table.text[j]
        if not text[:1].islower() or len(word) < 6 or not word.startswith(("ber", "me", "di", "ter")):
            return False
        lex = self.lex
        return not (lex.receive.at(self.table.lower, j, end) or lex.passive_receive.at(self.table.lower, j, end)
                    or word in lex.position or word in _NAMING_VERBS  # ("hanya juara I yang ditetapkan, yakni X")
                    or lex.give.at(self.table.lower, j, end) or lex.passive_give.at(self.table.lower, j, end)
                    or word in lex.recipient_nouns or word in lex.award_nouns.words
                    or word in {"berikut", "diantaranya", "meliputi", "terdiri", "terbaik", "terpilih",
                                "tertinggi", "terbanyak", "terfavorit", "terinovatif", "tersebut", "terakhir",
                                "termasuk", "tertentu", "terhadap", "berupa", "berikutnya",
                                # ("Penerimanya beragam, mulai dari …": the group described)
                                "beragam", "bervariasi", "berbeda-beda",
                                "menuju"})  # ("Zona Integritas menuju WBBM": part of a name)

    def _confers_nearby(self, sentence: Span) -> bool:
        """The sentence or the one before it confers an award."""
        n = next((i for i, s in enumerate(self.sentences) if s.start == sentence.start), 0)
        lower = self.table.lower
        for s in self.sentences[max(0, n - 1):n + 1]:
            for j in range(s.start, s.end):
                if self.lex.receive.at(lower, j, s.end) or self.lex.passive_give.at(lower, j, s.end) or \
                        self.lex.award_nouns.at(lower, j, s.end):
                    return True
        return False

    def _counted_before(self, start: int, k: int) -> bool:
        """"11 kabupaten/kota …", "Tiga kabupaten …", "Provinsi-provinsi tersebut": a group."""
        lower, text = self.table.lower, self.table.text
        for j in range(start, k):
            if lower[j] in self.lex.recipient_nouns and (
                    (j > start and (text[j - 1].isdigit() or lower[j - 1] in self.lex.number_words or
                                    lower[j - 1] in {"para", "sejumlah", "beberapa", "seluruh"}))
                    or "-" in lower[j] or (j + 1 < k and lower[j + 1] in _DEMONSTRATIVES)):
                return True
        return False

    def _heading_before(self, start: int, k: int, mentions: list[Mention]) -> bool:
        return any(m.label in ("GRADE", "CATEGORY") and start <= m.start < k for m in mentions) or \
            any(self.table.lower[j] in self.lex.category_openers for j in range(start, k))

    def _titles_a_winner(self, start: int, end: int) -> bool:
        """"Perawat Teladan", "Guru Berprestasi": a title that ends in a word of merit."""
        last = max((j for j in range(start, end) if self.table.text[j].strip() and self.table.text[j] not in {".", ";"}),
                   default=None)
        return last is not None and self.table.lower[last] in self.lex.superlatives | self.lex.merit_words

    def _ordinal_label(self, start: int, end: int) -> tuple | None:
        """"Pertama – Kabupaten X", "II: Kota Y": a line labelled by its place alone."""
        if end - start != 1:
            return None
        word = self.table.lower[start]
        number = self.lex.ordinals.get(word) or _roman(self.table.text[start])  # (None when no numeral)
        return (number, end, "Peringkat") if number else None

    def _from_bottom(self, start: int, end: int) -> bool:
        """"berada di peringkat N terendah": the verb's place is counted from the bottom."""
        rank = self.reader._rank(start, end) or (self.reader._rank(start + 1, end) if start + 1 < end else None)
        return rank is not None and rank[1] < end and self.table.lower[rank[1]] in self.lex.from_bottom

    def _rank_before(self, start: int, k: int) -> tuple | None:
        """"peringkat pertama diraih …", "… dan posisi ketiga diisi oleh …": the first listed
        item's rank, the last one told before the trigger."""
        found = None
        for j in range(start, k):
            found = self.reader._rank(j, k) or found
        return found

    def _giver_subject(self, start: int, verb: int) -> Entity | None:
        """"KPK memberikan …": the body that gives."""
        for m in self.reader.actors.values():
            if start <= m.start < verb and m.label == "GIVER" and m.entity is not None:
                return m.entity
        return None

    # -- years -----------------------------------------------------------------------

    def _years(self, frame: Frame, clause: tuple[int, int]) -> None:
        """The years a clause states for its award: "tahun 2022", "TA 2022", "<award> 2023",
        "pada tahun 2012, 2013 dan 2015"; not a date's, a regulation's or a background year."""
        lower, text = self.table.lower, self.table.text
        years: list[int] = []
        positions: list[int] = []
        for j in range(clause[0], clause[1]):
            if not YEAR.match(text[j]) or not self._award_year_at(j, clause):
                continue
            years.append(int(text[j]))
            positions.append(j)
        fiscal = [y for y, j in zip(years, positions) if j >= 1 and lower[j - 1] in self.lex.fiscal_year
                  or (j >= 2 and lower[j - 2] in self.lex.fiscal_year and lower[j - 1] in {"(", "ta"})]
        frame.years = list(dict.fromkeys(fiscal + years))
        ranged = any(b - a == 2 and lower[a + 1] in _RANGE_WORDS for a, b in zip(positions, positions[1:]))
        if ranged:  # "tahun 2019 sampai 2022": a range is not expanded into years
            frame.years = []
        frame.listed = len(positions) > 1 and all(
            all(lower[t] in {",", "dan", "serta"} or text[t] == "," for t in range(a + 1, b))
            for a, b in zip(positions, positions[1:]))
        frame.previous_year = self._says_last_year(clause[0], clause[1])
        # ("Setelah sebelumnya meraih X dari A, R kini meraih Y": the earlier time is the fronted clause's)
        now = next((j for j in range(frame.trigger - 1, clause[0], -1) if lower[j] in _NOW), None) \
            if frame.trigger is not None and frame.trigger > clause[0] else None
        told_from = now if now is not None and "," in text[clause[0]:now] else clause[0]
        frame.history = frame.previous_year or self._tells_history((told_from, clause[1])) or ranged
        sentence_text = " ".join(lower[frame.sentence.start:frame.sentence.start + 4])
        if not frame.years and not frame.previous_year and sentence_text.startswith(self.lex.anaphoric_time):
            # "Saat itu Lembah Hijau baru berada pada …": the time the sentence before spoke of
            years_before, previous_before = getattr(self, "_last_time", ([], False))
            frame.years, frame.previous_year = list(years_before), previous_before
            frame.history = frame.history or bool(years_before) or previous_before

    def _tells_history(self, clause: tuple[int, int]) -> bool:
        return tells_history(self.lex, self.table.lower, *clause)

    def _time_of(self, sentence: Span) -> tuple[list[int], bool]:
        """The years a sentence states and whether it speaks of "tahun lalu"."""
        text = self.table.text
        clause = (sentence.start, sentence.end)
        years = [int(text[j]) for j in range(*clause) if YEAR.match(text[j]) and self._award_year_at(j, clause)]
        return years, self._says_last_year(sentence.start, sentence.end)

    def _says_last_year(self, start: int, end: int) -> bool:
        """"tahun lalu", "tahun sebelumnya" as words ("tahun-tahun sebelumnya" is no year)."""
        if self._last_year_at is None:  # where the document says it, found once
            lower = self.table.lower
            phrases = [tuple(p.split()) for p in self.lex.previous_year]
            firsts = {p[0] for p in phrases}
            self._last_year_at = [j for j in range(len(lower)) if lower[j] in firsts and
                                  any(lower[j:j + len(p)] == p for p in phrases)]
        k = bisect_left(self._last_year_at, start)
        return k < len(self._last_year_at) and self._last_year_at[k] < end

    def _award_year_at(self, j: int, clause: tuple[int, int]) -> bool:
        lower, text = self.table.lower, self.table.text
        if j > 0 and text[j - 1] in {"/", "-"}:
            return False  # a date "(10/12/2018)" or a number "SK/2023"
        if j + 1 < len(text) and text[j + 1] in {"/", "-"} and j + 2 < len(text) and text[j + 2].isdigit():
            return False  # "2018-2019", a range
        if j + 1 < len(text) and lower[j + 1] in {"sampai", "hingga", "s.d.", "s/d", "sd", "–"}:
            return False  # "tahun 2019 sampai 2022": a range
        if j >= 3 and lower[j - 1] == "tahun" and text[j - 2].isdigit() and \
                lower[j - 3] in {"nomor", "no", "no.", "nomor:"}:
            return False  # "Nomor 14 Tahun 2008": a regulation
        if j >= 1 and lower[j - 1] in {"nomor", "no", "no."}:
            return False
        before = lower[max(clause[0], j - 4):j]
        listed = (j + 2 < len(text) and text[j + 1] in {",", "dan"} and YEAR.match(text[j + 2])) or \
            (j >= 2 and text[j - 1] in {",", "dan"} and YEAR.match(text[j - 2]))
        for b in range(max(clause[0], j - 4), j):
            if self.lex.background_year.at(lower, b, j) is not None and not listed:
                return False
        if j >= 1 and lower[j - 1] in self.lex.months:
            return "tahun" in before or "anggaran" in before
        return True


def is_match_report(lower, lexicon: Lexicon) -> bool:
    """A report of matches or games (three sport words), not of an award night about sport
    ("Malam penganugerahan Anugerah KONI …": its categories are awards)."""
    if not _CEREMONY_NOUNS.isdisjoint(lower):
        return False
    return sum(1 for j in range(len(lower)) if lexicon.sport.at(lower, j) is not None) >= 3


def _continued(last: Frame, items: list[Item], clause: tuple[int, int], heading: tuple[int, int] | None) -> Frame:
    """A clause with its verb left out: the frame before it, with its own members, clause and
    heading, and nothing else of its own told yet."""
    return replace(last, items=items, clause=clause, heading=heading, categories=[], extra_label=None,
                   value=None, receivers=[], for_whom=None, anaphor=0, top=0, counted=0)


def _unclassed(items: list[Item]) -> list[Item]:
    """The members told again in another clause, without the rank, class and score they were told
    with: each clause tells its own."""
    return [replace(i, rank=None, grade=None, category=None, score=None) for i in items]


def _superlative(words: str) -> bool:
    return any(w.startswith("Ter") and len(w) > 5 or w in {"Favorit", "Pilihan"} for w in words.split())


def tells_history(lex: Lexicon, lower: tuple[str, ...], start: int, end: int) -> bool:
    """Whether the words ``start`` up to ``end`` tell an earlier event: "sebelumnya", "pernah",
    "tiga tahun lalu"; "lalu disusul oleh …" is "then", and "Rabu lalu", "dua hari
    sebelumnya", "sepekan lalu" a day or week ago, the award's own handover, no history."""
    for j in range(start, end):
        if lower[j] == "sebelum" and not (j + 1 < end and (lower[j + 1] in {"ini", "itu"} or YEAR.match(lower[j + 1])
                                                           or lower[j + 1] in _TIME_NOUNS)):
            continue  # "… melunasi pajaknya sebelum jatuh tempo": before something, not an earlier time
        if lower[j] in lex.history and (lower[j] != "lalu" or (
                j > start and (lower[j - 1] in _TIME_NOUNS or lower[j - 1].isdigit()))) and \
                not (j > 0 and lower[j] in {"lalu", "sebelumnya", "silam"} and lower[j - 1] in lex.recent_time):
            return True
    return False

"""Who gives an award: the body a clause names after "dari"/"oleh", the subject of a give
verb, the organiser of the event ("diselenggarakan X", "X menggelar …"), an official standing
for his institution ("Presiden Jokowi menganugerahkan …" → Presiden Republik Indonesia,
"Menteri Pariwisata" → Kementerian Pariwisata).

A body is a gazetteer giver (``rules/givers.json``), a unit or company mention, or a name
opened by a body head ("Kementerian Lingkungan Hidup dan Kehutanan", "Asosiasi Dinas Kesehatan
(Adinkes) Indonesia", "BUMN Track" as an organiser's subject).
"""

from __future__ import annotations

import re

from ..models import Entity
from ..normalise import without_brackets
from .items import WEBSITE, locates
from .lexicon import Lexicon
from .mentions import Mention
from .tokens import TokenTable

_NAME = re.compile(r"^(?:[A-Z][\w'’.&-]*|[A-Z]{2,}\d*)$")
_ACRONYM = re.compile(r"^[A-Z]{3,8}$")
_DECREES = {"keputusan", "sk", "peraturan", "surat keputusan"}  # a decree's author decides who receives
_INNER = {"dan", "&", "/", "of", "for", "the"}
_DEGREE = re.compile(r"^(?:[,.]|[A-Z][A-Za-z]{0,3}(?:\.[A-Za-z]{1,4})*\.?)$")  # ", M.Acc., Ak., CA,"
_PORTALS = {"portal", "situs", "laman"}  # "portal berita x.com": a news site
_RECEIVED = {"diterima", "diterimanya"}  # "diterima oleh X": X received it
_ADVERBS = {"langsung", "secara", "masing-masing"}  # between a verb and its "oleh"


def after_a_winners_name(table, k: int, lexicon: Lexicon) -> bool:
    """"… kepada Dewi Hidayat dari Harian Y", "diraih X dari Radio Y" (``k`` at "dari"): a name
    right after a recipient marker or a verb of winning; "dari" tells where the winner works."""
    lower, text = table.lower, table.text
    j, words = k, 0
    while j > 0 and k - j < 12 and (text[j - 1][:1].isupper() or _DEGREE.match(text[j - 1])) and \
            not (text[j - 1] in {".", ")"} and j > 1 and text[j - 2].isdigit()):  # (a line's "1.")
        words += text[j - 1].isalpha() and text[j - 1][:1].isupper()  # (", S.Pd., M.Pd.": degrees)
        j -= 1
    if words < 2 or any(lexicon.award_nouns.at(lower, n, k) for n in range(j, k)):
        return False  # ("Piala Adipura dari KLHK": an award's name, not a person's)
    # after a recipient marker or a verb of winning, or opening a list line ("1. X, S.Pd. dari SMA Y")
    return j > 0 and (lower[j - 1] in lexicon.recipient_markers or
                      lexicon.passive_receive.at(lower, j - 1, j) is not None or
                      text[j - 1] in {".", ")"} and j > 1 and text[j - 2].isdigit())


def after_other_gift(lower, k: int, lexicon: Lexicon, start: int = 0) -> bool:
    """"bantuan/insentif … dari X" (``k`` at "dari"): a gift that is no award; X gives none."""
    return not lexicon.other_gifts.isdisjoint(lower[max(start, k - 3):k])


class GiverFinder:
    def __init__(self, table: TokenTable, mentions: list[Mention], namer, lexicon: Lexicon, rules):
        self.table = table
        self.namer = namer
        self.lex = lexicon
        # a village or a district is where someone lives ("dari Dusun Krajan"), not who gives
        self.bodies = {m.start: m for m in mentions if m.label in ("GIVER", "UNIT", "UNIT_ALIAS", "COMPANY")
                       and m.entity is not None and not locates(m)}
        self.titles = {m.start: m for m in mentions if m.label == "TITLE"}
        self.persons = [m for m in mentions if m.label == "PERSON"]
        # a regional government gives its own awards ("penghargaan dari Pemprov Jatim", "Pemkab X
        # memberikan penghargaan kepada desa …")
        self.governments = {m.start: m for m in mentions if m.label == "GOV" and m.entity is not None}
        self.named = {j for m in mentions for j in range(m.start, m.end)}  # (a region's "NTB" is no body)
        data = rules.files.get("givers.json", {})
        self.heads = {w for w in rules.awards.get("body_heads", [])} | set(data.get("body_heads", []))
        self.officials = data.get("officials", {})  # "Presiden" -> "Presiden Republik Indonesia"
        self.ministry_titles = set(data.get("ministry_titles", ["Menteri"]))
        self.presented = frozenset(w.lower() for w in rules.language.get("organiser_nouns", []))
        self.body_words = frozenset(data.get("body_words", []))  # "Committee", "Foundation": anywhere in a body's name

    def body_at(self, k: int, limit: int, governments: bool = False) -> Entity | None:
        """The awarding body named at token ``k`` (a regional government too, with ``governments``)."""
        text = self.table.text
        if k >= limit:
            return None
        if governments and k in self.governments and self.governments[k].end <= limit:
            return self.governments[k].entity
        m = self.bodies.get(k)
        if m is not None and m.label == "GIVER":
            return m.entity
        title = self.titles.get(k)
        if title is not None:
            return self._official(title, limit)
        if text[k] in self.heads:
            return self._named_body(k, limit)
        if m is not None:
            return m.entity
        return self._shaped_body(k, limit)

    def _shaped_body(self, k: int, limit: int, opens: bool = False) -> Entity | None:
        """A body no gazetteer knows, known by its shape: capitalised words holding an
        organisation's word ("Village Champions Awards Committee", "Nawala Media Group",
        "Indonesian Institute for X"), or a news site named as such ("portal berita x.com")."""
        text, lower = self.table.text, self.table.lower
        if k + 2 < limit and lower[k] in _PORTALS and lower[k + 1] == "berita" and WEBSITE.match(text[k + 2]):
            return self.namer.giver(text[k + 2])  # (a bare address is where a text was quoted from)
        if k in self.named or not _NAME.match(text[k]) or text[k].isupper() or \
                not opens and k > 0 and _NAME.match(text[k - 1]):
            return None  # (from the first word of a run only, or right after a title; a mention's words are its own)
        j, shaped = k, False
        while j < limit and (_NAME.match(text[j]) or lower[j] in _INNER and j + 1 < limit and _NAME.match(text[j + 1])):
            if opens and lower[j] == "dan":
                return None  # ("Direktur Jenderal Komunikasi Publik dan Media": the office's field, no body)
            shaped = shaped or text[j] in self.body_words
            j += 1
        if not shaped or j - k < 2:
            return None
        return self.namer.giver(" ".join(text[k:j]))

    def _described_person(self, k: int, limit: int) -> Entity | None:
        """"diserahkan oleh Ir. X, M.Si., Ketua Umum Perkumpulan Y": a person at ``k`` whose title
        after a comma names the body the person heads."""
        text = self.table.text
        start = k
        while start < limit and start - k < 4 and (text[start].casefold() in self.namer.honorifics or
                                                   _DEGREE.match(text[start]) and text[start].endswith(".")):
            start += 1  # ("H. Dra. Yusuf …": honorifics before the name)
        person = next((p for p in self.persons if p.start <= start < p.end), None)
        if person is None:
            return None
        j = person.end
        while j < limit and (_DEGREE.match(text[j]) or text[j] == ","):
            if j in self.titles:
                break
            j += 1
        title = self.titles.get(j)
        return self._official(title, limit) if title is not None and text[j - 1] == "," else None

    def _named_body(self, k: int, limit: int) -> Entity | None:
        text, lower = self.table.text, self.table.lower
        j = k + 1
        while j < limit:
            if text[j] == "(":
                close = next((t for t in range(j + 1, min(limit, j + 5)) if text[t] == ")"), None)
                if close is None:
                    break
                j = close + 1
                continue
            if lower[j] in _INNER and j + 1 < limit and _NAME.match(text[j + 1]):
                j += 1
                continue
            if not _NAME.match(text[j]):
                break
            j += 1
        if j == k + 1:
            return None
        name = self.table.doc_text[self.table.idx[k]:self.table.idx[j - 1] + len(text[j - 1])]
        name = without_brackets(name)
        return self.namer.giver(" ".join(name.split()))

    def _official(self, title: Mention, limit: int) -> Entity | None:
        """"Presiden Jokowi" → Presiden Republik Indonesia; "Menteri Pariwisata X" → Kementerian
        Pariwisata; "Kepala BKKBN" → the body the title heads."""
        words = " ".join(title.text.split())
        if words in self.officials:
            return self.namer.giver(self.officials[words])
        if words in self.ministry_titles:
            body = self._named_body(title.end - 1, limit)
            if body is not None:
                # "Menteri Pariwisata X …", "Menteri LHK No. SK.1/2024": the longest known ministry
                field = body.name.split()[1:]
                for n in range(len(field), 0, -1):
                    candidate = "Kementerian " + " ".join(field[:n])
                    if candidate.casefold() in self.namer.giver_by_alias:
                        return self.namer.giver(candidate)
                    # "Menteri Parekraf", "Menteri PANRB": the ministry's short form "Kemen…"
                    for short in ("Kemen" + "".join(field[:n]), "Kemen" + " ".join(field[:n])):
                        if short.casefold() in self.namer.giver_by_alias:
                            return self.namer.giver(short)
                return None
        after = self.bodies.get(title.end)
        if after is not None and after.label == "GIVER":
            return after.entity
        kind = self.lex.title_kinds.get(words)
        if not kind and title.end < limit:
            # "Ketua Yayasan X", "Direktur Utama PT Y", "Rektor Institut Z": the body the official heads
            body = self.body_at(title.end, limit) or self._shaped_body(title.end, limit, opens=True)
            if body is not None:
                return body
        if kind:  # "dari Gubernur Rantau Hijau": the government the head of a region leads
            region = title.extra.get("region_text")
            name = re.sub(r"^(Kabupaten|Kota|Provinsi)\s+", "", region) if region else self._name_after(title.end, limit)
            if name:
                return self.namer.regions.government(kind, name)
        return None

    def _acronym_at(self, k: int, limit: int) -> Entity | None:
        """"yang digelar ASIRNU", "Anugerah X dari IJBP": an organisation's acronym no gazetteer knows,
        alone before the clause goes on (not a region's short form, nor any other name)."""
        text = self.table.text
        word = text[k] if k < limit else ""
        if not (_ACRONYM.match(word) and k not in self.named) or \
                k + 1 < limit and (text[k + 1][:1].isupper() or text[k + 1][:1].isdigit()):
            return None
        return self.namer.giver(word)

    def _name_after(self, k: int, limit: int) -> str | None:
        """The capitalised words at ``k`` (at most four) that end the clause or meet punctuation."""
        text = self.table.text
        j = k
        while j < limit and j - k < 4 and _NAME.match(text[j]):
            j += 1
        return " ".join(text[k:j]) if j > k and (j >= limit or not text[j][:1].isalnum()) else None

    def in_clause(self, start: int, end: int, trigger: int | None = None, named_ends=frozenset()) -> Entity | None:
        """The giver a clause names: after "dari"/"oleh"/"versi", the subject of a give verb, the
        organiser of the event; not "dari" right after a recipient's name (``named_ends``: "juara
        pertama jatuh kepada X dari Harian Y": where X works)."""
        lower = self.table.lower
        for k in range(start, end):
            if lower[k] in _DECREES and k + 1 < end:
                # "Surat Keputusan Menteri LHK … tentang Penetapan Penerima Penghargaan": who decides gives
                body = self.body_at(k + 1, end)
                if body is not None:
                    return body
            if lower[k] in {"dari", "oleh", "versi"} and k + 1 < end and k not in named_ends and \
                    not (lower[k] == "dari" and after_a_winners_name(self.table, k, self.lex)) and \
                    not after_other_gift(lower, k, self.lex, start):
                awarded = self._award_before(max(start, k - 12), k)
                body = self.body_at(k + 1, end, governments=awarded) or \
                    (self._acronym_at(k + 1, end) if awarded else None)
                told = self.bodies.get(k + 1) or self.governments.get(k + 1)
                if told is not None and told.end in named_ends:
                    continue  # "kategori L oleh Dinas X": a winner the clause names, not who gives
                if body is not None and not self._is_recipient_side(k):
                    return body
            handed = self.lex.passive_give.at(lower, k, end)
            if handed is not None:  # "diserahkan (langsung) Kepala BKKBN X kepada …": the official's body
                j = handed
                while j < end and lower[j] in {"langsung", "secara", "oleh"}:
                    j += 1
                body = self.body_at(j, end) if j in self.titles else self._described_person(j, end)
                if body is not None:
                    return body
            if self.lex.give.at(lower, k, end) or lower[k] in self.organise:
                body = self._subject_before(start, k)
                if body is not None:
                    return body
            if (lower[k] in self.organised or lower[k] in self.presented and self._award_before(max(start, k - 12), k)) \
                    and k + 1 < end:  # ("Anugerah X 2024 persembahan Majalah Y": who presents it)
                j = k + 1 + (lower[k + 1] == "oleh") if k + 1 < end else k + 1
                body = self.body_at(j, end) or self._acronym_at(j, end)
                if body is not None:
                    return body
        return None

    def official_anywhere(self, sentences) -> Entity | None:
        """The ministry of the first minister the article names, when nothing else names a giver
        ("Menteri Pariwisata X menyampaikan …" at the ministry's own award night)."""
        for title in sorted(self.titles.values(), key=lambda t: t.start):
            if " ".join(title.text.split()) in self.ministry_titles:
                sentence = next((s for s in sentences if s.start <= title.start < s.end), None)
                body = self._official(title, sentence.end if sentence is not None else title.end + 8)
                if body is not None:
                    return body
        return None

    def described_next(self, sentences) -> Entity | None:
        """"Penghargaan diserahkan Dr. X, M.Sc., di … . Deputi Bidang Y Kementerian Z itu menyebut …":
        the official who handed it over is named, then described by title and body at the start of
        the next sentence, which refers back with "itu"; the body gives."""
        text, lower = self.table.text, self.table.lower
        for sentence, after in zip(sentences, sentences[1:]):
            title = self.titles.get(after.start)
            if title is None or not any(self._handed_by_name(k, sentence.end)
                                        for k in range(sentence.start, sentence.end)):
                continue
            # the body after the title and its field ("Deputi Bidang Pemasaran Kementerian X")
            at = next((j for j in range(title.end, min(after.end, title.end + 6))
                       if j in self.bodies and self.bodies[j].label == "GIVER"), None)
            if at is None or not all(_NAME.match(text[j]) or lower[j] in _INNER for j in range(title.end, at)):
                continue
            end = self.bodies[at].end
            if end < after.end and text[end] == "(":  # "Kementerian Pariwisata (Kemenpar) itu"
                end = next((j + 1 for j in range(end, min(after.end, end + 6)) if text[j] == ")"), end)
            if end < after.end and lower[end] in {"itu", "tersebut"}:
                return self.bodies[at].entity
        return None

    def _handed_by_name(self, k: int, end: int) -> bool:
        """"diserahkan (langsung) Dr. X, M.Sc.": a give verb's passive with a person's name, told
        without a title, as its agent."""
        handed = self.lex.passive_give.at(self.table.lower, k, end)
        if handed is None or handed >= end:
            return False
        text, lower = self.table.text, self.table.lower
        j = handed + (lower[handed] == "oleh")
        while j < end and lower[j] in {"langsung", "secara"}:
            j += 1
        if j >= end or j in self.titles or j in self.bodies:
            return False
        if text[j].casefold() in self.namer.honorifics:
            return True
        return j + 1 < end and all(_NAME.match(text[t]) and text[t][1:].islower() for t in (j, j + 1))

    organise = frozenset({"menggelar", "menyelenggarakan", "mengadakan", "menghelat", "menginisiasi",
                          "menggagas", "mengumumkan", "menetapkan"})
    organised = frozenset({"digelar", "diselenggarakan", "diadakan", "dihelat", "diinisiasi", "digagas",
                           "diinisiasi", "diumumkan", "ditetapkan", "diberikan", "diserahkan",
                           "dianugerahkan"})

    def _award_before(self, start: int, k: int) -> bool:
        """"penghargaan Desa Wisata Terbaik 2024 dari …": "dari" goes with the award named right
        before it (not "kategori A yaitu Rama dari …", where it goes with the person)."""
        lower = self.table.lower
        for j in range(k - 1, start - 1, -1):
            if lower[j] in self.lex.recipient_markers or self.lex.openers.at(lower, j, k) or \
                    self.table.text[j] == "," or lower[j] in self.lex.recipient_nouns and self.table.text[j].islower():
                return False  # ("… diterima 4 daerah lain dari Provinsi X": where the recipients are from)
            if self.lex.award_nouns.at(lower, j, k) and lower[j] not in {"kategori", "juara"}:
                return True
            if lower[j] == "sebagai" and any(w in self.lex.merit_words or w in self.lex.superlatives
                                             for w in lower[j + 1:k]):
                return True  # "dinobatkan sebagai Guru Berprestasi (tingkat …) oleh Pemprov X": a winner's title
        return False

    def _subject_before(self, start: int, k: int) -> Entity | None:
        for j in range(max(start, self._before_apposition(start, k) - 12), k):
            body = self.body_at(j, k, governments=True)
            if body is not None:
                return body
        return None

    def _before_apposition(self, start: int, k: int) -> int:
        """Where a subject's apposition naming a person begins, when it ends right before ``k``
        ("Kepala BPK X, Ir. Y, M.Acc., Ak., CA, menyerahkan …"); else ``k``."""
        text = self.table.text
        for person in self.persons:
            if start < person.start < k and text[person.start - 1] == "," and \
                    all(_DEGREE.match(text[j]) for j in range(person.end, k)):
                return person.start - 1
        return k

    def _is_recipient_side(self, k: int) -> bool:
        """"diraih oleh X", "diterima oleh X": after a verb of winning or receiving, "oleh" names
        the winner or who received it, not who gives."""
        lower = self.table.lower
        verb_end = k
        while verb_end > 0 and lower[verb_end - 1] in _ADVERBS:
            verb_end -= 1  # "diterima langsung oleh X"
        return lower[k] == "oleh" and k > 0 and any(
            self.lex.passive_receive.at(lower, j, verb_end) == verb_end or lower[j] in _RECEIVED and j + 1 == verb_end
            for j in range(max(0, verb_end - 3), verb_end))

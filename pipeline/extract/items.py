"""Coordinated lists of actors: "A, B, C, dan D", each item with what is told of it.

    Kabupaten Kali Jernih (Nusa Raya), Kota Batu Putih (Lembah Sari) dan Kota Muara Hijau
    Pemprov Nusa Raya (A), Pemprov Tanah Seberang (BB), …
    Kabupaten Kali Jernih mendapatkan nilai tertinggi 80,17 disusul Kota Batu Putih 79,29
    Lapas Kelas I Kali Jernih sebagai Terbaik Pertama, Rutan … sebagai Terbaik Kedua
    Pemerintah Kabupaten (Pemkab) Kali Jernih, Batu Putih, Lembah Sari, …

An item is an actor mention (government, unit, company, body, person), a bare region (its
kind from the region word the list distributes — "Kabupaten Lumajang dan Bandung" — or the
one it can only be), or, where the frame allows it, a proper name or a quoted title.
What follows an item belongs to it: a grade or score in brackets, "dengan nilai N", "– N",
"sebagai terbaik kedua", a rank; a place in brackets or after "di"/"dari" only locates it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..models import Entity
from ..normalise import Namer, parse_number
from .lexicon import Lexicon
from .mentions import Mention
from .regions import region_matcher
from .tokens import TokenTable

ACTORS = ("GOV", "UNIT", "UNIT_ALIAS", "COMPANY", "GIVER", "REGION", "PERSON")
GRADE_LETTERS = re.compile(r"^(AA|A|BB|B|CC|C|D|E)([+-]|\s*Plus)?$")
_NUMBER = re.compile(r"^\d{1,3}(?:[.,]\d{1,4})?$")  # ("3,5012": an index told to four decimals)
_NAME = re.compile(r"^(?:[A-Z][\w'’.&-]*|[A-Z]{2,}\d*|\d+[A-Za-z]*)$")  # ("E&P": an ampersand inside a word of a name)
_BULLETS = {"-", "–", "—", "•", "*", "·", "▪"}
_ROMAN = re.compile(r"^[IVX]+$")
_KIND_OF_TYPE = {"pemkab": "kabupaten", "pemkot": "kota", "pemprov": "provinsi"}
_LOCATOR_LINKS = {"di", "dari", "asal", "wilayah"}
_TITLE_INNER = frozenset({"di", "dan", "untuk", "dari", "ke", "yang", "pada", "dalam", "tanpa", "si", "sang"})  # in works' titles
WEBSITE = re.compile(r"^[a-z0-9-]+(?:\.[a-z]{2,})+$")  # "suarasatu.com", "wartaprima.co.id"
_GOVERNMENT_WORDS = {"pemkab", "pemkot", "pemko", "pemprov", "pemerintah", "pemda"}  # a government, not a place
_VIA = {"lewat", "melalui", "via", "berkat"}
_LEVELS = {"provinsi", "kabupaten", "kota", "nasional", "pusat", "daerah", "kecamatan"}  # "tingkat provinsi"
_FORMER = {"mantan", "eks", "purnawirawan"}
_SHARED = {"sama-sama", "masing-masing", "semuanya", "keduanya"}  # "A dan B yang sama-sama meraih X"
_RELATIVE_ADVERBS = _SHARED | {"juga", "berhasil", "sukses", "pun"}
_CLASS_LINKS = {"di", "untuk", "pada", "dalam", "dengan", "pemenang", "jawara"}  # "A di kategori kota besar, B pemenang kategori …"
_TEAM_HEADS = {"tim", "kontingen", "klub", "skuad", "regu"}
_NOT_NAMES = {"rp", "rp.", "usd", "idr", "keduanya", "ketiganya", "keempatnya", "kelimanya", "mereka", "ia", "dia", "beliau",
              "hasilnya", "sebaliknya",  # "Hasilnya, A, B, dan C meraih …": discourse words, no names
              "seluruhnya", "semuanya", "kesemuanya", "keseluruhannya",  # "Kesemuanya meraih predikat B": all of a group
              "pihaknya", "kami", "kita", "saya", "sementara", "sedangkan", "adapun", "selain",
              "namun", "kemudian", "lalu", "untuk", "dalam", "pada", "sebagai", "menurut", "bahkan",
              "selanjutnya", "terakhir", "tahun", "hal", "penghargaan", "prestasi", "capaian",
              "indonesia", "ri", "nasional", "asia", "asean", "dunia", "internasional", "pusat",
              "meskipun", "walaupun", "karena", "sehingga", "tetapi", "jika", "apabila", "agar",
              "bahwa", "tercatat", "diketahui", "dikatakan", "disebutkan",
              "setiap", "tiap", "semua", "seluruh", "para", "beberapa", "banyak", "sejumlah",  # determiners
              "sesuai", "berdasarkan", "merujuk", "mengacu"}
_TITLE_INNER = {"di", "dan", "ke", "dari", "yang", "untuk", "tentang", "of", "the", "in", "and"}  # inside a work's title
_QUOTES = {"“": "”", '"': '"', "‘": "’", "'": "'", "«": "»"}


@dataclass
class Item:
    start: int
    end: int  # end of the actor phrase (its qualifier included)
    entity: Entity
    rule: str
    mention: Mention | None = None
    kind: str | None = None  # the region kind an explicit government names: distributed
    grade: str | None = None
    rank: int | None = None
    rank_word: str = "Peringkat"  # "Juara 1", "Pemenang Pertama", "Peringkat III"
    category: str | None = None
    score: tuple | None = None  # (value, scale, first token, end token)
    attributes_end: int = 0
    extra: dict = field(default_factory=dict)


def credited_names(table: TokenTable, start: int, end: int) -> list[tuple[int, int]]:
    """"(Rama Wijaya dan Sari Wulan)": the token spans of the people a bracket's inside, from
    ``start`` to ``end`` (its closing bracket), credits — each a name of two capitalised words
    at least; anything else in it ("(2024)", "(BB)") credits nobody."""
    text, lower = table.text, table.lower
    names, current = [], []
    for j in range(start, end + 1):
        if j == end or text[j] == "," or lower[j] in ("dan", "&", "serta"):
            if len(current) < 2:
                return []
            names.append((current[0], current[-1] + 1))
            current = []
        elif text[j].isalpha() and text[j][:1].isupper():
            current.append(j)
        else:
            return []
    return names


class ListReader:
    """Reads the actor list starting at a token of one document."""

    def __init__(self, table: TokenTable, mentions: list[Mention], namer: Namer, lexicon: Lexicon,
                 resolve_region):
        self.table = table
        self.namer = namer
        self.lexicon = lexicon
        self.resolve_region = resolve_region  # (mention, hint) -> Entity | None
        self.actors = {m.start: m for m in mentions if m.label in ACTORS
                       and m.qualifier_of is None and not m.scoped}
        self.titles = {m.start: m for m in mentions if m.label == "TITLE"}
        self.persons_of = {m.extra["title"].start: m for m in mentions
                           if m.label == "PERSON" and "title" in m.extra}
        self.units_by_start = {m.start: m for m in mentions if m.label in ("UNIT", "UNIT_ALIAS")}
        self.classes: dict[int, Mention] = {}  # the longest CATEGORY or GRADE at each start
        for m in mentions:
            if m.label in ("CATEGORY", "GRADE") and (m.start not in self.classes or m.end > self.classes[m.start].end):
                self.classes[m.start] = m
        self.regions = region_matcher(namer.rules)
        self.stop = {w.lower() for w in namer.rules.regions["name_stopwords"]}
        # "Kementerian", "Badan", "Komisi" …: a body's name may hold "dan"
        self.body_heads = frozenset(w.lower() for w in namer.rules.files["givers.json"].get("body_heads", []))
        # the first words of organisations' names ("SMA", "Harian", "Kantor"): no person's name opens so
        self.organisation_firsts = self.body_heads | {item["head"].split()[0].lower()
                                                      for item in namer.rules.units["heads"]["items"]}
        self.work_kinds = frozenset(w.lower() for w in namer.rules.files["frames.json"]["work_kinds"])
        self.organisation_suffixes = frozenset(namer.rules.files["frames.json"]["organisation_suffixes"])
        self.trailing_heads = frozenset(w.lower() for w in namer.rules.awards.get("trailing_heads", []))
        self.award_words = {w.lower() for kind in namer.rules.awards["kinds"] for w in kind["any"]
                            if " " not in w} | {w.lower() for w in namer.rules.awards["heads"] if " " not in w}
        self.tiers = {w.lower() for w in namer.rules.awards.get("name_tiers", [])} | {"mentor", "muda"}
        self.tier_names = frozenset(namer.rules.awards.get("name_tiers", []))
        self.works = self._works_named()
        lex = lexicon  # a capitalised function word opens a sentence, not a name
        self.function_words = (lex.history | lex.heading_openers | lex.adverbs | lex.negation |
                               lex.background_year.words | lex.plan.words | lex.besides |
                               {"setelah", "sesudah", "usai", "seusai", "saat", "ketika", "sejak",
                                "bahkan", "kini", "dengan", "bagi", "atas", "oleh", "hingga"})

    # -- the list ---------------------------------------------------------------------

    def read(self, i: int, limit: int, names: bool = False, hint: str | None = None,
             ranked: tuple | None = None) -> list[Item]:
        """The items of the list starting at ``i`` (before ``limit``). ``names``: proper names
        and quoted titles count as items; ``hint``: the region kind the context names;
        ``ranked``: the rank of the first item when the list is an order, as ``_rank`` reads it."""
        items: list[Item] = []
        k = i
        told_rank = None  # "…, kedua B, dan ketiga C": a bare ordinal before a member of a ranking
        while k < limit:
            k = self._skip_bullet(k, limit)
            item = self.actor(k, limit, names, hint)
            if item is None or self._role_after_person(items, item):
                break
            if item.kind:
                hint = item.kind
            item.attributes_end = self._attributes(item, item.end, limit)
            relative = self._class_in_relative(item.attributes_end, limit)
            if relative is not None:  # "A dan B yang sama-sama meraih tingkat Madya, serta C"
                told, shared = relative
                group = [item] + (self._joined_before(items, item) if shared else [])
                for member in group:
                    if member.grade is None and member.category is None:
                        take_class(member, told)
                item.attributes_end = told[2]
            if told_rank is not None and item.rank is None:
                item.rank, item.rank_word = told_rank, ranked[2] if ranked is not None else "Peringkat"
            elif ranked is not None and item.rank is None:
                item.rank, item.rank_word = ranked[0] + len(items), ranked[2]
            items.append(item)
            k = item.attributes_end
            if k + 1 < limit and self.table.lower[k] == "atau" and k + 1 in self.actors:
                k = max(self.actors[k + 1].end, k + 1)  # "PT Bank X (Perseroda) atau Bank X": its other name
            after = self._after_relative(k, limit, hint) or self._separator(k, limit)
            if after is None and k < limit and self.table.text[k - 1] == ")" and \
                    self.actor(k, limit, names and items[-1].entity.type == "person", hint) is not None:
                after = k  # "Sukabumi (Jawa Barat) Tasikmalaya (Jawa Barat)": a comma left out
            if after is None:
                break
            role = self.titles.get(after)  # "kepada budayawan A, penari B, dan dalang C": a role before each
            # (after a person, or a name of no known kind: "Sarkawi, penyair Darsono, …")
            named = self._person_after_role(role) if role is not None and \
                items[-1].entity.type in ("person", "other") else None
            if named is not None:
                after = named.start  # (after the role's field too)
            told_rank = self.lexicon.ordinals.get(self.table.lower[after])
            if told_rank is not None and self.actor(after + 1, limit, names, hint) is not None:
                after += 1
            else:
                told_rank = None
            k = after
        if items and self._classes_of_bodies(items, limit):
            return []  # "kepada A dan B tingkat provinsi dan kabupaten/kota": kinds of bodies, no one body
        ranks = items[-1].extra.get("ranks", []) if items else []
        if 1 < len(ranks) <= len(items):
            for item, rank in zip(items[-len(ranks):], ranks):
                item.rank = rank
        return items

    def _class_in_relative(self, k: int, limit: int) -> tuple[tuple[str, str, int], bool] | None:
        """"… yang (sama-sama) meraih tingkat Madya": a grade or category a relative clause right
        after a member gives it, and whether it is shared with the members joined before."""
        lower = self.table.lower
        if k < limit and lower[k] == "," and k + 1 < limit and lower[k + 1] == "yang":
            k += 1
        if k >= limit or lower[k] != "yang":
            return None
        j = k + 1
        shared = False
        while j < limit and lower[j] in _RELATIVE_ADVERBS:
            shared = shared or lower[j] in _SHARED
            j += 1
        verb = self.lexicon.receive.at(lower, j, limit) if j < limit else None
        if verb is None:
            return None
        told = self._class_or_tier(verb, limit)
        return (told, shared) if told is not None else None

    def _class_or_tier(self, k: int, limit: int) -> tuple[str, str, int] | None:
        """The category or grade a member is told with (``_own_class``), else its tier."""
        return self._own_class(k, limit) or self._tier(k, limit)

    def _tier(self, k: int, limit: int) -> tuple[str, str, int] | None:
        """"tingkat Madya", "dengan tingkat Pratama": a tier's grade after its cue."""
        link = k + (self.table.lower[k] in _CLASS_LINKS)
        told = self.class_at(link) if link < limit else None
        return told if told is not None and told[0] == "GRADE" and self.table.lower[link] == "tingkat" \
            and told[2] <= limit else None

    def _joined_before(self, items: list[Item], item: Item) -> list[Item]:
        """The members joined to ``item`` before it in one group ("A dan B", "A, B dan C"), back to
        a member with a class of its own."""
        group = []
        for member in reversed(items):
            if member.grade is not None or member.category is not None:
                break
            group.append(member)
        return group

    def _classes_of_bodies(self, items: list[Item], limit: int) -> bool:
        """Bodies of no region followed by "tingkat" and a level of government: the kinds of body
        an award goes to at each level, not bodies of their own."""
        k, lower = items[-1].attributes_end, self.table.lower
        return k + 1 < limit and lower[k] == "tingkat" and lower[k + 1].split("/")[0] in _LEVELS and \
            all(i.entity is not None and i.entity.region is None and i.entity.type not in ("person", "work")
                for i in items)

    def _after_relative(self, k: int, limit: int, hint: str | None) -> int | None:
        """"A, yang mencatat 74,90, serta B": a relative clause set off by commas after a member;
        the list goes on after it when a join and another actor follow."""
        text, lower = self.table.text, self.table.lower
        if k + 2 >= limit or text[k] != "," or lower[k + 1] != "yang":
            return None
        close = next((j for j in range(k + 2, min(limit, k + 12)) if text[j] in {",", ";"}), None)
        if close is None or close + 2 >= limit:
            return None
        after = close + 1 + (lower[close + 1] in {"dan", "serta"})
        if after == close + 1 and text[close] != ";":
            return None  # (after a comma only a join goes on: "A, yang …, dan B"; "A, yang …; B")
        return after if self.actor(after, limit, False, hint) is not None else None

    def _more_ranks(self, k: int, limit: int) -> tuple[list[int], int] | None:
        """", ketiga dan keempat" after a rank: the ranks coordinated with it, and their end."""
        lower, text = self.table.lower, self.table.text
        numbers = []
        while k + 1 < limit and (lower[k] in {"dan", "serta"} or text[k] == ","):
            j = k + 1 + (lower[k + 1] in {"dan", "serta"} and text[k] == ",")
            word = lower[j].removeprefix("ke-") if j < limit else ""
            number = self.lexicon.ordinals.get(word) or (_roman(text[j]) if j < limit and _ROMAN.match(text[j]) else None)
            if number is None:
                break
            numbers.append(number)
            k = j + 1
        return (numbers, k) if numbers else None

    def _role_after_person(self, items: list[Item], item: Item) -> bool:
        """"Rama Wijaya, CEO PT Kali Jernih": a role after a person says who the person is; it
        is no second member (a title before a name, "…, Direktur Operasi, Y", reads as a person)."""
        return bool(items) and items[-1].entity.type == "person" and item.rule == "name" and \
            item.entity.type not in ("person", "work") and self.table.lower[item.start] in self.lexicon.recipient_nouns

    def _skip_bullet(self, k: int, limit: int) -> int:
        text = self.table.text
        if k < limit and text[k] in _BULLETS:
            return k + 1
        if k + 1 < limit and (text[k].isdigit() or re.match(r"^[a-z]$", text[k])) and text[k + 1] in {".", ")"}:
            return k + 2
        if k < limit and re.match(r"^(?:\d{1,2}|[a-z])\.$", text[k]):
            return k + 1  # "1.", "a." kept as one token
        return k

    def _separator(self, k: int, limit: int) -> int | None:
        """The token after a list join (", ", "dan", ", serta", "disusul oleh" …), or None."""
        lower, lex = self.table.lower, self.lexicon
        j = k
        seen = False
        while j < limit and (lower[j] in lex.joins or lower[j] in lex.rank_continuations
                             or (seen and lower[j] in {"oleh", "juga", "pula"})):
            seen = True
            j += 1
        return j if seen and j < limit else None

    # -- one actor --------------------------------------------------------------------

    def actor(self, k: int, limit: int, names: bool, hint: str | None) -> Item | None:
        if k >= limit:
            return None
        m = self.actors.get(k)
        if m is not None and m.end < len(self.table.lower) and self.table.lower[m.end] in self.trailing_heads:
            return None  # ("penerima KI Award 2024", "<body> Award": a body's name inside the award's)
        if m is not None and m.end <= limit:
            return self._from_mention(m, hint)
        title = self.titles.get(k)
        if title is not None:
            return self._from_title(title, limit)
        if names:
            return self._work_at(k, limit) or self._name(k, limit)
        return None

    def _works_named(self) -> dict[str, list[tuple[str, ...]]]:
        """The titles the article gives a work with its kind ("film Ibu Sungai"), by first word:
        named alone later, the title is the work's, whatever its words ("Ibu" is no honorific)."""
        text, lower = self.table.text, self.table.lower
        works: dict[str, list[tuple[str, ...]]] = {}
        for j in range(len(text) - 2):
            if lower[j] not in self.work_kinds:
                continue
            end = j + 1
            # ("film Rumah di Balik Kabut": a function word inside a title, more of it after)
            while end < len(text) and end - j <= 8 and (_NAME.match(text[end]) or (
                    lower[end] in _TITLE_INNER and end > j + 1 and end + 1 < len(text) and _NAME.match(text[end + 1]))):
                end += 1
            if end + 2 < len(text) and text[end] == "(" and text[end + 2] == ")" and text[end + 1][:1].isupper():
                end += 3  # "film Pagi di Dermaga (Fajar)": its other title is part of its name
            # (not "Album Metal Terbaik": a title of merit is a category's name, no work's)
            if end - j > 2 and text[end - 1].lower() not in self.lexicon.superlatives:
                works.setdefault(text[j + 1], []).append(tuple(text[j + 1:end]))
        return works

    def _work_at(self, k: int, limit: int) -> Item | None:
        text = self.table.text
        for title in self.works.get(text[k], ()):
            end = k + len(title)
            if end <= limit and tuple(text[k:end]) == title:
                name = self._text(k, end)
                return Item(k, end, Entity(name, "work", aliases=(name,)), "name")
        return None

    def _from_mention(self, m: Mention, hint: str | None) -> Item | None:
        end = max(m.end, m.extra.get("region_end", m.end))
        if m.label == "REGION":
            entity = self.resolve_region(m, hint)
            if entity is None:
                return None
            return Item(m.start, end, entity, "region", m)
        if m.entity is None:
            return None
        head = m.extra.get("head")
        if head is not None and head.alone and end == m.end and m.end - m.start == len(head.words):
            return None  # "Baznas", "Inspektorat" alone: the kind of body, not one body
        if m.label in ("UNIT", "UNIT_ALIAS") and any(w.lower() in self.award_words for w in m.text.split()[1:]):
            return None  # "Sekolah Adiwiyata Mandiri": a class of award, not a unit
        kind = _KIND_OF_TYPE.get(m.entity.type) if m.label == "GOV" else None
        if m.label == "PERSON":
            return Item(m.start, end, m.entity, "person", m)
        return Item(m.start, end, m.entity, f"mention:{m.label}", m, kind=kind)

    def _from_title(self, title: Mention, limit: int) -> Item | None:
        """"Bupati Purworejo, Agus Bastian": the person; "Gubernur Riau": the province's government."""
        person = self.persons_of.get(title.start)
        if person is not None and person.end <= limit:
            return Item(title.start, person.end, person.entity, "person", person)
        kind = self.lexicon.title_kinds.get(" ".join(title.text.split()))
        region = title.extra.get("region_text")
        if kind and region and title.extra.get("region_end", 0) <= limit:
            name = re.sub(r"^(Kabupaten|Kota|Provinsi)\s+", "", region)
            entity = self.namer.regions.government(kind, name)
            return Item(title.start, title.extra["region_end"], entity, "title-region", title)
        return None

    def _name(self, k: int, limit: int) -> Item | None:
        """A proper name ("Rama Wijaya", "Lintasan", "Prof KH Sari Wulan") or a quoted
        title ("“Catharsis”")."""
        text, lower = self.table.text, self.table.lower
        close = _QUOTES.get(text[k])
        if close is not None:
            end = next((j for j in range(k + 1, min(limit, k + 16)) if text[j] == close), None)
            if end is None or end == k + 1:
                return None
            title = self._text(k + 1, end)
            return Item(k, end + 1, Entity(title, "work", aliases=(title,)), "quoted")
        if lower[k] in self.work_kinds:
            # 'Film "Ombak Pulang"', 'buku kumpulan puisi "X"': the work the kind names
            q = k + 1
            while q < limit and q - k <= 3 and text[q].isalpha() and text[q].islower():
                q += 1
            if q < limit and text[q] in _QUOTES:
                quoted = self._name(q, limit)
                return Item(k, quoted.end, quoted.entity, "quoted") if quoted is not None else None
            work = self._work_at(k + 1, limit) if k + 1 < limit else None
            if work is not None:  # "Film Rumah di Balik Kabut garapan …": the work its kind names
                return Item(k, work.end, work.entity, "name")
        if text[k][:1].isdigit() or lower[k] in self.lexicon.number_words or lower[k] in self.lexicon.ordinals:
            return None  # "11 Kepala Puskesmas", "Tujuh LKPD": a count, not a name
        # "… karya Lalu Ahmad Fathurrahman": a capitalised function word inside a sentence, more
        # of the name after it, opens a person's name
        inside = 0 < k < limit - 1 and (text[k - 1] == "," or text[k - 1].isalpha() and text[k - 1].islower()) \
            and "\n" not in self.table.whitespace[k - 1] and _NAME.match(text[k + 1]) is not None \
            and text[k + 1][1:].islower()
        j = k
        honorific = False
        while j < limit:
            word = text[j]
            if word.casefold() in self.namer.honorifics or (word == "." and j > k):
                honorific = honorific or word.casefold() in self.namer.honorifics
                j += 1
                continue
            if word in {"'", "‘", '"', "“"} and j > k and j + 3 < limit and text[j + 2] in {"'", "’", '"', "”"} and \
                    text[j + 1][:1].isupper() and _NAME.match(text[j + 3]):
                j += 3  # "Moh Ramdhan 'Danny' Pomanto", 'Yanti "Ocha" Tri': a nickname inside a name
                continue
            if word == "-" and j > k and j + 1 < limit and (text[j + 1][:1].isupper() or text[j + 1].isdigit()) \
                    and not self.table.whitespace[j - 1] and not self.table.whitespace[j]:
                j += 2  # "UP Paiton 1-2", "Jawa-Bali" (not "Suara.com - PT X")
                continue
            if lower[j] == "dan" and j > k + 1 and lower[k] in self.body_heads and j + 1 < limit and \
                    _NAME.match(text[j + 1]) and lower[j + 1] not in self.body_heads:
                j += 1  # "Kementerian Pekerjaan Umum dan Perumahan Rakyat": one body
                continue
            if not _NAME.match(word) or lower[j] in self.lexicon.joins or \
                    (lower[j] in self.stop and not self._organisation_ahead(j, limit) and not (inside and j == k)):
                break
            actor = self.actors.get(j)
            team = lower[k] in _TEAM_HEADS and actor is not None and actor.label == "GOV"
            if j > k and (self.titles.get(j) is not None or (actor is not None and actor.label != "REGION"
                                                              and not team)):
                break  # "AQUA Cianjur", "Bakorwil III Malang": a region inside a name belongs to it
                # (and "Tim Bola Voli Putri Kabupaten X": a team is named by its region)
            j += 1
        while j > k and text[j - 1] == ".":
            j -= 1
        if j == k or all(text[t].casefold() in self.namer.honorifics for t in range(k, j)):
            return None
        written = self._text(k, j)
        words = [w.lower() for w in written.split()]
        if len(words) > 2 and words[0] in self.lexicon.recipient_leads and text[k][:1].isupper():
            return self._name(k + 1, limit)  # "Sosok Budi Santoso", "Adalah Budi Santoso yang …": the name after it
        if all(w in self.lexicon.recipient_nouns or w in _NOT_NAMES or w in self.function_words
               for w in words) or \
                (j < limit and lower[j] in {"tersebut", "ini", "itu"}):
            return None  # "Kota tersebut", "Keduanya": a reference, not a name
        if len(words) == 1 and words[0] in self.award_words:
            return None  # "SAKIP", "Adipura": an award's or assessment's name, not an actor
        if j + 2 < limit and text[j] == "(" and text[j + 2] == ")" and lower[j + 1] in self.award_words:
            return None  # "Kota Layak Anak (Kla)": an award spelled out, its short form after it
        if (words[0] in self.function_words or words[0] in _NOT_NAMES) and not (
                inside and words[0] in self.function_words) or self._names_a_class(text[k:j]) or \
                (len(words[0]) > 5 and words[0].startswith(("me", "ber", "di", "ter", "pe")) and
                 words[0].endswith(("kan", "i", "at", "kat", "ah")) and len(words) == 1) or \
                (len(words) == 1 and len(words[0]) > 5 and words[0].endswith("nya")) or \
                (len(words) == 1 and words[0] in self.lexicon.recent_time and j < limit and
                 lower[j] in {"lalu", "sebelumnya", "silam"}):
            return None  # "Meningkat": a verb opening a sentence; "Rinciannya": a word with "-nya"; "Pekan (lalu)"
        if written.split()[0] in {"PT", "PT."}:
            return Item(k, j, self.namer.company(written), "name")
        if words[0] in self.work_kinds and len(words) > 1:  # "Film Layang-Layang Merah": the work's own title
            j = self._title_end(j, limit)  # "Film Before, Now, & Then (Nana)": commas inside a title
            title = self._text(k + 1, j)
            return Item(k, j, Entity(title, "work", aliases=(self._text(k, j),)), "name")
        person = self.namer.person_name(written)
        if not person or len(person) < 2 or lower[k] in self.lexicon.award_nouns:
            return None
        kind = "person" if honorific or self._person_like(k, j) else "other"
        return Item(k, j, Entity(person if honorific else " ".join(written.split()), kind,
                                 aliases=(written,)), "name")

    def _organisation_ahead(self, j: int, limit: int) -> bool:
        """"Cahaya Sehat Foundation", "Layak Jaya Group": a capitalised run that ends in an
        organisation's suffix is one name, whatever words it holds."""
        text = self.table.text
        t = j
        while t < min(limit, j + 5) and _NAME.match(text[t]):
            if text[t] in self.organisation_suffixes:
                return True
            t += 1
        return False

    def _title_end(self, j: int, limit: int) -> int:
        """A work's title goes on through commas, "&" and a bracket while capitalised words
        follow, up to its credit ("karya", "arahan") or its verb."""
        text, lower = self.table.text, self.table.lower
        end = j
        while end < limit:
            if text[end] == "(":
                close = next((t for t in range(end + 1, min(limit, end + 6)) if text[t] == ")"), None)
                if close is None:
                    break
                end = close + 1
                continue
            if text[end] in {",", "&"} or lower[end] in {"&"}:
                end += 1
                continue
            if lower[end] in _TITLE_INNER and end + 1 < limit and text[end + 1][:1].isupper():
                end += 2  # "Pagi di Dermaga", "Rumah di Ujung Senja"
                continue
            if _NAME.match(text[end]) and lower[end] not in self.stop and lower[end] not in self.lexicon.credits:
                end += 1
                continue
            break
        while end > j and text[end - 1] in {",", "&"}:
            end -= 1
        # the title ran on only if what follows it is its credit or a verb, not another list member
        return end if end < limit and (lower[end] in self.lexicon.credits or text[end][:1].islower()) and end > j else j

    def _names_a_class(self, words) -> bool:
        """"Film Terfavorit", "KLA Pratama", "Desa Bebas Stunting Award": a category, a tier or
        an award, not an actor."""
        last = words[-1]
        if len(last) > 5 and last[:3] == "Ter" and last[3:].islower():
            return True  # a superlative closes a category's name
        # a tier alone or after an award's name ("KLA Pratama"); "Bayu Pratama" is a person
        return any(w.lower() in self.award_words for w in words) or \
            (len(words) == 1 and words[0].lower() in self.tiers)

    def _person_like(self, k: int, j: int) -> bool:
        """Two to four capitalised words, none an acronym, a number or an organisation's
        head: how a person's name looks ("Ratna Wulandari Siregar")."""
        text = self.table.text
        words = [w for w in text[k:j] if w not in {"'", "’"}]
        return 2 <= len(words) <= 4 and all(w[:1].isupper() and w[1:].islower() and w.isalpha()
                                            for w in words) and \
            not any(self.units_by_start.get(t) is not None for t in range(k, j))

    # -- what follows an actor -------------------------------------------------------

    def _attributes(self, item: Item, k: int, limit: int) -> int:
        """Grades, scores, ranks and places told right after an item; the end of them."""
        text, lower = self.table.text, self.table.lower
        while k < limit:
            word = lower[k]
            if text[k] == "(":
                close = next((j for j in range(k + 1, min(limit, k + 24)) if text[j] == ")"), None)
                if close is None:
                    break
                self._bracket(item, k + 1, close)
                k = close + 1
                continue
            if word == "," and k + 1 < limit and self._locator(item, k + 1, limit):
                k = self._locator(item, k + 1, limit)
                if k + 1 < limit and text[k] == "," and self._rank_told(k + 1, limit):
                    k += 1  # "B, Kabupaten Y, Juara 2 kategori L;": the place, then the member's own rank
                continue
            if word == "," and k + 1 < limit and self._apposition(item, k + 1, limit):
                k = self._closing_comma(self._apposition(item, k + 1, limit), limit)
                continue
            if word in _FORMER and item.entity.type == "person" and self._apposition(item, k, limit):
                k = self._closing_comma(self._apposition(item, k, limit), limit)  # "X mantan Menteri Y dan Z"
                continue
            if word == "," and k + 1 < limit and self._degree_end(k + 1, limit):
                k = self._closing_comma(self._degree_end(k + 1, limit), limit)  # "Maria Seran, A.Md.Keb.,": a degree
                k = self._description_end(k, limit) or k
                told = self._own_class(k + 1, limit) if k + 1 < limit and text[k] == "," else None
                if told is not None and item.category is None and item.grade is None:
                    take_class(item, told)  # "A, S.E., untuk kategori K, dan B": the class after the degrees
                    k = told[2]
                continue
            described = self._description_end(k, limit) if word == "," and item.entity.type == "person" else None
            if described is not None:
                k = described  # "A (74), pemain sape asal X, Kabupaten Y, dan B": who A is
                continue
            if text[k] in {"–", "-", "—"} and item.entity.type == "work" and item.rule == "quoted":
                bracket = next((j for j in range(k + 1, min(limit, k + 12)) if text[j] == "("), None)
                if bracket is not None and k + 1 < bracket and text[k + 1][:1].isupper() and \
                        all(text[j].replace("'", "").isalnum() for j in range(k + 1, bracket)):
                    k = bracket  # "“Fine Today” – Nanti Kita Cerita (Musik/ Lirik: X)": the song's film
                    continue
            if word in self.lexicon.credits and item.entity.type in ("person", "other", "work"):
                k = self._skip_work(k + 1, limit)  # "Film X karya sutradara Y": a credit
                continue
            if word == "yang" and item.entity.type == "work" and k + 1 < limit and lower[k + 1].startswith("di") \
                    and len(lower[k + 1]) > 5:
                k = self._skip_work(k + 2, limit)  # "lagu X yang dinyanyikan Y": who performed the work
                continue
            own_class = self._class_or_tier(k, limit)
            if own_class is None and word == "," and k + 2 < limit and lower[k + 1] == "dengan":
                own_class = self._class_or_tier(k + 1, limit)  # "…, Kabupaten Y, dengan tingkat Z"
            if own_class is not None and item.category is None and item.grade is None:
                take_class(item, own_class)
                k = own_class[2]
                continue
            if (word in _LOCATOR_LINKS or word in self.lexicon.owners) and k + 1 < limit and \
                    self._place_after(k + 1, limit, item):  # (where it is, or whose it is)
                k = self._place_after(k + 1, limit, item)
                continue
            kecamatan = self.units_by_start.get(k)
            if kecamatan is not None and kecamatan.extra.get("head") is not None and \
                    kecamatan.extra["head"].type == "kecamatan" and item.rule != "mention:GOV":
                k = max(kecamatan.end, kecamatan.extra.get("region_end", kecamatan.end))
                continue
            score = self._score(k, limit)
            if score is not None and item.score is None:
                item.score = score
                k = score[3]
                continue
            if text[k] in {"–", "-", "—"} and k + 1 < limit and self.table.whitespace[k - 1] and \
                    GRADE_LETTERS.match(text[k + 1]) and item.grade is None and \
                    (k + 2 >= limit or not text[k + 2][:1].isalnum()):
                item.grade, k = text[k + 1], k + 2  # "Bali – 92,85 – A": the row's letter
                continue
            rank = self._rank(k, limit)
            if rank is not None:
                item.rank, k, item.rank_word = rank
                more = self._more_ranks(k, limit)
                if more:  # "B dan C di posisi kedua dan ketiga": one each, in order
                    item.extra["ranks"], k = [item.rank, *more[0]], more[1]
                continue
            if word == "sebagai" and k + 1 < limit:
                k = self._as(item, k + 1, limit)
                continue
            if word == "alias" and item.entity.type in ("person", "other") and k + 1 < limit:
                close = _QUOTES.get(text[k + 1])  # 'X alias "Jojo"', "X alias Jojo": the other name X goes by
                j = next((t for t in range(k + 2, min(limit, k + 6)) if text[t] == close), None) if close else k + 1
                while close is None and j < limit and _NAME.match(text[j]):
                    j += 1
                if j is not None and j > k + 1:
                    k = j + (close is not None)
                    continue
            if word == "selaku" and item.entity.type == "person":
                k = self._role_end(k + 1, limit)  # "A selaku pelestari tari dan B selaku …": who A is
                continue
            if word in _VIA:
                k = self._skip_work(k + 1, limit)
                continue
            if word in {"tbk", "tbk.", "persero"} or (word == "(" and k + 2 < limit and lower[k + 1] == "persero"):
                k += 1  # "PT Kali Jernih (PTKJ) Tbk": the company's suffix
                continue
            break
        return k

    def _closing_comma(self, k: int, limit: int) -> int:
        """"X, S.Pd., sebagai …", "X, guru SD Y, sebagai …": the comma after degrees or a
        description closes them, as one opened them; what "sebagai" names is the item's."""
        return k + 1 if k + 1 < limit and self.table.text[k] == "," and self.table.lower[k + 1] == "sebagai" else k

    def _rank_told(self, k: int, limit: int) -> bool:
        """A rank that ends its member's part ("Juara 2;", "Juara 2 kategori L"), not one that opens
        the next clause ("Juara II diraih B")."""
        rank = self._rank(k, limit)
        return rank is not None and (rank[1] >= limit or self.table.text[rank[1]] in {";", ".", ","} or
                                     self._own_class(rank[1], limit) is not None)

    def _own_class(self, k: int, limit: int) -> tuple[str, str, int] | None:
        """"Kota X di kategori kota besar, Kota Y dengan predikat Pratama": the category or grade
        a member is told with (its label, value and end); else None."""
        link = k + (self.table.lower[k] in _CLASS_LINKS)
        told = self.class_at(link) if link < limit else None
        if told is None and link + 1 < limit and self.table.text[link] == "predikat":
            told = self.class_at(link + 1)  # "dengan predikat WBBM": a class named after the cue
            told = told if told is not None and told[0] == "CATEGORY" and told[1][:1].isupper() else None
        if told is None or self.table.text[link] not in {"kategori", "predikat"} or told[2] > limit or \
                told[2] - link < 2:  # (a capitalised "Kategori B" opens the next heading: "… diraih X, Sp.A. Kategori B …")
            return None
        return told

    def class_at(self, k: int) -> tuple[str, str, int] | None:
        """The longest category or grade a pattern finds at token ``k``: its label, its value (the
        words after a lower-case cue: "kota kecil" of "kategori kota kecil") and its end; else None."""
        m = self.classes.get(k)
        if m is None:
            return None
        words = m.text.split()
        value = " ".join(words[1:]) if len(words) > 1 and words[0].islower() else m.text
        if value.endswith(".") and GRADE_LETTERS.match(value[:-1]):
            value = value[:-1]  # "… predikat B." at the sentence's end: the stop is no part of the grade
        return m.label, value, m.end

    def _bracket(self, item: Item, start: int, end: int) -> None:
        inner = self._text(start, end).strip()
        label, colon, names = inner.partition(":")
        if colon and item.entity.type == "work" and names.strip() and \
                all(w[:1].isupper() for w in re.split(r"[\s/&]+", label.strip()) if w):
            # "“Fine Today” – X (Musik/ Lirik: Ardhito Pramono)": the song's creator is credited
            people = [n.strip() for n in re.split(r",|\bdan\b|&", names) if n.strip()]
            item.extra["credited"] = [Item(item.start, item.end, Entity(n, "person", aliases=(n,)), "credit")
                                      for n in people]
            return
        if GRADE_LETTERS.match(inner):
            item.grade = item.grade or inner.replace(" ", " ")
            return
        parts = inner.split(", ")
        if len(parts) == 2 and _NUMBER.match(parts[0]) and GRADE_LETTERS.match(parts[1].split()[-1]) and \
                len(parts[1].split()) <= 2 and (len(parts[1].split()) == 1 or
                                                 parts[1].split()[0].lower() in {"predikat", "kategori", "nilai"}):
            # "Riau (86,84, predikat BB)": the score, then the grade
            value = parse_number(parts[0])
            if value is not None:
                item.score = item.score or (value, "nilai", start, end)
            item.grade = item.grade or parts[1].split()[-1]
            return
        words = inner.split()
        if item.grade and GRADE_LETTERS.match(item.grade) and len(words) <= 3 and grade_label(words):
            item.category = item.category or grade_label(words)  # "– BB (Sangat Baik)"
            return
        words = inner.split()
        numbers = [w for w in words if _NUMBER.match(w)]
        if words == numbers and len(words) == 1 and item.entity.type in ("person", "other") and \
                words[0].isdigit() and int(words[0]) < 120 and item.rule in ("name", "person"):
            return  # "Suparno (58)": a person's age
        if len(numbers) == 1 and len(words) <= 3 and all(w.lower() in self.lexicon.score_words or
                                                         w in numbers or w.lower() in {"poin", "persen", "%"}
                                                         for w in words):
            value = parse_number(numbers[0])
            if value is not None:
                scale = next((self.lexicon.score_words[w.lower()] for w in words
                              if w.lower() in self.lexicon.score_words), "nilai")
                item.score = item.score or (value, scale, start, end)
                return
        rank = self._rank(start, end)
        if rank is not None:
            item.rank, _, item.rank_word = rank
            return
        told = self._own_class(start, end)
        if told is not None and told[2] == end and item.category is None and item.grade is None:
            take_class(item, told)  # "A (kategori Wajib Pajak Badan), B (kategori …)": each its own class
            return
        if item.entity.type in ("person", "work", "other") and item.category is None and 2 <= len(words) <= 6 \
                and all(w[:1].isupper() for w in words) and words[-1].lower() in self.lexicon.superlatives:
            item.category = inner  # "A (Penyanyi Solo Wanita Terbaik)": the title A won

    def _locator(self, item: Item, k: int, limit: int) -> int | None:
        """", Sulsel" after a unit or a government of that province; ", Kecamatan X" after a
        village: where the item is, not another item. The end of the locator, or None."""
        m = self.actors.get(k) or self.units_by_start.get(k)
        if m is None:
            return None
        end = max(m.end, m.extra.get("region_end", m.end))
        if end < limit and self.table.lower[end] not in {",", ".", ";", ")", ":"} and \
                self.table.text[end].strip() and not self.table.whitespace[end - 1].count("\n") and \
                not (self.table.text[end] == "(" and item.score is None and self._ends_line(end)):
            return None  # (", Kabupaten Y (nilai 92,75)" closing a line: the item's place, then its score)
        head = m.extra.get("head")
        if head is not None and head.type == "kecamatan":
            return self._address_end(m, limit)  # ", Kapanewon Sewon, Bantul": and the regency after it
        if locates(m) and not _in_address(item):
            # "BUMDes X, Desa Y, Kecamatan Z, Kolaka (…)": a village with more of its address
            # after it locates the item; "Desa A, Desa B, …" are members
            chain = self._address_end(m, limit)
            return chain if chain > end else None
        if m.label not in ("REGION", "GOV") or item.rule in ("quoted",):
            return None
        if m.label == "GOV" and self.table.lower[m.start] in _GOVERNMENT_WORDS:
            return None  # "Puskesmas X, Pemkab Y, dan …": a government named as such is another member
        kinds = {kind for kind, _ in m.extra.get("candidates", ())}
        province = m.label == "REGION" and kinds == {"provinsi"} or \
            (m.entity is not None and m.entity.type == "pemprov")
        if item.rule.startswith("mention:GOV") or item.rule == "region":
            own = item.entity.region.split(" ", 1)[-1] if item.entity.region else None
            kind = item.entity.region.split(" ", 1)[0].lower() if item.entity.region else None
            if not province or own is None:
                return None
            if kind in ("kota", "kabupaten") and self.namer.regions.province(kind, own) is None:
                return end  # "Pemerintah Kota Muara Baru, Kalimantan Selatan,": where it lies
            proper = next((p for k2, p in m.extra.get("candidates", ()) if k2 == "provinsi"), None)
            if proper is None and m.entity is not None and m.entity.region:
                proper = m.entity.region.split(" ", 1)[-1]
            return end if self.namer.regions.province(kind, own) == proper else None
        # (", Tebo" after "Agus, guru SMA Negeri 1 Tebo": where a person works or comes from;
        # "BUMDes X, Konawe Selatan, yang …": a clause about the item follows its place)
        # "Kategori Layanan Publik — RSUD Wates, Kulon Progo": a region closing a line)
        described = end + 1 < limit and self.table.text[end] == "," and self.table.lower[end + 1] == "yang"
        return end if province or m.label == "GOV" or item.entity.type == "person" or described or \
            self._ends_line(end) else None

    def _ends_line(self, k: int) -> bool:
        """Token ``k`` opens a new line (or the text ends), perhaps after a bracket: "X, Bantul (nilai 90,05)"."""
        text = self.table.text
        if k < len(text) and text[k] == "(":
            k = next((j + 1 for j in range(k + 1, min(len(text), k + 24)) if text[j] == ")"), k)
        return k >= len(text) or "\n" in self.table.whitespace[k - 1] or not text[k].strip()

    def _address_end(self, m: Mention, limit: int) -> int:
        """"Dusun Krajan, Desa X, Kecamatan Y, Kabupaten Z": an address goes on, part by part;
        the end of the parts after ``m``."""
        text = self.table.text
        end = max(m.end, m.extra.get("region_end", m.end))
        while end + 1 < limit and text[end] == ",":
            nxt = self.actors.get(end + 1) or self.units_by_start.get(end + 1)
            if nxt is None or not (nxt.label in ("REGION", "GOV") or locates(nxt)) or not (
                    nxt.end >= limit or text[nxt.end] in {",", ".", ";", "(", ")"} or not text[nxt.end].strip()
                    or self.table.lower[nxt.end] in {"dan", "serta"}):
                break
            end = max(nxt.end, nxt.extra.get("region_end", nxt.end))
        return end

    def _degree_end(self, k: int, limit: int) -> int | None:
        """The end of academic degrees written after a name ("S.H., M.Si."), or None."""
        t = self.table
        text = t.doc_text[t.idx[k]:t.idx[limit - 1] + len(t.text[limit - 1])]
        match = self.namer.degrees.match(" " + text)
        if match is None or match.end() <= 1:
            return None
        end_char = t.idx[k] + match.end() - 1
        j = k
        while j < limit and t.idx[j] < end_char:
            j += 1
        while j < limit and t.text[j] == "." :
            j += 1
        return j if j > k else None

    def _description_end(self, k: int, limit: int) -> int | None:
        """"A, S.E., penenun asal X, dan B", "A (74), pemain sape asal X, Kabupaten Y, dan B":
        lower-case words (an address's parts after commas too) set off by commas after a person
        describe the person, when a join to the next member closes them; their end."""
        text, lower = self.table.text, self.table.lower
        if k + 1 >= limit or text[k] != "," or not text[k + 1].isalpha() or not text[k + 1].islower() or \
                lower[k + 1] in self.lexicon.joins or self._verb_at(k + 1, limit):
            return None
        j = k + 1
        while j < min(limit, k + 20) and text[j] not in {";", "."} and not self._verb_at(j, limit):
            if text[j] == ",":
                if j + 1 < limit and lower[j + 1] in self.lexicon.joins:
                    return j
                place = self.actors.get(j + 1) or self.units_by_start.get(j + 1)
                if place is None or place.label == "PERSON":
                    return None  # (only the parts of an address go on after a comma: ", Kabupaten Y,")
                j = max(place.end, place.extra.get("region_end", place.end))
                continue
            m = self.actors.get(j) or self.units_by_start.get(j)
            if m is not None and m.label != "PERSON":
                j = max(m.end, m.extra.get("region_end", m.end))  # "pelajar SMA Negeri 1 X": where A is
                continue
            if text[j][:1].isupper() and not (lower[j - 1] in _LOCATOR_LINKS or text[j - 1][:1].isupper()):
                return None  # ("…, publicist Nazira Noer, serta …": another person named, no description)
            j += 1
        return None

    def _verb_at(self, k: int, limit: int) -> bool:
        """A verb that confers or receives starts at ``k``: a clause, not a description."""
        lower, lex = self.table.lower, self.lexicon
        return any(c.at(lower, k, limit) is not None for c in (lex.receive, lex.passive_receive, lex.give,
                                                               lex.passive_give))

    def _apposition(self, item: Item, k: int, limit: int) -> int | None:
        """"Sri Wahyuningsih, kader Posyandu Mawar", "Saldi Isra, Wakil Ketua Mahkamah
        Konstitusi": an official's title or a role after a named person describes them; the
        end of the description."""
        former = k + 1 < limit and self.table.lower[k] in _FORMER  # ", mantan Hakim Agung,": a role once held
        title = self.titles.get(k + former)
        if title is None or item.entity.type not in ("person", "other"):
            return None
        if self.persons_of.get(k + former) is not None and (not title.rule.startswith("role:") or
                                                          self._member_after_role(k + former, title)):
            return None  # ", Bupati X": another titled person; ", penari Y, dan dalang Z": another member
        text, lower = self.table.text, self.table.lower
        j = title.end
        while j < limit and text[j] not in {",", ";", "."} and (lower[j] not in {"dan", "serta"} or
                                                                  self._field_goes_on(j + 1, limit)):
            if text[j] == "(":
                close = next((t for t in range(j + 1, min(limit, j + 12)) if text[t] == ")"), None)
                j = close + 1 if close is not None else j + 1
                continue
            j += 1
        return j

    def _person_after_role(self, role: Mention) -> Mention | None:
        """"penari Wulan Sari": the person a role names right after it; not "guru SMA Negeri 9 X",
        "wartawan Harian Y" (a name that opens like an organisation's is where the person works)."""
        person = self.persons_of.get(role.start)
        # ("aktivis lingkungan X", "penggerak bank sampah Y": the role's lower-case field between)
        if not role.rule.startswith("role:") or person is None or not 0 <= person.start - role.end <= 3 or \
                not all(w.isalpha() and w.islower() for w in self.table.text[role.end:person.start]) or \
                self.table.lower[person.start] in self.organisation_firsts:
            return None
        return person

    def _member_after_role(self, k: int, title) -> bool:
        """", penari Wulan Sari, dan …": a role with the person's name right after it, then a join
        or another role or name, names another member."""
        person = self._person_after_role(title)
        lower = self.table.lower
        if person is None or person.end + 1 >= len(lower):
            return False
        end = person.end
        after = end + 1 if self.table.text[end] in {",", ";"} else end
        # (a join, or another role or name, goes on with the list: not "…, wartawan Harian X, atas …")
        return lower[after] in {"dan", "serta"} or after > end and (
            after in self.titles or after in self.persons_of or self.table.text[after][:1].isupper())  # (", Tukiyem, …")

    def _field_goes_on(self, k: int, limit: int) -> bool:
        """"…, Ketua Bidang Pelatihan dan Pengembangan.": after "dan" inside a role, one
        capitalised word that ends the sentence is the role's field, no other member."""
        text = self.table.text
        return k + 1 <= limit and text[k][:1].isupper() and text[k][1:].islower() and k not in self.actors \
            and (k + 1 == limit or text[k + 1] in {".", ";"})

    def _place_after(self, k: int, limit: int, item: Item) -> int | None:
        """"di Kecamatan Batu Putih", "dari Kabupaten Kali Jernih", "dari Lembah Sari, Jabar",
        "dari Harian Nusa": where an item is or comes from."""
        text = self.table.text
        m = self.actors.get(k) or self.units_by_start.get(k)
        if m is not None:
            return self._address_end(m, limit)
        if item.entity.type in ("person", "other", "work") and WEBSITE.match(text[k]):
            return k + 1  # "dari kabarlima.com": the news site a person works for
        if item.entity.type in ("person", "other", "work") and text[k][:1].isupper():
            j = k
            while j < limit and _NAME.match(text[j]) and self.table.lower[j] not in self.stop:
                j += 1
            return j if j > k else None
        return None

    def _score(self, k: int, limit: int) -> tuple | None:
        """"dengan nilai 91,38", "sebesar 94,2", "– 99,48", ": 674", "79,29", "258 poin"."""
        text, lower, lex = self.table.text, self.table.lower, self.lexicon
        j = k
        scale = None
        while j < limit and j - k < 5 and (lower[j] in lex.score_links or lower[j] in lex.score_words
                                           or text[j] in {"–", "-", ":", "—"}):
            scale = lex.score_words.get(lower[j], scale)
            j += 1
        if j >= limit or not _NUMBER.match(text[j]):
            return None
        if j == k and "," not in text[j] and "." not in text[j]:
            nxt = lower[j + 1] if j + 1 < limit else ""
            if nxt not in {"poin", "point", "persen", "%"}:
                return None  # a bare whole number is a count, not a score
        if j + 1 < limit and lower[j + 1] in {"juta", "miliar", "triliun", "ribu", "orang", "unit",
                                               "tahun", "kali", "emas", "perak", "perunggu", "medali"}:
            return None
        value = parse_number(text[j])
        if value is None:
            return None
        end = j + 1
        if end < limit and lower[end] in {"poin", "point"}:
            scale, end = "poin", end + 1
        elif end < limit and lower[end] in {"persen", "%"}:
            scale, end = "persen", end + 1
        return value, scale or "nilai", j, end

    def _rank(self, k: int, limit: int) -> tuple[int, int, str] | None:
        """"peringkat 2", "di posisi ketiga", "terbaik ke-3", "sebagai terbaik II": (rank, end,
        the rank as the article words it for a grade: "Juara 1", "Pemenang Pertama")."""
        lower, text = self.table.lower, self.table.text
        j = k
        if j < limit and lower[j] in {"di", "pada", "dengan"}:
            j += 1
        if j < limit and lower[j].startswith("di") and lower[j][2:] in RANK_HEADS:
            pass  # "diposisi kedua": "di" written onto the word
        elif j >= limit or lower[j] not in RANK_HEADS:
            return None
        word_at = j
        j += 1
        if j < limit and lower[j] in {"ke", "ke-"}:
            j += 1
            if j < limit and text[j] == "-":
                j += 1
        if j >= limit:
            return None
        word = lower[j].removeprefix("ke-")
        number = self.lexicon.ordinals.get(word) or self.lexicon.number_words.get(word) or \
            (1 if word in {"puncak", "teratas"} else None)  # "posisi puncak": first place
        if number is None and word.isdigit():
            number = int(word)
        roman = text[j].removesuffix(".") if len(text[j]) > 1 else text[j]  # "Juara I." ends a sentence
        if number is None and _ROMAN.match(roman):
            number = _roman(roman)
        if number is None or number >= 100:  # "Terbaik 2024": the award's year, not a place
            return None
        return number, j + 1, _rank_words(lower[word_at].removeprefix("di") if lower[word_at] not in RANK_HEADS
                                          else lower[word_at], roman)

    def _as(self, item: Item, k: int, limit: int) -> int:
        """"sebagai Terbaik Pertama", "sebagai juara", "sebagai Wisata Halal Terpopuler"."""
        rank = self._rank(k, limit)
        if rank is None and k + 1 < limit and self.table.text[k][:1].islower() and self.table.text[k].isalpha():
            rank = self._rank(k + 1, limit)  # "sebagai madya terbaik II": a class word, then the rank
        if rank is not None:
            item.rank, end, item.rank_word = rank
            return end
        text, lower = self.table.text, self.table.lower
        j = k
        while j < limit and j - k < 8 and lower[j] not in self.lexicon.joins and \
                text[j] not in {".", ";", "(", ")"} and lower[j] not in {"dengan", "yang", "di", "dari"}:
            j += 1
        phrase = self._text(k, j).strip()
        if phrase:
            item.category = item.category or phrase
        return j

    def _role_end(self, k: int, limit: int) -> int:
        """The end of a role phrase: up to a join, a clause's punctuation or a preposition."""
        text, lower = self.table.text, self.table.lower
        while k < limit and lower[k] not in self.lexicon.joins and text[k] not in {".", ";", "(", ")"} and \
                lower[k] not in {"dengan", "yang", "di", "dari", "meraih", "menerima"}:
            k += 1
        return k

    def _skip_work(self, k: int, limit: int) -> int:
        """"lewat karya album “Catharsis”", "melalui program X": what the item won with."""
        text = self.table.text
        j = k
        while j < limit and j - k < 12 and text[j] not in {",", ".", ";"} and \
                self.table.lower[j] not in self.lexicon.joins:
            close = _QUOTES.get(text[j])
            if close is not None:
                end = next((t for t in range(j + 1, min(limit, j + 16)) if text[t] == close), None)
                j = (end + 1) if end is not None else j + 1
                continue
            j += 1
        return j

    def _text(self, start: int, end: int) -> str:
        t = self.table
        if end <= start:
            return ""
        return t.doc_text[t.idx[start]:t.idx[end - 1] + len(t.text[end - 1])]


RANK_HEADS = frozenset({"peringkat", "posisi", "urutan", "juara", "terbaik", "ranking", "rangking", "pemenang"})
_ADDRESS_UNITS = {"dusun", "desa", "kelurahan", "kecamatan", "rt", "rw"}


def take_class(item: Item, told: tuple[str, str, int]) -> None:
    """Give ``item`` the grade or category ``told`` (a label, value and end, as ``class_at``
    reads it), keeping one it already has."""
    label, value, _ = told
    if label == "GRADE":
        item.grade = item.grade or value
    else:
        item.category = item.category or value


def grade_label(words) -> str | None:
    """"Sangat Baik" from the words of "(sangat baik)" told with a letter grade: words, none an
    abbreviation, capitalised; None for anything else."""
    if not words or not all(w.isalpha() and not w.isupper() for w in words):
        return None
    return " ".join(w.capitalize() for w in words)


def _in_address(item: Item) -> bool:
    """An item that is itself a part of an address or a region ("Desa A", "Kabupaten B")."""
    mention = item.mention
    return item.rule.startswith("mention:GOV") or item.rule == "region" or \
        (mention is not None and locates(mention))


def locates(m: Mention) -> bool:
    """A unit that is a part of an address ("Desa X", "Kecamatan Y")."""
    head = m.extra.get("head")
    return head is not None and head.type in _ADDRESS_UNITS


def _rank_words(head: str, number: str) -> str:
    """The word a rank is graded with: "Juara 1" stays a "Juara", "pemenang pertama" a
    "Pemenang Pertama" (written out), any other rank is a "Peringkat"."""
    if head == "juara":
        return "Juara"
    if head == "pemenang":
        return "Pemenang " + number.capitalize()
    return "Peringkat"


def rank_text(number: int, word: str) -> str:
    """The grade of a rank: "Peringkat III", "Juara III", "Pemenang Pertama"."""
    from ..normalise import rank_grade
    if word.startswith("Pemenang "):
        return word
    return rank_grade(number, word)


def _roman(word: str) -> int | None:
    values = {"I": 1, "V": 5, "X": 10}
    total, last = 0, 0
    for ch in reversed(word):
        value = values.get(ch)
        if value is None:
            return None
        total += -value if value < last else value
        last = max(last, value)
    return total or None


def region_kind_hint(lower: tuple[str, ...], start: int, end: int, lexicon: Lexicon) -> str | None:
    """The region kind the words of a clause name last before ``end`` ("tiga kabupaten",
    "di tingkat kota"), when exactly one kind is named."""
    found = None
    for k in range(start, end):
        kind = lexicon.kind_words.get(lower[k])
        if kind is not None:
            if lower[k] in ("kabupaten/kota", "kab/kota"):
                return None
            found = kind
    return found

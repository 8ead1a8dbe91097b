"""Units named by a head word: "Lapas Kelas IIA Lahat", "SMP Negeri 3 Sukoharjo",
"Desa Wisata Jeruju Besar", "Dinas Komunikasi dan Informatika".

A unit's name is its head (``rules/units.json`` ``heads``) and what follows it: capitalised
words, numbers, class marks ("Kelas IIA"), a bracketed abbreviation, and "dan" inside a
function name ("Dinas Kelautan dan Perikanan"). It stops at a lower-case word, at
punctuation, at another unit's head and at a region word ("Kota", "Kecamatan"), which
qualifies the unit rather than naming it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..normalise import without_brackets
from ..rules import Rules

_NAME_WORD = re.compile(r"^(?:[A-Z0-9][\w'’.&-]*|[IVX]+[A-C]?|d[rk]\.?)$")
_MEMBERS = frozenset({"karyawan", "pegawai", "guru", "anggota"})  # "Koperasi Karyawan <employer>"
_REGION_WORDS = {"Kota", "Kabupaten", "Kab.", "Kab", "Provinsi", "Propinsi", "Kecamatan", "Kec.",
                 "Kelurahan", "Desa", "Pemkot", "Pemkab", "Pemprov"}
_CLASS_WORDS = {"Kelas", "Tipe", "Type"}
_INNER = {"dan", "&", "of", "de"}


@dataclass(frozen=True)
class UnitHead:
    words: tuple[str, ...]
    type: str
    regional: bool = False  # named by its function: its canonical name carries its region
    alone: bool = False  # a name by itself ("Inspektorat")
    expand: str | None = None


@dataclass(frozen=True)
class UnitHeads:
    by_first: dict  # first word -> heads, longest first
    stop: frozenset  # words that end a name (regions.json name_stopwords, lower case)

    def at(self, words: tuple[str, ...], i: int) -> UnitHead | None:
        for head in self.by_first.get(words[i], ()):
            if words[i:i + len(head.words)] == head.words:
                return head
        return None

    def read(self, words: tuple[str, ...], i: int, limit: int,
             region_at=None) -> tuple[int, UnitHead] | None:
        """The end of the unit named at ``i`` (exclusive) and its head, or None.
        ``region_at(k)``: the end of a region name at token ``k``, or None; a bracket holding
        a region locates the unit ("Desa Kire (Sulbar)") rather than naming it."""
        head = self.at(words, i)
        if head is None:
            return None
        i += len(head.words)
        named = i
        while i < limit:
            word = words[i]
            if word == "(":  # "(KTH)", "(PLTA Kali Jernih)": a bracketed abbreviation or part name
                close = next((k for k in range(i + 1, min(limit, i + 5)) if words[k] == ")"), None)
                if close is None or close == i + 1 or not all(_NAME_WORD.match(w) for w in words[i + 1:close]) or \
                        words[i + 1][:1].isdigit():
                    break  # (not "(85)", "(2024)": a value or a year after the name)
                if region_at is not None and region_at(i + 1) is not None:
                    break
                if i == named:
                    named = close + 1  # "Rumah Sakit Umum Daerah (RSUD) Kabupaten X": still unnamed
                i = close + 1
                continue
            if word in _REGION_WORDS and i > named:
                # "Perumda Air Minum Kota Padang": a company of the region; "SMP Negeri 2 Kota
                # Sorong": after its number, a school is named by its region too
                of_region = head.type == "company" or head.type == "sekolah" and words[i - 1].isdigit()
                region_end = region_at(i + 1) if region_at is not None and of_region and i + 1 < limit else None
                if region_end is not None:
                    i = region_end
                    break
                if i + 1 >= limit or not _NAME_WORD.match(words[i + 1]):
                    i += 1  # "Polres Malang Kota": a closing region word is part of the name
                break
            inner = self.at(words, i) if i > named else None
            if inner is not None and head.type == "rw" and inner.type in ("kelurahan", "desa"):
                i += len(inner.words)  # "RW 10 Kelurahan Purwoyoso": a part of a village is named with it
                named = i
                continue
            members = head.type == "koperasi" and words[i - 1].lower() in _MEMBERS
            # "PT Bank X (BX) Kantor Cabang Y": a company's branch is named with the company
            branch = head.type == "company" and inner is not None and inner.type in ("company", "kanwil")
            if inner is not None and not (words[i - 1].isdigit() and inner.type in ("desa", "kelurahan")) \
                    and not members and not branch:
                break  # ("SD Negeri 5 Kampung Duri": after its number, a school is named by its place;
                # "Koperasi Karyawan RSUD X": a cooperative is named by where its members work)
            if inner is not None:
                i += len(inner.words)
                continue
            if word == "," and i > named and head.regional:
                joined = self._function_series(words, i + 1, limit)
                if joined is not None:  # "Dinas Komunikasi, Informatika dan Statistik"
                    i = joined
                    continue
            if word.lower() in _INNER and i > named and i + 1 < limit and \
                    _NAME_WORD.match(words[i + 1]) and words[i + 1] not in _REGION_WORDS and \
                    self.at(words, i + 1) is None and head.regional:
                i += 1  # "Dinas Kelautan dan Perikanan"
                continue
            if word in _CLASS_WORDS and i + 1 < limit and re.match(r"^[IVX]+[A-C]?$|^\d", words[i + 1]):
                i += 2
                continue
            if word == "-" and i > named and i + 1 < limit and _NAME_WORD.match(words[i + 1]):
                i += 2  # "Paiton 1-2", "Tanjung Awar-Awar"
                continue
            if not _NAME_WORD.match(word) or word.lower() in self.stop:
                break
            i += 1
        if i == named and not head.alone:
            return None
        return i, head

    def _function_series(self, words: tuple[str, ...], i: int, limit: int) -> int | None:
        """", Informatika dan Statistik": the functions a unit's name lists go on to the last one
        after "dan"; where a part is another unit or a region, it is a list of units instead."""
        while i < limit:
            start = i
            while i < limit and _NAME_WORD.match(words[i]) and words[i] not in _REGION_WORDS and \
                    words[i].lower() not in self.stop and self.at(words, i) is None:
                i += 1
            if i == start or i >= limit:
                return None
            if words[i] == ",":
                i += 1
                continue
            if words[i].lower() in {"dan", "&"} and i + 1 < limit and _NAME_WORD.match(words[i + 1]) and \
                    words[i + 1] not in _REGION_WORDS and self.at(words, i + 1) is None:
                return i + 2
            return None
        return None


@lru_cache(maxsize=4)
def unit_heads(rules: Rules) -> UnitHeads:
    """The unit heads of a rules folder (a pure function of the rules: safe to cache)."""
    by_first: dict[str, list[UnitHead]] = {}
    for item in rules.units["heads"]["items"]:
        head = UnitHead(tuple(item["head"].split()), item["type"], item.get("regional", False),
                        item.get("alone", False), item.get("expand"))
        by_first.setdefault(head.words[0], []).append(head)
    for heads in by_first.values():
        heads.sort(key=lambda h: -len(h.words))
    stop = frozenset(w.lower() for w in rules.regions["name_stopwords"]) - {"dinas", "badan", "puskesmas"}
    return UnitHeads(by_first, stop)


def unit_key(name: str, heads: UnitHeads) -> str:
    """"RSUD Padang Luas" and "Rumah Sakit Umum Daerah (RSUD) Padang Luas", "Polres X" and
    "Kepolisian Resor (Polres) X": one key for a unit however its head is written."""
    words = tuple(without_brackets(name).split())
    head = heads.at(words, 0) if words else None
    if head is not None and head.expand:
        words = (*head.expand.split(), *words[len(head.words):])
    return " ".join(words).lower()

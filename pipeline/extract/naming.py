"""An award's name: where it starts and ends, its category, the article's abbreviations."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ..normalise import rank_number

from .drafts import NAME_JOINS, YEAR
from .mentions import Mention
from .regions import region_matcher
from .tokens import token_table

GENERIC_HEADS = {"penghargaan", "anugerah", "predikat", "piala", "award", "awards", "sertifikat",
                  "apresiasi", "juara", "gelar", "trofi", "trophy", "opini", "bintang",
                  "tanda", "satyalancana"}
_GOVERNMENT_WORDS = {"kabupaten", "kota", "provinsi", "pemkab", "pemkot", "pemko", "pemprov"}
_NAME_CONNECTORS = {"dan", "untuk", "dalam", "se", "-", "/", "&", "bagi", "of", "the"}
_OPENING_WORDS = {"adapun", "sementara", "sedangkan", "kemudian", "selain", "untuk", "dalam", "pada",
                  "bahkan", "namun", "tahun", "selanjutnya", "terakhir", "lalu", "dan",
                  "penerima", "peraih", "pemenang", "daftar", "para",  # "Penerima APBD Award": who, not what
                  "penganugerahan", "penyerahan", "pemberian", "malam", "ajang", "gelaran", "perhelatan",
                  "acara", "penilaian"}  # "PENGANUGERAHAN Indonesia Green Awards": the event, not its name
_RANK_HEADS = {"juara", "peringkat", "posisi", "ranking", "rangking"}
_NAME_STOP = {"tahun", "atas", "dari", "dengan", "kepada", "oleh", "kategori", "yang", "sebagai", "di",
              "pada", "ke", "tingkat", "bersama"}


class AwardNamer:
    """Award names; a mixin of :class:`~.relations.AwardRelations`."""

    def _award_name(self, doc: Doc, head: Mention, sentence: Span) -> tuple[int, int] | None:
        start = head.start
        if head.text.lower() in _RANK_HEADS and start + 1 < sentence.end and \
                is_rank_word(doc[start + 1].text, self.rules):
            # "menyabet Juara I": a rank (a grade), not an award's name; "Juara I Tenaga
            # Kesehatan Teladan": the name follows the rank
            if not (start + 2 < sentence.end and doc[start + 2].text[:1].isupper() and doc[start + 2].is_alpha):
                return None
        if head.text.lower() in self.trailing_heads:
            start = self._name_before(doc, start, sentence)
        if doc[start].text[:1].islower():
            # "penghargaan Predikat …": the proper name starts at the capitalised word
            if start + 1 < sentence.end and doc[start + 1].text[:1].isupper() \
                    and doc[start + 1].lower_ not in _NAME_STOP:
                # "opini WTP", "predikat Zona Integritas": the head is part of the name
                # "akreditasi Paripurna": a named award in the class it was given in
                start += (head.text.lower() not in self.kept_heads or
                          doc[start + 1].lower_ in GENERIC_HEADS) and \
                    (head.text.lower() in GENERIC_HEADS or doc[start + 1].text not in self.tiers)
            elif head.text.lower() in GENERIC_HEADS and not self._inner_words_then_name(doc, start + 1,
                                                                                      sentence):
                return None
        end = start + 1
        while end < sentence.end:
            token = doc[end]
            if token.lower_ in _NAME_STOP and _spelled_by_acronym(doc, start, end, sentence):
                end += 1  # "Wilayah Bebas dari Korupsi (WBK)": the stop word is in the name
                continue
            if token.lower_ in _NAME_STOP or YEAR.match(token.text):
                end = self._level_end(doc, end, sentence) or end
                break
            if token.text == "(":
                close = end + 2 < sentence.end and doc[end + 2].text == ")"
                if close and doc[end + 1].text.isupper() and len(doc[end + 1].text) <= 12:
                    end += 3  # keep a parenthesised abbreviation: "(SAKIP)"
                    continue
                spelled = self._spelled_out(doc, end, sentence) if end - start == 1 else None
                if spelled:  # "Proper (Program Penilaian Peringkat Kinerja Perusahaan)"
                    end = spelled
                    continue
                break
            if token.lower_ in NAME_JOINS and self._government_at(doc, end + 1, sentence):
                break  # "predikat A dan Kabupaten X dengan predikat B": the next winner, no part of a name
            if token.text[:1].isupper() or token.lower_ in _NAME_CONNECTORS or token.like_num or \
                    (token.lower_ in self.inner_words and
                     all(t.lower_ in self.inner_words for t in doc[start + 1:end])) or \
                    (doc[start].lower_ in self.lower_case_heads and doc[start].text.islower() and
                     token.is_alpha and token.text.islower() and end - start <= 2 and
                     not token.lower_.startswith(("me", "di", "ber"))):
                end += 1
                continue
            break
        while end > start + 1 and doc[end - 1].lower_ in _NAME_CONNECTORS:
            end -= 1
        if doc[start].lower_ == "penghargaan" and start + 2 < end and doc[start + 1].text[:1].isupper() and \
                doc[start + 1].lower_ in GENERIC_HEADS:
            start += 1  # "Penghargaan Anugerah X", "Penghargaan Piala Adipura": the name after the common noun
        end = self._without_trailing_body(doc, start, end)
        words = [t for t in doc[start:end] if t.text[:1].isalnum()]
        if len(words) < 2 and (doc[start].lower_ in GENERIC_HEADS or
                               doc[start].text.islower() and doc[start].lower_ in self.lower_case_heads):
            return None  # "penghargaan", "lomba" alone: an award spoken of, not named
        return start, end

    def _government_at(self, doc: Doc, k: int, sentence: Span) -> bool:
        """"Kabupaten X", "Pemkot Y" at token ``k``: a region's kind word, then a region the gazetteer knows."""
        if k + 1 >= sentence.end or doc[k].lower_ not in _GOVERNMENT_WORDS:
            return False
        table = token_table(doc)
        return region_matcher(self.rules).at(table.lower, table.text, k + 1) is not None

    def _name_before(self, doc: Doc, i: int, sentence: Span) -> int:
        """"Universal Health Coverage (UHC) Award": an English-style name ends with its head."""
        while i > sentence.start:
            token = doc[i - 1]
            if token.text == ")" and i - 3 >= sentence.start and doc[i - 3].text == "(" \
                    and doc[i - 2].text.isupper():
                i -= 3
            elif (token.text[:1].isupper() or token.lower_ in {"of", "for", "the", "&"}) and \
                    token.lower_ not in self.receive_verbs and not YEAR.match(token.text) and \
                    token.lower_ not in _OPENING_WORDS:
                i -= 1
            else:
                break
        while i < sentence.end and doc[i].lower_ in {"of", "for", "the", "&"}:
            i += 1
        return i

    def _without_trailing_body(self, doc: Doc, start: int, end: int) -> int:
        """"Piala Citra FFI 2020" → "Piala Citra": a body's abbreviation after the name is who
        gives it, when a name of two words remains: a giver (awards.json ``name_drops_trailing``)
        or an abbreviation the article defines for a body (``body_heads``)."""
        last = doc[end - 1]
        if not (last.text.isupper() and last.text.isalpha()) or \
                sum(t.text[:1].isalnum() for t in doc[start:end - 1]) < 2:
            return end
        if any(s.label_ in self.trailing_bodies and s.start == end - 1 and s.end == end
               for s in doc.spans.get("warta", [])):
            return end - 1
        long = article_abbreviations(doc).get(last.text, "")
        # "Festival Sinema Nusantara (FSN)": the article defines it as a body
        return end - 1 if long.split(" ", 1)[0] in self.body_heads else end

    @staticmethod
    def _spelled_out(doc: Doc, i: int, sentence: Span) -> int | None:
        """The end of "(Program Penilaian Peringkat …)" after a one-word name: its long form."""
        close = next((t.i for t in doc[i + 1:min(sentence.end, i + 12)] if t.text == ")"), None)
        inside = doc[i + 1:close] if close else []
        if close and len(inside) >= 2 and all(t.text[:1].isupper() or t.lower_ in _NAME_CONNECTORS
                                              for t in inside):
            return close + 1
        return None

    def _inner_words_then_name(self, doc: Doc, i: int, sentence: Span) -> bool:
        """"penghargaan hasil evaluasi Sistem …": assessment words, then the proper name."""
        while i < sentence.end and doc[i].lower_ in self.inner_words:
            i += 1
        return i < sentence.end and doc[i].text[:1].isupper() and doc[i - 1].lower_ in self.inner_words

    def _level_end(self, doc: Doc, i: int, sentence: Span) -> int | None:
        """"… Teladan di Puskesmas Tingkat Nasional": a name ends with the level it is held at."""
        j = i + 1 if doc[i].lower_ == "di" else i
        while j < sentence.end and doc[j].text[:1].isupper() and doc[j].text != "Tingkat":
            j += 1
        if j + 1 < sentence.end and doc[j].lower_ == "tingkat" and doc[j + 1].text in self.levels:
            end = j + 2
            if doc[j + 1].lower_ in {"provinsi", "kabupaten", "kota"}:
                # "Tingkat Provinsi Lembah Raya": the region the round was held in names it too
                while end < sentence.end and end - j < 6 and doc[end].text[:1].isupper() and \
                        doc[end].is_alpha and doc[end].lower_ not in _NAME_STOP:
                    end += 1
            return end
        return None

    def _split_name(self, doc: Doc, start: int, end: int):
        """"Informatif dalam Anugerah Keterbukaan Informasi Publik": a predicate, then the award;
        "Zona Integritas menuju Wilayah Bebas dari Korupsi": the award, then its category."""
        if end < len(doc) and doc[end].lower_ == "menuju":
            category_end = end + 1
            while category_end < len(doc) and (doc[category_end].text[:1].isupper() or
                                               doc[category_end].lower_ in {"dari", "dan"}):
                category_end += 1
            if category_end < len(doc) and doc[category_end].text == "(" and \
                    category_end + 2 < len(doc) and doc[category_end + 2].text == ")":
                category_end += 3
            name, _, span = self._split_dalam(doc, start, end)
            return name, doc[end + 1:category_end].text or None, span
        return self._split_dalam(doc, start, end)

    def _split_tier(self, name: str) -> tuple[str, str | None]:
        """"Bintang Mahaputera Utama", "Piala X (Pratama)": the award, then the class it was given in."""
        bracketed = re.fullmatch(r"(.+\S)\s*\((\w+)\)", name)
        if bracketed and bracketed.group(2) in self.tiers:
            return bracketed.group(1), bracketed.group(2)
        words = name.split()
        last = words[-1].removesuffix(".") if len(words) > 1 else words[-1]
        # ("Predikat SAKIP BB", "Akreditasi A": a grade's letter after the name, the sentence's stop aside)
        if (words[-1] in self.tiers or _GRADE_LETTER.match(last)) and (
                len(words) > 2 or (len(words) == 2 and words[0].lower() not in GENERIC_HEADS)):
            return " ".join(words[:-1]), last
        return name, None

    @staticmethod
    def _split_dalam(doc: Doc, start: int, end: int):
        for i in range(start + 1, end - 1):
            if doc[i].lower_ == "dalam" and doc[i + 1].text[:1].isupper() and end - i > 2:
                category = doc[start:i].text
                first = category.split()[0]
                if first.lower() in GENERIC_HEADS and doc[i + 1].lower_ not in GENERIC_HEADS \
                        and i - start > 2 and not any(t.lower_ in GENERIC_HEADS for t in doc[i + 1:end]):
                    break  # "Anugerah Penilaian Peringkat … dalam Pengelolaan Lingkungan": one name
                    # (not "Predikat Provinsi Sangat Inovatif dalam Innovative Government Award")
                if first.lower() in GENERIC_HEADS or first.isupper():
                    category = category[len(first):].strip() or None
                return (doc[i + 1:end].text, category,
                        (doc[i + 1].idx, doc[end - 1].idx + len(doc[end - 1].text)))
        text = doc[start:end].text
        return text[:1].upper() + text[1:], None, (doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text))


_EDITION = re.compile(r"\s+\d{1,3}$")


_LEVEL = re.compile(r"\b[Tt]ingkat\s+(\w+)")


_GRADE_LETTER = re.compile(r"^(AA|A|BB|B|CC|C)$")


def is_rank_word(word: str, rules) -> bool:
    """"I", "3", "ketiga": a place in a ranking (not a year, "2024")."""
    number = rank_number(word, rules)
    return number is not None and number < 100


def level_of(name: str) -> str | None:
    """"Lomba Desa Tingkat Provinsi X" → "provinsi": the round an award was won at."""
    match = _LEVEL.search(name)
    return match.group(1).lower() if match else None


def without_edition(name: str) -> str:
    """"Piala Layar 11" → "Piala Layar": a ceremony's edition number is not part of its name."""
    return _EDITION.sub("", name) if len(name.split()) > 2 else name


def _spelled_by_acronym(doc: Doc, start: int, i: int, sentence: Span) -> bool:
    """Whether the words from ``start`` through the stop word at ``i`` and on to a bracketed
    acronym spell it: "Wilayah Bebas dari Korupsi (WBK)"."""
    close = next((t.i for t in doc[i + 1:min(sentence.end, i + 8)] if t.text == "("), None)
    if close is None or close + 2 >= sentence.end or doc[close + 2].text != ")":
        return False
    initials = "".join(t.text[0] for t in doc[start:close] if t.text[:1].isupper())
    acronym = doc[close + 1].text
    return acronym.isupper() and len(initials) >= 2 and initials.upper() in (acronym, acronym[-len(initials):])


_DEFINED = re.compile(r"((?:[A-Z][\w'’-]*\s+(?:(?:dan|dalam|untuk|di|dari|of|for|the|and)\s+)?)+)"
                      r"\(([A-Z][A-Za-z-]{1,11})\)")


def article_abbreviations(doc: Doc) -> dict[str, str]:
    """The article's own abbreviations, read once per document and kept with it."""
    if "abbreviations" not in doc.user_data:
        doc.user_data["abbreviations"] = _abbreviations(token_table(doc).doc_text)
    return doc.user_data["abbreviations"]


def _abbreviations(text: str) -> dict[str, str]:
    """"Wajar Tanpa Pengecualian (WTP)": the article's own abbreviations and their long forms."""
    found = {}
    for match in _DEFINED.finditer(text):
        words, abbr = match.group(1).split(), match.group(2)
        # "PROPER Emas dalam Program Penilaian … (PROPER)": the long form starts after any
        # all-capital word, at the first word with the abbreviation's initial
        upper = [i for i, w in enumerate(words) if w.isupper() and len(w) > 1]
        words = words[upper[-1] + 1:] if upper else words
        first = _spelling_start(words, abbr)
        if first is not None and len(words) - first >= 2 and abbr not in found:
            found[abbr] = " ".join(words[first:])
    return found


def _spelling_start(words: list[str], abbr: str) -> int | None:
    """Where the long form of ``abbr`` starts among ``words``: the longest run whose capitals'
    initials spell the abbreviation's capitals ("Pembinaan Program Kampung Iklim (ProKlim)" →
    "Program Kampung Iklim"); else the first word with its initial."""
    capitals = "".join(c for c in abbr if c.isupper()) or abbr[:1].upper()
    for start in range(len(words)):
        initials = "".join(w[0] for w in words[start:] if w[:1].isupper())
        if initials.startswith(capitals) or capitals.startswith(initials) and len(initials) >= 2:
            return start
    return next((i for i, w in enumerate(words) if w[0] == abbr[0]), None)


def _expand_abbreviations(name: str, abbreviations: dict[str, str]) -> str:
    """"Opini WTP" → "Opini Wajar Tanpa Pengecualian (WTP)"; "Kabupaten Layak Anak" →
    "Kabupaten Layak Anak (KLA)": an award's name in the long form the article defined."""
    if "(" in name:
        return name
    words = name.split()
    if words[-1].lower() in {"award", "awards", "trophy", "cup"}:
        return name  # "TPID Award", "Baznas Award": known by the short form
    for abbr, long in abbreviations.items():
        if abbr in words and long not in name:
            return " ".join(f"{long} ({abbr})" if w == abbr else w for w in words)
        if name.endswith(long) or "".join(w[0] for w in words) == abbr:
            return f"{name} ({abbr})"  # "Kabupaten Layak Anak" after "Kota Layak Anak (KLA)"
    return name

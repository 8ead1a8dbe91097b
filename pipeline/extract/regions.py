"""Bare region names ("Bantul", "Jawa Barat") as regional governments, from the gazetteer in
``rules/regions_id.json``.

A bare name becomes "Pemerintah Kabupaten/Kota/Provinsi X" only where it acts — a receive verb
follows it ("Sleman meraih …"), or it is listed after a region word and a list marker ("tiga
kabupaten … yaitu Bantul, Kulonprogo, dan Sleman") — and only when the name is of one kind or the
sentence says which kind.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from ..models import Entity
from ..rules import Rules
from .mentions import Mention
from .tokens import token_table

_GOVERNMENT = {"kabupaten": "Pemerintah Kabupaten", "kota": "Pemerintah Kota",
               "provinsi": "Pemerintah Provinsi"}
_TYPE = {"kabupaten": "pemkab", "kota": "pemkot", "provinsi": "pemprov"}
_LINKS = {",", "dan", "serta", "&"}


class Gazetteer:
    """Region names by their first word: ``{first: [(words, {(kind, proper name)})]}``."""

    def __init__(self, data: dict, receive_verbs, list_markers):
        names: dict[tuple[str, ...], set[tuple[str, str]]] = {}
        spellings = data.get("spellings", {})

        def add(name: str, kind: str, proper: str) -> None:
            for written in [name, *spellings.get(name, [])]:
                names.setdefault(tuple(written.split()), set()).add((kind, proper))

        for province in data["provinces"]:
            for written in [province["name"], *province.get("aliases", [])]:
                add(written, "provinsi", province["name"])
            for kind in ("kabupaten", "kota"):
                for name in province.get(kind, []):
                    add(name, kind, name)
        self.by_first: dict[str, list] = {}
        for words, kinds in sorted(names.items(), key=lambda item: -len(item[0])):
            self.by_first.setdefault(words[0], []).append((words, kinds))
        self.kind_words = {k.lower(): v for k, v in data.get("kind_words", {}).items()}
        self.receive_verbs = {w.lower() for w in receive_verbs}
        self.markers = {w.lower() for w in list_markers if " " not in w}

    def bare_regions(self, doc: Doc, taken: set[int]) -> list[Mention]:
        found = []
        i = 0
        while i < len(doc):
            match = self._match(doc, i)
            if match is None or taken.intersection(range(i, i + len(match[0]))):
                i += 1
                continue
            words, kinds = match
            end = i + len(words)
            kind = self._kind(doc, i, end)
            if kind is not None:
                kinds = {k for k in kinds if k[0] == kind}
            if len(kinds) == 1 and (kind is not None or self._acts(doc, end)):
                region_kind, proper = next(iter(kinds))
                span = doc[i:end]
                entity = Entity(f"{_GOVERNMENT[region_kind]} {proper}", _TYPE[region_kind],
                                region=f"{region_kind.capitalize()} {proper}", aliases=(span.text,))
                found.append(Mention("GOV", i, end, span.start_char, span.end_char, span.text,
                                     "gazetteer", extra={"entity": entity}))
            i = end
        return found

    def _match(self, doc: Doc, i: int):
        texts = token_table(doc).text
        for words, kinds in self.by_first.get(texts[i], ()):
            if texts[i:i + len(words)] == words:
                return words, kinds
        return None

    def _acts(self, doc: Doc, end: int) -> bool:
        """"Sleman meraih …", "Sleman juga berhasil meraih …"."""
        for token in doc[end:end + 3]:
            if token.lower_ in self.receive_verbs:
                return True
            if token.lower_ not in {"juga", "pun", "kembali", "turut", "berhasil"}:
                return False
        return False

    def _kind(self, doc: Doc, start: int, end: int) -> str | None:
        """The kind a list names before its marker: "tiga kabupaten … yaitu A, B, dan C"."""
        i = start - 1
        while i >= 0 and (doc[i].lower_ in _LINKS or self._match(doc, i) is not None
                          or (doc[i].text[:1].isupper() and doc[i].lower_ not in self.markers)):
            if "\n" in doc[i].text:
                return None
            i -= 1
        if i < 0 or doc[i].lower_ not in self.markers:
            return None
        sentence_start = doc[start].sent.start if doc.has_annotation("SENT_START") else 0
        for token in reversed(doc[max(sentence_start, i - 8):i]):
            if token.lower_ in self.kind_words and token.text[:1].islower():
                return self.kind_words[token.lower_]
        return None


@lru_cache(maxsize=4)
def gazetteer(rules: Rules) -> Gazetteer | None:
    """The gazetteer of a rules folder (a pure function of the rules: safe to cache)."""
    data = rules.files.get("regions_id.json")
    if not data:
        return None
    markers = rules.files.get("lists.json", {}).get("list_markers", [])
    return Gazetteer(data, rules.language["receive_verbs"], markers)

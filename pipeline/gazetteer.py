"""Indonesia's regions as data: which names are provinces, kabupaten (regencies) or kota
(cities), their short forms, and the canonical name of each region's government.

Read from ``rules/regions_id.json`` (38 provinces, 416 kabupaten, 98 kota; checked against
the idn-area-data package, see that file's ``source``). Pure lookups, no text::

    regions = Gazetteer.from_rules(rules)
    regions.kinds("Madiun") == {"kabupaten", "kota"}
    regions.proper("provinsi", "Jatim") == "Jawa Timur"
    regions.government("kota", "Solo").name == "Pemerintah Kota Surakarta"
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .models import Entity
from .rules import Rules

KINDS = ("provinsi", "kabupaten", "kota")
_GOVERNMENT = {"kabupaten": "Pemerintah Kabupaten", "kota": "Pemerintah Kota",
               "provinsi": "Pemerintah Provinsi"}
_TYPE = {"kabupaten": "pemkab", "kota": "pemkot", "provinsi": "pemprov"}
_REGION_WORD = {"kabupaten": "Kabupaten", "kota": "Kota", "provinsi": "Provinsi"}


@dataclass(frozen=True)
class Gazetteer:
    """Region names by their written forms (case-folded): ``{written: {(kind, proper)}}``."""

    by_written: dict
    province_of: dict  # (kind, proper) -> the province's proper name
    longest: int  # the most words a written form has

    @classmethod
    def from_data(cls, data: dict) -> "Gazetteer":
        by_written: dict[str, set] = {}
        province_of: dict[tuple[str, str], str] = {}
        spellings = data.get("spellings", {})

        def add(written: str, kind: str, proper: str) -> None:
            for form in [written, *spellings.get(written, [])]:
                by_written.setdefault(form.casefold(), set()).add((kind, proper))

        for province in data["provinces"]:
            proper = province["name"]
            province_of[("provinsi", proper)] = proper
            for written in [proper, *province.get("aliases", [])]:
                add(written, "provinsi", proper)
            for kind in ("kabupaten", "kota"):
                for name in province.get(kind, []):
                    add(name, kind, name)
                    province_of[(kind, name)] = proper
        longest = max(len(w.split()) for w in by_written) if by_written else 0
        return cls({k: frozenset(v) for k, v in by_written.items()}, province_of, longest)

    @classmethod
    def from_rules(cls, rules: Rules) -> "Gazetteer":
        return _cached(rules)

    def candidates(self, written: str) -> frozenset:
        """Every (kind, proper name) a written name may be."""
        return self.by_written.get(" ".join(written.split()).casefold(), frozenset())

    def kinds(self, written: str) -> set[str]:
        return {kind for kind, _ in self.candidates(written)}

    def proper(self, kind: str, written: str) -> str | None:
        """The region's own name for a written form of the given kind ("Jatim" → "Jawa Timur")."""
        return next((p for k, p in self.candidates(written) if k == kind), None)

    def province(self, kind: str, proper: str) -> str | None:
        return self.province_of.get((kind, proper))

    def government(self, kind: str, written: str, as_written: str | None = None) -> Entity:
        """The government of a region: "Pemerintah Kota Surakarta" for ("kota", "Solo").
        A name the gazetteer does not know keeps its written form."""
        proper = self.proper(kind, written) or " ".join(written.split())
        return Entity(f"{_GOVERNMENT[kind]} {proper}", _TYPE[kind],
                      region=f"{_REGION_WORD[kind]} {proper}",
                      aliases=(as_written or written,))


@lru_cache(maxsize=4)
def _cached(rules: Rules) -> Gazetteer:
    # A pure function of the rules (hashable by folder): safe to cache.
    return Gazetteer.from_data(rules.files.get("regions_id.json") or {"provinces": []})


def government_type(kind: str) -> str:
    return _TYPE[kind]

"""Normalise what extraction found: numbers, dates, names.

- ``parse_number("94,76") == 94.76``; ``parse_number("1.250,5") == 1250.5``
- ``resolve_date("Rabu (4/12)", base=date(2024, 12, 4)) == "2024-12-04"``
- canonical names from the gazetteers in ``rules/`` (Pemkot X → Pemerintah Kota X,
  DPMPTSP → Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache

from .models import Entity
from .rules import Rules


_BRACKETED = re.compile(r"\s*\([^)]*\)")


def without_brackets(text: str) -> str:
    """"Rumah Sakit Umum Daerah (RSUD) X" → "Rumah Sakit Umum Daerah X": a name without what it
    tells in brackets (a short form, an office's abbreviation)."""
    return _BRACKETED.sub("", text)

_THOUSANDS_ONLY = re.compile(r"^\d{1,3}(\.\d{3})+$")
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10}
_ROMAN_OF = {value: numeral for numeral, value in _ROMAN.items()}


def parse_number(text: str) -> float | None:
    """An Indonesian-written number: decimal comma, thousands dots ("1.250,5")."""
    text = text.strip().rstrip(".,")
    if not text or not re.fullmatch(r"[\d.,]+", text):
        return None
    if "," in text:
        return float(text.replace(".", "").replace(",", "."))
    if _THOUSANDS_ONLY.match(text):
        return float(text.replace(".", ""))
    return float(text)


def rank_number(word: str, rules: Rules) -> int | None:
    """"III" / "3" / "ketiga" / "tiga" → 3."""
    word = word.strip().rstrip(".")
    if word.upper() in _ROMAN and word.isupper():
        return _ROMAN[word.upper()]
    if word.isdigit():
        return int(word)
    lower = word.lower()
    return rules.language["ordinals"].get(lower) or rules.language["number_words"].get(lower)


def rank_grade(number: int, word: str = "Peringkat") -> str:
    """3 → "Peringkat III"; a "juara" rank keeps its own word: "Juara III"."""
    return f"{word} {_ROMAN_OF.get(number, str(number))}"


# -- dates -------------------------------------------------------------------------------

_FULL_NUMERIC_DATE = re.compile(r"([0-9]{1,2})/([0-9]{1,2})/((?:19|20)[0-9][0-9])")


@lru_cache(maxsize=4096)
def _dateparser_parse(text: str, base: date | None) -> date | None:
    # Pure function of its arguments: caching cannot change results.
    numeric = _FULL_NUMERIC_DATE.fullmatch(text)
    if numeric:  # "21/12/2023": what dateparser reads (checked for 1900-2099), ~1000x sooner
        try:
            return date(int(numeric[3]), int(numeric[2]), int(numeric[1]))
        except ValueError:
            pass  # "31/2/2023": left to dateparser
    import dateparser
    settings = {"DATE_ORDER": "DMY", "PREFER_DATES_FROM": "past",
                "REQUIRE_PARTS": ["day", "month"]}
    if base is not None:
        settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day, 23, 59)
    parsed = dateparser.parse(text, languages=["id"], settings=settings)
    return parsed.date() if parsed else None


def resolve_date(text: str, base: date | None) -> str | None:
    """An Indonesian date mention to ISO, years supplied from ``base`` when missing.

    "Rabu (4/12)" with base 2024-12-04 → "2024-12-04"; "Kamis, (21/12/2023)" →
    "2023-12-21"; "18 Desember 2023" → "2023-12-18". A day/month without a year is the
    latest such day not after ``base``.
    """
    numeric = re.search(r"(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*(\d{2,4}))?", text)
    if numeric:
        day, month, year = numeric.groups()
        snippet = f"{int(day)}/{int(month)}/{year}" if year else f"{int(day)}/{int(month)}"
    else:
        # "Rabu, 4 Desember 2024": the weekday before a day number is not needed
        snippet = re.sub(r"^[A-Za-z']+\s*,?\s*\(?(?=\d)", "", text.strip()).strip(" ()")
    parsed = _dateparser_parse(snippet, base)
    if parsed is None:
        return None
    stated = re.search(r"\b\d{4}\b", snippet) or (numeric and numeric.group(3))
    if base is not None and parsed > base and not stated:  # a day/month without year lies in the past
        try:
            parsed = parsed.replace(year=parsed.year - 1)
        except ValueError:
            return None
    return parsed.isoformat()


def resolve_weekday(name: str, base: date, numbers: dict[str, int]) -> str | None:
    """"Selasa" said in an article of Tuesday 2024-03-05 → "2024-03-05": the latest such day
    not after ``base``. ``numbers``: weekday names to Monday-based numbers (language.json)."""
    index = numbers.get(name.lower())
    if index is None:
        return None
    return (base - timedelta(days=(base.weekday() - index) % 7)).isoformat()


# -- names -------------------------------------------------------------------------------

_KIND_OF_TYPE = {"pemkab": "kabupaten", "pemkot": "kota", "pemprov": "provinsi"}


_REGIONAL_OFFICE = re.compile(r"^(.+?)(?:\s*\([^)]*\))?\s+((?:Provinsi|Kabupaten|Kota)\s+.+)$")


_GLUED_STOP = re.compile(r"^([A-Za-z]{3,7})\.(?=[A-Z][a-z])")

_LOCATED_IN_PROVINCE = re.compile(r"(.+?)\s+(?:Provinsi|Propinsi|Prov\.)\s+\S.*$")


class Namer:
    """Canonical names for mentions, from the gazetteers of one rules folder."""

    def __init__(self, rules: Rules):
        self.rules = rules
        self.unit_by_alias: dict[str, dict] = {}
        for unit in rules.units["units"]:
            for alias in [unit["name"], *unit["aliases"]]:
                self.unit_by_alias.setdefault(alias.casefold(), unit)
        self.giver_by_alias = {alias.casefold(): giver["name"]
                               for giver in rules.givers["givers"]
                               for alias in [giver["name"], *giver["aliases"]]}
        self.office_prefixes = {giver["name"]: giver["office_prefix"] for giver in rules.givers["givers"]
                                if giver.get("office_prefix")}
        # bodies with an office in each region, named with its region ("Komisi Informasi Provinsi X")
        self.regional_givers = frozenset(alias.casefold() for giver in rules.givers["givers"] if giver.get("regional")
                                         for alias in [giver["name"], *giver["aliases"]])
        # "BNNP Jambi": an office's alias with its level built in
        self.office_aliases = {alias.casefold(): (giver["name"], level) for giver in rules.givers["givers"]
                               for alias, level in giver.get("office_aliases", {}).items()}
        for alias, (name, _) in self.office_aliases.items():
            self.giver_by_alias.setdefault(alias, name)
        self.prefixes = sorted(
            ((word, prefix) for prefix in rules.regions["prefixes"] for word in prefix["words"]),
            key=lambda item: -len(item[0]))
        self.honorifics = {h.casefold() for h in rules.titles["honorifics"]}
        self.degrees = re.compile(rules.titles["degree_pattern"])
        self.expansions = {item["head"]: item["expand"] for item in rules.units["heads"]["items"]
                           if "expand" in item}

    def government(self, text: str) -> Entity | None:
        """"Pemerintah Kota (Pemkot) Tangerang" / "Pemkot Tangerang" / "Kota Tangerang";
        "Pemprov Jatim" → "Pemerintah Provinsi Jawa Timur" (short forms from the gazetteer);
        "Kota Jember" → "Pemerintah Kabupaten Jember" where the region is of the other kind only."""
        text = re.sub(r"\s*\((Pemkot|Pemkab|Pemprov|Pemda)\)\s*", " ", text).strip()
        text = _GLUED_STOP.sub(r"\1. ", text)  # "Pemkab.Sleman", "Kab.Garut": a short form's stop with no space
        # ("Pemerintah Aceh": a region's government named by the region alone)
        general = re.match(r"(?i)(?:pemda|pemerintah daerah|pemerintah)\s+(.+)$", text)
        if general and re.match(r"(?i)(kota|kabupaten|provinsi|kab\.?)\s", general.group(1)):
            return self.government(general.group(1))  # "Pemerintah Daerah Kabupaten Sleman": the kind told
        if general:  # "Pemda DIY", "Pemerintah Daerah Sleman": the one government the region has
            kinds = self.regions.kinds(general.group(1))
            kind = next(iter(kinds)) if len(kinds) == 1 else None
            return self.regions.government(kind, general.group(1), as_written=text) if kind else None
        for word, prefix in self.prefixes:
            if text.casefold().startswith(word.casefold() + " "):
                name = text[len(word):].strip()
                kind = _KIND_OF_TYPE.get(prefix["type"])
                regions = self.regions
                located = _LOCATED_IN_PROVINCE.match(name)
                if located and kind != "provinsi" and regions.candidates(located.group(1)):
                    name = located.group(1)  # "Kabupaten Badung Provinsi Bali": the province locates it
                if kind and regions.candidates(name):
                    kinds = regions.kinds(name)
                    if kind not in kinds and len(kinds) == 1 and kind != "provinsi" \
                            and "provinsi" not in kinds:
                        kind = next(iter(kinds))
                    if kind in kinds:
                        return regions.government(kind, name, as_written=text)
                region = f"{prefix.get('region', prefix['government'].split()[-1])} {name}"
                return Entity(f"{prefix['government']} {name}", prefix["type"], region=region,
                              aliases=(text,))
        return None

    @property
    def regions(self):
        from .gazetteer import Gazetteer
        return Gazetteer.from_rules(self.rules)

    def unit(self, text: str, region: str | None) -> Entity:
        """A government unit, with its region appended when known."""
        base = re.sub(r"\s*\([^)]*\)\s*", " ", text).strip()
        unit = self.unit_by_alias.get(base.casefold())
        if unit:
            name, kind = unit["name"], unit["type"]
        else:
            name, kind = base, self._unit_type(base)
            for head, expansion in self.expansions.items():
                if name.startswith(head + " "):
                    name = expansion + name[len(head):]
        proper = region.split(" ", 1)[-1] if region else ""
        if region and not re.search(r"\b(Kota|Kabupaten|Provinsi)\b", name) \
                and not name.endswith(" " + proper):  # "RSUD Padang Luas" names its region
            name = f"{name} {region}"
        return Entity(name, kind, region=region, aliases=(text,))

    def _unit_type(self, text: str) -> str:
        for item in self.rules.units["heads"]["items"]:
            if text.startswith(item["head"] + " ") or text == item["head"]:
                return item["type"]
        return "other"

    def regional_office(self, text: str) -> tuple[str, str] | None:
        """"Komisi Informasi (KI) Provinsi Bengkulu": a body with an office in each region
        (givers.json `regional`) and that region, ("Komisi Informasi", "Provinsi Bengkulu")."""
        match = _REGIONAL_OFFICE.match(text)
        if match and " Perwakilan " not in text and match.group(1).casefold() in self.regional_givers:
            # ("Provinsi (BNNP) Jambi": the office's abbreviation told inside)
            return match.group(1), without_brackets(match.group(2))
        alias, _, rest = text.partition(" ")
        if alias.casefold() in self.office_aliases and rest:
            return self._office_with_level(alias, rest)
        for alias in self.regional_givers:  # "PWI Jatim": a province named alone
            if text.casefold().startswith(alias + " ") and " Perwakilan " not in text:
                rest = re.sub(r"^\([^)]*\)\s*", "", text[len(alias):].strip())
                proper = self.regions.proper("provinsi", rest)
                if proper is not None:
                    return text[:len(alias)], f"Provinsi {proper}"
        return None

    def _office_with_level(self, alias: str, rest: str) -> tuple[str, str] | None:
        """"BNNP Jambi" → ("BNNP", "Provinsi Jambi"); "BNNK Sleman" → ("BNNK", "Kabupaten Sleman")."""
        _, level = self.office_aliases[alias.casefold()]
        rest = re.sub(r"^\([^)]*\)\s*", "", rest.strip())
        for kind in level.lower().split("/"):
            proper = self.regions.proper(kind, rest)
            if proper is not None:
                return alias, f"{kind.capitalize()} {proper}"
        return None

    def giver(self, text: str) -> Entity:
        regional = self.regional_office(text)
        if regional:  # a regional body, named with its region
            known = self.giver(regional[0])
            return Entity(f"{known.name} {regional[1]}", known.type, aliases=(text,))
        base, _, office = text.partition(" Perwakilan ")
        base = re.sub(r"\s+Kantor$", "", base.strip())  # "BPK RI Kantor Perwakilan X"
        base = re.sub(r"\s+\([A-Za-z-]{1,10}\)(?=\s)", "", base)  # "Komisi Informasi (KI) Pusat"
        name = self.giver_by_alias.get(base.casefold())
        if name is None:  # "Badan Pemeriksa Keuangan RI": the national body, known without "RI"
            bare = re.sub(r"\s+(RI|Republik Indonesia)$", "", base)
            name = self.giver_by_alias.get(bare.casefold(), base)
        if office:
            name = f"{name} Perwakilan {self._office_region(office.strip(), name)}"
        kind = "kementerian" if name.startswith("Kementerian") else "lembaga"
        return Entity(name, kind, aliases=(text,))

    def _office_region(self, office: str, body: str) -> str:
        """"Kalbar" → "Kalimantan Barat": a province written short is named in full; a body whose
        offices are officially "Perwakilan Provinsi X" (givers.json `office_prefix`) gets that word."""
        bare = re.sub(r"^Provinsi\s+", "", office)
        proper = self.regions.proper("provinsi", bare)
        if proper is None:
            return office
        prefix = self.office_prefixes.get(body) or ("Provinsi" if bare != office else None)
        return f"{prefix} {proper}" if prefix else proper

    def company(self, text: str) -> Entity:
        """"PT. Bank X, Tbk" → "PT Bank X Tbk"."""
        name = re.sub(r"^PT\.?\s*\.?\s*", "PT ", text.strip()) if text.strip().startswith("PT") else text
        name = re.sub(r"\s*,\s*(Tbk\.?)$", r" \1", name)
        return Entity(re.sub(r"\s+", " ", name).strip(), "company", aliases=(text,))

    def person_name(self, text: str) -> str:
        """A person's name without titles or degrees ("Dr. H. Didik, S.H." → "Didik")."""
        text = self.degrees.sub("", text)
        words = [w for w in text.replace(",", " ").split() if w.casefold() not in self.honorifics]
        return " ".join(words).strip(" .,")

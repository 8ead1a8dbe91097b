"""Which province a region lies in, from the gazetteer in ``rules/regions_id.json``.

    >>> table = province_table(load_rules())
    >>> province_of("Kota Tangerang", table)
    'Banten'

Regions are written as the normaliser writes them: "Kota X", "Kabupaten X" or
"Provinsi X". A region the gazetteer does not know (or no region) has no province.
"""

from __future__ import annotations


def province_table(rules) -> dict[str, str]:
    """``{"kota bogor": "Jawa Barat", ...}`` for every region of the gazetteer in ``rules``."""
    data = rules.files["regions_id.json"]
    spellings = data.get("spellings", {})
    table: dict[str, str] = {}
    for province in data["provinces"]:
        for name in (province["name"], *province.get("aliases", [])):
            table.setdefault(f"provinsi {name}".lower(), province["name"])
        for kind in ("kabupaten", "kota"):
            for name in province.get(kind, []):
                for written in (name, *spellings.get(name, [])):
                    table.setdefault(f"{kind} {written}".lower(), province["name"])
    return table


def province_of(region: str | None, table: dict[str, str]) -> str | None:
    """The province of ``region`` ("Kota Bogor" → "Jawa Barat"), or None when unknown."""
    if not region:
        return None
    return table.get(" ".join(region.lower().split()))


def region_in_name(name: str, table: dict[str, str]) -> str | None:
    """The region a name ends with, when the gazetteer knows it: "Dinas Kesehatan Kota
    Bogor" and "Pemerintah Kota Bogor" → "Kota Bogor" (for names an analyst types)."""
    words = name.split()
    for start in range(len(words) - 1):
        if words[start].lower() in ("kota", "kabupaten", "provinsi"):
            candidate = " ".join(words[start:])
            if candidate.lower() in table:
                return candidate
    return None

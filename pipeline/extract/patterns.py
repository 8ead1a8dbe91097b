"""Turn the rule files into spaCy span_ruler patterns.

JSONL patterns may use two placeholders, expanded here so that the word lists stay in
one place (``regions.json``, ``units.json``):
``{"_": "NAME"}`` a capitalised word that is not a stop word, ``{"_": "REGION_NAME"}`` such a
word that is no class of cities either (``regions.json`` ``class_words``), and
``"_": "NOT_HEAD"`` added to a token: the word does not open another unit's name.
Gazetteers (units' aliases, givers, titles, award heads) become phrase patterns.
"""

from __future__ import annotations

from ..rules import Rules

NAME_REGEX = r"^([A-Z][\w'’.-]*|\d{1,3}|[A-Z])$"


def span_patterns(rules: Rules) -> list[dict]:
    """All span_ruler patterns, each ``{"label", "pattern", "id"}``."""
    stop = sorted({w.lower() for w in rules.regions["name_stopwords"]})
    heads = _unit_heads(rules)
    classes = sorted({w.lower() for w in rules.regions.get("class_words", [])})
    patterns = [{"label": p["label"], "id": p["id"],
                 "pattern": _expand(p["pattern"], stop, heads, classes)} for p in rules.patterns]
    for unit in rules.units["units"]:
        for alias in [unit["name"], *unit["aliases"]]:
            patterns.append({"label": "UNIT_ALIAS", "id": f"unit:{unit['name']}", "pattern": alias})
    for giver in rules.givers["givers"]:
        for alias in [giver["name"], *giver["aliases"], *giver.get("office_aliases", {})]:
            patterns.append({"label": "GIVER", "id": f"giver:{giver['name']}", "pattern": alias})
    for title in rules.titles["titles"]:
        patterns.append({"label": "TITLE", "id": f"title:{title}", "pattern": title})
    for role in rules.titles.get("roles", []):  # "bidan", "Penyanyi": lower-case match
        patterns.append({"label": "TITLE", "id": f"role:{role}",
                         "pattern": [{"LOWER": word.lower()} for word in role.split()]})
    for head in rules.awards["heads"]:
        patterns.append({"label": "AWARD_HEAD", "id": f"award-head:{head}",
                         "pattern": [{"LOWER": word.lower()} for word in head.split()]})
    return patterns


def _unit_heads(rules: Rules) -> list[str]:
    words = {item["head"].split()[0].lower() for item in rules.units["heads"]["items"]}
    words |= {"pemkot", "pemko", "pemkab", "pemprov", "pemerintah"}
    return sorted(words)


def _expand(pattern, stop: list[str], heads: list[str], classes: list[str]):
    if isinstance(pattern, str):
        return pattern
    expanded = []
    for token in pattern:
        token = dict(token)
        marker = token.pop("_", None)
        if marker == "NAME":
            token.update({"TEXT": {"REGEX": NAME_REGEX}, "LOWER": {"NOT_IN": stop}})
        elif marker == "REGION_NAME":  # a region's first word: no class of cities ("Kota Sedang")
            token.update({"TEXT": {"REGEX": NAME_REGEX}, "LOWER": {"NOT_IN": stop + classes}})
        elif marker == "NOT_HEAD":
            token["LOWER"] = {"NOT_IN": heads}
        expanded.append(token)
    return expanded

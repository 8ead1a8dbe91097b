"""Load and validate the clean stage's data files in ``rules/``.

``rules/boilerplate.json`` holds markers of text that is not the article's own,
``rules/dates.json`` the language facts for dates, ``rules/sites/*.json`` per-site
hints. Every file is checked on load; a malformed one raises
:class:`~pipeline.errors.RuleError` naming the file and, where known, the line.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from pipeline.errors import RuleError
from pipeline.regex_facts import needed_chars

RULES_DIR = Path(__file__).resolve().parents[2] / "rules"


@dataclass(frozen=True)
class Boilerplate:
    insert_markers: tuple[str, ...]
    insert_start: re.Pattern  # any insert marker at the start of a lower-cased line
    stop_markers: frozenset[str]
    share_words: frozenset[str]
    junk_patterns: tuple[re.Pattern, ...]  # those not anchored at the start
    trailing_signature: re.Pattern
    lead: re.Pattern
    record_prefix: re.Pattern
    negative_class: re.Pattern  # class/id of elements that usually hold no article text
    hard_negative_class: re.Pattern  # ... and of those that never do, however much text they hold
    lead_needs: frozenset[str] | None = None  # a lead has one of these (its dash); None: unknown
    junk_at_start: re.Pattern | None = None  # the "^..." junk patterns as one: one call, not one each
    junk_max_length: int = 1_000_000  # lines longer than this are junk only when they start with "<"
    ad_markers: re.Pattern | None = None  # ad slot labels in capitals, cut out wherever they stand
    ad_marker_starts: tuple[str, ...] = ()  # the first word of each: a cheap test before the regex
    captions: tuple[re.Pattern, ...] = ()  # a photo's caption or credit line ("(FOTO: ANTARA/X)")


@dataclass(frozen=True, eq=False)  # hashed by identity: it holds dicts
class DateFacts:
    months: dict[str, int]
    weekdays: tuple[str, ...]
    time_zones: dict[str, str]  # "WIB" -> "+07:00"
    update_words: tuple[str, ...]
    publish_words: tuple[str, ...]
    site_zones: tuple[str, ...] = ("+07:00", "+08:00", "+09:00")  # offsets of WIB, WITA, WIT
    default_site_zone: str | None = "+07:00"  # an Indonesian site's zone when it names none
    weekday_numbers: dict[str, int] = field(default_factory=dict)  # "senin" -> 0 (Monday)


@dataclass(frozen=True)
class SiteHint:
    """What is known about one site; every field optional.

    ``time_zone`` is the zone of times the site prints without one; ``meta_time_zone``
    overrides the zone its meta tags claim (some sites write local time with a "Z").
    """

    name: str
    hosts: tuple[str, ...]
    site_name: str | None = None
    body_selectors: tuple[str, ...] = ()
    strip_selectors: tuple[str, ...] = ()
    title_selectors: tuple[str, ...] = ()
    date_selectors: tuple[str, ...] = ()
    author_selectors: tuple[str, ...] = ()
    time_zone: str | None = None
    meta_time_zone: str | None = None
    title_prefixes: tuple[str, ...] = ()


@dataclass(frozen=True)
class CleanRules:
    boilerplate: Boilerplate
    dates: DateFacts
    sites: tuple[SiteHint, ...] = field(default=())
    languages: tuple[tuple[str, frozenset[str]], ...] = ()  # ("id", common words), ...

    def site_for(self, host: str | None) -> SiteHint | None:
        if not host:
            return None
        host = host.lower()
        for hint in self.sites:
            if any(host == h or host.endswith("." + h) for h in hint.hosts):
                return hint
        return None


def _line_of(text: str, key: str) -> int | None:
    at = text.find(f'"{key}"')
    return text.count("\n", 0, at) + 1 if at >= 0 else None


def _read_json(path: Path) -> tuple[dict, str]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise RuleError(str(path), f"cannot read: {error.strerror}") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise RuleError(str(path), f"invalid JSON: {error.msg}", error.lineno) from None
    if not isinstance(data, dict):
        raise RuleError(str(path), "expected a JSON object at top level", 1)
    return data, text


def _strings(data: dict, key: str, path: Path, text: str, required: bool = True) -> tuple[str, ...]:
    value = data.get(key)
    if value is None and not required:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise RuleError(str(path), f"'{key}' must be a list of non-empty strings", _line_of(text, key))
    return tuple(value)


def _pattern(source: str, key: str, path: Path, text: str) -> re.Pattern:
    try:
        return re.compile(source)
    except re.error as error:
        raise RuleError(str(path), f"bad regular expression in '{key}': {error}", _line_of(text, key)) from None


def load_boilerplate(path: Path) -> Boilerplate:
    data, text = _read_json(path)
    for key in ("trailing_signature_pattern", "lead_pattern", "record_prefix_pattern", "negative_class_pattern",
                "hard_negative_class_pattern"):
        if not isinstance(data.get(key), str):
            raise RuleError(str(path), f"'{key}' must be a string", _line_of(text, key))
    markers = tuple(m.lower() for m in _strings(data, "insert_markers", path, text))
    alternatives = sorted((re.escape(m) + (r"(?![^\W_])" if m[-1].isalnum() else "") for m in markers),
                          key=len, reverse=True)
    return Boilerplate(
        insert_markers=markers,
        insert_start=re.compile("^(?:" + "|".join(alternatives) + ")"),
        stop_markers=frozenset(m.lower() for m in _strings(data, "stop_markers", path, text)),
        share_words=frozenset(w.lower() for w in _strings(data, "share_words", path, text)),
        junk_patterns=tuple(_pattern(p, "junk_patterns", path, text)
                            for p in _strings(data, "junk_patterns", path, text) if not p.startswith("^")),
        junk_at_start=_anchored_union(tuple(_pattern(p, "junk_patterns", path, text)
                                            for p in _strings(data, "junk_patterns", path, text)
                                            if p.startswith("^"))),
        trailing_signature=_pattern(data["trailing_signature_pattern"], "trailing_signature_pattern", path, text),
        lead=_pattern(data["lead_pattern"], "lead_pattern", path, text),
        record_prefix=_pattern(data["record_prefix_pattern"], "record_prefix_pattern", path, text),
        negative_class=_pattern(data["negative_class_pattern"], "negative_class_pattern", path, text),
        hard_negative_class=_pattern(data["hard_negative_class_pattern"], "hard_negative_class_pattern",
                                     path, text),
        lead_needs=needed_chars(_pattern(data["lead_pattern"], "lead_pattern", path, text)),
        junk_max_length=_positive_int(data, "junk_max_length", path, text, default=1_000_000),
        ad_markers=_phrases_pattern(_strings(data, "ad_markers", path, text, required=False)),
        ad_marker_starts=tuple({m.split()[0] for m in _strings(data, "ad_markers", path, text, required=False)}),
        captions=tuple(_pattern(p, "caption_patterns", path, text)
                       for p in _strings(data, "caption_patterns", path, text, required=False)),
    )


def _positive_int(data: dict, key: str, path: Path, text: str, default: int) -> int:
    value = data.get(key, default)
    if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
        raise RuleError(str(path), f"'{key}' must be a positive whole number", _line_of(text, key))
    return value


def _anchored_union(patterns: tuple[re.Pattern, ...]) -> re.Pattern | None:
    """Patterns that each start with "^" as one pattern matched at the start of a line."""
    if not patterns:
        return None
    return re.compile("|".join(f"(?:{p.pattern})" for p in patterns))


def _phrases_pattern(phrases: tuple[str, ...]) -> re.Pattern | None:
    """Any of ``phrases`` as whole words, exactly as written (longest first)."""
    if not phrases:
        return None
    alternatives = sorted(map(re.escape, phrases), key=len, reverse=True)
    return re.compile(r"(?:\s*\b(?:" + "|".join(alternatives) + r")\b)+\s*")


_OFFSET = re.compile(r"^[+-]\d{2}:\d{2}$")


def load_dates(path: Path) -> DateFacts:
    data, text = _read_json(path)
    months = data.get("months")
    if not isinstance(months, dict) or not all(
            isinstance(k, str) and isinstance(v, int) and 1 <= v <= 12 for k, v in months.items()):
        raise RuleError(str(path), "'months' must map names to month numbers 1-12", _line_of(text, "months"))
    zones = data.get("time_zones")
    if not isinstance(zones, dict) or not all(isinstance(v, str) and _OFFSET.match(v) for v in zones.values()):
        raise RuleError(str(path), "'time_zones' must map names to offsets like '+07:00'",
                        _line_of(text, "time_zones"))
    site_zones = _strings(data, "site_zones", path, text)
    default = data.get("default_site_zone")
    for name in (*site_zones, *([default] if default is not None else [])):
        if name not in zones:
            raise RuleError(str(path), f"site zone '{name}' is not in 'time_zones'",
                            _line_of(text, "site_zones" if name in site_zones else "default_site_zone"))
    numbers = data.get("weekday_numbers", {})
    if not isinstance(numbers, dict) or not all(
            isinstance(k, str) and isinstance(v, int) and 0 <= v <= 6 for k, v in numbers.items()):
        raise RuleError(str(path), "'weekday_numbers' must map names to 0 (Monday) - 6 (Sunday)",
                        _line_of(text, "weekday_numbers"))
    return DateFacts(
        months={k.lower(): v for k, v in months.items()},
        weekdays=_strings(data, "weekdays", path, text),
        time_zones=dict(zones),
        update_words=_strings(data, "update_words", path, text),
        publish_words=_strings(data, "publish_words", path, text),
        site_zones=tuple(zones[name] for name in site_zones),
        default_site_zone=zones[default] if default is not None else None,
        weekday_numbers={k.lower(): v for k, v in numbers.items()},
    )


_SITE_LISTS = ("body_selectors", "strip_selectors", "title_selectors", "date_selectors",
               "author_selectors", "title_prefixes")
_SITE_KEYS = {"_about", "hosts", "site_name", "time_zone", "meta_time_zone", *_SITE_LISTS}


def load_site(path: Path) -> SiteHint:
    data, text = _read_json(path)
    unknown = set(data) - _SITE_KEYS
    if unknown:
        key = sorted(unknown)[0]
        raise RuleError(str(path), f"unknown key '{key}'", _line_of(text, key))
    hosts = _strings(data, "hosts", path, text)
    for key in ("time_zone", "meta_time_zone"):
        if key in data and not (isinstance(data[key], str) and _OFFSET.match(data[key])):
            raise RuleError(str(path), f"'{key}' must be an offset like '+07:00'", _line_of(text, key))
    if "site_name" in data and not isinstance(data["site_name"], str):
        raise RuleError(str(path), "'site_name' must be a string", _line_of(text, "site_name"))
    lists = {key: _strings(data, key, path, text, required=False) for key in _SITE_LISTS}
    return SiteHint(name=path.stem, hosts=tuple(h.lower() for h in hosts), site_name=data.get("site_name"),
                    time_zone=data.get("time_zone"), meta_time_zone=data.get("meta_time_zone"), **lists)


def load_languages(path: Path) -> tuple[tuple[str, frozenset[str]], ...]:
    data, text = _read_json(path)
    return tuple((code, frozenset(_strings(data, code, path, text)))
                 for code in data if not code.startswith("_"))


@lru_cache(maxsize=4)
def load_rules(rules_dir: Path = RULES_DIR) -> CleanRules:
    """All the clean stage's rules under ``rules_dir`` (files are read once per directory)."""
    sites_dir = rules_dir / "sites"
    sites = tuple(load_site(p) for p in sorted(sites_dir.glob("*.json"))) if sites_dir.is_dir() else ()
    return CleanRules(boilerplate=load_boilerplate(rules_dir / "boilerplate.json"),
                      dates=load_dates(rules_dir / "dates.json"), sites=sites,
                      languages=load_languages(rules_dir / "languages.json"))

"""Publication dates: machine values (ISO, meta tags), visible datelines, URL dates.

A *dateline* is what a page prints near its title: "Rabu, 4 Desember 2024 - 20:00 WIB",
"Kompas.com - 04/03/2022, 20:06 WIB", "Diperbarui 18 Jun 2025, 10:21 WIB". WIB/WITA/WIT
become +07/+08/+09 (from ``rules/dates.json``). A time printed without a zone gives
only the day, unless a site hint names the site's zone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from functools import lru_cache

from .rules import DateFacts


@dataclass(frozen=True)
class Stamp:
    """A date read from a page: wall-clock fields plus what is known of its zone."""

    when: datetime  # naive wall-clock time
    has_time: bool
    offset: str | None  # "+07:00" when the source names a zone
    updated: bool = False  # an update time ("diperbarui"), not the first publication
    start: int = 0  # where it was found in the searched text

    def resolve(self, default_zone: str | None = None) -> tuple[datetime, str]:
        """The aware datetime and its precision ("time" or "day")."""
        offset = self.offset or default_zone
        if self.has_time and offset:
            return self.when.replace(tzinfo=to_tz(offset)), "time"
        day = self.when.replace(hour=0, minute=0, second=0, microsecond=0)
        return day.replace(tzinfo=to_tz(offset or "+00:00")), "day"


def to_tz(offset: str) -> timezone:
    sign = -1 if offset[0] == "-" else 1
    hours, minutes = int(offset[1:3]), int(offset[4:6])
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


def _offset(text: str | None) -> str | None:
    if not text:
        return None
    text = text.strip().replace(" ", "")
    if text.upper() == "Z":
        return "+00:00"
    match = re.fullmatch(r"([+-])(\d{1,2}):?(\d{2})?", text)
    if not match:
        return None
    return f"{match[1]}{int(match[2]):02d}:{match[3] or '00'}"


_ISO = re.compile(
    r"(?P<y>\d{4})[-/](?P<m>\d{1,2})[-/](?P<d>\d{1,2})"
    r"(?:\s*T?\s*(?P<H>\d{1,2})[:\-.](?P<M>\d{2})(?:[:\-.](?P<S>\d{2})(?:\.\d+)?)?"
    r"\s*(?P<z>Z|[+-]\d{2}:?\d{2})?)?")


def parse_machine(value: str | None, facts: DateFacts) -> Stamp | None:
    """A date from a meta tag, JSON-LD or ``<time datetime>``: ISO-like, or else a dateline."""
    if not value:
        return None
    value = value.strip()
    match = _ISO.match(value)
    if match:
        when = _build(match["y"], match["m"], match["d"], match["H"], match["M"], match["S"])
        if when:
            return Stamp(when, match["H"] is not None, _offset(match["z"]))
    found = find_datelines(value, facts)
    return found[0] if found else None


def _build(y, m, d, hh=None, mm=None, ss=None) -> datetime | None:
    try:
        return datetime(int(y), int(m), int(d), int(hh or 0), int(mm or 0), int(ss or 0))
    except ValueError:
        return None


@lru_cache(maxsize=8)
def _dateline_patterns(facts: DateFacts) -> tuple[re.Pattern, ...]:
    months = "|".join(sorted(map(re.escape, facts.months), key=len, reverse=True))
    zones = "|".join(sorted(map(re.escape, (z for z in facts.time_zones if len(z) > 1)), key=len, reverse=True))
    weekday = ""  # the weekday printed before a date adds nothing; patterns start at the day
    clock = (rf"(?:[\s,|·•\-–—/]{{0,6}}(?:(?:pukul|jam|at|pkl\.?)\s*)?"
             rf"(?P<H>[012]?\d)[:.](?P<M>[0-5]\d)(?:[:.](?P<S>[0-5]\d))?(?!\d)"
             rf"(?:\s*(?P<zone>{zones})\b)?(?:\s*(?P<off>[+-]\d{{1,2}}(?::?\d{{2}})?))?)?")
    flags = re.IGNORECASE
    return (
        re.compile(rf"{weekday}(?P<d>\d{{1,2}})\s+(?P<mon>{months})\b\.?,?\s+(?P<y>(?:19|20)\d\d)\b{clock}", flags),
        re.compile(rf"{weekday}(?P<mon>{months})\b\.?\s+(?P<d>\d{{1,2}}),?\s+(?P<y>(?:19|20)\d\d)\b{clock}", flags),
        re.compile(rf"{weekday}(?P<d>\d{{1,2}})[/.-](?P<m>\d{{1,2}})[/.-](?P<y>(?:19|20)\d\d)\b{clock}", flags),
    )


_YEAR = re.compile(r"(?:19|20)\d\d")


def find_datelines(text: str, facts: DateFacts) -> list[Stamp]:
    """Every full date (day, month, year; time and zone when printed) in ``text``, in order."""
    found: dict[int, Stamp] = {}
    if not _YEAR.search(text):
        return []
    lowered = text.lower()
    for pattern in _dateline_patterns(facts):
        for match in pattern.finditer(text):
            if match.start() in found:
                continue
            month = match.groupdict().get("m") or facts.months.get(match["mon"].lower().rstrip("."))
            when = _build(match["y"], month, match["d"], match["H"], match["M"], match["S"])
            if when is None:
                continue
            zone = match["zone"]
            offset = facts.time_zones.get(zone.upper()) if zone else _offset(match["off"])
            before = lowered[max(0, match.start() - 30):match.start()]
            updated = any(word in before for word in facts.update_words)
            found[match.start()] = Stamp(when, match["H"] is not None, offset, updated, match.start())
    return [found[k] for k in sorted(found)]


_URL_DATES = (
    re.compile(r"/((?:19|20)\d\d)/(\d{1,2})/(\d{1,2})(?:/|$)"),
    re.compile(r"/((?:19|20)\d\d)-(\d{2})-(\d{2})(?:/|$|-)"),
    re.compile(r"/((?:19|20)\d\d)(\d{2})(\d{2})(?:/|$)"),
)


def date_from_url(url: str | None) -> Stamp | None:
    """The day a URL names (``/2023/12/18/``, ``/20190712/``): a day, never a time."""
    if not url:
        return None
    for pattern in _URL_DATES:
        match = pattern.search(url)
        if match:
            when = _build(*match.groups())
            if when:
                return Stamp(when, False, None)
    return None

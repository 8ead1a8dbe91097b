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
from collections import Counter
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
    labelled: bool = False  # named as the publication ("Diunggah pada", "Published")
    doubtful: bool = False  # printed over the title without a label: perhaps a banner of the day the page was saved

    def resolve(self, default_zone: str | None = None) -> tuple[datetime, str]:
        """The aware datetime and its precision ("time" or "day")."""
        offset = self.offset or default_zone
        if self.has_time and offset:
            return self.when.replace(tzinfo=to_tz(offset)), "time"
        day = self.when.replace(hour=0, minute=0, second=0, microsecond=0)
        return day.replace(tzinfo=to_tz(offset or "+00:00")), "day"

    def same_clock(self, other: "Stamp") -> bool:
        """Both give a time, and it is the same day and minute on the wall clock."""
        return self.has_time and other.has_time and self.when.date() == other.when.date() \
            and (self.when.hour, self.when.minute) == (other.when.hour, other.when.minute)

    def instant(self) -> datetime | None:
        return self.when.replace(tzinfo=to_tz(self.offset)) if self.has_time and self.offset else None


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
    compact = _COMPACT.match(value)
    if compact:
        when = _build(*compact.group("y", "m", "d", "H", "M", "S"))
        if when:
            return Stamp(when, compact["H"] is not None, _offset(compact["z"]))
    found = find_datelines(value, facts)
    return found[0] if found else None


# "20220305091500", "20220305T091500+0700": the digits of an ISO time without its separators
_COMPACT = re.compile(r"(?P<y>(?:19|20)\d\d)(?P<m>\d\d)(?P<d>\d\d)(?:T?(?P<H>\d\d)(?P<M>\d\d)(?P<S>\d\d)?)?"
                      r"\s*(?P<z>Z|[+-]\d{2}:?\d{2})?$")


def _build(y, m, d, hh=None, mm=None, ss=None) -> datetime | None:
    try:
        return datetime(int(y), int(m), int(d), int(hh or 0), int(mm or 0), int(ss or 0))
    except ValueError:
        return None


@lru_cache(maxsize=8)
def _dateline_patterns(facts: DateFacts) -> tuple[re.Pattern, ...]:
    # Any word where a month stands, looked up in ``facts.months`` afterwards: one character
    # class is far cheaper to scan for than an alternation of sixty names.
    months = r"[^\W\d_]{3,10}"
    zones = _alternatives(z for z in facts.time_zones if len(z) > 1)
    # The weekday printed before a date adds nothing; patterns start at the day. A zone name
    # may carry its own offset ("GMT+7"); a bare offset needs four digits ("+0700", "+07:00"),
    # so a range's end ("10.00-12.00") is no offset.
    clock = (rf"(?:[\s,|·•\-–—/)T]{{0,6}}(?:(?:pukul|jam|at|pkl\.?)\s*)?"
             rf"(?P<H>[012]?\d)[:.](?P<M>[0-5]\d)(?:[:.](?P<S>[0-5]\d))?(?!\d)"
             rf"(?:\s*(?P<half>[ap])\.?m\b\.?)?"
             rf"(?:\s*(?P<zone>{zones})(?:\s*(?P<zoff>[+-]\d{{1,2}}(?::?\d{{2}})?))?\b)?"
             rf"(?:\s*(?P<off>[+-]\d{{2}}:?\d{{2}})(?!\d))?)?")
    year = r"(?P<y>(?:19|20)\d\d)\b"
    flags = re.IGNORECASE
    return (
        # 5 Maret 2022 · 05 Mar. 2022 · 30-Jan-2017 · 5th March 2022
        re.compile(rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+|-)(?:of\s+)?(?P<mon>{months})\b\.?(?:,?\s+|-){year}{clock}",
                   flags),
        # March 5, 2022 · Februari 07 / 2017 (a dateline split over elements)
        re.compile(rf"(?P<mon>{months})\b\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+|\s*/\s*){year}{clock}",
                   flags),
        # 05/03/2022 · 05-03-2022 · 05.03.2022
        re.compile(rf"(?P<d>\d{{1,2}})[/.-](?P<m>\d{{1,2}})[/.-]{year}{clock}", flags),
        # 2022-03-05 09:15:42 printed as is · 2022/03/05 · 2022-03-05T09:15:42+07:00
        re.compile(rf"(?<![\d/.-])(?P<y2>(?:19|20)\d\d)(?P<sep>[-/])(?P<m2>\d{{1,2}})(?P=sep)(?P<d2>\d{{1,2}})(?![\d-]){clock}",
                   flags),
        # 05/03/22: a two-digit year, with slashes only
        re.compile(rf"(?<![\d/.-])(?P<d3>\d{{1,2}})/(?P<m3>\d{{1,2}})/(?P<y3>\d\d)(?![\d/]){clock}", flags),
    )


_YEAR = re.compile(r"(?:19|20)\d\d")
_SHORT_YEAR = re.compile(r"\d/\d\d(?![\d/])")  # the end of "05/03/22"
_SHORT_YEAR_TEXT = 2_000  # two-digit years are looked for in lines and headers, not whole pages
_BEFORE_YEAR, _AFTER_YEAR = 32, 48  # how far a date's day and month, and its time and zone, stand from its year


def _year_windows(text: str) -> list[tuple[int, int]]:
    """The stretches of ``text`` that can hold a full date: around each year, merged."""
    windows: list[tuple[int, int]] = []
    years = list(_YEAR.finditer(text))
    short = list(_SHORT_YEAR.finditer(text)) if len(text) < _SHORT_YEAR_TEXT else []
    if short:
        years = sorted(years + short, key=lambda m: m.start())
    for match in years:
        start, end = max(0, match.start() - _BEFORE_YEAR), match.end() + _AFTER_YEAR
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


def find_datelines(text: str, facts: DateFacts) -> list[Stamp]:
    """Every full date (day, month, year; time and zone when printed) in ``text``, in order."""
    found: dict[int, tuple[re.Match, datetime]] = {}
    windows = _year_windows(text)
    if not windows:
        return []
    patterns = _dateline_patterns(facts)
    if len(text) >= _SHORT_YEAR_TEXT or not _SHORT_YEAR.search(text):
        patterns = patterns[:-1]  # (the two-digit year's pattern: in lines and headers that have one)
    for pattern in patterns:
        for match in (m for start, end in windows for m in pattern.finditer(text, start, end)):
            if match.start() in found:
                continue
            groups = match.groupdict()
            if groups.get("y2"):
                y, month, d = groups["y2"], groups["m2"], groups["d2"]
            elif groups.get("y3"):
                # ("Senin, 17/03/25", "17/03/25 14:30": a two-digit year only where a dateline tells it)
                weekday = re.search(r"([^\W\d_]+)\W{0,3}$", text[max(0, match.start() - 12):match.start()])
                if match["H"] is None and not (weekday and weekday[1].lower() in facts.weekday_numbers):
                    continue
                y, month, d = "20" + groups["y3"], groups["m3"], groups["d3"]
            else:
                y, d = match["y"], match["d"]
                month = groups.get("m") or facts.months.get(match["mon"].lower().rstrip("."))
                if month is None:
                    continue
            when = _build(y, month, d, _hour(match["H"], match["half"]), match["M"], match["S"])
            if when is None and match["H"] is not None:  # a clock that is no clock: keep the day
                when = _build(y, month, d)
            if when is not None:
                found[match.start()] = (match, when)
    stamps, previous_end, lowered = [], 0, text.lower()
    for start in sorted(found):
        match, when = found[start]
        if start < previous_end:
            continue  # inside a longer date already read
        has_time = match["H"] is not None and (when.hour, when.minute) == (
            int(_hour(match["H"], match["half"])), int(match["M"]))
        zone, offset = match["zone"], None
        if zone:
            offset = _zone_offset(zone, match["zoff"], facts)
        offset = offset or _offset(match["off"])
        label_end = start
        if match["H"] is None:  # "08:46 WIB, Jumat, 24/03/2023": the clock printed before the day
            clock = _clock_before(text, max(previous_end, start - 40), start, facts)
            timed = _build(when.year, when.month, when.day, clock["H"], clock["M"], clock["S"]) if clock else None
            if timed is not None:
                when, has_time, label_end = timed, True, clock.start()
                offset = _zone_offset(clock["zone"], clock["zoff"], facts) if clock["zone"] else None
        # What labels the date is what stands between it and the date before it.
        before = lowered[max(previous_end, label_end - 30):label_end]
        updated, labelled = _label(before, facts)
        stamps.append(Stamp(when, has_time, offset if has_time else None, updated, start, labelled))
        previous_end = match.end()
    return stamps


def _alternatives(words) -> str:
    """A regex alternation of ``words``, escaped, the longest first."""
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


def _zone_offset(zone: str, zone_offset: str | None, facts: DateFacts) -> str | None:
    """The offset a printed zone names ("WITA"), or the one written after it ("GMT+7")."""
    return _offset(zone_offset) if zone_offset else facts.time_zones.get(zone.upper())


@lru_cache(maxsize=8)
def _clock_first(facts: DateFacts) -> re.Pattern:
    zones = _alternatives(z for z in facts.time_zones if len(z) > 1)
    weekdays = _alternatives(facts.weekday_numbers)
    return re.compile(rf"(?<![\d:.])(?P<H>[012]?\d)[:.](?P<M>[0-5]\d)(?:[:.](?P<S>[0-5]\d))?"
                      rf"(?:\s*(?P<zone>{zones})\b(?:\s*(?P<zoff>[+-]\d{{1,2}}(?::?\d{{2}})?))?)?"
                      rf"[\s,|·•\-–—]*(?:(?:{weekdays})\b[\s,|·•\-–—]*)?$", re.IGNORECASE)


def _clock_before(text: str, lo: int, hi: int, facts: DateFacts) -> re.Match | None:
    """A clock (and its zone) right before a date, a weekday perhaps between them."""
    return _clock_first(facts).search(text, lo, hi)


def _hour(hour: str | None, half: str | None) -> str | None:
    """The 24-hour clock's hour of "9:15 pm" (``half`` "p") or "12:05 am" ("a")."""
    if hour is None or not half or not 1 <= int(hour) <= 12:
        return hour
    return str(int(hour) % 12 + (12 if half.lower() == "p" else 0))


def _label(before: str, facts: DateFacts) -> tuple[bool, bool]:
    """(updated, labelled as the publication) from the words just before a date: the nearest wins."""
    update_at = max((before.rfind(word) for word in facts.update_words), default=-1)
    publish_at = max((before.rfind(word) for word in facts.publish_words), default=-1)
    if update_at < 0 and publish_at < 0:
        return False, False
    return (True, False) if update_at > publish_at else (False, True)


def first_publication(stamps: list[Stamp]) -> Stamp | None:
    """The stamp that tells when a page was first published: one labelled so ("Diunggah pada"),
    else the first that is no update, one that gives the time before one that gives only the day
    (a "today" banner over the header prints no time)."""
    labelled = [s for s in stamps if s.labelled and not s.updated]
    if labelled:
        return labelled[0]
    first = [s for s in stamps if not s.updated] or stamps
    return next((s for s in first if s.has_time), first[0] if first else None)


_LEAD_DAY = re.compile(r"^[^\W\d_][^,\n]{1,40},\s*(?P<d>\d{1,2})/(?P<m>\d{1,2})\s*\(")
_WEEKDAY_DATE = re.compile(r"\b(?P<wd>[^\W\d_][\w'’]{2,8})\s*\(\s*(?P<d>\d{1,2})/(?P<m>\d{1,2})\s*\)")
_MENTIONED_YEAR = re.compile(r"(?<![\d.,/])(?:19|20)\d\d(?![\d.,/]\d)")


_LEAD_DATELINE = 80  # characters at the start of a lead that its dateline can take


def date_from_lead(lead: str, text: str, facts: DateFacts) -> Stamp | None:
    """The day a lead's own dateline names: in full ("Jakarta, 5 Maret 2022 - ..."), or without
    its year ("Jakarta, 8/9 (Antara) - ...").

    A missing year is the one the text mentions whose calendar agrees with every "Jumat (7/9)"
    in it (the most mentioned such year); without a weekday to check, the most mentioned year.
    """
    head = lead.strip()[:_LEAD_DATELINE]
    dash = re.search(r"\s(?:--|[-–—])\s", head)
    full = find_datelines(head[:dash.start()], facts) if dash else []
    if full:
        return full[0]
    match = _LEAD_DAY.match(lead.strip())
    if not match:
        return None
    day, month = int(match["d"]), int(match["m"])
    years = Counter(int(y) for y in _MENTIONED_YEAR.findall(text))
    if not years or not 1 <= month <= 12:
        return None
    checks = [(facts.weekday_numbers[m["wd"].lower()], int(m["d"]), int(m["m"]))
              for m in _WEEKDAY_DATE.finditer(text) if m["wd"].lower() in facts.weekday_numbers]

    def agrees(year: int) -> bool:
        return all((d := _build(year, mo, dd)) is not None and d.weekday() == wd for wd, dd, mo in checks)

    candidates = [y for y in years if agrees(y) and _build(y, month, day)] if checks else []
    pool = candidates or [y for y in years if _build(y, month, day)]
    if not pool:
        return None
    year = max(pool, key=lambda y: (years[y], y))
    return Stamp(datetime(year, month, day), False, None)


_URL_DATES = (
    re.compile(r"/((?:19|20)\d\d)/(\d{1,2})/(\d{1,2})(?:/|$)"),
    re.compile(r"/((?:19|20)\d\d)-(\d{2})-(\d{2})(?:/|$|-)"),
    re.compile(r"/((?:19|20)\d\d)(\d{2})(\d{2})(?:/|$)"),
    re.compile(r"[-_]((?:19|20)\d\d)-(\d{2})-(\d{2})(?:[-_./]|$)"),  # a slug ending "...-2022-03-05.html"
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


@lru_cache(maxsize=8)
def _zone_names(facts: DateFacts) -> tuple[str, ...]:
    return tuple(sorted((n for n, off in facts.time_zones.items() if off in facts.site_zones and len(n) > 1),
                        key=len, reverse=True))


_CLOCK_BEFORE = re.compile(r"(?<!\d)[012]?\d[:.][0-5]\d(?:[:.][0-5]\d)?\s*$")


def printed_zones(text: str, facts: DateFacts) -> list[str]:
    """The offsets of the local zones ``text`` prints right after a clock time ("10:20 WIB")."""
    found = []
    for name in _zone_names(facts):  # found with str.find: most pages print none
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            whole = (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum())
            if whole and _CLOCK_BEFORE.search(text, max(0, at - 12), at):
                found.append(facts.time_zones[name])
            at = text.find(name, end)
    return found


# A publication time in a script object: publishDate: "2022-03-05 09:15:42", "published":"...".
_SCRIPT_DATE = re.compile(
    r"""["']?(?:date_?published|date_?created|publish(?:ed)?(?:_?(?:date|time|at|on))?|pub_?date"""
    r"""|first_?published(?:_?(?:date|at))?)["']?\s*[:=]\s*["'](?P<value>\d{4}-\d{2}-\d{2}"""
    r"""[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?\s*(?:Z|[+-]\d{2}:?\d{2})?)["']""", re.IGNORECASE)
# Literal pieces of those keys: the page is scanned for them with str.find (a regex scan of a
# whole page costs more than cleaning it), and the pattern runs only around each hit.
_SCRIPT_KEYS = ("ublish", "UBLISH", "ubdate", "ubDate", "ub_date", "ateCreated", "ate_created")


def script_dates(html: str, facts: DateFacts) -> list[Stamp]:
    """Publication times that scripts carry (``publishDate: "2022-03-05 09:15:42"``), in page order."""
    hits = []
    for key in _SCRIPT_KEYS:
        at = html.find(key)
        while at >= 0:
            hits.append(at)
            at = html.find(key, at + len(key))
    found: dict[int, Stamp] = {}
    for at in sorted(hits):
        window_start = max(0, at - 12)
        match = _SCRIPT_DATE.search(html, window_start, at + 80)
        if match and match.start() <= at and match.start() not in found:
            stamp = parse_machine(match["value"], facts)
            if stamp:
                found[match.start()] = stamp
    return [found[k] for k in sorted(found)]

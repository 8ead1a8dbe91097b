"""Times as the analyst reads them: in their zone (else WIB), with the zone named.

The store keeps ISO 8601 with an offset (decisions in UTC, articles in their own zone);
the review pages show ``2024-12-04 20:00 WIB``. The zone is the browser's (review.js
sends it in a cookie) or the one chosen on the analyst page; WIB until either is known.

    >>> show_time("2024-12-04T13:00:00+00:00", "Asia/Makassar")
    '2024-12-04 21:00 WITA'
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone, tzinfo

ZONE_COOKIE = "warta_tz"
DEFAULT_ZONE = "Asia/Jakarta"
# Indonesia's own names, which zoneinfo does not give ("+07" is all it has).
INDONESIAN_NAMES = {"Asia/Jakarta": "WIB", "Asia/Pontianak": "WIB", "Asia/Makassar": "WITA",
                    "Asia/Jayapura": "WIT"}
CHOICES = (("Asia/Jakarta", "WIB (Jakarta)"), ("Asia/Makassar", "WITA (Makassar)"),
           ("Asia/Jayapura", "WIT (Jayapura)"), ("UTC", "UTC"))
_FIXED = {"Asia/Jakarta": 7, "Asia/Pontianak": 7, "Asia/Makassar": 8, "Asia/Jayapura": 9, "UTC": 0}


def zone(name: str | None) -> tuple[str, tzinfo]:
    """``(name, tzinfo)`` for an IANA zone name; WIB for a missing or unknown one."""
    name = (name or "").strip()[:64]
    found = _load(name) if name else None
    return (name, found) if found else (DEFAULT_ZONE, _load(DEFAULT_ZONE))


def _load(name: str) -> tzinfo | None:
    try:
        from zoneinfo import ZoneInfo
        return ZoneInfo(name)
    except (ValueError, OSError, ImportError, KeyError):  # ZoneInfoNotFoundError is a KeyError
        pass  # no such zone, or no time-zone database here: fixed offsets for ours
    hours = _FIXED.get(name)
    return timezone(timedelta(hours=hours), name) if hours is not None else None


def zone_label(name: str, moment: datetime) -> str:
    """WIB / WITA / WIT in Indonesia, else the zone's abbreviation (CET), else its name."""
    if name in INDONESIAN_NAMES:
        return INDONESIAN_NAMES[name]
    abbreviation = moment.tzname() or ""
    return abbreviation if abbreviation.isalpha() else name


def show_time(value: str | None, zone_name: str | None = None) -> str:
    """An ISO 8601 value in the analyst's zone, with the zone named; a day as it is."""
    if not value:
        return "—"
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return value
    if len(value) <= 10 or moment.tzinfo is None:  # a day, or a time whose zone is unknown
        return value if len(value) <= 10 else moment.strftime("%Y-%m-%d %H:%M")
    name, tz = zone(zone_name)
    local = moment.astimezone(tz)
    return f"{local:%Y-%m-%d %H:%M} {zone_label(name, local)}"

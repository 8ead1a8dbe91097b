"""Which of a page's dates is its first publication, and in which zone its readers see it.

A page can give the time several ways at once: machine values (JSON-LD, meta tags, ``<time>``,
script objects), the dateline it prints for its readers, a date in its URL. They disagree in
known ways: platforms label local time with a wrong offset, write UTC, or give the update time
where the publication time belongs. The rules here settle those disagreements:

- a clock time the page shows its readers is local time: it wins over an offset that
  contradicts it (:func:`local_clock_wins`);
- a UTC time is given in the site's own zone when that zone is known;
- the first publication is preferred over an update;
- a time without any zone stays a day, unless the page says elsewhere which zone it keeps.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime
from functools import cached_property
from typing import Callable

from .dates import Stamp, to_tz
from .rules import DateFacts

UTC = "+00:00"


class SiteZone:
    """What a page tells of its site's local zone, read only when a decision needs it.

    ``known`` comes from the page or a site hint (its dateline's WIB, zones it prints after
    clock times, the Indonesian offsets of its machine dates); ``assumed`` is ``known``, else
    the default zone (WIB) when the page is Indonesian, else None.
    """

    def __init__(self, find_known: Callable[[], str | None], find_default: Callable[[], str | None]):
        self._find_known = find_known
        self._find_default = find_default

    @classmethod
    def fixed(cls, zone: str | None) -> "SiteZone":
        return cls(lambda: zone, lambda: zone)

    @cached_property
    def known(self) -> str | None:
        return self._find_known()

    @cached_property
    def assumed(self) -> str | None:
        return self.known or self._find_default()


def site_zone(facts: DateFacts, *, hint_zone: str | None, printed: Callable[[], list[str]],
              machine: list[Stamp], indonesian: Callable[[], bool]) -> SiteZone:
    """The site's zone from a hint, the zones the page prints, then its machine offsets; WIB
    assumed for an Indonesian page that tells none."""
    def find_known() -> str | None:
        if hint_zone:
            return hint_zone
        zones = Counter(printed()) or Counter(s.offset for s in machine if s.offset in facts.site_zones)
        return zones.most_common(1)[0][0] if zones else None

    def find_default() -> str | None:
        local = any(s.offset in facts.site_zones for s in machine) or indonesian()
        return facts.default_site_zone if local else None

    return SiteZone(find_known, find_default)


def local_clock_wins(machine: Stamp, readings: list[Stamp | None], zone: SiteZone,
                     facts: DateFacts) -> str | None:
    """The zone that ``machine``'s wall-clock time is really in, when its offset is the platform's error.

    A reading (the printed dateline, or a machine value without a zone) that shows the same day
    and minute as ``machine`` tells that the clock is local time: it is in the reading's own
    zone (WIB/WITA/WIT), else the site's. "2022-03-05T09:15:00-07:00" under a dateline
    "5 Maret 2022 09:15" is 09:15 WIB, not 16:15 WIB. Without such a reading, an offset that no
    Indonesian zone has (neither UTC nor WIB/WITA/WIT) on an Indonesian page is read the same way.
    None: the offset stands (or nothing is known to replace it).
    """
    if not machine.has_time:
        return None
    for reading in readings:
        if reading is not None and machine.same_clock(reading):
            # A zone is never invented for a time that named none: only a wrong one is replaced.
            local = reading.offset or zone.known or (zone.assumed if machine.offset else None)
            return local if local and local != machine.offset else None
    if machine.offset and machine.offset != UTC and machine.offset not in facts.site_zones and zone.assumed:
        return zone.assumed
    return None


def _midnight(stamp: Stamp) -> bool:
    return (stamp.when.hour, stamp.when.minute, stamp.when.second) == (0, 0, 0)


def contradicts(printed: Stamp, url_day: Stamp) -> bool:
    """A printed date more than a day away from the day the URL names (a day allows for zones)."""
    return abs((printed.when.date() - url_day.when.date()).days) > 1


def first_published(machine: list[Stamp], visible: Stamp | None, url_day: Stamp | None, zone: SiteZone,
                    facts: DateFacts, *, labelled_zone: str | None = None) -> tuple[datetime | None, str | None]:
    """The publication time (aware) and its precision, "time" or "day", from a page's readings.

    ``machine``: publication values in order of trust (no update times); ``visible``: the
    dateline printed for the readers (the first publication's); ``url_day``: the URL's date;
    ``labelled_zone``: the zone a site hint says the machine values are really in.
    """
    timed = [m for m in machine if m.has_time]
    base = timed[0] if timed else None
    if base is None:
        day = machine[0] if machine else None
        if day is None and visible is not None and url_day is not None and contradicts(visible, url_day):
            visible = None  # a banner's "today", an event's day: the URL was set when the page was made
        if visible and visible.has_time and (day is None or day.when.date() == visible.when.date()):
            return visible.resolve(zone.known)
        if day is not None:
            return day.resolve()
        if visible is not None:
            return visible.resolve(zone.known)
        return url_day.resolve() if url_day else (None, None)
    if labelled_zone and base.offset:
        return base.when.replace(tzinfo=to_tz(labelled_zone)), "time"
    if _midnight(base) and visible is not None and visible.has_time and not _midnight(visible) \
            and visible.when.date() == base.when.date():
        return visible.resolve(zone.known)  # a CMS that stores the day writes 00:00:00; the page prints the time
    zoneless = [m for m in machine if m.has_time and m.offset is None and m is not base]
    local = local_clock_wins(base, [visible, *zoneless], zone, facts)
    if local:
        return base.when.replace(tzinfo=to_tz(local)), "time"
    if visible and visible.instant() and base.instant() == visible.instant():
        return visible.resolve()  # the same moment, as the page prints it for its readers
    if base.offset == UTC and zone.assumed and zone.assumed != UTC:
        return base.when.replace(tzinfo=to_tz(UTC)).astimezone(to_tz(zone.assumed)), "time"
    if base.offset is None:
        same_day = visible is not None and visible.when.date() == base.when.date()
        return base.resolve((visible.offset if same_day else None) or zone.known)
    return base.resolve()

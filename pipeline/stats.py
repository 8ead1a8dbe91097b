"""Counts over the dataset as exported (analysts' decisions applied): by kind, year,
province, review status, and the most frequent givers.

    >>> stats = dataset_stats(store)
    >>> stats.by_year[:2]
    [(2023, 12), (2024, 40)]

``warta stats`` prints them; the review app's charts page draws them.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass

from .provinces import province_of, province_table
from .review.queries import STATUSES
from .store import Store

NONE_LABEL = "(none)"  # a record without the value counted


@dataclass(frozen=True)
class DatasetStats:
    records: int                                   # exported records (rejected left out)
    by_type: dict[str, int]                        # award, score
    by_status: dict[str, int]                      # new, accepted, rejected, corrected
    by_kind: list[tuple[str, int]]                 # most frequent first
    by_year: list[tuple[int | str, int]]           # oldest first, "(none)" last
    by_province: list[tuple[str, int]]             # most frequent first
    awards_by_year_kind: list[tuple[int, dict[str, int]]]  # per year: awards per kind
    top_givers: list[tuple[str, int]]              # awards per giver, most first

    def to_dict(self) -> dict:
        return asdict(self)


def dataset_stats(store: Store, rules=None, top: int = 10) -> DatasetStats:
    """The counts of :class:`DatasetStats` over the ``reviewed_records`` view."""
    if rules is None:
        from .rules import load_rules
        rules = load_rules()
    provinces = province_table(rules)
    groups = store.db.execute(
        "SELECT type, status, kind, year, region, giver, count(*) AS n FROM reviewed_records "
        "GROUP BY type, status, kind, year, region, giver").fetchall()
    types, status, kinds, years, places, givers = (Counter() for _ in range(6))
    per_year_kind: dict[int, Counter] = {}
    for row in groups:
        n = row["n"]
        types[row["type"]] += n
        status[row["status"]] += n
        kinds[row["kind"] or NONE_LABEL] += n
        years[row["year"]] += n
        places[province_of(row["region"], provinces) or NONE_LABEL] += n
        if row["type"] == "award":
            if row["giver"]:
                givers[row["giver"]] += n
            if row["year"] is not None:
                per_year_kind.setdefault(row["year"], Counter())[row["kind"] or NONE_LABEL] += n
    status["rejected"] = store.db.execute(
        "SELECT count(*) FROM reviews WHERE status = 'rejected'").fetchone()[0]
    return DatasetStats(
        records=sum(types.values()),
        by_type={kind: types.get(kind, 0) for kind in ("award", "score")},
        by_status={name: status.get(name, 0) for name in STATUSES},
        by_kind=_most(kinds),
        by_year=[(year, years[year]) for year in sorted(y for y in years if y is not None)]
        + ([(NONE_LABEL, years[None])] if None in years else []),
        by_province=_most(places),
        awards_by_year_kind=[(year, dict(per_year_kind[year])) for year in sorted(per_year_kind)],
        top_givers=_most(givers)[:top],
    )


def _most(counts: Counter) -> list[tuple[str, int]]:
    """Most frequent first; ties by name, and "(none)" after every named value."""
    return sorted(counts.items(), key=lambda kv: (kv[0] == NONE_LABEL, -kv[1], str(kv[0])))


def render_stats(stats: DatasetStats) -> str:
    """Plain-text tables, one block per count, for a terminal or a log."""
    lines = [f"{stats.records} records with the analysts' decisions applied "
             f"({stats.by_type['award']} awards, {stats.by_type['score']} scores; "
             f"{stats.by_status['rejected']} rejected, not counted)"]
    blocks = (("Review status", list(stats.by_status.items())), ("Kind", stats.by_kind),
              ("Year", stats.by_year), ("Province", stats.by_province),
              ("Top givers (awards)", stats.top_givers))
    for title, rows in blocks:
        lines += ["", title]
        width = max([len(str(name)) for name, _ in rows] or [0])
        lines += [f"  {str(name):<{width}}  {count:>6}" for name, count in rows] or ["  —"]
    return "\n".join(lines) + "\n"

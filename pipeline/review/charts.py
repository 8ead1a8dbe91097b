"""Bar charts of the dataset as plain SVG geometry, drawn by ``templates/charts.html``.

Drawn on the server: no JavaScript, no chart library, nothing inline for the
Content-Security-Policy to refuse, and the page reads the same with scripts off.

    >>> chart = bar_chart([("Jawa Barat", 12), ("Banten", 3)])
    >>> chart.bars[0].width
    330.0
"""

from __future__ import annotations

from dataclasses import dataclass

LABEL_WIDTH = 230   # px of the viewBox for the labels left of the bars
BAR_AREA = 330      # px for the longest bar
ROW = 24            # px per bar
LABEL_CHARS = 30    # longer labels are cut (the whole one is the bar's tooltip)
TOP = 22            # px above the tallest column, for its total
PALETTE = 8         # series colours: CSS classes s0 … s7 in review.css


@dataclass(frozen=True)
class Bar:
    label: str       # as shown
    title: str       # the whole label and the count, for the tooltip
    value: int
    y: float
    width: float


@dataclass(frozen=True)
class BarChart:
    bars: tuple[Bar, ...]
    width: int
    height: int
    label_width: int = LABEL_WIDTH
    row: int = ROW


def bar_chart(rows: list[tuple[object, int]], limit: int = 20) -> BarChart:
    """Horizontal bars, one per ``(label, count)``, longest = :data:`BAR_AREA`."""
    rows = rows[:limit]
    top = max([count for _, count in rows] or [1]) or 1
    bars = tuple(Bar(label=_cut(str(label)), title=f"{label}: {count}", value=count,
                     y=i * ROW, width=round(BAR_AREA * count / top, 1))
                 for i, (label, count) in enumerate(rows))
    return BarChart(bars, LABEL_WIDTH + BAR_AREA + 60, max(1, len(bars)) * ROW)


@dataclass(frozen=True)
class Segment:
    series: int      # colour index
    title: str
    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True)
class Column:
    label: str
    total: int
    x: float
    segments: tuple[Segment, ...]


@dataclass(frozen=True)
class StackedChart:
    columns: tuple[Column, ...]
    legend: tuple[tuple[int, str], ...]   # (colour index, series name)
    width: int
    height: int
    plot_height: int
    column_width: int


def stacked_columns(groups: list[tuple[object, dict[str, int]]], series_limit: int = PALETTE - 1,
                    plot_height: int = 220, column_width: int = 44) -> StackedChart:
    """One column per group (a year), stacked by series (award kinds); the most frequent
    series get their own colour, the rest are "other"."""
    totals: dict[str, int] = {}
    for _, counts in groups:
        for name, count in counts.items():
            totals[name] = totals.get(name, 0) + count
    named = sorted(totals, key=lambda n: (-totals[n], n))[:series_limit]
    legend = [(i, name) for i, name in enumerate(named)]
    if len(totals) > len(named):
        legend.append((len(named), "other"))
    index = {name: i for i, name in legend}
    top = max([sum(c.values()) for _, c in groups] or [1]) or 1
    columns = []
    for position, (label, counts) in enumerate(groups):
        x = 40 + position * (column_width + 14)
        merged: dict[int, int] = {}
        for name, count in counts.items():
            series = index.get(name, index.get("other", 0))
            merged[series] = merged.get(series, 0) + count
        y, segments = float(TOP + plot_height), []
        for series in sorted(merged):
            height = round(plot_height * merged[series] / top, 1)
            y -= height
            segments.append(Segment(series, f"{label} · {legend[series][1]}: {merged[series]}",
                                    x, round(y, 1), column_width, height))
        columns.append(Column(str(label), sum(counts.values()), x, tuple(segments)))
    width = 40 + max(1, len(groups)) * (column_width + 14) + 20
    return StackedChart(tuple(columns), tuple(legend), max(width, 320), TOP + plot_height + 24,
                        TOP + plot_height, column_width)


def _cut(label: str) -> str:
    return label if len(label) <= LABEL_CHARS else label[:LABEL_CHARS - 1].rstrip() + "…"

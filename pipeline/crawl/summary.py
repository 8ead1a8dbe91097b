"""A terminal table of what a store holds, for ``warta demo``."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from ..store import Store


def _number(value) -> str:
    if value is None:
        return ""
    return f"{value:g}" if isinstance(value, float) else str(value)


def print_summary(store: Store, report=None, console: Console | None = None) -> None:
    console = console or Console()
    awards = Table(title="Awards found", show_lines=False)
    for column in ("Recipient", "Award", "Year", "Grade", "Score", "Giver", "Sources"):
        awards.add_column(column, overflow="fold")
    for award in store.awards():
        awards.add_row(award["recipient"], award["name"], _number(award["year"]),
                       award["grade"] or award["category"] or "", _number(award["score"]),
                       award["giver"] or "", str(award["sources"]))
    scores = Table(title="Scores found")
    for column in ("Entity", "Year", "Value", "Scale", "Kind", "Sources"):
        scores.add_column(column, overflow="fold")
    for score in store.scores():
        scores.add_row(score["entity"], _number(score["year"]), _number(score["value"]),
                       score["scale"] or "", score["kind"] or "", str(score["sources"]))
    console.print(awards)
    console.print(scores)
    counts = store.counts()
    console.print(f"Store [bold]{store.path}[/]: {counts['articles']} articles, "
                  f"{counts['awards']} awards, {counts['scores']} scores.", highlight=False)
    if report is not None:
        console.print(report.summary(), highlight=False)
        if report.archive:
            console.print(f"Archive: {report.archive}", highlight=False)

"""Gold annotations in the ``gold/1`` format (GOLD-FORMAT.md): read, validate, produce.

``load_gold(path)`` reads one file, ``load_gold_dir(path)`` a folder of them; both raise
:class:`GoldError` naming the file and the problem. ``extraction_to_gold`` turns what the
pipeline found in one article into the same shape, so any gold/1 scorer can score it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from .errors import GoldError
from .models import Extraction

FORMAT = "gold/1"
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_EDGE_WORDS = 8  # words kept in a prediction's body_first / body_last

__all__ = ["FORMAT", "GoldAward", "GoldDocument", "GoldScore", "extraction_to_gold",
           "load_gold", "load_gold_dir", "parse_gold"]


@dataclass(frozen=True)
class GoldScore:
    entity: tuple[str, ...]  # acceptable spellings, the first canonical
    year: int | None
    value: float
    scale: str | None = None


@dataclass(frozen=True)
class GoldAward:
    recipient: tuple[str, ...]
    giver: tuple[str, ...] | None = None
    name: str | None = None
    category: str | None = None
    grade: str | None = None
    year: int | None = None
    score: float | None = None
    date: str | None = None
    place: str | None = None
    received_by: str | None = None


@dataclass(frozen=True)
class GoldDocument:
    """One gold file, or one prediction in the gold shape (then ``text`` is its cleaned body)."""

    id: str
    document: str
    url: str | None
    title: str | None
    published: str | None
    body_first: str | None
    body_last: str | None
    awards: tuple[GoldAward, ...]
    scores: tuple[GoldScore, ...]
    text: str | None = None
    source: str | None = None  # the file it was read from


def load_gold(path: str | Path) -> GoldDocument:
    """Read and validate one gold/1 file."""
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise GoldError(f"{path}: cannot read: {error}") from None
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as error:
        raise GoldError(f"{path}:{error.lineno}: invalid JSON: {error.msg}") from None
    return parse_gold(data, source=str(path), default_id=path.stem)


def load_gold_dir(path: str | Path) -> list[GoldDocument]:
    """Every ``*.json`` under a folder (sorted by path), or the one file given."""
    path = Path(path)
    if path.is_file():
        return [load_gold(path)]
    if not path.is_dir():
        raise GoldError(f"{path}: no such gold file or folder")
    files = sorted(p for p in path.rglob("*.json") if p.is_file())
    if not files:
        raise GoldError(f"{path}: no gold files (*.json) in this folder")
    documents, seen = [], {}
    for file in files:
        document = load_gold(file)
        if document.id in seen:
            raise GoldError(f"{file}: id {document.id!r} already used by {seen[document.id]}")
        seen[document.id] = file
        documents.append(document)
    return documents


def parse_gold(data: object, source: str = "<gold>", default_id: str | None = None) -> GoldDocument:
    """Validate a decoded gold/1 object. Missing nullable keys count as null; unknown keys are ignored."""
    check = _Checker(source)
    check.that(isinstance(data, dict), "", "expected a JSON object")
    check.that(data.get("format") == FORMAT, "format", f"expected {FORMAT!r}, got {data.get('format')!r}")
    doc_id = check.text(data, "id", "") if data.get("id") is not None else default_id
    check.that(doc_id is not None and doc_id != "", "id", "missing")
    document = check.text(data, "document", "")
    check.that(bool(document), "document", "missing or empty")
    published = check.text(data, "published", "")
    if published is not None:
        check.that(_parse_published(published) is not None, "published",
                   f"expected ISO 8601 or YYYY-MM-DD, got {published!r}")
    awards = check.items(data, "awards", "")
    scores = check.items(data, "scores", "")
    return GoldDocument(
        id=doc_id, document=document, url=check.text(data, "url", ""),
        title=check.text(data, "title", ""), published=published,
        body_first=check.text(data, "body_first", ""), body_last=check.text(data, "body_last", ""),
        awards=tuple(_award(check, item, f"awards[{i}]") for i, item in enumerate(awards)),
        scores=tuple(_score(check, item, f"scores[{i}]") for i, item in enumerate(scores)),
        text=check.text(data, "text", ""), source=source,
    )


def _award(check: _Checker, item: object, where: str) -> GoldAward:
    check.that(isinstance(item, dict), where, "expected an object")
    day = check.text(item, "date", where)
    if day is not None:
        check.that(_is_day(day), f"{where}.date", f"expected YYYY-MM-DD, got {day!r}")
    return GoldAward(
        recipient=check.entity(item, "recipient", where, required=True),
        giver=check.entity(item, "giver", where),
        name=check.text(item, "name", where), category=check.text(item, "category", where),
        grade=check.text(item, "grade", where), year=check.year(item, where),
        score=check.number(item, "score", where), date=day,
        place=check.text(item, "place", where), received_by=check.text(item, "received_by", where),
    )


def _score(check: _Checker, item: object, where: str) -> GoldScore:
    check.that(isinstance(item, dict), where, "expected an object")
    value = check.number(item, "value", where)
    check.that(value is not None, f"{where}.value", "missing")
    return GoldScore(entity=check.entity(item, "entity", where, required=True),
                     year=check.year(item, where), value=value,
                     scale=check.text(item, "scale", where))


class _Checker:
    """Field checks that raise GoldError("<file>: <field path>: <problem>")."""

    def __init__(self, source: str):
        self.source = source

    def that(self, condition: bool, where: str, problem: str) -> None:
        if not condition:
            raise GoldError(f"{self.source}: {where + ': ' if where else ''}{problem}")

    def text(self, item: dict, key: str, where: str) -> str | None:
        value = item.get(key)
        self.that(value is None or isinstance(value, str), _path(where, key),
                  f"expected a string or null, got {value!r}")
        return value

    def number(self, item: dict, key: str, where: str) -> float | None:
        value = item.get(key)
        ok = value is None or (isinstance(value, (int, float)) and not isinstance(value, bool))
        self.that(ok, _path(where, key), f"expected a number or null, got {value!r}")
        return None if value is None else float(value)

    def year(self, item: dict, where: str) -> int | None:
        value = item.get("year")
        ok = value is None or (isinstance(value, int) and not isinstance(value, bool))
        self.that(ok, _path(where, "year"), f"expected an integer or null, got {value!r}")
        return value

    def entity(self, item: dict, key: str, where: str, required: bool = False) -> tuple[str, ...] | None:
        value = item.get(key)
        if value is None:
            self.that(not required, _path(where, key), "missing")
            return None
        ok = (isinstance(value, list) and value
              and all(isinstance(s, str) and s.strip() for s in value))
        self.that(bool(ok), _path(where, key),
                  f"expected a non-empty list of spellings, got {value!r}")
        return tuple(value)

    def items(self, item: dict, key: str, where: str) -> list:
        value = item.get(key)
        self.that(isinstance(value, list), _path(where, key), f"expected a list, got {value!r}")
        return value


def _path(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


def _is_day(text: str) -> bool:
    if not _DAY.match(text):
        return False
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _parse_published(text: str) -> date | datetime | None:
    if _is_day(text):
        return date.fromisoformat(text)
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def extraction_to_gold(extraction: Extraction, document: str | None = None) -> dict:
    """A prediction in the gold/1 shape, plus ``text``: the cleaned body it was read from.

    Entities are one-element lists holding the predicted canonical name.
    """
    article = extraction.article
    words = article.text.split()
    doc_id = Path(document).name.removesuffix(".gz").rsplit(".", 1)[0] if document else article.id
    return {
        "format": FORMAT,
        "id": doc_id,
        "document": document or article.source or article.url or article.id,
        "url": article.url,
        "title": article.title,
        "published": article.published,
        "body_first": " ".join(words[:_EDGE_WORDS]) or None,
        "body_last": " ".join(words[-_EDGE_WORDS:]) or None,
        "awards": [_award_dict(award) for award in extraction.awards],
        "scores": [{"entity": [score.entity.name], "year": score.year, "value": score.value,
                    "scale": score.scale} for score in extraction.scores],
        "text": article.text,
    }


def _award_dict(award) -> dict:
    return {
        "recipient": [award.recipient.name],
        "giver": [award.giver.name] if award.giver else None,
        "name": award.name, "category": award.category, "grade": award.grade,
        "year": award.year, "score": award.score, "date": award.date,
        "place": award.place, "received_by": award.received_by,
    }

"""Typed records that flow between the stages.

Every stage takes and returns these plain dataclasses. Records that are stored carry
a stable ``id`` derived from their normalised key (see :func:`stable_id`), so the same
input always yields the same ids.
"""

from __future__ import annotations

import calendar
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

ENTITY_TYPES = (
    "pemkot", "pemkab", "pemprov", "pemdes", "dinas", "badan", "kantor", "puskesmas",
    "rsud", "rumah_sakit", "kecamatan", "kelurahan", "desa", "sekolah", "perguruan_tinggi",
    "program_studi", "kementerian",
    "lembaga", "company", "person", "work", "other",
)

_PUNCTUATION = re.compile(r"[^\w\s]", re.UNICODE)
_SPACES = re.compile(r"\s+")


def normalise_key(text: str | None) -> str:
    """Case-folded text without punctuation or repeated spaces (GOLD-FORMAT's matching form)."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = _PUNCTUATION.sub(" ", text)
    return _SPACES.sub(" ", text).strip()


def stable_id(kind: str, *parts: object) -> str:
    """A short id that depends only on ``kind`` and the normalised ``parts``."""
    key = "|".join([kind, *(normalise_key(str(p)) if p is not None else "" for p in parts)])
    return f"{kind[:2]}_{hashlib.sha1(key.encode('utf-8')).hexdigest()[:16]}"


@dataclass(frozen=True)
class Evidence:
    """Where a value came from: the article, the sentence, the span in the article text, the rule."""

    document: str  # article id
    sentence: str
    start: int  # character offsets into Article.text
    end: int
    rule: str

    def to_dict(self) -> dict:
        return {"document": self.document, "sentence": self.sentence,
                "start": self.start, "end": self.end, "rule": self.rule}


@dataclass(frozen=True)
class Article:
    """A cleaned article: its own text and metadata, without the page's boilerplate."""

    url: str | None
    site: str | None
    title: str | None
    published_at: datetime | None  # time-zone aware when the page gives a time and zone
    author: str | None
    text: str
    paragraphs: tuple[str, ...]
    # "day": only the date is known; "month": only the month (no publication day at all)
    published_precision: Literal["time", "day", "month"] | None = None
    canonical_url: str | None = None
    language: str | None = None
    is_article: bool = True  # False for listing / index pages: nothing is extracted from them
    source: str | None = None  # the file or archive record it was read from

    @property
    def id(self) -> str:
        return stable_id("article", self.canonical_url or self.url or self.text)

    @property
    def published(self) -> str | None:
        """Publication time in gold form: full ISO 8601 with offset, or ``YYYY-MM-DD``."""
        if self.published_at is None or self.published_precision == "month":
            return None
        if self.published_precision == "day" or self.published_at.tzinfo is None:
            return self.published_at.date().isoformat()
        return self.published_at.isoformat()

    @property
    def published_date(self) -> date | None:
        """The publication day; for a month only, its last day (the base "19 April" is
        resolved against)."""
        if self.published_at is None:
            return None
        if self.published_precision == "month":
            year, month = self.published_at.year, self.published_at.month
            return date(year, month, calendar.monthrange(year, month)[1])
        return self.published_at.date()


@dataclass(frozen=True)
class Entity:
    """An organisation, unit, person or work, under its canonical name."""

    name: str
    type: str = "other"
    region: str | None = None  # canonical name of the region's government, e.g. "Kota Tangerang"
    aliases: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        return stable_id("entity", self.name)

    def to_dict(self) -> dict:
        return {"id": self.id, "name": self.name, "type": self.type,
                "region": self.region, "aliases": list(self.aliases)}


@dataclass(frozen=True)
class Award:
    """A prize, title, predicate, certificate, rank or opinion conferred on a recipient."""

    recipient: Entity
    name: str
    year: int | None
    giver: Entity | None = None
    category: str | None = None
    grade: str | None = None
    score: float | None = None
    date: str | None = None  # ISO day of the handover
    place: str | None = None
    received_by: str | None = None
    kind: str | None = None  # award kind from rules/awards.json (e.g. "ombudsman_kepatuhan")
    evidence: tuple[Evidence, ...] = ()

    @property
    def id(self) -> str:
        # One record per recipient, award and year; the kind (when known) makes two
        # articles naming the same award differently meet on one record. For a ceremony
        # of no known kind (film, music, corporate awards) each category is its own award;
        # for a known kind the category is a predicate ("Zona Hijau"), not part of the key.
        category = None if self.kind else self.category
        return stable_id("award", self.recipient.name, self.kind or self.name, self.year, category)

    def fields(self) -> dict:
        """The record's values, without evidence, in gold/1 field names."""
        return {
            "recipient": self.recipient.name,
            "giver": self.giver.name if self.giver else None,
            "name": self.name, "category": self.category, "grade": self.grade,
            "year": self.year, "score": self.score, "date": self.date,
            "place": self.place, "received_by": self.received_by, "kind": self.kind,
        }


@dataclass(frozen=True)
class Score:
    """A numeric assessment result of one entity for one year."""

    entity: Entity
    year: int | None
    value: float
    scale: str = "nilai"
    kind: str | None = None  # the award kind the assessment belongs to, when known
    evidence: tuple[Evidence, ...] = ()

    @property
    def id(self) -> str:
        # The value is not part of the key: two articles giving different values for
        # the same entity, year and assessment meet on one record, flagged as a conflict.
        return stable_id("score", self.entity.name, self.year, self.kind)

    def fields(self) -> dict:
        return {"entity": self.entity.name, "year": self.year, "value": self.value,
                "scale": self.scale, "kind": self.kind}


@dataclass(frozen=True)
class Extraction:
    """What extraction found in one article."""

    article: Article
    awards: tuple[Award, ...] = ()
    scores: tuple[Score, ...] = ()
    # the names of the bodies and persons the article's mentions stand for, found or not in a
    # record (the evaluation tells a recipient never recognised from one recognised but not tied)
    named: tuple[str, ...] = ()

    @property
    def entities(self) -> tuple[Entity, ...]:
        seen: dict[str, Entity] = {}
        for award in self.awards:
            for entity in (award.recipient, award.giver):
                if entity is not None:
                    seen.setdefault(entity.id, entity)
        for score in self.scores:
            seen.setdefault(score.entity.id, score.entity)
        return tuple(seen.values())


@dataclass
class MergedRecord:
    """One fact as reported by one or more articles (the unit analysts review)."""

    id: str
    kind: Literal["award", "score"]
    fields: dict
    sources: list[str] = field(default_factory=list)  # article ids
    evidence: list[Evidence] = field(default_factory=list)
    conflict: bool = False
    variants: list[dict] = field(default_factory=list)  # differing field values, one per article

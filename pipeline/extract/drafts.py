"""What the relation components share: the article's context and an award being assembled."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Span

from ..models import Entity, Evidence
from .mentions import Mention

ACTOR_LABELS = ("GOV", "UNIT", "UNIT_ALIAS", "COMPANY")
BODY_LABELS = ACTOR_LABELS + ("REGION",)  # the actors and a region named alone
JOINS = frozenset({",", "dan", "serta", "&"})  # what joins listed recipients: "A, B dan C"
NAME_JOINS = frozenset({",", "dan", "serta"})  # what ends an award's name before the next one or the next winner
# where a text listing names splits into them: "A, B dan C", "A; B; serta C"
ITEM_SPLIT = re.compile(r"\s*[,;]\s*(?:(?:dan|serta)\s+)?|\s+(?:dan|serta)\s+")
YEAR = re.compile(r"^(19[5-9]\d|20\d\d)$")


@dataclass
class Context:
    """What the extractor knows about the article beyond its text."""

    article_id: str = ""
    published: date | None = None
    year: int | None = None  # the assessment year the article is about, when it names one
    year_labelled: bool = False  # that year is written "Tahun (Anggaran) 2023", not inferred


@dataclass
class AwardDraft:
    sentence: Span
    recipient: Mention
    name: str
    name_span: tuple[int, int]  # char offsets
    rule: str
    name_end: int = 0  # token index after the name
    year: int | None = None
    giver: Entity | None = None
    category: str | None = None
    grade: str | None = None
    date: str | None = None
    place: str | None = None
    received_by: str | None = None
    extra_recipients: list = field(default_factory=list)  # co-recipients named with this one
    inherits: str | None = None  # "ceremony" / "assessment": "pada acara yang sama"
    score_span: tuple[int, int] | None = None  # chars where its score may be: "kategori A skor 92 dan kategori B"
    evidence: list[Evidence] = field(default_factory=list)
    implicit: bool = False  # its year is the article's, not one its clause states
    dated_by_article: bool = False  # its year is the publication's: no award told it
    told: bool = True  # its recipient is named in its clause (not "Kota tersebut", not dropped)
    given_apart: bool = False  # its award given in a sentence of its own, with no recipient

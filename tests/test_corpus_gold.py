"""Validate the project's own corpus (`corpus/`) against the gold/1 format.

Checks every `corpus/gold/*.json`: keys and types, `format == "gold/1"`, the document
exists, `body_first` and `body_last` occur in the document's text (for HTML pages, in
the visible text) in that order, and every entity spelling is a non-empty string.
Uses only the standard library so it runs without the pipeline.
"""
from __future__ import annotations

import json
import re
from datetime import date, datetime
from html.parser import HTMLParser
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
GOLD_DIR = CORPUS / "gold"
GOLD_FILES = sorted(GOLD_DIR.glob("*.json"))

TOP_KEYS = {"format", "id", "document", "url", "title", "published",
            "body_first", "body_last", "awards", "scores"}
AWARD_KEYS = {"recipient", "giver", "name", "category", "grade", "year",
              "score", "date", "place", "received_by"}
SCORE_KEYS = {"entity", "year", "value", "scale"}
PUBLISHED_RE = re.compile(
    r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z))?$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class _VisibleText(HTMLParser):
    """Collect the text a browser would show: no head, scripts, styles."""

    HIDDEN = {"script", "style", "head", "noscript", "template", "title"}
    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link",
            "meta", "source", "track", "wbr"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces: list[str] = []
        self._stack: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID:
            self._stack.append(tag)

    def handle_endtag(self, tag):
        if tag in self._stack:
            while self._stack:
                if self._stack.pop() == tag:
                    break

    def handle_data(self, data):
        if not any(t in self.HIDDEN for t in self._stack):
            self.pieces.append(data)


def _collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def document_texts(path: Path) -> list[str]:
    """The document's text in the forms a span may be found in."""
    raw = path.read_text(encoding="utf-8")
    if path.suffix.lower() in {".html", ".htm"}:
        parser = _VisibleText()
        parser.feed(raw)
        parser.close()
        # Inline tags may or may not separate words: accept either joining.
        return [_collapse(" ".join(parser.pieces)), _collapse("".join(parser.pieces))]
    return [_collapse(raw)]


def _is_number(x) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def _check_entity(value, where: str, nullable: bool = False) -> None:
    if value is None and nullable:
        return
    assert isinstance(value, list) and value, f"{where}: entity must be a non-empty list"
    for spelling in value:
        assert isinstance(spelling, str) and spelling.strip(), \
            f"{where}: empty or non-string spelling {spelling!r}"


def _check_day(value, where: str) -> None:
    assert DATE_RE.match(value), f"{where}: not YYYY-MM-DD: {value!r}"
    date.fromisoformat(value)


def test_corpus_has_gold_files():
    assert len(GOLD_FILES) >= 16


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_gold_file(path: Path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(gold, dict)
    assert set(gold) == TOP_KEYS, f"keys differ: {set(gold) ^ TOP_KEYS}"
    assert gold["format"] == "gold/1"
    assert gold["id"] == path.stem

    doc = CORPUS / gold["document"]
    assert not Path(gold["document"]).is_absolute()
    assert doc.is_file(), f"document missing: {doc}"
    assert doc.parent.name in {"pages", "articles"}

    assert gold["url"] is None or (isinstance(gold["url"], str)
                                   and gold["url"].startswith(("http://", "https://")))
    assert gold["title"] is None or (isinstance(gold["title"], str) and gold["title"].strip())
    published = gold["published"]
    if published is not None:
        assert isinstance(published, str) and PUBLISHED_RE.match(published), published
        if "T" in published:
            datetime.fromisoformat(published.replace("Z", "+00:00"))
        else:
            date.fromisoformat(published)

    first, last = gold["body_first"], gold["body_last"]
    assert isinstance(first, str) and first.strip()
    assert isinstance(last, str) and last.strip()
    first_c, last_c = _collapse(first), _collapse(last)
    found = False
    for text in document_texts(doc):
        i = text.find(first_c)
        if i < 0:
            continue
        j = text.find(last_c, i)
        if j >= i:
            found = True
            break
    assert found, f"body_first/body_last not found in order in {gold['document']}"

    assert isinstance(gold["awards"], list)
    for n, award in enumerate(gold["awards"]):
        where = f"{path.name} awards[{n}]"
        assert isinstance(award, dict) and set(award) == AWARD_KEYS, \
            f"{where}: keys differ: {set(award) ^ AWARD_KEYS}"
        _check_entity(award["recipient"], f"{where}.recipient")
        _check_entity(award["giver"], f"{where}.giver", nullable=True)
        assert isinstance(award["name"], str) and award["name"].strip(), where
        assert not re.search(r"\b(19|20)\d{2}\b", award["name"]), \
            f"{where}: name must not carry the year: {award['name']!r}"
        for key in ("category", "grade", "place", "received_by"):
            v = award[key]
            assert v is None or (isinstance(v, str) and v.strip()), f"{where}.{key}: {v!r}"
        assert award["year"] is None or (isinstance(award["year"], int)
                                         and not isinstance(award["year"], bool)
                                         and 1900 < award["year"] < 2100), where
        assert award["score"] is None or _is_number(award["score"]), where
        if award["date"] is not None:
            _check_day(award["date"], f"{where}.date")

    assert isinstance(gold["scores"], list)
    for n, score in enumerate(gold["scores"]):
        where = f"{path.name} scores[{n}]"
        assert isinstance(score, dict) and set(score) == SCORE_KEYS, \
            f"{where}: keys differ: {set(score) ^ SCORE_KEYS}"
        _check_entity(score["entity"], f"{where}.entity")
        assert score["year"] is None or (isinstance(score["year"], int)
                                         and not isinstance(score["year"], bool)), where
        assert _is_number(score["value"]), where
        assert score["scale"] is None or (isinstance(score["scale"], str)
                                          and score["scale"].strip()), where


def test_every_document_is_annotated_or_listed():
    """Each page/article has a gold file, or is named in the README as a non-article."""
    annotated = {json.loads(p.read_text(encoding="utf-8"))["document"] for p in GOLD_FILES}
    readme = (CORPUS / "README.md").read_text(encoding="utf-8")
    docs = sorted(p.relative_to(CORPUS).as_posix()
                  for sub in ("pages", "articles") for p in (CORPUS / sub).glob("*")
                  if p.is_file())
    for doc in docs:
        assert doc in annotated or doc in readme, f"{doc}: no gold file and not in README"
    for doc in annotated:
        assert doc in readme, f"{doc}: not listed in corpus/README.md"


def test_ids_unique():
    ids = [json.loads(p.read_text(encoding="utf-8"))["id"] for p in GOLD_FILES]
    assert len(ids) == len(set(ids))

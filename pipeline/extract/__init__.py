"""extract: find awards and scores, with evidence, in a cleaned article.

``extract(article, rules)`` runs Warta's spaCy pipeline (blank Indonesian tokenizer,
``warta_sentences``, ``warta_mentions`` span_ruler, ``warta_awards``) over the
article's text and returns normalised records.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from ..models import Article, Extraction
from ..rules import Rules, load_rules
from . import factories, tokenizer  # noqa: F401  (register the spaCy factories and tokenizer)
from .chunks import extract_in_pieces
from .relations import Context

__all__ = ["extract", "build_nlp", "found_in", "Context"]


def build_nlp(rules: Rules) -> Language:
    """A blank Indonesian spaCy pipeline with Warta's components, configured from ``rules``."""
    nlp = spacy.blank("id", config={"nlp": {"tokenizer": {"@tokenizers": "warta.Tokenizer.v1"}}})
    nlp.add_pipe("warta_sentences")
    nlp.add_pipe("warta_mentions", config={"rules_dir": str(rules.folder)})
    nlp.add_pipe("warta_awards", config={"rules_dir": str(rules.folder)})
    return nlp


@lru_cache(maxsize=4)
def _nlp_for(rules: Rules) -> Language:
    # Building compiles every pattern: keep one pipeline per rules folder and content.
    return build_nlp(rules)


def extract(article: Article, rules: Rules | None = None) -> Extraction:
    """The awards and scores an article reports, normalised, each with its evidence."""
    rules = rules or load_rules()
    if not article.is_article or not article.text.strip() or _another_language(article.text):
        return Extraction(article)
    nlp = _nlp_for(rules)
    named: set[str] = set()

    def run(text: str) -> tuple:
        doc = nlp.make_doc(text)
        doc._.context = Context(article_id=article.id, published=article.published_date)
        for _, component in nlp.pipeline:
            doc = component(doc)
        named.update(doc._.named)
        return doc._.awards, doc._.scores

    if len(article.text) > nlp.max_length:  # spaCy refuses it whole (E088): piece by piece
        awards, scores = extract_in_pieces(article.text, nlp.max_length, run)
    else:
        awards, scores = run(article.text)
    return Extraction(article, awards=awards, scores=scores, named=tuple(sorted(named)))


# Malay is close enough to Indonesian for the rules to read it
_READ_LANGUAGES = frozenset({"id", "ms"})


def _another_language(text: str) -> bool:
    """The text's own words say it is written in a language the rules do not read (an English
    page holds no Indonesian award report). A page too short to tell is read."""
    from ..clean import guess_language, load_rules as clean_rules
    language = guess_language(text, clean_rules())
    return language is not None and language not in _READ_LANGUAGES


class _CallableModule(type(factories)):
    """Lets ``pipeline.extract(article)`` call :func:`extract` although it names this package."""

    def __call__(self, article: Article, rules: Rules | None = None) -> Extraction:
        return extract(article, rules)


import sys as _sys  # noqa: E402

_sys.modules[__name__].__class__ = _CallableModule


def found_in(text: str, rules: Rules | None = None) -> set[str]:
    """What the rules find in ``text``: matched spans, mentions, award names, categories,
    grades, entity names and score values as written. Used to check rule files' examples."""
    from .mentions import find_mentions
    rules = rules or load_rules()
    nlp = _nlp_for(rules)
    doc = nlp.make_doc(text)
    doc._.context = Context()
    for _, component in nlp.pipeline:
        doc = component(doc)
    awards = nlp.get_pipe("warta_awards")
    found = {span.text for span in doc.spans.get("warta", [])}
    for m in find_mentions(doc, awards.namer, awards.stopwords):
        found.add(m.text)
        if m.entity is not None:
            found.add(m.entity.name)
    for award in doc._.awards:
        found.update(v for v in (award.name, award.category, award.grade, award.recipient.name,
                                 award.giver.name if award.giver else None, award.place) if v)
    for score in doc._.scores:
        found.add(score.entity.name)
        found.update(text[e.start:e.end] for e in score.evidence)
    return found

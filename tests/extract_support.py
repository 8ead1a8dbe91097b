"""Running Warta's spaCy pipeline on a sentence written for a test (shared by the extract tests)."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc

from pipeline.extract.relations import Context


def analyse(nlp, text: str, published: date | None = date(2024, 12, 10)) -> Doc:
    """``text`` through every component, as an article published on ``published``."""
    doc = nlp.make_doc(text)
    doc._.context = Context(article_id="t", published=published)
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc

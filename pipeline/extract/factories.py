"""spaCy components of Warta, registered as factories.

A spaCy user can build the same pipeline by hand::

    nlp = spacy.blank("id")
    nlp.add_pipe("warta_sentences")
    nlp.add_pipe("warta_mentions")          # span_ruler patterns from rules/
    nlp.add_pipe("warta_awards")            # doc._.awards, doc._.scores
    doc = nlp("Pemkot Tangerang meraih ...")
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from ..rules import load_rules

if not Doc.has_extension("awards"):
    Doc.set_extension("awards", default=())
    Doc.set_extension("scores", default=())
    Doc.set_extension("context", default=None)

# Tokens after which a full stop does not end a sentence: titles and initials.
_ABBREVIATION = re.compile(r"^(Pj|Plt|Jl|Jln|No|Dr|Drs|Ir|Prof|St|Kab|Kec|Kel|Tbk|H|Hj|[A-Z])$")


def _grade_letter(doc: Doc, i: int) -> bool:
    """"predikat A. Capaian …": a grade letter, not an initial, ends the sentence."""
    return i >= 1 and len(doc[i].text) == 1 and doc[i - 1].lower_ in _GRADE_WORDS


def _degree(doc: Doc, i: int) -> bool:
    """"Sp.PD", "S.Kep": a full stop inside a short abbreviation, with no space after it."""
    return not doc[i].whitespace_ and len(doc[i - 1].text) <= 3 and doc[i - 1].text[:1].isupper()


_LETTER_STOP = re.compile(r"^[A-E]{1,2}\.$")
_GRADE_WORDS = {"predikat", "nilai", "kategori", "opini", "rapor", "peringkat", "grup"}


@Language.component("warta_sentences")
def warta_sentences(doc: Doc) -> Doc:
    """Sentence starts at paragraph breaks and after . ! ? before a capital, not after titles."""
    for i, token in enumerate(doc):
        if i == 0:
            token.is_sent_start = True
            continue
        previous = doc[i - 1]
        start = False
        if "\n" in previous.text or "\n" in previous.whitespace_:
            start = True
        elif previous.text in {".", "!", "?"} and i >= 2 and not _degree(doc, i - 1) and (
                not _ABBREVIATION.match(doc[i - 2].text) or _grade_letter(doc, i - 2)):
            start = token.text[:1].isupper() or token.text[:1] in "\"“'(" or token.is_digit
        elif _LETTER_STOP.match(previous.text) and i >= 2 and doc[i - 2].lower_ in _GRADE_WORDS:
            start = token.text[:1].isupper()  # "predikat A. Capaian …": the tokenizer keeps "A."
        elif previous.text in {"”", "\""} and i >= 2 and doc[i - 2].text in {".", "!", "?"}:
            start = token.text[:1].isupper()
        token.is_sent_start = start
    return doc


@Language.factory("warta_mentions", default_config={"rules_dir": ""})
def make_mentions(nlp: Language, name: str, rules_dir: str):
    """A span_ruler holding every pattern of the rules folder; spans go to doc.spans['warta']."""
    from spacy.pipeline import SpanRuler

    from .patterns import span_patterns
    ruler = SpanRuler(nlp, name, spans_key="warta", validate=True, overwrite=False)
    ruler.add_patterns(span_patterns(load_rules(rules_dir or None)))
    return ruler


@Language.factory("warta_awards", default_config={"rules_dir": ""})
def make_awards(nlp: Language, name: str, rules_dir: str):
    """Relate mentions into awards and scores: ``doc._.awards``, ``doc._.scores``.

    Set ``doc._.context`` (an :class:`~pipeline.extract.relations.Context`) before
    calling to give the article id and publication date; without it, relative dates
    stay unresolved.
    """
    from .relations import AwardRelations
    return AwardRelations(load_rules(rules_dir or None))

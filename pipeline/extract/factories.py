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

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from ..rules import load_rules
from .tokens import SHORT_FIRST_NAMES, token_table

if not Doc.has_extension("awards"):
    Doc.set_extension("awards", default=())
    Doc.set_extension("scores", default=())
    Doc.set_extension("named", default=frozenset())  # the names the article's mentions stand for
    Doc.set_extension("context", default=None)

# Tokens after which a full stop does not end a sentence: titles and initials.
_ABBREVIATION = re.compile(r"^(Pj|Plt|Jl|Jln|No|Dr|dr|drg|Drs|Dra|Ir|Prof|Ns|Bd|Apt|KH|Tgk|Pdt|"
                           + "|".join(sorted(SHORT_FIRST_NAMES))
                           + r"|St|Kab|Kec|Kel|Ds|Prov|Pemkab|Pemkot|Pemprov|PT|CV|UD|H|Hj|[A-Z])$")  # ("Tbk." ends a company name: a capital after it opens a sentence)
_DEGREE = re.compile(r"^[A-Z][a-z]{0,3}\.[A-Za-z][A-Za-z.-]*$")  # "M.Kes", "S.Kep", "M.Si", "Sp.PD-KGEH"
_LETTER_STOP = re.compile(r"^(?:[A-E]{1,2}|[IVX]{1,4})\.$")  # a grade letter, or a rank's roman numeral
_GRADE_WORDS = {"predikat", "predikatnya", "berpredikat", "nilai", "kategori", "opini", "rapor", "peringkat", "grup", "juara", "harapan", "posisi"}  # ("Juara I. Juara II …": a rank, not an initial)
_STOPS = {".", "!", "?"}
_LOWER_TITLE = re.compile(r"^(?:dr|drg)\.$")  # "… itu. dr. Sari meraih …": a sentence may open with one


@Language.component("warta_sentences")
def warta_sentences(doc: Doc) -> Doc:
    """Sentence starts at paragraph breaks and after . ! ? before a capital, not after titles."""
    if len(doc):
        table = token_table(doc)
        starts = sentence_starts(table.text, table.whitespace, table.lower, table.is_digit)
        # One array write: setting token.is_sent_start checks the whole doc for a parse each time.
        doc.from_array([SENT_START], numpy.array([1 if s else -1 for s in starts],
                                                 dtype=numpy.int64).astype(numpy.uint64))
    return doc


def sentence_starts(text: tuple[str, ...], space: tuple[str, ...], lower: tuple[str, ...],
                    digit: tuple[bool, ...]) -> list[bool]:
    """Whether each token opens a sentence, from the tokens' text, trailing space, lower case
    and digit flag."""
    starts = [True]
    for i in range(1, len(text)):
        previous, first = text[i - 1], text[i][:1]
        start = False
        if "\n" in previous or "\n" in space[i - 1]:
            start = True
        elif previous in _STOPS and i >= 2 and not _degree(text, space, i - 1) and (
                not _ABBREVIATION.match(text[i - 2]) or _grade_letter(text, lower, i - 2)):
            # ("…, M.Kes. (Puskesmas X)": a bracket after a degree goes on with the name)
            start = first.isupper() or first in "\"“'" or digit[i] or (first == "(" and not _DEGREE.match(text[i - 2])) \
                or bool(_LOWER_TITLE.match(text[i])) and i + 1 < len(text) and text[i + 1][:1].isupper()
        elif previous.endswith(".") and _DEGREE.match(previous[:-1]) and i >= 2 and text[i - 2] == ",":
            start = first.isupper()  # "…, Yusran, S.H., M.Si. Kantor itu …": a degree after a name ends it
        elif _LETTER_STOP.match(previous) and i >= 2 and lower[i - 2] in _GRADE_WORDS:
            start = first.isupper()  # "predikat A. Capaian …", "Juara I. Juara II …": the tokenizer keeps "A."
        elif previous in {"”", "\""} and i >= 2 and text[i - 2] in _STOPS:
            start = first.isupper()
        starts.append(start)
    return starts


def _grade_letter(text: tuple[str, ...], lower: tuple[str, ...], i: int) -> bool:
    """"predikat A. Capaian …": a grade letter, not an initial, ends the sentence."""
    return i >= 1 and len(text[i]) == 1 and lower[i - 1] in _GRADE_WORDS


def _degree(text: tuple[str, ...], space: tuple[str, ...], i: int) -> bool:
    """"Sp.PD", "S.Kep", "S.Tr.Keb": a full stop inside a short abbreviation or a degree, with
    no space after it."""
    return not space[i] and (len(text[i - 1]) <= 3 and text[i - 1][:1].isupper() or bool(_DEGREE.match(text[i - 1])))


@Language.factory("warta_mentions", default_config={"rules_dir": ""})
def make_mentions(nlp: Language, name: str, rules_dir: str):
    """A span_ruler holding every pattern of the rules folder; spans go to doc.spans['warta']."""
    from .headless import HeadlessAwards
    from .patterns import span_patterns
    from .ruler import MentionRuler
    rules = load_rules(rules_dir or None)
    ruler = MentionRuler(nlp, name, spans_key="warta", validate=True, overwrite=False)
    ruler.add_patterns(span_patterns(rules))
    ruler.headless = HeadlessAwards(rules)  # award names told without a head word
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

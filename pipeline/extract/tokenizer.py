"""Warta's tokenizer: spaCy's Indonesian tokenizer, built so that its cache keeps working.

spaCy stops caching a document's words once a special case has been used in it
(spaCy issue #1250), and the whitespace strings "\\n", " " and "\\t" are special cases:
after the first paragraph break nothing more was cached and every word went through
the affix regexes again. Those three split the same way without their rule (checked
by ``tests/test_extract_tokenizer.py``), so they are left out.

Emoticons that glue a bracket to punctuation ("):", "(:", ")-:") are left out too: in news
they are a bracket closing before a colon ("… (Diskominfotik): 95,40"), never a face.
"""

from __future__ import annotations

import re

from spacy import util
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import registry

from . import affixes

# Plain one-token rules for whitespace: the tokenizer makes the same single token without them.
REDUNDANT_SPECIAL_CASES = (" ", "\t", "\n")

# A medical specialist's degree is one word ("Sp.A.", "Sp.PD-KGEH."): split, its last letter and
# stop read as an initial and the sentence after it ran on ("…, Sp.A. Hasilnya, …")
SPECIALIST_DEGREE = re.compile(r"^Sp\.[A-Z][A-Za-z]{0,3}(?:[-.][A-Z][A-Za-z]{0,4})*\.$")


@registry.tokenizers("warta.Tokenizer.v1")
def create_tokenizer():
    """spaCy's default tokenizer for the language, less the redundant special cases."""

    def make(nlp: Language) -> Tokenizer:
        defaults = nlp.Defaults
        rules = {text: tokens for text, tokens in defaults.tokenizer_exceptions.items()
                 if not _redundant(text, tokens) and not _glued_bracket(text)}
        return Tokenizer(
            nlp.vocab,
            rules=rules,
            prefix_search=affixes.prefix_search(util.compile_prefix_regex(defaults.prefixes)),
            suffix_search=affixes.suffix_search(util.compile_suffix_regex(defaults.suffixes)),
            infix_finditer=affixes.infix_finditer(util.compile_infix_regex(defaults.infixes)),
            token_match=_either(SPECIALIST_DEGREE.match, defaults.token_match),
            url_match=defaults.url_match,
        )

    return make


def _either(first, second):
    """A token match that is ``first``'s, else ``second``'s (when the language has one)."""
    if second is None:
        return first
    return lambda text: first(text) or second(text)


def _redundant(text: str, tokens: list[dict]) -> bool:
    return text in REDUNDANT_SPECIAL_CASES and tokens == [{ORTH: text}]


def _glued_bracket(text: str) -> bool:
    """"):", "(:", ")-:": an emoticon opening with an unbalanced bracket."""
    return text[:1] in "()" and text.count("(") != text.count(")") and not any(c.isalnum() for c in text)

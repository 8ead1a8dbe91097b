"""Warta's tokenizer splits exactly like spaCy's Indonesian default (but for emoticons that
glue a bracket to punctuation); its affix functions find exactly what spaCy's affix regexes find."""

from __future__ import annotations

import itertools
import random

import pytest
import spacy
from spacy import util

from pipeline.extract import affixes, build_nlp

SAMPLE = ("TRIBUNJATENG.COM, SEMARANG - Pemerintah Kota (Pemkot) Kali Jernih meraih nilai 94,76 "
          "dari Ombudsman RI.\nDr. H. Budi, M.Sc., menerima penghargaan  berturut-turut\t(2023).\n\n"
          "Kamis (21/12/2023) … satu-satunya “WTP” 3,52 (Baik) se-Provinsi Banten, Rp1.250,5 juta; "
          "10km², <a href=x>tautan</a> e-planning -nya...")
WHITESPACE = [" ", "\t", "\n", "\r", "\xa0", "\u2009", "\u3000"]
CHARACTERS = list("aZ9.,;:!?'\"()[]-–—/\\%$€+*^=~…’“”#&\n x°²") + ["US$", "km", "-nya", "<a b>", ".."]


@pytest.fixture(scope="module")
def tokenizers():
    return spacy.blank("id").tokenizer, build_nlp_tokenizer()


def build_nlp_tokenizer():
    return spacy.blank("id", config={"nlp": {"tokenizer": {"@tokenizers": "warta.Tokenizer.v1"}}}
                       ).tokenizer


def tokens(tokenizer, text):
    return [(t.text, t.whitespace_, t.idx, t.norm_) for t in tokenizer(text)]


def texts():
    yield SAMPLE
    yield from SAMPLE.split("\n")
    for combo in itertools.product(WHITESPACE, repeat=2):
        gap = "".join(combo)
        yield f"a{gap}b. {gap}(c){gap}"


def test_the_pipeline_uses_warta_tokenizer(rules):
    assert build_nlp(rules).tokenizer.rules.keys().isdisjoint({" ", "\n", "\t"})


def test_same_tokens_as_spacy_default(tokenizers):
    default, warta = tokenizers
    for _ in range(2):  # the second time from warta's cache
        for text in texts():
            assert tokens(warta, text) == tokens(default, text), repr(text)


@pytest.mark.parametrize("kind", ["prefix", "suffix", "infix"])
def test_affix_functions_find_what_the_regex_finds(kind):
    defaults = util.get_lang_class("id").Defaults
    regex = {"prefix": util.compile_prefix_regex(defaults.prefixes),
             "suffix": util.compile_suffix_regex(defaults.suffixes),
             "infix": util.compile_infix_regex(defaults.infixes)}[kind]
    plain = regex.finditer if kind == "infix" else regex.search
    fast = getattr(affixes, {"prefix": "prefix_search", "suffix": "suffix_search",
                             "infix": "infix_finditer"}[kind])(regex)
    assert fast is not plain  # the analysis understood spaCy's pattern

    def spans(found):
        found = [found] if found is None or hasattr(found, "span") else list(found)
        return [m.span() if m else None for m in found]

    chance = random.Random(1)
    strings = set(SAMPLE.split()) | {""} | {w[:k] for w in SAMPLE.split() for k in range(len(w))}
    strings |= {"".join(chance.choices(CHARACTERS, k=chance.randint(1, 8))) for _ in range(20000)}
    for text in strings:
        assert spans(fast(text)) == spans(plain(text)), repr(text)


def test_a_bracket_before_a_colon_is_no_emoticon(tokenizers):
    default, warta = tokenizers
    text = "Dinas Komunikasi (Diskominfotik): 95,40"
    assert "):" in [t.text for t in default(text)]  # spaCy's emoticon special case
    assert [t.text for t in warta(text)][-4:] == ["Diskominfotik", ")", ":", "95,40"]


@pytest.mark.parametrize("degree", ["Sp.A.", "Sp.PD.", "Sp.OG.", "Sp.PD-KGEH.", "Sp.An."])
def test_a_specialists_degree_is_one_word_and_ends_its_sentence(nlp, degree):
    # split, "A." read as an initial ran the sentence on into the next one
    doc = nlp(f"Penghargaan diterima Direktur RSUD Batu Putih, dr. Ratna Wulandari, {degree} Hasilnya, "
              "rumah sakit itu meraih Anugerah Layanan Prima.")
    assert degree in [t.text for t in doc]
    assert len(list(doc.sents)) == 2

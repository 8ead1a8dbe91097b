"""Warta's tokenizer splits exactly like spaCy's Indonesian default."""

from __future__ import annotations

import itertools

import pytest
import spacy

from pipeline.extract import build_nlp

SAMPLE = ("TRIBUNJATENG.COM, SEMARANG - Pemerintah Kota (Pemkot) Kali Jernih meraih nilai 94,76 "
          "dari Ombudsman RI.\nDr. H. Budi, M.Sc., menerima penghargaan  berturut-turut\t(2023).\n\n"
          "Kamis (21/12/2023) … satu-satunya “WTP” 3,52 (Baik) se-Provinsi Banten, Rp1.250,5 juta; "
          "10km², <a href=x>tautan</a> e-planning -nya...")
WHITESPACE = [" ", "\t", "\n", "\r", "\xa0", "\u2009", "\u3000"]


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

"""The token table holds what the Doc's tokens say, and is read once per document."""

from __future__ import annotations

import pytest
import spacy

from pipeline.extract.tokens import token_table

TEXT = "Pemkot Kali Jernih meraih nilai 94,76.\n\nPada  tahun 2023 (lalu) x-y."


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("id")


def test_table_matches_the_tokens(nlp):
    doc = nlp.make_doc(TEXT)
    table = token_table(doc)
    assert table.text == tuple(t.text for t in doc)
    assert table.lower == tuple(t.lower_ for t in doc)
    assert table.whitespace == tuple(t.whitespace_ for t in doc)
    assert table.is_digit == tuple(t.is_digit for t in doc)
    assert table.idx == tuple(t.idx for t in doc)
    assert table.doc_text == doc.text
    assert table.text_of(doc[2:6]) == doc[2:6].text


def test_table_is_kept_with_the_doc_and_serialisable(nlp):
    doc = nlp.make_doc(TEXT)
    assert token_table(doc) == token_table(doc)
    doc.to_bytes()


def test_empty_doc(nlp):
    assert token_table(nlp.make_doc("")).text == ()

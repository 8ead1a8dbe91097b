"""Winners of film and music awards reported in prose and in winner lists, on sentences
written for these tests (fictional ceremonies, films and people)."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract import build_nlp
from pipeline.extract.relations import Context
from pipeline.rules import load_rules

RULES = load_rules()


@pytest.fixture(scope="module")
def nlp():
    return build_nlp(RULES)


def awards_of(nlp, text, published=date(2024, 12, 10)):
    doc = nlp.make_doc(text)
    doc._.context = Context(article_id="t", published=published)
    for _, component in nlp.pipeline:
        doc = component(doc)
    return list(doc._.awards)


def test_an_organisers_abbreviation_after_the_award_is_its_giver_not_its_name(nlp):
    text = ("Festival Sinema Nusantara (FSN) digelar pada Sabtu, 7 Desember 2024 di Gedung "
            "Kesenian Batu Putih.\n"
            "Daftar pemenang Piala Layar Emas FSN 2024:\n"
            "Sutradara Terbaik: Rama Wijaya – Langit Senja\n")
    awards = awards_of(nlp, text)
    assert [(a.recipient.name, a.name) for a in awards] == [("Rama Wijaya", "Piala Layar Emas")]


def test_a_quoted_song_in_a_winner_list_goes_to_the_people_its_credit_names(nlp):
    text = ("Daftar pemenang Piala Layar Emas 2024:\n"
            "Lagu Tema Terbaik: “Senja di Dermaga” – Langit Kedua (Musik/ Lirik: Sinta Dewi)\n"
            "Lagu Pembuka Terbaik: “Pagi Biru” – Laut Tenang\n")
    names = {a.recipient.name: a.category for a in awards_of(nlp, text)}
    assert names == {"Sinta Dewi": "Lagu Tema Terbaik", "Pagi Biru": "Lagu Pembuka Terbaik"}

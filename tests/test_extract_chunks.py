"""Any text length: over spaCy's max_length (E088) the text is extracted piece by piece."""

import random

import pytest
from typer.testing import CliRunner

import pipeline.extract
from pipeline.cli import app
from pipeline.extract.chunks import split_text
from pipeline.models import Article
from pipeline.store import Store

AWARD = ("{caps} - Pemerintah Kota {name} meraih penghargaan Zona Hijau dari Ombudsman RI "
         "dengan nilai {value} pada tahun 2023.")
WORDS = ("warga kota berkumpul di taman pada pagi hari untuk berolahraga bersama keluarga "
         "dan tetangga sambil menikmati udara segar yang sejuk").split()


def filler(length: int, seed: int = 1) -> list[str]:
    """Distinct plain paragraphs (the cleaner drops repeated ones) adding up to ``length``."""
    rng = random.Random(seed)
    paragraphs, size = [], 0
    while size < length:
        text = " ".join(rng.choice(WORDS) for _ in range(15)).capitalize() + f" nomor {len(paragraphs)}."
        paragraphs.append(text)
        size += len(text) + 2
    return paragraphs


def award(name: str, value: str) -> str:
    return AWARD.format(caps=f"KOTA {name.upper()}", name=name, value=value)


@pytest.mark.parametrize("limit", [50, 333, 1000])
def test_pieces_cover_the_text_within_the_limit(limit):
    text = "\n\n".join(filler(5000)) + " " + "x" * 120
    pieces = split_text(text, limit)
    assert "".join(piece for _, piece in pieces) == text
    assert all(len(piece) <= limit for _, piece in pieces)
    assert [offset for offset, _ in pieces] == [sum(len(p) for _, p in pieces[:i])
                                               for i in range(len(pieces))]


def test_pieces_end_at_paragraph_breaks_when_there_are_some():
    text = "\n\n".join(filler(3000))
    assert all(piece.endswith("\n\n") for _, piece in split_text(text, 700)[:-1])


def test_over_max_length_gives_the_same_records_with_offsets_in_the_whole_text(rules, monkeypatch):
    paragraphs = filler(3000)
    paragraphs.insert(3, award("Contoh", "95,5"))
    paragraphs.append(award("Sentosa", "88,25"))
    text = "\n\n".join(paragraphs)
    article = Article(url="https://contoh.id/berita/1", site=None, title="Penghargaan",
                      published_at=None, author=None, text=text, paragraphs=tuple(paragraphs))
    whole = pipeline.extract(article, rules)
    monkeypatch.setattr(pipeline.extract._nlp_for(rules), "max_length", 1000)
    pieces = pipeline.extract(article, rules)  # before: ValueError E088
    assert len(whole.scores) == 2
    assert pieces.scores == whole.scores and pieces.awards == whole.awards
    for score in pieces.scores:
        for evidence in score.evidence:
            assert text[evidence.start:evidence.end] == f"{score.value:g}".replace(".", ",")


def test_process_stores_a_text_longer_than_spacy_allows(tmp_path):
    paragraphs = ["Kota Contoh Raih Penghargaan", "Selasa, 5 Desember 2023 - 10:00 WIB",
                  award("Contoh", "95,5"), *filler(1_010_000), award("Sentosa", "88,25")]
    page = tmp_path / "panjang.txt"
    page.write_text("\n\n".join(paragraphs), encoding="utf-8")
    result = CliRunner().invoke(app, ["process", str(page), "--db", str(tmp_path / "w.db")])
    assert result.exit_code == 0, result.output
    with Store(tmp_path / "w.db") as store:
        text = store.db.execute("SELECT text FROM articles").fetchone()[0]
        scores = {s["entity"]: s for s in store.scores()}
    assert len(text) > 1_000_000
    assert set(scores) == {"Pemerintah Kota Contoh", "Pemerintah Kota Sentosa"}
    evidence = scores["Pemerintah Kota Sentosa"]["evidence"][0]
    assert text[evidence["start"]:evidence["end"]] == "88,25"

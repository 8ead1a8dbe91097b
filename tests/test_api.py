"""The public Python API named in the README."""

import pipeline


def test_public_names_resolve():
    for name in pipeline.__all__:
        assert getattr(pipeline, name) is not None


def test_clean_then_extract_from_python():
    text = ("Kota Contoh - Pemerintah Kota (Pemkot) Contoh meraih penghargaan Predikat Kepatuhan "
            "Penyelenggaraan Pelayanan Publik Tahun 2024 dari Ombudsman Republik Indonesia "
            "dengan nilai 91,25.\n\nPenghargaan itu diterima Wali Kota di Jakarta.")
    article = pipeline.clean_text(text, url="https://contoh.example/berita/1")
    records = pipeline.extract(article)
    assert isinstance(records, pipeline.Extraction)
    [award] = records.awards
    assert award.recipient.name == "Pemerintah Kota Contoh" and award.year == 2024
    assert award.giver.name == "Ombudsman Republik Indonesia" and award.score == 91.25
    assert [s.value for s in records.scores] == [91.25]

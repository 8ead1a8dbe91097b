import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from pipeline.errors import GoldError
from pipeline.gold import extraction_to_gold, load_gold, load_gold_dir, parse_gold
from pipeline.models import Article, Award, Entity, Evidence, Extraction, Score

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def gold_dict(**changes) -> dict:
    data = {
        "format": "gold/1", "id": "t-001", "document": "articles/t-001.txt",
        "url": "https://example.id/a", "title": "Judul", "published": "2024-12-04T20:00:00+07:00",
        "body_first": "Tangerang - Pemkot", "body_last": "nilai 93,08.",
        "awards": [{"recipient": ["Pemerintah Kota Tangerang", "Pemkot Tangerang"],
                    "giver": ["Ombudsman RI"], "name": "Predikat Kepatuhan", "category": "Zona Hijau",
                    "grade": "A", "year": 2024, "score": 94.76, "date": "2024-12-04",
                    "place": "Pendopo", "received_by": "Herman Suwarman"}],
        "scores": [{"entity": ["Pemerintah Kota Tangerang"], "year": 2024, "value": 94.76, "scale": "nilai"}],
    }
    data.update(changes)
    return data


def write(path: Path, data) -> Path:
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def test_loads_a_valid_file(tmp_path):
    gold = load_gold(write(tmp_path / "g.json", gold_dict()))
    assert gold.id == "t-001"
    assert gold.awards[0].recipient == ("Pemerintah Kota Tangerang", "Pemkot Tangerang")
    assert gold.awards[0].score == 94.76 and gold.scores[0].year == 2024


def test_missing_nullable_keys_are_null(tmp_path):
    data = gold_dict(awards=[{"recipient": ["Kota X"], "name": "Adipura", "year": None}])
    del data["title"]
    gold = load_gold(write(tmp_path / "g.json", data))
    assert gold.title is None and gold.awards[0].giver is None and gold.awards[0].date is None


@pytest.mark.parametrize("change, problem", [
    ({"format": "gold/2"}, "format"),
    ({"document": ""}, "document"),
    ({"published": "4 Desember 2024"}, "published"),
    ({"awards": {}}, "awards"),
    ({"awards": [{"recipient": [], "year": 2024}]}, "awards[0].recipient"),
    ({"awards": [{"recipient": ["X"], "year": "2024"}]}, "awards[0].year"),
    ({"awards": [{"recipient": ["X"], "year": True}]}, "awards[0].year"),
    ({"awards": [{"recipient": ["X"], "date": "04-12-2024"}]}, "awards[0].date"),
    ({"awards": [{"recipient": ["X"], "score": "94,76"}]}, "awards[0].score"),
    ({"scores": [{"entity": ["X"], "year": 2024}]}, "scores[0].value"),
    ({"scores": [{"entity": "X", "year": 2024, "value": 1.0}]}, "scores[0].entity"),
])
def test_malformed_gold_names_file_and_field(tmp_path, change, problem):
    path = write(tmp_path / "broken.json", gold_dict(**change))
    with pytest.raises(GoldError) as error:
        load_gold(path)
    assert str(path) in str(error.value) and problem in str(error.value)


def test_invalid_json_names_file_and_line(tmp_path):
    path = write(tmp_path / "bad.json", '{\n  "format": "gold/1",\n  "id": oops\n}')
    with pytest.raises(GoldError, match=r"bad\.json:3: invalid JSON"):
        load_gold(path)


def test_folder_loads_sorted_and_rejects_duplicate_ids(tmp_path):
    write(tmp_path / "b.json", gold_dict(id="b"))
    write(tmp_path / "a.json", gold_dict(id="a"))
    assert [g.id for g in load_gold_dir(tmp_path)] == ["a", "b"]
    write(tmp_path / "c.json", gold_dict(id="a"))
    with pytest.raises(GoldError, match="c.json: id 'a' already used"):
        load_gold_dir(tmp_path)


def test_empty_or_missing_folder(tmp_path):
    with pytest.raises(GoldError, match="no gold files"):
        load_gold_dir(tmp_path)
    with pytest.raises(GoldError, match="no such"):
        load_gold_dir(tmp_path / "nope")


def test_shared_gold_files_are_valid():
    if not SHARED.is_dir():
        pytest.skip(f"shared data not found at {SHARED}")
    for folder in ("seeds", "dev"):
        assert load_gold_dir(SHARED / "gold" / folder)


def extraction() -> Extraction:
    wib = timezone(timedelta(hours=7))
    text = "Tangerang - Pemkot Tangerang meraih penghargaan. Nilai 94,76 dari Ombudsman."
    article = Article(url="https://example.id/a", site="example.id", title="Judul",
                      published_at=datetime(2024, 12, 4, 20, 0, tzinfo=wib), author=None,
                      text=text, paragraphs=(text,), published_precision="time")
    pemkot = Entity("Pemerintah Kota Tangerang", "pemkot")
    evidence = (Evidence(article.id, text, 0, 10, "test"),)
    return Extraction(
        article,
        awards=(Award(pemkot, "Predikat Kepatuhan", 2024, giver=Entity("Ombudsman RI", "lembaga"),
                      grade="A", score=94.76, date="2024-12-04", evidence=evidence),),
        scores=(Score(pemkot, 2024, 94.76, evidence=evidence),),
    )


def test_extraction_to_gold_has_the_gold_shape():
    data = extraction_to_gold(extraction(), document="articles/t-001.txt")
    assert set(data) == {"format", "id", "document", "url", "title", "published", "body_first",
                         "body_last", "awards", "scores", "text"}
    assert data["id"] == "t-001" and data["published"] == "2024-12-04T20:00:00+07:00"
    assert data["awards"][0]["recipient"] == ["Pemerintah Kota Tangerang"]
    assert data["awards"][0]["giver"] == ["Ombudsman RI"]
    assert data["scores"][0] == {"entity": ["Pemerintah Kota Tangerang"], "year": 2024,
                                 "value": 94.76, "scale": "nilai"}
    assert data["body_first"].startswith("Tangerang - Pemkot") and data["body_last"].endswith("Ombudsman.")
    parsed = parse_gold(json.loads(json.dumps(data)))  # it is valid gold/1, text included
    assert parsed.text == extraction().article.text

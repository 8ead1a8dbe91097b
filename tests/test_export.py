"""Exports apply analysts' decisions, carry one schema in every format, and gold export
turns reviewed articles (files, WARC records, crawled pages) into gold/1 that eval reads."""

import csv
import io
import json
from datetime import date

import pyarrow.csv as pa_csv
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.export import (COLUMN_NAMES, COLUMNS, export_gold, export_records, gold_documents,
                             records)
from pipeline.models import Article, Entity, Evidence, Extraction, Score
from pipeline.review import decisions
from pipeline.review.additions import add_record
from pipeline.review.sample import sample_extractions
from pipeline.store import Store

DUKCAPIL = "Dinas Kependudukan dan Pencatatan Sipil Kota Bandar Lestari"
SUNGAI = "Pemerintah Kabupaten Sungai Lebar"


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "warta.db") as store:
        for extraction in sample_extractions():
            store.save(extraction)
        yield store


def _id(store, entity, type_):
    return store.db.execute("SELECT record_id FROM review_queue WHERE entity = ? AND type = ?",
                            (entity, type_)).fetchone()[0]


def _sungai_article(store):
    return store.db.execute("SELECT id, text FROM articles WHERE url LIKE '%sungai-lebar%'").fetchone()


def test_unreviewed_records_export_as_extracted_in_the_one_schema(store):
    items = records(store)
    assert len(items) == 4 and {i["status"] for i in items} == {"new"}
    assert all(tuple(i) == COLUMN_NAMES for i in items)
    score = next(i for i in items if i["recipient"] == DUKCAPIL)
    assert (score["type"], score["score"], score["scale"], score["origin"]) == (
        "score", 93.08, "nilai", "extracted")
    assert score["evidence"] == ["Dinas Dukcapil mencatat nilai 93,08."]
    assert score["urls"] == ["https://berita.example.id/2024/12/04/bandar-lestari-zona-hijau"]
    assert score["rules"] == ["score.nilai"] and score["published"] == "2024-12-04"


def test_rejected_left_out_corrected_exports_corrected_values(store):
    decisions.correct(store, _id(store, DUKCAPIL, "score"), "Sari", {"value": 93.8})
    decisions.reject(store, _id(store, SUNGAI, "award"), "Sari", "wrong year")
    items = {i["id"]: i for i in records(store)}
    assert _id(store, SUNGAI, "award") not in items
    corrected = items[_id(store, DUKCAPIL, "score")]
    assert (corrected["score"], corrected["status"], corrected["reviewed_by"]) == (
        93.8, "corrected", "Sari")


def test_reviewed_only(store):
    decisions.accept(store, _id(store, DUKCAPIL, "score"), "Sari")
    assert [i["recipient"] for i in records(store, reviewed_only=True)] == [DUKCAPIL]


def test_reviewed_record_no_article_reports_any_more_is_still_exported(store):
    record_id = _id(store, DUKCAPIL, "score")
    decisions.accept(store, record_id, "Sari")
    first = sample_extractions()[0]
    store.save(type(first)(first.article, first.awards, first.scores[:1]))
    item = {i["id"]: i for i in records(store)}[record_id]
    assert item["changed_since_review"] and item["score"] == 93.08 and item["sources"] == 0


def test_province_of_a_known_region(tmp_path):
    bogor = Entity("Pemerintah Kota Bogor", "pemkot", region="Kota Bogor")
    text = "Pemkot Bogor meraih nilai 88,5."
    article = Article(url="https://contoh.example/bogor", site="contoh.example", title="Bogor",
                      published_at=None, author=None, text=text, paragraphs=(text,))
    score = Score(bogor, 2024, 88.5, evidence=(Evidence(article.id, text, 20, 30, "score.nilai"),))
    with Store(tmp_path / "w.db") as store:
        store.save(Extraction(article, (), (score,)))
        (item,) = records(store)
    assert (item["region"], item["province"]) == ("Kota Bogor", "Jawa Barat")


def _written(store, format, tmp_path):
    if format == "parquet":
        path = tmp_path / "out.parquet"
        count = export_records(store, format, str(path))
        return count, path
    stream = io.StringIO()
    return export_records(store, format, stream), stream.getvalue()


def test_every_format_has_the_same_columns(store, tmp_path):
    _, jsonl = _written(store, "jsonl", tmp_path)
    _, text = _written(store, "csv", tmp_path)
    _, parquet = _written(store, "parquet", tmp_path)
    assert tuple(json.loads(jsonl.splitlines()[0])) == COLUMN_NAMES
    assert tuple(next(csv.reader(io.StringIO(text)))) == COLUMN_NAMES
    assert tuple(pq.read_schema(parquet).names) == COLUMN_NAMES
    assert [name for name, _, _ in COLUMNS] == list(COLUMN_NAMES)


def test_csv_is_one_line_per_record_and_reads_back(store, tmp_path):
    # A sentence with a line break and a list of two URLs: still one line, one cell each.
    decisions.correct(store, _id(store, DUKCAPIL, "score"), "Sari", {"value": 93.8})
    article_id, text = _sungai_article(store)
    add_record(store, article_id, "award", {"recipient": SUNGAI, "name": "Penghargaan\nBaris",
                                            "year": 2024}, start=0, end=20, analyst="Sari")
    count, written = _written(store, "csv", tmp_path)
    assert written.count("\n") == count + 1 == 6
    rows = list(csv.DictReader(io.StringIO(written)))
    corrected = next(r for r in rows if r["status"] == "corrected")
    assert float(corrected["score"]) == 93.8 and corrected["changed_since_review"] == "false"
    conflict = next(r for r in rows if r["type"] == "award" and r["conflict"] == "true")
    assert conflict["recipient"] == "Pemerintah Kota Bandar Lestari"
    added = next(r for r in rows if r["origin"] == "analyst")
    assert added["name"] == "Penghargaan Baris" and added["rules"] == "analyst"
    path = tmp_path / "out.csv"
    path.write_text(written, encoding="utf-8")
    table = pa_csv.read_csv(path)
    assert table.num_rows == count and tuple(table.column_names) == COLUMN_NAMES
    assert sorted(table.column("status").to_pylist()) == sorted(r["status"] for r in rows)
    assert table.column("changed_since_review").type == "bool"


def test_parquet_columns_are_typed_and_read_back(store, tmp_path):
    decisions.correct(store, _id(store, SUNGAI, "award"), "Sari", {"year": 2024})
    _, path = _written(store, "parquet", tmp_path)
    table = pq.read_table(path)
    types = {field.name: str(field.type) for field in table.schema}
    assert (types["year"], types["score"], types["date"], types["published"]) == (
        "int64", "double", "date32[day]", "date32[day]")
    assert types["changed_since_review"] == "bool" and types["urls"] == "list<element: string>"
    assert types["reviewed_at"].startswith("timestamp[") and "tz=UTC" in types["reviewed_at"]
    rows = {row["id"]: row for row in table.to_pylist()}
    sungai = rows[_id(store, SUNGAI, "award")]
    assert (sungai["year"], sungai["date"], sungai["status"]) == (2024, date(2024, 5, 27), "corrected")
    assert sungai["reviewed_at"].tzinfo is not None
    assert {r["id"] for r in records(store)} == set(rows)
    for item in records(store):
        row = rows[item["id"]]
        assert (row["recipient"], row["score"], row["evidence"], row["urls"]) == (
            item["recipient"], item["score"], item["evidence"], item["urls"])


def test_gold_holds_fully_reviewed_articles_only(store):
    decisions.correct(store, _id(store, SUNGAI, "award"), "Sari", {"year": 2024})
    documents = gold_documents(store)
    assert len(documents) == 1
    gold = documents[0]
    assert gold["format"] == "gold/1" and gold["scores"] == []
    assert gold["awards"][0]["year"] == 2024
    assert gold["awards"][0]["recipient"][0] == SUNGAI
    assert gold["body_first"].startswith("Pemkab Sungai Lebar")


def test_gold_includes_records_analysts_added(store):
    article_id, text = _sungai_article(store)
    decisions.accept(store, _id(store, SUNGAI, "award"), "Sari")
    add_record(store, article_id, "score", {"entity": SUNGAI, "value": 81.5, "year": 2023},
               start=0, end=len(text), analyst="Sari")
    (gold,) = gold_documents(store)
    assert [s["value"] for s in gold["scores"]] == [81.5] and len(gold["awards"]) == 1


def test_gold_without_a_readable_page_is_skipped_with_its_reason(store, tmp_path):
    decisions.accept(store, _id(store, SUNGAI, "award"), "Sari")
    result = export_gold(store, tmp_path / "gold")
    assert result.written == [] and len(result.skipped) == 1
    assert "not found in any WARC archive" in result.skipped[0]


def test_cli_export_reviewed_only_parquet_and_gold(store, tmp_path):
    decisions.correct(store, _id(store, DUKCAPIL, "score"), "Sari", {"value": 93.8})
    runner = CliRunner()
    result = runner.invoke(app, ["export", "--db", str(store.path), "--reviewed-only"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["recipient"], r["score"]) for r in rows] == [(DUKCAPIL, 93.8)]
    for format in ("gold", "parquet"):
        result = runner.invoke(app, ["export", "--db", str(store.path), "--format", format])
        assert result.exit_code == 2 and "--out" in result.output
    result = runner.invoke(app, ["export", "--db", str(store.path), "--format", "parquet",
                                 "--out", str(tmp_path / "all.parquet")])
    assert result.exit_code == 0, result.output
    assert pq.read_table(tmp_path / "all.parquet").num_rows == 4
    result = runner.invoke(app, ["export", "--db", str(store.path), "--format", "gold",
                                 "--out", str(tmp_path / "g")])
    assert result.exit_code == 0 and len(list((tmp_path / "g").glob("*.json"))) == 0


def test_readme_documents_every_column():
    from pathlib import Path
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    table = readme.split("### Export columns")[1].split("\n\n")[1]
    rows = [line.split("|")[1:4] for line in table.splitlines()[2:]]
    assert [(n.strip().strip("`"), t.strip(), m.strip()) for n, t, m in rows] == list(COLUMNS)

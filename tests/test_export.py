"""Exports apply analysts' decisions; gold export turns reviewed articles into gold/1."""

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.export import export_gold, export_records, gold_documents, records
from pipeline.review import decisions
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


def test_unreviewed_records_export_as_extracted(store):
    items = records(store)
    assert len(items) == 4 and {i["status"] for i in items} == {"new"}
    assert {i["type"] for i in items} == {"award", "score"}


def test_rejected_left_out_corrected_exports_corrected_values(store):
    decisions.correct(store, _id(store, DUKCAPIL, "score"), "Sari", {"value": 93.8})
    decisions.reject(store, _id(store, SUNGAI, "award"), "Sari", "wrong year")
    items = {i["id"]: i for i in records(store)}
    assert _id(store, SUNGAI, "award") not in items
    corrected = items[_id(store, DUKCAPIL, "score")]
    assert (corrected["value"], corrected["status"]) == (93.8, "corrected")


def test_reviewed_only(store):
    decisions.accept(store, _id(store, DUKCAPIL, "score"), "Sari")
    assert [i["entity"] for i in records(store, reviewed_only=True)] == [DUKCAPIL]


def test_reviewed_record_no_article_reports_any_more_is_still_exported(store):
    record_id = _id(store, DUKCAPIL, "score")
    decisions.accept(store, record_id, "Sari")
    first = sample_extractions()[0]
    store.save(type(first)(first.article, first.awards, first.scores[:1]))
    item = {i["id"]: i for i in records(store)}[record_id]
    assert item["changed_since_review"] and item["value"] == 93.08 and item["sources"] == 0


@pytest.mark.parametrize("format", ["jsonl", "csv"])
def test_formats_carry_status(store, format):
    decisions.correct(store, _id(store, DUKCAPIL, "score"), "Sari", {"value": 93.8})
    stream = io.StringIO()
    assert export_records(store, format, stream) == 4
    text = stream.getvalue()
    if format == "jsonl":
        rows = [json.loads(line) for line in text.splitlines()]
    else:
        rows = list(csv.DictReader(io.StringIO(text)))
    corrected = [r for r in rows if r["status"] == "corrected"]
    assert len(corrected) == 1 and float(corrected[0]["value"]) == 93.8


def test_gold_holds_fully_reviewed_articles_only(store):
    decisions.correct(store, _id(store, SUNGAI, "award"), "Sari", {"year": 2024})
    documents = gold_documents(store)
    assert len(documents) == 1
    gold = documents[0]
    assert gold["format"] == "gold/1" and gold["scores"] == []
    assert gold["awards"][0]["year"] == 2024
    assert gold["awards"][0]["recipient"][0] == SUNGAI
    assert gold["body_first"].startswith("Pemkab Sungai Lebar")


def test_gold_files_read_back_with_the_gold_reader(store, tmp_path):
    gold = pytest.importorskip("pipeline.gold")
    decisions.accept(store, _id(store, SUNGAI, "award"), "Sari")
    assert export_gold(store, tmp_path / "gold") == 1
    (document,) = gold.load_gold_dir(tmp_path / "gold")
    assert document.awards[0].recipient[0] == SUNGAI and document.awards[0].place == "Palembang"


def test_cli_export_reviewed_only_and_gold(store, tmp_path):
    decisions.correct(store, _id(store, DUKCAPIL, "score"), "Sari", {"value": 93.8})
    runner = CliRunner()
    result = runner.invoke(app, ["export", "--db", str(store.path), "--reviewed-only"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["entity"], r["value"]) for r in rows] == [(DUKCAPIL, 93.8)]
    assert runner.invoke(app, ["export", "--db", str(store.path), "--format", "gold"]).exit_code == 2
    result = runner.invoke(app, ["export", "--db", str(store.path), "--format", "gold",
                                 "--out", str(tmp_path / "g")])
    assert result.exit_code == 0 and len(list((tmp_path / "g").glob("*.json"))) == 0

"""The store's views with the analysts' decisions applied, for any SQLite tool."""

import sqlite3

import pytest

from pipeline.review import decisions
from pipeline.review.additions import add_record
from pipeline.review.sample import sample_extractions
from pipeline.store import Store

DUKCAPIL = "Dinas Kependudukan dan Pencatatan Sipil Kota Bandar Lestari"
KOTA = "Pemerintah Kota Bandar Lestari"
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


def _rows(store, view):
    return {row["id"]: dict(row) for row in store.db.execute(f"SELECT * FROM {view}")}


def test_unreviewed_records_show_as_extracted_with_status_new(store):
    awards = _rows(store, "reviewed_awards")
    assert len(awards) == 2 and {a["status"] for a in awards.values()} == {"new"}
    sungai = awards[_id(store, SUNGAI, "award")]
    assert (sungai["year"], sungai["place"], sungai["origin"], sungai["region"]) == (
        2023, "Palembang", "extracted", "Kabupaten Sungai Lebar")
    assert len(_rows(store, "reviewed_scores")) == 2


def test_rejected_left_out_corrections_applied(store):
    decisions.reject(store, _id(store, KOTA, "award"), "Sari", "wrong year")
    decisions.correct(store, _id(store, SUNGAI, "award"), "Sari",
                      {"year": 2024, "place": "Jakarta"})
    decisions.correct(store, _id(store, DUKCAPIL, "score"), "Rudi", {"value": 93.8})
    awards = _rows(store, "reviewed_awards")
    assert list(awards) == [_id(store, SUNGAI, "award")]
    sungai = awards[_id(store, SUNGAI, "award")]
    assert (sungai["year"], sungai["place"], sungai["status"], sungai["reviewed_by"]) == (
        2024, "Jakarta", "corrected", "Sari")
    # the table itself still holds what was extracted, the rejected record included
    assert store.db.execute("SELECT year FROM awards WHERE id = ?",
                            (_id(store, SUNGAI, "award"),)).fetchone()[0] == 2023
    assert store.db.execute("SELECT count(*) FROM awards").fetchone()[0] == 2
    scores = _rows(store, "reviewed_scores")
    dukcapil = scores[_id(store, DUKCAPIL, "score")]
    assert (dukcapil["value"], dukcapil["status"]) == (93.8, "corrected")
    assert scores[_id(store, KOTA, "score")]["status"] == "new"


def test_corrected_recipient_takes_its_region(store):
    decisions.correct(store, _id(store, SUNGAI, "award"), "Sari",
                      {"recipient": "Pemerintah Kabupaten Bogor"})
    award = _rows(store, "reviewed_awards")[_id(store, SUNGAI, "award")]
    assert (award["recipient"], award["region"]) == ("Pemerintah Kabupaten Bogor", "Kabupaten Bogor")


def test_a_reviewed_record_no_article_reports_stays_flagged(store):
    record_id = _id(store, DUKCAPIL, "score")
    decisions.accept(store, record_id, "Sari")
    first = sample_extractions()[0]
    store.save(type(first)(first.article, first.awards, first.scores[:1]))
    row = _rows(store, "reviewed_scores")[record_id]
    assert (row["entity"], row["value"], row["changed_since_review"], row["sources"]) == (
        DUKCAPIL, 93.08, 1, 0)


def test_records_analysts_added_have_their_origin(store):
    article_id, text = store.db.execute(
        "SELECT id, text FROM articles WHERE url LIKE '%sungai-lebar%'").fetchone()
    record_id = add_record(store, article_id, "award",
                           {"recipient": SUNGAI, "name": "Anugerah Keterbukaan Informasi",
                            "year": 2024}, start=0, end=len(text), analyst="Sari")
    row = _rows(store, "reviewed_awards")[record_id]
    assert (row["origin"], row["status"], row["name"], row["site"]) == (
        "analyst", "accepted", "Anugerah Keterbukaan Informasi", "warta.example.id")


def test_reviewed_records_uses_the_export_names(store):
    decisions.correct(store, _id(store, DUKCAPIL, "score"), "Sari", {"value": 93.8})
    rows = {r["id"]: dict(r) for r in store.db.execute("SELECT * FROM reviewed_records")}
    score = rows[_id(store, DUKCAPIL, "score")]
    assert (score["type"], score["recipient"], score["score"], score["scale"]) == (
        "score", DUKCAPIL, 93.8, "nilai")
    assert len(rows) == 4


def test_views_read_by_a_plain_sqlite_connection(store):
    decisions.reject(store, _id(store, KOTA, "award"), "Sari", "wrong year")
    other = sqlite3.connect(f"file:{store.path}?mode=ro", uri=True)
    try:
        statuses = dict(other.execute(
            "SELECT status, count(*) FROM reviewed_records GROUP BY status").fetchall())
    finally:
        other.close()
    assert statuses == {"new": 3}


def test_crawled_articles_show_their_configured_site_name(store):
    from pipeline.crawl.state import CrawlState
    article_id = store.db.execute("SELECT id FROM articles WHERE site = 'warta.example.id'"
                                  ).fetchone()[0]
    state = CrawlState(store)
    state.record("https://warta.example.id/sungai-lebar-wtp", "warta-daerah", status="processed",
                 article_id=article_id)
    state.flush()
    sites = {row[0] for row in store.db.execute(
        "SELECT site FROM review_queue WHERE entity = ?", (SUNGAI,))}
    assert sites == {"warta-daerah"}
    store.save(sample_extractions()[2])  # processed again: the host is not written back
    assert store.db.execute("SELECT site FROM articles WHERE id = ?",
                            (article_id,)).fetchone()[0] == "warta-daerah"
    assert {row[0] for row in store.db.execute(
        "SELECT site FROM review_queue WHERE entity = ?", (SUNGAI,))} == {"warta-daerah"}

"""Decisions in the store: audit trail, survival across re-runs, "changed since review"."""

import sqlite3

import pytest

from pipeline.review import decisions
from pipeline.review.queries import status_counts
from pipeline.review.decisions import DecisionError
from pipeline.review.sample import sample_extractions
from pipeline.store import Store


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "warta.db") as store:
        for extraction in sample_extractions():
            store.save(extraction)
        yield store


def _id(store, entity, type_="score"):
    return store.db.execute("SELECT record_id FROM review_queue WHERE entity = ? AND type = ?",
                            (entity, type_)).fetchone()[0]


DUKCAPIL = "Dinas Kependudukan dan Pencatatan Sipil Kota Bandar Lestari"
KOTA = "Pemerintah Kota Bandar Lestari"


def test_migration_fills_the_queue_for_every_record(store):
    queued = store.db.execute("SELECT count(*) FROM review_queue").fetchone()[0]
    assert queued == store.counts()["awards"] + store.counts()["scores"] == 4


def test_queue_row_carries_site_region_and_day(store):
    row = store.db.execute("SELECT * FROM review_queue WHERE record_id = ?",
                           (_id(store, DUKCAPIL),)).fetchone()
    assert (row["site"], row["region"], row["published"], row["status"]) == (
        "berita.example.id", "Kota Bandar Lestari", "2024-12-04", "new")


def test_migration_backfills_a_store_made_before_it(tmp_path):
    path = tmp_path / "old.db"
    with Store(path) as store:
        store.db.execute("DELETE FROM schema_migrations WHERE name >= '0003_review'")
        for statement in (
                # 0005, which builds on 0003
                "DROP VIEW reviewed_records", "DROP VIEW reviewed_awards",
                "DROP VIEW reviewed_scores", "DROP TRIGGER article_site_from_crawl",
                "DROP TRIGGER article_site_from_crawl_update", "DROP TRIGGER article_site_kept",
                "DROP TRIGGER review_queue_site", "DROP TABLE analyst_records",
                "DROP INDEX entities_name", "DROP INDEX crawl_pages_article",
                # 0003
                "DROP VIEW record_snapshots", "DROP TABLE reviews", "DROP TABLE review_search",
                "DROP TABLE review_queue", "DROP TABLE review_counts",
                "DROP TRIGGER review_award_saved", "DROP TRIGGER review_score_saved",
                "DROP TRIGGER review_award_gone", "DROP TRIGGER review_score_gone"):
            store.db.execute(statement)
        for extraction in sample_extractions():
            store.save(extraction)
    with Store(path) as store:
        assert store.db.execute("SELECT count(*) FROM review_queue").fetchone()[0] == 4
        assert status_counts(store.db)["new"] == 4


def test_correct_keeps_before_and_after(store):
    record_id = _id(store, DUKCAPIL)
    made = decisions.correct(store, record_id, "Sari", {"value": 93.8}, reason="typo")
    assert made.before["value"] == 93.08 and made.after["value"] == 93.8
    assert decisions.effective_fields(store.db, record_id)["value"] == 93.8
    assert store.db.execute("SELECT value FROM scores WHERE id = ?", (record_id,)).fetchone()[0] == 93.08


def test_decisions_append_never_overwrite(store):
    record_id = _id(store, DUKCAPIL)
    decisions.correct(store, record_id, "Sari", {"value": 93.8})
    decisions.accept(store, record_id, "Budi")
    trail = decisions.history(store.db, record_id)
    assert [(d.action, d.analyst) for d in trail] == [("correct", "Sari"), ("accept", "Budi")]
    assert trail[1].after["value"] == 93.8  # accepting keeps the correction
    assert decisions.review_state(store.db, record_id)["status"] == "accepted"


@pytest.mark.parametrize("action, options, message", [
    ("reject", {}, "needs a reason"),
    ("correct", {"changes": {}}, "at least one"),
    ("correct", {"changes": {"entity": None}}, "cannot be empty"),
    ("approve", {}, "unknown action"),
])
def test_refused_decisions(store, action, options, message):
    with pytest.raises(DecisionError, match=message):
        decisions.decide(store, _id(store, DUKCAPIL), action, "Sari", **options)
    assert store.counts()["decisions"] == 0


def test_a_decision_needs_an_analyst_and_a_record(store):
    with pytest.raises(DecisionError, match="analyst"):
        decisions.accept(store, _id(store, DUKCAPIL), " ")
    with pytest.raises(DecisionError, match="no such record"):
        decisions.accept(store, "sc_0000000000000000", "Sari")


def test_decisions_table_is_append_only_in_spirit(store):
    record_id = _id(store, DUKCAPIL)
    decisions.reject(store, record_id, "Sari", "wrong value")
    decisions.accept(store, record_id, "Sari")
    assert store.counts()["decisions"] == 2


def test_same_input_again_keeps_decisions_and_flags_nothing(store):
    record_id = _id(store, DUKCAPIL)
    decisions.correct(store, record_id, "Sari", {"value": 93.8})
    for extraction in sample_extractions():
        store.save(extraction)
    state = decisions.review_state(store.db, record_id)
    assert state["status"] == "corrected" and not state["changed"]
    assert decisions.effective_fields(store.db, record_id)["value"] == 93.8


def test_changed_input_flags_the_reviewed_record_with_the_difference(store):
    record_id = _id(store, KOTA, "award")
    untouched = _id(store, DUKCAPIL)
    decisions.accept(store, record_id, "Sari")
    decisions.accept(store, untouched, "Sari")
    for extraction in sample_extractions(changed=True):
        store.save(extraction)
    assert decisions.review_state(store.db, record_id)["changed"]
    assert not decisions.review_state(store.db, untouched)["changed"]
    changes = dict((k, (a, b)) for k, a, b in decisions.changes_since_review(store.db, record_id))
    assert changes["variants"][0] != changes["variants"][1]
    assert tuple(store.db.execute("SELECT changed, status FROM review_queue WHERE record_id = ?",
                            (record_id,)).fetchone()) == (1, "accepted")


def test_adopting_the_new_extraction_clears_the_flag(store):
    record_id = _id(store, KOTA, "award")
    decisions.accept(store, record_id, "Sari")
    for extraction in sample_extractions(changed=True):
        store.save(extraction)
    made = decisions.accept(store, record_id, "Sari", adopt=True)
    now = decisions.extracted_fields(store.db, record_id)[1]
    assert made.after == now
    assert not decisions.review_state(store.db, record_id)["changed"]


def test_a_record_no_article_reports_keeps_its_review(store):
    record_id = _id(store, DUKCAPIL)
    decisions.accept(store, record_id, "Sari")
    first = sample_extractions()[0]
    store.save(type(first)(first.article, first.awards, first.scores[:1]))
    assert store.db.execute("SELECT 1 FROM review_queue WHERE record_id = ?",
                            (record_id,)).fetchone() is None
    assert decisions.review_state(store.db, record_id)["changed"]


def test_corrected_entity_joins_the_canonical_names(store):
    record_id = _id(store, DUKCAPIL)
    decisions.correct(store, record_id, "Sari", {"entity": "Disdukcapil Kota Bandar Lestari"})
    names = {r[0] for r in store.db.execute("SELECT name FROM entities")}
    assert "Disdukcapil Kota Bandar Lestari" in names


@pytest.mark.parametrize("kind, form, expected", [
    ("score", {"value": "93,08", "year": "2024"}, {"value": 93.08, "year": 2024}),
    ("award", {"date": "2024-12-04", "grade": " A "}, {"date": "2024-12-04", "grade": "A"}),
    ("award", {"giver": ""}, {"giver": None}),
])
def test_parse_changes_types_values(kind, form, expected):
    assert decisions.parse_changes(kind, form) == expected


@pytest.mark.parametrize("form", [{"year": "24"}, {"value": "9x"}, {"year": "2024.5"}])
def test_parse_changes_refuses_bad_values(form):
    with pytest.raises(DecisionError):
        decisions.parse_changes("score", form)


def test_pipeline_writes_while_a_decision_is_taken(store, tmp_path):
    """WAL: a reader does not block the writer; two writers wait rather than fail."""
    other = Store(store.path)
    try:
        reader = sqlite3.connect(store.path)
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM review_queue").fetchone()
        decisions.accept(store, _id(store, DUKCAPIL), "Sari")
        for extraction in sample_extractions(changed=True):
            other.save(extraction)
        reader.rollback()
        reader.close()
    finally:
        other.close()
    assert decisions.review_state(store.db, _id(store, DUKCAPIL))["status"] == "accepted"


def test_status_counts_follow_decisions_and_reruns(store):
    decisions.accept(store, _id(store, KOTA, "award"), "Sari")
    decisions.reject(store, _id(store, DUKCAPIL), "Sari", "wrong value")
    for extraction in sample_extractions(changed=True) + sample_extractions(changed=True):
        store.save(extraction)
    expected = {name: store.db.execute(f"SELECT count(*) FROM review_queue WHERE {where}").fetchone()[0]
                for name, where in (("new", "status = 'new'"), ("accepted", "status = 'accepted'"),
                                    ("rejected", "status = 'rejected'"), ("conflict", "conflict = 1"),
                                    ("changed", "changed = 1"))}
    counts = status_counts(store.db)
    assert {k: counts[k] for k in expected} == expected
    assert (counts["accepted"], counts["rejected"], counts["changed"], counts["all"]) == (1, 1, 1, 4)

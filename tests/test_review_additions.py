"""Records an analyst adds from an article: stored apart, in the queue, never replaced by
a pipeline run; and the article page's form through Flask's test client."""

import re

import pytest

from pipeline.errors import DecisionError
from pipeline.review import create_app, decisions
from pipeline.review.additions import add_record, sentence_spans
from pipeline.review.sample import sample_extractions
from pipeline.store import Store

SUNGAI = "Pemerintah Kabupaten Sungai Lebar"


@pytest.fixture
def db_path(tmp_path):
    path = tmp_path / "warta.db"
    with Store(path) as store:
        for extraction in sample_extractions():
            store.save(extraction)
    return path


def _article(store):
    return store.db.execute(
        "SELECT id, text FROM articles WHERE url LIKE '%sungai-lebar%'").fetchone()


def test_sentences_of_a_text():
    text = "Pemkab X meraih WTP. Penyerahan di Palembang (27/5).\nBaris baru tanpa titik"
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "Pemkab X meraih WTP.", "Penyerahan di Palembang (27/5).", "Baris baru tanpa titik"]


def test_added_record_is_queued_accepted_with_its_evidence(db_path):
    with Store(db_path) as store:
        article_id, text = _article(store)
        start = text.index("Penyerahan")
        record_id = add_record(store, article_id, "award",
                               {"recipient": SUNGAI, "name": "Penghargaan Penyerahan",
                                "year": 2024, "place": "Palembang"},
                               start=start, end=start + 10, analyst="Sari")
        queue = store.db.execute("SELECT * FROM review_queue WHERE record_id = ?",
                                 (record_id,)).fetchone()
        assert record_id.startswith("an_")
        assert (queue["status"], queue["site"], queue["published"], queue["region"]) == (
            "accepted", "warta.example.id", "2024-05-28", "Kabupaten Sungai Lebar")
        history = decisions.history(store.db, record_id)
        assert [(d.action, d.analyst) for d in history] == [("accept", "Sari")]
        sentence = store.db.execute("SELECT sentence FROM analyst_records WHERE record_id = ?",
                                    (record_id,)).fetchone()[0]
        assert sentence == "Penyerahan dilakukan di Palembang pada Senin (27/5)."


def test_a_pipeline_run_never_replaces_an_added_record(db_path):
    with Store(db_path) as store:
        article_id, text = _article(store)
        record_id = add_record(store, article_id, "score", {"entity": SUNGAI, "value": 81.5,
                                                            "year": 2023},
                               start=0, end=20, analyst="Sari")
        before = store.db.execute("SELECT * FROM scores WHERE id = ?", (record_id,)).fetchone()
        for extraction in sample_extractions(changed=True):
            store.save(extraction)
        after = store.db.execute("SELECT * FROM scores WHERE id = ?", (record_id,)).fetchone()
        assert tuple(after) == tuple(before)
        assert store.db.execute("SELECT count(*) FROM analyst_records").fetchone()[0] == 1
        assert decisions.review_state(store.db, record_id)["changed"] is False


def test_an_analyst_may_correct_or_reject_an_added_record(db_path):
    with Store(db_path) as store:
        article_id, _ = _article(store)
        record_id = add_record(store, article_id, "score", {"entity": SUNGAI, "value": 81.5},
                               start=0, end=20, analyst="Sari")
        decisions.correct(store, record_id, "Rudi", {"value": 85.0})
        assert decisions.effective_fields(store.db, record_id)["value"] == 85.0


@pytest.mark.parametrize("kind, fields, span, problem", [
    ("award", {"recipient": SUNGAI}, (0, 10), "name cannot be empty"),
    ("score", {"entity": SUNGAI}, (0, 10), "value cannot be empty"),
    ("award", {"recipient": SUNGAI, "name": "X"}, (10, 10), "pick the sentence"),
    ("award", {"recipient": SUNGAI, "name": "X"}, (0, 10_000), "pick the sentence"),
    ("medal", {"recipient": SUNGAI, "name": "X"}, (0, 10), "award or a score"),
])
def test_bad_additions_are_refused_and_nothing_is_stored(db_path, kind, fields, span, problem):
    with Store(db_path) as store:
        article_id, _ = _article(store)
        counts = store.counts()
        with pytest.raises(DecisionError, match=problem):
            add_record(store, article_id, kind, fields, start=span[0], end=span[1],
                       analyst="Sari")
        assert store.counts() == counts


def test_the_same_record_is_not_added_twice(db_path):
    with Store(db_path) as store:
        article_id, _ = _article(store)
        values = {"recipient": SUNGAI, "name": "Anugerah", "year": 2024}
        add_record(store, article_id, "award", values, start=0, end=10, analyst="Sari")
        with pytest.raises(DecisionError, match="already added"):
            add_record(store, article_id, "award", values, start=0, end=10, analyst="Sari")


def test_a_new_name_joins_the_entities_with_its_region(db_path):
    with Store(db_path) as store:
        article_id, _ = _article(store)
        add_record(store, article_id, "award", {"recipient": "Dinas Kesehatan Kota Bogor",
                                                "name": "Anugerah"}, start=0, end=10,
                   analyst="Sari")
        assert store.db.execute("SELECT region FROM entities WHERE name = ?",
                                ("Dinas Kesehatan Kota Bogor",)).fetchone()[0] == "Kota Bogor"


def _csrf(client, url):
    page = client.get(url).get_data(as_text=True)
    return re.search(r'name="csrf_token" value="([^"]+)"', page).group(1), page


def test_article_page_form_adds_a_record(db_path):
    client = create_app(db_path, analyst="Sari").test_client()
    with Store(db_path) as store:
        article_id, text = _article(store)
    token, page = _csrf(client, "/article/" + article_id)
    assert 'id="add-form"' in page and 'class="sentence" data-start="0"' in page
    first = sentence_spans(text)[0]
    response = client.post(f"/article/{article_id}/add", data={
        "csrf_token": token, "kind": "award", "sentence": f"{first[0]}:{first[1]}",
        "f_recipient": SUNGAI, "f_name": "Anugerah Keterbukaan", "f_year": "2024",
        "f_score": "88,5"})
    assert response.status_code == 302 and "/record/an_" in response.headers["Location"]
    record = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Anugerah Keterbukaan" in record and "added by Sari" in record and "88.5" in record
    assert "added by Sari" in client.get("/article/" + article_id).get_data(as_text=True)


def test_a_mistake_returns_to_the_filled_form(db_path):
    client = create_app(db_path, analyst="Sari").test_client()
    with Store(db_path) as store:
        article_id, _ = _article(store)
    token, _ = _csrf(client, "/article/" + article_id)
    response = client.post(f"/article/{article_id}/add", data={
        "csrf_token": token, "kind": "score", "f_entity": SUNGAI, "f_value": "8x",
        "start": "0", "end": "12"}, follow_redirects=True)
    page = response.get_data(as_text=True)
    assert "a number like 93.08" in page
    assert f'value="{SUNGAI}"' in page and "<details class=\"add\" id=\"add\" open" in page
    with Store(db_path) as store:
        assert store.db.execute("SELECT count(*) FROM analyst_records").fetchone()[0] == 0


def test_adding_needs_the_csrf_token(db_path):
    client = create_app(db_path, analyst="Sari").test_client()
    with Store(db_path) as store:
        article_id, _ = _article(store)
    response = client.post(f"/article/{article_id}/add", data={
        "kind": "score", "f_entity": SUNGAI, "f_value": "80", "start": "0", "end": "12"})
    assert response.status_code == 400

"""The review app's routes through Flask's test client."""

import re

import pytest

from pipeline.review import create_app, decisions
from pipeline.review.sample import sample_extractions
from pipeline.store import Store

DUKCAPIL = "Dinas Kependudukan dan Pencatatan Sipil Kota Bandar Lestari"


@pytest.fixture
def db_path(tmp_path):
    path = tmp_path / "warta.db"
    with Store(path) as store:
        for extraction in sample_extractions():
            store.save(extraction)
    return path


@pytest.fixture
def client(db_path):
    return create_app(db_path, analyst="Sari").test_client()


def _record_id(db_path, entity=DUKCAPIL, type_="score"):
    with Store(db_path) as store:
        return store.db.execute("SELECT record_id FROM review_queue WHERE entity = ? AND type = ?",
                                (entity, type_)).fetchone()[0]


def _csrf(client, url="/"):
    page = client.get(url).get_data(as_text=True)
    return re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)


def test_queue_lists_records_with_counts(client):
    page = client.get("/").get_data(as_text=True)
    assert page.count("data-id=") == 4
    assert 'id="count-new">4<' in page and 'id="count-conflict">2<' in page


@pytest.mark.parametrize("query, expected", [
    ("type=award", 2), ("status=conflict", 2), ("kind=bpk_opini", 1), ("year=2023", 1),
    ("site=kabar.example.id", 0), ("site=berita.example.id", 3), ("region=Kota+Bandar+Lestari", 3),
    ("q=dukcapil", 0), ("q=kependudukan", 1), ("date_from=2024-12-01&date_to=2024-12-31", 3),
    ("min_sources=2", 2), ("status=accepted", 0), ("q=%25", 0), ("entity=" + DUKCAPIL, 1),
])
def test_queue_filters(client, query, expected):
    assert client.get("/?" + query).get_data(as_text=True).count("data-id=") == expected


def test_queue_sorts_and_pages(client):
    page = client.get("/?sort=entity&order=asc&per_page=25").get_data(as_text=True)
    entities = re.findall(r'<td><a href="/record/[^"]+">([^<]+)</a>', page)
    assert entities == sorted(entities)
    assert client.get("/?sort=drop+table&page=99").status_code == 200


def test_record_page_shows_highlighted_evidence_and_rule(client, db_path):
    page = client.get("/record/" + _record_id(db_path)).get_data(as_text=True)
    assert "<mark>nilai 93,08</mark>" in page
    assert "score.nilai" in page
    assert 'href="https://berita.example.id/2024/12/04/bandar-lestari-zona-hijau"' in page


def test_script_in_a_title_is_escaped(client, db_path):
    record_id = _record_id(db_path, "Pemerintah Kota Bandar Lestari")
    page = client.get("/record/" + record_id).get_data(as_text=True)
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(" in page


def test_conflict_shows_both_articles_side_by_side(client, db_path):
    page = client.get("/record/" + _record_id(db_path, "Pemerintah Kota Bandar Lestari")).get_data(
        as_text=True)
    assert "Reported by 2 articles" in page and "disagree on" in page
    assert "94.76" in page and "94.67" in page


def test_post_without_csrf_is_refused(client, db_path):
    response = client.post(f"/record/{_record_id(db_path)}/decide", data={"action": "accept"})
    assert response.status_code == 400
    with Store(db_path) as store:
        assert store.counts()["decisions"] == 0


def test_correct_then_reject_then_reload(client, db_path):
    record_id = _record_id(db_path)
    token = _csrf(client, "/record/" + record_id)
    response = client.post(f"/record/{record_id}/decide", data={
        "csrf_token": token, "action": "correct", "f_value": "93,80", "f_year": "2024",
        "reason": "typo in article"})
    assert response.status_code == 302
    page = client.get("/record/" + record_id).get_data(as_text=True)
    assert "corrected" in page and "93.8" in page and "typo in article" in page
    other = _record_id(db_path, "Pemerintah Kabupaten Sungai Lebar", "award")
    client.post(f"/record/{other}/decide", data={
        "csrf_token": token, "action": "reject", "reason": "wrong year"})
    with Store(db_path) as store:
        assert decisions.review_state(store.db, other)["status"] == "rejected"
    assert 'id="count-rejected">1<' in client.get("/").get_data(as_text=True)


def test_bad_correction_is_reported_not_stored(client, db_path):
    record_id = _record_id(db_path)
    token = _csrf(client, "/record/" + record_id)
    response = client.post(f"/record/{record_id}/decide", data={
        "csrf_token": token, "action": "correct", "f_year": "20x4"}, follow_redirects=True)
    assert "a year like 2024" in response.get_data(as_text=True)
    with Store(db_path) as store:
        assert store.counts()["decisions"] == 0


def test_analyst_name_is_asked_once_when_not_given(db_path):
    client = create_app(db_path).test_client()
    record_id = _record_id(db_path)
    token = _csrf(client)
    response = client.post(f"/record/{record_id}/decide",
                           data={"csrf_token": token, "action": "accept"})
    assert "/analyst" in response.headers["Location"]
    client.post("/analyst", data={"csrf_token": token, "name": "Budi", "next": "/"})
    client.post(f"/record/{record_id}/decide", data={"csrf_token": token, "action": "accept"})
    with Store(db_path) as store:
        assert decisions.history(store.db, record_id)[0].analyst == "Budi"


def test_changed_since_review_is_shown_with_the_difference(client, db_path):
    record_id = _record_id(db_path, "Pemerintah Kota Bandar Lestari", "award")
    with Store(db_path) as store:
        decisions.accept(store, record_id, "Sari")
        for extraction in sample_extractions(changed=True):
            store.save(extraction)
    page = client.get("/record/" + record_id).get_data(as_text=True)
    assert "changed since review" in page and "Accept the new extraction" in page
    assert 'id="count-changed">1<' in page


def test_next_and_previous_follow_the_filter(client, db_path):
    page = client.get("/?type=score&sort=entity&order=asc").get_data(as_text=True)
    ids = re.findall(r'data-id="([^"]+)"', page)
    record = client.get(f"/record/{ids[0]}?type=score&sort=entity&order=asc").get_data(as_text=True)
    assert f'id="next" href="/record/{ids[1]}?' in record and 'id="prev"' not in record


def test_entity_names_for_the_picker(client):
    assert client.get("/api/entities?q=Pemerintah+Kota").get_json() == [
        "Pemerintah Kota Bandar Lestari"]


def test_unknown_record_is_404(client):
    assert client.get("/record/sc_nothing").status_code == 404


def test_security_headers(client):
    response = client.get("/")
    assert "script-src 'self'" in response.headers["Content-Security-Policy"]
    assert response.headers["X-Frame-Options"] == "DENY"


def test_access_token_guards_every_page(db_path):
    client = create_app(db_path, token="s3cret").test_client()
    assert client.get("/").status_code == 401
    assert client.get("/?token=wrong").status_code == 401
    response = client.get("/?token=s3cret&type=award")
    assert response.status_code == 302 and "token" not in response.headers["Location"]
    assert client.get("/").status_code == 200


def test_javascript_urls_never_become_links(tmp_path):
    from dataclasses import replace
    path = tmp_path / "warta.db"
    extraction = sample_extractions()[2]
    with Store(path) as store:
        store.save(replace(extraction, article=replace(extraction.article, url="javascript:alert(1)")))
        record_id = store.db.execute("SELECT record_id FROM review_queue").fetchone()[0]
    page = create_app(path, analyst="Sari").test_client().get("/record/" + record_id)
    assert 'href="javascript:' not in page.get_data(as_text=True)


def test_article_page_and_archived_copy_as_plain_text(tmp_path):
    from dataclasses import replace
    source = tmp_path / "page.html"
    source.write_text("<html><script>alert(1)</script></html>", encoding="utf-8")
    path = tmp_path / "warta.db"
    extraction = sample_extractions()[2]
    with Store(path) as store:
        store.save(replace(extraction, article=replace(extraction.article, source=str(source))))
        article_id = extraction.article.id
    client = create_app(path, analyst="Sari").test_client()
    page = client.get("/article/" + article_id).get_data(as_text=True)
    assert "<mark>menerima opini Wajar Tanpa Pengecualian (WTP)</mark>" in page
    archived = client.get(f"/article/{article_id}/archived")
    assert archived.mimetype == "text/plain" and b"<script>" in archived.data


def test_reviewed_record_no_article_reports_still_has_a_page(client, db_path):
    record_id = _record_id(db_path)
    with Store(db_path) as store:
        decisions.accept(store, record_id, "Sari")
        first = sample_extractions()[0]
        store.save(type(first)(first.article, first.awards, first.scores[:1]))
    page = client.get("/record/" + record_id).get_data(as_text=True)
    assert "No article reports this record any more" in page and "accept" in page

"""The review app's newer pages and habits: the next record after a decision, times in the
analyst's zone, the charts page (server-drawn SVG, no script)."""

import re

import pytest

from pipeline.review import create_app, decisions
from pipeline.review.sample import sample_extractions
from pipeline.review.times import show_time
from pipeline.store import Store


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


def _queue_ids(client, query):
    return re.findall(r'data-id="([^"]+)"', client.get("/?" + query).get_data(as_text=True))


def _csrf(client, url="/"):
    page = client.get(url).get_data(as_text=True)
    return re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)


def test_a_decision_moves_to_the_next_record_under_the_same_filters(client):
    query = "status=new&sort=entity&order=asc"
    ids = _queue_ids(client, query)
    token = _csrf(client, f"/record/{ids[0]}?{query}")
    response = client.post(f"/record/{ids[0]}/decide", data={
        "csrf_token": token, "action": "accept", "filters": query})
    assert response.headers["Location"] == f"/record/{ids[1]}?{query}"
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Accepted by Sari: " in page  # the flash names the record just decided
    response = client.post(f"/record/{ids[-1]}/decide", data={
        "csrf_token": token, "action": "reject", "reason": "wrong year", "filters": query})
    assert response.headers["Location"] == f"/?{query}"  # the last one: back to the queue


def test_a_failed_decision_stays_on_the_record(client):
    ids = _queue_ids(client, "")
    token = _csrf(client, f"/record/{ids[0]}")
    response = client.post(f"/record/{ids[0]}/decide", data={
        "csrf_token": token, "action": "reject"})
    assert response.headers["Location"] == f"/record/{ids[0]}"


@pytest.mark.parametrize("zone, shown", [
    (None, "2024-12-04 20:00 WIB"), ("Asia/Makassar", "2024-12-04 21:00 WITA"),
    ("Asia/Jayapura", "2024-12-04 22:00 WIT"), ("UTC", "2024-12-04 13:00 UTC"),
    ("Europe/Berlin", "2024-12-04 14:00 CET"), ("No/Such_Zone", "2024-12-04 20:00 WIB"),
])
def test_times_in_the_analysts_zone_with_its_name(zone, shown):
    assert show_time("2024-12-04T13:00:00+00:00", zone) == shown


def test_a_day_is_shown_as_a_day():
    assert show_time("2024-12-04", "Asia/Makassar") == "2024-12-04" and show_time(None) == "—"


def test_pages_show_times_in_the_zone_of_the_cookie(client, db_path):
    record_id = _queue_ids(client, "type=award")[0]
    with Store(db_path) as store:
        decisions.accept(store, record_id, "Sari")
        decided = decisions.review_state(store.db, record_id)["decided_at"]
    page = client.get("/record/" + record_id).get_data(as_text=True)
    assert show_time(decided, None) in page and "WIB" in page
    client.set_cookie("warta_tz", "Asia/Makassar")
    page = client.get("/record/" + record_id).get_data(as_text=True)
    assert show_time(decided, "Asia/Makassar") in page and "times in WITA" in page


def test_the_zone_can_be_chosen(client):
    token = _csrf(client, "/analyst")
    response = client.post("/zone", data={"csrf_token": token, "zone": "Asia/Jayapura",
                                          "next": "/charts"})
    assert response.headers["Location"] == "/charts"
    assert "warta_tz=Asia/Jayapura" in response.headers["Set-Cookie"]
    response = client.post("/zone", data={"csrf_token": token, "zone": "Asia/Jayapura",
                                          "next": "//evil.example"})
    assert response.headers["Location"] == "/"


def test_charts_page_draws_the_counts(client, db_path):
    with Store(db_path) as store:
        record_id = store.db.execute("SELECT record_id FROM review_queue WHERE type = 'award' "
                                     "AND entity = 'Pemerintah Kota Bandar Lestari'").fetchone()[0]
        decisions.reject(store, record_id, "Sari", "wrong year")
    response = client.get("/charts")
    page = response.get_data(as_text=True)
    assert response.status_code == 200 and "<script>" not in page.split("</head>")[1]
    assert page.count("<svg") == 5
    progress = page.split('id="chart-progress"')[1].split("</figure>")[0]
    assert re.findall(r'data-label="([^"]+)"', progress) == [
        "new: 3", "accepted: 0", "rejected: 1", "corrected: 0"]
    assert "25% of records decided" in progress
    years = page.split('id="chart-years"')[1].split("</figure>")[0]
    assert re.findall(r'data-label="([^"]+)"', years) == ["2023: 1"]  # the 2024 one is rejected
    givers = page.split('id="chart-givers"')[1].split("</figure>")[0]
    assert re.findall(r'data-label="([^"]+)"', givers) == ["Badan Pemeriksa Keuangan: 1"]


def test_charts_page_of_an_empty_store(tmp_path):
    client = create_app(tmp_path / "empty.db", analyst="Sari").test_client()
    page = client.get("/charts").get_data(as_text=True)
    assert "No award has a year yet." in page and "Nothing to count yet." in page

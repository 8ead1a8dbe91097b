from datetime import datetime

import pytest

from pipeline.crawl.state import CrawlState
from pipeline.store import Store


@pytest.fixture()
def store(tmp_path):
    with Store(tmp_path / "warta.db") as store:
        yield store


def written(store) -> list[str]:
    """Page outcomes as another connection sees them (what survives a SIGKILL)."""
    with Store(store.path) as other:
        return [row["url"] for row in CrawlState(other).pages()]


def test_outcomes_wait_for_a_full_batch(store):
    state = CrawlState(store, batch=3, batch_seconds=60)
    state.record("http://a.id/1", "a", status="processed", content_hash="h1")
    state.record("http://a.id/2", "a", status="failed", reason="timeout")
    assert written(store) == []
    state.record("http://a.id/3", "a", status="not_article")
    assert written(store) == ["http://a.id/1", "http://a.id/2", "http://a.id/3"]


def test_old_outcomes_are_written_with_the_next_one(store):
    state = CrawlState(store, batch=100, batch_seconds=0.0)
    state.record("http://a.id/1", "a", status="processed")
    assert written(store) == ["http://a.id/1"]


def test_reading_a_page_sees_pending_outcomes(store):
    state = CrawlState(store, batch=100, batch_seconds=60)
    state.record("http://a.id/1", "a", status="processed", etag='"v1"')
    assert state.page("http://a.id/1").etag == '"v1"'


def test_later_outcome_of_a_page_wins_within_a_batch(store):
    state = CrawlState(store, batch=100, batch_seconds=60)
    state.record("http://a.id/1", "a", status="processed", etag='"v1"', content_hash="h1")
    state.record("http://a.id/1", "a", status="failed", reason="http_503")
    state.flush()
    page = state.page("http://a.id/1")
    assert (page.status, page.etag, page.content_hash) == ("failed", '"v1"', "h1")


def test_finishing_a_run_writes_what_is_pending(store):
    state = CrawlState(store, batch=100, batch_seconds=60)
    state.start_run("r1", datetime(2024, 1, 1))
    state.record("http://a.id/1", "a", status="processed")
    state.finish_run("r1", "ok", {}, {"a": True})
    assert written(store) == ["http://a.id/1"]

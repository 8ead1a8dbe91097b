import sqlite3

import pytest

from pipeline.errors import StoreError
from pipeline.models import Article, Award, Entity, Evidence, Extraction, Score
from pipeline.store import Store

CITY = Entity("Pemerintah Kota Contoh", "pemkot", region="Kota Contoh")


def article(url: str, text: str = "Pemkot Contoh meraih nilai 90,1.") -> Article:
    return Article(url=url, site="contoh.example", title="Judul", published_at=None,
                   author=None, text=text, paragraphs=(text,))


def extraction(url: str, value: float, year: int = 2024) -> Extraction:
    a = article(url)
    evidence = Evidence(a.id, a.text, 0, 13, "score:nilai")
    return Extraction(a, awards=(Award(CITY, "Penghargaan Contoh", year, score=value,
                                       kind="contoh", evidence=(evidence,)),),
                      scores=(Score(CITY, year, value, evidence=(evidence,)),))


def test_saving_twice_changes_nothing(tmp_path):
    with Store(tmp_path / "w.db") as store:
        first = store.save(extraction("https://a.example/1", 90.1))
        dump = store.dump()
        second = store.save(extraction("https://a.example/1", 90.1))
        assert store.dump() == dump
    assert first["new_records"] == 2 and second["new_records"] == 0


def test_same_fact_from_two_articles_is_one_record_with_both_sources(tmp_path):
    with Store(tmp_path / "w.db") as store:
        store.save(extraction("https://a.example/1", 90.1))
        store.save(extraction("https://b.example/2", 90.1))
        [score] = store.scores()
        assert score["sources"] == 2 and not score["conflict"]
        assert len({e["article_id"] for e in score["evidence"]}) == 2


def test_disagreeing_articles_keep_both_values_and_flag_a_conflict(tmp_path):
    with Store(tmp_path / "w.db") as store:
        store.save(extraction("https://a.example/1", 90.1))
        store.save(extraction("https://b.example/2", 91.5))
        [score] = store.scores()
        [award] = store.awards()
    assert score["conflict"] and award["conflict"]
    assert sorted(v["value"] for v in score["variants"]) == [90.1, 91.5]


def test_reprocessed_article_replaces_what_it_said(tmp_path):
    with Store(tmp_path / "w.db") as store:
        store.save(extraction("https://a.example/1", 90.1, year=2023))
        store.save(extraction("https://a.example/1", 90.1, year=2024))
        assert [s["year"] for s in store.scores()] == [2024]


def test_decisions_survive_reprocessing(tmp_path):
    with Store(tmp_path / "w.db") as store:
        x = extraction("https://a.example/1", 90.1)
        store.save(x)
        with store.transaction():
            store.db.execute(
                "INSERT INTO decisions(record_id, action, analyst, decided_at, before, after) "
                "VALUES (?, 'accept', 'ani', '2026-01-01T00:00:00', '{}', '{}')", (x.scores[0].id,))
        store.save(x)
        assert store.counts()["decisions"] == 1


def test_store_has_schema_version(tmp_path):
    with Store(tmp_path / "w.db") as store:
        assert store.schema_version.startswith("00")


def test_a_failed_write_loses_nothing_already_stored(tmp_path):
    path = tmp_path / "w.db"
    with Store(path) as store:
        store.save(extraction("https://a.example/1", 90.1))
        store.db.execute("PRAGMA query_only = ON")  # SQLite refuses every write, as on a read-only disk
        with pytest.raises(StoreError, match="readonly"):
            store.save(extraction("https://b.example/2", 80.0))
        assert store.counts()["articles"] == 1 and len(store.scores()) == 1


def test_a_value_sqlite_refuses_is_the_articles_failure_not_the_stores(tmp_path):
    with Store(tmp_path / "w.db") as store:
        store.save(extraction("https://a.example/1", 90.1))
        store.db.execute("CREATE TRIGGER boom BEFORE INSERT ON articles "
                         "BEGIN SELECT RAISE(ABORT, 'bad value'); END")
        with pytest.raises(sqlite3.IntegrityError, match="bad value"):
            store.save(extraction("https://b.example/2", 80.0))
        assert store.counts()["articles"] == 1 and len(store.scores()) == 1


def test_migrations_apply_in_order_and_fill_a_gap(tmp_path):
    """A store made by a build that had a later migration but not 0004 gets 0004 on opening."""
    path = tmp_path / "w.db"
    with Store(path) as store:
        names = [row[0] for row in store.db.execute("SELECT name FROM schema_migrations")]
        assert names == sorted(names) and "0004_failures" in names
        store.db.execute("DROP TABLE failures")
        store.db.execute("DROP TABLE article_flags")
        store.db.execute("ALTER TABLE crawl_pages DROP COLUMN body_checked")
        store.db.execute("DELETE FROM schema_migrations WHERE name = '0004_failures'")
        store.db.execute("INSERT INTO schema_migrations(name) VALUES ('0099_later')")
    with Store(path) as store:
        assert store.db.execute("SELECT count(*) FROM failures").fetchone()[0] == 0
        assert "body_checked" in {row[1] for row in store.db.execute("PRAGMA table_info(crawl_pages)")}
        assert store.schema_version == "0099_later"
        store.db.execute("DELETE FROM schema_migrations WHERE name = '0004_failures'")
    with Store(path) as store:  # applied again over itself: harmless
        assert "0004_failures" in {row[0] for row in store.db.execute("SELECT name FROM schema_migrations")}


def test_unusable_store_file_is_a_clear_error(tmp_path):
    path = tmp_path / "not-a-db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="not-a-db"):
        Store(path)


def test_one_record_reported_twice_by_one_article_counts_once(tmp_path):
    x = extraction("https://a.example/1", 90.1)
    doubled = Extraction(x.article, awards=x.awards, scores=x.scores + x.scores)
    with Store(tmp_path / "w.db") as store:
        assert store.save(doubled)["new_records"] == 2


def test_listing_pages_are_not_stored(tmp_path):
    listing = Article(url="https://a.example/indeks", site="a.example", title="Indeks",
                      published_at=None, author=None, text="Judul satu\nJudul dua",
                      paragraphs=("Judul satu", "Judul dua"), is_article=False)
    with Store(tmp_path / "w.db") as store:
        store.save(Extraction(listing))
        assert store.counts()["articles"] == 0


def test_each_category_of_a_ceremony_is_its_own_award():
    singer = Entity("Raka Contoh", "person")
    best_album = Award(singer, "Anugerah Musik Contoh", 2024, category="Album Terbaik")
    best_song = Award(singer, "Anugerah Musik Contoh", 2024, category="Lagu Terbaik")
    assert best_album.id != best_song.id
    zone = Award(CITY, "Predikat Kepatuhan", 2024, category="Zona Hijau", kind="ombudsman_kepatuhan")
    predicate = Award(CITY, "Anugerah Kepatuhan", 2024, category="kualitas tertinggi",
                      kind="ombudsman_kepatuhan")
    assert zone.id == predicate.id  # a known kind's predicate does not split the record

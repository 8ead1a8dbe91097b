"""Gold from reviewed articles, read back by `warta eval`: pages processed from files,
from a WARC archive, and crawled from (demo) news sites on 127.0.0.1."""

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.crawl.archive import WarcArchive
from pipeline.crawl.demo import DemoSites
from pipeline.crawl.run import run_crawl
from pipeline.evaluate import evaluate_gold
from pipeline.export import export_gold
from pipeline.process import process_document
from pipeline.review import decisions
from pipeline.store import Store

PAGES = Path(__file__).resolve().parents[1] / "corpus" / "pages"
C01 = "c01-ombudsman-bandar-lestari.html"
C02 = "c02-bpk-wtp-sungai-lebar.html"


@pytest.fixture
def pages(tmp_path):
    if not (PAGES / C01).exists():
        pytest.skip("corpus/pages is missing")
    folder = tmp_path / "pages"
    folder.mkdir()
    for name in (C01, C02):
        shutil.copy(PAGES / name, folder / name)
    return folder


def accept_all(store):
    for (record_id,) in store.db.execute("SELECT record_id FROM review_queue").fetchall():
        decisions.accept(store, record_id, "Sari")


def correct_one_year(store) -> str:
    record_id, year = store.db.execute(
        "SELECT record_id, year FROM review_queue WHERE type = 'award' AND year IS NOT NULL "
        "ORDER BY record_id LIMIT 1").fetchone()
    decisions.correct(store, record_id, "Sari", {"year": year - 5})
    return record_id


def evaluate(folder):
    report = evaluate_gold(folder, root=folder)
    summary = report.summary()
    return report, summary


def check_round_trip(store, out, expected_documents, archives=()):
    """All accepted: the gold is what the pipeline finds, so eval scores 1.0 everywhere;
    one corrected year: eval sees exactly that difference."""
    accept_all(store)
    result = export_gold(store, out, archives=archives)
    assert result.skipped == [] and len(result.written) == expected_documents
    documents = sorted(p for p in out.iterdir() if not p.name.endswith(".json"))
    assert len(documents) == expected_documents
    report, summary = evaluate(out)
    assert not report.failed
    assert summary["awards"]["f1"] == 1.0 and summary["scores"]["f1"] == 1.0
    assert summary["published_accuracy"] == 1.0 and summary["body"]["f1"] == 1.0
    correct_one_year(store)
    shutil.rmtree(out)
    export_gold(store, out, archives=archives)
    _, summary = evaluate(out)
    assert summary["awards"]["f1"] < 1.0


def test_pages_processed_from_files(tmp_path, pages):
    with Store(tmp_path / "warta.db") as store:
        for name in (C01, C02):
            process_document(store, pages / name)
        check_round_trip(store, tmp_path / "gold", 2)


def test_pages_from_a_warc_archive(tmp_path, pages):
    warc = tmp_path / "archives" / "crawl.warc.gz"
    with WarcArchive(warc) as archive:
        for name in (C01, C02):
            archive.record_document(f"https://berita.example/{name}",
                                    (pages / name).read_text(encoding="utf-8"))
    runner = CliRunner()
    db = tmp_path / "warta.db"
    result = runner.invoke(app, ["process", str(warc), "--db", str(db)])
    assert result.exit_code == 0, result.output
    moved = tmp_path / "elsewhere"
    shutil.move(str(warc.parent), moved)  # the archive is found where --warc says it is now
    with Store(db) as store:
        accept_all(store)
        lost = export_gold(store, tmp_path / "lost")
    assert len(lost.skipped) == 2 and "crawl.warc.gz#" in lost.skipped[0]  # needs --warc
    result = runner.invoke(app, ["export", "--db", str(db), "--format", "gold",
                                 "--out", str(tmp_path / "gold"), "--warc", str(moved)])
    assert result.exit_code == 0, result.output
    assert "2 reviewed article(s) written" in result.output
    report, summary = evaluate(tmp_path / "gold")
    assert not report.failed and summary["awards"]["f1"] == 1.0


def test_pages_crawled_from_news_sites(tmp_path, pages):
    corpus = tmp_path / "corpus"
    (corpus / "pages").mkdir(parents=True)
    for name in (C01, C02):
        shutil.copy(pages / name, corpus / "pages" / name)
    db = tmp_path / "warta.db"
    with DemoSites(0, corpus=corpus) as sites:
        config = sites.config(archive_dir=tmp_path / "warc")
        report = run_crawl(config, db)
    assert report.processed == 2
    with Store(db) as store:
        # Crawled articles carry the configured site name, not 127.0.0.1.
        names = {row[0] for row in store.db.execute("SELECT DISTINCT site FROM review_queue")}
        assert names and names <= {"kabar-daerah", "warta-nusantara", "suara-priangan"}
        check_round_trip(store, tmp_path / "gold", 2)

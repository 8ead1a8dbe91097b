"""`warta stats`: counts by kind, year, province and review status, decisions applied."""

import json

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.models import Article, Award, Entity, Evidence, Extraction
from pipeline.review import decisions
from pipeline.review.sample import sample_extractions
from pipeline.stats import dataset_stats, render_stats
from pipeline.store import Store

BOGOR = Entity("Pemerintah Kota Bogor", "pemkot", region="Kota Bogor")


def _bogor() -> Extraction:
    text = "Pemkot Bogor meraih Adipura 2024."
    article = Article(url="https://contoh.example/bogor", site="contoh.example", title="Bogor",
                      published_at=None, author=None, text=text, paragraphs=(text,))
    award = Award(BOGOR, "Adipura", 2024, kind="adipura",
                  evidence=(Evidence(article.id, text, 13, 27, "award.meraih"),))
    return Extraction(article, (award,), ())


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "warta.db") as store:
        for extraction in [*sample_extractions(), _bogor()]:
            store.save(extraction)
        yield store


def test_counts_apply_the_decisions(store):
    kota = store.db.execute("SELECT record_id FROM review_queue WHERE type = 'award' "
                            "AND entity = 'Pemerintah Kota Bandar Lestari'").fetchone()[0]
    decisions.reject(store, kota, "Sari", "wrong year")
    stats = dataset_stats(store)
    assert stats.records == 4 and stats.by_type == {"award": 2, "score": 2}
    assert stats.by_status == {"new": 4, "accepted": 0, "rejected": 1, "corrected": 0}
    assert dict(stats.by_year) == {2023: 1, 2024: 3}
    assert dict(stats.by_province) == {"Jawa Barat": 1, "(none)": 3}
    assert stats.by_province[-1][0] == "(none)"
    assert dict(stats.by_kind) == {"ombudsman_kepatuhan": 2, "adipura": 1, "bpk_opini": 1}
    assert stats.awards_by_year_kind == [(2023, {"bpk_opini": 1}), (2024, {"adipura": 1})]
    assert stats.top_givers == [("Badan Pemeriksa Keuangan", 1)]


def test_render_lists_every_block(store):
    text = render_stats(dataset_stats(store))
    for title in ("Review status", "Kind", "Year", "Province", "Top givers (awards)"):
        assert f"\n{title}\n" in text
    assert "Jawa Barat" in text and text.startswith("5 records")


def test_cli_stats_text_and_json(store):
    runner = CliRunner()
    result = runner.invoke(app, ["stats", "--db", str(store.path)])
    assert result.exit_code == 0 and "Province" in result.stdout
    result = runner.invoke(app, ["stats", "--db", str(store.path), "--json"])
    counted = json.loads(result.stdout)
    assert counted["records"] == 5 and counted["by_status"]["new"] == 5


def test_cli_stats_of_a_missing_store(tmp_path):
    result = CliRunner().invoke(app, ["stats", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2 and "none.db" in result.stderr

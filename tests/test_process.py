"""The whole pipeline on files: clean → extract → store, idempotent and merging across articles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.process import analyse_document, process_document
from pipeline.store import Store

ROOT = Path(__file__).resolve().parents[1]
CORPUS = sorted((ROOT / "corpus" / "pages").glob("*.html")) + sorted((ROOT / "corpus" / "articles").glob("*.txt"))


def test_running_twice_leaves_the_store_unchanged(tmp_path, rules):
    with Store(tmp_path / "w.db") as store:
        for path in CORPUS:
            process_document(store, path, rules=rules)
        first = store.dump()
        assert first["awards"] and first["scores"] and first["evidence"]
        for path in reversed(CORPUS):  # order does not matter either
            process_document(store, path, rules=rules)
        assert store.dump() == first


def test_two_fresh_runs_give_the_same_ids(tmp_path, rules):
    dumps = []
    for name in ("a.db", "b.db"):
        with Store(tmp_path / name) as store:
            for path in CORPUS[:6]:
                process_document(store, path, rules=rules)
            dumps.append(store.dump())
    assert dumps[0] == dumps[1]


def test_seeds_report_one_fact_merged_with_both_sources(tmp_path, shared, rules):
    seeds = shared / "gold" / "seeds"
    with Store(tmp_path / "w.db") as store:
        for gold_file in sorted(seeds.glob("*.json")):
            gold = json.loads(gold_file.read_text())
            process_document(store, shared / gold["document"], url=gold["url"], rules=rules)
        merged = [s for s in store.scores()
                  if s["entity"] == "Pemerintah Kota Tangerang" and s["year"] == 2023]
    assert len(merged) == 1
    assert merged[0]["value"] == pytest.approx(93.21) and merged[0]["sources"] == 2
    assert not merged[0]["conflict"]
    assert len({e["article_id"] for e in merged[0]["evidence"]}) == 2


def test_every_value_carries_evidence_pointing_into_the_text(shared, rules):
    extraction = analyse_document(shared / "seeds" / "000_f6b5d3cfec2b9ad7.txt", rules=rules)
    text = extraction.article.text
    for record in (*extraction.awards, *extraction.scores):
        assert record.evidence
        for evidence in record.evidence:
            assert evidence.document == extraction.article.id
            assert text[evidence.start:evidence.end] in evidence.sentence
            assert evidence.rule
    score = next(s for s in extraction.scores if s.value == pytest.approx(96.03))
    assert text[score.evidence[0].start:score.evidence[0].end] == "96,03"


def test_a_listing_page_yields_no_records(rules):
    listing = ROOT / "corpus" / "pages" / "listing-kabar-daerah-pemerintahan-p2.html"
    extraction = analyse_document(listing, rules=rules)
    assert not extraction.article.is_article
    assert extraction.awards == () and extraction.scores == ()


def test_evidence_points_into_its_sentence_in_every_corpus_document(rules):
    # a recipient referred back to ("Penghargaan tersebut diterima …") is cited where it is named
    for gold in sorted((ROOT / "corpus" / "gold").glob("*.json")):
        document = json.loads(gold.read_text())["document"]
        extraction = analyse_document(ROOT / "corpus" / document, rules=rules)
        text = extraction.article.text
        for record in (*extraction.awards, *extraction.scores):
            for evidence in record.evidence:
                assert text[evidence.start:evidence.end] in evidence.sentence, (gold.name, evidence)

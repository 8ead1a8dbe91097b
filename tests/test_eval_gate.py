"""The evaluation gate: seeds and the project's corpus, with floors that only move up."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.evaluate import evaluate_gold

ROOT = Path(__file__).resolve().parents[1]

# Floors for the project's own corpus; raise them as extraction improves, never lower.
CORPUS_FLOORS = {"scores": 1.0, "awards": 1.0, "award_fields_mean": 1.0,
                 "published_accuracy": 1.0, "body": 0.99}


def test_seeds_are_extracted_perfectly(shared, rules):
    summary = evaluate_gold(shared / "gold" / "seeds", root=shared, rules=rules).summary()
    assert summary["scores"]["f1"] == 1.0
    assert summary["awards"]["f1"] == 1.0
    assert all(value == 1.0 for value in summary["award_fields"].values()), summary["award_fields"]
    assert summary["published_accuracy"] == 1.0
    assert summary["body"]["f1"] == 1.0


@pytest.fixture(scope="module")
def corpus_summary(rules):
    return evaluate_gold(ROOT / "corpus" / "gold", root=ROOT / "corpus", rules=rules).summary()


def test_corpus_award_fields_are_all_right(corpus_summary):
    assert all(value == 1.0 for value in corpus_summary["award_fields"].values()), \
        corpus_summary["award_fields"]


@pytest.mark.parametrize("figure", sorted(CORPUS_FLOORS))
def test_corpus_meets_its_floor(corpus_summary, figure):
    value = corpus_summary[figure]
    value = value["f1"] if isinstance(value, dict) else value
    assert value >= CORPUS_FLOORS[figure], f"corpus {figure} = {value}"


def test_dev_set_runs_without_failures(shared, rules):
    report = evaluate_gold(shared / "gold" / "dev", root=shared, rules=rules)
    assert report.failed == 0
    assert report.summary()["documents"] == 30

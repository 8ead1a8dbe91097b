"""The evaluation gate: seeds, the project's corpus and the shared dev set, with floors that
only move up. Each floor is a figure measured on the commit that set it (see README,
Evaluation); raise it when extraction improves, never lower it."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.evaluate import evaluate_gold
from pipeline.evaluate.run import EvalReport

ROOT = Path(__file__).resolve().parents[1]

# The project's own corpus: c01–c26, which the rules were written against, stays exact. Later
# batches were each written by a helper who never read the rules, measured before any rule
# changed, and have floors of their own until they reach 1.0: c27–c32 (first measured at awards
# F1 0.450, scores 0.632, fields 0.775), c33–c38 (first 0.643, 0.000 of 2, 0.689), c39–c44
# (first 0.508, 0.556, 0.725), c45–c50 (first 0.561, 1.00, 0.766), c51–c56 (first 0.742, 0.714,
# 0.724), c57–c62 (held out until 8d6ae6d at 0.748, 0.831, 0.730, then learned from), c63–c68
# (held out through the sixth session: first 0.596, 0.706, 0.832 at 4474088; learned from in the
# seventh), c69–c74 (held out through most of the seventh: 0.683, 0.756, 0.814 at 0b0acf4, then
# learned from), c75–c80 (held out through the seventh: 0.513, 0.456, 0.669 at 0b0acf4; learned from
# in the eighth), c81–c86 (held out through the eighth: 0.649, 0.490, 0.786 at caa23ec; learned from
# in the ninth), c87–c92 (held out through the ninth: 0.763, 0.696, 0.759 at 1d4ba9c; learned from
# in the tenth), c93–c98 (held out through the tenth: 0.760, 0.816, 0.827 at 9e7614d; learned from in
# the eleventh) and c99–c104 (held out: only its figures are read; 0.800, 0.793, 0.778 at 16cfa97).
LATER = 27
LATER_BATCHES = {
    (27, 33): {"scores": 0.80, "awards": 0.89, "award_fields_mean": 0.89, "published_accuracy": 1.0},
    (33, 39): {"scores": 1.0, "awards": 0.94, "award_fields_mean": 0.86, "published_accuracy": 1.0},
    (39, 45): {"scores": 0.84, "awards": 0.97, "award_fields_mean": 0.95, "published_accuracy": 1.0},
    (45, 51): {"scores": 1.0, "awards": 0.91, "award_fields_mean": 0.84, "published_accuracy": 1.0},
    (51, 57): {"scores": 0.95, "awards": 0.89, "award_fields_mean": 0.85, "published_accuracy": 1.0},
    (57, 63): {"scores": 1.0, "awards": 0.95, "award_fields_mean": 0.83, "published_accuracy": 1.0},
    (63, 69): {"scores": 0.96, "awards": 0.95, "award_fields_mean": 0.92, "published_accuracy": 1.0},
    (69, 75): {"scores": 0.91, "awards": 0.93, "award_fields_mean": 0.82, "published_accuracy": 1.0},
    (75, 81): {"scores": 0.93, "awards": 0.93, "award_fields_mean": 0.91, "published_accuracy": 1.0},
    (81, 87): {"scores": 0.98, "awards": 0.95, "award_fields_mean": 0.91, "published_accuracy": 1.0},
    # held out through the ninth session (0.763 / 0.696 / 0.759 at its start); learned from in the tenth
    (87, 93): {"scores": 0.91, "awards": 0.92, "award_fields_mean": 0.92, "published_accuracy": 1.0},
    # held out through the tenth session (0.760 / 0.816 / 0.827 at its start); learned from in the eleventh
    (93, 99): {"scores": 0.95, "awards": 0.95, "award_fields_mean": 0.89, "published_accuracy": 1.0},
    # held out through the eleventh session (0.800 / 0.793 / 0.778 at its start); learned from in the twelfth
    (99, 105): {"scores": 0.91, "awards": 0.98, "award_fields_mean": 0.83, "published_accuracy": 1.0},
    # written blind in the twelfth session, measured at its start (0.634 / 0.627 / 0.795); learned from in
    # the thirteenth (fields 0.793 → 0.763: the eight records more found, list lines among them, match
    # with fewer of their fields: their handover's day and place are told under another name of the award)
    (105, 111): {"scores": 0.84, "awards": 0.80, "award_fields_mean": 0.78, "published_accuracy": 1.0},
    # written blind in the twelfth session, measured at its start (0.519 / 0.837 / 0.776); learned from in
    # the thirteenth
    (111, 117): {"scores": 0.90, "awards": 0.93, "award_fields_mean": 0.85, "published_accuracy": 1.0},
    # written blind in the thirteenth session, measured at its start (0.703 / 0.677 / 0.786; 0.725 / 0.677 /
    # 0.795 at its end); learned from in the fourteenth
    (117, 123): {"scores": 0.93, "awards": 0.92, "award_fields_mean": 0.86, "published_accuracy": 1.0},
    # written blind at the start of the fourteenth session, measured at once (0.684 / 0.750 / 0.793; the
    # same at its end); learned from in the fifteenth
    (123, 129): {"scores": 0.95, "awards": 0.80, "award_fields_mean": 0.84, "published_accuracy": 1.0},
    # written blind at the start of the fifteenth session, measured at once at its starting commit
    # (0.681 / 0.889 / 0.763; the same at its end); learned from in the sixteenth
    (129, 135): {"scores": 0.93, "awards": 0.90, "award_fields_mean": 0.84, "published_accuracy": 1.0},
    # written blind at the start of the sixteenth session, measured at once at its starting commit
    # (0.819 / 0.842 / 0.819; the same at its end); learned from in the seventeenth
    (135, 141): {"scores": 0.99, "awards": 0.93, "award_fields_mean": 0.84, "published_accuracy": 1.0},
    # written blind at the start of the seventeenth session, measured at once at its starting commit
    # (0.904 / 0.789 / 0.905; 0.914 / 0.789 / 0.907 at its end); learned from in the eighteenth (0.972 /
    # 0.900 / 0.938 at its end)
    (141, 147): {"scores": 0.89, "awards": 0.97, "award_fields_mean": 0.93, "published_accuracy": 1.0},
    # written blind at the start of the eighteenth session, measured at once at its starting commit
    # (awards 0.845 / scores 0.511 / fields 0.824; 0.845 / 0.511 / 0.827 at its end); learned from in the
    # nineteenth (0.928 / 0.857 / 0.873 at its end)
    (147, 153): {"scores": 0.87, "awards": 0.92, "award_fields_mean": 0.87, "published_accuracy": 1.0},
    # written blind at the start of the nineteenth session, measured at once at its starting commit
    # 718e20b (awards 0.833 / scores 0.654 / fields 0.870; 0.847 / 0.679 / 0.877 at its end); learned from
    # in the twentieth (0.949 / 0.935 / 0.948 at its end)
    (153, 159): {"scores": 0.93, "awards": 0.94, "award_fields_mean": 0.94, "published_accuracy": 1.0},
    # written blind at the start of the twentieth session, measured at once at its starting commit
    # 34c1382 (awards 0.846 / scores 0.794 / fields 0.821)
    (159, 165): {"scores": 0.79, "awards": 0.84, "award_fields_mean": 0.82, "published_accuracy": 1.0},
}
CORPUS_FLOORS = {"scores": 1.0, "awards": 1.0, "award_fields_mean": 0.995,
                 "published_accuracy": 1.0, "body": 0.99}
CORPUS_FIELD_FLOORS = {"giver": 1.0, "score": 1.0, "date": 1.0, "grade": 1.0,
                       "received_by": 1.0, "place": 1.0, "name": 0.99, "category": 1.0}

# The shared dev set (130 real articles): the first 30 were tuned on for two sessions, the
# other 100 since this one (every fifth id kept unread while working).
DEV_DOCUMENTS = 130
DEV_FLOORS = {"scores": 0.913, "awards": 0.900, "award_fields_mean": 0.882,
              "published_accuracy": 0.96, "body": 0.99}


def _number(document_id: str) -> int:
    """c7 of "c07-…" and 104 of "c104-…": ids compare as numbers, so c100 comes after c99."""
    return int(document_id[1:].split("-")[0])


def _figure(summary: dict, name: str) -> float:
    value = summary[name]
    return value["f1"] if isinstance(value, dict) else value


def test_seeds_are_extracted_perfectly(shared, rules):
    summary = evaluate_gold(shared / "gold" / "seeds", root=shared, rules=rules).summary()
    assert summary["scores"]["f1"] == 1.0
    assert summary["awards"]["f1"] == 1.0
    assert all(value == 1.0 for value in summary["award_fields"].values()), summary["award_fields"]
    assert summary["published_accuracy"] == 1.0
    assert summary["body"]["f1"] == 1.0


@pytest.fixture(scope="module")
def corpus_report(rules):
    return evaluate_gold(ROOT / "corpus" / "gold", root=ROOT / "corpus", rules=rules)


@pytest.fixture(scope="module")
def corpus_summary(corpus_report):
    return EvalReport([d for d in corpus_report.documents if _number(d.gold.id) < LATER]).summary()


@pytest.mark.parametrize(("batch", "figure"),
                         [(batch, figure) for batch, floors in LATER_BATCHES.items() for figure in sorted(floors)])
def test_later_corpus_meets_its_floor(corpus_report, batch, figure):
    first, after_last = batch
    later = EvalReport([d for d in corpus_report.documents if first <= _number(d.gold.id) < after_last])
    assert later.summary()["documents"] >= 6
    value = _figure(later.summary(), figure)
    assert value >= LATER_BATCHES[batch][figure], f"corpus c{first}–c{after_last - 1} {figure} = {value}"


@pytest.mark.parametrize("field", sorted(CORPUS_FIELD_FLOORS))
def test_corpus_award_field_meets_its_floor(corpus_summary, field):
    value = corpus_summary["award_fields"][field]
    assert value >= CORPUS_FIELD_FLOORS[field], f"corpus {field} = {value}"


@pytest.mark.parametrize("figure", sorted(CORPUS_FLOORS))
def test_corpus_meets_its_floor(corpus_summary, figure):
    value = _figure(corpus_summary, figure)
    assert value >= CORPUS_FLOORS[figure], f"corpus {figure} = {value}"


@pytest.fixture(scope="module")
def dev_report(shared, rules):
    return evaluate_gold(shared / "gold" / "dev", root=shared, rules=rules)


def test_dev_set_runs_without_failures(dev_report):
    assert dev_report.failed == 0
    assert dev_report.summary()["documents"] >= DEV_DOCUMENTS


@pytest.mark.parametrize("figure", sorted(DEV_FLOORS))
def test_dev_set_meets_its_floor(dev_report, figure):
    value = _figure(dev_report.summary(), figure)
    assert value >= DEV_FLOORS[figure], f"dev {figure} = {value}"

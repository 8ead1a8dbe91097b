"""`warta extract --format gold`, scored by a gold/1 scorer written here from GOLD-FORMAT.md
alone (nothing imported from pipeline.evaluate), must give the figures `warta eval` gives."""

import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEEDS_GOLD = SHARED / "gold" / "seeds"
WARTA = [sys.executable, "-c", "from pipeline.cli import main; main()"]

pytestmark = pytest.mark.skipif(not SEEDS_GOLD.is_dir(),
                                reason=f"shared seeds not found at {SEEDS_GOLD}")


# --- a minimal gold/1 scorer ------------------------------------------------------------

def norm(text):
    """Case-folded, punctuation and repeated spaces removed."""
    text = unicodedata.normalize("NFKC", text or "").casefold()
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


def same_entity(predicted, gold_spellings):
    return bool(predicted) and bool(gold_spellings) and norm(predicted[0]) in {norm(s) for s in gold_spellings}


def same_value(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 0.005 + 1e-9


def largest_matching(n_predicted, n_gold, can_pair):
    """Kuhn's augmenting paths: the largest set of (predicted, gold) pairs, each used once."""
    owner = {}

    def place(i, seen):
        for j in range(n_gold):
            if can_pair(i, j) and j not in seen:
                seen.add(j)
                if j not in owner or place(owner[j], seen):
                    owner[j] = i
                    return True
        return False

    for i in range(n_predicted):
        place(i, set())
    return len(owner)


def prf(tp, predicted, gold):
    return {"precision": tp / predicted if predicted else None,
            "recall": tp / gold if gold else None,
            "f1": 2 * tp / (predicted + gold) if predicted + gold else None,
            "tp": tp, "predicted": predicted, "gold": gold}


def independent_scores(pairs):
    """pairs: (gold dict, predicted dict) per document → {"scores": prf, "awards": prf}."""
    totals = {"scores": [0, 0, 0], "awards": [0, 0, 0]}
    for gold, predicted in pairs:
        ps, gs = predicted["scores"], gold["scores"]
        tp = largest_matching(len(ps), len(gs), lambda i, j: same_entity(ps[i]["entity"], gs[j]["entity"])
                              and ps[i]["year"] == gs[j]["year"] and same_value(ps[i]["value"], gs[j]["value"]))
        totals["scores"] = [a + b for a, b in zip(totals["scores"], (tp, len(ps), len(gs)))]
        pa, ga = predicted["awards"], gold["awards"]
        tp = largest_matching(len(pa), len(ga), lambda i, j: same_entity(pa[i]["recipient"], ga[j]["recipient"])
                              and pa[i]["year"] == ga[j]["year"])
        totals["awards"] = [a + b for a, b in zip(totals["awards"], (tp, len(pa), len(ga)))]
    return {kind: prf(*counts) for kind, counts in totals.items()}


# --- running warta -----------------------------------------------------------------------

def gold_files():
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(SEEDS_GOLD.glob("*.json"))]


def predict(gold):
    command = WARTA + ["extract", str(SHARED / gold["document"]), "--format", "gold"]
    if gold["url"]:
        command += ["--url", gold["url"]]
    done = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
    assert len(lines) == 1
    return lines[0]


@pytest.fixture(scope="module")
def predictions():
    return [(gold, predict(gold)) for gold in gold_files()]


@pytest.fixture(scope="module")
def warta_eval():
    done = subprocess.run(WARTA + ["eval", str(SEEDS_GOLD), "--root", str(SHARED), "--json"],
                          cwd=REPO, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_predictions_have_the_gold_shape(predictions):
    for _, predicted in predictions:
        assert {"format", "id", "document", "url", "title", "published", "body_first",
                "body_last", "awards", "scores", "text"} <= set(predicted)
        assert predicted["format"] == "gold/1"


def test_independent_scorer_agrees_with_warta_eval(predictions, warta_eval):
    mine = independent_scores(predictions)
    for kind in ("scores", "awards"):
        for key in ("tp", "predicted", "gold"):
            assert warta_eval[kind][key] == mine[kind][key], (kind, key)
        for key in ("precision", "recall", "f1"):
            assert warta_eval[kind][key] == pytest.approx(mine[kind][key]), (kind, key)


def test_seeds_score_perfectly(predictions, warta_eval):
    # Issue 3's bar: score F1 and award F1 of 1.00 with every award field right.
    mine = independent_scores(predictions)
    assert mine["scores"]["f1"] == 1.0 and mine["awards"]["f1"] == 1.0
    assert warta_eval["award_fields_mean"] == 1.0

"""Rule files: schema validation with file and line, and every rule's own examples."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from pipeline.errors import RuleError
from pipeline.extract import found_in
from pipeline.rules import DEFAULT_RULES_DIR, load_rules

RULES = load_rules()


@pytest.fixture
def rules_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "rules"
    shutil.copytree(DEFAULT_RULES_DIR, folder)
    return folder


def test_project_rules_load():
    assert RULES.patterns and RULES.examples


def test_invalid_json_names_file_and_line(rules_copy):
    path = rules_copy / "awards.json"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[2] = lines[2] + " oops"
    path.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(RuleError) as error:
        load_rules(rules_copy)
    assert error.value.path.endswith("awards.json") and error.value.line == 3


def test_missing_key_names_the_file(rules_copy):
    path = rules_copy / "language.json"
    content = json.loads(path.read_text(encoding="utf-8"))
    del content["receive_verbs"]
    path.write_text(json.dumps(content), encoding="utf-8")
    with pytest.raises(RuleError, match="language.json.*receive_verbs"):
        load_rules(rules_copy)


def test_entry_without_required_field(rules_copy):
    path = rules_copy / "givers.json"
    content = json.loads(path.read_text(encoding="utf-8"))
    content["givers"].append({"name": "Badan Contoh"})
    path.write_text(json.dumps(content, indent=1), encoding="utf-8")
    with pytest.raises(RuleError, match="lacks aliases"):
        load_rules(rules_copy)


def test_broken_pattern_line(rules_copy):
    path = rules_copy / "patterns" / "awards.jsonl"
    with path.open("a", encoding="utf-8") as out:
        out.write('{"label": "GRADE"}\n')
    count = len(path.read_text(encoding="utf-8").splitlines())
    with pytest.raises(RuleError) as error:
        load_rules(rules_copy)
    assert error.value.line == count and "awards.jsonl" in error.value.path


def test_missing_file(rules_copy):
    (rules_copy / "titles.json").unlink()
    with pytest.raises(RuleError, match="titles.json"):
        load_rules(rules_copy)


@pytest.mark.parametrize("example", RULES.examples,
                         ids=[f"{e['file']}:{e['text'][:40]}" for e in RULES.examples])
def test_rule_example(example):
    found = found_in(example["text"], RULES)
    for expected in example["must"]:
        assert expected in found, f"{example['file']}: {expected!r} not among {sorted(found)}"
    for unwanted in example["must_not"]:
        assert unwanted not in found, f"{example['file']}: {unwanted!r} found"

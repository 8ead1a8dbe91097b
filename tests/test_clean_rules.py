"""The clean stage's rule files load, and a malformed one fails with its name and line."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from pipeline.clean.rules import RULES_DIR, load_boilerplate, load_dates, load_rules, load_site
from pipeline.errors import RuleError


def test_shipped_rules_load():
    rules = load_rules()
    assert rules.dates.time_zones["WITA"] == "+08:00"
    assert rules.dates.months["desember"] == 12
    assert "baca juga" in rules.boilerplate.insert_markers


@pytest.mark.parametrize("path", sorted((RULES_DIR / "sites").glob("*.json")), ids=lambda p: p.name)
def test_site_hints_load(path):
    hint = load_site(path)
    assert hint.hosts


def test_site_hint_is_found_by_subdomain():
    assert load_rules().site_for("finance.detik.com").name == "detik.com"
    assert load_rules().site_for("example.org") is None


def test_invalid_json_names_file_and_line(tmp_path):
    bad = tmp_path / "boilerplate.json"
    bad.write_text('{\n  "insert_markers": ["baca juga",\n}\n', encoding="utf-8")
    with pytest.raises(RuleError) as error:
        load_boilerplate(bad)
    assert error.value.path == str(bad)
    assert error.value.line == 3


def test_bad_regex_names_the_key_line(tmp_path):
    data = json.loads((RULES_DIR / "boilerplate.json").read_text(encoding="utf-8"))
    data["lead_pattern"] = "(unclosed"
    bad = tmp_path / "boilerplate.json"
    bad.write_text(json.dumps(data, indent=1), encoding="utf-8")
    with pytest.raises(RuleError, match="lead_pattern") as error:
        load_boilerplate(bad)
    assert error.value.line is not None


def test_bad_time_zone(tmp_path):
    data = json.loads((RULES_DIR / "dates.json").read_text(encoding="utf-8"))
    data["time_zones"]["WIB"] = "seven"
    bad = tmp_path / "dates.json"
    bad.write_text(json.dumps(data, indent=1), encoding="utf-8")
    with pytest.raises(RuleError, match="time_zones"):
        load_dates(bad)


def test_unknown_site_key(tmp_path):
    bad = tmp_path / "example.com.json"
    bad.write_text('{"hosts": ["example.com"],\n "body_selector": ".x"}', encoding="utf-8")
    with pytest.raises(RuleError, match="unknown key 'body_selector'") as error:
        load_site(bad)
    assert error.value.line == 2


def test_load_rules_from_another_directory(tmp_path):
    for name in ("boilerplate.json", "dates.json", "languages.json"):
        shutil.copy(RULES_DIR / name, tmp_path / name)
    (tmp_path / "sites").mkdir()
    (tmp_path / "sites" / "broken.json").write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(RuleError, match="broken.json"):
        load_rules(Path(tmp_path))


def test_bad_junk_max_length(tmp_path):
    data = json.loads((RULES_DIR / "boilerplate.json").read_text(encoding="utf-8"))
    data["junk_max_length"] = "long"
    bad = tmp_path / "boilerplate.json"
    bad.write_text(json.dumps(data, indent=1), encoding="utf-8")
    with pytest.raises(RuleError, match="junk_max_length"):
        load_boilerplate(bad)


def test_a_site_zone_must_be_a_known_zone(tmp_path):
    data = json.loads((RULES_DIR / "dates.json").read_text(encoding="utf-8"))
    data["site_zones"] = ["WIB", "XYZ"]
    bad = tmp_path / "dates.json"
    bad.write_text(json.dumps(data, indent=1), encoding="utf-8")
    with pytest.raises(RuleError, match="XYZ"):
        load_dates(bad)


def test_weekday_numbers_are_checked(tmp_path):
    data = json.loads((RULES_DIR / "dates.json").read_text(encoding="utf-8"))
    data["weekday_numbers"]["senin"] = 9
    bad = tmp_path / "dates.json"
    bad.write_text(json.dumps(data, indent=1), encoding="utf-8")
    with pytest.raises(RuleError, match="weekday_numbers"):
        load_dates(bad)

"""The warta command: help, outputs, and clear errors with exit codes a scheduler can act on."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app

ROOT = Path(__file__).resolve().parents[1]
PAGE = ROOT / "corpus" / "pages" / "c01-ombudsman-bandar-lestari.html"


def run(*args: str):
    return CliRunner().invoke(app, [str(a) for a in args])


@pytest.mark.parametrize("command", ["clean", "extract", "process", "eval", "export", "stats",
                                     "failures"])
def test_every_command_has_help_with_an_example(command):
    result = run(command, "--help")
    assert result.exit_code == 0
    assert "Example: warta " + command in " ".join(result.output.split())


def test_clean_writes_one_file_per_input(tmp_path):
    result = run("clean", PAGE, "--out", tmp_path, "--format", "json")
    assert result.exit_code == 0, result.output
    written = json.loads((tmp_path / (PAGE.stem + ".json")).read_text())
    assert written["title"] and written["published"] and "Baca Juga" not in written["text"]


def test_extract_prints_records_with_evidence():
    result = run("extract", PAGE)
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert {r["type"] for r in records} == {"award", "score"}
    assert all(r["evidence"] and r["id"] for r in records)


def test_extract_gold_format_has_gold_keys_and_text():
    result = run("extract", PAGE, "--format", "gold")
    [prediction] = [json.loads(line) for line in result.stdout.splitlines()]
    assert {"format", "document", "url", "title", "published", "awards", "scores", "text"} <= prediction.keys()
    assert prediction["format"] == "gold/1"


@pytest.mark.parametrize("make, problem", [
    (lambda d: d / "missing.html", "no such file"),
    (lambda d: _write(d / "binary.html", bytes(range(256)) * 4), "binary"),
    (lambda d: _write(d / "empty.html", b""), "empty"),
])
def test_bad_input_is_one_clear_line_and_keeps_what_was_stored(tmp_path, make, problem):
    db = tmp_path / "w.db"
    bad = make(tmp_path)
    result = run("process", PAGE, bad, "--db", db)
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("warta: error:")]
    assert len(errors) == 1 and bad.name in errors[0] and problem in errors[0].lower()
    exported = run("export", "--db", db)
    assert exported.exit_code == 0 and exported.stdout.strip()  # the good page was stored


def test_malformed_rule_file_is_a_usage_error_naming_file_and_line(tmp_path):
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    (rules / "givers.json").write_text('{\n  "givers": [\n    {"name": "X",, }\n  ]\n}\n')
    result = run("extract", PAGE, "--rules", rules)
    assert result.exit_code == 2
    assert "givers.json:3" in result.stderr


def test_unusable_store_cannot_run(tmp_path):
    db = tmp_path / "broken.db"
    db.write_bytes(b"garbage" * 500)
    result = run("process", PAGE, "--db", db)
    assert result.exit_code == 3 and "broken.db" in result.stderr


def test_version():
    from importlib.metadata import version
    result = run("--version")
    assert result.exit_code == 0 and result.output.strip() == f"warta {version('warta')}"


@pytest.mark.parametrize("width", ["60", "80", "120"])
def test_help_lists_every_command_whole(width):
    from pipeline.cli import command_summary
    import typer.main
    result = CliRunner().invoke(app, ["--help"], env={"COLUMNS": width}, terminal_width=int(width))
    listed = " ".join(result.output.split())
    group = typer.main.get_command(app)
    assert "..." not in result.output.split("Commands:")[1]
    for name, command in group.commands.items():
        summary = command_summary(command)
        assert summary and summary.endswith(".") and summary in listed.replace("- ", "-"), name
    assert max(len(line) for line in result.output.splitlines()) <= int(width)


def test_export_jsonl_and_csv_carry_evidence(tmp_path):
    db = tmp_path / "w.db"
    assert run("process", PAGE, "--db", db, "--url", "https://kabar.example/a").exit_code == 0
    lines = [json.loads(line) for line in run("export", "--db", db, "--format", "jsonl").stdout.splitlines()]
    assert lines and all(item["evidence"] for item in lines)
    rows = list(csv.DictReader(io.StringIO(run("export", "--db", db, "--format", "csv").stdout)))
    assert len(rows) == len(lines) and all(row["evidence"] and row["urls"] for row in rows)


def test_export_of_a_missing_store_is_a_usage_error(tmp_path):
    result = run("export", "--db", tmp_path / "nothing.db")
    assert result.exit_code == 2 and "nothing.db" in result.stderr


def test_eval_json_has_the_report_shape(shared):
    result = run("eval", shared / "gold" / "seeds", "--root", shared, "--json")
    report = json.loads(result.stdout)
    assert set(report) == {"documents", "scores", "awards", "award_fields", "award_fields_mean",
                           "published_accuracy", "body"}
    assert report["documents"] == 2


def test_installed_entry_point_runs():
    result = subprocess.run([sys.executable, "-m", "pipeline", "--help"], capture_output=True, text=True)
    assert result.returncode == 0 and "warta" in result.stdout.lower()


def _write(path: Path, content: bytes) -> Path:
    path.write_bytes(content)
    return path

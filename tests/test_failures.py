"""The failure boundary of `warta process` and the quarantine of documents that keep failing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import pipeline.process
from pipeline.cli import app
from pipeline.errors import DocumentFailed
from pipeline.failures import FailureLog, FailurePolicy, file_key
from pipeline.process import process_files
from pipeline.store import Store

GOOD = ("Kota {name} Raih Penghargaan\n\nSelasa, 5 Desember 2023 - 10:00 WIB\n\n"
        "KOTA {caps} - Pemerintah Kota {name} meraih penghargaan Zona Hijau dari Ombudsman RI "
        "dengan nilai 9{n},5 pada tahun 2023.\n")


def deep_page(depth: int = 3000) -> str:
    """A page nested deeper than Python's recursion limit (it broke the cleaner's tree walk)."""
    return ("<html><head><title>Berita</title></head><body><article><h1>Kota Dalam Raih Penghargaan</h1>"
            + "<div>" * depth + "<p>Pemerintah Kota Dalam meraih penghargaan Zona Hijau dari "
            "Ombudsman RI dengan nilai 91,5 pada tahun 2023.</p>" + "</div>" * depth
            + "</article></body></html>")


def write_good(folder: Path, names: list[str]) -> list[Path]:
    paths = []
    for n, name in enumerate(names):
        path = folder / f"{name.lower()}.txt"
        path.write_text(GOOD.format(name=name, caps=name.upper(), n=n), encoding="utf-8")
        paths.append(path)
    return paths


@pytest.fixture
def boom(monkeypatch):
    """The cleaner raises RecursionError on any file that contains BOOM (a fault that stays put)."""
    real = pipeline.process.clean_document

    def clean(path, url=None):
        if b"BOOM" in Path(path).read_bytes():
            raise RecursionError("maximum recursion depth exceeded")
        return real(path, url=url)
    monkeypatch.setattr(pipeline.process, "clean_document", clean)


def test_a_page_that_breaks_the_cleaner_does_not_stop_process(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    write_good(docs, ["Alfa", "Charlie"])
    (docs / "bravo.html").write_text(deep_page(), encoding="utf-8")
    db = tmp_path / "w.db"
    result = CliRunner().invoke(app, ["process", str(docs), "--db", str(db)])
    assert isinstance(result.exception, (SystemExit, type(None))), result.exception
    with Store(db) as store:
        entities = {s["entity"] for s in store.scores()}
        failures = FailureLog(store).all()
    assert {"Pemerintah Kota Alfa", "Pemerintah Kota Charlie"} <= entities  # the file after it too
    if failures:  # the cleaner still recurses: the page is a recorded failure, exit 1
        [failure] = failures
        assert result.exit_code == 1
        assert (failure.stage, failure.error, failure.count) == ("clean", "RecursionError", 1)
        errors = [line for line in result.output.splitlines() if line.startswith("warta: error:")]
        assert errors == [f"warta: error: {docs / 'bravo.html'}: clean failed: RecursionError: "
                          f"{failure.message}"]
    else:  # the cleaner walks any depth: nothing failed
        assert result.exit_code == 0 and "warta: error:" not in result.output


def test_failures_are_counted_then_quarantined(tmp_path, rules, boom):
    good = write_good(tmp_path, ["Alfa", "Charlie"])
    bad = tmp_path / "bravo.txt"
    bad.write_text("BOOM " + GOOD.format(name="Bravo", caps="BRAVO", n=1), encoding="utf-8")
    policy = FailurePolicy(quarantine_after=2)
    with Store(tmp_path / "w.db") as store:
        first = process_files(store, [good[0], bad, good[1]], rules=rules, policy=policy)
        second = process_files(store, [good[0], bad, good[1]], rules=rules, policy=policy)
        third = process_files(store, [good[0], bad, good[1]], rules=rules, policy=policy)
        row = FailureLog(store).get(file_key(bad))
    assert first.processed == 2 and [(f.count, f.quarantined) for f in first.failed] == [(1, False)]
    assert [(f.count, f.quarantined) for f in second.failed] == [(2, True)]
    assert third.failed == [] and [f.key for f in third.quarantined] == [file_key(bad)]
    assert third.processed == 2
    assert (row.stage, row.error, row.count, row.quarantined) == ("clean", "RecursionError", 2, True)


def test_changed_content_is_tried_again_and_success_forgets_the_failure(tmp_path, rules, boom):
    bad = tmp_path / "bravo.txt"
    bad.write_text("BOOM " + GOOD.format(name="Bravo", caps="BRAVO", n=1), encoding="utf-8")
    policy = FailurePolicy(quarantine_after=1)
    with Store(tmp_path / "w.db") as store:
        assert process_files(store, [bad], rules=rules, policy=policy).failed[0].quarantined
        assert process_files(store, [bad], rules=rules, policy=policy).quarantined
        bad.write_text("BOOM, corrected " + GOOD.format(name="Bravo", caps="BRAVO", n=1), encoding="utf-8")
        again = process_files(store, [bad], rules=rules, policy=policy)
        assert [f.count for f in again.failed] == [2] and not again.quarantined
        bad.write_text(GOOD.format(name="Bravo", caps="BRAVO", n=1), encoding="utf-8")
        fixed = process_files(store, [bad], rules=rules, policy=policy)
        assert fixed.processed == 1 and FailureLog(store).all() == []


def test_a_different_failure_starts_the_count_again(tmp_path):
    with Store(tmp_path / "w.db") as store:
        log = FailureLog(store, FailurePolicy(quarantine_after=2))
        log.record("k", "file", DocumentFailed("k", "clean", RecursionError("deep")), "h1")
        second = log.record("k", "file", DocumentFailed("k", "extract", ValueError("E088")), "h1")
        assert (second.count, second.quarantined, second.stage) == (1, False, "extract")
        third = log.record("k", "file", DocumentFailed("k", "extract", ValueError("E088")), "h1")
        assert (third.count, third.quarantined) == (2, True)


def test_fetch_failures_are_counted_but_never_quarantined(tmp_path):
    with Store(tmp_path / "w.db") as store:
        log = FailureLog(store, FailurePolicy(quarantine_after=1))
        for _ in range(3):
            row = log.record("https://a.id/1", "page", DocumentFailed("u", "fetch", "timeout"))
        assert row.count == 3 and not row.quarantined


def test_failures_command_lists_and_retry_releases(tmp_path, rules, boom):
    bad = tmp_path / "bravo.txt"
    bad.write_text("BOOM " + GOOD.format(name="Bravo", caps="BRAVO", n=1), encoding="utf-8")
    db = tmp_path / "w.db"
    with Store(db) as store:
        process_files(store, [bad], rules=rules, policy=FailurePolicy(quarantine_after=1))
    runner = CliRunner()
    listed = runner.invoke(app, ["failures", "--db", str(db), "--json"])
    assert listed.exit_code == 0, listed.output
    [row] = [json.loads(line) for line in listed.stdout.splitlines()]
    assert row["key"] == file_key(bad) and row["quarantined"] and row["error"] == "RecursionError"
    released = runner.invoke(app, ["failures", "--db", str(db), "--retry", str(bad)])
    assert released.exit_code == 0 and "1 quarantined document(s) released" in released.output
    with Store(db) as store:
        again = process_files(store, [bad], rules=rules, policy=FailurePolicy(quarantine_after=3))
    assert [(f.count, f.quarantined) for f in again.failed] == [(1, False)]


def test_process_cli_skips_a_quarantined_file_and_says_so(tmp_path, rules, boom):
    good = write_good(tmp_path, ["Alfa"])
    bad = tmp_path / "bravo.txt"
    bad.write_text("BOOM", encoding="utf-8")
    args = ["process", str(good[0]), str(bad), "--db", str(tmp_path / "w.db"), "--quarantine-after", "1"]
    first = CliRunner().invoke(app, args)
    assert first.exit_code == 1
    assert f"{bad}: clean failed: RecursionError: maximum recursion depth exceeded (quarantined)" in first.output
    second = CliRunner().invoke(app, args)
    assert second.exit_code == 0, second.output
    assert f"warta: skipped: {file_key(bad)}: quarantined, failed 1 time(s) in clean" in second.output
    assert "1 documents processed, 0 failed, 1 quarantined" in second.output


def test_extract_goes_on_after_a_page_that_breaks_the_cleaner(tmp_path, boom):
    good = write_good(tmp_path, ["Alfa"])
    bad = tmp_path / "bravo.txt"
    bad.write_text("BOOM", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(bad), str(good[0])])
    assert result.exit_code == 1
    assert f"warta: error: {bad}: clean failed: RecursionError" in result.output
    assert "Pemerintah Kota Alfa" in result.output

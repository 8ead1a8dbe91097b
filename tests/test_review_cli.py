"""``warta review``: binds to 127.0.0.1 unless told otherwise, and then only with a token."""

import pytest
from flask import Flask
from typer.testing import CliRunner

import pipeline.review
from pipeline.cli import app
from pipeline.review.sample import sample_extractions
from pipeline.store import Store


@pytest.fixture
def db_path(tmp_path):
    path = tmp_path / "warta.db"
    with Store(path) as store:
        store.save(sample_extractions()[0])
    return path


@pytest.fixture
def served(monkeypatch):
    calls = []
    monkeypatch.setattr(Flask, "run", lambda self, **kw: calls.append((self, kw)))
    return calls


def test_binds_localhost_by_default_and_says_so(db_path, served):
    result = CliRunner().invoke(app, ["review", "--db", str(db_path), "--analyst", "Sari"])
    assert result.exit_code == 0, result.output
    assert "http://127.0.0.1:8765/" in result.output and "only from this machine" in result.output
    flask_app, options = served[0]
    assert options["host"] == "127.0.0.1" and options["port"] == 8765
    assert flask_app.config["WARTA_ANALYST"] == "Sari" and flask_app.config["WARTA_TOKEN"] is None


def test_other_address_needs_the_public_flag(db_path, served):
    result = CliRunner().invoke(app, ["review", "--db", str(db_path), "--host", "0.0.0.0"])
    assert result.exit_code == 2 and "--public" in result.output and not served


def test_public_binding_gets_a_token(db_path, served):
    result = CliRunner().invoke(app, ["review", "--db", str(db_path), "--host", "0.0.0.0",
                                      "--public"])
    assert result.exit_code == 0, result.output
    token = served[0][0].config["WARTA_TOKEN"]
    assert token and f"?token={token}" in result.output


def test_missing_store_is_a_usage_error(tmp_path, served):
    result = CliRunner().invoke(app, ["review", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2 and not served


def test_help_has_an_example():
    result = CliRunner().invoke(app, ["review", "--help"])
    assert "Example: warta review" in result.output


def test_exported_names_exist():
    assert all(hasattr(pipeline.review, name) for name in pipeline.review.__all__)

"""``warta review``: binds to 127.0.0.1 unless told otherwise, and then only with a token."""

import socket
import subprocess
import sys
import urllib.request

import pytest
import waitress
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


class _Unbound:
    """What ``waitress.create_server`` returns, without binding (the public case must not bind
    0.0.0.0 in a test); the real server is tested in the subprocess tests below."""

    def __init__(self, application, **options):
        self.application, self.options = application, options
        self.effective_port = options["port"]

    def run(self):
        pass

    def close(self):
        pass


@pytest.fixture
def served(monkeypatch):
    calls = []

    def create_server(application, **options):
        calls.append((application, options))
        return _Unbound(application, **options)
    monkeypatch.setattr(waitress, "create_server", create_server)
    return calls


def test_binds_localhost_by_default_and_says_so(db_path, served):
    result = CliRunner().invoke(app, ["review", "--db", str(db_path), "--analyst", "Sari"])
    assert result.exit_code == 0, result.output
    assert "http://127.0.0.1:8765/" in result.output and "only from this machine" in result.output
    flask_app, options = served[0]
    assert isinstance(flask_app, Flask)
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


WARTA = [sys.executable, "-c", "from pipeline.cli import main; main()"]


def _serve(db_path, *args):
    """``warta review`` in a real process; returns it and the URL it says it serves."""
    process = subprocess.Popen([*WARTA, "review", "--db", str(db_path), *map(str, args)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = process.stderr.readline()
    url = line.split(" on ", 1)[1].split(" ", 1)[0] if " on http" in line else None
    return process, url, line


def test_serves_with_waitress_not_flasks_development_server(db_path):
    process, url, line = _serve(db_path, "--port", "0")
    try:
        assert url and url.startswith("http://127.0.0.1:"), line
        with urllib.request.urlopen(url, timeout=10) as response:
            assert response.status == 200 and response.headers["Server"] == "warta"
    finally:
        process.terminate()
        _, rest = process.communicate(timeout=10)
    assert "development server" not in line + rest and "Debugger" not in rest


def test_a_busy_port_is_one_line_before_anything_claims_to_run(db_path):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = subprocess.run([*WARTA, "review", "--db", str(db_path), "--port", str(port)],
                                capture_output=True, text=True, timeout=60)
    assert result.returncode == 3
    assert result.stderr.splitlines() == [
        f"warta: error: cannot listen on 127.0.0.1:{port}: Address already in use"]


@pytest.mark.parametrize("port", ["99999", "-1"])
def test_a_port_out_of_range_is_a_usage_error(db_path, port):
    result = subprocess.run([*WARTA, "review", "--db", str(db_path), "--port", port],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"warta: error: --port {port} is not a port (0-65535; 0 picks a free one)"]


RAW_QUERIES = [b"q=abc%00", b"q=%00", b"q=x%00y&status=new", b"q=" + b"a" * 5000,
               b"q=%ff%fe", b"q=\xff\xfeabc", b"year=%00", b"q=" + b"%41" * 3000, b"q=%C0%AF",
               b"q=abc%01def", b"q=\"NEAR(", b"q=abc"]


def test_any_query_string_is_a_page_or_a_400_never_a_500(db_path):
    process, url, line = _serve(db_path, "--port", "0")
    try:
        host, port = url.split("//")[1].rstrip("/").split(":")
        statuses = {}
        for query in RAW_QUERIES:
            for path in (b"/", b"/api/entities"):
                with socket.create_connection((host, int(port)), timeout=10) as conn:
                    conn.sendall(b"GET " + path + b"?" + query + b" HTTP/1.1\r\nHost: x\r\n"
                                 b"Connection: close\r\n\r\n")
                    reply = b""
                    while chunk := conn.recv(65536):
                        reply += chunk
                statuses[(path, query[:20])] = int(reply.split(b" ", 2)[1])
    finally:
        process.terminate()
        process.communicate(timeout=10)
    assert set(statuses.values()) <= {200, 400}, statuses
    assert statuses[(b"/", b"q=abc%00")] == 400 and statuses[(b"/", b"q=abc")] == 200

"""What a newcomer finds in a fresh clone: the licence pyproject names, and the files
`warta demo` and `warta run` leave behind kept out of git."""

import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_licence_file_is_the_one_pyproject_names():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == "MIT" and project["license-files"] == ["LICENSE"]
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")


@pytest.mark.parametrize("name", ["warta-demo.db", "warta-demo.db-wal", "warta-demo.db.lock",
                                  "warta-demo.run.json", "warta-demo-warc/warta-1.warc.gz",
                                  "warta.db", "warta.run.json", "warta-warc/warta-1.warc.gz"])
def test_demo_and_run_outputs_are_ignored(name):
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    checked = subprocess.run(["git", "check-ignore", "-q", name], cwd=ROOT)
    assert checked.returncode == 0, f"{name} is not in .gitignore"

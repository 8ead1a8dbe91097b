"""Shared fixtures: the read-only shared material, the project's rules."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "GOLD-FORMAT.md").exists():
        pytest.skip(f"shared material not found at {SHARED} (it sits beside the repository in CI)")
    return SHARED


@pytest.fixture(scope="session")
def rules():
    from pipeline.rules import load_rules
    return load_rules()


@pytest.fixture(scope="session")
def nlp(rules):
    """Warta's spaCy pipeline, built once for the extract tests."""
    from pipeline.extract import build_nlp
    return build_nlp(rules)

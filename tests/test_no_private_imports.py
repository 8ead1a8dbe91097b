"""No library's private internals: no ``_``-prefixed module is imported or reached into.

A private module (``httpcore._utils``, ``re._parser``) can change or vanish in any
release; Warta must keep working on the next one.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PIPELINE = Path(__file__).resolve().parents[1] / "pipeline"
SOURCES = sorted(PIPELINE.rglob("*.py"))


def _private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def private_uses(source: str, filename: str = "<source>") -> list[str]:
    """Every import of a ``_``-prefixed module, and every ``module._name`` of an imported module."""
    tree = ast.parse(source, filename)
    modules: set[str] = set()  # local names bound to imported modules
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if any(_private(part) for part in alias.name.split(".")):
                    found.append(f"line {node.lineno}: import {alias.name}")
                modules.add(alias.asname or alias.name.split(".")[0])
        elif isinstance(node, ast.ImportFrom):
            parts = (node.module or "").split(".")
            if any(_private(part) for part in parts if part):
                found.append(f"line {node.lineno}: from {node.module} import ...")
            for alias in node.names:
                if node.level == 0 and _private(alias.name) and node.module != "__future__":
                    found.append(f"line {node.lineno}: from {node.module} import {alias.name}")
    for node in ast.walk(tree):
        if (isinstance(node, ast.Attribute) and _private(node.attr)
                and isinstance(node.value, ast.Name) and node.value.id in modules):
            found.append(f"line {node.lineno}: {node.value.id}.{node.attr}")
    return found


@pytest.mark.parametrize("source,expected", [
    ("from httpcore._utils import is_socket_readable", 1),
    ("from re import _parser", 1),
    ("import re\nre._parser.parse('a')", 1),
    ("import sre_parse._x", 1),
    ("from ._own import thing", 1),
    ("import re\nre.compile('a')", 0),
    ("from __future__ import annotations", 0),
    ("class A:\n    def f(self):\n        return self._cache", 0),
])
def test_the_scan_sees_private_imports(source, expected):
    assert len(private_uses(source)) == expected


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(PIPELINE)))
def test_no_private_imports_in_pipeline(path):
    assert private_uses(path.read_text(encoding="utf-8"), str(path)) == []

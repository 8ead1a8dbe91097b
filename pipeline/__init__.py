"""Warta: Indonesian award news to a clean, reviewable dataset.

The stages as plain functions over plain data::

    import pipeline
    article = pipeline.clean_html(html, url="https://…")   # or pipeline.clean_text(text)
    records = pipeline.extract(article)                    # awards and scores with evidence

Imports are lazy so that ``warta --help`` starts quickly.
"""

from __future__ import annotations

import importlib

__all__ = ["clean_html", "clean_text", "clean_document", "extract", "load_rules", "Store",
           "Article", "Entity", "Award", "Score", "Evidence", "Extraction"]

_EXPORTS = {
    "clean_html": "pipeline.clean", "clean_text": "pipeline.clean",
    "clean_document": "pipeline.clean", "load_rules": "pipeline.rules", "Store": "pipeline.store",
    "Article": "pipeline.models", "Entity": "pipeline.models", "Award": "pipeline.models",
    "Score": "pipeline.models", "Evidence": "pipeline.models", "Extraction": "pipeline.models",
}


def __getattr__(name: str):
    if name == "extract":  # the subpackage, callable as pipeline.extract(article)
        return importlib.import_module("pipeline.extract")
    if name in _EXPORTS:
        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'pipeline' has no attribute {name!r}")

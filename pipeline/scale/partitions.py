"""Parquet partitions: what a worker found in one part, until the writer stores it.

One row per article to store, in file order: where it was read from, a few columns to
look at with any Parquet reader, and the extraction itself (:mod:`.codec`, JSON).
A partition is written to a temporary name and renamed, so a worker killed while
writing leaves no partition, and a retried part simply writes it again.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..models import Extraction
from .codec import decode, encode

COLUMNS = ("offset", "source", "url", "article_id", "language", "awards", "scores", "extraction")


def partition_row(offset: int, extraction: Extraction) -> dict:
    article = extraction.article
    return {"offset": offset, "source": article.source, "url": article.url,
            "article_id": article.id, "language": article.language,
            "awards": len(extraction.awards), "scores": len(extraction.scores),
            "extraction": encode(extraction)}


def write_partition(rows: list[dict], path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq
    schema = pa.schema([("offset", pa.int64()), ("source", pa.string()), ("url", pa.string()),
                        ("article_id", pa.string()), ("language", pa.string()),
                        ("awards", pa.int32()), ("scores", pa.int32()),
                        ("extraction", pa.string())])
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), partial, compression="zstd")
    os.replace(partial, path)


def read_partition(path: Path) -> list[Extraction]:
    """The partition's extractions, in file order."""
    import pyarrow.parquet as pq
    table = pq.read_table(path, columns=["offset", "extraction"]).sort_by("offset")
    return [decode(text) for text in table.column("extraction").to_pylist()]

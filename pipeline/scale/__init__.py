"""scale: reprocess WARC archives on a Dask cluster (``warta backfill``).

Workers run the single-process stages (clean → extract) on parts of WARC files and
write Parquet partitions; one writer stores them in bulk, in the order one process
would, so the store holds the same rows and ids as ``warta process`` of the same files.

    >>> from pipeline.scale import BackfillOptions, backfill
    >>> report = backfill(["cc-news/2024/"], "warta.db", cluster="tcp://10.0.0.5:8786")
    >>> report.summary()
"""

from .run import BackfillOptions, backfill, warc_files
from .report import BackfillReport

__all__ = ["backfill", "BackfillOptions", "BackfillReport", "warc_files"]

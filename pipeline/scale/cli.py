"""``warta backfill``: WARC archives through the pipeline on a Dask cluster."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer


def register(app: typer.Typer) -> None:
    """Add ``warta backfill`` to the ``warta`` app."""
    from ..cli import (DB_OPTION, EXIT_CANNOT_RUN, EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE,
                       RULES_OPTION, fail, load_rules_or_exit)

    @app.command()
    def backfill(
        paths: list[Path] = typer.Argument(..., help="WARC files (.warc, .warc.gz) or folders of them."),
        db: Path = DB_OPTION,
        cluster: str = typer.Option("local", "--cluster", metavar="ADDRESS|local",
                                    help="A Dask scheduler's address (tcp://host:8786), or "
                                         "'local' for worker processes on this machine."),
        workers: Optional[int] = typer.Option(None, "--workers", min=1, metavar="N",
                                              help="local: worker processes (default: one per "
                                                   "core); an address: wait (up to 30 s) for N "
                                                   "workers."),
        language: list[str] = typer.Option(["id"], "--language", metavar="CODE",
                                           help="Keep pages the cleaner finds in this language "
                                                "(repeatable; 'all' keeps every page)."),
        part_mb: int = typer.Option(64, "--part-mb", min=1, metavar="MB",
                                    help="Cut WARC files larger than this into parts of this size."),
        parts: Optional[Path] = typer.Option(None, "--parts", metavar="DIR",
                                             help="Where workers write Parquet partitions (a "
                                                  "folder workers and this machine share; "
                                                  "default: <db>-parts/ beside the store)."),
        keep_parts: bool = typer.Option(False, "--keep-parts",
                                        help="Keep the Parquet partitions after storing them."),
        rules: Optional[Path] = RULES_OPTION,
    ):
        """Reprocess WARC archives on a Dask cluster (a local one by default) into the store.

        Each WARC file (or record range of a large one) is cleaned and extracted on a
        worker with the same functions as `warta process`; one writer stores the results
        in bulk, with the same ids (a rerun changes nothing). Pages in other languages are
        skipped after cleaning. A run report goes next to the store (<db>.backfill.json).

        Example: warta backfill archives/ --db warta.db --workers 2
        Example: warta backfill /shared/cc-news/2024/ --cluster tcp://10.0.0.5:8786 --parts /shared/warta-parts
        """
        from ..errors import ClusterError, StoreError
        from .progress import default_observer
        from .report import report_path
        from .run import BackfillOptions, backfill as run_backfill
        load_rules_or_exit(rules)
        languages = None if "all" in language else tuple(dict.fromkeys(language))
        options = BackfillOptions(languages=languages, part_bytes=part_mb << 20, parts_dir=parts,
                                  keep_parts=keep_parts, rules_folder=rules)
        observer = default_observer()
        try:
            report = run_backfill(paths, db, cluster=cluster, workers=workers, options=options,
                                  observer=observer)
        except ImportError as error:
            fail(str(error), EXIT_USAGE)
        except ClusterError as error:
            fail(str(error), EXIT_CANNOT_RUN)
        except StoreError as error:
            fail(f"{error} (everything stored before is kept)", EXIT_CANNOT_RUN)
        finally:
            observer.close()
        typer.echo(f"warta: {report.summary()}", err=True)
        typer.echo(f"warta: report: {report_path(db)}", err=True)
        raise typer.Exit(EXIT_SOME_FAILED if report.failed_total else EXIT_OK)

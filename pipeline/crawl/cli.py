"""The crawler's commands: ``warta run``, ``warta process-warc`` and ``warta demo``."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Optional

import typer


def register(app: typer.Typer) -> None:
    """Add the crawler's commands to the ``warta`` app."""
    from ..cli import (DB_OPTION, EXIT_CANNOT_RUN, EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE,
                       RULES_OPTION, fail, load_rules_or_exit)

    QUARANTINE_OPTION = typer.Option(
        None, "--quarantine-after", min=0, metavar="N",
        help="Skip a page that failed N times in a row the same way, until it changes "
             "(default: crawler.quarantine_after, 3; 0: never; see `warta failures`).")

    @app.command("run")
    def run_command(
        config: Path = typer.Option(..., "--config", help="TOML crawl configuration (see docs/crawl.md)."),
        db: Path = DB_OPTION,
        since: Optional[str] = typer.Option(None, "--since", metavar="DATE",
                                            help="Skip articles dated before DATE (YYYY-MM-DD)."),
        max_pages: Optional[int] = typer.Option(None, "--max-pages", min=1, metavar="N",
                                                help="Fetch at most N article pages this run."),
        no_archive: bool = typer.Option(False, "--no-archive", help="Do not write a WARC file."),
        rules: Optional[Path] = RULES_OPTION,
        quarantine_after: Optional[int] = QUARANTINE_OPTION,
    ):
        """Crawl the configured sites and add what is new to the store.

        Exit codes: 0 all fine, 1 some pages failed, 2 bad configuration or usage,
        3 could not run (store, archive or report cannot be written: disk full,
        read-only; or the store is locked by another run).

        Example: warta run --config config/sites.toml --db warta.db --since 2025-01-01
        """
        from ..errors import ConfigError, StoreError
        from ..failures import FailurePolicy
        from .config import load_config
        from .progress import default_observer
        from .run import RunOptions, run_crawl
        try:
            crawl_config = load_config(config)
        except ConfigError as error:
            fail(str(error), EXIT_USAGE)
        try:
            since_day = date.fromisoformat(since) if since else None
        except ValueError:
            fail(f"--since must be a date like 2025-01-31, not {since!r}", EXIT_USAGE)
        loaded = load_rules_or_exit(rules)
        options = RunOptions(since=since_day, max_pages=max_pages, archive=not no_archive)
        policy = FailurePolicy(quarantine_after=crawl_config.quarantine_after
                               if quarantine_after is None else quarantine_after)
        try:
            report = run_crawl(crawl_config, db, options, observer=default_observer(), rules=loaded,
                               policy=policy)
        except StoreError as error:
            fail(f"{error} (nothing already stored is lost)", EXIT_CANNOT_RUN)
        typer.echo(f"warta: {report.summary()}", err=True)
        typer.echo(f"warta: report: {_report_file(db)}", err=True)
        raise typer.Exit(EXIT_SOME_FAILED if report.failed_total else EXIT_OK)

    @app.command("process-warc")
    def process_warc(
        archives: list[Path] = typer.Argument(..., help="WARC files (.warc or .warc.gz)."),
        db: Path = DB_OPTION,
        rules: Optional[Path] = RULES_OPTION,
        quarantine_after: int = typer.Option(3, "--quarantine-after", min=0, metavar="N",
                                             help="As for `warta process`."),
    ):
        """Clean, extract and store the articles of WARC archives, without the network.

        Example: warta process-warc warta-warc/*.warc.gz --db warta.db
        """
        from ..cli import _close_quietly, _open_store
        from ..errors import StoreError
        from ..failures import FailurePolicy
        loaded = load_rules_or_exit(rules)
        store = _open_store(db)
        try:
            failed = replay_archives(store, archives, loaded,
                                     FailurePolicy(quarantine_after=quarantine_after))
        except StoreError as error:
            fail(f"{error} (everything stored before this document is kept)", EXIT_CANNOT_RUN)
        finally:
            _close_quietly(store)
        raise typer.Exit(EXIT_SOME_FAILED if failed else EXIT_OK)

    @app.command()
    def demo(
        db: Path = typer.Option(Path("warta-demo.db"), "--db", help="SQLite store to fill."),
        port: int = typer.Option(8730, "--port", help="First port of the demo sites (0: any free ports)."),
        rules: Optional[Path] = RULES_OPTION,
    ):
        """Serve a small demo news site on 127.0.0.1, crawl it and show the awards found.

        No configuration needed: the demo serves the project's corpus/ pages from three
        sites (sitemaps, RSS/Atom, listing pages) and runs the whole pipeline on them.

        Example: warta demo --db warta-demo.db
        """
        from ..errors import ConfigError, StoreError
        from ..store import Store
        from .demo import run_demo
        from .progress import default_observer
        from .summary import print_summary
        loaded = load_rules_or_exit(rules)
        try:
            report = run_demo(db, port, observer=default_observer(), rules=loaded)
        except ConfigError as error:
            fail(str(error), EXIT_USAGE)
        except (StoreError, OSError) as error:
            fail(str(error), EXIT_CANNOT_RUN)
        with Store(db) as store:
            print_summary(store, report)
        raise typer.Exit(EXIT_SOME_FAILED if report.failed_total else EXIT_OK)


def replay_archives(store, archives: list[Path], rules, policy=None) -> int:
    """Clean, extract and store the articles of WARC files; a line per problem and a summary
    on stderr; returns the number of failures. Raises StoreError (the caller exits 3)."""
    from ..failures import FailurePolicy
    from .replay import process_archives
    report = process_archives(store, archives, rules=rules, policy=policy or FailurePolicy())
    for problem, count in report.failed.items():
        typer.echo(f"warta: error: {problem}" + (f" (x{count})" if count > 1 else ""), err=True)
    for failure in report.failures:
        typer.echo(f"warta: error: {failure.source}: {failure.key}: {failure.stage} failed: "
                   f"{failure.error}: {failure.message}"
                   + (" (quarantined)" if failure.quarantined else ""), err=True)
    for failure in report.quarantined:
        typer.echo(f"warta: skipped: {failure.line()}", err=True)
    typer.echo(f"warta: {report.archives} archives, {report.pages} article pages, "
               f"{report.processed} processed, {report.records_added} new records, "
               f"{report.failed_total} failed, {len(report.quarantined)} quarantined"
               + (f", {report.replaced_bytes} with undecodable bytes replaced"
                  if report.replaced_bytes else ""), err=True)
    return report.failed_total


def _report_file(db: Path) -> Path:
    from .report import report_path
    return report_path(db)

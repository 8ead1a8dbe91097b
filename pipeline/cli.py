"""The ``warta`` command: a thin layer over the library's public functions.

Exit codes: 0 all fine; 1 finished, but some inputs failed; 2 usage or configuration
error (bad option, malformed rule or gold file); 3 could not run (store unusable).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer
import typer.core

from .errors import DocumentFailed, GoldError, RuleError, StoreError, WartaError

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, EXIT_CANNOT_RUN = 0, 1, 2, 3

class _WholeHelpGroup(typer.core.TyperGroup):
    """Lists each command with its whole first paragraph, wrapped to the terminal, where
    click would cut it to a few words and "..."."""

    def format_commands(self, ctx, formatter) -> None:
        rows = []
        for name in self.list_commands(ctx):
            command = self.get_command(ctx, name)
            if command is not None and not command.hidden:
                rows.append((name, command_summary(command)))
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)


def command_summary(command) -> str:
    """A command's help up to its first blank line, on one line."""
    text = command.short_help or (command.help or "").split("\n\n")[0]
    return " ".join(text.split())


app = typer.Typer(
    cls=_WholeHelpGroup,
    help="Warta: reads Indonesian news and turns reports of awards into a clean, "
         "reviewable dataset.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import PackageNotFoundError, version
        try:
            typer.echo(f"warta {version('warta')}")
        except PackageNotFoundError:  # run from a source tree that was never installed
            typer.echo("warta (not installed: pip install -e .)")
        raise typer.Exit(EXIT_OK)


@app.callback()
def _options(
    show_version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                      help="Print the version and exit."),
):
    """Warta: reads Indonesian news and turns reports of awards into a clean, reviewable dataset."""

DB_OPTION = typer.Option(Path("warta.db"), "--db", help="SQLite store file.")
RULES_OPTION = typer.Option(None, "--rules", help="Rules folder (default: the project's rules/).")


def fail(message: str, code: int) -> None:
    """Print a one-line error on stderr and exit with ``code``."""
    typer.echo(f"warta: error: {message}", err=True)
    raise typer.Exit(code)


def load_rules_or_exit(folder: Optional[Path]):
    from .rules import load_rules
    try:
        return load_rules(folder)
    except RuleError as error:
        fail(str(error), EXIT_USAGE)


def expand_inputs(paths: list[Path]) -> list[Path]:
    """Files as given, directories as their documents (sorted), missing paths kept to fail later."""
    documents: list[Path] = []
    for path in paths:
        if path.is_dir():
            documents += sorted(p for p in path.rglob("*") if p.is_file()
                                and p.suffix.lower() in {".html", ".htm", ".txt", ".gz"})
        else:
            documents.append(path)
    return documents


def progress(items, label: str):
    """Iterate with a progress bar on a terminal, silently otherwise (cron, pipes)."""
    if not sys.stderr.isatty() or len(items) < 2:
        yield from items
        return
    from rich.progress import track
    yield from track(items, description=label, console=_stderr_console(), transient=True)


def _stderr_console():
    from rich.console import Console
    return Console(stderr=True)


@app.command()
def clean(
    paths: list[Path] = typer.Argument(..., help="HTML pages or plain-text copies, or folders of them."),
    out: Optional[Path] = typer.Option(None, "--out", help="Write one file per input into DIR."),
    format: str = typer.Option("text", "--format", help="text | json"),
    url: Optional[str] = typer.Option(None, "--url", help="The page's URL, as a crawl would know it."),
):
    """Strip boilerplate: print each article's own text (or its metadata as JSON).

    Example: warta clean page.html --format json
    """
    from .clean import clean_document
    from .process import stage
    if format not in ("text", "json"):
        fail(f"--format must be text or json, not {format!r}", EXIT_USAGE)
    failed = 0
    documents = expand_inputs(paths)
    if out:
        out.mkdir(parents=True, exist_ok=True)
    for path in progress(documents, "Cleaning"):
        try:
            with stage("clean", str(path)):
                article = clean_document(path, url=url)
        except DocumentFailed as error:
            typer.echo(f"warta: error: {error}", err=True)
            failed += 1
            continue
        rendered = article.text + "\n" if format == "text" else json.dumps(
            _article_json(article), ensure_ascii=False) + "\n"
        if out:
            name = path.name.removesuffix(".gz").rsplit(".", 1)[0] + (".txt" if format == "text" else ".json")
            (out / name).write_text(rendered, encoding="utf-8")
        else:
            sys.stdout.write(rendered)
    raise typer.Exit(EXIT_SOME_FAILED if failed else EXIT_OK)


def _article_json(article) -> dict:
    return {"id": article.id, "url": article.url, "canonical_url": article.canonical_url,
            "site": article.site, "title": article.title, "published": article.published,
            "author": article.author, "language": article.language,
            "is_article": article.is_article, "source": article.source,
            "paragraphs": list(article.paragraphs), "text": article.text}


@app.command()
def extract(
    paths: list[Path] = typer.Argument(..., help="HTML pages or plain-text copies, or folders of them."),
    url: Optional[str] = typer.Option(None, "--url", help="The page's URL, as a crawl would know it."),
    format: str = typer.Option("records", "--format",
                               help="records: JSON Lines, one record each; gold: one gold/1 object per input."),
    db: Optional[Path] = typer.Option(None, "--db", help="Also store the records in this SQLite file."),
    rules: Optional[Path] = RULES_OPTION,
):
    """Extract awards and scores, with evidence, as JSON Lines on stdout.

    Example: warta extract article.txt --format gold
    """
    from .gold import extraction_to_gold
    if format not in ("records", "gold"):
        fail(f"--format must be records or gold, not {format!r}", EXIT_USAGE)
    loaded = load_rules_or_exit(rules)
    store = _open_store(db) if db else None
    run = _Analysis(expand_inputs(paths), url, loaded, "Extracting")
    for path, extraction in run:
        if store and not _saved(store, extraction, path):
            run.failed += 1
            continue
        lines = [extraction_to_gold(extraction, document=str(path))] if format == "gold" \
            else _records(extraction)
        for line in lines:
            sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")
    if store:
        store.close()
    raise typer.Exit(EXIT_SOME_FAILED if run.failed else EXIT_OK)


class _Analysis:
    """Clean and extract each document in turn; a bad one (whatever it raises) is reported
    on one line and skipped."""

    def __init__(self, documents: list[Path], url: Optional[str], rules, label: str):
        self.documents, self.url, self.rules, self.label = documents, url, rules, label
        self.failed = 0

    def __iter__(self):
        from .process import guarded_analyse_document
        for path in progress(self.documents, self.label):
            try:
                yield path, guarded_analyse_document(path, url=self.url, rules=self.rules)
            except DocumentFailed as error:
                typer.echo(f"warta: error: {error}", err=True)
                self.failed += 1


def _records(extraction) -> list[dict]:
    records = []
    for kind, items in (("award", extraction.awards), ("score", extraction.scores)):
        for item in items:
            records.append({"type": kind, "id": item.id, **item.fields(),
                            "article": extraction.article.id, "url": extraction.article.url,
                            "evidence": [e.to_dict() for e in item.evidence]})
    return records


def _open_store(path: Path):
    from .store import Store
    try:
        return Store(path)
    except StoreError as error:
        fail(str(error), EXIT_CANNOT_RUN)


def _saved(store, extraction, path: Path) -> bool:
    """Store one extraction: False (and a line) if it is the article's own failure; exit 3 if
    the store cannot be written."""
    from .process import guarded_save
    try:
        guarded_save(store, extraction, str(path))
    except DocumentFailed as error:
        typer.echo(f"warta: error: {error}", err=True)
        return False
    except StoreError as error:
        fail(f"{error} (everything stored before this document is kept)", EXIT_CANNOT_RUN)
    return True


QUARANTINE_OPTION = typer.Option(
    3, "--quarantine-after", min=0, metavar="N",
    help="Skip a document that failed N times in a row the same way, until it changes "
         "(0: never; see `warta failures`).")


@app.command()
def process(
    paths: list[Path] = typer.Argument(..., help="HTML pages, plain-text copies or WARC archives "
                                       "(.warc, .warc.gz), or folders of pages."),
    db: Path = DB_OPTION,
    url: Optional[str] = typer.Option(None, "--url", help="The page's URL (for a single input)."),
    rules: Optional[Path] = RULES_OPTION,
    quarantine_after: int = QUARANTINE_OPTION,
):
    """Clean, extract and store documents in the SQLite store (idempotent).

    WARC archives (a crawl's warta-warc/*.warc.gz) are replayed without the network.
    A document that fails (whatever the reason) is named on one line, recorded in the
    store and skipped; the others go on, and the exit code is 1.

    Example: warta process corpus/pages --db warta.db
    Example: warta process warta-warc/*.warc.gz --db warta.db
    """
    from .failures import FailurePolicy
    from .process import process_files
    loaded = load_rules_or_exit(rules)
    policy = FailurePolicy(quarantine_after=quarantine_after)
    archives = [p for p in paths if p.name.endswith((".warc", ".warc.gz"))]
    paths = [p for p in paths if p not in archives]
    store = _open_store(db)
    failed = 0
    try:
        if archives:
            from .crawl.cli import replay_archives
            failed += replay_archives(store, archives, loaded, policy)
        if paths or not archives:
            documents = expand_inputs(paths)
            batch = process_files(store, progress(documents, "Processing"), url=url, rules=loaded,
                                  policy=policy, on_failure=_print_failure)
            for skipped in batch.quarantined:
                typer.echo(f"warta: skipped: {skipped.line()}", err=True)
            counts = store.counts()
            typer.echo(f"{batch.summary()}; store holds {counts['awards']} awards, "
                       f"{counts['scores']} scores", err=True)
            failed += len(batch.failed)
    except StoreError as error:
        fail(f"{error} (everything stored before this document is kept)", EXIT_CANNOT_RUN)
    finally:
        _close_quietly(store)
    raise typer.Exit(EXIT_SOME_FAILED if failed else EXIT_OK)


def _print_failure(failure) -> None:
    typer.echo(f"warta: error: {failure.source or failure.key}: {failure.stage} failed: "
               f"{failure.error}" + (f": {failure.message}" if failure.message else "")
               + (" (quarantined)" if failure.quarantined else ""), err=True)


def _close_quietly(store) -> None:
    try:
        store.close()
    except Exception:  # noqa: BLE001 - closing after a full disk must not hide the first error
        pass


@app.command()
def failures(
    keys: Optional[list[str]] = typer.Argument(None, help="Only these pages (URL) or files (path)."),
    db: Path = DB_OPTION,
    retry: bool = typer.Option(False, "--retry",
                               help="Release quarantined documents: the next batch tries them again."),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per failure."),
):
    """List the documents that failed and have not succeeded since, quarantined ones first.

    Example: warta failures --db warta.db
    Example: warta failures --db warta.db --retry
    """
    from .failures import FailureLog, file_key
    if not db.exists():
        fail(f"{db}: no such store (run `warta process` or `warta run` first)", EXIT_USAGE)
    store = _open_store(db)
    try:
        log = FailureLog(store)
        wanted = None
        if keys:
            wanted = {k for key in keys for k in (key, file_key(key))}
        if retry:
            released = log.release(sorted(wanted) if wanted else None)
            typer.echo(f"warta: {released} quarantined document(s) released; the next batch "
                       "tries them again", err=True)
        rows = [f for f in log.all() if wanted is None or f.key in wanted]
    except StoreError as error:
        fail(str(error), EXIT_CANNOT_RUN)
    finally:
        _close_quietly(store)
    for row in rows:
        typer.echo(json.dumps(row.to_dict(), ensure_ascii=False) if as_json else row.line())
    if not as_json:
        quarantined = sum(row.quarantined for row in rows)
        typer.echo(f"{len(rows)} failing document(s), {quarantined} quarantined", err=True)


@app.command("eval")
def evaluate(
    gold_dir: Path = typer.Argument(..., help="Folder of gold/1 JSON files (or one file)."),
    root: Path = typer.Option(Path("."), "--root", help="Folder the gold files' `document` paths are relative to."),
    as_json: bool = typer.Option(False, "--json", help="Print the report as one JSON object."),
    explain: bool = typer.Option(False, "--explain", help="List every false positive and false negative."),
    rules: Optional[Path] = RULES_OPTION,
):
    """Score the pipeline against gold annotations (GOLD-FORMAT.md).

    Example: warta eval ../shared/gold/seeds --root ../shared
    """
    from .evaluate import evaluate_gold, render_explain, render_report
    loaded = load_rules_or_exit(rules)
    try:
        report = evaluate_gold(gold_dir, root=root, rules=loaded)
    except GoldError as error:
        fail(str(error), EXIT_USAGE)
    if as_json:
        typer.echo(json.dumps(report.summary(), ensure_ascii=False))
    else:
        typer.echo(render_report(report))
    if explain:
        typer.echo(render_explain(report))
    raise typer.Exit(EXIT_SOME_FAILED if report.failed else EXIT_OK)


@app.command()
def export(
    db: Path = DB_OPTION,
    format: str = typer.Option("jsonl", "--format",
                               help="jsonl | csv | parquet | gold (gold/1 files, one per reviewed article)"),
    out: Optional[Path] = typer.Option(None, "--out", help="Write to FILE instead of stdout "
                                       "(required for parquet; for gold: a folder)."),
    reviewed_only: bool = typer.Option(False, "--reviewed-only", help="Only records an analyst accepted or corrected."),
    warc: list[Path] = typer.Option([], "--warc", help="gold: WARC files or folders holding crawled "
                                    "pages (the store's own crawl archives are found without it)."),
):
    """Export the stored awards and scores with their evidence, analysts' decisions applied.

    Rejected records are left out; corrected ones carry the corrected values; records
    analysts added are included. jsonl, csv and parquet carry the same columns (README,
    "Export columns"). gold writes, per reviewed article, a gold/1 file and the page it
    was read from (archived, for crawled articles) beside it: `warta eval DIR --root DIR`.

    Example: warta export --db warta.db --format csv --reviewed-only --out awards.csv
    Example: warta export --db warta.db --format gold --out gold/reviewed
    """
    from .export import EXPORT_FORMATS, export_gold, export_records
    if format not in EXPORT_FORMATS:
        fail(f"--format must be one of {', '.join(EXPORT_FORMATS)}, not {format!r}", EXIT_USAGE)
    if format in ("gold", "parquet") and out is None:
        what = "one file per article: give a folder" if format == "gold" else "a binary file: give it"
        fail(f"--format {format} writes {what} with --out", EXIT_USAGE)
    if not db.exists():
        fail(f"{db}: no such store (run `warta process` or `warta run` first)", EXIT_USAGE)
    store = _open_store(db)
    try:
        if format == "gold":
            result = export_gold(store, out, archives=warc)
            for line in result.skipped:
                typer.echo(f"warta: skipped: {line}", err=True)
            typer.echo(f"{len(result.written)} reviewed article(s) written to {out}"
                       + (f", {len(result.skipped)} skipped" if result.skipped else ""), err=True)
        elif format == "parquet":
            written = export_records(store, format, str(out), reviewed_only=reviewed_only)
            typer.echo(f"{written} records written to {out}", err=True)
        else:
            stream = out.open("w", encoding="utf-8", newline="") if out else sys.stdout
            export_records(store, format, stream, reviewed_only=reviewed_only)
    except ImportError as error:
        fail(str(error), EXIT_USAGE)
    except OSError as error:
        fail(f"{out}: {error.strerror or error}", EXIT_CANNOT_RUN)
    finally:
        store.close()


@app.command()
def stats(
    db: Path = DB_OPTION,
    as_json: bool = typer.Option(False, "--json", help="Print the counts as one JSON object."),
):
    """Count the dataset by kind, year, province and review status (decisions applied).

    Example: warta stats --db warta.db
    """
    from .stats import dataset_stats, render_stats
    if not db.exists():
        fail(f"{db}: no such store (run `warta process` or `warta run` first)", EXIT_USAGE)
    store = _open_store(db)
    try:
        counted = dataset_stats(store)
    finally:
        store.close()
    typer.echo(json.dumps(counted.to_dict(), ensure_ascii=False) if as_json
               else render_stats(counted), nl=as_json)


from .review.cli import register as _register_review; _register_review(app)  # noqa: E402
from .crawl.cli import register as _register_crawl; _register_crawl(app)  # noqa: E402
from .scale.cli import register as _register_scale; _register_scale(app)  # noqa: E402


def main() -> None:
    try:
        app()
    except WartaError as error:  # anything a command did not turn into a message itself
        typer.echo(f"warta: error: {error}", err=True)
        sys.exit(EXIT_CANNOT_RUN)

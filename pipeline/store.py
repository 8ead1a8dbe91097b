"""The SQLite store: articles, entities, awards, scores, evidence and decisions.

Writes are transactional and idempotent: saving the same extraction again leaves
every table as it was. An article's observations are replaced as a whole, and the
merged records they touch are recomputed from all articles' observations.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
from importlib import resources
from pathlib import Path
from typing import Iterable

from .errors import StoreError
from .merge import merge_observations
from .models import Extraction, stable_id

DEFAULT_DB = Path("warta.db")
# SQLite refusing one article's values (too big, wrong type): that article fails, the store is fine.
_DOCUMENT_ERRORS = (sqlite3.IntegrityError, sqlite3.DataError, sqlite3.InterfaceError,
                    sqlite3.ProgrammingError, OverflowError)


def _migrations() -> list[tuple[str, str]]:
    """``(name, sql)`` of every migration shipped in ``pipeline/migrations``, in order."""
    folder = resources.files("pipeline") / "migrations"
    files = sorted(f for f in folder.iterdir() if f.name.endswith(".sql"))
    return [(f.name.removesuffix(".sql"), f.read_text(encoding="utf-8")) for f in files]


class Store:
    """A Warta database file. Use as a context manager or call :meth:`close`."""

    def __init__(self, path: str | Path = DEFAULT_DB):
        self.path = Path(path)
        try:
            if self.path.parent and not self.path.parent.exists():
                self.path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            self.db.row_factory = sqlite3.Row
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA foreign_keys=ON")
            self.db.execute("PRAGMA busy_timeout=30000")
            self._migrate()
        except sqlite3.DatabaseError as error:
            raise StoreError(f"{self.path}: cannot open the store: {error}{disk_hint(self.path)}") from error
        except OSError as error:
            raise StoreError(f"{self.path}: {error.strerror or error}") from error

    # -- lifecycle -------------------------------------------------------------------

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    def _migrate(self) -> None:
        self.db.execute("CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY)")
        applied = {row[0] for row in self.db.execute("SELECT name FROM schema_migrations")}
        for name, sql in _migrations():
            if name in applied:
                continue
            with self.transaction():
                for statement in _statements(sql):
                    if not self._column_exists(statement):
                        self.db.execute(statement)
                self.db.execute("INSERT INTO schema_migrations(name) VALUES (?)", (name,))

    def _column_exists(self, statement: str) -> bool:
        """Whether ``statement`` adds a column the table already has (SQLite has no
        ``ADD COLUMN IF NOT EXISTS``): a migration applied again is harmless."""
        match = _ADD_COLUMN.match(statement)
        if not match:
            return False
        table, column = match.groups()
        return any(row[1] == column for row in self.db.execute(f"PRAGMA table_info({table})"))

    @property
    def schema_version(self) -> str:
        row = self.db.execute("SELECT max(name) FROM schema_migrations").fetchone()
        return row[0]

    def transaction(self):
        """A write transaction: ``with store.transaction(): ...`` commits or rolls back."""
        return _Transaction(self.db)

    # -- writing -----------------------------------------------------------------------

    def save(self, extraction: Extraction) -> dict:
        """Store one article's extraction, replacing what that article said before.

        Returns counts: ``{"awards": n, "scores": n, "new_records": n}``.
        """
        return self.save_many([extraction])

    def save_many(self, extractions: Iterable[Extraction]) -> dict:
        """Store articles' extractions in one transaction: the rows saving each in turn gives
        (a bulk load: each record they touch is merged once, at the end). Summed counts."""
        counts = {"awards": 0, "scores": 0, "new_records": 0}
        # listing and index pages hold no facts of their own
        articles = [extraction for extraction in extractions if extraction.article.is_article]
        if not articles:
            return counts
        touched: set[str] = set()
        new_ids: set[str] = set()
        try:
            with self.transaction():
                for extraction in articles:
                    touched |= self._replace_observations(extraction, new_ids)
                    counts["awards"] += len(extraction.awards)
                    counts["scores"] += len(extraction.scores)
                for record_id in sorted(touched):
                    self._remerge(record_id)
        except _DOCUMENT_ERRORS:
            raise  # this article's data (a value SQLite refuses): its failure, not the store's
        except sqlite3.DatabaseError as error:  # disk full, locked, read-only, corrupt
            raise StoreError(f"{self.path}: could not write: {error}{disk_hint(self.path)}") from error
        counts["new_records"] = len(new_ids)
        return counts

    def _replace_observations(self, extraction: Extraction, new_ids: set[str]) -> set[str]:
        """Write one article and what it says; the record ids to merge again."""
        article = extraction.article
        observations = [("award", award.id, award.fields(), award.evidence)
                        for award in extraction.awards]
        observations += [("score", score.id, score.fields(), score.evidence)
                         for score in extraction.scores]
        touched = {row[0] for row in self.db.execute(
            "SELECT record_id FROM observations WHERE article_id = ?", (article.id,))}
        self._save_article(extraction)
        self.db.execute("DELETE FROM observations WHERE article_id = ?", (article.id,))
        self.db.execute("DELETE FROM evidence WHERE article_id = ?", (article.id,))
        for entity in extraction.entities:
            # the spellings every article wrote it with, whichever was stored last
            known = self.db.execute("SELECT aliases FROM entities WHERE id = ?", (entity.id,)).fetchone()
            aliases = set(entity.aliases) | set(json.loads(known[0]) if known else ())
            self.db.execute(
                "INSERT OR REPLACE INTO entities(id, name, type, region, aliases) "
                "VALUES (?, ?, ?, ?, ?)",
                (entity.id, entity.name, entity.type, entity.region,
                 json.dumps(sorted(aliases), ensure_ascii=False)))
        new_ids |= {record_id for kind, record_id, _, _ in observations
                    if record_id not in new_ids and self._is_new(kind, record_id)}
        for kind, record_id, fields, evidence in observations:
            self.db.execute(
                "INSERT OR REPLACE INTO observations(record_id, article_id, kind, fields) "
                "VALUES (?, ?, ?, ?)",
                (record_id, article.id, kind, _dumps(fields)))
            for item in evidence:
                self.db.execute(
                    "INSERT OR IGNORE INTO evidence(record_id, article_id, sentence, "
                    "start, end, rule) VALUES (?, ?, ?, ?, ?, ?)",
                    (record_id, article.id, item.sentence, item.start, item.end,
                     item.rule))
            touched.add(record_id)
        return touched

    def set_article_flags(self, article_id: str, flags: dict[str, str | None]) -> None:
        """Replace what is flagged about how an article's text was obtained (``flag -> detail``)."""
        try:
            with self.transaction():
                self.db.execute("DELETE FROM article_flags WHERE article_id = ?", (article_id,))
                self.db.executemany(
                    "INSERT INTO article_flags(article_id, flag, detail) VALUES (?, ?, ?)",
                    [(article_id, flag, detail) for flag, detail in sorted(flags.items())])
        except sqlite3.DatabaseError as error:
            raise StoreError(f"{self.path}: could not write: {error}") from error

    def article_flags(self, article_id: str) -> dict[str, str | None]:
        return dict(self.db.execute(
            "SELECT flag, detail FROM article_flags WHERE article_id = ? ORDER BY flag",
            (article_id,)).fetchall())

    def _save_article(self, extraction: Extraction) -> None:
        article = extraction.article
        content_hash = hashlib.sha1(article.text.encode("utf-8")).hexdigest()
        self.db.execute(
            "INSERT INTO articles(id, url, canonical_url, site, title, published, author, "
            "language, text, source, content_hash) VALUES (?,?,?,?,?,?,?,?,?,?,?) "
            "ON CONFLICT(id) DO UPDATE SET url=excluded.url, canonical_url=excluded.canonical_url, "
            "site=excluded.site, title=excluded.title, published=excluded.published, "
            "author=excluded.author, language=excluded.language, text=excluded.text, "
            "source=excluded.source, content_hash=excluded.content_hash",
            (article.id, article.url, article.canonical_url, article.site, article.title,
             article.published, article.author, article.language, article.text,
             article.source, content_hash))

    def _is_new(self, kind: str, record_id: str) -> int:
        table = "awards" if kind == "award" else "scores"
        return self.db.execute(f"SELECT 1 FROM {table} WHERE id = ?", (record_id,)).fetchone() is None

    def _remerge(self, record_id: str) -> None:
        rows = self.db.execute(
            "SELECT article_id, kind, fields FROM observations WHERE record_id = ? "
            "ORDER BY article_id", (record_id,)).fetchall()
        if not rows:
            self.db.execute("DELETE FROM awards WHERE id = ?", (record_id,))
            self.db.execute("DELETE FROM scores WHERE id = ?", (record_id,))
            return
        kind = rows[0]["kind"]
        merged = merge_observations(kind, [(r["article_id"], json.loads(r["fields"])) for r in rows])
        fields = merged["fields"]
        common = (merged["sources"], int(merged["conflict"]), _dumps(merged["variants"]))
        if kind == "award":
            self.db.execute(
                "INSERT OR REPLACE INTO awards(id, recipient_id, recipient, giver_id, giver, name, "
                "kind, category, grade, year, score, date, place, received_by, sources, conflict, "
                "variants) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (record_id, _entity_id(fields["recipient"]), fields["recipient"],
                 _entity_id(fields.get("giver")), fields.get("giver"), fields["name"],
                 fields.get("kind"), fields.get("category"), fields.get("grade"),
                 fields.get("year"), fields.get("score"), fields.get("date"),
                 fields.get("place"), fields.get("received_by"), *common))
        else:
            self.db.execute(
                "INSERT OR REPLACE INTO scores(id, entity_id, entity, year, value, scale, kind, "
                "sources, conflict, variants) VALUES (?,?,?,?,?,?,?,?,?,?)",
                (record_id, _entity_id(fields["entity"]), fields["entity"], fields.get("year"),
                 fields["value"], fields.get("scale"), fields.get("kind"), *common))

    # -- reading -----------------------------------------------------------------------

    def awards(self) -> list[dict]:
        return [self._with_evidence(dict(row)) for row in
                self.db.execute("SELECT * FROM awards ORDER BY recipient, year, name, id")]

    def scores(self) -> list[dict]:
        return [self._with_evidence(dict(row)) for row in
                self.db.execute("SELECT * FROM scores ORDER BY entity, year, id")]

    def _with_evidence(self, record: dict) -> dict:
        record["variants"] = json.loads(record["variants"])
        record["conflict"] = bool(record["conflict"])
        record["evidence"] = [
            dict(row) for row in self.db.execute(
                "SELECT e.article_id, a.url, e.sentence, e.start, e.end, e.rule "
                "FROM evidence e JOIN articles a ON a.id = e.article_id "
                "WHERE e.record_id = ? ORDER BY e.article_id, e.start, e.rule", (record["id"],))]
        return record

    def article_hash(self, article_id: str) -> str | None:
        row = self.db.execute("SELECT content_hash FROM articles WHERE id = ?",
                              (article_id,)).fetchone()
        return row[0] if row else None

    def counts(self) -> dict[str, int]:
        tables = ("articles", "entities", "awards", "scores", "evidence", "decisions")
        return {t: self.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}

    def dump(self, tables: tuple[str, ...] = ("articles", "entities", "observations", "evidence",
                                             "awards", "scores", "decisions")) -> dict:
        """Every row of the content tables, sorted: two stores with equal dumps hold the same data."""
        out = {}
        for table in tables:
            rows = [tuple(row) for row in self.db.execute(f"SELECT * FROM {table}")]
            out[table] = sorted(rows, key=repr)
        return out


class _Transaction:
    def __init__(self, db: sqlite3.Connection):
        self.db = db

    def __enter__(self):
        self.db.execute("BEGIN IMMEDIATE")
        return self.db

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            try:
                self.db.execute("COMMIT")
            except sqlite3.DatabaseError:  # e.g. disk full at commit: leave no transaction open
                self._rollback()
                raise
        else:
            self._rollback()
        return False

    def _rollback(self) -> None:
        if self.db.in_transaction:
            try:
                self.db.execute("ROLLBACK")
            except sqlite3.DatabaseError:  # SQLite rolled back itself; the first error is the one to tell
                pass


_ADD_COLUMN = re.compile(r"\s*ALTER\s+TABLE\s+(\w+)\s+ADD\s+(?:COLUMN\s+)?(\w+)", re.IGNORECASE)


def disk_hint(path: Path) -> str:
    """What the file system under ``path`` says when SQLite only says "disk I/O error"."""
    folder = Path(path).resolve().parent
    try:
        stats = os.statvfs(folder)
    except OSError:
        return ""
    if stats.f_flag & os.ST_RDONLY:
        return " (the file system is read-only)"
    free = stats.f_bavail * stats.f_frsize
    if free < 1024 * 1024:
        return f" (the disk is full: {free:,} bytes free)"
    return ""


def _statements(sql: str) -> list[str]:
    """Split a migration into statements (our migrations contain no ';' inside strings).

    Pieces are joined until SQLite calls them complete, so a trigger's body stays whole.
    """
    lines = [line for line in sql.splitlines() if not line.strip().startswith("--")]
    statements, pending = [], ""
    for piece in "\n".join(lines).split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \n;"):
                statements.append(pending.strip().removesuffix(";"))
            pending = ""
    if pending.strip(" \n;"):
        statements.append(pending.strip().removesuffix(";"))
    return statements


def _entity_id(name: str | None) -> str | None:
    return stable_id("entity", name) if name else None


def _dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)

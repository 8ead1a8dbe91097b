"""The review web app: a queue of records, a page per record, and decisions by POST.

    >>> app = create_app("warta.db", analyst="Sari")
    >>> waitress.serve(app, host="127.0.0.1", port=8765)   # what `warta review` does
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from urllib.parse import unquote_to_bytes

from flask import (Flask, abort, flash, g, jsonify, redirect, render_template, request,
                   send_file, url_for)

from ..store import Store
from . import decisions, queries, security

ANALYST_COOKIE = "warta_analyst"
PACKAGE = Path(__file__).resolve().parent.parent


def create_app(db_path: str | Path, analyst: str | None = None, token: str | None = None,
               secret_key: str | bytes | None = None) -> Flask:
    """A Flask app over the store at ``db_path``.

    ``analyst`` fixes the name decisions are signed with (else each browser sets its
    own once); ``token`` makes every request prove it knows it (for binding beyond
    127.0.0.1).
    """
    db_path = Path(db_path)
    Store(db_path).close()  # create the file and apply migrations once, up front
    app = Flask(__name__, template_folder=str(PACKAGE / "templates"),
                static_folder=str(PACKAGE / "static"), static_url_path="/static")
    app.config.update(
        SECRET_KEY=secret_key or secrets.token_bytes(32),
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Strict",
        WARTA_DB=db_path,
        WARTA_ANALYST=analyst,
        WARTA_TOKEN=token,
    )
    app.jinja_env.autoescape = True  # also for templates not named .html
    app.jinja_env.globals.update(csrf_token=security.csrf_token, safe_link=security.safe_link,
                                 field_types=decisions.FIELD_TYPES,
                                 reject_reasons=decisions.REJECT_REASONS)
    app.jinja_env.filters["value"] = _format_value

    @app.before_request
    def _guard():
        problem = _unsafe_query()
        if problem:
            abort(400, problem)
        response = security.check_access_token(app.config["WARTA_TOKEN"])
        if response is not None:
            return response
        security.check_csrf()
        return None

    app.after_request(security.secure_headers)

    @app.teardown_appcontext
    def _close(_exc):
        store = g.pop("store", None)
        if store is not None:
            store.close()

    _routes(app)
    from .pages import blueprint
    app.register_blueprint(blueprint)
    return app


def _store() -> Store:
    if "store" not in g:
        from flask import current_app
        g.store = Store(current_app.config["WARTA_DB"])
    return g.store


def _analyst() -> str | None:
    from flask import current_app
    return current_app.config["WARTA_ANALYST"] or request.cookies.get(ANALYST_COOKIE) or None


def _routes(app: Flask) -> None:
    @app.context_processor
    def _common():
        return {"analyst": _analyst(), "analyst_fixed": bool(app.config["WARTA_ANALYST"]),
                "counts": queries.status_counts(_store().db)}

    @app.get("/")
    def queue():
        filters = queries.QueueFilters.from_args(request.args)
        db = _store().db
        return render_template("queue.html", page=queries.queue(db, filters), filters=filters,
                               facets=queries.facets(db), sorts=queries.SORTS,
                               statuses=queries.STATUSES + queries.FLAGS,
                               page_sizes=queries.PAGE_SIZES)

    @app.get("/record/<record_id>")
    def record(record_id: str):
        db = _store().db
        filters = queries.QueueFilters.from_args(request.args)
        merged = queries.merged_record(db, record_id)
        state = decisions.review_state(db, record_id)
        if merged is None and state is None:
            abort(404, f"No record {record_id} in this store.")
        found = decisions.extracted_fields(db, record_id)
        # A record no article reports any more is known only by its review's snapshot.
        kind = found[0] if found else ("score" if "entity" in state["fields_at_review"]
                                       else "award")
        reports = queries.reports(db, record_id)
        previous, following = queries.neighbours(db, filters, record_id)
        return render_template(
            "record.html", record_id=record_id, kind=kind, merged=merged,
            row=queries.queue_row(db, record_id),
            extracted=found[1] if found else {}, effective=decisions.effective_fields(db, record_id),
            state=state, changes=decisions.changes_since_review(db, record_id),
            history=decisions.history(db, record_id), evidence=queries.evidence(db, record_id),
            reports=reports, differing=_differing(reports),
            archived={r["article_id"] for r in reports if _archived_path(r["source"])},
            filters=filters, previous=previous, following=following)

    @app.post("/record/<record_id>/decide")
    def decide(record_id: str):
        form = request.form
        back = _local_url(form.get("next")) or url_for(
            "record", record_id=record_id) + _query(form.get("filters", ""))
        after = _local_url(form.get("next")) or _following(record_id, form.get("filters", ""))
        analyst = _analyst()
        if not analyst:
            flash("Set your name first: every decision is signed.", "error")
            return redirect(url_for("analyst_form", next=back))
        action = form.get("action", "")
        try:
            kind = decisions.record_type(_store().db, record_id) or ""
            changes = None
            if action == "correct":
                changes = decisions.parse_changes(
                    kind, {k.removeprefix("f_"): v for k, v in form.items() if k.startswith("f_")})
            reason = form.get("reason_other") or form.get("reason")
            made = decisions.decide(_store(), record_id, action, analyst, reason=reason,
                                    changes=changes, adopt=form.get("adopt") == "1")
        except decisions.DecisionError as error:
            flash(str(error), "error")
            return redirect(back)
        flash(f"{decisions.STATUS_OF[made.action].capitalize()} by {made.analyst}: "
              f"{_describe(record_id)}.", "ok")
        return redirect(after)

    @app.get("/article/<article_id>")
    def article(article_id: str):
        db = _store().db
        found = queries.article(db, article_id)
        if found is None:
            abort(404, f"No article {article_id} in this store.")
        spans = [(r["start"], r["end"]) for r in db.execute(
            "SELECT start, end FROM evidence WHERE article_id = ?", (article_id,))]
        return render_template("article.html", article=found,
                               sentences=queries.sentences(found["text"], spans),
                               records=queries.article_records(db, article_id),
                               archived=_archived_path(found["source"]) is not None)

    @app.get("/article/<article_id>/archived")
    def archived(article_id: str):
        found = queries.article(_store().db, article_id)
        path = _archived_path(found["source"]) if found else None
        if path is None:
            abort(404, "No archived copy of this article.")
        # Served as plain text, never as HTML: an archived page must not run in our origin.
        return send_file(path, mimetype="text/plain; charset=utf-8", as_attachment=False,
                         download_name=path.name + ".txt")

    @app.get("/api/entities")
    def entity_names():
        return jsonify(queries.entity_names(_store().db, request.args.get("q", "")))

    @app.route("/analyst", methods=["GET", "POST"])
    def analyst_form():
        next_url = _local_url(request.values.get("next")) or url_for("queue")
        if request.method == "POST":
            name = request.form.get("name", "").strip()[:80]
            if not name:
                flash("A name is needed.", "error")
                return redirect(url_for("analyst_form", next=next_url))
            response = redirect(next_url)
            response.set_cookie(ANALYST_COOKIE, name, max_age=365 * 24 * 3600,
                                httponly=True, samesite="Strict")
            return response
        return render_template("analyst.html", next_url=next_url)

    @app.errorhandler(400)
    @app.errorhandler(401)
    @app.errorhandler(404)
    def _error(error):
        return render_template("error.html", error=error), error.code


MAX_QUERY_BYTES = 4096  # a whole query string; filters and a search fit in far less
MAX_QUERY_VALUE = 500  # characters of one parameter
_CONTROL = {chr(c) for c in range(32) if chr(c) not in "\t\n\r"} | {"\x7f"}


def _unsafe_query() -> str | None:
    """Why the query string cannot be used (SQLite's full-text search chokes on NUL), or None."""
    raw = request.query_string
    if len(raw) > MAX_QUERY_BYTES:
        return f"The query string is longer than {MAX_QUERY_BYTES} bytes."
    try:
        unquote_to_bytes(raw.replace(b"+", b" ")).decode("utf-8")
    except UnicodeDecodeError:
        return "The query string is not valid UTF-8."
    for key, value in request.args.items(multi=True):
        if len(key) > MAX_QUERY_VALUE or len(value) > MAX_QUERY_VALUE:
            return f"A query parameter is longer than {MAX_QUERY_VALUE} characters."
        if not _CONTROL.isdisjoint(key) or not _CONTROL.isdisjoint(value):
            return "A query parameter contains control characters (such as NUL)."
    return None


def _following(record_id: str, filters: str) -> str:
    """Where a decision on a record page leads: the next record under the same filters,
    else the queue."""
    from urllib.parse import parse_qsl
    parsed = queries.QueueFilters.from_args(dict(parse_qsl(filters)))
    _, following = queries.neighbours(_store().db, parsed, record_id)
    if following:
        return url_for("record", record_id=following) + _query(filters)
    return url_for("queue") + _query(filters)


def _describe(record_id: str) -> str:
    row = queries.queue_row(_store().db, record_id)
    return f"{row['entity']} — {row['label']}" if row else record_id


def _differing(reports: list[dict]) -> set[str]:
    """Fields on which the articles reporting a record disagree."""
    keys = {k for r in reports for k in r["fields"]}
    return {k for k in keys if len({repr(r["fields"].get(k)) for r in reports}) > 1}


def _archived_path(source: str | None) -> Path | None:
    """The archived copy an article was read from, when it is a file still on disk."""
    if not source:
        return None
    path = Path(source)
    try:
        return path if path.is_file() and os.access(path, os.R_OK) else None
    except OSError:
        return None


def _local_url(url: str | None) -> str | None:
    """``url`` when it points into this app (no open redirects)."""
    if url and url.startswith("/") and not url.startswith("//") and "\\" not in url:
        return url
    return None


def _query(query: str) -> str:
    return "?" + query if query else ""


def _format_value(value) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, float):
        return f"{value:.4f}".rstrip("0").rstrip(".")
    return str(value)

"""The review app's pages for the dataset as a whole: adding a record the extractor
missed, the charts, and times in the analyst's zone. A blueprint, registered by
:func:`pipeline.review.app.create_app`."""

from __future__ import annotations

from datetime import datetime
from urllib.parse import urlencode

from flask import Blueprint, flash, redirect, render_template, request, url_for

from ..errors import DecisionError
from ..stats import dataset_stats
from . import additions, charts, decisions, times

blueprint = Blueprint("pages", __name__)


def _store():
    from .app import _store  # the request's store, opened and closed by the app
    return _store()


def _analyst() -> str | None:
    from .app import _analyst
    return _analyst()


@blueprint.app_context_processor
def _zone():
    name, tz = times.zone(request.cookies.get(times.ZONE_COOKIE))
    return {"zone_name": name, "zone_label": times.zone_label(name, datetime.now(tz)),
            "zone_choices": times.CHOICES}


@blueprint.app_template_filter("when")
def _when(value) -> str:
    """``{{ decided_at|when }}``: the time in the analyst's zone, zone named."""
    return times.show_time(value, request.cookies.get(times.ZONE_COOKIE))


@blueprint.post("/article/<article_id>/add")
def add(article_id: str):
    """Add an award or score from the article; on a mistake, back to the filled form."""
    form = request.form
    kind = form.get("kind", "")
    typed_form = {k.removeprefix("f_"): v for k, v in form.items() if k.startswith("f_")}
    analyst = _analyst()
    try:
        if not analyst:
            raise DecisionError("Set your name first: every record is signed.")
        start, end = _span(form)
        values = decisions.parse_changes(kind, typed_form)
        record_id = additions.add_record(_store(), article_id, kind, values, start=start,
                                         end=end, analyst=analyst)
    except DecisionError as error:
        flash(str(error), "error")
        kept = {"add": kind, "start": form.get("start", ""), "end": form.get("end", ""),
                **{f"f_{k}": v for k, v in typed_form.items() if v}}
        return redirect(url_for("article", article_id=article_id) + "?" + urlencode(kept)
                        + "#add")
    flash(f"Added the {kind} (accepted, signed {analyst}); it is in the queue and the exports.",
          "ok")
    return redirect(url_for("record", record_id=record_id))


def _span(form) -> tuple[int, int]:
    """The evidence: words selected (start, end) or else the sentence picked ("start:end")."""
    raw_start, raw_end = form.get("start", ""), form.get("end", "")
    if not (raw_start and raw_end) and ":" in form.get("sentence", ""):
        raw_start, raw_end = form["sentence"].split(":", 1)
    try:
        return int(raw_start), int(raw_end)
    except ValueError:
        raise DecisionError("pick the sentence (or select the words) the record comes from") \
            from None


@blueprint.get("/charts")
def charts_page():
    stats = dataset_stats(_store())
    reviewed = stats.by_status["accepted"] + stats.by_status["corrected"] \
        + stats.by_status["rejected"]
    everything = reviewed + stats.by_status["new"]
    return render_template(
        "charts.html", stats=stats,
        progress=charts.bar_chart(list(stats.by_status.items())),
        reviewed_share=round(100 * reviewed / everything) if everything else 0,
        per_year=charts.stacked_columns(stats.awards_by_year_kind),
        provinces=charts.bar_chart(stats.by_province),
        givers=charts.bar_chart(stats.top_givers),
        kinds=charts.bar_chart(stats.by_kind),
        status_class=lambda bar: f"fill-{bar.label}")


@blueprint.post("/zone")
def choose_zone():
    """The zone times are shown in (the analyst page's choice)."""
    name, _ = times.zone(request.form.get("zone"))
    from .app import _local_url
    response = redirect(_local_url(request.form.get("next")) or url_for("queue"))
    response.set_cookie(times.ZONE_COOKIE, name, max_age=365 * 24 * 3600, samesite="Strict")
    return response

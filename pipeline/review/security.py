"""The review app's guards: CSRF tokens on every POST, an access token off localhost, headers."""

from __future__ import annotations

import hmac
import secrets
from urllib.parse import urlencode

from flask import abort, redirect, request, session

LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")

# Nothing inline and nothing from elsewhere: even if escaping failed, no script would run.
CONTENT_SECURITY_POLICY = ("default-src 'self'; script-src 'self'; style-src 'self'; "
                           "img-src 'self' data:; object-src 'none'; base-uri 'none'; "
                           "frame-ancestors 'none'; form-action 'self'")


def csrf_token() -> str:
    """The session's CSRF token (made on first use), for forms' hidden field."""
    if "csrf" not in session:
        session["csrf"] = secrets.token_urlsafe(32)
    return session["csrf"]


def check_csrf() -> None:
    """Refuse a POST whose form (or X-CSRF-Token header) lacks the session's token."""
    if request.method != "POST":
        return
    sent = request.form.get("csrf_token") or request.headers.get("X-CSRF-Token") or ""
    expected = session.get("csrf", "")
    if not expected or not hmac.compare_digest(sent, expected):
        abort(400, "The form has expired or did not come from this app: reload the page and "
                   "try again.")


def check_access_token(token: str | None):
    """With a token set, every request must carry it once (?token=) or send it as a header."""
    if not token or session.get("authorised"):
        return None
    given = request.args.get("token") or request.headers.get("Authorization", "").removeprefix(
        "Bearer ")
    if given and hmac.compare_digest(given, token):
        session["authorised"] = True
        if "token" in request.args:
            args = {k: v for k, v in request.args.items() if k != "token"}
            return redirect(request.path + ("?" + urlencode(args) if args else ""))
        return None
    abort(401, "This review server needs its access token: open it with ?token=…")


def secure_headers(response):
    response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


def safe_link(url: str | None) -> str | None:
    """``url`` when it is http(s), else None: a stored ``javascript:`` URL never becomes a link."""
    if url and url.split(":", 1)[0].lower() in ("http", "https"):
        return url
    return None

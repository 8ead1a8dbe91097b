"""A real headless Chromium (Debian's, driven by Playwright) and a review app served on
127.0.0.1, for the browser tests. Importing this module skips the test module when
chromium is absent (``apt-get install -y chromium``; never ``playwright install``)."""

from __future__ import annotations

import threading
from contextlib import contextmanager
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip("chromium is not installed: apt-get install -y chromium (the browser tests "
                "use Debian's chromium, never `playwright install`)", allow_module_level=True)

from playwright import sync_api as playwright_api  # noqa: E402  (the dev extra installs it)
from werkzeug.serving import make_server  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SCREENSHOTS = ROOT / "docs" / "screenshots"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@contextmanager
def served(app):
    """``app`` on a free port of 127.0.0.1; yields its base URL."""
    httpd = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_port}"
    finally:
        httpd.shutdown()


@contextmanager
def browser_page(width: int = 1360, height: int = 900, timezone_id: str | None = None):
    """A page of a fresh browser; ``page.dialogs`` and ``page.csp_errors`` collect what
    would have been a script's dialog or a Content-Security-Policy refusal."""
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        options = {"viewport": {"width": width, "height": height}}
        if timezone_id:
            options["timezone_id"] = timezone_id
        context = browser.new_context(**options)
        page = context.new_page()
        page.dialogs, page.csp_errors = [], []
        page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
        page.on("console", lambda message: page.csp_errors.append(message.text)
                if "Content Security Policy" in message.text else None)
        try:
            yield page
        finally:
            browser.close()

"""A live server on 127.0.0.1 and a real Chromium driven by Playwright.

Uses Debian's chromium (no browser download). Outside CI the tests are skipped
when it is missing; in CI (CI=true) a missing browser is a failure.
"""

from __future__ import annotations

import os
import shutil
import threading

import pytest
from werkzeug.serving import make_server

from quizapp.extensions import db

from ..conftest import CONTENT, make_app

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or ""
EXPECT_TIMEOUT_MS = 15_000
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def pytest_collection_modifyitems(items):
    for item in items:
        if "/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture()
def live_app(_schema):
    """The app with CSRF on, content loaded, served from a background thread."""
    from quizapp.services.content import load_packs

    app = make_app(_schema)
    with app.app_context():
        load_packs(CONTENT)
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    app.config["LIVE_URL"] = f"http://127.0.0.1:{server.server_port}"
    try:
        yield app
    finally:
        server.shutdown()
        thread.join()
        with app.app_context():
            with db.engine.begin() as conn:
                for table in reversed(db.metadata.sorted_tables):
                    conn.execute(table.delete())
            db.engine.dispose()


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed (apt-get install -y chromium)")
        pytest.skip("chromium is not installed (apt-get install -y chromium)")
    from playwright.sync_api import expect, sync_playwright

    # A condition may take longer than Playwright's 5 s on a loaded machine
    # (a live game's count event behind a busy CI run): wait as long as the
    # pages' own actions do.
    expect.set_options(timeout=EXPECT_TIMEOUT_MS)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=LAUNCH_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture()
def page(browser):
    context = browser.new_context()
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


def log_in(page, base: str, username: str) -> None:
    """Log `username` (password123) in through the login form."""
    page.goto(f"{base}/auth/login")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill("password123")
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(lambda url: "/auth/login" not in url)

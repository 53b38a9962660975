"""Every student and teacher page fits a phone: at 390 and 360 CSS pixels no
page is wider than the viewport (tables stack or scroll inside their own box)."""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe

from ..web.routes import ROUTES, url_for_rule
from .conftest import log_in
from .school import build_school

WIDTHS = (390, 360)
# Downloads, event streams and a fragment, not pages.
SKIP = {
    "static",
    "teach.export",
    "teach.export_as",
    "teach.grades_csv",
    "live.host_events",
    "live.player_events",
    "live.host_panel",
    # What an LMS calls (a key set, the login initiation), and the picker that
    # only opens after a deep-linking launch.
    "lti.jwks",
    "lti.login",
    "lti.deep_link",
}
ANONYMOUS = {"learn.home", "auth.login", "auth.register"}
PLAYER_PAGES = {"live.find_game", "live.player_page"}


def _who(endpoint: str) -> str:
    if endpoint in ANONYMOUS:
        return "anonymous"
    if endpoint.startswith("admin."):
        return "admin"
    if endpoint.startswith("live.") and endpoint not in PLAYER_PAGES:
        return "teacher"  # the host's pages
    if endpoint.startswith(("teach.", "lti.course")):
        return "teacher"
    return "student"


def pages(world: dict) -> list[tuple[str, str]]:
    """(who, path) of every GET page of the app, filled in from the school."""
    values = {**world, "item_id": world["item_id"]}
    found = []
    for endpoint, rule, method in ROUTES:
        if method != "GET" or endpoint in SKIP or rule.endswith((".zip", ".csv")):
            continue
        who = _who(endpoint)
        if endpoint == "teach.regrade":
            # Only an item's author (or an admin) regrades it; the shared
            # founding pack has no author in the school, so the admin looks.
            path = url_for_rule(rule, {"item_id": world["written_item_id"]})
            who = "admin"
        else:
            path = url_for_rule(rule, values)
        found.append((who, path))
    return found


# The deepest elements that stick out past the right edge, to say what to fix.
CULPRITS = """() => [...document.querySelectorAll('body *')]
  .filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5
    && ![...e.children].some(c => c.getBoundingClientRect().right
      > window.innerWidth + 0.5))
  .slice(0, 3)
  .map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '')
    + ' (' + Math.round(e.getBoundingClientRect().right) + ' px)')"""


def too_wide(page, base: str, path: str) -> list[str]:
    problems = []
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 800})
        response = page.goto(base + path)
        assert response.ok, f"{path}: {response.status}"
        scroll = page.evaluate("document.documentElement.scrollWidth")
        inner = page.evaluate("window.innerWidth")
        if scroll > inner:
            culprits = ", ".join(page.evaluate(CULPRITS))
            problems.append(f"{path} is {scroll} px wide at {width} px: {culprits}")
    return problems


@pytest.fixture()
def school(live_app):
    with live_app.app_context():
        return build_school()


def axe_violations(page, path: str) -> list[str]:
    found = Axe().run(page).response["violations"]
    return [f"{path}: {v['id']} ({len(v['nodes'])} nodes)" for v in found]


def visit_every_page(live_app, browser, school, check) -> list[str]:
    """Run `check(page, base, path)` on every page, logged in as its audience."""
    base = live_app.config["LIVE_URL"]
    problems = []
    by_role = {}
    for who, path in pages(school):
        by_role.setdefault(who, []).append(path)
    for who, paths in by_role.items():
        context = browser.new_context()
        page = context.new_page()
        page.set_default_timeout(10_000)
        if who != "anonymous":
            log_in(page, base, school[who])
        for path in paths:
            problems += check(page, base, path)
        context.close()
    return problems


def test_no_page_is_wider_than_a_phone(live_app, browser, school):
    problems = visit_every_page(live_app, browser, school, too_wide)
    assert not problems, "\n".join(problems)


def test_axe_finds_nothing_on_any_page_at_phone_width(live_app, browser, school):
    def audit(page, base, path):
        page.set_viewport_size({"width": 390, "height": 844})
        page.goto(base + path)
        return axe_violations(page, path)

    problems = visit_every_page(live_app, browser, school, audit)
    assert not problems, "\n".join(problems)

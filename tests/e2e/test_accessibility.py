"""axe-core (shipped inside axe-playwright-python) finds no accessibility
violations on the student, teacher and admin pages."""

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from ..conftest import make_user
from ..web.routes import ROUTES
from .conftest import log_in
from .school import configure_admin_pages

STUDENT_PAGES = ["/", "/auth/login", "/auth/register", "/auth/reset"]
SIGNED_IN_PAGES = [
    "/articles",
    "/articles/iran-scaling-back-syria",
    "/progress",
    "/classes",
    "/classes/join",
    "/settings",
    "/auth/account",
]
TEACHER_PAGES = [
    "/teach/",
    "/teach/articles",
    "/teach/articles/new",
    "/teach/classes",
    "/teach/answers",
    "/teach/grade-history",
]
# Every GET page of the admin blueprint (a test below keeps the list whole).
ADMIN_PAGES = [
    "/admin/users",
    "/admin/audit",
    "/admin/privacy",
    "/admin/lti",
    "/admin/lrs",
]


def violations(page) -> list[str]:
    found = Axe().run(page).response["violations"]
    return [f"{v['id']} ({v['impact']}): {len(v['nodes'])} nodes" for v in found]


def test_the_walk_covers_every_admin_page():
    admin_gets = {
        rule
        for endpoint, rule, method in ROUTES
        if endpoint.startswith("admin.") and method == "GET"
    }
    assert admin_gets == set(ADMIN_PAGES)


def test_pages_have_no_accessibility_violations(live_app, page):
    base = live_app.config["LIVE_URL"]
    with live_app.app_context():
        make_user("ms-reed", role="teacher")
    problems = {}

    def audit(path=None):
        if path:
            page.goto(base + path)
        found = violations(page)
        if found:
            problems[path or page.url] = found

    for path in STUDENT_PAGES:
        audit(path)
    log_in(page, base, "ms-reed")
    for path in SIGNED_IN_PAGES + TEACHER_PAGES:
        audit(path)
    page.goto(f"{base}/articles/iran-scaling-back-syria")
    page.locator("form button", has_text="Start").first.click()
    page.wait_for_url("**/items/**")
    audit()  # a claim to sort
    page.keyboard.press("2")
    page.locator(".feedback h2").wait_for()
    audit()  # its feedback
    with live_app.app_context():
        configure_admin_pages(make_user("head-admin", role="admin"))
    page.context.clear_cookies()
    log_in(page, base, "head-admin")
    for path in ADMIN_PAGES:
        audit(path)
    page.goto(f"{base}/admin/lti")
    page.get_by_role("button", name="Register platform").click()
    expect(page.locator(".field.has-error").first).to_be_visible()
    audit()  # a registration with every error shown
    page.goto(f"{base}/admin/lrs")
    page.get_by_label("LRS endpoint (xAPI base URL)").fill("ftp://lrs.example.org")
    page.get_by_role("button", name="Save LRS settings").click()
    expect(page.locator(".field.has-error")).to_be_visible()
    audit()  # an LRS endpoint refused
    assert problems == {}

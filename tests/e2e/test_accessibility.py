"""axe-core (shipped inside axe-playwright-python) finds no accessibility
violations on the student and teacher pages."""

from axe_playwright_python.sync_playwright import Axe

from ..conftest import make_user

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


def violations(page) -> list[str]:
    found = Axe().run(page).response["violations"]
    return [f"{v['id']} ({v['impact']}): {len(v['nodes'])} nodes" for v in found]


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
    page.goto(f"{base}/auth/login")
    page.get_by_label("Username").fill("ms-reed")
    page.get_by_label("Password").fill("password123")
    page.get_by_role("button", name="Log in").click()
    for path in SIGNED_IN_PAGES + TEACHER_PAGES:
        audit(path)
    page.goto(f"{base}/articles/iran-scaling-back-syria")
    page.locator("form button", has_text="Start").first.click()
    page.wait_for_url("**/items/**")
    audit()  # a claim to sort
    page.keyboard.press("2")
    page.locator(".feedback h2").wait_for()
    audit()  # its feedback
    assert problems == {}

"""A new teacher goes from a pasted article to an assigned set, a student
completes part of it, and the leaderboard and reports show it."""

import re
import time
from pathlib import Path

from playwright.sync_api import expect

from ..conftest import make_user

#: The founding article as the project ships it, so a fresh clone has it.
FOUNDING = (
    Path(__file__).resolve().parents[2]
    / "content"
    / "iran-scaling-back-syria"
    / "article.md"
)


def article_text() -> str:
    """The news story of the founding article (its body up to the interview),
    as a teacher would paste it: no front matter."""
    text = FOUNDING.read_text(encoding="utf-8")
    body = text.split("\n---\n", 1)[1]  # after the front matter
    story = body.split("## From Allies")[0]
    return "\n\n".join(line for line in story.splitlines() if line.strip())


def log_in(page, base, username, password="password123"):
    page.goto(f"{base}/auth/login")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Log in").click()


def test_teacher_publishes_and_assigns_a_pasted_article_in_under_five_minutes(
    live_app, browser
):
    base = live_app.config["LIVE_URL"]
    with live_app.app_context():
        make_user("ms-reed", role="teacher")
    teacher = browser.new_context().new_page()
    started = time.monotonic()

    log_in(teacher, base, "ms-reed")
    teacher.get_by_role("link", name="Teaching").click()
    teacher.get_by_role("link", name="Articles and exercise sets").click()
    teacher.goto(f"{base}/teach/articles/new")
    teacher.get_by_label("Title").fill("Iran Scaling Back Support for Assad")
    teacher.get_by_label("Paste the article").fill(article_text())
    teacher.get_by_role("button", name=re.compile("draft|Analy", re.I)).click()
    teacher.wait_for_url("**/teach/drafts/**")
    assert teacher.locator("a.sentence").count() >= 10

    # Review: open the first drafted claim and save it with a label.
    teacher.locator("a.sentence:not(.suggested)").first.click()
    teacher.locator(".claim-form input[name=label][value=unsourced]").check()
    teacher.locator(".claim-form button[type=submit]").first.click()
    teacher.wait_for_url("**/teach/drafts/**")

    # The queue, least sure first: relabel the first claim by keyboard (no page
    # load), then accept every suggestion the machine is at least 70% sure of.
    first = teacher.locator("li.queue-row").first
    first.focus()
    teacher.keyboard.press("3")
    expect(first.locator("[data-tag]")).to_have_text("opinion, reviewed")
    expect(teacher.locator("li.queue-row").nth(1)).to_be_focused()
    teacher.get_by_label(re.compile("Accept every suggestion")).select_option("70")
    teacher.get_by_role("button", name="Accept these suggestions").click()
    teacher.get_by_text(re.compile(r"Accepted \d+ suggestions")).wait_for()

    teacher.get_by_role("button", name="Publish", exact=True).click()
    expect(teacher.locator("#confirm-publish")).to_contain_text("still to review")
    teacher.get_by_role("button", name="Publish anyway").click()
    teacher.get_by_text(re.compile("Published, version 1")).first.wait_for()

    teacher.goto(f"{base}/teach/classes")
    teacher.get_by_label("Class name").fill("Year 10 media")
    teacher.get_by_role("button", name=re.compile("Create|Save")).first.click()
    teacher.wait_for_url(re.compile(r".*/teach/classes/\d+$"))
    teacher.get_by_label("Exercise set").select_option(
        label="Iran Scaling Back Support for Assad"
    )
    teacher.get_by_role("button", name="Assign").click()
    teacher.get_by_text("Assigned. Students see it on their home page.").wait_for()
    seconds = time.monotonic() - started
    print(f"teacher: login to assigned set in {seconds:.1f} s")
    assert seconds < 5 * 60
    code = re.search(
        r"\b[A-Z2-9]{6}\b", teacher.locator(".join-code").first.inner_text()
    )
    assert code, "the class page shows its join code"

    student = browser.new_context().new_page()
    student.goto(f"{base}/auth/register")
    student.get_by_label("Username").fill("sam")
    student.get_by_label("Password", exact=True).fill("harbour wall kestrel")
    student.get_by_label("Repeat password").fill("harbour wall kestrel")
    student.get_by_role("button", name="Create account").click()
    student.goto(f"{base}/classes/join")
    student.get_by_label("Join code").fill(code.group(0).lower())
    student.get_by_label("Nickname").fill("Kestrel")
    student.get_by_role("button", name="Join class").click()
    student.goto(f"{base}/articles")
    assert "Iran Scaling Back Support for Assad" in student.content()
    student.get_by_role(
        "link", name="Iran Scaling Back Support for Assad"
    ).first.click()
    student.locator("form button", has_text="Start").first.click()
    student.wait_for_url("**/items/**")
    for number in range(1, 4):
        student.keyboard.press("4")
        student.locator(".feedback h2").wait_for()
        student.keyboard.press("Enter")  # focus sits on "Next"
        student.get_by_text(f"{number + 1} of").wait_for()

    teacher.get_by_role("link", name=re.compile("Leaderboard", re.I)).first.click()
    assert "Kestrel" in teacher.content()
    assert "sam" not in teacher.locator("table").first.inner_text()
    teacher.go_back()
    teacher.get_by_role("link", name=re.compile("Reports", re.I)).first.click()
    assert "Kestrel" in teacher.content() or "sam" in teacher.content()

"""A student sorts claims on the founding article with the keyboard alone."""

from sqlalchemy import func, select

from quizapp.extensions import db
from quizapp.models import Answer

from ..conftest import make_user

LABEL_KEYS = ["1", "2", "3", "4", "2"]


def tab_to(page, text: str, limit: int = 80) -> None:
    """Press Tab until the focused element's text contains `text`."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        focused = page.evaluate("document.activeElement.textContent || ''")
        if text in focused:
            return
    raise AssertionError(f"could not reach {text!r} with the Tab key")


def test_student_sorts_claims_with_the_keyboard_and_answers_survive_a_reload(
    live_app, page
):
    base = live_app.config["LIVE_URL"]
    with live_app.app_context():
        make_user("keyboard")

    page.goto(f"{base}/auth/login")
    # The username field has autofocus, which Chromium applies after first paint.
    page.wait_for_function("document.activeElement?.id === 'username'")
    page.keyboard.type("keyboard")
    page.keyboard.press("Tab")
    page.keyboard.type("password123")
    page.keyboard.press("Enter")
    page.wait_for_url(f"{base}/articles")

    page.goto(f"{base}/articles/iran-scaling-back-syria")
    tab_to(page, "Start the exercises")  # the jump link at the top
    page.keyboard.press("Enter")
    page.wait_for_function("document.activeElement.id === 'exercises-heading'")
    tab_to(page, "Start")
    page.keyboard.press("Enter")
    page.wait_for_url("**/items/**")
    page.evaluate("window.__sameDocument = true")  # gone if the page reloads

    for key in LABEL_KEYS:
        heading = page.locator("#item-heading").inner_text()
        page.keyboard.press(key)
        feedback = page.locator(".feedback h2")
        feedback.wait_for()
        assert "this is" in feedback.inner_text()
        assert page.evaluate("document.activeElement.id") == "next-link"
        page.keyboard.press("Enter")
        page.wait_for_function(
            "h => document.querySelector('#item-heading')?.innerText !== h", arg=heading
        )
        assert page.evaluate("window.__sameDocument") is True  # no page reload

    assert page.locator(".steps li.right, .steps li.wrong").count() == len(LABEL_KEYS)
    page.reload()
    assert page.evaluate("window.__sameDocument") is None
    assert page.locator(".steps li.right, .steps li.wrong").count() == len(LABEL_KEYS)
    assert "6 of" in page.locator("#item-heading").inner_text()
    with page.expect_event("load"):  # answer.js reloads the page on popstate
        page.go_back()
    with live_app.app_context():
        stored = db.session.scalar(select(func.count(Answer.id)))
    assert stored == len(LABEL_KEYS)

    page.goto(f"{base}/articles/iran-scaling-back-syria")
    assert page.locator("form button", has_text="Resume").count() == 1

"""A teacher reviews a 60-sentence draft with the keyboard alone, without a
page load: j/k move, 1-4 relabel, Enter accepts."""

import re

from playwright.sync_api import expect

from ..conftest import make_user


def sixty_sentences() -> str:
    sentences = []
    for n in range(1, 21):
        sentences += [
            f"The council approved plan {n} on Monday, the mayor said.",
            f"Some analysts believe plan {n} could fail within a year.",
            f"Plan {n} is a disgraceful waste of public money.",
        ]
    return "\n\n".join(sentences)


def test_a_teacher_reviews_sixty_sentences_by_keyboard_without_a_page_load(
    live_app, page
):
    base = live_app.config["LIVE_URL"]
    with live_app.app_context():
        make_user("ms-key", role="teacher")
    page.goto(f"{base}/auth/login")
    page.get_by_label("Username").fill("ms-key")
    page.get_by_label("Password").fill("password123")
    page.get_by_role("button", name="Log in").click()
    page.goto(f"{base}/teach/articles/new")
    page.get_by_label("Title").fill("Sixty sentences")
    page.get_by_label("Paste the article").fill(sixty_sentences())
    page.get_by_role("button", name="Draft the exercises").click()
    page.wait_for_url("**/teach/drafts/**")

    rows = page.locator("li.queue-row")
    expect(rows).to_have_count(60)
    page.evaluate("window.__sameDocument = true")  # gone if the page reloads
    rows.first.focus()
    for number in range(60):
        key = "Enter" if number % 3 else "3"
        page.keyboard.press(key)
        expect(rows.nth(number)).not_to_have_class(re.compile(r"\bunreviewed\b"))
        expect(rows.nth(number).locator("[data-tag]")).to_contain_text("reviewed")
    expect(rows.last).to_be_focused()
    expect(page.locator("li.queue-row.unreviewed")).to_have_count(0)
    assert page.evaluate("window.__sameDocument === true")
    page.keyboard.press("k")
    expect(rows.nth(58)).to_be_focused()

    page.reload()
    expect(page.locator("li.queue-row")).to_have_count(60)
    expect(page.locator("li.queue-row.unreviewed")).to_have_count(0)
    assert page.locator("li.queue-row.label-opinion").count() >= 20

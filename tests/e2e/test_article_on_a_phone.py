"""On a phone the exercises come before the long article, and a "Start" link at
the top jumps to them; on a desktop they sit beside the article."""

from playwright.sync_api import expect

from ..conftest import make_user

ARTICLE = "/articles/iran-scaling-back-syria"


def _log_in(page, base):
    page.goto(f"{base}/auth/login")
    page.get_by_label("Username").fill("reader")
    page.get_by_label("Password").fill("password123")
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(lambda url: "/auth/login" not in url)


def test_on_a_phone_start_is_at_the_top_and_exercises_precede_the_article(
    live_app, page
):
    base = live_app.config["LIVE_URL"]
    with live_app.app_context():
        make_user("reader")
    page.set_viewport_size({"width": 390, "height": 844})
    _log_in(page, base)
    page.goto(base + ARTICLE)
    jump = page.get_by_role("link", name="Start the exercises")
    expect(jump).to_be_in_viewport()
    first_start = page.locator(".exercises form button").first
    first_paragraph = page.locator(".article p").first
    assert first_start.bounding_box()["y"] < first_paragraph.bounding_box()["y"]
    assert first_start.bounding_box()["y"] < 1500
    jump.click()
    expect(page.locator("#exercises-heading")).to_be_in_viewport()
    expect(page.locator("#exercises-heading")).to_be_focused()


def test_on_a_desktop_the_exercises_sit_beside_the_article(live_app, page):
    base = live_app.config["LIVE_URL"]
    with live_app.app_context():
        make_user("reader")
    page.set_viewport_size({"width": 1280, "height": 900})
    _log_in(page, base)
    page.goto(base + ARTICLE)
    aside = page.locator(".exercises").bounding_box()
    article = page.locator(".article").bounding_box()
    assert aside["x"] > article["x"] + article["width"] - 1
    assert abs(aside["y"] - article["y"]) < 5

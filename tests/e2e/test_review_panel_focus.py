"""Opening a sentence on the review screen puts the keyboard in its edit
panel, on the checked label, not on the panel or a hidden field."""

import re

from playwright.sync_api import expect

from ..conftest import make_user
from .conftest import log_in

ARTICLE = "\n\n".join(
    sentence
    for n in range(1, 4)
    for sentence in (
        f"The council approved plan {n} on Monday, the mayor said.",
        f"Some analysts believe plan {n} could fail within a year.",
        f"Plan {n} is a disgraceful waste of public money.",
    )
)


def draft_url(live_app, page) -> str:
    base = live_app.config["LIVE_URL"]
    with live_app.app_context():
        make_user("ms-focus", role="teacher")
    log_in(page, base, "ms-focus")
    page.goto(f"{base}/teach/articles/new")
    page.get_by_label("Title").fill("Plans")
    page.get_by_label("Paste the article").fill(ARTICLE)
    page.get_by_role("button", name="Draft the exercises").click()
    page.wait_for_url("**/teach/drafts/**")
    return page.url.split("#")[0].split("?")[0]


def checked_label(page):
    return page.locator("#edit input[name=label]:checked")


def test_j_then_enter_puts_the_focus_on_the_checked_label_of_the_sentence(
    live_app, page
):
    draft_url(live_app, page)
    first = page.locator("[data-review] a.sentence").first
    label = re.search(r"label-(\w+)", first.get_attribute("class")).group(1)
    page.locator("body").press("j")
    expect(first).to_be_focused()
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"[?&]claim=.*#edit$"))
    expect(checked_label(page)).to_have_value(label)
    expect(checked_label(page)).to_be_focused()


def test_a_link_to_a_claims_edit_panel_focuses_its_checked_label(live_app, page):
    url = draft_url(live_app, page)
    page.goto(f"{url}?claim=claim-05#edit")
    expect(page.locator("#panel-heading")).to_have_text("Claim claim-05")
    expect(checked_label(page)).to_have_count(1)
    expect(checked_label(page)).to_be_focused()
    expect(page.locator("#edit")).not_to_be_focused()

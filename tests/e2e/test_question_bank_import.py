"""A teacher imports a GIFT question bank in the browser (preview, confirm),
publishes it and answers the short-answer, number and matching questions; axe
finds nothing on the new pages."""

from __future__ import annotations

import re

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from ..conftest import make_user

BANK = """::Release::What is a company's statement to journalists called?{
=press release#Yes.
=%50%*release*#Close: which kind?
}

::Year::In which year did the Berlin Wall fall?{#1989:1}

::Outlets::Match each outlet to its kind.{
=Reuters -> news agency
=The Guardian -> newspaper
= -> blog
}
"""


def violations(page) -> list[str]:
    found = Axe().run(page).response["violations"]
    return [f"{v['id']} ({v['impact']}): {len(v['nodes'])} nodes" for v in found]


def test_teacher_imports_publishes_and_answers_a_gift_bank(live_app, page, tmp_path):
    base = live_app.config["LIVE_URL"]
    with live_app.app_context():
        make_user("ms-okafor", role="teacher")
    bank = tmp_path / "bank.gift"
    bank.write_text(BANK, encoding="utf-8")
    problems = {}

    def audit(name: str) -> None:
        found = violations(page)
        if found:
            problems[name] = found

    page.goto(f"{base}/auth/login")
    page.get_by_label("Username").fill("ms-okafor")
    page.get_by_label("Password").fill("password123")
    page.get_by_role("button", name="Log in").click()
    page.goto(f"{base}/teach/questions/import")
    audit("upload")
    page.get_by_label("Question file").set_input_files(str(bank))
    page.get_by_label("Title of the new set or exercise").fill("Media words")
    page.get_by_role("button", name="Preview").click()
    expect(page.get_by_text("3 of 3 records can be imported")).to_be_visible()
    audit("preview")
    page.get_by_role("button", name="Import 3 questions").click()
    expect(page.get_by_text("Imported 3 questions")).to_be_visible()
    page.get_by_role("button", name="Publish").click()
    expect(page.get_by_text(re.compile("Published, version 1")).first).to_be_visible()

    page.goto(f"{base}/articles")
    page.get_by_role("link", name="Media words").first.click()
    page.locator("form button", has_text="Start").first.click()
    page.wait_for_url("**/items/**")
    audit("short answer")
    page.get_by_label(re.compile("statement to journalists")).fill("Press Release")
    page.get_by_role("button", name="Check my answer").click()
    expect(page.locator(".feedback h2")).to_contain_text("Right")
    audit("short answer feedback")
    page.locator("#next-link").click()
    page.get_by_label(re.compile("Berlin Wall")).fill("1990")
    page.get_by_role("button", name="Check my answer").click()
    expect(page.locator(".feedback h2")).to_contain_text("Right")
    page.locator("#next-link").click()
    audit("matching")
    page.get_by_label("Reuters").select_option("news agency")
    page.get_by_label("The Guardian").select_option("blog")
    page.get_by_role("button", name="Check my answer").click()
    expect(page.locator(".feedback h2")).to_contain_text("Partly right: 1 of 2")
    audit("matching feedback")
    assert problems == {}

"""A live game in real Chromium: a teacher's projector page and three phones play
three questions of the founding article; one player reloads mid-game and keeps
their score. Then axe audits the host's and the players' pages."""

from __future__ import annotations

import re

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect
from sqlalchemy import select

from quizapp.extensions import db
from quizapp.grading.claims import LABELS
from quizapp.models import Article, Item, LiveGame

from ..conftest import make_user

ARTICLE = "iran-scaling-back-syria"
QUESTIONS = 3


def host_a_game(live_app, browser):
    """Log the teacher in and open a guest game of the claims exercise."""
    base = live_app.config["LIVE_URL"]
    with live_app.app_context():
        make_user("ms-reed", role="teacher")
        article = db.session.scalar(select(Article).where(Article.slug == ARTICLE))
        titles = [e.title for e in article.exercises if e.kind != "claims"]
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    host = context.new_page()
    host.set_default_timeout(15_000)
    host.goto(f"{base}/auth/login")
    host.get_by_label("Username").fill("ms-reed")
    host.get_by_label("Password").fill("password123")
    host.get_by_role("button", name="Log in").click()
    host.goto(f"{base}/teach/")
    host.get_by_role("link", name="Live games").click()
    host.get_by_role("link", name=re.compile("Iran Scaling Back")).click()
    for title in titles:
        host.get_by_label(title).uncheck()
    host.get_by_label("Who plays").select_option("guests")
    host.get_by_label("Time per question").select_option("0")
    host.get_by_role("button", name="Open the game").click()
    expect(host.get_by_role("img", name="QR code of the join link")).to_be_visible()
    with live_app.app_context():
        game = db.session.scalar(select(LiveGame))
        game.questions = game.questions[:QUESTIONS]
        db.session.commit()
        labels = [
            LABELS[db.session.get(Item, q["item_id"]).spec["label"]]
            for q in game.questions
        ]
        pin = game.pin
    return host, pin, labels


def join(browser, base: str, pin: str, nickname: str):
    context = browser.new_context(viewport={"width": 360, "height": 740})
    phone = context.new_page()
    phone.set_default_timeout(15_000)
    phone.goto(f"{base}/play")
    phone.get_by_label("Game PIN").fill(f"{pin[:4]} {pin[4:]}")
    phone.get_by_role("button", name="Find the game").click()
    phone.get_by_label("Nickname").fill(nickname)
    phone.get_by_role("button", name="Join").click()
    expect(phone.get_by_role("heading", name="You're in!")).to_be_visible()
    return phone


def wrong(label: str) -> str:
    return next(name for name in LABELS.values() if name != label)


def test_a_class_plays_three_questions_and_a_reload_keeps_the_score(live_app, browser):
    base = live_app.config["LIVE_URL"]
    host, pin, labels = host_a_game(live_app, browser)
    host.on("dialog", lambda dialog: dialog.accept())
    phones = [join(browser, base, pin, name) for name in ["Ada", "Bo", "Cy"]]
    expect(host.locator("#players li")).to_have_count(3)
    ada, bo, cy = phones

    host.keyboard.press("n")  # start
    for index, label in enumerate(labels):
        for phone in phones:
            expect(
                phone.get_by_text(f"Question {index + 1} of {QUESTIONS}")
            ).to_be_visible()
        if index == 1:
            cy.reload()  # mid-game: Cy keeps their place and score
            expect(cy.locator("#my-score")).to_have_text("1000")
        ada.get_by_role("button", name=label, exact=True).click()
        expect(ada.get_by_text("Answer locked in")).to_be_visible()
        bo.get_by_role("button", name=wrong(label), exact=True).click()
        expect(host.locator("#answered")).to_have_text("2")
        cy.get_by_role("button", name=label, exact=True).click()
        # The last answer closes the question: the reveal, with the right answer.
        expect(host.get_by_text("3 answered.")).to_be_visible()
        expect(host.get_by_text(f"{label} (right answer)")).to_be_visible()
        expect(ada.get_by_role("heading", name=re.compile("Right!"))).to_be_visible()
        expect(bo.get_by_role("heading", name="Not quite")).to_be_visible()
        expect(cy.locator("#my-score")).to_have_text(str(1000 * (index + 1)))
        host.keyboard.press("n")  # the leaderboard
        expect(host.get_by_role("heading", name="Top 5")).to_be_visible()
        host.keyboard.press("n")  # the next question, or the end

    for phone in phones:
        expect(phone.get_by_role("heading", name="Game over")).to_be_visible()
    expect(ada.locator(".live-huge")).to_have_text("3000 pts · rank 1")
    expect(bo.locator(".live-huge")).to_have_text("0 pts · rank 3")
    host.get_by_role("link", name="Results").click()
    expect(host.get_by_role("heading", name="Podium")).to_be_visible()
    expect(host.locator(".podium li").first).to_contain_text("Ada")


def violations(page) -> list[str]:
    found = Axe().run(page).response["violations"]
    return [f"{v['id']} ({v['impact']}): {len(v['nodes'])} nodes" for v in found]


def test_host_and_player_pages_have_no_accessibility_violations(live_app, browser):
    base = live_app.config["LIVE_URL"]
    host, pin, labels = host_a_game(live_app, browser)
    problems = {}

    def audit(page, name):
        found = violations(page)
        if found:
            problems[name] = found

    audit(host, "host lobby")
    phone = browser.new_context(viewport={"width": 360, "height": 740}).new_page()
    phone.goto(f"{base}/play")
    audit(phone, "find a game")
    phone.goto(f"{base}/play/{pin}")
    audit(phone, "join")
    phone.get_by_label("Nickname").fill("Ada")
    phone.get_by_role("button", name="Join").click()
    audit(phone, "player lobby")
    host.keyboard.press("n")
    expect(phone.get_by_role("button", name=labels[0], exact=True)).to_be_visible()
    expect(host.locator("#answered")).to_have_text("0")
    audit(host, "host question")
    audit(phone, "player question")
    phone.get_by_role("button", name=labels[0], exact=True).click()
    expect(host.get_by_text("1 answered.")).to_be_visible()
    expect(phone.get_by_role("heading", name=re.compile("Right!"))).to_be_visible()
    audit(host, "host reveal")
    audit(phone, "player reveal")
    host.keyboard.press("n")
    expect(phone.get_by_role("heading", name="Top 5")).to_be_visible()
    audit(host, "host leaderboard")
    audit(phone, "player leaderboard")
    assert problems == {}

"""Cue marking by pointer and the side-by-side citation check in a real
browser: the marks, the feedback, a 360 px phone and axe."""

from axe_playwright_python.sync_playwright import Axe
from sqlalchemy import select

from quizapp.extensions import db
from quizapp.models import Attempt, Item

from ..conftest import make_user

CUES = "Mark the cues: who says so, and how sure?"


def log_in(page, base: str, username: str) -> None:
    page.goto(f"{base}/auth/login")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill("password123")
    page.get_by_role("button", name="Log in").click()
    # students start in the library, teachers on Teaching
    page.wait_for_url(lambda url: url.endswith(("/articles", "/teach/")))


def violations(page) -> list[str]:
    found = Axe().run(page).response["violations"]
    return [f"{v['id']} ({v['impact']}): {len(v['nodes'])} nodes" for v in found]


def fits(page) -> bool:
    return page.evaluate(
        "document.documentElement.scrollWidth <= window.innerWidth + 1"
    )


def test_student_drags_over_the_cue_words_and_sees_both_marks(live_app, page):
    base = live_app.config["LIVE_URL"]
    with live_app.app_context():
        make_user("marker")
    page.set_viewport_size({"width": 360, "height": 800})
    log_in(page, base, "marker")
    page.goto(f"{base}/articles/iran-scaling-back-syria")
    page.get_by_role("button", name=f"Start {CUES}").click()
    page.wait_for_url("**/items/**")
    box = page.locator("[data-mark-cues].enhanced")
    box.wait_for()
    assert fits(page)
    assert violations(page) == []
    # "Multiple sources have confirmed": drag from the first word to the fourth.
    first = page.locator('.w[data-i="0"]').bounding_box()
    fourth = page.locator('.w[data-i="3"]').bounding_box()
    page.mouse.move(first["x"] + 3, first["y"] + first["height"] / 2)
    page.mouse.down()
    page.mouse.move(fourth["x"] + 3, fourth["y"] + fourth["height"] / 2, steps=8)
    page.mouse.up()
    assert page.locator(".w.marked").count() == 4
    assert page.locator('input[name="words"]').input_value() == "0,1,2,3"
    # A tap on a marked word unmarks it; a second tap marks it again.
    page.locator('.w[data-i="3"]').click()
    assert page.locator(".w.marked").count() == 3
    page.locator('.w[data-i="3"]').click()
    page.get_by_role("button", name="Check my answer").click()
    heading = page.locator(".feedback h2")
    heading.wait_for()
    assert "Right" in heading.inner_text()
    assert page.locator(".feedback-sentence mark.cue-hit").count() == 4
    assert fits(page)
    assert violations(page) == []


def test_citation_check_shows_the_source_beside_the_claim_on_a_phone(
    live_app, page
):
    base = live_app.config["LIVE_URL"]
    with live_app.app_context():
        user_id = make_user("reader").id
    page.set_viewport_size({"width": 360, "height": 800})
    log_in(page, base, "reader")
    page.goto(f"{base}/articles/iran-scaling-back-syria")
    page.get_by_role(
        "button", name="Start Read closely: who says what, and how sure are they?"
    ).click()
    page.wait_for_url("**/items/**")
    with live_app.app_context():
        attempt = db.session.scalar(select(Attempt).where(Attempt.user_id == user_id))
        item = db.session.scalar(
            select(Item).where(
                Item.key == "q-citation-1", Item.exercise_id == attempt.exercise_id
            )
        )
        url = f"{base}/attempts/{attempt.id}/items/{item.id}"
    page.goto(url)
    assert page.get_by_text("What the source says").is_visible()
    assert page.locator("mark.evidence").count() == 0
    assert fits(page)
    assert violations(page) == []
    page.locator(".choice").first.click()
    page.get_by_role("button", name="Check my answer").click()
    page.locator(".feedback h2").wait_for()
    assert page.locator(".compare mark.evidence").count() == 2
    assert fits(page)
    assert violations(page) == []


def test_teacher_pages_for_cue_marking_and_pools_fit_a_phone_and_pass_axe(
    live_app, page
):
    from quizapp.models import Draft
    from quizapp.packs.parse import clean_pack_data, pack_data_from_files

    from ..conftest import CONTENT

    base = live_app.config["LIVE_URL"]
    folder = CONTENT / "iran-scaling-back-syria"
    files = {p.name: p.read_text(encoding="utf-8") for p in folder.iterdir()}
    with live_app.app_context():
        teacher = make_user("ms-mark", role="teacher")
        draft = Draft(
            owner_id=teacher.id,
            slug="iran-draft",
            data=clean_pack_data(pack_data_from_files(files)),
        )
        db.session.add(draft)
        db.session.commit()
        draft_id = draft.id
    page.set_viewport_size({"width": 360, "height": 800})
    log_in(page, base, "ms-mark")
    for path in (
        f"/teach/drafts/{draft_id}",
        f"/teach/drafts/{draft_id}/cues/new",
        f"/teach/drafts/{draft_id}/questions/mc-analysts",
    ):
        page.goto(base + path)
        assert fits(page), path
        assert violations(page) == [], path

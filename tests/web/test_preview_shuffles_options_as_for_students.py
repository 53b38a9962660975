"""The teacher's preview shows a question's options in the order a student's
attempt shows them (the shuffle of `grading.order`), not in the draft's order,
where the drafted answer comes first and "Nobody" last."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from quizapp.extensions import db
from quizapp.grading import order
from quizapp.models import Article
from quizapp.services import attempts as attempts_svc
from quizapp.services import authoring as svc

from ..conftest import make_user
from .test_authoring import newest_draft
from .test_drafting_whole_articles import story_text

_CHOICE = re.compile(r'name="choices?" id="opt-[^"]*" value="([^"]*)"')


@pytest.fixture()
def draft(client, auth):
    auth.login("ms-okafor", as_="teacher")
    response = client.post(
        "/teach/articles/new",
        data={"text": story_text(), "title": "Libraries to close",
              "reading_level": "intermediate"},
    )
    assert response.status_code == 302, response.text
    return newest_draft()


def option_items(draft) -> dict[str, list[dict]]:
    """Item key -> its options in the draft's order, for items with options."""
    pack, _ = svc.draft_pack_check(draft)
    return {
        item["key"]: item["spec"]["options"]
        for exercise in pack.exercises
        for item in exercise.items
        if item["spec"].get("options")
    }


def shown(client, draft, key: str) -> list[str]:
    page = client.get(f"/teach/drafts/{draft.id}/preview/{key}")
    assert page.status_code == 200
    return _CHOICE.findall(page.text)


def test_the_preview_does_not_show_every_drafted_question_in_draft_order(
        client, draft):
    items = option_items(draft)
    who_said = [key for key in items if key.startswith("who-")]
    assert len(items) >= 4 and len(who_said) >= 3
    orders = {key: shown(client, draft, key) for key in items}
    for key, options in items.items():
        assert sorted(orders[key]) == sorted(o["id"] for o in options)
        last = [o["id"] for o in options if o.get("last")]
        if last:  # "Nobody: ..." stays last, as for students
            assert orders[key][-len(last):] == last
    assert any(orders[k] != [o["id"] for o in items[k]] for k in items)
    drafted_first = [k for k in who_said if items[k][0]["correct"]]
    assert len(drafted_first) >= 3  # the draft puts the answer first
    assert not all(orders[k][0] == items[k][0]["id"] for k in drafted_first)


def test_the_preview_keeps_its_order_on_reload_and_in_its_feedback(
        client, draft):
    key = next(k for k in option_items(draft) if k.startswith("who-"))
    first = shown(client, draft, key)
    assert shown(client, draft, key) == first
    answer = client.post(f"/teach/drafts/{draft.id}/preview/{key}",
                         data={"choice": first[0]})
    assert answer.status_code == 200
    texts = {o["id"]: o["text"] for o in option_items(draft)[key]}
    feedback = answer.text.split('class="verdicts"', 1)[1].split("</ul>", 1)[0]
    positions = [feedback.index(texts[i]) for i in first]
    assert positions == sorted(positions)


def test_the_preview_shows_the_options_in_the_order_a_student_gets(
        client, draft, monkeypatch):
    def backwards(spec, rng):  # a shuffle both sides must share to agree
        if not spec.get("options"):
            return None
        moving = [o["id"] for o in spec["options"] if not o.get("last")]
        return moving[::-1] + [o["id"] for o in spec["options"] if o.get("last")]

    monkeypatch.setattr(order, "option_order", backwards)
    items = option_items(draft)
    previewed = {key: shown(client, draft, key) for key in items}

    client.post(f"/teach/drafts/{draft.id}/publish", data={"confirm": "yes"})
    article = db.session.scalar(select(Article).filter_by(slug=draft.slug))
    student = make_user("sam")
    compared = set()
    for exercise in article.exercises:
        attempt = attempts_svc.start_or_resume(student, exercise)
        for item in attempts_svc.items_for_attempt(attempt):
            if item.key in previewed:
                assert attempts_svc.option_order(attempt, item) == previewed[item.key]
                assert previewed[item.key] != [o["id"] for o in items[item.key]]
                compared.add(item.key)
    assert compared == set(previewed)

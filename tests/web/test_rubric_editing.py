"""Teachers write and edit written (free_text) questions in the browser: the
rubric's key points and misconceptions, trying an answer against it, and
regrading stored answers after a published rubric changed."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from quizapp.extensions import db
from quizapp.models import Answer, Exercise, Item
from quizapp.services import attempts as attempts_svc
from quizapp.services.classrooms import remove_student

from ..conftest import count_rows, make_user
from .helpers import start
from .test_authoring import (
    EVIL,
    assert_inert,
    join_class,
    newest_draft,
    pack_zip,
    switch_to,
    upload,
)
from .test_review_written_answers import class_with


def written_data(**fields) -> dict:
    """Form data of a written question with two key points and a misconception."""
    data = {
        "prompt": "Why might the wall matter?",
        "max_words": "80",
        "key_points-0-label": "Fewer floods",
        "key_points-0-phrasings": "the wall could reduce flooding\nfewer floods",
        "key_points-0-points": "1",
        "key_points-0-required": "y",
        "key_points-0-evidence": "Some experts believe the wall could reduce flooding.",
        "key_points-1-label": "Critics say it costs too much",
        "key_points-1-phrasings": "a waste of money\nit costs too much money",
        "key_points-1-points": "0.5",
        "key_points-1-evidence": "",
        "key_points-2-label": "",
        "key_points-2-phrasings": "",
        "key_points-2-points": "1",
        "key_points-2-evidence": "",
        "misconceptions-0-phrasings": "the wall is already built",
        "misconceptions-0-feedback": "Building only starts in spring.",
        "misconceptions-0-penalty": "",
        "reference": "It could reduce flooding, but critics call it a waste.",
        "explanation": "Both points are hedged or judged.",
    }
    data.update(fields)
    return {k: v for k, v in data.items() if v is not None}


@pytest.fixture()
def teacher(auth):
    return auth.login("ms-reed", as_="teacher")


@pytest.fixture()
def draft(client, teacher):
    """The mini pack (with written question w1) as the teacher's draft."""
    assert upload(client, pack_zip()).status_code == 302
    return newest_draft()


def written_items(draft) -> list[dict]:
    db.session.refresh(draft)
    return [
        i
        for e in draft.data["exercises"]
        for i in e["items"]
        if i.get("type") == "free_text"
    ]


def test_teacher_creates_a_written_question_with_two_key_points(client, draft):
    form = client.get(f"/teach/drafts/{draft.id}/written/new")
    assert form.status_code == 200
    assert "Key point 3" in form.text and "Misconception 2" in form.text
    response = client.post(f"/teach/drafts/{draft.id}/written/new", data=written_data())
    assert response.status_code == 302
    w1, new = written_items(draft)
    assert new["id"] == "w-01" and w1["id"] == "w1"
    assert new["prompt"] == "Why might the wall matter?" and new["max_words"] == 80
    assert new["key_points"] == [
        {
            "id": "fewer-floods",
            "label": "Fewer floods",
            "points": 1,
            "required": True,
            "phrasings": ["the wall could reduce flooding", "fewer floods"],
            "evidence": ["Some experts believe the wall could reduce flooding."],
        },
        {
            "id": "critics-say-it-costs-too-much",
            "label": "Critics say it costs too much",
            "points": 0.5,
            "required": False,
            "phrasings": ["a waste of money", "it costs too much money"],
        },
    ]
    assert new["misconceptions"] == [
        {
            "id": "the-wall-is-already-built",
            "phrasings": ["the wall is already built"],
            "feedback": "Building only starts in spring.",
        }
    ]
    assert new["reviewed"] is True
    # It sits with the other written question and the set still publishes.
    assert client.post(f"/teach/drafts/{draft.id}/publish").status_code == 302
    item = db.session.scalar(select(Item).where(Item.key == "w-01"))
    assert item.exercise.slug == "written" and item.type == "free_text"


def test_editing_keeps_key_point_ids_and_offers_blank_rows(client, draft):
    page = client.get(f"/teach/drafts/{draft.id}/questions/w1")
    assert page.status_code == 200
    assert "fewer floods\nprotects the town from floods" in page.text
    assert 'name="key_points-3-label"' in page.text  # two points + two blank rows
    assert 'name="key_points-4-label"' not in page.text
    data = written_data(
        **{
            "key_points-0-key": "flooding",
            "key_points-1-key": "cost",
            "key_points-1-label": "It costs a lot",
            "misconceptions-0-key": "built",
            "misconceptions-0-penalty": "1",
            "more": "Save and add more rows",
        }
    )
    response = client.post(f"/teach/drafts/{draft.id}/questions/w1", data=data)
    assert response.status_code == 302
    assert response.location.endswith(f"/teach/drafts/{draft.id}/questions/w1")
    [w1] = written_items(draft)
    assert [kp["id"] for kp in w1["key_points"]] == ["flooding", "cost"]
    assert w1["key_points"][1]["label"] == "It costs a lot"
    assert w1["misconceptions"][0] == {
        "id": "built",
        "phrasings": ["the wall is already built"],
        "feedback": "Building only starts in spring.",
        "penalty": 1,
    }
    reopened = client.get(response.location).text
    assert 'name="key_points-3-label"' in reopened  # still two blank rows


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        (
            {
                "key_points-0-label": "",
                "key_points-0-phrasings": "",
                "key_points-0-evidence": "",
                "key_points-1-label": "",
                "key_points-1-phrasings": "",
            },
            "Give at least one key point.",
        ),
        (
            {"key_points-0-evidence": "The wall is made of cheese."},
            "Not found in the article: &#39;The wall is made of cheese.&#39;",
        ),
        (
            {"key_points-1-phrasings": "  \n "},
            "Give at least one phrasing a student might write.",
        ),
        ({"key_points-1-points": "lots"}, "Points must be a number"),
        ({"key_points-1-points": "-1"}, "Points must be a number"),
        ({"misconceptions-0-phrasings": ""}, "Give at least one phrasing of the"),
        ({"misconceptions-0-penalty": "half"}, "The penalty must be a number"),
        ({"max_words": "many"}, "The word limit is a whole number from 5 to 1000."),
        ({"max_words": "2"}, "The word limit is a whole number from 5 to 1000."),
        ({"prompt": ""}, "Write the question."),
    ],
)
def test_bad_rubric_input_is_explained_and_nothing_is_saved(
    client, draft, fields, message
):
    before = draft.data
    for url in (
        f"/teach/drafts/{draft.id}/written/new",
        f"/teach/drafts/{draft.id}/questions/w1",
    ):
        response = client.post(url, data=written_data(**fields))
        assert response.status_code == 422, url
        assert message in response.text, url
        assert 'class="errors"' in response.text
    db.session.refresh(draft)
    assert draft.data == before


def test_try_an_answer_shows_which_key_points_matched_and_saves_nothing(client, draft):
    page = client.get(f"/teach/drafts/{draft.id}/questions/w1")
    assert "Try an answer" in page.text
    response = client.post(
        f"/teach/drafts/{draft.id}/questions/w1/try",
        data={"sample": "The wall could reduce flooding, but I think it is built."},
    )
    assert response.status_code == 200
    result = response.text.split('id="try-result"', 1)[1]
    assert "Score 1 of 1" in result
    assert re.search(r"Matched</span>\s*It could reduce flooding", result)
    assert re.search(r"Not found</span>\s*Critics call it a waste of money", result)
    # The rubric form below is still the saved one.
    assert "the wall could reduce flooding\nfewer floods" in response.text
    assert count_rows("attempts") == 0 and count_rows("answers") == 0
    too_long = client.post(
        f"/teach/drafts/{draft.id}/questions/w1/try", data={"sample": "word " * 70}
    )
    assert too_long.status_code == 422
    assert "keep it to 60 or fewer" in too_long.text
    empty = client.post(f"/teach/drafts/{draft.id}/questions/w1/try", data={})
    assert empty.status_code == 422 and "Write an answer to try." in empty.text
    assert client.post(f"/teach/drafts/{draft.id}/questions/q1/try").status_code == 404


def test_try_an_answer_uses_the_saved_rubric_after_an_edit(client, draft):
    data = written_data(
        **{"key_points-1-phrasings": "tourists will come", "key_points-1-points": "1"}
    )
    client.post(f"/teach/drafts/{draft.id}/questions/w1", data=data)
    response = client.post(
        f"/teach/drafts/{draft.id}/questions/w1/try",
        data={"sample": "More tourists will come to see the wall."},
    )
    result = response.text.split('id="try-result"', 1)[1]
    assert re.search(r"Matched</span>\s*Critics say it costs too much", result)


def answer_as(client, auth, username: str, text: str) -> Answer:
    switch_to(auth, username)
    url = start(client, "written")
    client.post(url, data={"text": text})
    return db.session.scalar(select(Answer).order_by(Answer.id.desc()))


def test_republishing_a_changed_rubric_offers_a_regrade_that_keeps_overrides(
    client, auth, teacher, draft
):
    client.post(f"/teach/drafts/{draft.id}/publish")
    stranger = make_user("stranger")
    classroom = class_with(teacher, make_user("ann"), make_user("ben"), stranger)
    ann = answer_as(client, auth, "ann", "It is a waste of money.")
    ben = answer_as(client, auth, "ben", "It could mean fewer floods.")
    # A student who has left the teacher's classes since answered too.
    written = db.session.scalar(select(Exercise).where(Exercise.slug == "written"))
    attempt = attempts_svc.start_or_resume(stranger, written)
    item = attempts_svc.attempt_items(written)[0]
    attempts_svc.submit_answer(attempt, item, {"text": "It is a waste of money."})
    remove_student(classroom, stranger.id)
    assert (ann.score, ann.max_score) == (0, 1)  # the required point is missing
    assert (ben.score, ben.max_score) == (1, 1)

    switch_to(auth, "ms-reed", as_="teacher")
    client.post(
        f"/teach/answers/{ben.id}",
        data={"override-score": "0.5", "override-comment": "Say more."},
    )
    # No key point is required any more: full marks are both points.
    edit = written_data(
        prompt=f"Why might the wall matter? {EVIL}",
        **{
            "key_points-0-key": "flooding",
            "key_points-0-required": None,
            "key_points-1-key": "cost",
            "key_points-1-points": "1",
        },
    )
    saved = client.post(f"/teach/drafts/{draft.id}/questions/w1", data=edit)
    assert saved.status_code == 302
    published = client.post(f"/teach/drafts/{draft.id}/publish", follow_redirects=True)
    assert "Published as version 2." in published.text
    assert "changed: 2 answers of your students would get a different grade" in (
        published.text
    )
    assert f'href="/teach/items/{item.id}/regrade"' in published.text
    assert "Why might the wall matter? &lt;script&gt;" in published.text
    assert_inert(published.text)

    preview = client.get(f"/teach/items/{item.id}/regrade")
    assert "your grade 0.5 is kept" in preview.text
    assert client.post(f"/teach/items/{item.id}/regrade").status_code == 302
    db.session.expire_all()
    ann, ben = db.session.get(Answer, ann.id), db.session.get(Answer, ben.id)
    assert (ann.score, ann.max_score, ann.final_score) == (1, 2, 1)
    assert (ben.score, ben.max_score, ben.final_score) == (1, 2, 0.5)
    assert ben.override_comment == "Say more."
    # Publishing again without changes offers nothing.
    again = client.post(f"/teach/drafts/{draft.id}/publish", follow_redirects=True)
    assert "No changes since version 2." in again.text
    assert "would get a different grade" not in again.text


def test_a_rubric_change_nobody_answered_publishes_without_a_regrade_offer(
    client, draft
):
    client.post(f"/teach/drafts/{draft.id}/publish")
    client.post(f"/teach/drafts/{draft.id}/questions/w1", data=written_data())
    published = client.post(f"/teach/drafts/{draft.id}/publish", follow_redirects=True)
    assert "Published as version 2." in published.text
    assert "regrade" not in published.text.lower()


# Who may do it ------------------------------------------------------------------


def rubric_urls(draft) -> list[tuple[str, str]]:
    base = f"/teach/drafts/{draft.id}"
    return [
        ("GET", f"{base}/written/new"),
        ("POST", f"{base}/written/new"),
        ("GET", f"{base}/questions/w1"),
        ("POST", f"{base}/questions/w1"),
        ("POST", f"{base}/questions/w1/try"),
    ]


def test_another_teacher_gets_404_and_students_403(client, auth, draft):
    before = draft.data
    switch_to(auth, "mr-other", as_="teacher")
    for method, url in rubric_urls(draft):
        response = client.open(url, method=method, data=written_data(sample="x"))
        assert response.status_code == 404, url
    switch_to(auth, "sam")
    for method, url in rubric_urls(draft):
        response = client.open(url, method=method, data=written_data(sample="x"))
        assert response.status_code == 403, url
    db.session.refresh(draft)
    assert draft.data == before


# Unsafe text --------------------------------------------------------------------


def test_script_in_phrasings_and_feedback_never_reaches_a_page(client, auth, draft):
    evil = written_data(
        prompt=f"Prompt {EVIL}",
        reference=f"Reference {EVIL}",
        explanation=f"Explained {EVIL}",
        **{
            "key_points-0-label": f"Label {EVIL}",
            "key_points-0-phrasings": f"fewer floods\n{EVIL}",
            "misconceptions-0-phrasings": f"the wall is already built\n{EVIL}",
            "misconceptions-0-feedback": f"Feedback {EVIL}",
        },
    )
    assert (
        client.post(f"/teach/drafts/{draft.id}/questions/w1", data=evil).status_code
        == 302
    )
    [w1] = written_items(draft)
    assert w1["misconceptions"][0]["feedback"] == f"Feedback {EVIL}"  # as typed
    tried = client.post(
        f"/teach/drafts/{draft.id}/questions/w1/try",
        data={"sample": f"Fewer floods, and the wall is already built. {EVIL}"},
    )
    assert tried.status_code == 200
    assert "Feedback &lt;script&gt;" in tried.text
    assert "Label &lt;script&gt;" in tried.text
    bad = client.post(
        f"/teach/drafts/{draft.id}/questions/w1",
        data={**evil, "key_points-0-evidence": EVIL},
    )
    assert bad.status_code == 422
    for page in (tried, bad):
        assert_inert(page.text)
    for url in (
        f"/teach/drafts/{draft.id}",
        f"/teach/drafts/{draft.id}/questions/w1",
        f"/teach/drafts/{draft.id}/preview/w1",
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        assert_inert(response.text)
    assert client.post(f"/teach/drafts/{draft.id}/publish").status_code == 302
    teacher = db.session.scalar(select(Exercise)).article.owner
    join_class(teacher, make_user("sam"))
    switch_to(auth, "sam")
    url = start(client, "written")
    assert_inert(client.get(url).text)
    client.post(url, data={"text": "Fewer floods, and the wall is already built."})
    feedback = client.get(url).text
    assert "Feedback &lt;script&gt;" in feedback
    assert_inert(feedback)


def test_a_missed_key_point_without_evidence_points_to_no_highlighted_text(
    client, draft
):
    client.post(f"/teach/drafts/{draft.id}/written/new", data=written_data(
        **{"key_points-0-evidence": ""}))
    page = client.post(
        f"/teach/drafts/{draft.id}/preview/w-01",
        data={"text": "The council approved it on Monday."},
    ).text
    assert "not in your answer" in page
    assert "highlighted text below" not in page
    assert "Where the article says so" not in page


def test_the_preview_of_a_written_answer_shows_the_evidence_of_each_missed_point(
    client, draft
):
    page = client.post(
        f"/teach/drafts/{draft.id}/preview/w1",
        data={"text": "It may mean fewer floods in the town."},
    ).text
    assert "see the highlighted text below" in page  # the cost point was missed
    below = page.split("see the highlighted text below", 1)[1]
    assert (
        '<mark class="evidence">The plan is a disastrous waste of money.</mark>'
        in below
    )
    assert f'href="/teach/drafts/{draft.id}/preview#b-' in below

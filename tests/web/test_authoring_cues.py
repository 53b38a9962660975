"""Teachers author cue-marking items and question pools in a draft."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select
from sqlalchemy.orm.attributes import flag_modified

from quizapp.extensions import db
from quizapp.models import Exercise, Item

from .test_authoring import newest_draft, pack_zip, upload


@pytest.fixture()
def mini_draft(client, auth):
    """The mini pack imported as a teacher's draft (that teacher logged in)."""
    auth.login("ms-reed", as_="teacher")
    assert upload(client, pack_zip()).status_code == 302
    return newest_draft()


SENTENCE = "Some experts believe the wall could reduce flooding."


def cue_data(**fields) -> dict:
    data = {
        "quote": SENTENCE,
        "prompt": "",
        "source_cues": "Some experts believe",
        "uncertainty_cues": "could",
        "explanation": "A vague group believes it; could hedges it.",
    }
    data.update(fields)
    return data


def test_teacher_adds_a_cue_marking_item_and_students_get_it_after_publishing(
    client, mini_draft
):
    page = client.get(f"/teach/drafts/{mini_draft.id}/cues/new")
    assert page.status_code == 200 and "Cues that name the source" in page.text
    response = client.post(f"/teach/drafts/{mini_draft.id}/cues/new", data=cue_data())
    assert response.status_code == 302, response.text
    db.session.refresh(mini_draft)
    item = next(
        i for e in mini_draft.data["exercises"] for i in e["items"]
        if i.get("type") == "mark_cues"
    )  # fmt: skip
    assert item["cues"] == [
        {"text": "Some experts believe", "kind": "source", "start": 0},
        {"text": "could", "kind": "uncertainty", "start": 30},
    ]
    review = client.get(f"/teach/drafts/{mini_draft.id}").text
    assert "Mark the cues in a sentence" in review
    assert '<mark class="cue">Some experts believe</mark>' in review
    assert client.post(f"/teach/drafts/{mini_draft.id}/publish").status_code == 302
    stored = db.session.scalar(select(Item).where(Item.type == "mark_cues"))
    assert stored is not None and stored.skill == "speculation"


def test_a_cue_outside_the_sentence_or_a_sentence_outside_the_article_is_refused(
    client, mini_draft
):
    url = f"/teach/drafts/{mini_draft.id}/cues/new"
    response = client.post(url, data=cue_data(uncertainty_cues="might"))
    assert response.status_code == 422
    assert "Not part of the sentence: &#39;might&#39;" in response.text
    response = client.post(url, data=cue_data(quote="A sentence nobody wrote."))
    assert response.status_code == 422
    assert "This sentence is not in the article." in response.text
    response = client.post(url, data=cue_data(source_cues="", uncertainty_cues=""))
    assert "Give at least one cue." in response.text


def test_teacher_edits_a_cue_marking_item(client, mini_draft):
    client.post(f"/teach/drafts/{mini_draft.id}/cues/new", data=cue_data())
    db.session.refresh(mini_draft)
    key = next(
        i["id"] for e in mini_draft.data["exercises"] for i in e["items"]
        if i.get("type") == "mark_cues"
    )  # fmt: skip
    url = f"/teach/drafts/{mini_draft.id}/questions/{key}"
    page = client.get(url).text
    assert "Some experts believe</textarea>" in page
    response = client.post(url, data=cue_data(source_cues="", uncertainty_cues="could"))
    assert response.status_code == 302
    db.session.refresh(mini_draft)
    item = next(
        i for e in mini_draft.data["exercises"] for i in e["items"] if i["id"] == key
    )
    assert [c["text"] for c in item["cues"]] == ["could"] and item["reviewed"]


def test_a_question_pool_is_set_in_the_draft_and_kept_on_publishing(client, mini_draft):
    url = f"/teach/drafts/{mini_draft.id}/exercises/questions/pool"
    assert "questions per attempt" in client.get(f"/teach/drafts/{mini_draft.id}").text
    response = client.post(url, data={"draw": "2"})
    assert response.status_code == 302
    db.session.refresh(mini_draft)
    questions = next(
        e for e in mini_draft.data["exercises"] if e["slug"] == "questions"
    )
    assert questions["draw"] == 2
    client.post(f"/teach/drafts/{mini_draft.id}/publish")
    exercise = db.session.scalar(select(Exercise).where(Exercise.slug == "questions"))
    assert exercise.draw_count == 2
    client.post(url, data={"draw": ""})
    db.session.refresh(mini_draft)
    questions = next(
        e for e in mini_draft.data["exercises"] if e["slug"] == "questions"
    )
    assert "draw" not in questions
    assert (
        client.post(
            url.replace("questions/pool", "claims/pool"), data={"draw": "1"}
        ).status_code
        == 404
    )


def test_teacher_gives_a_citation_check_the_source_text_and_editing_keeps_it(
    client, mini_draft
):
    from .test_authoring import question_data

    url = f"/teach/drafts/{mini_draft.id}/questions/q3"
    data = question_data(
        type="citation_check",
        prompt="Does the cited report support the claim?",
        citation_url="https://example.org/harbour-report",
        citation_claim="Building starts in spring",
        evidence="",
        **{
            "citation_source-kind": "summary",
            "citation_source-title": "the council's report",
            "citation_source-text": (
                "Our summary: the report plans building for spring."
            ),
            "citation_source-evidence": "plans building for spring",
        },
    )
    bad = client.post(url, data={**data, "citation_source-evidence": "autumn"})
    assert bad.status_code == 422 and "Not part of the source text" in bad.text
    assert client.post(url, data=data).status_code == 302
    db.session.refresh(mini_draft)
    item = next(
        i for e in mini_draft.data["exercises"] for i in e["items"] if i["id"] == "q3"
    )
    assert item["citation"]["source"] == {
        "kind": "summary",
        "text": "Our summary: the report plans building for spring.",
        "title": "the council's report",
        "evidence": ["plans building for spring"],
    }
    page = client.get(url).text
    assert "Our summary: the report plans building for spring.</textarea>" in page
    assert client.post(f"/teach/drafts/{mini_draft.id}/publish").status_code == 302


def test_editing_a_question_keeps_the_option_marked_to_stay_last(client, mini_draft):
    from .test_authoring import question_data

    data = json.loads(json.dumps(mini_draft.data))
    item = next(i for e in data["exercises"] for i in e["items"] if i["id"] == "q1")
    item["options"][-1]["last"] = True  # "Nobody"
    mini_draft.data = data
    flag_modified(mini_draft, "data")
    db.session.commit()
    form = question_data(
        **{"options-2-text": "Nobody", "prompt": "Who says the council approved it?"}
    )
    response = client.post(f"/teach/drafts/{mini_draft.id}/questions/q1", data=form)
    assert response.status_code == 302
    db.session.refresh(mini_draft)
    item = next(
        i for e in mini_draft.data["exercises"] for i in e["items"] if i["id"] == "q1"
    )
    assert [o.get("last", False) for o in item["options"]] == [False, False, True]


def test_the_student_preview_of_a_cue_marking_item_keeps_the_key_folded(
    client, mini_draft
):
    client.post(f"/teach/drafts/{mini_draft.id}/cues/new", data=cue_data())
    db.session.refresh(mini_draft)
    key = next(
        i["id"] for e in mini_draft.data["exercises"] for i in e["items"]
        if i.get("type") == "mark_cues"
    )  # fmt: skip
    page = client.get(f"/teach/drafts/{mini_draft.id}/preview/{key}")
    assert page.status_code == 200
    form, key_part = page.text.split('<details class="answer-key">')
    assert 'name="chunks"' in form and 'class="cue"' not in form
    assert '<mark class="cue">Some experts believe</mark> (source)' in key_part

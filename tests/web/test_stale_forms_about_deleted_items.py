"""A form about a claim or question deleted meanwhile (in another tab, or a
Delete sent twice) says what happened and goes back to the draft with Undo;
what the teacher typed is shown back, never silently lost, and never a bare
404 page."""

from __future__ import annotations

from quizapp.extensions import db

from . import test_reviewing_drafts as reviewing
from .test_drafting_whole_articles import claim

# the review tests' teacher and their drafted library story
teacher, draft = reviewing.teacher, reviewing.draft




def delete(client, draft, key):
    return client.post(f"/teach/drafts/{draft.id}/items/{key}/delete")


def question_keys(draft) -> list[str]:
    return [i["id"] for e in draft.data["exercises"] if e["kind"] == "questions"
            for i in e["items"]]


def test_saving_a_claim_deleted_in_another_tab_shows_the_typed_text_and_undo(
    client, draft
):
    key = claim(draft, "Experts say")["id"]
    delete(client, draft, key)
    response = client.post(
        f"/teach/drafts/{draft.id}/claims/{key}",
        data={"label": "opinion", "source_kind": "vague", "source_name": "Experts",
              "explanation": "Experts are not named: who are they?"},
    )
    assert response.status_code == 409
    page = response.text
    assert f"There is no claim &#39;{key}&#39; in this draft: it was deleted" in page
    assert "Your changes were not saved" in page
    assert "Experts are not named: who are they?" in page
    assert f"/teach/drafts/{draft.id}/items/{key}/restore" in page  # Undo
    assert "We could not find that page" not in page


def test_saving_a_question_deleted_in_another_tab_shows_the_typed_text(
    client, draft
):
    key = question_keys(draft)[-1]
    delete(client, draft, key)
    response = client.post(
        f"/teach/drafts/{draft.id}/questions/{key}",
        data={"type": "who_said", "prompt": "Who says so, in the end?",
              "options-0-text": "Tom Barker", "options-0-correct": "y"},
    )
    assert response.status_code == 409
    assert "Who says so, in the end?" in response.text
    assert "Options 1 text" in response.text and "Tom Barker" in response.text
    assert f"/items/{key}/restore" in response.text


def test_deleting_twice_says_it_is_gone_and_offers_undo(client, draft):
    key = claim(draft, "Experts say")["id"]
    assert delete(client, draft, key).status_code == 302
    response = delete(client, draft, key)
    assert response.status_code == 302
    assert response.location.endswith(f"/teach/drafts/{draft.id}?deleted={key}")
    page = client.get(response.location).text
    assert f"There is no item &#39;{key}&#39; in this draft" in page
    assert f"/items/{key}/restore" in page


def test_a_form_about_an_item_that_never_was_redirects_with_a_message(
    client, draft
):
    response = client.post(
        f"/teach/drafts/{draft.id}/questions/who-99/move", data={"direction": "up"}
    )
    assert response.status_code == 302
    page = client.get(response.location).text
    assert "There is no question &#39;who-99&#39; in this draft." in page
    opened = client.get(f"/teach/drafts/{draft.id}/questions/who-99")
    assert opened.status_code == 302


def test_undo_after_a_stale_save_restores_the_claim(client, draft):
    key = claim(draft, "Experts say")["id"]
    delete(client, draft, key)
    client.post(f"/teach/drafts/{draft.id}/claims/{key}",
                data={"label": "opinion", "explanation": "Mine."})
    client.post(f"/teach/drafts/{draft.id}/items/{key}/restore")
    db.session.refresh(draft)
    assert claim(draft, "Experts say")["id"] == key

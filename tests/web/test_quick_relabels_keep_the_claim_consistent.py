"""A quick relabel on the review screen never leaves a claim saying two things:
a refused label is kept for the full form, and a drafted explanation that
argued for the old label is rewritten for the new one."""

from __future__ import annotations

import re

from quizapp.extensions import db

from . import test_reviewing_drafts as reviewing
from .test_authoring import claim_data
from .test_drafting_whole_articles import claim, claims

# the review tests' teacher and their drafted library story
teacher, draft = reviewing.teacher, reviewing.draft


def checked_label(page: str) -> str:
    panel = page.split('id="edit"', 1)[1]
    return re.search(r'<input checked[^>]*name="label"[^>]*value="(\w+)"',
                     panel).group(1)


def test_a_refused_sourced_label_opens_the_claim_form_with_that_label_chosen(
    client, draft
):
    item = claim(draft, "The city council voted")
    assert item["label"] == "unsourced" and not item.get("source")
    response = client.post(
        f"/teach/drafts/{draft.id}/claims/{item['id']}/label",
        data={"label": "sourced"},
    )
    assert response.status_code == 302
    page = client.get(response.location).text
    assert "A sourced fact needs a source" in page
    assert checked_label(page) == "sourced"


def test_the_claim_form_opened_without_a_label_shows_the_saved_one(client, draft):
    item = claim(draft, "The city council voted")
    page = client.get(f"/teach/drafts/{draft.id}?claim={item['id']}").text
    assert checked_label(page) == "unsourced"
    page = client.get(f"/teach/drafts/{draft.id}?claim={item['id']}&label=bogus").text
    assert checked_label(page) == "unsourced"
    db.session.refresh(draft)
    assert claim(draft, "The city council voted")["label"] == "unsourced"


def relabel(client, draft, key: str, label: str):
    response = client.post(f"/teach/drafts/{draft.id}/claims/{key}/label",
                           data={"label": label})
    assert response.status_code == 302
    db.session.refresh(draft)
    return next(c for c in claims(draft) if c["id"] == key)


def test_a_quick_relabel_rewrites_the_drafted_explanation_for_the_new_label(
    client, draft
):
    item = claim(draft, "Some analysts believe")
    assert item["label"] == "speculation" and "speculation" in item["explanation"]
    changed = relabel(client, draft, item["id"], "opinion")
    assert "speculation" not in changed["explanation"]
    assert changed["explanation"] == (
        "The sentence judges: it gives a view someone could disagree with, not a "
        "fact to check. This is an opinion, and it is only loosely sourced "
        "(Some analysts)."
    )
    feedback = client.post(f"/teach/drafts/{draft.id}/preview/{item['id']}",
                           data={"label": "opinion"}).text
    assert "Right: this is an opinion" in feedback
    assert "speculation" not in feedback.split("Right:", 1)[1].split("</main>")[0]


def test_relabelling_twice_rewrites_the_explanation_each_time(client, draft):
    item = claim(draft, "Libraries are the heart")
    relabel(client, draft, item["id"], "speculation")
    changed = relabel(client, draft, item["id"], "unsourced")
    assert changed["explanation"] == (
        "The sentence states this as a fact but does not say where it comes "
        "from. This is an unsourced claim."
    )


def test_a_quick_relabel_keeps_an_explanation_the_teacher_wrote(client, draft):
    item = claim(draft, "Some analysts believe")
    client.post(f"/teach/drafts/{draft.id}/claims/{item['id']}", data=claim_data(
        label="speculation", source_kind="vague", source_name="Some analysts",
        cues=[], explanation="Who are these analysts? Nobody says."))
    changed = relabel(client, draft, item["id"], "opinion")
    assert changed["label"] == "opinion"
    assert changed["explanation"] == "Who are these analysts? Nobody says."


def save_in_full(client, draft, item: dict, **fields):
    """Post the claim's full form as a teacher would: what it shows, changed
    only in `fields`."""
    source = item.get("source") or {}
    data = claim_data(
        label=item["label"], source_kind=source.get("kind", ""),
        source_name=source.get("name", ""), cues=list(item.get("cues") or []),
        explanation=item["explanation"])
    data.update(fields)
    response = client.post(f"/teach/drafts/{draft.id}/claims/{item['id']}",
                           data=data)
    assert response.status_code == 302
    db.session.refresh(draft)
    return response, next(c for c in claims(draft) if c["id"] == item["id"])


def test_a_full_save_with_a_new_label_rewrites_the_drafted_explanation_left_as_is(
    client, draft
):
    item = claim(draft, "Some analysts believe")
    assert "speculation" in item["explanation"]
    response, saved = save_in_full(client, draft, item, label="opinion")
    assert saved["label"] == "opinion"
    assert "speculation" not in saved["explanation"]
    assert saved["explanation"].startswith("The sentence judges")
    page = client.get(response.location).text
    assert "now fits the new one" in page
    feedback = client.post(f"/teach/drafts/{draft.id}/preview/{item['id']}",
                           data={"label": "opinion"}).text
    assert "speculation" not in feedback.split("Right:", 1)[1].split("</main>")[0]


def test_a_full_save_with_a_new_label_keeps_an_explanation_the_teacher_edited(
    client, draft
):
    item = claim(draft, "Some analysts believe")
    _, saved = save_in_full(client, draft, item, label="opinion",
                            explanation="A view of some analysts, not a guess.")
    assert saved["explanation"] == "A view of some analysts, not a guess."


def test_a_full_save_that_keeps_the_label_keeps_the_drafted_explanation(
    client, draft
):
    item = claim(draft, "Some analysts believe")
    response, saved = save_in_full(client, draft, item)
    assert saved["explanation"] == item["explanation"]
    assert "now fits" not in client.get(response.location).text

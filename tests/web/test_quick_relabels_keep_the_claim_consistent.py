"""A quick relabel on the review screen never leaves a claim saying two things:
a refused label is kept for the full form, and a drafted explanation that
argued for the old label is rewritten for the new one."""

from __future__ import annotations

import re

from quizapp.extensions import db

from . import test_reviewing_drafts as reviewing
from .test_drafting_whole_articles import claim

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

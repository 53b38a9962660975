"""Deleting a claim or question says so once, in the notice that holds Undo,
and the page opens at that notice, so a keyboard user's next Tab is Undo
rather than the site's menu (a flash said the same thing above it)."""

from __future__ import annotations

from . import test_reviewing_drafts as reviewing
from .test_drafting_whole_articles import claim

teacher, draft = reviewing.teacher, reviewing.draft


def test_deleting_a_claim_opens_the_draft_at_its_undo_notice(client, draft):
    key = claim(draft, "Experts say")["id"]
    response = client.post(f"/teach/drafts/{draft.id}/items/{key}/delete")
    assert response.status_code == 302
    assert response.location.endswith(f"?deleted={key}#undo")
    page = client.get(response.location).text
    assert page.count(f"Removed {key}") == 1
    assert f"/items/{key}/restore" in page

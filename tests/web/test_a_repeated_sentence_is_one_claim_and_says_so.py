"""A sentence the article repeats word for word ("Northline did not respond."
in two paragraphs) is one claim, drafted where it first appears; the review
screen lists the repeat under "Not drafted as claims" with the reason, so no
sentence is left out silently."""

from __future__ import annotations

import pytest

from .test_authoring import newest_draft, paste
from .test_drafting_whole_articles import claims

ARTICLE = (
    "The school board approved a new bus contract with Northline Transit on "
    "Monday. The contract is worth $2.3 million over three years, according to "
    "board documents.\n\n"
    "Board chair Alice Moreno said the contract would save money. Northline did "
    "not respond.\n\n"
    "A union representative said drivers had not been told whether they would "
    "keep their jobs. Northline did not respond.\n\n"
    "The new routes could start as early as September."
)


@pytest.fixture()
def draft(client, auth):
    auth.login("mr-adeyemi", as_="teacher")
    assert paste(client, "New bus contract", ARTICLE).status_code == 302
    return newest_draft()


def test_the_repeated_sentence_is_drafted_once(draft):
    quotes = [c["quote"] for c in claims(draft)]
    assert quotes.count("Northline did not respond.") == 1


def test_the_review_screen_says_why_the_repeat_is_not_a_claim(client, draft):
    page = client.get(f"/teach/drafts/{draft.id}").text
    assert "Not drafted as claims" in page
    assert "appears earlier in the article" in page

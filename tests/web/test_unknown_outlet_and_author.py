"""An article's outlet and author that nobody gave stay empty: the draft keeps
no placeholder, the details form pre-fills nothing, publishing asks about
them, and students never read "Unknown (check before publishing)"."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from quizapp.extensions import db
from quizapp.models import Article
from quizapp.packs.details import UNKNOWN, byline, known, missing_details
from quizapp.services import authoring
from quizapp.services.draft_review import accept_suggestions

from .test_authoring import newest_draft
from .test_drafting_whole_articles import story_text


@pytest.fixture()
def teacher(auth):
    return auth.login("ms-okafor", as_="teacher")


def paste_without_details(client, title: str = "Libraries to close"):
    return client.post(
        "/teach/articles/new",
        data={"text": story_text(), "title": title, "reading_level": "intermediate"},
    )


@pytest.fixture()
def draft(client, teacher):
    assert paste_without_details(client).status_code == 302
    return newest_draft()


def test_a_draft_without_outlet_or_author_stores_no_placeholder(draft):
    meta = draft.data["meta"]
    assert "outlet" not in meta and "author" not in meta
    assert UNKNOWN not in str(draft.data)


def test_the_details_form_does_not_prefill_a_placeholder(client, draft):
    data = draft.data
    data["meta"] = {**data["meta"], "outlet": UNKNOWN, "author": UNKNOWN}
    authoring._save(draft, data)  # a draft made before placeholders were dropped
    page = client.get(f"/teach/drafts/{draft.id}/details").text
    assert UNKNOWN not in page


def test_emptying_the_outlet_in_the_details_form_removes_it(client, draft):
    url = f"/teach/drafts/{draft.id}/details"
    form = {"title": "Libraries to close", "reading_level": "intermediate"}
    client.post(url, data={**form, "outlet": "The Courier", "author": "Jo Bloggs"})
    assert draft.data["meta"]["outlet"] == "The Courier"
    client.post(url, data={**form, "outlet": "", "author": "Jo Bloggs"})
    assert "outlet" not in draft.data["meta"]
    assert draft.data["meta"]["author"] == "Jo Bloggs"


def test_publishing_without_outlet_or_author_asks_first_and_names_them(
    client, draft
):
    accept_suggestions(draft, 0.0)
    questions = [i for e in draft.data["exercises"] for i in e["items"]]
    data = draft.data
    for item in questions:
        item["reviewed"] = True
    authoring._save(draft, data)
    response = client.post(f"/teach/drafts/{draft.id}/publish")
    assert response.status_code == 200
    assert "outlet and author are not given" in response.text
    assert "Publish anyway" in response.text
    assert "still to review" not in response.text
    assert db.session.scalar(select(Article)) is None
    response = client.post(
        f"/teach/drafts/{draft.id}/publish", data={"confirm": "yes"}
    )
    assert response.status_code == 302


def test_students_never_see_a_placeholder_outlet_or_author(client, auth, draft):
    data = draft.data
    data["meta"] = {**data["meta"], "outlet": UNKNOWN, "author": UNKNOWN}
    authoring._save(draft, data)
    response = client.post(f"/teach/drafts/{draft.id}/publish", data={"confirm": "yes"})
    assert response.status_code == 302
    article = db.session.scalar(select(Article))
    assert (article.outlet, article.author) == ("", "")
    page = client.get(f"/articles/{article.slug}").text
    assert "Unknown" not in page
    assert '<p class="meta">, ' not in page


def test_an_article_with_only_an_outlet_shows_it_without_a_stray_comma(client, draft):
    url = f"/teach/drafts/{draft.id}/details"
    client.post(url, data={"title": "Libraries to close", "outlet": "The Courier",
                           "reading_level": "intermediate"})
    client.post(f"/teach/drafts/{draft.id}/publish", data={"confirm": "yes"})
    article = db.session.scalar(select(Article))
    page = client.get(f"/articles/{article.slug}").text
    assert '<p class="meta">The Courier</p>' in page


def test_a_byline_names_only_the_known_details():
    assert byline("Jo Bloggs", "The Courier") == "Jo Bloggs, The Courier"
    assert byline("", "The Courier") == "The Courier"
    assert byline(UNKNOWN, UNKNOWN) == ""
    assert known(f"  {UNKNOWN} ") == ""
    assert missing_details({"outlet": UNKNOWN, "author": "Jo"}) == ["outlet"]


def test_a_pasted_byline_fills_the_author_and_outlet_and_leaves_the_text(
        client, teacher):
    text = ("Libraries to close\n\nBy Dana Whitfield, Harbor Valley Courier\n"
            "March 4, 2026\n\n" + story_text())
    response = client.post("/teach/articles/new",
                           data={"text": text, "reading_level": "intermediate"})
    assert response.status_code == 302
    data = newest_draft().data
    assert data["meta"]["author"] == "Dana Whitfield"
    assert data["meta"]["outlet"] == "Harbor Valley Courier"
    assert "Dana Whitfield" not in data["body"]
    assert data["meta"]["published"] == "2026-03-04"  # the dateline under it
    page = client.get(f"/teach/drafts/{newest_draft().id}/details").text
    assert 'value="2026-03-04"' in page

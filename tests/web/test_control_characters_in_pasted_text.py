"""A NUL (or another control character) in a pasted article is dropped, not a
bare error page that loses the article; other forms still refuse NUL."""

from __future__ import annotations

import io

import pytest

from ..conftest import count_rows
from .test_authoring import newest_draft

ARTICLE = (
    "The council approved a new sea wall on Monday,\x00 the mayor said.\n\n"
    "Some experts believe the wall\x0c could reduce flooding in the old town."
)


@pytest.fixture()
def teacher(auth):
    return auth.login("ms-okafor", as_="teacher")


def test_a_pasted_article_with_a_nul_becomes_a_draft_without_it(client, teacher):
    response = client.post(
        "/teach/articles/new",
        data={"text": ARTICLE, "title": "Sea\x00 wall", "outlet": "The\x01 Courier",
              "reading_level": "intermediate"},
    )
    assert response.status_code == 302, response.text
    draft = newest_draft()
    assert "\x00" not in str(draft.data) and "\x0c" not in str(draft.data)
    assert draft.data["meta"]["title"] == "Sea wall"
    assert draft.data["meta"]["outlet"] == "The Courier"
    assert "on Monday, the mayor said" in draft.data["body"]


def test_an_uploaded_article_with_a_nul_becomes_a_draft_without_it(client, teacher):
    response = client.post(
        "/teach/articles/new",
        data={"upload": (io.BytesIO(ARTICLE.encode()), "wall.txt"),
              "title": "Sea wall", "reading_level": "intermediate"},
        content_type="multipart/form-data",
    )
    assert response.status_code == 302, response.text
    assert "\x00" not in newest_draft().data["body"]


def test_a_nul_in_the_details_form_is_dropped(client, teacher):
    client.post("/teach/articles/new", data={"text": ARTICLE, "title": "Sea wall"})
    draft = newest_draft()
    response = client.post(
        f"/teach/drafts/{draft.id}/details",
        data={"title": "Sea wall", "author": "Jo\x00 Bloggs",
              "reading_level": "intermediate"},
    )
    assert response.status_code == 302
    assert draft.data["meta"]["author"] == "Jo Bloggs"


def test_a_nul_in_an_address_is_still_refused(client, teacher):
    response = client.get("/teach/articles/new?x=a\x00b")
    assert response.status_code == 400
    assert count_rows("drafts") == 0

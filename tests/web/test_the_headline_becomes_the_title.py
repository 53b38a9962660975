"""A new article's title may be left empty: its headline (a web page's <h1>, a
Markdown heading or a first line that is not a sentence) becomes the title.
Only an article without a headline is refused, with the text kept."""

from __future__ import annotations

import io

import pytest

from ..conftest import count_rows
from .test_authoring import newest_draft

BODY = (
    "The council approved a new sea wall on Monday, the mayor said.\n\n"
    "Some experts believe the wall could reduce flooding in the old town.\n\n"
    "The work is expected to take two years."
)
PAGE = (
    "<html><head><title>Harbour wall approved | Test Gazette</title></head><body>"
    "<nav><a href='/'>Home</a></nav><article><h1>Harbour wall approved</h1>"
    + "".join(f"<p>{p}</p>" for p in BODY.split("\n\n"))
    + "</article></body></html>"
)


@pytest.fixture()
def teacher(auth):
    return auth.login("ms-okafor", as_="teacher")


def new_article(client, **fields):
    data = {"title": "", "reading_level": "intermediate", **fields}
    return client.post(
        "/teach/articles/new", data=data, content_type="multipart/form-data"
    )


def test_an_uploaded_page_without_a_title_takes_its_h1(client, teacher):
    response = new_article(client, upload=(io.BytesIO(PAGE.encode()), "wall.html"))
    assert response.status_code == 302, response.text
    draft = newest_draft()
    assert draft.data["meta"]["title"] == "Harbour wall approved"
    assert draft.slug == "harbour-wall-approved"


def test_a_pasted_markdown_heading_becomes_the_title(client, teacher):
    response = new_article(client, text=f"# Harbour wall approved\n\n{BODY}")
    assert response.status_code == 302, response.text
    assert newest_draft().data["meta"]["title"] == "Harbour wall approved"
    assert "# Harbour wall approved" not in newest_draft().data["body"]


def test_a_pasted_first_line_that_is_no_sentence_becomes_the_title(client, teacher):
    response = new_article(client, text=f"Harbour wall approved\n\n{BODY}")
    assert response.status_code == 302, response.text
    assert newest_draft().data["meta"]["title"] == "Harbour wall approved"


def test_a_title_given_wins_over_the_headline(client, teacher):
    response = new_article(
        client, title="Sea wall", text=f"# Harbour wall approved\n\n{BODY}"
    )
    assert response.status_code == 302, response.text
    assert newest_draft().data["meta"]["title"] == "Sea wall"


def test_text_without_a_headline_or_title_asks_for_one_and_keeps_the_text(
    client, teacher
):
    response = new_article(client, text=BODY)
    assert response.status_code == 422
    assert "Give the article a title: no headline was found" in response.text
    assert "Some experts believe the wall could reduce flooding" in response.text
    assert count_rows("drafts") == 0


def test_a_refused_upload_puts_its_text_in_the_box_so_it_need_not_be_chosen_again(
    client, teacher
):
    response = new_article(client, upload=(io.BytesIO(BODY.encode()), "wall.txt"))
    assert response.status_code == 422
    assert "no headline was found" in response.text
    assert 'id="kept-upload"' in response.text and "wall.txt" in response.text
    assert "Some experts believe the wall could reduce flooding" in response.text
    again = new_article(client, title="Sea wall", text=BODY)
    assert again.status_code == 302


def test_a_copied_pages_menu_line_is_not_taken_for_the_headline(client, teacher):
    copied = f"Skip to main content\n\nHome\n\nNews\n\n{BODY}"
    response = new_article(client, text=copied)
    assert response.status_code == 422
    assert "is part of the web page it was copied from" in response.text
    assert "Skip to main content" in response.text  # the text is kept
    assert count_rows("drafts") == 0


def test_a_pages_headline_too_long_for_a_title_asks_for_a_shorter_one(
    client, teacher
):
    # refused at once, with the page's text kept, rather than only at publish
    headline = "Harbour wall approved " * 17  # 374 characters
    page = PAGE.replace("<h1>Harbour wall approved</h1>", f"<h1>{headline}</h1>")
    response = new_article(client, upload=(io.BytesIO(page.encode()), "wall.html"))
    assert response.status_code == 422
    assert "Give the article a shorter title" in response.text
    assert "a title may have at most 300" in response.text
    assert count_rows("drafts") == 0
    again = new_article(client, title="Sea wall",
                        upload=(io.BytesIO(page.encode()), "wall.html"))
    assert again.status_code == 302


def test_a_headline_is_taken_whatever_it_says(client, teacher):
    # the article's own headline, even one that reads like a placeholder
    response = new_article(client, text=f"Untitled\n\n{BODY}")
    assert response.status_code == 302, response.text
    assert newest_draft().data["meta"]["title"] == "Untitled"

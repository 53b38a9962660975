"""An uploaded web page's byline, site name and date fill the draft's author,
outlet and published date (trafilatura's metadata, checked), for the teacher
to review on the details page; a byline left in the text and the details the
teacher typed come first."""

from __future__ import annotations

import io

import pytest

from .test_authoring import newest_draft
from .test_drafting_whole_articles import story_text


def page(byline: str, head: str = "", site: str = "Coastline Herald") -> str:
    paragraphs = [p for p in story_text().split("\n\n") if not p.startswith("#")]
    return (
        f"<!DOCTYPE html><html><head><title>Libraries to close | {site}</title>"
        f"{head}</head><body><nav><a href='/'>Home</a></nav><main><article>"
        f"<h1>Libraries to close</h1>{byline}"
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + "</article></main></body></html>"
    )


BYLINE = (
    '<p class="byline">By Tomas Reyne, Transport Correspondent</p>'
    '<p class="dateline"><time datetime="2026-11-19T07:45">'
    "Thursday 19 November 2026, 07:45</time></p>"
)


@pytest.fixture()
def teacher(auth):
    return auth.login("ms-okafor", as_="teacher")


def upload(client, html: str, **fields):
    data = {"title": "", "reading_level": "intermediate", **fields,
            "upload": (io.BytesIO(html.encode()), "story.html")}
    return client.post(
        "/teach/articles/new", data=data, content_type="multipart/form-data"
    )


def test_an_uploaded_pages_byline_and_date_fill_author_outlet_and_published(
        client, teacher):
    response = upload(client, page(BYLINE))
    assert response.status_code == 302, response.text
    draft = newest_draft()
    meta = draft.data["meta"]
    assert meta["author"] == "Tomas Reyne"
    assert meta["outlet"] == "Coastline Herald"
    assert str(meta["published"]) == "2026-11-19"
    assert "Tomas Reyne" not in draft.data["body"]

    details = client.get(f"/teach/drafts/{draft.id}/details").text
    assert 'value="Tomas Reyne"' in details
    assert 'value="Coastline Herald"' in details
    assert 'value="2026-11-19"' in details


def test_a_byline_left_in_the_text_comes_before_the_pages_metadata(
        client, teacher):
    byline = "<p>By Dana Whitfield, Harbor Valley Courier</p>"
    head = ('<meta name="author" content="Web Desk Person">'
            '<meta property="og:site_name" content="Courier Online">')
    response = upload(client, page(byline, head).replace(
        "</h1>", '</h1><p><time datetime="2026-03-04">March 4, 2026</time></p>'))
    assert response.status_code == 302, response.text
    meta = newest_draft().data["meta"]
    assert meta["author"] == "Dana Whitfield"
    assert meta["outlet"] == "Harbor Valley Courier"
    assert str(meta["published"]) == "2026-03-04"


def test_the_details_a_teacher_types_come_before_the_pages(client, teacher):
    response = upload(client, page(BYLINE), author="T. Reyne", outlet="The Herald")
    assert response.status_code == 302, response.text
    meta = newest_draft().data["meta"]
    assert (meta["author"], meta["outlet"]) == ("T. Reyne", "The Herald")
    assert str(meta["published"]) == "2026-11-19"


def test_a_page_without_byline_or_site_name_leaves_them_empty(client, teacher):
    bare = page("").replace(" | Coastline Herald", "")
    response = upload(client, bare)
    assert response.status_code == 302, response.text
    meta = newest_draft().data["meta"]
    assert "author" not in meta and "outlet" not in meta
    assert "published" not in meta

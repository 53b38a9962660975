"""Issue 8, defect 8: the documented limits (README, `quizapp/packs/limits.py`)
hold on every way in: pasting, uploading an article, uploading a pack and
`flask content load`, each refused with a message naming the limit, before the
slow work, and with nothing stored. How fast pages are at the limits is measured
by `bench/hostile_inputs.py`."""

from __future__ import annotations

import io

import pytest
from werkzeug.test import encode_multipart

from quizapp.packs.limits import (
    MAX_ARTICLE_CHARS,
    MAX_PACK_ITEMS,
    MAX_PASTE_CHARS,
    MAX_SENTENCES,
)
from quizapp.services.content import load_packs

from ..conftest import count_rows
from ..web.test_authoring import paste, upload
from .hostile_packs import many_questions, many_sentences, mini_files, zip_of

SENTENCE = "The council met on Monday. "


@pytest.fixture()
def teacher(auth):
    return auth.login("ms-reed", as_="teacher")


def test_pasting_more_than_the_article_limit_is_refused(client, teacher):
    response = paste(client, text=SENTENCE * (MAX_ARTICLE_CHARS // len(SENTENCE) + 1))
    assert response.status_code == 422
    assert f"the limit is {MAX_ARTICLE_CHARS:,}" in response.text
    assert count_rows("drafts") == 0


def post_multipart(client, fields: dict):
    """POST /teach/articles/new as a browser sends the form (multipart), the
    body built in memory (the test client spools a large one to a file it
    leaves open)."""
    boundary, body = encode_multipart(fields)
    return client.post(
        "/teach/articles/new",
        data=body,
        content_type=f"multipart/form-data; boundary={boundary}",
    )


def page_of(article: str, size: int) -> str:
    """A web page of about `size` characters holding `article`: the rest is the
    site's markup (a menu, scripts), as in a page's source copied whole."""
    paragraphs = "".join(f"<p>{p}</p>" for p in article.split("\n\n"))
    page = (
        "<html><head><title>Harbour wall approved</title><script>{filler}</script>"
        "</head><body><nav><a href='/'>Home</a></nav><article>"
        f"<h1>Harbour wall approved</h1>{paragraphs}</article></body></html>"
    )
    return page.replace("{filler}", "var x = 1;" * ((size - len(page)) // 10))


ARTICLE = (
    "The council approved a new sea wall on Monday, the mayor said.\n\n"
    "Some experts believe the wall could reduce flooding in the old town.\n\n"
    "The work is expected to take two years."
)


def test_a_pasted_page_is_limited_like_an_uploaded_one_not_by_its_markup(
    client, teacher
):
    page = page_of(ARTICLE, 1_200_000)  # more than Flask's 500 KB a form field
    assert len(page) > MAX_ARTICLE_CHARS
    response = post_multipart(
        client, {"text": page, "title": "", "reading_level": "intermediate"}
    )
    assert response.status_code == 302, response.text[:500]
    assert count_rows("drafts") == 1


def test_pasting_more_than_the_paste_limit_is_refused_naming_it(client, teacher):
    text = SENTENCE * (MAX_PASTE_CHARS // len(SENTENCE) + 1)
    response = post_multipart(
        client, {"text": text, "title": "Huge", "reading_level": "intermediate"}
    )
    assert response.status_code == 422
    assert f"At most {MAX_PASTE_CHARS:,} characters can be pasted" in response.text
    assert count_rows("drafts") == 0


def test_the_text_box_takes_as_much_as_the_server_does(client, teacher):
    page = client.get("/teach/articles/new").text
    assert f'maxlength="{MAX_PASTE_CHARS}"' in page


def test_pasting_more_than_the_sentence_limit_is_refused(client, teacher):
    text = many_sentences(MAX_SENTENCES + 1)
    assert len(text) < MAX_ARTICLE_CHARS
    response = paste(client, text=text)
    assert response.status_code == 422
    assert f"the limit is {MAX_SENTENCES:,}: split it into shorter articles" in (
        response.text
    )
    assert count_rows("drafts") == 0


def test_uploading_an_article_file_over_the_limits_is_refused(client, teacher):
    huge = (SENTENCE * (MAX_ARTICLE_CHARS // len(SENTENCE) + 1)).encode()
    response = client.post(
        "/teach/articles/new",
        data={"title": "Huge", "upload": (io.BytesIO(huge), "huge.txt")},
        content_type="multipart/form-data",
    )
    assert response.status_code == 422
    assert f"the limit is {MAX_ARTICLE_CHARS:,}" in response.text
    assert count_rows("drafts") == 0


def test_a_pack_with_a_huge_article_is_refused_on_upload_and_on_load(
    client, teacher, tmp_path
):
    article = mini_files()["article.md"] + SENTENCE * (MAX_ARTICLE_CHARS // 20)
    files = mini_files(**{"article.md": article})
    response = upload(client, zip_of(files))
    assert response.status_code == 422
    assert "mini/article.md: the article is" in response.text
    assert f"the limit is {MAX_ARTICLE_CHARS:,}" in response.text
    folder = tmp_path / "huge"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    [report] = load_packs(folder)
    assert report.status == "refused" and "the limit is" in report.problems[0]
    assert count_rows("drafts") == count_rows("articles") == 0


def test_a_pack_with_more_items_than_the_limit_is_refused(client, teacher):
    files = mini_files(**{"many.yaml": many_questions(MAX_PACK_ITEMS + 1)})
    response = upload(client, zip_of(files))
    assert response.status_code == 422
    assert f"a pack has at most {MAX_PACK_ITEMS:,}: split it" in response.text
    assert count_rows("drafts") == 0


def test_a_pack_at_the_item_limit_is_accepted(client, teacher):
    others = 4 + 3 + 1  # the mini pack's claims, questions and written question
    files = mini_files(**{"many.yaml": many_questions(MAX_PACK_ITEMS - others)})
    response = upload(client, zip_of(files))
    assert response.status_code == 302, response.text[:3000]
    assert count_rows("drafts") == 1

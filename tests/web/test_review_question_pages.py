"""The review screen lists a big pack's questions a page at a time: every
question stays reachable by plain links, and editing one comes back to its page."""

from __future__ import annotations

import io
import re

import pytest

from quizapp.teach.authoring_display import QUESTIONS_PER_PAGE

from ..security.hostile_packs import many_questions, mini_files, zip_of
from .test_authoring import newest_draft


@pytest.fixture()
def draft(client, auth):
    auth.login("mr-big", as_="teacher")
    pack = zip_of(mini_files(**{"many.yaml": many_questions(2 * QUESTIONS_PER_PAGE)}))
    response = client.post(
        "/teach/articles/import",
        data={"pack": (io.BytesIO(pack), "pack.zip")},
        content_type="multipart/form-data",
    )
    assert response.status_code == 302
    return newest_draft()


def question_ids(page: str) -> list[str]:
    return re.findall(r'<li id="q-([\w-]+)" class="card">', page)


def all_question_ids(draft) -> list[str]:
    return [
        str(item["id"])
        for exercise in draft.data["exercises"]
        if exercise["kind"] == "questions"
        for item in exercise["items"]
    ]


def test_every_question_is_on_exactly_one_page_reached_by_links(client, draft):
    first = client.get(f"/teach/drafts/{draft.id}").text
    links = sorted(set(re.findall(r'href="([^"]*\?questions=(\d+))#', first)))
    pages = [first] + [client.get(href.replace("&amp;", "&")).text for href, _ in links]
    seen = [key for page in pages for key in question_ids(page)]
    assert seen == all_question_ids(draft)
    assert all(len(question_ids(page)) <= QUESTIONS_PER_PAGE for page in pages)
    assert len(pages) == 3


def test_a_page_number_out_of_range_shows_the_nearest_page(client, draft):
    last = client.get(f"/teach/drafts/{draft.id}?questions=99")
    assert last.status_code == 200
    assert question_ids(last.text)[-1] == all_question_ids(draft)[-1]
    assert (
        question_ids(client.get(f"/teach/drafts/{draft.id}?questions=-3").text)[0]
        == all_question_ids(draft)[0]
    )


def test_moving_a_question_returns_to_the_page_that_shows_it(client, draft):
    key = all_question_ids(draft)[-1]
    response = client.post(
        f"/teach/drafts/{draft.id}/questions/{key}/move", data={"direction": "up"}
    )
    assert response.status_code == 302
    assert response.location.endswith(f"?questions=3#q-{key}")
    assert key in question_ids(client.get(response.location).text)

"""A fresh answer's feedback is rendered once per distinct answer and shared
(`learn/feedback.py`): learners who give the same answer get the same HTML,
each with their own next link, and it reads as the item page's feedback."""

import re

from tests.conftest import AuthActions

from .helpers import start

JSON = {"Accept": "application/json"}


def _answer(client, username: str, label: str) -> dict:
    AuthActions(client).login(username)
    url = start(client, "claims")
    response = client.post(url, data={"label": label}, headers=JSON)
    assert response.status_code == 200 and response.json["answered"]
    return response.json | {"url": url}


def _without_next_link(data: dict) -> str:
    html = data["feedback_html"]
    assert html.count(f'href="{data["next_url"]}"') == 1  # the learner's own
    return html.replace(data["next_url"], "NEXT")


def test_learners_giving_the_same_answer_get_the_same_feedback_with_their_own_link(
    app, mini_pack
):
    ann = _answer(app.test_client(), "ann", "sourced")
    bob = _answer(app.test_client(), "bob", "sourced")
    assert ann["next_url"] != bob["next_url"]  # two attempts
    assert _without_next_link(ann) == _without_next_link(bob)


def test_a_different_answer_gets_its_own_feedback(app, mini_pack):
    ann = _answer(app.test_client(), "ann", "sourced")
    bob = _answer(app.test_client(), "bob", "opinion")
    assert "You chose <strong>Sourced fact</strong>" in ann["feedback_html"]
    assert "You chose <strong>Opinion</strong>" in bob["feedback_html"]


def test_the_shared_feedback_reads_as_the_item_pages_feedback(app, mini_pack):
    client = app.test_client()
    _answer(app.test_client(), "ann", "sourced")  # renders the shared fragment
    bob = _answer(client, "bob", "sourced")
    page = client.get(bob["url"]).text
    section = re.search(r'<section class="feedback.*?</section>', page, re.S)
    assert section and section.group() == bob["feedback_html"].strip()

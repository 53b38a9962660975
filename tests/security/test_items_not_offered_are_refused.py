"""Issue 8, defect 3: a learner scores only on items the exercise offers.

A claim marked `sort: false` (a question or courtesy in the article) is
annotated, never sorted; posting a label to it must store nothing.
"""

from sqlalchemy import select

from quizapp.extensions import db
from quizapp.models import Item

from ..conftest import count_rows
from ..web.helpers import exercise, latest_attempt, start

JSON = {"Accept": "application/json"}


def _not_offered_item_url(url: str) -> str:
    claims = exercise("claims")
    item = db.session.scalar(
        select(Item).where(Item.exercise_id == claims.id, Item.key == "c4")
    )
    assert item.spec["sort"] is False
    return f"{url.rsplit('/', 1)[0]}/{item.id}"


def test_posting_a_label_to_a_claim_not_offered_for_sorting_is_refused(
    client, auth, mini_pack
):
    user = auth.login()
    url = _not_offered_item_url(start(client, "claims"))
    response = client.post(url, data={"label": "question"})
    assert response.status_code == 404
    assert "not part of the exercise" in response.text
    assert count_rows("answers") == 0
    attempt = latest_attempt(user)
    assert (attempt.score, attempt.max_score) == (0.0, 0.0)
    assert count_rows("best_scores") == 0


def test_json_answer_to_a_claim_not_offered_for_sorting_is_refused(
    client, auth, mini_pack
):
    auth.login()
    url = _not_offered_item_url(start(client, "claims"))
    response = client.post(url, data={"label": "question"}, headers=JSON)
    assert response.status_code == 404
    assert response.json == {
        "error": 404,
        "message": "This item is not part of the exercise.",
    }
    assert client.get(url, headers=JSON).status_code == 404
    assert count_rows("answers") == 0


def test_a_claim_not_offered_for_sorting_has_no_page(client, auth, mini_pack):
    auth.login()
    url = _not_offered_item_url(start(client, "claims"))
    response = client.get(url)
    assert response.status_code == 404
    assert "Host: What happens next?" not in response.text


def test_the_service_refuses_items_not_offered_whatever_the_view(
    app, auth, client, mini_pack
):
    from quizapp.services import attempts as attempts_svc

    user = auth.login()
    start(client, "claims")
    attempt = latest_attempt(user)
    item = db.session.scalar(select(Item).where(Item.key == "c4"))
    try:
        attempts_svc.submit_answer(attempt, item, {"label": "question"})
    except attempts_svc.AnswerRefused as refusal:
        assert refusal.status == 404
    else:
        raise AssertionError("an item not offered took an answer")
    assert count_rows("answers") == 0

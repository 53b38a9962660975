"""Issue 8, defect 4: an exercise withdrawn after an attempt started takes no
more answers, says why, and the attempt keeps what it had."""

import shutil

from sqlalchemy import delete, select

from quizapp.extensions import db
from quizapp.models import Article, Attempt, Membership
from quizapp.services.content import load_packs

from ..conftest import MINI_PACK, count_rows
from ..web.helpers import item_urls, latest_attempt, start

JSON = {"Accept": "application/json"}


def _answer_first_and_find_second(client, user) -> tuple[str, Attempt]:
    first = start(client, "claims")
    assert client.post(first, data={"label": "sourced"}).status_code == 302
    second = start(client, "claims")
    assert second != first
    attempt = latest_attempt(user)
    assert (attempt.score, attempt.max_score) == (1.0, 1.0)
    return second, attempt


def _reload_mini_pack_without_claims(tmp_path) -> None:
    pack = tmp_path / "mini"
    shutil.copytree(MINI_PACK, pack)
    (pack / "claims.yaml").unlink()
    [report] = load_packs(pack)
    assert report.status == "updated", report


def _assert_attempt_kept(attempt_id: int) -> None:
    db.session.expire_all()
    attempt = db.session.get(Attempt, attempt_id)
    assert (attempt.score, attempt.max_score) == (1.0, 1.0)
    assert [a.response for a in attempt.answers] == [{"label": "sourced"}]
    assert count_rows("answers") == 1


def test_answer_to_an_exercise_dropped_from_its_pack_is_refused_with_a_message(
    client, auth, mini_pack, tmp_path
):
    user = auth.login()
    url, attempt = _answer_first_and_find_second(client, user)
    _reload_mini_pack_without_claims(tmp_path)
    response = client.post(url, data={"label": "speculation"})
    assert response.status_code == 409
    assert "This exercise has been withdrawn" in response.text
    assert "Your answers so far are kept" in response.text
    _assert_attempt_kept(attempt.id)


def test_json_answer_to_a_withdrawn_exercise_is_refused_with_a_message(
    client, auth, mini_pack, tmp_path
):
    user = auth.login()
    url, attempt = _answer_first_and_find_second(client, user)
    _reload_mini_pack_without_claims(tmp_path)
    response = client.post(url, data={"label": "speculation"}, headers=JSON)
    assert response.status_code == 409
    assert response.json["error"] == 409
    assert "withdrawn" in response.json["message"]
    _assert_attempt_kept(attempt.id)


def test_withdrawn_attempt_shows_its_answers_and_no_form(
    client, auth, mini_pack, tmp_path
):
    user = auth.login()
    url, attempt = _answer_first_and_find_second(client, user)
    _reload_mini_pack_without_claims(tmp_path)
    page = client.get(url)
    assert page.status_code == 200
    assert "withdrawn" in page.text and 'class="answer-form"' not in page.text
    assert client.get(url, headers=JSON).json["closed"].startswith("This exercise")
    carry_on = client.get(f"/attempts/{attempt.id}")
    assert carry_on.location == f"/attempts/{attempt.id}/result"
    result = client.get(carry_on.location).text
    assert "withdrawn" in result and "1 / 1" in result
    assert len(item_urls(result)) == 1  # the answered item can still be reviewed
    _assert_attempt_kept(attempt.id)


def test_answer_to_an_unpublished_article_is_refused(client, auth, mini_pack):
    user = auth.login()
    url, attempt = _answer_first_and_find_second(client, user)
    db.session.scalar(select(Article)).is_published = False
    db.session.commit()
    response = client.post(url, data={"label": "speculation"})
    assert response.status_code == 409
    assert "withdrawn" in response.text
    _assert_attempt_kept(attempt.id)


def test_answer_after_leaving_the_authors_class_is_refused(client, world):
    """The owner's article is the member's to practise only while they are in
    the owner's class; once they leave it, their open attempt is closed."""
    client.post("/auth/login", data={"username": "member", "password": "password123"})
    member = db.session.get(Attempt, world["attempt_id"]).user
    url, attempt = _answer_first_and_find_second(client, member)
    db.session.execute(
        delete(Membership).where(Membership.classroom_id == world["classroom_id"])
    )
    db.session.commit()
    response = client.post(url, data={"label": "speculation"})
    assert response.status_code == 409
    assert "withdrawn" in response.text
    db.session.expire_all()
    assert db.session.get(Attempt, attempt.id).score == 1.0

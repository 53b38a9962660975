"""Ownership, answer keys, CSRF and headers."""

import json

from quizapp.extensions import db
from quizapp.models import Item

from ..conftest import csrf_token_from
from .helpers import latest_attempt, start


def test_student_cannot_open_another_students_attempt_by_changing_the_id(
    client, auth, mini_pack
):
    owner = auth.login("owner")
    url = start(client, "claims")
    client.post(url, data={"label": "sourced"})
    attempt = latest_attempt(owner)
    auth.logout()
    auth.login("intruder")
    for path in [
        f"/attempts/{attempt.id}",
        f"/attempts/{attempt.id}/result",
        url,
    ]:
        response = client.get(path)
        assert response.status_code == 404, path
        assert "the mayor said" not in response.text
    assert client.post(url, data={"label": "opinion"}).status_code == 404
    assert client.get(url, headers={"Accept": "application/json"}).json == {
        "error": 404,
        "message": "We could not find that page.",
    }


def _secrets(spec: dict) -> list[str]:
    """Strings that would give the answer away if they were in a page."""
    found = [spec.get("explanation", "")]
    found += [o.get("feedback", "") for o in spec.get("options", [])]
    return [s for s in found if s]


def test_answer_key_is_in_neither_html_nor_json_before_answering(
    client, auth, mini_pack
):
    auth.login()
    for exercise_slug in ["claims", "questions"]:
        url = start(client, exercise_slug)
        item = db.session.get(Item, int(url.rsplit("/", 1)[1]))
        html = client.get(url).text
        data = client.get(url, headers={"Accept": "application/json"}).json
        assert data["answered"] is False
        for secret in _secrets(item.spec):
            assert secret not in html, secret
            assert secret not in json.dumps(data), secret
        assert '"correct"' not in json.dumps(data)
        assert 'class="cue"' not in html  # cue words are part of the key too
        # After answering, the key is shown.
        answer = {"label": "opinion"} if exercise_slug == "claims" else {"choice": "c"}
        client.post(url, data=answer)
        answered = client.get(url, headers={"Accept": "application/json"}).json
        assert (
            answered["answered"]
            and item.spec["explanation"] in answered["feedback_html"]
        )


def test_every_state_changing_form_requires_a_csrf_token(csrf_client, mini_pack):
    from ..conftest import make_user

    make_user("amira")
    for path, data in [
        ("/auth/login", {"username": "amira", "password": "password123"}),
        (
            "/auth/register",
            {"username": "zed", "password": "long enough", "confirm": "long enough"},
        ),
    ]:
        response = csrf_client.post(path, data=data)
        assert response.status_code == 400
        assert "This form has expired" in response.text
    token = csrf_token_from(csrf_client.get("/auth/login").text)
    response = csrf_client.post(
        "/auth/login",
        data={"username": "amira", "password": "password123", "csrf_token": token},
    )
    assert response.status_code == 302
    for path in ["/exercises/1/start", "/auth/logout", "/attempts/1/items/1"]:
        assert csrf_client.post(path, data={"label": "sourced"}).status_code == 400


def test_session_cookie_is_http_only_and_same_site(client, auth):
    auth.login()
    cookie = client.get_cookie("session")
    assert cookie.http_only and cookie.same_site == "Lax"


def test_production_cookies_are_secure_by_default():
    from quizapp.config import Config

    assert Config.SESSION_COOKIE_SECURE and Config.REMEMBER_COOKIE_SECURE


def test_pages_carry_a_strict_content_security_policy(client):
    response = client.get("/")
    assert "script-src 'self'" in response.headers["Content-Security-Policy"]
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["X-Content-Type-Options"] == "nosniff"

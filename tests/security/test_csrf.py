"""Every new state-changing form refuses a request without its CSRF token
(ASVS 3.5.1), and throttled requests are logged (ASVS 16.3.3)."""

import pytest
from flask import g

from quizapp.extensions import db

from ..conftest import csrf_token_from, make_app, make_user


@pytest.fixture()
def secured(app):
    """A client of an app with CSRF protection on, as in production."""
    app = make_app(app.config["SQLALCHEMY_DATABASE_URI"])

    @app.before_request
    def forget_what_the_previous_request_cached():
        # Requests share the fixture's app context (and so `g`).
        g.pop("_login_user", None)
        g.pop("csrf_token", None)

    with app.app_context():
        yield app.test_client()
        db.session.remove()
        db.engine.dispose()


def _log_in(client, username):
    token = csrf_token_from(client.get("/auth/login").text)
    response = client.post(
        "/auth/login",
        data={"username": username, "password": "password123", "csrf_token": token},
    )
    assert response.status_code == 302


def test_account_admin_and_reset_forms_need_a_csrf_token(secured):
    student = make_user("amira")
    make_user("boss", role="admin")
    reset = {"username": "amira", "code": "AAAA", "password": "x" * 12}
    assert secured.post("/auth/reset", data=reset).status_code == 400
    _log_in(secured, "amira")
    for path in [
        "/auth/account/password",
        "/auth/account/logout-everywhere",
        "/auth/account/delete",
    ]:
        response = secured.post(path, data={"password": "password123"})
        assert response.status_code == 400, path
        assert "This form has expired" in response.text, path
    token = csrf_token_from(secured.get("/auth/account").text)
    assert secured.post("/auth/logout", data={"csrf_token": token}).status_code == 302
    _log_in(secured, "boss")
    for action in ["deactivate", "reactivate", "end-sessions", "reset-password"]:
        path = f"/admin/users/{student.id}/{action}"
        assert secured.post(path).status_code == 400, path
    assert db.session.get(type(student), student.id).is_active


def test_hitting_a_throttle_is_logged(client, caplog):
    make_user("outsider")
    client.post("/auth/login", data={"username": "outsider", "password": "password123"})
    with caplog.at_level("WARNING"):
        for _ in range(11):
            client.post("/classes/join", data={"code": "ZZZZZZ", "nickname": "Owl"})
    assert any("Throttled: POST /classes/join" in r.message for r in caplog.records)


def test_an_answer_without_its_csrf_token_is_refused_and_not_stored(secured):
    from quizapp.services.content import load_packs

    from ..conftest import MINI_PACK, count_rows
    from ..web.helpers import exercise

    load_packs(MINI_PACK)
    make_user("amira")
    _log_in(secured, "amira")
    token = csrf_token_from(secured.get("/articles").text)
    started = secured.post(
        f"/exercises/{exercise('claims').id}/start", data={"csrf_token": token}
    )
    url = secured.get(started.location).location
    page = secured.get(url).text
    json = {"Accept": "application/json"}
    for headers in ({}, json, {**json, "X-CSRFToken": "forged"}):
        response = secured.post(url, data={"label": "sourced"}, headers=headers)
        assert response.status_code == 400, headers
    assert count_rows("answers") == 0
    headers = {**json, "X-CSRFToken": csrf_token_from(page)}
    response = secured.post(url, data={"label": "sourced"}, headers=headers)
    assert response.status_code == 200 and response.json["answered"]
    assert count_rows("answers") == 1

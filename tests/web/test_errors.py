"""Bad requests get a clear answer, never a traceback or a 500."""

import pytest

from .helpers import start


def test_unknown_page_is_a_friendly_404_in_html_and_json(client, auth):
    auth.login()
    html = client.get("/articles/no-such-article")
    assert html.status_code == 404 and "We could not find that page." in html.text
    data = client.get("/nowhere", headers={"Accept": "application/json"})
    assert data.status_code == 404
    assert data.json == {"error": 404, "message": "We could not find that page."}


@pytest.mark.parametrize(
    "data",
    [
        {"label": "rumour"},
        {"label": ""},
        {"label": ["sourced", "opinion"]},
        {"choice": "zzz"},
        {"choices": ["x", "y"]},
        {"label": "x" * 5000},
    ],
)
def test_garbage_answers_are_refused_without_a_500(client, auth, mini_pack, data):
    auth.login()
    for exercise in ["claims", "questions"]:
        url = start(client, exercise)
        response = client.post(url, data=data)
        assert response.status_code == 422, response.text
        assert "Traceback" not in response.text


def test_huge_uploads_are_refused_cleanly(client, auth, mini_pack):
    auth.login()
    url = start(client, "claims")
    response = client.post(url, data={"label": "x" * (3 * 1024 * 1024)})
    assert response.status_code == 413
    assert "too large" in response.text


def test_an_unexpected_error_shows_a_page_without_a_traceback(app, client):
    @app.get("/boom")
    def boom():
        raise RuntimeError("secret internals")

    response = client.get("/boom")
    assert response.status_code == 500
    assert "secret internals" not in response.text
    assert "Your saved answers are safe." in response.text


def test_ids_too_large_for_the_database_are_a_404(client, auth, mini_pack):
    auth.login()
    for url in [
        "/attempts/99999999999999999999999",
        "/classes/99999999999999999999/leaderboard",
    ]:
        assert client.get(url).status_code == 404
    assert client.post("/exercises/99999999999999999999999/start").status_code == 404


def test_text_with_nul_characters_is_refused_before_it_reaches_the_database(
    client, auth, mini_pack
):
    auth.login()
    url = start(client, "written")
    response = client.post(url, data={"text": "fewer floods\x00"})
    assert response.status_code == 400
    assert "invalid character" in response.text
    response = client.post("/classes/join", data={"code": "AB\x00", "nickname": "x"})
    assert response.status_code == 400

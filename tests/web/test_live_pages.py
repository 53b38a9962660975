"""The live-game pages through the Flask test client: hosting, playing without
JavaScript, the answer key, the PIN throttle, results and the CSV."""

import json
import re
from contextlib import contextmanager

from sqlalchemy import select

from quizapp.extensions import db
from quizapp.models import LiveGame, LivePlayer
from quizapp.services import live_games as games

from ..conftest import make_app
from .live_helpers import claims_exercise_id, guest_game, item_of, mini_article


def host_a_game(client, auth, **form):
    auth.login("host", as_="teacher")
    article = mini_article()
    data = {
        "exercises": [claims_exercise_id(article)],
        "audience": "guests",
        "time_limit": "0",
        **form,
    }
    response = client.post(f"/live/new/{article.slug}", data=data)
    assert response.status_code == 302, response.text
    return db.session.scalar(select(LiveGame))


def test_a_teacher_hosts_a_game_and_sees_the_pin_link_and_qr_code(client, auth):
    game = host_a_game(client, auth)
    page = client.get(f"/live/{game.id}/host").text
    assert f"{game.pin[:4]} {game.pin[4:]}" in page
    assert f"/play/{game.pin}" in page
    assert '<svg role="img" aria-label="QR code of the join link"' in page


def test_the_host_form_needs_an_exercise(client, auth):
    auth.login("host", as_="teacher")
    mini_article()
    response = client.post("/live/new/mini", data={"audience": "guests"})
    assert response.status_code == 422
    assert "Choose at least one exercise." in response.text


def test_a_guest_joins_and_plays_with_plain_forms(client, app):
    game = guest_game()
    page = client.get(f"/play/{game.pin}")
    assert 'name="nickname"' in page.text
    response = client.post(f"/play/{game.pin}/join", data={"nickname": "Kestrel"})
    assert response.status_code == 302
    page = client.get(f"/play/{game.pin}").text
    assert "You're in!" in page and 'http-equiv="refresh"' in page
    games.move(game, "start")
    page = client.get(f"/play/{game.pin}").text
    assert 'name="label" value="sourced"' in page
    client.post(f"/play/{game.pin}/answer", data={"label": "sourced", "index": "0"})
    page = client.get(f"/play/{game.pin}").text
    assert "Answer locked in" in page
    assert "Right!" in page and "+1000 pts" in page  # the only player: revealed


def test_the_player_page_holds_no_answer_key_before_the_question_closes(client, app):
    game = guest_game()
    client.post(f"/play/{game.pin}/join", data={"nickname": "Kestrel"})
    play_second_player(game)
    games.move(game, "start")
    spec = item_of(game, 0).spec
    page = client.get(f"/play/{game.pin}").text
    assert spec["explanation"] not in page.replace("&#39;", "'")
    assert "Cue words" not in page
    games.move(game, "close")
    page = client.get(f"/play/{game.pin}").text
    assert "Cue words" in page and "No answer this time" in page


def play_second_player(game):
    from quizapp.services import live_play

    return live_play.join_game(game, "Second")


def test_a_reload_keeps_the_player_and_their_score(client, app):
    game = guest_game()
    client.post(f"/play/{game.pin}/join", data={"nickname": "Kestrel"})
    play_second_player(game)
    games.move(game, "start")
    client.post(
        f"/play/{game.pin}/answer",
        data={"label": "sourced", "index": "0"},
        headers={"Accept": "application/json"},
    )
    games.move(game, "close")
    for _ in range(2):
        page = client.get(f"/play/{game.pin}").text
        assert 'id="my-score">1000<' in page
    assert db.session.scalar(select(db.func.count(LivePlayer.id))) == 2


def test_json_answers_say_only_that_the_answer_is_in(client, app):
    game = guest_game()
    client.post(f"/play/{game.pin}/join", data={"nickname": "Kestrel"})
    play_second_player(game)
    games.move(game, "start")
    headers = {"Accept": "application/json"}
    data = {"label": "opinion", "index": "0"}
    first = client.post(f"/play/{game.pin}/answer", data=data, headers=headers)
    assert first.json == {"index": 0, "answered": 1, "is_new": True}
    again = client.post(f"/play/{game.pin}/answer", data=data, headers=headers)
    assert again.json["is_new"] is False
    late = client.post(
        f"/play/{game.pin}/answer", data={**data, "index": "5"}, headers=headers
    )
    assert late.status_code == 409


def test_host_controls_move_the_game_and_the_results_page_and_csv_follow(client, auth):
    game = host_a_game(client, auth)
    for action in ["start", "close", "next", "next"]:
        response = client.post(f"/live/{game.id}/host/{action}")
        assert response.status_code == 302
    assert client.get(f"/live/{game.id}/host/panel").status_code == 200
    response = client.post(f"/live/{game.id}/host/end")
    assert response.location.endswith(f"/live/{game.id}/results")
    assert "Podium" in client.get(response.location).text
    csv = client.get(f"/live/{game.id}/results.csv")
    assert csv.mimetype == "text/csv" and b"rank,nickname" in csv.data


def test_an_impossible_move_is_a_conflict_not_an_error(client, auth):
    game = host_a_game(client, auth)
    response = client.post(
        f"/live/{game.id}/host/next", headers={"Accept": "application/json"}
    )
    assert response.status_code == 409 and "cannot next" in response.json["message"]
    assert client.post(f"/live/{game.id}/host/fly").status_code == 404


def test_the_host_removes_a_player(client, auth):
    game = host_a_game(client, auth)
    player = play_second_player(game)
    response = client.post(f"/live/{game.id}/players/{player.id}/remove")
    assert response.status_code == 302
    assert db.session.get(LivePlayer, player.id).is_removed


def test_a_class_member_joins_with_their_account_at_once(client, auth):
    from .live_helpers import class_game

    game, (ana, _) = class_game()
    auth.login("ana")
    page = client.get(f"/play/{game.pin}").text
    assert "You're in!" in page and "Ana Star" in page
    auth.logout()
    assert client.get(f"/play/{game.pin}").status_code == 403


def test_the_player_stream_starts_with_the_whole_state(client, app):
    game = guest_game()
    client.post(f"/play/{game.pin}/join", data={"nickname": "Kestrel"})
    response = client.get(f"/play/{game.pin}/events")
    assert response.mimetype == "text/event-stream"
    chunks = response.response
    first = next(iter(chunks))
    body = first.decode().split("data: ", 1)[1]
    event = json.loads(body)
    assert event["state"] == "lobby" and event["you"]["name"] == "Kestrel"
    response.close()


@contextmanager
def another_app(database_url: str, **settings):
    """A second app on the test database (its own settings), disposed after."""
    other = make_app(database_url, **settings)
    try:
        yield other.test_client()  # each request has its own app context
    finally:
        with other.app_context():
            db.engine.dispose()


def test_wrong_pins_are_throttled(_schema):
    limits = {"RATELIMIT_ENABLED": True, "LIVE_PIN_LIMIT": "3 per minute"}
    with another_app(_schema, WTF_CSRF_ENABLED=False, **limits) as client:
        codes = [client.post("/play", data={"pin": "00000000"}).status_code]
        codes += [client.get(f"/play/0000000{n}").status_code for n in range(3)]
    assert codes == [404, 404, 404, 429]


def test_a_right_pin_is_never_throttled(_schema, app):
    game = guest_game()
    limits = {"RATELIMIT_ENABLED": True, "LIVE_PIN_LIMIT": "2 per minute"}
    with another_app(_schema, **limits) as client:
        codes = [client.get(f"/play/{game.pin}").status_code for _ in range(4)]
    assert codes == [200] * 4


def test_join_and_answer_forms_carry_csrf_tokens(_schema, app):
    game = guest_game()
    with another_app(_schema) as client:
        page = client.get(f"/play/{game.pin}").text
        assert re.search(r'name="csrf_token"', page)
        refused = client.post(f"/play/{game.pin}/join", data={"nickname": "NoToken"})
    assert refused.status_code == 400


def test_a_busy_database_is_a_503_the_screen_retries_not_a_500(client, app):
    from unittest import mock

    from sqlalchemy.exc import TimeoutError as PoolTimeout

    game = guest_game()
    with mock.patch(
        "quizapp.services.live_play.game_by_pin", side_effect=PoolTimeout("busy")
    ):
        response = client.get(f"/play/{game.pin}/events")
    assert response.status_code == 503
    assert response.headers["Retry-After"] == "3"

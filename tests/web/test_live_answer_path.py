"""The live answer path: two statements per answer, counts in the store, the
host's count events coalesced, and no answer lost or counted twice."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from quizapp.broker import get_broker
from quizapp.extensions import db
from quizapp.models import LiveAnswer, LivePlayer
from quizapp.services import live_answers as answers
from quizapp.services import live_games as games
from quizapp.services import live_play as play

from ..conftest import in_threads
from .live_helpers import guest_game, right_answer


def _verbs(statements: list[str]) -> list[str]:
    return [s.split(None, 1)[0].upper() for s in statements]


def _join(client, game, nickname):
    response = client.post(f"/play/{game.pin}/join", data={"nickname": nickname})
    assert response.status_code == 302


def test_a_live_answer_costs_two_statements_and_a_double_tap_one_more(
    app, count_statements
):
    game = guest_game()
    first, second = app.test_client(), app.test_client()
    _join(first, game, "Kestrel")
    _join(second, game, "Osprey")
    games.move(game, "start")
    data = {**right_answer(game), "index": "0"}
    headers = {"Accept": "application/json"}
    url = f"/play/{game.pin}/answer"
    with count_statements() as answered:
        response = first.post(url, data=data, headers=headers)
    assert response.status_code == 200 and response.json["answered"] == 1
    assert _verbs(answered) == ["UPDATE", "INSERT"]
    with count_statements() as tapped:
        again = first.post(url, data=data, headers=headers)
    assert again.json == {"index": 0, "answered": 1, "is_new": False}
    assert _verbs(tapped) == ["UPDATE", "INSERT", "SELECT"]


def test_the_last_answer_looks_in_the_database_before_closing(app, count_statements):
    game = guest_game()
    players = [play.join_game(game, name) for name in ("Ada", "Bo")]
    games.move(game, "start")
    pin, last, data = game.pin, players[1].id, right_answer(game)
    answers.submit_live_answer(game, players[0], data)
    with count_statements() as seen:
        answers.answer(pin, lambda _: last, data)
    assert _verbs(seen)[:3] == ["UPDATE", "INSERT", "SELECT"]  # the one count
    assert game.state == "reveal"


def test_answers_are_counted_per_question_and_per_option(app):
    game = guest_game()
    players = [play.join_game(game, f"Player {n}") for n in range(4)]
    games.move(game, "start")
    for player, label in zip(players, ("opinion", "opinion", "sourced"), strict=False):
        answers.submit_live_answer(game, player, {"label": label, "index": 0})
    store = games.store()
    assert store.answered(game.id, 0) == 3
    assert store.tally(game.id, 0) == {"opinion": 2, "sourced": 1}


def test_the_host_hears_one_count_event_per_window_with_the_latest_count(
    app, monkeypatch
):
    app.config["LIVE_COUNT_INTERVAL_MS"] = 150
    scheduled = []
    monkeypatch.setattr(games, "later", lambda delay, task: scheduled.append(task))
    game = guest_game()
    players = [play.join_game(game, f"Player {n}") for n in range(5)]
    games.move(game, "start")
    host = get_broker("", app.config["LIVE_CHANNEL_PREFIX"]).subscribe(
        games.host_channel(game)
    )
    for player in players[:3]:
        answers.submit_live_answer(game, player, right_answer(game))
    assert len(scheduled) == 1
    scheduled.pop()()
    counts = [m.data for m in iter(lambda: host.get(timeout=0.05), None)]
    assert [c["answered"] for c in counts if c["type"] == "count"] == [3]
    answers.submit_live_answer(game, players[3], right_answer(game))
    assert len(scheduled) == 1  # the window was released: a new one opens
    host.close()


def test_a_move_replaces_the_snapshot_answers_read(app):
    game = guest_game(time_limit=20)
    player = play.join_game(game, "Kestrel")
    play.join_game(game, "Osprey")
    games.move(game, "start")
    games.move(game, "pause")
    with pytest.raises(games.LiveGameError, match="not taking answers"):
        answers.submit_live_answer(game, player, right_answer(game))
    stale = {**games.store().snapshot(game.pin), "seq": game.seq - 1}
    assert not games.store().put_snapshot(game.pin, stale)
    games.move(game, "resume")
    assert answers.submit_live_answer(game, player, right_answer(game)).is_new


def test_an_answer_without_a_snapshot_reads_the_game_once(app):
    game = guest_game()
    player = play.join_game(game, "Kestrel")
    play.join_game(game, "Osprey")
    games.move(game, "start")
    app.extensions.pop("live_store")  # e.g. Redis was emptied
    assert answers.submit_live_answer(game, player, right_answer(game)).answered == 1
    assert games.store().snapshot(game.pin)["seq"] == game.seq


def test_concurrent_answers_and_double_taps_are_stored_and_counted_once(app):
    game = guest_game()
    players = [play.join_game(game, f"Player {n}") for n in range(6)]
    play.join_game(game, "Latecomer")  # keeps the question open
    games.move(game, "start")
    pin, data = game.pin, right_answer(game)
    ids = [p.id for p in players] * 2  # every player taps twice, at once
    results = []

    def tap(player_id):
        def job(barrier):
            barrier.wait()
            results.append(answers.answer(pin, lambda _: player_id, data))

        return job

    in_threads(app, [tap(i) for i in ids])
    assert sum(r.is_new for r in results) == len(players)
    assert sorted(r.answered for r in results if r.is_new) == [1, 2, 3, 4, 5, 6]
    assert db.session.scalar(select(func.count(LiveAnswer.id))) == len(players)
    scores = db.session.scalars(
        select(LivePlayer.score).where(LivePlayer.id.in_([p.id for p in players]))
    ).all()
    assert scores == [1000] * len(players)
    assert games.store().answered(game.id, 0) == len(players)

"""What a live game keeps when nobody ends it: answers recorded as each question
closes, idle games ended without a cron job, guests purged with the rest."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select

from quizapp.extensions import db
from quizapp.models import Answer, Attempt, LiveAnswer, LiveGame, LivePlayer, User
from quizapp.models._base import utcnow
from quizapp.services import live_answers as answers
from quizapp.services import live_games as games
from quizapp.services import live_play as play
from quizapp.services import privacy

from .live_helpers import (
    class_game,
    guest_game,
    played_guest_game,
    right_answer,
    wrong_answer,
)


def test_each_closed_question_is_in_the_members_attempts_before_the_game_ends(app):
    game, (ana, ben) = class_game()
    ana_p, ben_p = (play.join_game(game, "", user=u) for u in (ana, ben))
    games.move(game, "start")
    answers.submit_live_answer(game, ana_p, right_answer(game))
    games.move(game, "close")  # Ben missed it
    attempts = db.session.scalars(select(Attempt)).all()
    assert [(a.user_id, a.mode, a.score, a.max_score) for a in attempts] == [
        (ana.id, "live", 1.0, 1.0)
    ]
    games.move(game, "next")
    games.move(game, "next")
    answers.submit_live_answer(game, ana_p, wrong_answer(game))
    answers.submit_live_answer(game, ben_p, right_answer(game))  # closes it
    rows = db.session.execute(
        select(Attempt.user_id, Attempt.score, Attempt.max_score)
        .where(Attempt.live_game_id == game.id)
        .order_by(Attempt.user_id)
    ).all()
    assert [tuple(r) for r in rows] == [(ana.id, 1.0, 2.0), (ben.id, 1.0, 2.0)]
    assert game.state == "reveal" and not game.is_recorded
    # The host walks away: what was played is already recorded, once.
    assert db.session.scalar(select(func.count(Answer.id))) == 3


def test_an_answer_stored_after_its_question_closed_is_recorded_at_the_end(app):
    game, (ana, _) = class_game()
    ana_p = play.join_game(game, "", user=ana)
    games.move(game, "start")
    data = right_answer(game)
    games.move(game, "close")
    db.session.add(  # a request that passed the open check just before the close
        LiveAnswer(
            game_id=game.id,
            player_id=ana_p.id,
            question_index=0,
            item_id=game.questions[0]["item_id"],
            response={"label": data["label"]},
            fraction=1.0,
            points=1000,
            elapsed_ms=900,
        )
    )
    db.session.commit()
    games.move(game, "end")
    attempt = db.session.scalar(select(Attempt))
    assert (attempt.score, attempt.max_score) == (1.0, 1.0) and game.is_recorded


def test_any_live_request_ends_idle_games_without_a_cron_job(app, client):
    idle = guest_game()
    busy = guest_game(teacher=idle.host)
    idle.last_activity_at = utcnow() - timedelta(minutes=31)
    db.session.commit()
    assert client.get("/play").status_code == 200  # someone opens any live page
    db.session.expire_all()
    assert db.session.get(LiveGame, idle.id).is_finished
    assert not db.session.get(LiveGame, busy.id).is_finished
    busy.last_activity_at = utcnow() - timedelta(minutes=31)
    db.session.commit()
    client.get("/play")  # within a minute: no second sweep yet
    assert not db.session.get(LiveGame, busy.id).is_finished
    assert games.sweep_if_due(now=games.utcnow_ts() + 61) == 1


def test_the_privacy_purge_deletes_old_guests_even_without_a_retention_period(app):
    played_guest_game()
    assert privacy.purge().live_guests == 0
    report = privacy.purge(now=utcnow() + timedelta(days=31))
    assert report.live_guests == 1 and "1 live-game guest(s)" in str(report)
    assert db.session.scalar(select(func.count(LivePlayer.id))) == 0
    assert db.session.scalar(select(func.count(LiveAnswer.id))) == 0


def test_deleting_an_account_deletes_its_live_players_and_answers(app):
    game, (ana, _) = class_game()
    ana_p = play.join_game(game, "", user=ana)
    games.move(game, "start")
    answers.submit_live_answer(game, ana_p, right_answer(game))
    games.move(game, "end")
    privacy.delete_account(db.session.get(User, ana.id), "password123")
    assert db.session.scalar(select(func.count(LivePlayer.id))) == 0
    assert db.session.scalar(select(func.count(LiveAnswer.id))) == 0
    assert db.session.scalar(select(func.count(Attempt.id))) == 0

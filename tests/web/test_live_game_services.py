"""The live-game services: hosting, joining, answering, timer, removal, results."""

from datetime import timedelta

import pytest
from sqlalchemy import select

from quizapp.broker import get_broker
from quizapp.extensions import db
from quizapp.grading import InvalidAnswer
from quizapp.models import Answer, Attempt, BestScore, LiveAnswer, LiveGame, LivePlayer
from quizapp.models._base import utcnow
from quizapp.services import live_answers as answers
from quizapp.services import live_games as games
from quizapp.services import live_play as play
from quizapp.services import live_record
from quizapp.services import live_results as results
from quizapp.services.live_state import personal, state_event

from .live_helpers import (
    class_game,
    guest_game,
    played_guest_game,
    right_answer,
    wrong_answer,
)


def test_a_hosted_game_waits_in_its_lobby_with_an_eight_digit_pin(app):
    game = guest_game()
    assert game.state == "lobby" and len(game.pin) == 8 and game.pin.isdigit()
    assert len(game.questions) == 3  # the sortable claims of the mini pack
    assert play.game_by_pin(game.pin[:4] + " " + game.pin[4:]).id == game.id


def test_guests_join_with_checked_nicknames(app):
    game = guest_game(blocked_words=["harbour"])
    play.join_game(game, "Kestrel")
    for bad in ["Kestrel", "késtrel", "x", "HarbourMaster", "sh1thead"]:
        with pytest.raises(games.LiveGameError):
            play.join_game(game, bad)
    assert [p.nickname for p in game.players] == ["Kestrel"]


def test_a_player_joining_after_the_start_plays_on_from_the_open_question(app):
    game = guest_game()
    early = play.join_game(game, "Early")
    games.move(game, "start")
    late = play.join_game(game, "Late")
    answers.submit_live_answer(game, late, right_answer(game))
    assert late.score == 1000 and early.score == 0


def test_a_reconnecting_player_keeps_their_row_and_score(app):
    game = guest_game()
    player = play.join_game(game, "Kestrel")
    games.move(game, "start")
    answers.submit_live_answer(game, player, right_answer(game))
    db.session.expire_all()
    again = play.find_player(game, player.id)
    assert again.id == player.id and again.score == 1000
    event = state_event(game, player=again)
    assert event["you"]["score"] == 1000 and event["you"]["answered"]


def test_class_members_join_with_their_account_and_find_themselves_again(app):
    game, (ana, ben) = class_game()
    player = play.join_game(game, "", user=ana)
    assert player.nickname == "Ana Star" and player.user_id == ana.id
    assert play.join_game(game, "anything", user=ana).id == player.id
    assert play.find_player(game, None, user=ana).id == player.id
    outsider_game = guest_game(teacher=game.host)
    assert play.may_join_as_member(outsider_game, ana) is False


def test_a_class_game_refuses_someone_outside_the_class(app):
    from ..conftest import make_user

    game, _ = class_game()
    with pytest.raises(games.LiveGameError):
        play.join_game(game, "Visitor", user=make_user("visitor"))
    with pytest.raises(games.LiveGameError):
        play.join_game(game, "Guest")


def test_answers_after_the_timer_are_refused_by_the_servers_clock(app):
    game = guest_game(time_limit=20)
    player = play.join_game(game, "Slow")
    other = play.join_game(game, "Quick")
    start = games.utcnow_ts()
    games.move(game, "start", now=start)
    answers.submit_live_answer(game, other, right_answer(game), now=start + 5)
    with pytest.raises(games.LiveGameError, match="Time is up"):
        answers.submit_live_answer(game, player, right_answer(game), now=start + 20.5)
    assert game.state == "reveal"
    assert (
        db.session.scalar(select(LiveAnswer.id).filter_by(player_id=player.id)) is None
    )


def test_a_double_tap_stores_one_answer_and_counts_it_once(app):
    game = guest_game()
    player = play.join_game(game, "Tapper")
    play.join_game(game, "Other")
    games.move(game, "start")
    first = answers.submit_live_answer(game, player, right_answer(game))
    second = answers.submit_live_answer(game, player, wrong_answer(game))
    assert first.is_new and not second.is_new
    assert second.answer_id == first.answer_id
    db.session.refresh(player)
    assert player.score == 1000 and player.correct == 1


def test_an_answer_for_another_question_or_option_is_refused(app):
    game = guest_game()
    player = play.join_game(game, "Kestrel")
    games.move(game, "start")
    with pytest.raises(games.LiveGameError):
        answers.submit_live_answer(game, player, {"label": "opinion", "index": 2})
    with pytest.raises(InvalidAnswer):
        answers.submit_live_answer(game, player, {"label": "nonsense"})


def test_the_question_closes_when_every_player_has_answered(app):
    game = guest_game(speed_bonus=True, time_limit=20)
    players = [play.join_game(game, name) for name in ["Ada", "Bo"]]
    games.move(game, "start")
    answers.submit_live_answer(game, players[0], right_answer(game))
    assert game.state == "question"
    answers.submit_live_answer(game, players[1], wrong_answer(game))
    assert game.state == "reveal"
    assert 1000 < players[0].score <= 1200 and players[1].score == 0


def test_a_removed_player_leaves_the_ranking_and_cannot_answer(app):
    game = guest_game()
    player = play.join_game(game, "Spammer")
    play.join_game(game, "Fine")
    games.move(game, "start")
    play.remove_player(game, player.id)
    with pytest.raises(games.LiveGameError, match="removed"):
        answers.submit_live_answer(game, player, right_answer(game))
    assert [r.name for r in results.game_results(game).ranked] == ["Fine"]


def test_no_answer_key_reaches_players_before_the_question_closes(app):
    game = guest_game()
    games.move(game, "start")
    event = state_event(game, with_scores=True)
    spec = games.current_item(game).spec
    assert "reveal" not in event and "scores" not in event
    text = str(event)
    for secret in ["explanation", "cues", "correct", spec["explanation"]]:
        assert secret not in text
    games.move(game, "close")
    revealed = state_event(game, with_scores=True)
    assert revealed["reveal"]["correct"] == [spec["label"]]
    assert spec["cues"][0]["text"] in revealed["reveal"]["cues"]


def test_each_player_reads_only_their_own_score_from_a_broadcast(app):
    game = guest_game()
    ada, bo = (play.join_game(game, n) for n in ["Ada", "Bo"])
    games.move(game, "start")
    answers.submit_live_answer(game, ada, right_answer(game))
    answers.submit_live_answer(game, bo, wrong_answer(game))
    event = state_event(game, with_scores=True)
    mine = personal(event, bo.id)
    assert "scores" not in mine
    assert mine["you"]["rank"] == 2 and mine["you"]["fraction"] == 0.0


def test_moves_are_published_to_every_subscriber(app):
    game = guest_game()
    broker = get_broker("", app.config["LIVE_CHANNEL_PREFIX"])
    with broker.subscribe(games.channel(game)) as sub:
        games.move(game, "start")
        message = sub.get(timeout=1)
    assert message.data["state"] == "question" and message.data["seq"] == game.seq
    assert message.frame.startswith(b"event: state\nid: ")


def test_a_game_nobody_touches_ends_by_itself(app):
    game = guest_game()
    game.last_activity_at = utcnow() - timedelta(minutes=31)
    db.session.commit()
    assert games.end_idle_games() == 1
    assert game.state == "finished" and play.game_by_pin(game.pin) is None


def test_pause_refuses_answers_and_resume_restores_the_time_left(app):
    game = guest_game(time_limit=30)
    player = play.join_game(game, "Ada")
    start = games.utcnow_ts()
    games.move(game, "start", now=start)
    games.move(game, "pause", now=start + 10)
    with pytest.raises(games.LiveGameError):
        answers.submit_live_answer(game, player, right_answer(game), now=start + 11)
    games.move(game, "resume", now=start + 100)
    assert games.ts(game.closes_at) == pytest.approx(start + 120, abs=0.01)


def test_class_results_become_live_attempts_that_count_like_any_other(app):
    game, (ana, ben) = class_game()
    ana_p, ben_p = (play.join_game(game, "", user=u) for u in (ana, ben))
    games.move(game, "start")
    for _ in range(3):
        answers.submit_live_answer(game, ana_p, right_answer(game))
        if game.question_index < 2:
            answers.submit_live_answer(game, ben_p, wrong_answer(game))
        else:
            games.move(game, "close")
        games.move(game, "next")
        games.move(game, "next")
    assert game.state == "finished"
    attempts = db.session.scalars(select(Attempt).order_by(Attempt.user_id)).all()
    assert [(a.user_id, a.mode, a.score, a.max_score) for a in attempts] == [
        (ana.id, "live", 3.0, 3.0),
        (ben.id, "live", 0.0, 3.0),
    ]
    assert all(a.is_finished for a in attempts)
    assert db.session.scalar(select(BestScore.score).filter_by(user_id=ana.id)) == 3.0
    assert len(db.session.scalars(select(Answer)).all()) == 5
    assert live_record.record_shown(game) == 0  # once only


def test_guests_results_are_deleted_after_the_retention_period(app):
    game, _ = played_guest_game()
    assert results.purge_guests() == 0
    later = utcnow() + timedelta(days=31)
    assert results.purge_guests(now=later) == 1
    assert db.session.scalars(select(LivePlayer)).all() == []
    assert db.session.scalars(select(LiveAnswer)).all() == []
    assert db.session.get(LiveGame, game.id) is not None


def test_the_csv_has_one_row_per_player_and_defuses_formulas(app):
    game, _ = played_guest_game("=cmd")
    name, body = results.results_csv(game)
    lines = body.decode("utf-8-sig").splitlines()
    assert name.endswith(".csv") and lines[1].startswith("1,'=cmd,1000,1,right")


def test_the_sweep_command_ends_idle_games_and_purges_old_guests(app, runner):
    game = guest_game()
    play.join_game(game, "Guest")
    game.last_activity_at = utcnow() - timedelta(days=40)
    db.session.commit()
    result = runner.invoke(args=["live", "sweep"])
    assert result.exit_code == 0
    assert "1 idle games ended, 0 guests' results deleted" in result.output
    game.finished_at = utcnow() - timedelta(days=31)
    db.session.commit()
    result = runner.invoke(args=["live", "sweep"])
    assert "0 idle games ended, 1 guests' results deleted" in result.output

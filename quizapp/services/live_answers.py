"""Answering a live question: the one request a whole class sends at once.

An answer reads the game's snapshot from the live store (`quizapp.live_store`)
instead of its row, grades against the item's spec cached per game, and writes
with two statements in one transaction: the player's score (which also proves
the player is in the game and not removed, and locks their row) and the answer
itself (`ON CONFLICT DO NOTHING` on the unique player-and-question pair, so a
double tap or two racing requests store one). Only a stored answer is counted
in the store; the host hears the count at most every LIVE_COUNT_INTERVAL_MS.
Closing a question when everyone has answered is decided by the database.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from flask import current_app
from sqlalchemy import Integer, bindparam, func, select, update

from ..extensions import db
from ..grading import InvalidAnswer, get_checker
from ..grading import live as rules
from ..models import LiveAnswer, LiveGame, LivePlayer
from ._sql import insert_for_dialect
from .live_games import (
    LiveGameError,
    close_if_due,
    count_answer,
    dt,
    move,
    question_spec,
    remember,
    store,
    utcnow_ts,
)

#: Answers refresh a game's last activity at most this often (seconds).
ACTIVITY_GRAIN = 60.0


class NotPlaying(LookupError):
    """No running game with that PIN, or no such player in it (a 404)."""


@dataclass
class Accepted:
    answer_id: int
    index: int
    is_new: bool  # False for a double tap: the first answer stands
    answered: int  # how many have answered the question, this one included


def submit_live_answer(
    game: LiveGame, player: LivePlayer, data: dict[str, Any], now: float | None = None
) -> Accepted:
    """`answer` for a game and player already at hand."""
    return answer(game.pin, lambda _: player.id, data, now)


def answer(
    pin: str,
    player_of: Callable[[int], int | None],
    data: dict[str, Any],
    now: float | None = None,
) -> Accepted:
    """Grade and store the player's answer to the open question, once.

    `player_of(game_id)` names the answering player (from the session). The
    server's clock decides: after the timer (or the host) closed the question,
    the answer is refused. Raises NotPlaying, LiveGameError or InvalidAnswer.
    The grade is not returned to the player before the reveal."""
    now = now if now is not None else utcnow_ts()
    snap = open_snapshot(pin, now)
    player_id = player_of(snap["game_id"]) if snap is not None else None
    if player_id is None:
        raise NotPlaying(pin)
    state = rules.GameState(**snap["rules"])
    if not rules.accepts_answers(state, now) or snap["discuss"]:
        raise LiveGameError("This question is not taking answers.")
    game_id, index = snap["game_id"], state.index
    if str(data.get("index", index)) != str(index):
        raise LiveGameError("That question is closed.")
    item_type, spec = question_spec(game_id, snap["item_id"])
    checker = get_checker(item_type)
    response = _parse(checker, spec, data)
    result = checker.check(spec, response)
    fraction = result.score / result.max_score if result.max_score else 0.0
    elapsed = now - (state.opened_at or now)
    gained = rules.points(fraction, elapsed, state.time_limit, snap["is_speed_bonus"])
    conn = db.session.connection()
    scored = conn.execute(
        _SCORE,
        {
            "p_id": player_id,
            "g_id": game_id,
            "gained": gained,
            "right": 1 if result.is_correct else 0,
        },
    )
    if scored.rowcount != 1:
        db.session.rollback()
        raise _why_not(game_id, player_id)
    answer_id = conn.execute(
        _store_statement(conn.dialect.name),
        {
            "game_id": game_id,
            "player_id": player_id,
            "question_index": index,
            "item_id": snap["item_id"],
            "response": response,
            "fraction": fraction,
            "feedback": result.feedback[:500],
            "details": result.details,
            "points": gained,
            "elapsed_ms": int(elapsed * 1000),
            "answered_at": dt(now),
        },
    ).scalar()
    if answer_id is None:  # a double tap: the first answer stands
        db.session.rollback()
        first = _answer_of(player_id, index)
        return Accepted(first, index, False, store().answered(game_id, index))
    touch = now - snap["activity"] > ACTIVITY_GRAIN
    if touch:
        _touch(game_id, now)
    db.session.commit()
    if touch:  # same seq: a newer move's snapshot still wins
        store().put_snapshot(pin, {**snap, "activity": now})
    answered = count_answer(game_id, index, _options(response))
    if answered >= snap["players"]:
        close_if_everyone_answered(game_id, index, now)
    return Accepted(answer_id, index, True, answered)


_PLAYERS, _ANSWERS = LivePlayer.__table__, LiveAnswer.__table__
#: An answer's two statements are built once, so each answer only binds its
#: values (SQLAlchemy keeps their compiled form): the score, which also proves
#: the player is in the game and not removed ...
_SCORE = (
    update(_PLAYERS)
    .where(
        _PLAYERS.c.id == bindparam("p_id"),
        _PLAYERS.c.game_id == bindparam("g_id"),
        _PLAYERS.c.is_removed.is_(False),
    )
    .values(
        score=_PLAYERS.c.score + bindparam("gained", type_=Integer),
        correct=_PLAYERS.c.correct + bindparam("right", type_=Integer),
    )
)
_STORE: dict[str, Any] = {}


def _store_statement(dialect: str):
    """... and the answer, stored once per player and question."""
    if dialect not in _STORE:
        _STORE[dialect] = (
            insert_for_dialect(_ANSWERS)
            .on_conflict_do_nothing(index_elements=["player_id", "question_index"])
            .returning(_ANSWERS.c.id)
        )
    return _STORE[dialect]


def open_snapshot(pin: str, now: float) -> dict[str, Any] | None:
    """The game's snapshot for an answer at `now`, from the store; the game's
    row is read only when the store has none, the game may have gone idle or
    its timer has run out (then the question is closed and the answer refused)."""
    from .live_play import game_by_pin

    pin = "".join(c for c in pin or "" if c.isdigit())
    snap = store().snapshot(pin) if pin else None
    if snap is not None:
        if snap["rules"]["state"] == "finished":
            return None
        idle = current_app.config["LIVE_IDLE_MINUTES"] * 60
        due = rules.is_due(rules.GameState(**snap["rules"]), now)
        if now - snap["activity"] < idle and not due:
            return snap
    game = game_by_pin(pin)
    if game is None:
        return None
    if close_if_due(game, now):
        raise LiveGameError("Time is up: this question is closed.")
    return remember(game)


def close_if_everyone_answered(game_id: int, index: int, now: float) -> bool:
    """Close question `index` when every player in the game has answered it,
    counted in the database (the store's count only says when to look)."""
    answered = (
        select(func.count(LiveAnswer.id))
        .where(LiveAnswer.game_id == game_id, LiveAnswer.question_index == index)
        .scalar_subquery()
    )
    players = (
        select(func.count(LivePlayer.id))
        .where(LivePlayer.game_id == game_id, LivePlayer.is_removed.is_(False))
        .scalar_subquery()
    )
    done, total = db.session.execute(select(answered, players)).one()
    db.session.commit()
    if done < total:
        return False
    game = db.session.get(LiveGame, game_id)
    if game is None or game.state != "question" or game.question_index != index:
        return False
    try:
        move(game, "close", now)
    except LiveGameError:
        return False  # another answer or the host closed it first
    return True


def _parse(checker, spec: dict, data: dict[str, Any]) -> dict[str, Any]:
    response = checker.parse_answer(data)
    ids = {o["id"] for o in spec.get("options") or []}
    chosen = response.get("choices") or [response.get("choice")]
    if ids and not all(c in ids for c in chosen if c is not None):
        raise InvalidAnswer("That option is not part of this question.")
    return response


def _options(response: dict[str, Any]) -> list[str]:
    """What an answer chose, for the store's per-option tally."""
    if "label" in response:
        return [str(response["label"])]
    return [str(c) for c in response.get("choices") or [response.get("choice")] if c]


def _why_not(game_id: int, player_id: int) -> Exception:
    player = db.session.get(LivePlayer, player_id)
    if player is None or player.game_id != game_id:
        return NotPlaying(player_id)
    return LiveGameError("The host removed you from this game.")


def _answer_of(player_id: int, index: int) -> int | None:
    return db.session.scalar(
        select(LiveAnswer.id).where(
            LiveAnswer.player_id == player_id, LiveAnswer.question_index == index
        )
    )


def _touch(game_id: int, now: float) -> None:
    db.session.execute(
        update(LiveGame)
        .where(LiveGame.id == game_id)
        .values(last_activity_at=dt(now))
        .execution_options(synchronize_session=False)
    )

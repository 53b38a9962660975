"""Playing a live game: find it by PIN, join (guests by nickname, class members
with their account), answer, and the host's removal of a player.

A player is a row that outlives connections: a reload or a dropped connection
finds the same row (by the session for guests, by the account for class
members), so nobody loses their place or their score.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.exc import IntegrityError

from ..extensions import db
from ..grading import InvalidAnswer, get_checker
from ..grading import live as rules
from ..models import Item, LiveAnswer, LiveGame, LivePlayer, Membership, User
from .live_games import (
    LiveGameError,
    answer_count,
    broker,
    channel,
    close_if_due,
    current_question,
    dt,
    end_if_idle,
    host_channel,
    move,
    publish_count,
    rules_state,
    ts,
    utcnow_ts,
)


def game_by_pin(pin: str) -> LiveGame | None:
    """The unfinished game with this PIN (spaces ignored), if any."""
    pin = "".join(c for c in pin or "" if c.isdigit())
    if not pin:
        return None
    game = db.session.scalar(select(LiveGame).where(LiveGame.pin == pin))
    if game is None or end_if_idle(game) or game.is_finished:
        return None
    return game


def may_join_as_member(game: LiveGame, user: User | None) -> bool:
    """Whether `user` belongs to the class a class game is for."""
    if user is None or not user.is_authenticated or not game.is_for_class:
        return False
    return (
        db.session.scalar(
            select(Membership.id).where(
                Membership.classroom_id == game.classroom_id,
                Membership.user_id == user.id,
            )
        )
        is not None
    )


def find_player(game: LiveGame, player_id: int | None, user=None) -> LivePlayer | None:
    """The game's player for this session's `player_id` or this account."""
    player = None
    if user is not None and getattr(user, "is_authenticated", False):
        player = db.session.scalar(
            select(LivePlayer).where(
                LivePlayer.game_id == game.id, LivePlayer.user_id == user.id
            )
        )
    if player is None and player_id is not None:
        player = db.session.get(LivePlayer, player_id)
        if player is not None and player.game_id != game.id:
            player = None
    return player


def join_game(
    game: LiveGame, nickname: str = "", user: User | None = None
) -> LivePlayer:
    """Add a player, in the lobby or after the start (late joiners start at 0).

    A class game takes only its class's members, under their class nickname; a
    guest game takes a nickname checked by `rules.nickname_problem`. Joining
    again returns the existing player. Raises LiveGameError with a reason."""
    if game.is_finished:
        raise LiveGameError("This game is over.")
    if game.is_for_class:
        if not may_join_as_member(game, user):
            raise LiveGameError("This game is for the members of a class.")
        existing = find_player(game, None, user)
        if existing is not None:
            return existing
        nickname = user.display_name
    blocked = game.blocked_words or []
    problem = rules.nickname_problem(nickname, _taken(game, nickname), blocked)
    if problem and game.is_for_class and "already" in problem:
        nickname = f"{nickname} {user.id}"  # two classmates chose the same name
        problem = rules.nickname_problem(nickname, _taken(game, nickname), blocked)
    if problem and not game.is_for_class:
        raise LiveGameError(problem)
    shown = rules.clean_nickname(nickname)[: rules.NICKNAME_MAX + 20]
    player = LivePlayer(
        game_id=game.id,
        user_id=user.id if game.is_for_class else None,
        nickname=shown,
        nickname_key=rules.nickname_key(shown),
    )
    db.session.add(player)
    game.last_activity_at = dt(utcnow_ts())
    try:
        db.session.commit()
    except IntegrityError:
        db.session.rollback()
        if game.is_for_class:
            return find_player(game, None, user)
        raise LiveGameError("Someone in this game already has that nickname.") from None
    broker().publish(
        host_channel(game),
        {"type": "joined", "id": player.id, "name": player.nickname},
    )
    return player


def _taken(game: LiveGame, nickname: str) -> set[str]:
    """{the nickname's key} when someone in the game has it, else empty (one
    indexed look-up, however many have joined)."""
    key = rules.nickname_key(nickname)
    found = db.session.scalar(
        select(LivePlayer.id).where(
            LivePlayer.game_id == game.id, LivePlayer.nickname_key == key
        )
    )
    return {key} if found is not None else set()


def remove_player(game: LiveGame, player_id: int) -> LivePlayer:
    """The host removes a player: they leave the ranking and cannot answer."""
    player = db.session.get(LivePlayer, player_id)
    if player is None or player.game_id != game.id:
        raise LiveGameError("No such player in this game.")
    player.is_removed = True
    db.session.commit()
    broker().publish(channel(game), {"type": "removed", "player_id": player.id})
    broker().publish(host_channel(game), {"type": "removed", "id": player.id})
    return player


#: Answers refresh a game's last activity at most this often (one write less
#: per answer in a busy game).
ACTIVITY_GRAIN = timedelta(seconds=60)


@dataclass
class Accepted:
    answer_id: int
    index: int
    is_new: bool  # False for a double tap: the first answer stands
    answered: int  # how many have answered the question, this one included


def submit_live_answer(
    game: LiveGame, player: LivePlayer, data: dict[str, Any], now: float | None = None
) -> Accepted:
    """Grade and store the player's answer to the open question, once.

    The server's clock decides: after the timer (or the host) closed the
    question, the answer is refused. Raises LiveGameError or InvalidAnswer.
    The answer's grade is not returned to the player before the reveal.
    Written for a class answering at once: a few plain statements, no
    look-ups that the unique (player, question) pair makes unnecessary."""
    now = now if now is not None else utcnow_ts()
    if player.is_removed:
        raise LiveGameError("The host removed you from this game.")
    if close_if_due(game, now):
        raise LiveGameError("Time is up: this question is closed.")
    question = current_question(game)
    if (
        not rules.accepts_answers(rules_state(game), now)
        or question is None
        or question["discuss"]
    ):
        raise LiveGameError("This question is not taking answers.")
    game_id, player_id, index = game.id, player.id, game.question_index
    if str(data.get("index", index)) != str(index):
        raise LiveGameError("That question is closed.")
    item_type, spec = question_spec(game_id, question["item_id"])
    checker = get_checker(item_type)
    response = _parse(checker, spec, data)
    result = checker.check(spec, response)
    fraction = result.score / result.max_score if result.max_score else 0.0
    elapsed = now - (ts(game.opened_at) or now)
    gained = rules.points(fraction, elapsed, game.time_limit, game.is_speed_bonus)
    touch = dt(now) - game.last_activity_at > ACTIVITY_GRAIN
    try:
        answer_id = db.session.execute(
            insert(LiveAnswer)
            .values(
                game_id=game_id,
                player_id=player_id,
                question_index=index,
                item_id=question["item_id"],
                response=response,
                fraction=fraction,
                feedback=result.feedback[:500],
                details=result.details,
                points=gained,
                elapsed_ms=int(elapsed * 1000),
                answered_at=dt(now),
            )
            .returning(LiveAnswer.id)
        ).scalar_one()
        db.session.execute(
            update(LivePlayer)
            .where(LivePlayer.id == player_id)
            .values(
                score=LivePlayer.score + gained,
                correct=LivePlayer.correct + (1 if result.is_correct else 0),
            )
            .execution_options(synchronize_session=False)
        )
        if touch:
            db.session.execute(
                update(LiveGame)
                .where(LiveGame.id == game_id)
                .values(last_activity_at=dt(now))
                .execution_options(synchronize_session=False)
            )
        answered, players = _counts(game_id, index)  # this answer included
        db.session.commit()
    except IntegrityError:
        db.session.rollback()
        first = _answer_of(player_id, index)
        return Accepted(first.id, index, False, answer_count(game, index))
    publish_count(game_id, index, answered)
    if answered >= players:
        try:
            move(game, "close", now)
        except LiveGameError:
            pass  # another answer or the host closed it first
    return Accepted(answer_id, index, True, answered)


#: (game id, item id) -> (type, spec): a game grades against the specs it
#: started with, read once per process rather than once per answer.
_SPECS: dict[tuple[int, int], tuple[str, dict]] = {}


def question_spec(game_id: int, item_id: int) -> tuple[str, dict]:
    key = (game_id, item_id)
    if key not in _SPECS:
        item = db.session.get(Item, item_id)
        if len(_SPECS) > 512:
            _SPECS.clear()
        _SPECS[key] = (item.type, item.spec)
    return _SPECS[key]


def _parse(checker, spec: dict, data: dict[str, Any]) -> dict[str, Any]:
    response = checker.parse_answer(data)
    ids = {o["id"] for o in spec.get("options") or []}
    chosen = response.get("choices") or [response.get("choice")]
    if ids and not all(c in ids for c in chosen if c is not None):
        raise InvalidAnswer("That option is not part of this question.")
    return response


def _answer_of(player_id: int, index: int) -> LiveAnswer | None:
    return db.session.scalar(
        select(LiveAnswer).where(
            LiveAnswer.player_id == player_id, LiveAnswer.question_index == index
        )
    )


def _counts(game_id: int, index: int) -> tuple[int, int]:
    """(answers to question `index`, players not removed) in one round trip."""
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
    return tuple(db.session.execute(select(answered, players)).one())

"""Playing a live game: find it by PIN, join (guests by nickname, class members
with their account), and the host's removal of a player (answers are in
`live_answers`).

A player is a row that outlives connections: a reload or a dropped connection
finds the same row (by the session for guests, by the account for class
members), so nobody loses their place or their score.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from ..extensions import db
from ..grading import live as rules
from ..models import LiveGame, LivePlayer, Membership, User
from .live_answers import ACTIVITY_GRAIN, close_if_everyone_answered
from .live_games import (
    LiveGameError,
    broker,
    channel,
    dt,
    end_if_idle,
    host_channel,
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
    now = utcnow_ts()
    if now - ts(game.last_activity_at) > ACTIVITY_GRAIN:  # a class joining at
        game.last_activity_at = dt(now)  # once would queue on the game's row
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
    if game.state == "question":  # they may have been the last to answer
        close_if_everyone_answered(game.id, game.question_index, utcnow_ts())
    return player


def member_player_id(game_id: int, user_id: int) -> int | None:
    """The player id of a class member in a game, if they joined."""
    return db.session.scalar(
        select(LivePlayer.id).where(
            LivePlayer.game_id == game_id, LivePlayer.user_id == user_id
        )
    )

"""Server-Sent Events: each screen holds one long response and gets every
change of its game as it happens.

A stream first sends the whole current state (so a reload or a reconnect
catches up at once), then what the broker delivers. It holds no database
connection while it waits: one gevent greenlet and one socket per screen,
which is why live games need gunicorn's gevent worker (see gunicorn.conf.py).
Players receive the broadcast frame as it was encoded once for everybody,
except state events with scores, from which each keeps only their own.
"""

from __future__ import annotations

from flask import Response, abort, session
from flask_login import current_user

from ..broker import sse_frame
from ..extensions import db
from ..services import live_games as games
from ..services import live_play as play
from ..services.live_state import personal, state_event
from . import bp
from .host import own_game

#: A comment every so often keeps proxies from closing a quiet stream and
#: tells the server when a screen has gone.
KEEPALIVE_SECONDS = 15
RETRY = b"retry: 2000\n\n"


def _stream(subscription, first: dict, player_id: int | None = None):
    def frames():
        try:
            yield RETRY + sse_frame(first)
            while True:
                message = subscription.get(timeout=KEEPALIVE_SECONDS)
                if message is None:
                    yield b": keepalive\n\n"
                    continue
                data = message.data
                if player_id is not None:
                    if data.get("type") == "removed":
                        if data.get("player_id") == player_id:
                            yield message.frame
                            return
                        continue
                    if "scores" in data:
                        yield sse_frame(personal(data, player_id))
                        continue
                yield message.frame
                if data.get("state") == "finished":
                    return
        finally:
            subscription.close()

    response = Response(frames(), mimetype="text/event-stream")
    response.headers["Cache-Control"] = "no-cache"
    response.headers["X-Accel-Buffering"] = "no"  # nginx: do not buffer
    return response


def _read_afresh() -> None:
    """End the read begun before subscribing, so the first state is read after
    it: a change committed in between (the host starting the game while a
    phone connects) was published before the subscription, so it must be in
    the state the stream sends first, or that screen never hears of it."""
    db.session.rollback()


@bp.get("/play/<pin>/events")
def player_events(pin: str):
    game = play.game_by_pin(pin) or abort(404)
    player = play.find_player(
        game, session.get("live", {}).get(str(game.id)), current_user
    )
    if player is None or player.is_removed:
        abort(404)
    games.close_if_due(game)
    subscription = games.broker().subscribe(games.channel(game))
    _read_afresh()
    first = state_event(game, player=player)
    player_id = player.id
    db.session.remove()  # give the connection back before the long wait
    return _stream(subscription, first, player_id)


@bp.get("/live/<int:game_id>/events")
def host_events(game_id: int):
    game = own_game(game_id)
    games.close_if_due(game)
    subscription = games.broker().subscribe(
        games.channel(game), games.host_channel(game)
    )
    _read_afresh()
    first = state_event(game)
    first["answered"] = (
        games.answer_count(game, game.question_index) if game.state == "question" else 0
    )
    db.session.remove()
    return _stream(subscription, first)

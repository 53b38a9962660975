"""The players' pages: find a game by PIN, join, play.

The page works without JavaScript (it refreshes itself every few seconds and
answers with plain forms); `static/js/live_play.js` makes it instant over
Server-Sent Events. Wrong PINs are throttled per address.
"""

from __future__ import annotations

from flask import (
    abort,
    flash,
    jsonify,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask_login import current_user

from ..grading import InvalidAnswer
from ..grading.claims import LABELS
from ..services import live_answers as answers
from ..services import live_games as games
from ..services import live_play as play
from ..services.live_state import state_event
from ..throttling import limiter, setting
from . import bp
from .forms import ActionForm, NicknameForm, PinForm

REFRESH_SECONDS = 4
TOO_MANY = "Too many wrong PINs from here. Please wait a minute and try again."


def _wrong_pin(response) -> bool:
    return response.status_code == 404


#: One budget of wrong PINs per address, shared by every route that takes one.
pin_throttle = limiter.shared_limit(
    setting("LIVE_PIN_LIMIT"),
    scope="live-pin",
    deduct_when=_wrong_pin,
    error_message=TOO_MANY,
)


def _session_player_id(game) -> int | None:
    return session.get("live", {}).get(str(game.id))


def _remember(game, player) -> None:
    joined = dict(session.get("live", {}))
    joined[str(game.id)] = player.id
    session["live"] = dict(list(joined.items())[-10:])  # the last ten games


@bp.route("/play", methods=["GET", "POST"])
@pin_throttle
def find_game():
    form = PinForm()
    if form.validate_on_submit():
        game = play.game_by_pin(form.pin.data)
        if game is not None:
            return redirect(url_for("live.player_page", pin=game.pin))
        form.pin.errors.append("No game is running with that PIN.")
        return render_template("live/find.html", form=form), 404
    status = 422 if request.method == "POST" else 200
    return render_template("live/find.html", form=form), status


@bp.get("/play/<pin>")
@pin_throttle
def player_page(pin: str):
    game = play.game_by_pin(pin)
    if game is None:
        return render_template("live/find.html", form=PinForm(), gone=True), 404
    player = play.find_player(game, _session_player_id(game), current_user)
    if player is None and play.may_join_as_member(game, current_user):
        player = play.join_game(game, user=current_user)  # class members: at once
        _remember(game, player)
    if player is None:
        return _join_page(game, NicknameForm())
    if player.is_removed:
        return render_template("live/removed.html", game=game), 403
    games.close_if_due(game)
    event = state_event(game, player=player)
    return render_template(
        "live/play.html",
        game=game,
        player=player,
        event=event,
        form=ActionForm(),
        labels=LABELS,
        refresh=REFRESH_SECONDS,
    )


def _join_page(game, form, status: int = 200):
    if game.is_for_class:
        return render_template("live/class_only.html", game=game), 403
    return render_template("live/join.html", game=game, form=form), status


@bp.post("/play/<pin>/join")
@pin_throttle
def join(pin: str):
    game = play.game_by_pin(pin) or abort(404)
    if play.find_player(game, _session_player_id(game), current_user):
        return redirect(url_for("live.player_page", pin=game.pin))
    form = NicknameForm()
    if not form.validate_on_submit():
        return _join_page(game, form, 422)
    try:
        player = play.join_game(game, form.nickname.data, user=current_user)
    except games.LiveGameError as error:
        form.nickname.errors.append(str(error))
        return _join_page(game, form, 422)
    _remember(game, player)
    return redirect(url_for("live.player_page", pin=game.pin))


def _player_of(game_id: int) -> int | None:
    """The session's player in the game (class members: by their account)."""
    found = session.get("live", {}).get(str(game_id))
    if found is None and current_user.is_authenticated:
        found = play.member_player_id(game_id, current_user.id)
    return found


@bp.post("/play/<pin>/answer")
def answer(pin: str):
    """The hot path: no game row read (see services/live_answers.py)."""
    ActionForm().validate_on_submit() or abort(400)
    data = {key: request.form.get(key) for key in ("label", "choice", "index")}
    if request.form.getlist("choices"):
        data["choices"] = request.form.getlist("choices")
    try:
        accepted = answers.answer(pin, _player_of, data)
    except answers.NotPlaying:
        abort(404)
    except (games.LiveGameError, InvalidAnswer) as error:
        if _wants_json():
            return jsonify(error=409, message=str(error)), 409
        flash(str(error), "error")
        return redirect(url_for("live.player_page", pin=pin))
    if _wants_json():
        return jsonify(
            index=accepted.index,
            answered=accepted.answered,
            is_new=accepted.is_new,
        )
    flash("Answer locked in. Wait for the reveal.", "info")
    return redirect(url_for("live.player_page", pin=pin))


def _wants_json() -> bool:
    best = request.accept_mimetypes.best_match(["text/html", "application/json"])
    return best == "application/json"

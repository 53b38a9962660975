"""The host's pages: start a game, the projector view and its controls, results.

Only the teacher who hosts a game (or an admin) reaches its pages: anyone
else's game id is a 404.
"""

from __future__ import annotations

import segno
from flask import (
    Response,
    abort,
    flash,
    jsonify,
    redirect,
    render_template,
    request,
    url_for,
)
from flask_login import current_user
from markupsafe import Markup
from sqlalchemy import select
from wtforms.fields.choices import SelectChoice

from ..extensions import db
from ..learn.display import claim_html, evidence_html
from ..models import LiveGame
from ..permissions import require_role
from ..services import classrooms, library
from ..services import live_games as games
from ..services import live_play as play
from ..services import live_results as results
from ..services.live_state import state_event
from . import bp
from .forms import ActionForm, HostForm

ACTIONS = {
    "start": "Start",
    "close": "Show answers",
    "next": "Next",
    "skip": "Skip",
    "pause": "Pause",
    "resume": "Resume",
    "end": "End game",
}


def own_game(game_id: int) -> LiveGame:
    """The game when the current user hosts it (admins: any); else 404."""
    require_role("teacher", "admin")
    game = db.session.get(LiveGame, game_id)
    if game is None or (
        current_user.role != "admin" and game.host_id != current_user.id
    ):
        abort(404)
    return game


@bp.get("/live/")
def games_index():
    require_role("teacher", "admin")
    rows = db.session.scalars(
        select(LiveGame)
        .where(LiveGame.host_id == current_user.id)
        .order_by(LiveGame.created_at.desc())
        .limit(50)
    ).all()
    articles = library.published_articles(current_user)
    return render_template("live/index.html", games=rows, articles=articles)


@bp.route("/live/new/<slug>", methods=["GET", "POST"])
def new_game(slug: str):
    require_role("teacher", "admin")
    article = library.published_article(slug, current_user) or abort(404)
    form = HostForm()
    exercises = [e for e in article.exercises if e.is_active]
    form.exercises.choices = [SelectChoice(e.id, e.title) for e in exercises]
    own = [row.classroom for row in classrooms.teacher_classrooms(current_user)]
    form.audience.choices = [
        SelectChoice("guests", "Guests with a PIN and a nickname")
    ] + [SelectChoice(str(c.id), f"Class {c.name}") for c in own]
    if request.method == "GET":
        form.exercises.data = [e.id for e in exercises]
    if form.validate_on_submit():
        classroom = None
        if form.audience.data != "guests":
            classroom = classrooms.own_classroom(current_user, int(form.audience.data))
        try:
            game = games.host_game(
                current_user,
                article,
                classroom=classroom,
                exercise_ids=form.exercises.data,
                time_limit=form.time_limit.data,
                speed_bonus=form.speed_bonus.data,
                blocked_words=(form.blocked_words.data or "").splitlines(),
            )
        except games.LiveGameError as error:
            flash(str(error), "error")
        else:
            return redirect(url_for("live.host_page", game_id=game.id))
    status = 422 if request.method == "POST" else 200
    return render_template("live/new.html", form=form, article=article), status


def qr_svg(url: str) -> Markup:
    """The join link as an inline SVG QR code (drawn on the server)."""
    svg = segno.make(url, error="m").svg_inline(scale=6, dark="#111", light="#fff")
    return Markup(
        svg.replace(
            "<svg ", '<svg role="img" aria-label="QR code of the join link" ', 1
        )
    )


def _panel_context(game: LiveGame) -> dict:
    games.close_if_due(game)
    event = state_event(game)
    item = games.current_item(game)
    join_url = url_for("live.player_page", pin=game.pin, _external=True)
    context = {
        "game": game,
        "event": event,
        "item": item,
        "form": ActionForm(),
        "actions": ACTIONS,
        "join_url": join_url,
        "qr": qr_svg(join_url) if game.state == "lobby" else None,
        "players": [p for p in game.players if not p.is_removed],
    }
    if item is not None and item.type == "claim":
        revealed = game.state in ("reveal", "leaderboard")
        context["claim"] = claim_html(game.article, item.spec, with_cues=revealed)
    if item is not None and game.state in ("reveal", "leaderboard"):
        evidence = item.spec.get("evidence") or []
        quotes = [e if isinstance(e, dict) else {"quote": e} for e in evidence]
        context["evidence"] = evidence_html(game.article, quotes)
    if game.state == "question":
        context["answered"] = games.answer_count(game, game.question_index)
    return context


@bp.get("/live/<int:game_id>/host")
def host_page(game_id: int):
    return render_template("live/host.html", **_panel_context(own_game(game_id)))


@bp.get("/live/<int:game_id>/host/panel")
def host_panel(game_id: int):
    context = _panel_context(own_game(game_id))
    return render_template("live/_host_panel.html", **context)


@bp.post("/live/<int:game_id>/host/<action>")
def host_action(game_id: int, action: str):
    game = own_game(game_id)
    if action not in ACTIONS:
        abort(404)
    ActionForm().validate_on_submit() or abort(400)
    try:
        games.move(game, action)
    except games.LiveGameError as error:
        if _wants_json():
            return jsonify(error=409, message=str(error)), 409
        flash(str(error), "error")
    if _wants_json():
        return jsonify(state=game.state, index=game.question_index, seq=game.seq)
    if game.is_finished:
        return redirect(url_for("live.results_page", game_id=game.id))
    return redirect(url_for("live.host_page", game_id=game.id))


@bp.post("/live/<int:game_id>/players/<int:player_id>/remove")
def remove_player(game_id: int, player_id: int):
    game = own_game(game_id)
    ActionForm().validate_on_submit() or abort(400)
    try:
        player = play.remove_player(game, player_id)
    except games.LiveGameError:
        abort(404)
    if _wants_json():
        return jsonify(removed=player.id)
    flash(f"{player.nickname} was removed from the game.", "info")
    return redirect(url_for("live.host_page", game_id=game.id))


@bp.get("/live/<int:game_id>/results")
def results_page(game_id: int):
    game = own_game(game_id)
    return render_template(
        "live/results.html", game=game, results=results.game_results(game)
    )


@bp.get("/live/<int:game_id>/results.csv")
def results_csv(game_id: int):
    name, body = results.results_csv(own_game(game_id))
    return Response(
        body,
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


def _wants_json() -> bool:
    best = request.accept_mimetypes.best_match(["text/html", "application/json"])
    return best == "application/json"

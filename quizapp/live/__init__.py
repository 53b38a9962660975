"""Live games: the host's projector pages (teachers) and the players' pages
(class members or guests with a PIN and a nickname).

Thin views over `quizapp.services.live_games`, `live_play` and
`live_results`; screens follow a game over Server-Sent Events
(`streams.py`) and, without JavaScript, by refreshing themselves.
"""

from flask import Blueprint, make_response
from sqlalchemy.exc import TimeoutError as PoolTimeout

from ..errors import error_response
from ..services.live_games import sweep_if_due

bp = Blueprint("live", __name__)


@bp.before_request
def end_idle_games():
    """Idle games end on the next request to any live page (no cron needed)."""
    sweep_if_due()


@bp.errorhandler(PoolTimeout)
def busy(exc):
    """A whole class connecting at once can use up the database connections
    for a moment: ask the screen to come back (the page's script retries)."""
    response = make_response(
        error_response(503, "The game is busy; trying again in a moment.")
    )
    response.headers["Retry-After"] = "3"
    return response


from . import host, play, streams  # noqa: E402,F401

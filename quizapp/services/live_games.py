"""Hosting live games: create a game, move it through its states, tell screens.

The rules of each move are `quizapp.grading.live`; this module stores the
result with an optimistic check on `seq` (two workers cannot both apply a move
to the same state) and publishes the new state through `quizapp.broker` after
the commit. Joining and answering are in `live_play`; results in `live_results`.
"""

from __future__ import annotations

import secrets
import threading
from dataclasses import asdict
from datetime import UTC, datetime, timedelta
from typing import Any

from flask import current_app
from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError

from ..broker import get_broker
from ..extensions import db
from ..grading import live as rules
from ..grading.claims import offered_to_learners
from ..live_store import make_store
from ..models import Article, Classroom, Item, LiveAnswer, LiveGame
from ..models._base import utcnow
from . import live_record, live_state

PIN_DIGITS = 8


class LiveGameError(ValueError):
    """A move or request the game refuses, with a sentence for the user."""


def ts(moment: datetime | None) -> float | None:
    """A stored naive-UTC datetime as seconds since the epoch."""
    return None if moment is None else moment.replace(tzinfo=UTC).timestamp()


def dt(seconds: float | None) -> datetime | None:
    if seconds is None:
        return None
    return datetime.fromtimestamp(seconds, UTC).replace(tzinfo=None)


def game_questions(article: Article, exercise_ids: list[int] | None) -> list[dict]:
    """The play order of an article's items: every sortable claim and question
    of the chosen exercises; written questions become untimed discuss slides."""
    questions = []
    for exercise in article.exercises:
        if not exercise.is_active or (
            exercise_ids is not None and exercise.id not in exercise_ids
        ):
            continue
        for item in exercise.active_items:
            if offered_to_learners(item.type, item.spec):
                discuss = item.type == "free_text"
                questions.append({"item_id": item.id, "discuss": discuss})
    return questions


def host_game(
    host,
    article: Article,
    *,
    classroom: Classroom | None = None,
    exercise_ids: list[int] | None = None,
    time_limit: int | None = 20,
    speed_bonus: bool = False,
    blocked_words: list[str] | None = None,
) -> LiveGame:
    """Create a game in its lobby with a fresh PIN.

    `classroom` (one of the host's) makes it a class game; None opens it to
    guests. `time_limit` is seconds per question (None or 0: no timer).
    """
    questions = game_questions(article, exercise_ids)
    if not questions:
        raise LiveGameError("Choose at least one exercise with questions.")
    for _ in range(20):
        game = LiveGame(
            pin=f"{secrets.randbelow(10**PIN_DIGITS):0{PIN_DIGITS}d}",
            host_id=host.id,
            article_id=article.id,
            classroom_id=classroom.id if classroom else None,
            questions=questions,
            time_limit=time_limit or None,
            is_speed_bonus=speed_bonus,
            blocked_words=[w.strip() for w in blocked_words or [] if w.strip()],
        )
        db.session.add(game)
        try:
            db.session.commit()
            return game
        except IntegrityError:  # the PIN is taken: draw another
            db.session.rollback()
    raise LiveGameError("Could not find a free PIN; try again.")


def rules_state(game: LiveGame) -> rules.GameState:
    return rules.GameState(
        state=game.state,
        index=game.question_index,
        count=len(game.questions),
        time_limit=game.time_limit,
        opened_at=ts(game.opened_at),
        closes_at=ts(game.closes_at),
        is_paused=game.is_paused,
        remaining=game.remaining,
    )


def current_question(game: LiveGame) -> dict | None:
    if 0 <= game.question_index < len(game.questions):
        return game.questions[game.question_index]
    return None


def current_item(game: LiveGame) -> Item | None:
    question = current_question(game)
    return db.session.get(Item, question["item_id"]) if question else None


def move(game: LiveGame, action: str, now: float | None = None) -> LiveGame:
    """Apply a host's (or the timer's) `action` and tell every screen.

    Raises LiveGameError when the move does not fit the state (for example a
    second "close" from another worker that got there first)."""
    now = now if now is not None else utcnow_ts()
    end_if_idle(game, now)
    before = rules_state(game)
    after_index = before.index + 1 if action in ("start", "next", "skip") else None
    timed = True
    if after_index is not None and after_index < len(game.questions):
        timed = not game.questions[after_index]["discuss"]
    try:
        after = rules.apply(before, action, now, timed=timed)
    except rules.IllegalMove as error:
        raise LiveGameError(str(error)) from None
    values: dict[str, Any] = {
        "state": after.state,
        "question_index": after.index,
        "opened_at": dt(after.opened_at),
        "closes_at": dt(after.closes_at),
        "is_paused": after.is_paused,
        "remaining": after.remaining,
        "seq": LiveGame.seq + 1,
        "last_activity_at": dt(now),
    }
    if after.state == "finished":
        values.update(finished_at=dt(now), is_recorded=True)
    done = db.session.execute(
        update(LiveGame)
        .where(LiveGame.id == game.id, LiveGame.seq == game.seq)
        .values(**values)
    )
    if done.rowcount != 1:
        db.session.rollback()
        db.session.refresh(game)
        raise LiveGameError("The game moved on meanwhile; showing where it is now.")
    if before.state == "question":  # in this transaction: nothing played is lost
        live_record.record_question(game, before.index)
    if after.state == "finished":
        live_record.record_shown(game)
    db.session.commit()
    db.session.refresh(game)
    remember(game)
    publish_state(game)
    if game.state == "question" and game.closes_at is not None:
        _schedule_close(game)
    return game


def utcnow_ts() -> float:
    return ts(utcnow())


def close_if_due(game: LiveGame, now: float | None = None) -> bool:
    """Close the open question when its timer has run out; True if it did."""
    now = now if now is not None else utcnow_ts()
    if not rules.is_due(rules_state(game), now):
        return False
    try:
        move(game, "close", now)
    except LiveGameError:
        return False
    return True


def end_if_idle(game: LiveGame, now: float | None = None) -> bool:
    """Finish a game nobody has touched for LIVE_IDLE_MINUTES; True if it did."""
    now = now if now is not None else utcnow_ts()
    idle = timedelta(minutes=current_app.config["LIVE_IDLE_MINUTES"])
    if game.is_finished or dt(now) - game.last_activity_at < idle:
        return False
    game.last_activity_at = dt(now)  # so the move below is not idle itself
    try:
        move(game, "end", now)
    except LiveGameError:  # another request or worker ended it first
        return game.is_finished
    return True


def end_idle_games(now: float | None = None) -> int:
    """Finish every idle game (the `flask live sweep` command); how many."""
    now = now if now is not None else utcnow_ts()
    idle = timedelta(minutes=current_app.config["LIVE_IDLE_MINUTES"])
    games = db.session.scalars(
        select(LiveGame).where(
            LiveGame.state != "finished", LiveGame.last_activity_at < dt(now) - idle
        )
    ).all()
    return sum(end_if_idle(game, now) for game in games)


def sweep_if_due(now: float | None = None) -> int:
    """End idle games, at most once every LIVE_SWEEP_SECONDS per process.

    Every request to a live route calls it, so an abandoned game ends without
    a cron job (`flask live sweep` does the same on demand); returns how many
    games it ended."""
    now = now if now is not None else utcnow_ts()
    app = current_app._get_current_object()
    with _store_lock:
        due = app.extensions.get("live_swept_at", 0.0) <= now
        if due:
            app.extensions["live_swept_at"] = now + app.config["LIVE_SWEEP_SECONDS"]
    return end_idle_games(now) if due else 0


def _schedule_close(game: LiveGame) -> None:
    """Close the question when its timer runs out, even if nobody asks (a
    greenlet under gevent, a thread otherwise); every request checks too."""
    if not current_app.config.get("LIVE_TIMERS", True):
        return
    app = current_app._get_current_object()
    game_id, seq = game.id, game.seq
    delay = max(ts(game.closes_at) - utcnow_ts(), 0.0) + 0.05

    def fire():
        with app.app_context():
            current = db.session.get(LiveGame, game_id)
            if current is not None and current.seq == seq:
                close_if_due(current)
            db.session.remove()

    timer = threading.Timer(delay, fire)
    timer.daemon = True
    timer.start()


# ------------------------------------------------------------------ events


def channel(game: LiveGame) -> str:
    return f"game:{game.id}"


def host_channel(game: LiveGame) -> str:
    return f"host:{game.id}"


def broker():
    cfg = current_app.config
    return get_broker(cfg.get("REDIS_URL") or "", cfg["LIVE_CHANNEL_PREFIX"])


def publish_state(game: LiveGame) -> None:
    """Send the game's state to every player and the host."""
    event = live_state.state_event(game, with_scores=True)
    broker().publish(channel(game), event)


def count_answer(game_id: int, index: int, options: list[str]) -> int:
    """Count a stored answer in the store and tell the host, at most one count
    event per game every LIVE_COUNT_INTERVAL_MS: the answer that opens the
    window schedules the event, which reads the count when it is sent (so it
    includes every answer counted before). Returns the answers so far."""
    interval = current_app.config["LIVE_COUNT_INTERVAL_MS"]
    the_store, the_broker = store(), broker()
    answered, opened = the_store.count_answer(game_id, index, options)
    if not opened:
        return answered

    def send():
        count = the_store.release_window(game_id, index)
        the_broker.publish(
            f"host:{game_id}", {"type": "count", "index": index, "answered": count}
        )

    later(interval / 1000, send)
    return answered


def later(delay: float, task) -> None:
    """Run `task` after `delay` seconds (a greenlet under gevent, a thread
    otherwise); at once when `delay` is 0."""
    if delay <= 0:
        task()
        return
    timer = threading.Timer(delay, task)
    timer.daemon = True
    timer.start()


_store_lock = threading.Lock()


def store():
    """The app's live store (`quizapp.live_store`): Redis or this process."""
    app = current_app._get_current_object()
    with _store_lock:
        found = app.extensions.get("live_store")
        if found is None:
            found = make_store(
                app.config.get("REDIS_URL") or "", app.config["LIVE_CHANNEL_PREFIX"]
            )
            app.extensions["live_store"] = found
        return found


def remember(game: LiveGame) -> dict[str, Any]:
    """Put the game's snapshot in the store (what each answer reads instead of
    the game's row); a question's snapshot holds how many played at its start."""
    question = current_question(game) or {}
    snap = {
        "game_id": game.id,
        "seq": game.seq,
        "item_id": question.get("item_id"),
        "discuss": question.get("discuss", False),
        "is_speed_bonus": game.is_speed_bonus,
        "is_for_class": game.is_for_class,
        "activity": ts(game.last_activity_at),
        "players": live_state.player_count(game) if game.state == "question" else 0,
        "rules": asdict(rules_state(game)),
    }
    if snap["item_id"] is not None and game.state == "question":
        question_spec(game.id, snap["item_id"])  # ready for the first answer
    store().put_snapshot(game.pin, snap)
    return snap


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


def answer_count(game: LiveGame, question_index: int) -> int:
    return db.session.scalar(
        select(func.count(LiveAnswer.id)).where(
            LiveAnswer.game_id == game.id, LiveAnswer.question_index == question_index
        )
    )

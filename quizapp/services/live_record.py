"""Class members' live answers become "live" attempts as the game goes: each
question is recorded when it closes (in the transaction of the move that closes
it), so a host who never ends the game, or a server that dies mid-game, loses
nothing already played. Progress, leaderboards and reports then count the
attempts like any other.

One attempt per member and exercise per game (`Attempt.live_game_id`); every
question of the exercise the game has shown counts in its maximum (a missed
question scores 0). A member gets an attempt at an exercise once they answer
one of its questions. Recording is idempotent: the game's end records every
shown question again, which adds only answers stored after their close.
"""

from __future__ import annotations

from sqlalchemy import func, select, update

from ..extensions import db
from ..models import Answer, Attempt, Item, LiveAnswer, LiveGame, LivePlayer
from ..models._base import utcnow
from ._sql import insert_for_dialect
from .answering import mark_practice_day
from .attempts import record_best


def record_question(game: LiveGame, index: int) -> int:
    """Record question `index`'s answers into the members' live attempts,
    inside the caller's transaction; returns how many answers it added."""
    question = game.questions[index]
    if question["discuss"] or not game.is_for_class:
        return 0
    item = db.session.get(Item, question["item_id"])
    rows = db.session.execute(
        select(LiveAnswer, LivePlayer.user_id)
        .join(LivePlayer, LivePlayer.id == LiveAnswer.player_id)
        .where(
            LiveAnswer.game_id == game.id,
            LiveAnswer.question_index == index,
            LivePlayer.user_id.is_not(None),
            LivePlayer.is_removed.is_(False),
        )
    ).all()
    added = 0
    for live, user_id in rows:
        attempt_id = _attempt_of(game, user_id, item.exercise_id)
        stored = db.session.execute(
            insert_for_dialect(Answer)
            .values(
                attempt_id=attempt_id,
                item_id=item.id,
                response=live.response,
                score=live.fraction,
                max_score=1.0,
                feedback=live.feedback,
                details=live.details,
                graded_spec=item.spec,
                skill=item.skill,
                answered_at=live.answered_at,
            )
            .on_conflict_do_nothing(index_elements=["attempt_id", "item_id"])
            .returning(Answer.id)
        ).scalar()
        added += stored is not None
        mark_practice_day(user_id)
    _rescore(game, item.exercise_id, _asked(game, index, item.exercise_id))
    return added


def record_shown(game: LiveGame) -> int:
    """Record every question the game has shown (at its end); idempotent."""
    shown = range(min(game.question_index + 1, len(game.questions)))
    return sum(record_question(game, index) for index in shown)


def _asked(game: LiveGame, index: int, exercise_id: int) -> int:
    """How many scored questions of the exercise the game showed up to `index`."""
    ids = [q["item_id"] for q in game.questions[: index + 1] if not q["discuss"]]
    return db.session.scalar(
        select(func.count(Item.id)).where(
            Item.id.in_(ids), Item.exercise_id == exercise_id
        )
    )


def _attempt_of(game: LiveGame, user_id: int, exercise_id: int) -> int:
    """The member's attempt at the exercise in this game, made on first need."""
    found = db.session.scalar(
        select(Attempt.id).where(
            Attempt.live_game_id == game.id,
            Attempt.user_id == user_id,
            Attempt.exercise_id == exercise_id,
        )
    )
    if found is not None:
        return found
    last = db.session.scalar(
        select(func.max(Attempt.number)).where(
            Attempt.user_id == user_id, Attempt.exercise_id == exercise_id
        )
    )
    attempt = Attempt(
        user_id=user_id,
        exercise_id=exercise_id,
        number=(last or 0) + 1,
        started_at=game.created_at,
        finished_at=utcnow(),
        article_version=game.article.version,
        mode="live",
        live_game_id=game.id,
    )
    db.session.add(attempt)
    db.session.flush()
    return attempt.id


def _rescore(game: LiveGame, exercise_id: int, asked: int) -> None:
    """Set the game's attempts at the exercise from their answers."""
    total = (
        select(func.coalesce(func.sum(Answer.score), 0.0))
        .where(Answer.attempt_id == Attempt.id)
        .scalar_subquery()
    )
    mine = (Attempt.live_game_id == game.id) & (Attempt.exercise_id == exercise_id)
    db.session.execute(
        update(Attempt)
        .where(mine)
        .values(score=total, max_score=float(asked), finished_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    for attempt_id in db.session.scalars(select(Attempt.id).where(mine)):
        record_best(attempt_id)

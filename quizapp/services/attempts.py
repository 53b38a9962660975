"""Taking exercises: starting or resuming attempts and submitting answers.

Answers are idempotent: the (attempt, item) pair is unique in the database, so a
double click, a resubmitted form or two concurrent requests store one answer and
count it once; the later submission gets the stored answer back.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import IntegrityError

from .. import events
from ..extensions import db
from ..grading import InvalidAnswer, Result, get_checker, order
from ..grading.claims import offered_to_learners
from ..models import Answer, Attempt, BestScore, Exercise, Item, User
from ..models._base import utcnow
from ..rendering import article_plain_text
from . import answering
from .answerable import NOT_OFFERED, AnswerRefused, is_withdrawn, refuse_unanswerable


def attempt_items(exercise: Exercise) -> list[Item]:
    """The items a learner works through, in order (claims not for sorting skipped)."""
    return [i for i in exercise.active_items if offered_to_learners(i.type, i.spec)]


def items_for_attempt(attempt: Attempt) -> list[Item]:
    """The items of this attempt, in order: those drawn when it started when the
    exercise is a pool, else every item learners work through."""
    items = attempt_items(attempt.exercise)
    drawn = (attempt.plan or {}).get("items")
    if drawn is None:
        return items
    chosen = set(drawn)
    return [i for i in items if i.id in chosen]


def option_order(attempt: Attempt, item: Item) -> list[str] | None:
    """The option ids in the order this attempt shows them (None: pack order)."""
    return ((attempt.plan or {}).get("options") or {}).get(str(item.id))


def plan_attempt(exercise: Exercise, rng: random.Random | None = None) -> dict:
    """What an attempt fixes when it starts: the pool draw and the option order."""
    rng = rng or random.Random()
    items = attempt_items(exercise)
    drawn = order.draw([i.id for i in items], exercise.draw_count, rng)
    chosen = set(drawn) if drawn is not None else None
    options = {}
    for item in items:
        if chosen is None or item.id in chosen:
            shown = order.option_order(item.spec, rng)
            if shown is not None:
                options[str(item.id)] = shown
    return {"items": drawn, "options": options}


def open_attempt(user: User, exercise: Exercise) -> Attempt | None:
    """The user's unfinished attempt at `exercise`, if there is one."""
    return db.session.scalar(
        select(Attempt)
        .where(
            Attempt.user_id == user.id,
            Attempt.exercise_id == exercise.id,
            Attempt.finished_at.is_(None),
        )
        .order_by(Attempt.number.desc())
    )


def start_or_resume(user: User, exercise: Exercise) -> Attempt:
    """Resume the user's unfinished attempt, or start their next one."""
    attempt = open_attempt(user, exercise)
    if attempt is not None:
        return attempt
    last = db.session.scalar(
        select(func.max(Attempt.number)).where(
            Attempt.user_id == user.id, Attempt.exercise_id == exercise.id
        )
    )
    attempt = Attempt(
        user_id=user.id,
        exercise_id=exercise.id,
        number=(last or 0) + 1,
        article_version=exercise.article.version,
        plan=plan_attempt(exercise),
    )
    db.session.add(attempt)
    try:
        db.session.commit()
    except IntegrityError:
        # A concurrent request opened the same attempt number first: use theirs.
        db.session.rollback()
        attempt = open_attempt(user, exercise)
        if attempt is None:
            raise
    return attempt


def answers_by_item(attempt: Attempt) -> dict[int, Answer]:
    return {a.item_id: a for a in attempt.answers}


def next_item(attempt: Attempt) -> Item | None:
    """The first item of the attempt not answered yet; None when all are."""
    answered = answers_by_item(attempt)
    return next((i for i in items_for_attempt(attempt) if i.id not in answered), None)


def grade(item: Item, response: dict[str, Any]) -> Result:
    """Grade a parsed response against the item's current spec."""
    checker = get_checker(item.type)
    spec = item.spec
    if checker.needs_article_text:
        body = item.exercise.article.body_md
        spec = {**spec, "source_text": article_plain_text(body)}
    return checker.check(spec, response)


@dataclass
class Submission:
    answer: Answer
    is_new: bool  # False when this item had already been answered


def submit_answer(attempt: Attempt, item: Item, data: dict[str, Any]) -> Submission:
    """Grade and store the answer to `item` in `attempt`, exactly once.

    Raises AnswerRefused when the attempt may not take it (see
    `refuse_unanswerable`) and InvalidAnswer when the data does not fit the item;
    either way nothing is stored. The web views call `answering` directly.
    """
    state = answering.attempt_state(attempt.user, attempt.id)
    spec = state.snapshot.items.get(item.id) if state else None
    if spec is None:
        raise AnswerRefused(404, NOT_OFFERED)
    recorded = answering.record_answer(state, spec, data)
    return Submission(recorded.answer, recorded.is_new)


def record_best(attempt_id: int) -> None:
    """Keep the user's best score at the attempt's exercise up to date (inside
    the caller's transaction): this attempt takes the row when it scores higher,
    and updates it as it goes when it already holds it."""
    score, max_score, user_id, exercise_id = db.session.execute(
        select(
            Attempt.score, Attempt.max_score, Attempt.user_id, Attempt.exercise_id
        ).where(Attempt.id == attempt_id)
    ).one()
    answering.keep_best_score(
        user_id, exercise_id, attempt_id, score, max_score, utcnow()
    )


def recompute_best(user_id: int, exercise_id: int) -> None:
    """Rebuild the user's best score at an exercise from their attempts (after a
    teacher's override or a regrade changed an attempt's score)."""
    best = db.session.scalar(
        select(Attempt.id)
        .where(Attempt.user_id == user_id, Attempt.exercise_id == exercise_id)
        .order_by(Attempt.score.desc(), Attempt.id)
        .limit(1)
    )
    db.session.execute(
        delete(BestScore).where(
            BestScore.user_id == user_id, BestScore.exercise_id == exercise_id
        )
    )
    if best is not None:
        record_best(best)


def finish_if_complete(attempt: Attempt) -> None:
    """Mark the attempt finished once no item is left to answer (also after a
    pack edit removed the items it was waiting for)."""
    db.session.refresh(attempt)
    if attempt.finished_at is None and next_item(attempt) is None:
        finished = db.session.execute(
            update(Attempt)
            .where(Attempt.id == attempt.id, Attempt.finished_at.is_(None))
            .values(finished_at=utcnow())
        )
        db.session.commit()
        db.session.refresh(attempt)
        if finished.rowcount:  # this request finished it, not a concurrent one
            events.attempt_finished.send(attempt=attempt)


def user_attempts(user: User, exercise: Exercise) -> list[Attempt]:
    """All of the user's attempts at `exercise`, newest first."""
    return list(
        db.session.scalars(
            select(Attempt)
            .where(Attempt.user_id == user.id, Attempt.exercise_id == exercise.id)
            .order_by(Attempt.number.desc())
        )
    )


__all__ = [
    "AnswerRefused",
    "InvalidAnswer",
    "Submission",
    "answers_by_item",
    "finish_if_complete",
    "grade",
    "is_withdrawn",
    "recompute_best",
    "refuse_unanswerable",
    "attempt_items",
    "items_for_attempt",
    "option_order",
    "plan_attempt",
    "next_item",
    "open_attempt",
    "start_or_resume",
    "submit_answer",
    "user_attempts",
]

"""The answer path: an answer stored in one transaction.

`attempt_state` (module `attempt_state`) reads the attempt in one SELECT, its
items from the per-version cache (`snapshots`); `record_answer` then stores an
answer in one transaction of at most six statements: insert the answer (once:
the (attempt, item) pair is unique), add its score to the attempt, keep the best
score, mark the practice day and, when the last item was answered, finish the
attempt. Nothing is read back after the commit; the caller answers from what is
in hand.

Integrity: the attempt's score is incremented in SQL, so concurrent answers to
other items add up; a concurrent answer to the same item inserts nothing and
the stored answer is returned, counted once.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, func, select, update

from .. import events
from ..extensions import db
from ..grading import InvalidAnswer, Result, get_checker
from ..models import Answer, Attempt
from ..models._base import utcnow
from ._sql import persistent, run
from .answer_sql import statements
from .answerable import AnswerRefused
from .attempt_state import (
    ATTEMPT_COLUMNS,
    AttemptState,
    Mark,
    attempt_state,
    stored_answer,
)
from .snapshots import ExerciseSnapshot, ItemSpec

__all__ = [
    "AnswerRefused",
    "AttemptState",
    "InvalidAnswer",
    "Recorded",
    "attempt_state",
    "record_answer",
    "stored_answer",
]


def grade(item: ItemSpec, snapshot: ExerciseSnapshot, response: dict) -> Result:
    """Grade a parsed response against the item's published spec."""
    checker = get_checker(item.type)
    spec = item.spec
    if checker.needs_article_text:
        spec = {**spec, "source_text": snapshot.article_text}
    return checker.check(spec, response)


@dataclass
class Recorded:
    answer: Answer
    is_new: bool  # False when this item had already been answered
    finished: bool = False  # True when this answer finished the attempt


def record_answer(
    state: AttemptState, item: ItemSpec, data: dict[str, Any]
) -> Recorded:
    """Grade and store the answer to `item` in the attempt, exactly once.

    Raises AnswerRefused when the attempt may not take it and InvalidAnswer when
    the data does not fit the item; either way nothing is stored. An item
    already answered returns the stored answer (`is_new` False)."""
    if item.id in state.answered:
        return Recorded(stored_answer(state.id, item.id), is_new=False)
    refusal = state.refusal(item)
    if refusal is not None:
        raise refusal
    checker = get_checker(item.type)
    response = checker.parse_answer(data)
    result = grade(item, state.snapshot, response)
    now = utcnow()
    values = dict(
        attempt_id=state.id,
        item_id=item.id,
        response=response,
        score=result.score,
        max_score=result.max_score,
        feedback=result.feedback,
        details=result.details,
        graded_spec=item.spec,
        skill=item.skill,
        answered_at=now,
    )
    try:
        stored = _store(state, values, result, now)
        if stored is None:  # a concurrent request stored it first
            db.session.rollback()
            return Recorded(stored_answer(state.id, item.id), is_new=False)
        answer_id, score, max_score = stored
        finished = _finish_if_last(state, item, result, max_score, now)
        db.session.commit()
    except Exception:
        db.session.rollback()
        raise
    answer = persistent(
        Answer,
        dict(
            id=answer_id,
            override_score=None,
            override_comment=None,
            overridden_by_id=None,
            overridden_at=None,
            **values,
        ),
    )
    events.answer_recorded.send(answer=answer)
    state.answered[item.id] = Mark(result.score, result.max_score, None)
    state.score, state.max_score = score, max_score
    if finished:
        state.finished_at = now
        events.attempt_finished.send(attempt=_attempt_of(state))
    return Recorded(answer, is_new=True, finished=finished)


def _store(state: AttemptState, values: dict, result: Result, now):
    """Store the answer and what follows from it, inside the session's
    transaction: (answer id, attempt score, attempt max score), or None when
    the item's answer was already stored (nothing else was written then)."""
    record = statements().record
    if record is not None:
        row = run(
            record,
            {
                **{f"new_{k}": v for k, v in values.items()},
                "points": result.score,
                "max_points": result.max_score,
                "by_user": state.user_id,
                "in_exercise": state.exercise_id,
                "on_day": now.date(),
            },
        ).first()
        return tuple(row) if row is not None else None
    answer_id = _insert_answer(values)
    if answer_id is None:
        return None
    score, max_score = _add_to_attempt(state.id, result)
    _keep_best(state, score, max_score, now)
    mark_practice_day(state.user_id, now)
    return answer_id, score, max_score


def _insert_answer(values: dict) -> int | None:
    return run(statements().insert_answer, values).scalar()


def _add_to_attempt(attempt_id: int, result: Result) -> tuple[float, float]:
    """Increment in SQL so concurrent answers to other items cannot lose updates;
    returns the attempt's score and max score after it."""
    params = {
        "attempt": attempt_id,
        "points": result.score,
        "max_points": result.max_score,
    }
    return tuple(run(statements().add_to_attempt, params).one())


def _keep_best(state: AttemptState, score: float, max_score: float, now) -> None:
    keep_best_score(state.user_id, state.exercise_id, state.id, score, max_score, now)


def keep_best_score(user_id, exercise_id, attempt_id, score, max_score, now) -> None:
    """Keep a user's best score at an exercise (inside the caller's
    transaction; see `_best_upsert`)."""
    run(
        statements().keep_best,
        {
            "user_id": user_id,
            "exercise_id": exercise_id,
            "attempt_id": attempt_id,
            "score": score,
            "max_score": max_score,
            "achieved_at": now,
        },
    )


def mark_practice_day(user_id: int, now=None) -> None:
    """Record that the user practised today (once per day, inside the caller's
    transaction)."""
    day = (now or utcnow()).date()
    run(statements().practice_day, {"user_id": user_id, "day": day})


def _finish_if_last(
    state: AttemptState, item: ItemSpec, result: Result, max_score: float, now
) -> bool:
    """Finish the attempt when every item has an answer. What the attempt had
    when it was read decides, unless its max score shows that a concurrent
    answer arrived meanwhile: then the database counts (inside this
    transaction, after the attempt row's lock, so one of them finishes it)."""
    items = [i.id for i in state.items]
    known = sum(m.max_score for m in state.answered.values()) + result.max_score
    raced = abs(known - max_score) > 1e-9
    if not raced and state.next_item(answered_too=item.id) is not None:
        return False
    answered = (
        select(func.count(func.distinct(Answer.item_id)))
        .where(Answer.attempt_id == state.id, Answer.item_id.in_(items))
        .scalar_subquery()
    )
    finished = db.session.execute(
        update(Attempt)
        .where(
            and_(
                Attempt.id == state.id,
                Attempt.finished_at.is_(None),
                answered == len(items),
            )
        )
        .values(finished_at=now)
    )
    return bool(finished.rowcount)


def _attempt_of(state: AttemptState) -> Attempt:
    """The attempt as a persistent object, for the listeners of
    `attempt_finished` (relationships load on use)."""
    return persistent(
        Attempt,
        {column.key: getattr(state, column.key) for column in ATTEMPT_COLUMNS},
    )

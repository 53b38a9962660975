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

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.orm import make_transient_to_detached

from .. import events
from ..extensions import db
from ..grading import InvalidAnswer, Result, get_checker
from ..models import Answer, Attempt, BestScore, PracticeDay
from ..models._base import utcnow
from ._sql import insert_for_dialect
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
        answer_id = _insert_answer(values)
        if answer_id is None:  # a concurrent request stored it first
            db.session.rollback()
            return Recorded(stored_answer(state.id, item.id), is_new=False)
        score, max_score = _add_to_attempt(state.id, result)
        _keep_best(state, score, max_score, now)
        mark_practice_day(state.user_id, now)
        finished = _finish_if_last(state, item, result, max_score, now)
        db.session.commit()
    except Exception:
        db.session.rollback()
        raise
    answer = _persistent(
        Answer,
        id=answer_id,
        override_score=None,
        override_comment=None,
        overridden_by_id=None,
        overridden_at=None,
        **values,
    )
    events.answer_recorded.send(answer=answer)
    state.answered[item.id] = Mark(result.score, result.max_score, None)
    state.score, state.max_score = score, max_score
    if finished:
        state.finished_at = now
        events.attempt_finished.send(attempt=_attempt_of(state))
    return Recorded(answer, is_new=True, finished=finished)


def _insert_answer(values: dict) -> int | None:
    insert = insert_for_dialect(Answer).values(**values)
    return db.session.scalar(
        insert.on_conflict_do_nothing(
            index_elements=["attempt_id", "item_id"]
        ).returning(Answer.id)
    )


def _add_to_attempt(attempt_id: int, result: Result) -> tuple[float, float]:
    """Increment in SQL so concurrent answers to other items cannot lose updates;
    returns the attempt's score and max score after it."""
    return db.session.execute(
        update(Attempt)
        .where(Attempt.id == attempt_id)
        .values(
            score=Attempt.score + result.score,
            max_score=Attempt.max_score + result.max_score,
        )
        .returning(Attempt.score, Attempt.max_score)
    ).one()


def _keep_best(state: AttemptState, score: float, max_score: float, now) -> None:
    db.session.execute(
        best_score_upsert(
            state.user_id, state.exercise_id, state.id, score, max_score, now
        )
    )


def best_score_upsert(user_id, exercise_id, attempt_id, score, max_score, now):
    """The statement keeping a user's best score at an exercise: the attempt
    takes the row when it scores higher, and updates it as it goes when it
    already holds it."""
    insert = insert_for_dialect(BestScore).values(
        user_id=user_id,
        exercise_id=exercise_id,
        attempt_id=attempt_id,
        score=score,
        max_score=max_score,
        achieved_at=now,
    )
    return insert.on_conflict_do_update(
        index_elements=["user_id", "exercise_id"],
        set_={
            "attempt_id": insert.excluded.attempt_id,
            "score": insert.excluded.score,
            "max_score": insert.excluded.max_score,
            "achieved_at": insert.excluded.achieved_at,
        },
        where=or_(
            insert.excluded.score > BestScore.score,
            insert.excluded.attempt_id == BestScore.attempt_id,
        ),
    )


def mark_practice_day(user_id: int, now=None) -> None:
    """Record that the user practised today (once per day, inside the caller's
    transaction)."""
    day = (now or utcnow()).date()
    insert = insert_for_dialect(PracticeDay).values(user_id=user_id, day=day)
    db.session.execute(insert.on_conflict_do_nothing(index_elements=["user_id", "day"]))


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


def _persistent(model, **values):
    """A persistent instance of `model` from values in hand, without a SELECT:
    what listeners of the domain events receive (relationships load on use)."""
    obj = model(**values)
    make_transient_to_detached(obj)
    return db.session.merge(obj, load=False)


def _attempt_of(state: AttemptState) -> Attempt:
    return _persistent(
        Attempt,
        **{column.key: getattr(state, column.key) for column in ATTEMPT_COLUMNS},
    )

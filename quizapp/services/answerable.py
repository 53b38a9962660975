"""Whether an attempt may take an answer to an item, checked by every submit path.

Kept apart from the submit path itself so that any faster way of storing answers
calls the same rules: an item the exercise does not offer is refused, and so is
every answer once the exercise is withdrawn; nothing stored is ever taken away.
"""

from __future__ import annotations

from sqlalchemy import select

from ..extensions import db
from ..grading.claims import offered_to_learners
from ..models import Attempt, Classroom, Item, Membership


class AnswerRefused(Exception):
    """The attempt cannot take an answer to this item; nothing was stored.

    `status` is the HTTP status a view answers with, `message` tells the learner
    why in plain words."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


NOT_OFFERED = "This item is not part of the exercise."
WITHDRAWN = (
    "This exercise has been withdrawn, so it takes no more answers. "
    "Your answers so far are kept."
)
FINISHED = "This exercise is finished; start a new attempt to answer again."
ITEM_REMOVED = "This item was removed from the exercise; it takes no more answers."


def is_withdrawn(attempt: Attempt) -> bool:
    """Whether the attempt's exercise was withdrawn after it started: dropped from
    its pack, its article unpublished, or the article no longer the learner's to
    read (they left the class of the teacher who wrote it)."""
    exercise = attempt.exercise
    article = exercise.article
    return withdrawn(
        exercise.is_active,
        article.is_published,
        article.owner_id,
        attempt.user_id,
        attempt.user.role == "admin",
        lambda: _taught_by(attempt.user_id, article.owner_id),
    )


def withdrawn(
    exercise_active: bool,
    article_published: bool,
    owner_id: int | None,
    user_id: int,
    is_admin: bool,
    taught_by_owner,
) -> bool:
    """The rule of `is_withdrawn` on plain values; `taught_by_owner` is a bool or
    a callable asked only when the answer depends on it."""
    if not exercise_active or not article_published:
        return True
    if owner_id is None or owner_id == user_id or is_admin:
        return False
    taught = taught_by_owner() if callable(taught_by_owner) else taught_by_owner
    return not taught


def taught_by_owner_clause(user_id_column, owner_id_column):
    """SQL: whether the user is in a class of the article's owner (for one
    SELECT that reads the attempt with everything the rules need)."""
    return (
        select(Membership.id)
        .join(Classroom, Classroom.id == Membership.classroom_id)
        .where(
            Membership.user_id == user_id_column,
            Classroom.teacher_id == owner_id_column,
        )
        .exists()
    )


def _taught_by(user_id: int, owner_id: int) -> bool:
    return bool(db.session.scalar(select(taught_by_owner_clause(user_id, owner_id))))


def refuse_unanswerable(attempt: Attempt, item: Item) -> None:
    """Raise AnswerRefused unless `attempt` may take an answer to `item` now.

    Every submit path calls this before grading: an item the exercise does not
    offer to learners (a claim marked not for sorting) is a 404; a withdrawn
    exercise, a finished attempt or a removed item is a 409 that keeps what the
    attempt already has."""
    refusal = refusal_for(
        item.exercise_id == attempt.exercise_id
        and offered_to_learners(item.type, item.spec),
        lambda: is_withdrawn(attempt),
        attempt.is_finished,
        item.is_active,
    )
    if refusal is not None:
        raise refusal


def refusal_for(offered: bool, withdrawn_now, finished: bool, item_active: bool):
    """The AnswerRefused the rules of `refuse_unanswerable` give, on plain values
    (`withdrawn_now` a bool or a callable); None when the answer may be taken."""
    if not offered:
        return AnswerRefused(404, NOT_OFFERED)
    if withdrawn_now() if callable(withdrawn_now) else withdrawn_now:
        return AnswerRefused(409, WITHDRAWN)
    if finished:
        return AnswerRefused(409, FINISHED)
    if not item_active:
        return AnswerRefused(409, ITEM_REMOVED)
    return None

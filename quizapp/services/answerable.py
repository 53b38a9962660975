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
    if not exercise.is_active or not article.is_published:
        return True
    owner_id = article.owner_id
    if owner_id is None or owner_id == attempt.user_id:
        return False
    if attempt.user.role == "admin":
        return False
    teaches_them = db.session.scalar(
        select(Membership.id)
        .join(Classroom, Classroom.id == Membership.classroom_id)
        .where(Membership.user_id == attempt.user_id, Classroom.teacher_id == owner_id)
        .limit(1)
    )
    return teaches_them is None


def refuse_unanswerable(attempt: Attempt, item: Item) -> None:
    """Raise AnswerRefused unless `attempt` may take an answer to `item` now.

    Every submit path calls this before grading: an item the exercise does not
    offer to learners (a claim marked not for sorting) is a 404; a withdrawn
    exercise, a finished attempt or a removed item is a 409 that keeps what the
    attempt already has."""
    if item.exercise_id != attempt.exercise_id or not offered_to_learners(
        item.type, item.spec
    ):
        raise AnswerRefused(404, NOT_OFFERED)
    if is_withdrawn(attempt):
        raise AnswerRefused(409, WITHDRAWN)
    if attempt.is_finished:
        raise AnswerRefused(409, FINISHED)
    if not item.is_active:
        raise AnswerRefused(409, ITEM_REMOVED)

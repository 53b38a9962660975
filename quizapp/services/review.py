"""Teachers reviewing written answers: overriding grades and regrading answers
after a rubric changed.

Who reaches what: an admin reads and changes every answer. A teacher reads the
answers of students in their own classes to the items of exercise sets they
wrote, and, read-only, to the sets assigned in one of their classes the student
is in (the shared packs, for example); they override and regrade only the items
of sets they wrote. So a student in two teachers' classes has each teacher's
grades changed by that teacher alone.

Overrides and regrades lock the attempts they touch and then recompute each
attempt's totals from its answers, so whatever the interleaving of concurrent
requests, an attempt's score is the sum of its answers and `best_scores` agrees.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, Select, exists, func, select, true, update

from .. import events
from ..extensions import db
from ..grading import Result
from ..models import (
    Answer,
    Article,
    Assignment,
    Attempt,
    Classroom,
    Exercise,
    Item,
    Membership,
    User,
)
from ..models._base import utcnow
from . import audit
from .attempts import grade, recompute_best

#: Exercise types whose answers a teacher reviews one by one.
REVIEWED_TYPES = ("free_text",)
NOT_YOURS = (
    "Only the teacher who wrote this exercise set, or an admin, can change this grade."
)


class ReviewError(ValueError):
    """An override or regrade that cannot be applied; the message says why."""


def _students_of(teacher: User) -> Select:
    return (
        select(Membership.user_id)
        .join(Classroom, Classroom.id == Membership.classroom_id)
        .where(Classroom.teacher_id == teacher.id)
    )


def _assigned_by(teacher: User) -> ColumnElement[bool]:
    """The answer's article is assigned in one of the teacher's classes that the
    answering student is in."""
    return exists(
        select(Assignment.id)
        .join(Classroom, Classroom.id == Assignment.classroom_id)
        .join(Membership, Membership.classroom_id == Classroom.id)
        .where(
            Classroom.teacher_id == teacher.id,
            Assignment.article_id == Article.id,
            Membership.user_id == Attempt.user_id,
        )
    )


def _changeable_by(teacher: User) -> ColumnElement[bool]:
    if teacher.role == "admin":
        return true()
    return Article.owner_id == teacher.id


def _answers_query(teacher: User) -> Select:
    """The answers `teacher` may read (see the module's docstring)."""
    query = (
        select(Answer)
        .join(Attempt, Attempt.id == Answer.attempt_id)
        .join(Item, Item.id == Answer.item_id)
        .join(Exercise, Exercise.id == Item.exercise_id)
        .join(Article, Article.id == Exercise.article_id)
    )
    if teacher.role == "admin":
        return query
    return query.where(
        Attempt.user_id.in_(_students_of(teacher)),
        (Article.owner_id == teacher.id) | _assigned_by(teacher),
    )


def _changeable_query(teacher: User) -> Select:
    """The answers `teacher` may override or regrade."""
    return _answers_query(teacher).where(_changeable_by(teacher))


def written_answers(teacher: User, limit: int = 200) -> list[Answer]:
    """The newest written answers of the teacher's students."""
    query = (
        _answers_query(teacher)
        .where(Item.type.in_(REVIEWED_TYPES))
        .order_by(Answer.answered_at.desc(), Answer.id.desc())
        .limit(limit)
    )
    return list(db.session.scalars(query))


def own_answer(teacher: User, answer_id: int) -> Answer | None:
    """The answer if the teacher may read it (see the module's docstring)."""
    return db.session.scalar(_answers_query(teacher).where(Answer.id == answer_id))


def may_change(teacher: User, answer: Answer) -> bool:
    """Whether the teacher may override the grade of an answer they can read:
    admins always, teachers when they wrote the exercise set."""
    owner_id = answer.item.exercise.article.owner_id
    return teacher.role == "admin" or owner_id == teacher.id


def reviewable_item(teacher: User, item_id: int) -> Item | None:
    """A written-answer item the teacher may regrade: of a set they wrote (any,
    for an admin), with at least one answer from their students."""
    item = db.session.get(Item, item_id)
    if item is None or item.type not in REVIEWED_TYPES:
        return None
    has_answers = db.session.scalar(
        _changeable_query(teacher).where(Answer.item_id == item_id).limit(1)
    )
    return item if has_answers is not None else None


def override_answer(
    teacher: User, answer: Answer, score: float | None, comment: str
) -> Answer:
    """Replace the automatic grade with the teacher's (None restores it).

    Raises ReviewError when the teacher may not change this answer or the score
    is out of range. The attempt's totals are recomputed from its answers."""
    if not may_change(teacher, answer):
        raise ReviewError(NOT_YOURS)
    if score is not None and not 0 <= score <= answer.max_score:
        raise ReviewError(f"The grade must be between 0 and {answer.max_score:g}.")
    try:
        _lock_attempts(answer.attempt.user_id, answer.attempt.exercise_id)
        db.session.refresh(answer)  # as it is now that no one else changes it
        before = answer.final_score
        db.session.execute(
            update(Answer)
            .where(Answer.id == answer.id)
            .values(
                override_score=score,
                override_comment=(comment or "").strip() or None,
                overridden_by_id=teacher.id if score is not None else None,
                overridden_at=utcnow() if score is not None else None,
            )
        )
        db.session.refresh(answer)
        _recompute_attempt(answer.attempt)
        _audit_override(teacher, answer, before)
        db.session.commit()
    except Exception:
        db.session.rollback()
        raise
    _announce_rescored([answer.attempt])
    return answer


def _audit_override(teacher: User, answer: Answer, before: float) -> None:
    """Keep the override's history: who set or removed which grade, and why."""
    audit.record(
        "grade.override" if answer.override_score is not None else "grade.restore",
        actor=teacher,
        subject=answer.attempt.user,
        obj=("answer", answer.id),
        details={
            "from": before,
            "to": answer.final_score,
            "comment": answer.override_comment or "",
        },
    )


@dataclass
class RegradeChange:
    answer: Answer
    old_score: float
    new_score: float
    result: Result


def regrade_preview(teacher: User, item: Item) -> list[RegradeChange]:
    """Every answer the teacher may change that was graded against an older spec
    and whose score would change."""
    changes = []
    query = _changeable_query(teacher).where(Answer.item_id == item.id)
    for answer in db.session.scalars(query):
        if answer.graded_spec == item.spec:
            continue
        result = grade(item, answer.response)
        if result.score != answer.score or result.max_score != answer.max_score:
            changes.append(RegradeChange(answer, answer.score, result.score, result))
    return changes


def apply_regrade(teacher: User, item: Item) -> int:
    """Regrade every answer graded against an older spec; return how many grades
    changed (those `regrade_preview` lists). Answers whose grade stays get the new
    rubric's feedback too, so none is left marked as graded on an old rubric.
    Overrides are kept."""
    changes = regrade_preview(teacher, item)
    changed = {change.answer.id for change in changes}
    attempts = {change.answer.attempt_id: change.answer.attempt for change in changes}
    try:
        for user_id, exercise_id in sorted(
            {(a.user_id, a.exercise_id) for a in attempts.values()}
        ):
            _lock_attempts(user_id, exercise_id)
        query = _changeable_query(teacher).where(Answer.item_id == item.id)
        for answer in db.session.scalars(query):
            if answer.graded_spec != item.spec and answer.id not in changed:
                result = grade(item, answer.response)
                answer.feedback, answer.details = result.feedback, result.details
                answer.graded_spec = item.spec
        for change in changes:
            answer, result = change.answer, change.result
            db.session.refresh(answer)  # the grade as the lock found it
            change.old_score = answer.score
            db.session.execute(
                update(Answer)
                .where(Answer.id == answer.id)
                .values(
                    score=result.score,
                    max_score=result.max_score,
                    feedback=result.feedback,
                    details=result.details,
                    graded_spec=item.spec,
                )
            )
            audit.record(
                "grade.regrade",
                actor=teacher,
                subject=answer.attempt.user,
                obj=("answer", answer.id),
                details={"from": change.old_score, "to": result.score},
            )
        for attempt in attempts.values():
            _recompute_attempt(attempt)
        db.session.commit()
    except Exception:
        db.session.rollback()
        raise
    db.session.expire_all()
    _announce_rescored(attempts.values())
    return len(changes)


def _announce_rescored(attempts) -> None:
    """Tell listeners (e.g. LMS grade passback) about finished attempts whose
    score a teacher changed."""
    for attempt in attempts:
        if attempt.finished_at is not None:
            events.attempt_rescored.send(attempt=attempt)


def _lock_attempts(user_id: int, exercise_id: int) -> None:
    """Lock the user's attempts at the exercise (in id order, so two requests
    cannot deadlock) until the transaction ends: a concurrent override, regrade
    or answer to them waits, then reads what this one wrote. SQLite has no row
    locks; there a write that changes nothing takes the database's write lock
    now, so what the transaction reads next (the grade an override replaces)
    is what the last writer committed."""
    mine = (Attempt.user_id == user_id, Attempt.exercise_id == exercise_id)
    if db.session.get_bind().dialect.name == "sqlite":
        db.session.execute(update(Attempt).where(*mine).values(id=Attempt.id))
        return
    db.session.execute(
        select(Attempt.id).where(*mine).order_by(Attempt.id).with_for_update()
    ).all()


def _recompute_attempt(attempt: Attempt) -> None:
    """Set the attempt's totals to the sum of its answers (the teacher's grade
    where there is one), then rebuild the user's best score at the exercise."""
    answers = select(Answer).where(Answer.attempt_id == Attempt.id)
    final = func.coalesce(Answer.override_score, Answer.score)
    db.session.execute(
        update(Attempt)
        .where(Attempt.id == attempt.id)
        .values(
            score=answers.with_only_columns(
                func.coalesce(func.sum(final), 0.0)
            ).scalar_subquery(),
            max_score=answers.with_only_columns(
                func.coalesce(func.sum(Answer.max_score), 0.0)
            ).scalar_subquery(),
        )
    )
    recompute_best(attempt.user_id, attempt.exercise_id)

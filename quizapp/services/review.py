"""Teachers reviewing written answers: overriding grades and regrading answers
after a rubric changed. A teacher reaches the answers of students in their own
classes only; an admin reaches all."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Select, select, update

from ..extensions import db
from ..grading import Result
from ..models import Answer, Attempt, Classroom, Item, Membership, User
from ..models._base import utcnow
from . import audit
from .attempts import grade, recompute_best

#: Exercise types whose answers a teacher reviews one by one.
REVIEWED_TYPES = ("free_text",)


class ReviewError(ValueError):
    """An override or regrade that cannot be applied; the message says why."""


def _students_of(teacher: User) -> Select | None:
    if teacher.role == "admin":
        return None
    return (
        select(Membership.user_id)
        .join(Classroom, Classroom.id == Membership.classroom_id)
        .where(Classroom.teacher_id == teacher.id)
    )


def _answers_query(teacher: User) -> Select:
    query = select(Answer).join(Attempt, Attempt.id == Answer.attempt_id)
    students = _students_of(teacher)
    if students is not None:
        query = query.where(Attempt.user_id.in_(students))
    return query


def written_answers(teacher: User, limit: int = 200) -> list[Answer]:
    """The newest written answers of the teacher's students."""
    query = (
        _answers_query(teacher)
        .join(Item, Item.id == Answer.item_id)
        .where(Item.type.in_(REVIEWED_TYPES))
        .order_by(Answer.answered_at.desc(), Answer.id.desc())
        .limit(limit)
    )
    return list(db.session.scalars(query))


def own_answer(teacher: User, answer_id: int) -> Answer | None:
    """The answer if it belongs to one of the teacher's students, else None."""
    return db.session.scalar(_answers_query(teacher).where(Answer.id == answer_id))


def reviewable_item(teacher: User, item_id: int) -> Item | None:
    """A written-answer item with at least one answer from the teacher's students."""
    item = db.session.get(Item, item_id)
    if item is None or item.type not in REVIEWED_TYPES:
        return None
    has_answers = db.session.scalar(
        _answers_query(teacher).where(Answer.item_id == item_id).limit(1)
    )
    return item if has_answers is not None else None


def override_answer(
    teacher: User, answer: Answer, score: float | None, comment: str
) -> Answer:
    """Replace the automatic grade with the teacher's (None restores it)."""
    if score is not None and not 0 <= score <= answer.max_score:
        raise ReviewError(f"The grade must be between 0 and {answer.max_score:g}.")
    before = answer.final_score
    answer.override_score = score
    answer.override_comment = (comment or "").strip() or None
    answer.overridden_by_id = teacher.id if score is not None else None
    answer.overridden_at = utcnow() if score is not None else None
    _shift_attempt(answer.attempt, answer.final_score - before, 0.0)
    _audit_override(teacher, answer, before)
    db.session.commit()
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
    """Every answer graded against an older spec whose score would change."""
    changes = []
    query = _answers_query(teacher).where(Answer.item_id == item.id)
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
    query = _answers_query(teacher).where(Answer.item_id == item.id)
    for answer in db.session.scalars(query):
        if answer.graded_spec != item.spec and answer.id not in changed:
            result = grade(item, answer.response)
            answer.feedback, answer.details = result.feedback, result.details
            answer.graded_spec = item.spec
    for change in changes:
        answer, result = change.answer, change.result
        _shift_attempt(
            answer.attempt,
            (
                answer.override_score
                if answer.override_score is not None
                else result.score
            )
            - answer.final_score,
            result.max_score - answer.max_score,
        )
        audit.record(
            "grade.regrade",
            actor=teacher,
            subject=answer.attempt.user,
            obj=("answer", answer.id),
            details={"from": change.old_score, "to": result.score},
        )
        answer.score, answer.max_score = result.score, result.max_score
        answer.feedback, answer.details = result.feedback, result.details
        answer.graded_spec = item.spec
    db.session.commit()
    return len(changes)


def _shift_attempt(attempt: Attempt, score_delta: float, max_delta: float) -> None:
    if score_delta or max_delta:
        db.session.execute(
            update(Attempt)
            .where(Attempt.id == attempt.id)
            .values(
                score=Attempt.score + score_delta,
                max_score=Attempt.max_score + max_delta,
            )
        )
        db.session.flush()
        recompute_best(attempt.user_id, attempt.exercise_id)

"""Assignments: which articles a class's teacher may assign, assigning and
withdrawing them, due dates, and where each student stands ("to do", "done",
"late") across their classes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from ..extensions import db
from ..grading import get_checker
from ..models import Article, Assignment, Attempt, Classroom, Exercise, Membership, User
from ..models._base import utcnow
from .attempts import attempt_items
from .classrooms import ClassroomError, roster


def assignable_articles(classroom: Classroom) -> list[Article]:
    """Published articles the class's teacher may assign: the shared packs and
    the teacher's own, not yet assigned to this class."""
    assigned = select(Assignment.article_id).where(
        Assignment.classroom_id == classroom.id
    )
    return list(
        db.session.scalars(
            select(Article)
            .where(
                Article.is_published,
                Article.owner_id.is_(None) | (Article.owner_id == classroom.teacher_id),
                Article.id.not_in(assigned),
            )
            .order_by(Article.title)
        )
    )


def assign(
    classroom: Classroom, article_id: int, due_at: datetime | None = None
) -> Assignment:
    """Assign a published article's exercise set to the class."""
    article = db.session.get(Article, article_id)
    if article is None or article not in assignable_articles(classroom):
        raise ClassroomError("That exercise set cannot be assigned to this class.")
    assignment = Assignment(
        classroom_id=classroom.id, article_id=article.id, due_at=due_at
    )
    db.session.add(assignment)
    try:
        db.session.commit()
    except IntegrityError:
        db.session.rollback()
        raise ClassroomError("That set is already assigned to this class.") from None
    return assignment


def own_assignment(classroom: Classroom, assignment_id: int) -> Assignment | None:
    """The class's assignment with this id; None for another class's."""
    assignment = db.session.get(Assignment, assignment_id)
    if assignment is None or assignment.classroom_id != classroom.id:
        return None
    return assignment


def set_due_date(assignment: Assignment, due_at: datetime | None) -> None:
    """Change (or clear) an assignment's due date."""
    assignment.due_at = due_at
    db.session.commit()


def unassign(assignment: Assignment) -> None:
    """Withdraw an assignment (answers already given are kept)."""
    db.session.delete(assignment)
    db.session.commit()


@dataclass
class ClassPage:
    classroom: Classroom
    students: list[User]
    assignable: list[Article]


def class_page(classroom: Classroom) -> ClassPage:
    """What the teacher's class page shows: roster and articles to assign."""
    return ClassPage(classroom, roster(classroom), assignable_articles(classroom))


@dataclass
class AssignmentStatus:
    assignment: Assignment
    status: str  # "due", "done" or "late"
    finished: int  # exercises with a finished attempt
    total: int
    completed_at: datetime | None

    @property
    def label(self) -> str:
        if self.status == "late" and self.completed_at is not None:
            return "done late"
        return {"due": "to do", "done": "done", "late": "late"}[self.status]


def status_of(
    due_at: datetime | None,
    finished_at: list[datetime | None],
    now: datetime,
) -> tuple[str, datetime | None]:
    """ "done", "late" or "due", and when the set was completed: done once every
    exercise has a finished attempt by the due date; late when finished after
    it, or unfinished and past it."""
    complete = bool(finished_at) and all(at is not None for at in finished_at)
    completed_at = max(finished_at) if complete else None  # type: ignore[type-var]
    if complete:
        late = due_at is not None and completed_at > due_at
        return ("late" if late else "done"), completed_at
    return ("late" if due_at is not None and now > due_at else "due"), None


def first_finishes(
    user_ids: list[int], exercise_ids: list[int]
) -> dict[tuple[int, int], datetime]:
    """When each user first finished each exercise, by (user id, exercise id)."""
    if not user_ids or not exercise_ids:
        return {}
    rows = db.session.execute(
        select(Attempt.user_id, Attempt.exercise_id, func.min(Attempt.finished_at))
        .where(
            Attempt.user_id.in_(user_ids),
            Attempt.exercise_id.in_(exercise_ids),
            Attempt.finished_at.is_not(None),
        )
        .group_by(Attempt.user_id, Attempt.exercise_id)
    )
    return {(u, e): at for u, e, at in rows}


def set_exercises(article: Article) -> list[Exercise]:
    """The exercises of an article that count for an assignment."""
    return [e for e in article.exercises if e.is_active and attempt_items(e)]


def max_points(exercise: Exercise) -> float:
    """Full marks for the exercise as it stands: every item a learner answers."""
    return sum(get_checker(i.type).max_score(i.spec) for i in attempt_items(exercise))


def student_assignments(
    student: User, now: datetime | None = None
) -> list[AssignmentStatus]:
    """The student's assignments across their classes, soonest due first."""
    now = now or utcnow()
    assignments = db.session.scalars(
        select(Assignment)
        .join(Membership, Membership.classroom_id == Assignment.classroom_id)
        .join(Article, Article.id == Assignment.article_id)
        .where(Membership.user_id == student.id, Article.is_published)
    ).all()
    exercises = {a.id: set_exercises(a.article) for a in assignments}
    finishes = first_finishes(
        [student.id], [e.id for ex in exercises.values() for e in ex]
    )
    result = []
    for a in assignments:
        times = [finishes.get((student.id, e.id)) for e in exercises[a.id]]
        status, completed_at = status_of(a.due_at, times, now)
        finished = sum(t is not None for t in times)
        result.append(AssignmentStatus(a, status, finished, len(times), completed_at))
    # Unfinished first (overdue, then by due date), then the finished ones.
    result.sort(
        key=lambda s: (
            s.completed_at is not None,
            s.status != "late",
            s.assignment.due_at or datetime.max,
            s.assignment.article.title,
        )
    )
    return result

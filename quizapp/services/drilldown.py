"""One student's work on an assignment, for their teacher: every exercise set
of the assignment, the student's attempts at it, and, for the attempt shown,
every item with what the student chose or wrote, the score and the feedback."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select

from ..extensions import db
from ..grading import order
from ..models import Answer, Assignment, Attempt, Classroom, Exercise, Item, Membership
from .assignments import set_exercises
from .attempts import answers_by_item, items_for_attempt, option_order, user_attempts


@dataclass
class ExerciseWork:
    exercise: Exercise
    attempts: list[Attempt]  # newest first
    shown: Attempt | None = None
    items: list[Item] = field(default_factory=list)
    answers: dict[int, Answer] = field(default_factory=dict)
    #: Per item id, the answered options in the order the student saw them.
    shown_options: dict[int, list] = field(default_factory=dict)


@dataclass
class StudentWork:
    classroom: Classroom
    assignment: Assignment
    student: object  # User
    exercises: list[ExerciseWork]


def student_work(
    classroom: Classroom,
    assignment: Assignment,
    user_id: int,
    attempt_ids: set[int] | None = None,
) -> StudentWork | None:
    """The work of the class member `user_id` on `assignment`; None when they
    are not in `classroom` (a 404). Each set shows its newest attempt unless
    one of `attempt_ids` (the student's own attempts at it) is asked for."""
    membership = db.session.scalar(
        select(Membership).where(
            Membership.classroom_id == classroom.id, Membership.user_id == user_id
        )
    )
    if membership is None or assignment.classroom_id != classroom.id:
        return None
    student = membership.user
    work = []
    for exercise in set_exercises(assignment.article):
        attempts = user_attempts(student, exercise)
        row = ExerciseWork(exercise, attempts)
        chosen = [a for a in attempts if a.id in (attempt_ids or set())]
        row.shown = (chosen or attempts or [None])[0]
        if row.shown is not None:
            row.answers = answers_by_item(row.shown)
            items = items_for_attempt(row.shown)
            for item_id, answer in row.answers.items():
                options = (answer.details or {}).get("options")
                if options:
                    shown = option_order(row.shown, answer.item)
                    row.shown_options[item_id] = order.in_order(options, shown)
            # Items answered but since dropped from the pack still count here.
            gone = [a.item for a in row.shown.answers if a.item not in items]
            row.items = gone + items
        work.append(row)
    return StudentWork(classroom, assignment, student, work)

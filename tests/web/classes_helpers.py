"""Factories for class, leaderboard and report tests: classes, members, answers."""

from __future__ import annotations

import itertools
from datetime import datetime

from sqlalchemy import select

from quizapp.extensions import db
from quizapp.models import Article, Assignment, Attempt, Classroom, User
from quizapp.services import assignments as assignments_svc
from quizapp.services import attempts as attempts_svc
from quizapp.services import classrooms

from ..conftest import make_user
from .helpers import exercise

_numbers = itertools.count(1)

#: Right answers to every item of the mini pack, by item key.
RIGHT = {
    "c1": {"label": "sourced"},
    "c2": {"label": "speculation"},
    "c3": {"label": "opinion"},
    "q1": {"choice": "a"},
    "q2": {"choices": ["a", "b"]},
    "q3": {"choice": "a"},
    "w1": {"text": "The wall could reduce flooding; critics call it a waste of money."},
}


def make_class(teacher: User, name: str = "Media 9B", **settings) -> Classroom:
    classroom = classrooms.create_classroom(teacher, name)
    for key, value in settings.items():
        setattr(classroom, key, value)
    db.session.commit()
    return classroom


def enrol(classroom: Classroom, username: str | None = None, nickname=None) -> User:
    """A new student (password `password123`) who joined the class."""
    n = next(_numbers)
    student = make_user(username or f"pupil{n}")
    classrooms.join_classroom(student, classroom.join_code, nickname or f"Player {n}")
    return student


def mini_article() -> Article:
    return db.session.scalar(select(Article).where(Article.slug == "mini"))


def assign_mini(classroom: Classroom, due_at: datetime | None = None) -> Assignment:
    return assignments_svc.assign(classroom, mini_article().id, due_at)


def answer(user: User, exercise_slug: str, overrides: dict | None = None) -> Attempt:
    """Start (or resume) an attempt and answer every item: right, unless
    `overrides` gives another answer for an item key."""
    attempt = attempts_svc.start_or_resume(user, exercise(exercise_slug))
    for item in attempts_svc.attempt_items(attempt.exercise):
        data = (overrides or {}).get(item.key, RIGHT[item.key])
        attempts_svc.submit_answer(attempt, item, data)
    db.session.refresh(attempt)
    return attempt


def finish_set(user: User, overrides: dict | None = None) -> list[Attempt]:
    """Answer every exercise of the mini pack."""
    return [
        answer(user, slug, overrides) for slug in ("claims", "questions", "written")
    ]


def set_finished_at(attempts: list[Attempt], when: datetime) -> None:
    for attempt in attempts:
        attempt.finished_at = when
    db.session.commit()

"""Demo data for local development: a teacher and a class with the shared packs."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from ..extensions import db
from ..models import Article, Classroom, User
from . import assignments, classrooms

DEMO_TEACHER = "demo-teacher"
DEMO_PASSWORD = "demo-password"
DEMO_CLASS = "Demo class"


@dataclass
class DemoInfo:
    username: str
    password: str
    class_name: str
    join_code: str
    created: bool


def set_up_demo() -> DemoInfo:
    """Create (once) the demo teacher and class, with every shared article assigned."""
    created = False
    teacher = db.session.scalar(select(User).where(User.username == DEMO_TEACHER))
    if teacher is None:
        teacher = User(username=DEMO_TEACHER, role="teacher", nickname="Demo teacher")
        teacher.set_password(DEMO_PASSWORD)
        db.session.add(teacher)
        db.session.commit()
        created = True
    classroom = db.session.scalar(
        select(Classroom).where(
            Classroom.teacher_id == teacher.id, Classroom.name == DEMO_CLASS
        )
    )
    if classroom is None:
        classroom = classrooms.create_classroom(teacher, DEMO_CLASS)
        created = True
    assigned = {a.article_id for a in classroom.assignments}
    shared = db.session.scalars(
        select(Article).where(Article.owner_id.is_(None), Article.is_published)
    )
    for article in shared:
        if article.id not in assigned:
            assignments.assign(classroom, article.id)
    return DemoInfo(
        DEMO_TEACHER, DEMO_PASSWORD, classroom.name, classroom.join_code, created
    )

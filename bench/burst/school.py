"""The school of the bench, made through quizapp's services, and the integrity
check of what the bursts stored."""

from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

from sqlalchemy import func, select, text

from quizapp import create_app
from quizapp.extensions import db
from quizapp.models import Answer, Attempt, BestScore, Exercise
from quizapp.services import accounts, assignments, classrooms
from quizapp.services import attempts as attempts_svc
from quizapp.services.content import load_packs

from .servers import ROOT

PASSWORD = "classroom-burst-1"
CLASS_SIZE = 100


@dataclass
class Student:
    index: int
    username: str
    attempt_id: int
    classroom_id: int
    items: list[int]  # the claim items of the attempt, in order


def bench_app(url: str):
    return create_app({"SQLALCHEMY_DATABASE_URI": url, "SECRET_KEY": "bench"})


def migrate(url: str) -> None:
    """The schema from migrations/, as `flask db upgrade` makes it."""
    from flask_migrate import upgrade

    app = bench_app(url)
    with app.app_context():
        upgrade(directory=str(ROOT / "migrations"))
        db.engine.dispose()


def _register(args: tuple[str, list[str]]) -> int:
    url, names = args
    app = bench_app(url)
    with app.app_context():
        for name in names:
            accounts.register_student(name, PASSWORD)
        db.engine.dispose()
    return len(names)


def make_school(url: str, students: int) -> list[Student]:
    """Content, a teacher, classes of 100 with the article assigned, and students
    who joined them and started the claim-sorting exercise."""
    names = [f"student{n:05d}" for n in range(students)]
    app = bench_app(url)
    with app.app_context():
        load_packs(ROOT / "content")
        accounts.register_student("bench-teacher", PASSWORD)
        teacher = accounts.set_role("bench-teacher", "teacher")
        # The claim-sorting exercise with the most items to sort.
        exercise = max(
            db.session.scalars(select(Exercise).where(Exercise.kind == "claims")),
            key=lambda e: len(attempts_svc.attempt_items(e)),
        )
        article = exercise.article
        exercise_id = exercise.id
        items = [i.id for i in attempts_svc.attempt_items(exercise)]
        classes = []
        for number in range((students + CLASS_SIZE - 1) // CLASS_SIZE):
            classroom = classrooms.create_classroom(teacher, f"Class {number + 1}")
            assignments.assign(classroom, article.id)
            classes.append((classroom.id, classroom.join_code))
        db.engine.dispose()
    # Hashing passwords is the slow part: one process per core.
    cores = os.cpu_count() or 1
    chunks = [names[i::cores] for i in range(cores)]
    with ProcessPoolExecutor(cores) as pool:
        list(pool.map(_register, [(url, chunk) for chunk in chunks]))
    result = []
    with app.app_context():
        exercise = db.session.get(Exercise, exercise_id)
        for index, name in enumerate(names):
            user = accounts.find_user(name)
            class_id, code = classes[index // CLASS_SIZE]
            classrooms.join_classroom(user, code, f"Pupil {index}")
            attempt = attempts_svc.start_or_resume(user, exercise)
            result.append(Student(index, name, attempt.id, class_id, items))
        db.engine.dispose()
    return result


@dataclass
class Integrity:
    acknowledged: int
    stored: int
    lost: int
    doubled: int
    unacknowledged: int


def check_integrity(url: str, acknowledged: set[tuple[int, int]]) -> Integrity:
    """Every acknowledged answer stored exactly once; every attempt's score the
    sum of its answers; every best score its attempt's score."""
    app = bench_app(url)
    with app.app_context():
        rows = db.session.execute(
            select(Answer.attempt_id, Answer.item_id, func.count()).group_by(
                Answer.attempt_id, Answer.item_id
            )
        ).all()
        stored = {(a, i) for a, i, _ in rows}
        duplicates = sum(1 for *_, n in rows if n > 1)
        sums = (
            select(
                Answer.attempt_id,
                func.sum(Answer.score).label("score"),
                func.sum(Answer.max_score).label("max_score"),
            )
            .group_by(Answer.attempt_id)
            .subquery()
        )
        miscounted = db.session.scalar(
            select(func.count())
            .select_from(Attempt)
            .outerjoin(sums, sums.c.attempt_id == Attempt.id)
            .where(
                (func.coalesce(sums.c.score, 0) != Attempt.score)
                | (func.coalesce(sums.c.max_score, 0) != Attempt.max_score)
            )
        )
        wrong_best = db.session.scalar(
            select(func.count())
            .select_from(BestScore)
            .join(Attempt, Attempt.id == BestScore.attempt_id)
            .where(
                (BestScore.score != Attempt.score)
                | (BestScore.max_score != Attempt.max_score)
            )
        )
        db.engine.dispose()
    return Integrity(
        acknowledged=len(acknowledged),
        stored=len(stored),
        lost=len(acknowledged - stored),
        doubled=duplicates + miscounted + wrong_best,
        unacknowledged=len(stored - acknowledged),
    )


def create_bare_table(url: str) -> None:
    from .tables import metadata

    app = bench_app(url)
    with app.app_context():
        metadata.create_all(db.engine)
        db.engine.dispose()


def drop_everything(url: str) -> None:
    """Leave the database empty, as it was given."""
    from .tables import metadata

    app = bench_app(url)
    with app.app_context():
        metadata.drop_all(db.engine)
        db.drop_all()
        db.session.execute(text("DROP TABLE IF EXISTS alembic_version"))
        db.session.commit()
        db.engine.dispose()


def prepare_database(kind: str, url: str | None, tmp):
    """The database URL to use and a function that cleans up after the run:
    a SQLite file in `tmp`; a given (empty) database, emptied at the end; or a
    fresh PostgreSQL database on the local server, dropped at the end."""
    if url:
        return url, lambda: drop_everything(url)
    if kind == "sqlite":
        return f"sqlite:///{tmp / 'bench.sqlite'}", lambda: None
    import psycopg

    server = "postgresql+psycopg://postgres@127.0.0.1:5432"
    name = f"quizapp_bench_{os.getpid()}"
    admin = "host=127.0.0.1 port=5432 user=postgres dbname=postgres"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')

    def drop():
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    return f"{server}/{name}", drop

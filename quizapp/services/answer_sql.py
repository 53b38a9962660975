"""The answer path's SQL statements, built once per database dialect and
process (`services/answering.py` runs them): each submit only binds its values,
since building and hashing a statement cost more than running it."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import Float, Integer, bindparam, exists, or_, select, true, update
from sqlalchemy.dialects import postgresql

from ..extensions import db
from ..models import Answer, Attempt, BestScore, PracticeDay
from ._sql import insert_for


@dataclass(frozen=True)
class Statements:
    """The submit's statements for one dialect."""

    insert_answer: Any
    add_to_attempt: Any
    keep_best: Any
    practice_day: Any
    #: PostgreSQL: the four as one statement (data-modifying CTEs), one round
    #: trip instead of four; None elsewhere (SQLite has no INSERT in WITH).
    record: Any = None


_BUILT: dict[str, Statements] = {}


def statements() -> Statements:
    """The statements for the session's database, built on first use."""
    dialect = db.session.get_bind().dialect.name
    built = _BUILT.get(dialect)
    if built is None:
        built = _BUILT[dialect] = _build(dialect)
    return built


def _build(dialect: str) -> Statements:
    built = Statements(
        insert_answer=_answer_once(insert_for(dialect, Answer.__table__)),
        add_to_attempt=_add_points(bindparam("attempt")),
        keep_best=_best_upsert(insert_for(dialect, BestScore.__table__)),
        practice_day=_practised_once(insert_for(dialect, PracticeDay.__table__)),
    )
    if dialect == "postgresql":
        built = replace(built, record=_record_in_one())
    return built


def _answer_once(insert):
    """The answer, unless the attempt has one for the item: its id, or no row."""
    answers = Answer.__table__
    return insert.on_conflict_do_nothing(
        index_elements=["attempt_id", "item_id"]
    ).returning(answers.c.id)


def _add_points(attempt_id):
    """Add the answer's points to the attempt in SQL, so concurrent answers to
    other items cannot lose updates; returns the attempt's totals after it."""
    attempts = Attempt.__table__
    return (
        update(attempts)
        .where(attempts.c.id == attempt_id)
        .values(
            score=attempts.c.score + bindparam("points", type_=Float),
            max_score=attempts.c.max_score + bindparam("max_points", type_=Float),
        )
        .returning(attempts.c.score, attempts.c.max_score)
    )


def _practised_once(insert):
    """The practice day, unless the user has it already."""
    return insert.on_conflict_do_nothing(index_elements=["user_id", "day"])


def _best_upsert(insert):
    """The best score: the attempt takes the row when it scores higher, and
    updates it as it goes when it already holds it."""
    best = BestScore.__table__
    return insert.on_conflict_do_update(
        index_elements=["user_id", "exercise_id"],
        set_={
            "attempt_id": insert.excluded.attempt_id,
            "score": insert.excluded.score,
            "max_score": insert.excluded.max_score,
            "achieved_at": insert.excluded.achieved_at,
        },
        where=or_(
            insert.excluded.score > best.c.score,
            insert.excluded.attempt_id == best.c.attempt_id,
        ),
    )


def _record_in_one():
    """PostgreSQL: insert the answer; only if it was new, add its points to the
    attempt, keep the best score with the attempt's new total and mark the
    practice day; return the answer's id and the attempt's totals (no row when
    the answer was already stored). The same statements as on SQLite, as
    data-modifying CTEs of one statement in the same transaction. No parameter
    is named as a column: executing with such a name would add it to the
    UPDATE's SET clause."""
    answers = Answer.__table__
    new = _answer_once(
        postgresql.insert(answers).values(
            {c: bindparam(f"new_{c}", type_=answers.c[c].type) for c in _ANSWER_VALUES}
        )
    ).cte("new_answer")
    scored = (
        _add_points(bindparam("new_attempt_id"))
        .where(exists(select(new.c.id)))
        .cte("scored")
    )
    best = _best_upsert(
        postgresql.insert(BestScore.__table__).from_select(
            [
                "user_id",
                "exercise_id",
                "attempt_id",
                "score",
                "max_score",
                "achieved_at",
            ],
            select(
                bindparam("by_user", type_=Integer),
                bindparam("in_exercise", type_=Integer),
                bindparam("new_attempt_id", type_=Integer),
                scored.c.score,
                scored.c.max_score,
                bindparam("new_answered_at", type_=answers.c.answered_at.type),
            ),
        )
    ).cte("best")
    day = _practised_once(
        postgresql.insert(PracticeDay.__table__).from_select(
            ["user_id", "day"],
            select(
                bindparam("by_user", type_=Integer),
                bindparam("on_day", type_=PracticeDay.__table__.c.day.type),
            ).where(exists(select(new.c.id))),
        )
    ).cte("practised")
    return (
        select(new.c.id, scored.c.score, scored.c.max_score)
        .select_from(new.join(scored, true()))
        .add_cte(best, day)
    )


#: The answer's columns a submit writes (`record_answer`'s `values`).
_ANSWER_VALUES = (
    "attempt_id",
    "item_id",
    "response",
    "score",
    "max_score",
    "feedback",
    "details",
    "graded_spec",
    "skill",
    "answered_at",
)

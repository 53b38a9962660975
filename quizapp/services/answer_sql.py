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
    answers, attempts = Answer.__table__, Attempt.__table__
    days = PracticeDay.__table__
    built = Statements(
        insert_answer=insert_for(dialect, answers)
        .on_conflict_do_nothing(index_elements=["attempt_id", "item_id"])
        .returning(answers.c.id),
        add_to_attempt=update(attempts)
        .where(attempts.c.id == bindparam("attempt"))
        .values(
            score=attempts.c.score + bindparam("points", type_=Float),
            max_score=attempts.c.max_score + bindparam("max_points", type_=Float),
        )
        .returning(attempts.c.score, attempts.c.max_score),
        keep_best=_best_upsert(insert_for(dialect, BestScore.__table__)),
        practice_day=insert_for(dialect, days).on_conflict_do_nothing(
            index_elements=["user_id", "day"]
        ),
    )
    if dialect == "postgresql":
        built = replace(built, record=_record_in_one())
    return built


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
    answers, attempts = Answer.__table__, Attempt.__table__
    new = (
        postgresql.insert(answers)
        .values(
            {c: bindparam(f"new_{c}", type_=answers.c[c].type) for c in _ANSWER_VALUES}
        )
        .on_conflict_do_nothing(index_elements=["attempt_id", "item_id"])
        .returning(answers.c.id)
        .cte("new_answer")
    )
    scored = (
        update(attempts)
        .where(attempts.c.id == bindparam("new_attempt_id"), exists(select(new.c.id)))
        .values(
            score=attempts.c.score + bindparam("points", type_=Float),
            max_score=attempts.c.max_score + bindparam("max_points", type_=Float),
        )
        .returning(attempts.c.score, attempts.c.max_score)
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
    day = (
        postgresql.insert(PracticeDay.__table__)
        .from_select(
            ["user_id", "day"],
            select(
                bindparam("by_user", type_=Integer),
                bindparam("on_day", type_=PracticeDay.__table__.c.day.type),
            ).where(exists(select(new.c.id))),
        )
        .on_conflict_do_nothing(index_elements=["user_id", "day"])
        .cte("practised")
    )
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

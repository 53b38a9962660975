from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from ._base import utcnow

#: How a class's leaderboard is shown to its students.
LEADERBOARD_MODES = {
    "visible": "Everyone sees the whole leaderboard",
    "top": "Students see the top N and their own row",
    "anonymous": "Students see ranks and points, but only their own name",
    "hidden": "Hidden from students (each still sees their own rank)",
}


class Classroom(db.Model):
    """A teacher's class; students join it with `join_code`."""

    __tablename__ = "classrooms"

    id: Mapped[int] = mapped_column(primary_key=True)
    teacher_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    #: Short, unambiguous (no 0/O, 1/I/L); regenerated on demand.
    join_code: Mapped[str] = mapped_column(String(12), unique=True)
    #: False once the teacher closes joining.
    is_open: Mapped[bool] = mapped_column(default=True)
    leaderboard_mode: Mapped[str] = mapped_column(String(16), default="visible")
    leaderboard_top_n: Mapped[int] = mapped_column(default=10)
    #: IANA time zone (e.g. "Europe/Paris") due dates are shown and entered in;
    #: they are stored in UTC.
    time_zone: Mapped[str] = mapped_column(String(64), default="UTC")
    #: How the leaderboard ranks: "points", "accuracy" or "mastery"
    #: (grading/ranking.py RANKINGS).
    ranking: Mapped[str] = mapped_column(String(16), default="points")
    #: Accuracy ranking: items a student must have answered to be ranked.
    ranking_min_items: Mapped[int] = mapped_column(default=10)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    teacher = relationship("User")
    memberships: Mapped[list[Membership]] = relationship(
        back_populates="classroom", cascade="all, delete-orphan"
    )
    assignments: Mapped[list[Assignment]] = relationship(
        back_populates="classroom",
        cascade="all, delete-orphan",
        order_by="Assignment.created_at",
    )


class Membership(db.Model):
    """A student in a class."""

    __tablename__ = "memberships"
    __table_args__ = (UniqueConstraint("classroom_id", "user_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    classroom_id: Mapped[int] = mapped_column(ForeignKey("classrooms.id"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    joined_at: Mapped[datetime] = mapped_column(default=utcnow)

    classroom: Mapped[Classroom] = relationship(back_populates="memberships")
    user = relationship("User")


class Assignment(db.Model):
    """An article's exercise set assigned to a class, with an optional due date."""

    __tablename__ = "assignments"
    __table_args__ = (UniqueConstraint("classroom_id", "article_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    classroom_id: Mapped[int] = mapped_column(ForeignKey("classrooms.id"), index=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id"), index=True)
    due_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    classroom: Mapped[Classroom] = relationship(back_populates="assignments")
    article = relationship("Article")


class BestScore(db.Model):
    """A student's best attempt score at one exercise, kept up to date on every
    answer so leaderboards never re-aggregate the answers table."""

    __tablename__ = "best_scores"
    __table_args__ = (UniqueConstraint("user_id", "exercise_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    exercise_id: Mapped[int] = mapped_column(ForeignKey("exercises.id"), index=True)
    #: The attempt that holds the best score; its later answers update the row.
    attempt_id: Mapped[int] = mapped_column(ForeignKey("attempts.id"))
    score: Mapped[float] = mapped_column(default=0.0)
    #: The maximum of the attempt that set `score` (so far, for an open attempt).
    max_score: Mapped[float] = mapped_column(default=0.0)
    achieved_at: Mapped[datetime] = mapped_column(default=utcnow)


class PracticeDay(db.Model):
    """A day on which a user answered at least one item (for streaks)."""

    __tablename__ = "practice_days"
    __table_args__ = (UniqueConstraint("user_id", "day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    day: Mapped[date]

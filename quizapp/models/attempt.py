from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    ForeignKey,
    Index,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from ._base import utcnow


class Attempt(db.Model):
    """One go at an exercise by one user; `number` counts their tries (1, 2...)."""

    __tablename__ = "attempts"
    __table_args__ = (
        UniqueConstraint("user_id", "exercise_id", "number"),
        # At most one unfinished attempt per user and exercise, so two concurrent
        # "start" requests cannot open two.
        Index(
            "uq_attempts_one_open",
            "user_id",
            "exercise_id",
            unique=True,
            sqlite_where=text("finished_at IS NULL"),
            postgresql_where=text("finished_at IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    exercise_id: Mapped[int] = mapped_column(ForeignKey("exercises.id"), index=True)
    number: Mapped[int] = mapped_column(default=1)
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[datetime | None]
    score: Mapped[float] = mapped_column(default=0.0)
    max_score: Mapped[float] = mapped_column(default=0.0)
    #: The article version the attempt was started on.
    article_version: Mapped[int] = mapped_column(default=1)
    #: Fixed when the attempt starts: {"items": [item ids drawn from a pool] or
    #: None for every item, "options": {item id: [option ids as shown]}}.
    plan: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    #: "practice" (self-paced) or "live" (recorded from a live classroom game).
    mode: Mapped[str] = mapped_column(
        String(16), default="practice", server_default="practice"
    )
    #: The live game a "live" attempt was recorded from (None otherwise).
    live_game_id: Mapped[int | None] = mapped_column(
        ForeignKey("live_games.id"), index=True
    )

    exercise = relationship("Exercise")
    user = relationship("User")
    answers: Mapped[list[Answer]] = relationship(
        back_populates="attempt", order_by="Answer.id"
    )

    @property
    def is_finished(self) -> bool:
        return self.finished_at is not None


class Answer(db.Model):
    """A graded answer. It keeps the spec it was graded against, so editing the
    pack later never changes what the learner saw or scored."""

    __tablename__ = "answers"
    # One answer per item per attempt: a double submit cannot count twice.
    __table_args__ = (UniqueConstraint("attempt_id", "item_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    attempt_id: Mapped[int] = mapped_column(ForeignKey("attempts.id"), index=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"), index=True)
    response: Mapped[dict[str, Any]] = mapped_column(JSON)
    score: Mapped[float]
    max_score: Mapped[float]
    feedback: Mapped[str] = mapped_column(Text)
    details: Mapped[dict[str, Any]] = mapped_column(JSON)
    graded_spec: Mapped[dict[str, Any]] = mapped_column(JSON)
    skill: Mapped[str] = mapped_column(String(40))
    answered_at: Mapped[datetime] = mapped_column(default=utcnow)
    #: A teacher's grade replacing the automatic one (`score` stays as graded),
    #: with a comment the student sees; kept when the item is regraded.
    override_score: Mapped[float | None]
    override_comment: Mapped[str | None] = mapped_column(Text)
    overridden_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    overridden_at: Mapped[datetime | None]

    attempt: Mapped[Attempt] = relationship(back_populates="answers")
    item = relationship("Item")

    @property
    def final_score(self) -> float:
        """The score that counts: the teacher's override, else the automatic one."""
        return self.override_score if self.override_score is not None else self.score

    @property
    def is_correct(self) -> bool:
        return self.max_score > 0 and self.final_score >= self.max_score

    @property
    def verdict(self) -> str:
        """The answer as right, partial or wrong, for styling and screen readers."""
        return verdict(self.final_score, self.max_score)


def verdict(final_score: float, max_score: float) -> str:
    """A score as right, partial or wrong (`Answer.verdict` on plain values)."""
    if max_score > 0 and final_score >= max_score:
        return "right"
    return "partial" if final_score > 0 else "wrong"

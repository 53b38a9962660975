"""Live classroom games: a game, its players and their answers.

The rules (states, timer, points) are in `quizapp.grading.live`; the verbs that
move a game are in `quizapp.services.live_games`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from ._base import utcnow


class LiveGame(db.Model):
    """One live game of an article's exercises, hosted by a teacher, for one of
    their classes (`classroom_id`) or for guests (None)."""

    __tablename__ = "live_games"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: What players type to join: random digits, unique among all games.
    pin: Mapped[str] = mapped_column(String(12), unique=True)
    host_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id"), index=True)
    classroom_id: Mapped[int | None] = mapped_column(
        ForeignKey("classrooms.id"), index=True
    )
    #: [{"item_id", "discuss"}] in play order; discuss slides are untimed and
    #: take no answers (written questions).
    questions: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    #: Seconds per question; None for no timer.
    time_limit: Mapped[int | None]
    is_speed_bonus: Mapped[bool] = mapped_column(default=False)
    #: The teacher's words added to the nickname blocklist.
    blocked_words: Mapped[list[str]] = mapped_column(JSON, default=list)

    state: Mapped[str] = mapped_column(String(16), default="lobby")
    question_index: Mapped[int] = mapped_column(default=-1)
    opened_at: Mapped[datetime | None]
    closes_at: Mapped[datetime | None]
    is_paused: Mapped[bool] = mapped_column(default=False)
    #: Seconds left on the timer while paused.
    remaining: Mapped[float | None]
    #: Bumped on every change players must see; events carry it.
    seq: Mapped[int] = mapped_column(default=0)

    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_activity_at: Mapped[datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[datetime | None]
    #: True once the game ended and every shown question was recorded into
    #: class members' attempts (each is also recorded when it closes).
    is_recorded: Mapped[bool] = mapped_column(default=False)

    host = relationship("User")
    article = relationship("Article")
    classroom = relationship("Classroom")
    players: Mapped[list[LivePlayer]] = relationship(
        back_populates="game", cascade="all, delete-orphan", order_by="LivePlayer.id"
    )

    @property
    def is_finished(self) -> bool:
        return self.state == "finished"

    @property
    def is_for_class(self) -> bool:
        return self.classroom_id is not None


class LivePlayer(db.Model):
    """Someone playing: a class member (`user_id`) or a guest (nickname only).
    The row outlives reconnects, so a reload keeps the player and the score."""

    __tablename__ = "live_players"
    __table_args__ = (
        UniqueConstraint("game_id", "nickname_key"),
        UniqueConstraint("game_id", "user_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    game_id: Mapped[int] = mapped_column(ForeignKey("live_games.id"), index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    nickname: Mapped[str] = mapped_column(String(40))
    #: The nickname folded (case, accents): unique within the game.
    nickname_key: Mapped[str] = mapped_column(String(80))
    score: Mapped[int] = mapped_column(default=0)
    correct: Mapped[int] = mapped_column(default=0)
    is_removed: Mapped[bool] = mapped_column(default=False)
    joined_at: Mapped[datetime] = mapped_column(default=utcnow)

    game: Mapped[LiveGame] = relationship(back_populates="players")
    user = relationship("User")

    @property
    def is_guest(self) -> bool:
        return self.user_id is None


class LiveAnswer(db.Model):
    """A player's answer to one question of a game, graded on arrival."""

    __tablename__ = "live_answers"
    # One answer per player per question: a double tap stores one.
    __table_args__ = (
        UniqueConstraint("player_id", "question_index"),
        Index("ix_live_answers_game_question", "game_id", "question_index"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    game_id: Mapped[int] = mapped_column(ForeignKey("live_games.id"))
    player_id: Mapped[int] = mapped_column(ForeignKey("live_players.id"), index=True)
    question_index: Mapped[int]
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"))
    response: Mapped[dict[str, Any]] = mapped_column(JSON)
    #: The checker's grade, 0..1, and what it said (for results and attempts).
    fraction: Mapped[float]
    feedback: Mapped[str] = mapped_column(String(500), default="")
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    points: Mapped[int]
    elapsed_ms: Mapped[int]
    answered_at: Mapped[datetime] = mapped_column(default=utcnow)

    player: Mapped[LivePlayer] = relationship()

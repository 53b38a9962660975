from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from ._base import utcnow


class Article(db.Model):
    """A news article learners read; loaded from a content pack."""

    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(80), unique=True)
    title: Mapped[str] = mapped_column(String(300))
    outlet: Mapped[str] = mapped_column(String(200), default="")
    author: Mapped[str] = mapped_column(String(200), default="")
    published_on: Mapped[date | None]
    source_url: Mapped[str | None] = mapped_column(String(1000))
    reading_level: Mapped[str] = mapped_column(String(20), default="intermediate")
    summary: Mapped[str] = mapped_column(Text, default="")
    #: What kind of text it is ("science story", "opinion column"...), for the
    #: library; empty when the pack does not say.
    genre: Mapped[str] = mapped_column(String(60), default="")
    #: The reading skills it practises, as short phrases, for the library.
    skills: Mapped[list[str]] = mapped_column(JSON, default=list)
    #: An invented practice article (people, places and events are made up).
    is_fictional: Mapped[bool] = mapped_column(default=False)
    #: The Markdown body as the pack gives it; rendered on display.
    body_md: Mapped[str] = mapped_column(Text)
    #: Digest of the pack's files, so reloading an unchanged pack does nothing.
    pack_digest: Mapped[str] = mapped_column(String(64), default="")
    is_published: Mapped[bool] = mapped_column(default=True)
    #: The teacher who wrote it; None for shared packs loaded from content/,
    #: which every student sees. A teacher's article is seen by their classes.
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    #: Bumped on each publish; attempts record the version they were taken on.
    version: Mapped[int] = mapped_column(default=1)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    exercises: Mapped[list[Exercise]] = relationship(
        back_populates="article", order_by="Exercise.position"
    )
    owner = relationship("User")


class Draft(db.Model):
    """A teacher's exercise set under review: the content pack as plain data
    (`{"meta", "body", "exercises"}`, the same shape as the files in content/).
    Publishing validates it and imports it like a pack."""

    __tablename__ = "drafts"

    id: Mapped[int] = mapped_column(primary_key=True)
    owner_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    slug: Mapped[str] = mapped_column(String(80), unique=True)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    #: Items deleted from `data`, newest last, so a deletion can be undone:
    #: [{"exercise": slug, "position": index, "item": {...}}].
    deleted_items: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON)
    #: The live article once published.
    article_id: Mapped[int | None] = mapped_column(ForeignKey("articles.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    owner = relationship("User")
    article = relationship("Article")


class Exercise(db.Model):
    """One exercise of an article: claim sorting or comprehension questions."""

    __tablename__ = "exercises"
    __table_args__ = (UniqueConstraint("article_id", "slug"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id"), index=True)
    slug: Mapped[str] = mapped_column(String(80))
    kind: Mapped[str] = mapped_column(String(20))  # "claims" | "questions"
    title: Mapped[str] = mapped_column(String(300))
    instructions: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(default=0)
    #: False once the pack no longer has it; kept so old attempts still display.
    is_active: Mapped[bool] = mapped_column(default=True)
    #: Question pool: each attempt draws this many of the items (None: all).
    draw_count: Mapped[int | None]

    article: Mapped[Article] = relationship(back_populates="exercises")
    items: Mapped[list[Item]] = relationship(
        back_populates="exercise", order_by="Item.position"
    )

    @property
    def active_items(self) -> list[Item]:
        return [i for i in self.items if i.is_active]


class Item(db.Model):
    """One thing to answer. `spec` holds the checker's data, answer key included,
    so it never leaves the server before the learner has answered."""

    __tablename__ = "items"
    __table_args__ = (UniqueConstraint("exercise_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    exercise_id: Mapped[int] = mapped_column(ForeignKey("exercises.id"), index=True)
    #: The pack's id for the item: stable across edits of the pack.
    key: Mapped[str] = mapped_column(String(80))
    type: Mapped[str] = mapped_column(String(40))
    position: Mapped[int] = mapped_column(default=0)
    skill: Mapped[str] = mapped_column(String(40))
    spec: Mapped[dict[str, Any]] = mapped_column(JSON)
    is_active: Mapped[bool] = mapped_column(default=True)

    exercise: Mapped[Exercise] = relationship(back_populates="items")

"""Published exercises as immutable snapshots, cached in each process.

Items only change when an article is published or its pack re-imported, which
bumps the article's `version` (and `updated_at`). The answer path reads that
stamp with the attempt in the statement it needs anyway, and takes the item
specs and the exercise's item list from here: no item rows are loaded per
request. A stamp that moved (another process published) rebuilds the snapshot;
a flush in this process that touches an article, exercise or item empties the
cache, so edits made here (tests, the CLI) are seen at once.

Snapshots are shared between requests: never mutate a spec taken from one.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from sqlalchemy import event, select
from sqlalchemy.orm import Session

from ..extensions import db
from ..grading.claims import offered_to_learners
from ..models import Article, Exercise, Item
from ..rendering import article_plain_text

#: How many exercises each process keeps (a school uses a handful at a time).
MAX_EXERCISES = 512


@dataclass(frozen=True, slots=True)
class ItemSpec:
    """One item as published: what grading and the item page need."""

    id: int
    exercise_id: int
    key: str
    type: str
    skill: str
    position: int
    spec: dict[str, Any]
    is_active: bool

    @property
    def is_for_learners(self) -> bool:
        """Whether its type is worked through (claims not for sorting are not)."""
        return offered_to_learners(self.type, self.spec)

    @property
    def is_offered(self) -> bool:
        """Whether learners work through it now: active and for learners."""
        return self.is_active and self.is_for_learners


@dataclass(frozen=True)
class ExerciseSnapshot:
    """Every item of one exercise (active or not) at one published version."""

    exercise_id: int
    stamp: tuple
    body_md: str
    items: dict[int, ItemSpec]
    #: The items learners work through, in order (`attempts.attempt_items`).
    offered: tuple[ItemSpec, ...] = field(default=())

    def items_for(self, plan: dict | None) -> list[ItemSpec]:
        """The items of an attempt with this plan, in order
        (`attempts.items_for_attempt`)."""
        drawn = (plan or {}).get("items")
        if drawn is None:
            return list(self.offered)
        chosen = set(drawn)
        return [i for i in self.offered if i.id in chosen]

    @cached_property
    def article_text(self) -> str:
        """The article's plain text, for checkers that read it."""
        return article_plain_text(self.body_md)


_cache: dict[int, ExerciseSnapshot] = {}
_lock = threading.Lock()


def exercise_snapshot(exercise_id: int, stamp: tuple) -> ExerciseSnapshot:
    """The snapshot of `exercise_id` at `stamp` (the article's version and
    updated_at), built with two SELECTs when this process has not got it."""
    snapshot = _cache.get(exercise_id)
    if snapshot is not None and snapshot.stamp == stamp:
        return snapshot
    snapshot = _build(exercise_id, stamp)
    with _lock:
        if len(_cache) >= MAX_EXERCISES:
            _cache.clear()
        _cache[exercise_id] = snapshot
    return snapshot


def _build(exercise_id: int, stamp: tuple) -> ExerciseSnapshot:
    body = db.session.scalar(
        select(Article.body_md)
        .join(Exercise, Exercise.article_id == Article.id)
        .where(Exercise.id == exercise_id)
    )
    rows = db.session.execute(
        select(
            Item.id,
            Item.exercise_id,
            Item.key,
            Item.type,
            Item.skill,
            Item.position,
            Item.spec,
            Item.is_active,
        )
        .where(Item.exercise_id == exercise_id)
        .order_by(Item.position, Item.id)
    )
    items = {row.id: ItemSpec(*row) for row in rows}
    offered = tuple(i for i in items.values() if i.is_offered)
    return ExerciseSnapshot(exercise_id, stamp, body or "", items, offered)


def clear() -> None:
    """Forget every snapshot (after content changed in this process)."""
    with _lock:
        _cache.clear()


_CONTENT = (Article, Exercise, Item)


@event.listens_for(Session, "before_flush")
def _content_flushed(session, _context, _instances) -> None:
    if any(
        isinstance(obj, _CONTENT)
        for group in (session.new, session.dirty, session.deleted)
        for obj in group
    ):
        session.info["content_changed"] = True
        clear()


@event.listens_for(Session, "after_commit")
def _content_committed(session) -> None:
    # Cleared again once the change is visible: a request in between may have
    # rebuilt a snapshot from the rows as they were before the commit.
    if session.info.pop("content_changed", False):
        clear()


@event.listens_for(Session, "after_rollback")
def _content_rolled_back(session) -> None:
    session.info.pop("content_changed", None)

"""Finding what learners may read and practise."""

from __future__ import annotations

from sqlalchemy import select

from ..extensions import db
from ..models import Article, Attempt, Exercise, Item, User


def published_articles() -> list[Article]:
    """Every published article, newest first."""
    return list(
        db.session.scalars(
            select(Article)
            .where(Article.is_published)
            .order_by(Article.published_on.desc(), Article.title)
        )
    )


def published_article(slug: str) -> Article | None:
    """The published article with this slug, if any."""
    return db.session.scalar(
        select(Article).where(Article.slug == slug, Article.is_published)
    )


def active_exercise(exercise_id: int) -> Exercise | None:
    """An exercise learners may start: active, of a published article."""
    exercise = db.session.get(Exercise, exercise_id)
    if exercise is None or not exercise.is_active or not exercise.article.is_published:
        return None
    return exercise


def own_attempt(user: User, attempt_id: int) -> Attempt | None:
    """The attempt when it belongs to `user`; None for anyone else's (a 404)."""
    attempt = db.session.get(Attempt, attempt_id)
    return attempt if attempt is not None and attempt.user_id == user.id else None


def attempt_item(attempt: Attempt, item_id: int) -> Item | None:
    """The item when it belongs to the attempt's exercise."""
    item = db.session.get(Item, item_id)
    return (
        item if item is not None and item.exercise_id == attempt.exercise_id else None
    )

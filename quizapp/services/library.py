"""Finding what learners may read and practise."""

from __future__ import annotations

from sqlalchemy import select

from ..extensions import db
from ..models import Article, Attempt, Classroom, Exercise, Item, Membership, User


def _visible_to(user: User):
    """Which published articles `user` may read: the shared packs, articles by
    the teachers of their classes, their own; an admin reads them all."""
    if user.role == "admin":
        return Article.is_published
    teachers = (
        select(Classroom.teacher_id)
        .join(Membership, Membership.classroom_id == Classroom.id)
        .where(Membership.user_id == user.id)
    )
    return Article.is_published & (
        Article.owner_id.is_(None)
        | (Article.owner_id == user.id)
        | Article.owner_id.in_(teachers)
    )


def published_articles(user: User) -> list[Article]:
    """The published articles `user` may read, newest first."""
    return list(
        db.session.scalars(
            select(Article)
            .where(_visible_to(user))
            .order_by(Article.published_on.desc(), Article.title)
        )
    )


def published_article(slug: str, user: User) -> Article | None:
    """The published article with this slug, if `user` may read it."""
    return db.session.scalar(
        select(Article).where(Article.slug == slug, _visible_to(user))
    )


def active_exercise(exercise_id: int, user: User) -> Exercise | None:
    """An exercise `user` may start: active, of a published article they may read."""
    exercise = db.session.get(Exercise, exercise_id)
    if exercise is None or not exercise.is_active:
        return None
    visible = db.session.scalar(
        select(Article.id).where(Article.id == exercise.article_id, _visible_to(user))
    )
    return exercise if visible is not None else None


def own_attempt(user: User, attempt_id: int) -> Attempt | None:
    """The attempt when it belongs to `user`; None for anyone else's (a 404)."""
    attempt = db.session.get(Attempt, attempt_id)
    return attempt if attempt is not None and attempt.user_id == user.id else None


def attempt_item(attempt: Attempt, item_id: int) -> Item | None:
    """The item when it belongs to the attempt's exercise."""
    item = db.session.get(Item, item_id)
    if item is None or item.exercise_id != attempt.exercise_id:
        return None
    drawn = (attempt.plan or {}).get("items")
    return item if drawn is None or item.id in drawn else None

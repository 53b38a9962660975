"""Helpers for web tests: find exercises and walk through them."""

from __future__ import annotations

import re

from sqlalchemy import select

from quizapp.extensions import db
from quizapp.models import Article, Attempt, Exercise


def exercise(slug: str, article_slug: str = "mini") -> Exercise:
    return db.session.scalar(
        select(Exercise)
        .join(Exercise.article)
        .where(Exercise.slug == slug, Article.slug == article_slug)
    )


def start(client, exercise_slug: str, article_slug: str = "mini") -> str:
    """Start (or resume) an exercise; return the URL of the first open item."""
    ex = exercise(exercise_slug, article_slug)
    response = client.post(f"/exercises/{ex.id}/start")
    assert response.status_code == 302, response.text
    response = client.get(response.location)
    assert response.status_code == 302
    return response.location


def item_urls(html: str) -> list[str]:
    return re.findall(r'href="(/attempts/\d+/items/\d+)"', html)


def latest_attempt(user) -> Attempt:
    return db.session.scalar(
        select(Attempt).where(Attempt.user_id == user.id).order_by(Attempt.id.desc())
    )

"""Helpers for web tests: find exercises and walk through them."""

from __future__ import annotations

import re
from contextlib import contextmanager

from flask import g
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


@contextmanager
def admin_client_with_csrf(app):
    """A test client of a second app on the test database with CSRF checked (the
    test apps turn it off), logged in as a new admin; closes that app's pool."""
    from ..conftest import csrf_token_from, make_app, make_user

    secured = make_app(app.config["SQLALCHEMY_DATABASE_URI"])

    @secured.before_request
    def forget_what_the_previous_request_cached():
        g.pop("_login_user", None)  # requests share the test's app context
        g.pop("csrf_token", None)

    with secured.app_context():
        make_user("boss", role="admin")
        client = secured.test_client()
        token = csrf_token_from(client.get("/auth/login").text)
        client.post(
            "/auth/login",
            data={"username": "boss", "password": "password123", "csrf_token": token},
        )
        try:
            yield client
        finally:
            db.session.remove()
            db.engine.dispose()  # this app's own pool: close its connections

"""Shared fixtures: an app on a throw-away database, a client, users and packs.

The database is SQLite in a temporary folder unless TEST_DATABASE_URL (or
DATABASE_URL) names another, e.g. the CI's PostgreSQL. Tables are created once
per session, emptied after every test and dropped at the end, so the suite
leaves a shared database as it found it.
"""

from __future__ import annotations

import re
import threading
from contextlib import contextmanager
from pathlib import Path

import pytest
from flask import g
from sqlalchemy import event, text

from quizapp import create_app
from quizapp.config import TestConfig
from quizapp.extensions import db
from quizapp.models import User
from quizapp.services.content import load_packs

FIXTURES = Path(__file__).parent / "fixtures"
MINI_PACK = FIXTURES / "packs" / "mini"
CONTENT = Path(__file__).parent.parent / "content"


@pytest.fixture(scope="session")
def _database_url(tmp_path_factory) -> str:
    url = TestConfig.TEST_DATABASE_URL
    if url:
        return url.replace("postgresql://", "postgresql+psycopg://", 1)
    return f"sqlite:///{tmp_path_factory.mktemp('db') / 'test.sqlite'}"


def make_app(database_url: str, **settings):
    return create_app({"SQLALCHEMY_DATABASE_URI": database_url, **settings})


@pytest.fixture(scope="session")
def _schema(_database_url):
    app = make_app(_database_url)
    with app.app_context():
        db.drop_all()
        db.create_all()
    yield _database_url
    with app.app_context():
        db.drop_all()
        db.engine.dispose()


@pytest.fixture()
def app(_schema):
    app = make_app(_schema, WTF_CSRF_ENABLED=False)

    @app.before_request
    def load_user_from_the_session_each_time():
        # Requests share the fixture's app context (and so `g`); drop the user
        # Flask-Login cached there so each request sees only its own cookie.
        g.pop("_login_user", None)

    with app.app_context():
        yield app
        db.session.remove()
        with db.engine.begin() as conn:
            for table in reversed(db.metadata.sorted_tables):
                conn.execute(table.delete())
        db.engine.dispose()


@pytest.fixture(scope="session")
def redis_url() -> str:
    """The test Redis server's URL; skips the test when no Redis answers there."""
    import redis

    url = TestConfig.TEST_REDIS_URL
    try:
        redis.Redis.from_url(url, socket_connect_timeout=1).ping()
    except redis.exceptions.RedisError as error:
        pytest.skip(f"no Redis at {url}: {error}")
    return url


@pytest.fixture()
def client(app):
    return app.test_client()


@pytest.fixture()
def runner(app):
    return app.test_cli_runner()


def make_user(username: str = "student", role: str = "student", **kwargs) -> User:
    """A saved user whose password is `password123`."""
    user = User(username=username, role=role, **kwargs)
    user.set_password("password123")
    db.session.add(user)
    db.session.commit()
    return user


class AuthActions:
    def __init__(self, client):
        self.client = client

    def login(self, username: str = "student", as_: str = "student") -> User:
        """Create (if needed) and log in a user with role `as_`."""
        user = db.session.scalar(db.select(User).filter_by(username=username))
        user = user or make_user(username, role=as_)
        response = self.client.post(
            "/auth/login", data={"username": username, "password": "password123"}
        )
        assert response.status_code == 302, response.text
        return user

    def logout(self):
        return self.client.post("/auth/logout", follow_redirects=True)


@pytest.fixture()
def auth(client):
    return AuthActions(client)


@pytest.fixture()
def mini_pack(app):
    """The small test pack, loaded."""
    [report] = load_packs(MINI_PACK)
    assert report.status == "created", report
    return report


def csrf_token_from(html: str) -> str:
    match = re.search(
        r'name="csrf_token" type="hidden" value="([^"]+)"', html
    ) or re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert match, "no CSRF token in the page"
    return match.group(1)


@pytest.fixture()
def count_statements(app):
    """`with count_statements() as seen:` lists the SQL statements the block
    sends to the database (SQLAlchemy's `before_cursor_execute`)."""

    @contextmanager
    def counting():
        seen: list[str] = []

        def record(conn, cursor, statement, parameters, context, executemany):
            seen.append(statement)

        event.listen(db.engine, "before_cursor_execute", record)
        try:
            yield seen
        finally:
            event.remove(db.engine, "before_cursor_execute", record)

    return counting


def count_rows(table: str) -> int:
    return db.session.execute(text(f"SELECT COUNT(*) FROM {table}")).scalar_one()


@pytest.fixture()
def lms(app, monkeypatch):
    """A fake LMS registered in quizapp, reachable by quizapp's HTTP calls."""
    from .lti_platform import FakePlatform, connect

    platform = FakePlatform()
    platform.register()
    connect(monkeypatch, platform)
    return platform


def in_threads(app, jobs) -> None:
    """Run each `job(barrier)` in its own thread with its own session; jobs
    wait on the barrier to act at once. Fails the test if any job raised."""
    barrier = threading.Barrier(len(jobs), timeout=60)
    errors = []

    def run(job):
        with app.app_context():
            try:
                job(barrier)
            except Exception as exc:  # noqa: BLE001 (reported below)
                errors.append(exc)
                barrier.abort()  # the others stop waiting for this one
            finally:
                db.session.remove()

    threads = [threading.Thread(target=run, args=(job,)) for job in jobs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert errors == []

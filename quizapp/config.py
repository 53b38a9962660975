"""Configuration: the only module that reads the environment."""

from __future__ import annotations

import os
import secrets
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _database_url(instance_path: str) -> str:
    url = os.environ.get("DATABASE_URL", "")
    if url.startswith("postgres://"):  # Heroku-style URLs name an old dialect
        url = "postgresql+psycopg://" + url.removeprefix("postgres://")
    elif url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    return url or f"sqlite:///{Path(instance_path) / 'quizapp.sqlite'}"


class Config:
    """Production-safe defaults; every value can come from the environment."""

    ENV_NAME = os.environ.get("QUIZAPP_ENV", "production")
    SECRET_KEY = os.environ.get("SECRET_KEY")
    SQLALCHEMY_DATABASE_URI: str | None = None  # filled in by `for_instance`
    CONTENT_DIR = os.environ.get("QUIZAPP_CONTENT_DIR", str(ROOT / "content"))

    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    SESSION_COOKIE_SECURE = os.environ.get("QUIZAPP_INSECURE_COOKIES") != "1"
    REMEMBER_COOKIE_HTTPONLY = True
    REMEMBER_COOKIE_SAMESITE = "Lax"
    REMEMBER_COOKIE_SECURE = SESSION_COOKIE_SECURE
    REMEMBER_COOKIE_DURATION = timedelta(days=14)
    PERMANENT_SESSION_LIFETIME = timedelta(days=7)
    WTF_CSRF_TIME_LIMIT = None  # the token lives as long as the session
    MAX_CONTENT_LENGTH = 2 * 1024 * 1024

    @classmethod
    def for_instance(cls, instance_path: str) -> dict:
        """The settings as a dict, with paths that depend on the instance folder."""
        settings = {k: getattr(cls, k) for k in dir(cls) if k.isupper()}
        settings["SQLALCHEMY_DATABASE_URI"] = _database_url(instance_path)
        return settings


def engine_options(database_uri: str) -> dict:
    """Engine settings that suit the database behind `database_uri`."""
    if database_uri.startswith("sqlite"):
        # SQLite serialises writers; wait for the lock instead of failing.
        return {"connect_args": {"timeout": 15}}
    return {"pool_pre_ping": True}


class DevelopmentConfig(Config):
    """`make run`: local HTTP, so cookies cannot demand HTTPS; a secret key kept
    in the instance folder so logins survive a restart."""

    ENV_NAME = "development"
    SESSION_COOKIE_SECURE = False
    REMEMBER_COOKIE_SECURE = False

    @classmethod
    def for_instance(cls, instance_path: str) -> dict:
        settings = super().for_instance(instance_path)
        if not settings["SECRET_KEY"]:
            key_file = Path(instance_path) / "dev-secret-key"
            if not key_file.exists():
                key_file.parent.mkdir(parents=True, exist_ok=True)
                key_file.write_text(secrets.token_hex(32))
                key_file.chmod(0o600)
            settings["SECRET_KEY"] = key_file.read_text().strip()
        return settings


class TestConfig(Config):
    """Tests: a throw-away database named by TEST_DATABASE_URL (never DATABASE_URL,
    so a test run cannot empty a real database), else a temporary SQLite file."""

    ENV_NAME = "test"
    TESTING = True
    SECRET_KEY = "test-secret"
    SESSION_COOKIE_SECURE = False
    REMEMBER_COOKIE_SECURE = False
    TEST_DATABASE_URL = os.environ.get("TEST_DATABASE_URL")
    # Tests that need Redis use this server (the machine's, in CI) and skip when
    # it does not answer; they write only under their own key prefixes.
    TEST_REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/0")


def pick_config() -> type[Config]:
    """The config class named by QUIZAPP_ENV (production unless told otherwise)."""
    env = os.environ.get("QUIZAPP_ENV", "production")
    return {"development": DevelopmentConfig, "test": TestConfig}.get(env, Config)

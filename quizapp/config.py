"""Configuration: the only module that reads the environment."""

from __future__ import annotations

import os
import secrets
import uuid
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _server_time_zone() -> str:
    """The server's IANA time zone name (e.g. "Europe/Paris"), else "UTC"."""
    import tzlocal

    try:
        name = tzlocal.get_localzone_name() or "UTC"
    except Exception:  # an odd /etc/localtime must not stop the app
        return "UTC"
    return "UTC" if name in ("Etc/UTC", "Etc/Universal", "UCT", "Zulu") else name


def _database_url(instance_path: str) -> str:
    url = os.environ.get("DATABASE_URL", "")
    if url.startswith("postgres://"):  # Heroku-style URLs name an old dialect
        url = "postgresql+psycopg://" + url.removeprefix("postgres://")
    elif url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    return url or f"sqlite:///{Path(instance_path) / 'quizapp.sqlite'}"


#: Seconds a SQLite connection waits for another writer before giving up.
SQLITE_BUSY_SECONDS = 15


class Config:
    """Production-safe defaults; every value can come from the environment."""

    ENV_NAME = os.environ.get("QUIZAPP_ENV", "production")
    SECRET_KEY = os.environ.get("SECRET_KEY")
    #: Encrypts secrets stored in the database (the LRS password); SECRET_KEY
    #: when unset. Set it to the old SECRET_KEY to rotate that one alone.
    DATA_KEY = os.environ.get("QUIZAPP_DATA_KEY") or None
    SQLALCHEMY_DATABASE_URI: str | None = None  # filled in by `for_instance`
    CONTENT_DIR = os.environ.get("QUIZAPP_CONTENT_DIR", str(ROOT / "content"))
    #: New classes start in this time zone (teachers can change theirs).
    DEFAULT_TIME_ZONE = os.environ.get("QUIZAPP_TIME_ZONE") or _server_time_zone()

    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    SESSION_COOKIE_SECURE = os.environ.get("QUIZAPP_INSECURE_COOKIES") != "1"
    # `__Host-` cookies are sent only over HTTPS, for the whole host (Path=/) and
    # never to subdomains. Behind a path prefix keep SESSION_COOKIE_PATH=/ (the
    # default here) or set QUIZAPP_COOKIE_PREFIX=__Secure- (see README).
    COOKIE_PREFIX = os.environ.get(
        "QUIZAPP_COOKIE_PREFIX", "__Host-" if SESSION_COOKIE_SECURE else ""
    )
    SESSION_COOKIE_NAME = f"{COOKIE_PREFIX}session"
    SESSION_COOKIE_PATH = "/"
    REMEMBER_COOKIE_NAME = f"{COOKIE_PREFIX}remember_token"
    REMEMBER_COOKIE_HTTPONLY = True
    REMEMBER_COOKIE_SAMESITE = "Lax"
    REMEMBER_COOKIE_SECURE = SESSION_COOKIE_SECURE
    #: "Keep me logged in": how long the remember-me cookie lasts (revoked at
    #: once by logout, logout everywhere, password change and reset).
    REMEMBER_COOKIE_DURATION = timedelta(
        days=int(os.environ.get("QUIZAPP_REMEMBER_DAYS", "14"))
    )
    #: A session unused this long ends (the user logs in again).
    SESSION_IDLE_TIMEOUT = timedelta(
        minutes=int(os.environ.get("QUIZAPP_SESSION_IDLE_MINUTES", "60"))
    )
    #: A session ends this long after its login, however busy.
    SESSION_ABSOLUTE_LIFETIME = timedelta(
        hours=int(os.environ.get("QUIZAPP_SESSION_MAX_HOURS", "12"))
    )
    PERMANENT_SESSION_LIFETIME = SESSION_ABSOLUTE_LIFETIME
    #: Strict-Transport-Security max-age in production (0: no header).
    HSTS_SECONDS = int(os.environ.get("QUIZAPP_HSTS_SECONDS", str(365 * 24 * 3600)))
    #: How many proxies in front of the app set X-Forwarded-For (0: none); the
    #: client address (throttling, audit log) is read through them.
    PROXY_HOPS = int(os.environ.get("QUIZAPP_PROXY_HOPS", "0"))

    # Throttling (Flask-Limiter): shared through Redis when REDIS_URL is set,
    # which every deployment with more than one process needs; else in memory.
    # xAPI statements also go through an RQ queue there when it is set.
    REDIS_URL = os.environ.get("REDIS_URL")
    RATELIMIT_ENABLED = True
    #: Starts every throttle key (several apps can share one Redis).
    THROTTLE_KEY_PREFIX = os.environ.get("QUIZAPP_THROTTLE_PREFIX", "quizapp")
    RATELIMIT_HEADERS_ENABLED = True
    # If Redis stops answering: count in each process's memory until it is
    # back, and never turn a request into an error page.
    RATELIMIT_IN_MEMORY_FALLBACK_ENABLED = True
    RATELIMIT_SWALLOW_ERRORS = True
    #: Failed logins per account: a short back-off, then a longer lock. The
    #: right password does not get through while either is reached.
    LOGIN_FAILURES_PER_ACCOUNT = "5 per minute; 20 per hour"
    #: Failed logins per client address (a school shares one address).
    LOGIN_FAILURES_PER_ADDRESS = "60 per minute; 600 per hour"
    #: Accounts created per client address.
    REGISTRATIONS_PER_ADDRESS = "100 per hour; 1000 per day"
    #: Wrong join codes per user.
    JOIN_ATTEMPTS_PER_USER = "10 per minute; 30 per hour"
    #: Wrong reset codes per account and per client address.
    RESET_FAILURES_PER_ACCOUNT = "5 per 15 minutes"
    RESET_FAILURES_PER_ADDRESS = "30 per 15 minutes"
    PACK_IMPORTS_PER_USER = "10 per minute; 60 per hour"
    ANALYSES_PER_USER = "10 per minute; 100 per hour"
    #: LTI login initiations from one address: each stores a nonce (a school
    #: behind one address opens an activity all at once, so it is generous).
    LTI_LOGINS_PER_ADDRESS = "300 per minute; 5000 per hour"
    #: A password reset code is valid this long and once.
    RESET_CODE_LIFETIME = timedelta(hours=24)
    WTF_CSRF_TIME_LIMIT = None  # the token lives as long as the session
    MAX_CONTENT_LENGTH = 2 * 1024 * 1024
    #: One text field of a form may fill the request (Flask's default, 500 KB,
    #: refused a pasted web page an upload of the same file got through).
    MAX_FORM_MEMORY_SIZE = MAX_CONTENT_LENGTH

    #: A Learning Record Store to send xAPI statements to (off when unset):
    #: its statements endpoint base, e.g. https://lrs.example.org/xapi/.
    XAPI_ENDPOINT = os.environ.get("XAPI_ENDPOINT") or None
    XAPI_USERNAME = os.environ.get("XAPI_USERNAME", "")
    XAPI_PASSWORD = os.environ.get("XAPI_PASSWORD", "")
    #: The IRI activities and accounts are named under (default: the site's URL).
    XAPI_BASE_IRI = os.environ.get("XAPI_BASE_IRI") or None
    #: LTI 1.3: refuse launch tokens past their `exp` (only tests that replay
    #: recorded launches turn it off).
    LTI_VERIFY_EXPIRY = True
    #: Seconds pylti1p3's state, nonce and launch data are kept (a teacher picks
    #: a deep-linked set within it; `flask lti send-scores` deletes older ones).
    LTI_LAUNCH_LIFETIME = 3600
    #: The RQ queue gradebook scores go through when REDIS_URL is set.
    LTI_QUEUE = os.environ.get("QUIZAPP_LTI_QUEUE", "lti")
    # Live games: REDIS_URL (above) also carries their events across gunicorn
    # workers and hosts (pub/sub); without it, one process fans out in memory.
    #: Channel names of live-game events start with this.
    LIVE_CHANNEL_PREFIX = os.environ.get("QUIZAPP_LIVE_PREFIX", "quizapp:live:")
    #: A live game nobody has touched for this long ends by itself.
    LIVE_IDLE_MINUTES = int(os.environ.get("QUIZAPP_LIVE_IDLE_MINUTES", "30"))
    #: Any request to a live page ends idle games, at most this often (seconds)
    #: per process; `flask live sweep` does it on demand.
    LIVE_SWEEP_SECONDS = int(os.environ.get("QUIZAPP_LIVE_SWEEP_SECONDS", "60"))
    #: Guests' answers and nicknames are deleted this long after a game ends.
    LIVE_GUEST_RETENTION_DAYS = int(
        os.environ.get("QUIZAPP_LIVE_GUEST_RETENTION_DAYS", "30")
    )
    #: Close each timed question on a timer of its own (besides every request
    #: checking the clock).
    LIVE_TIMERS = True
    #: The host's count of answers is sent at most this often per game.
    LIVE_COUNT_INTERVAL_MS = int(os.environ.get("QUIZAPP_LIVE_COUNT_MS", "150"))
    #: Failed PIN look-ups allowed per client address.
    LIVE_PIN_LIMIT = os.environ.get("QUIZAPP_LIVE_PIN_LIMIT", "10 per minute")

    # Database connections (PostgreSQL). Each sync worker uses one connection at
    # a time, so a small pool per process is plenty; size the server's
    # max_connections for hosts x workers x (pool + overflow).
    #: Connections each process keeps open.
    DB_POOL_SIZE = int(os.environ.get("QUIZAPP_DB_POOL_SIZE", "5"))
    #: Extra connections a process may open at a busy moment.
    DB_MAX_OVERFLOW = int(os.environ.get("QUIZAPP_DB_MAX_OVERFLOW", "10"))
    #: Seconds after which a connection is replaced (below any idle timeout of
    #: a proxy or firewall between the app and the database).
    DB_POOL_RECYCLE = int(os.environ.get("QUIZAPP_DB_POOL_RECYCLE", "1800"))
    #: Test each connection with a round trip before use (costs one per
    #: request; turn on only when connections die without notice).
    DB_PRE_PING = os.environ.get("QUIZAPP_DB_PRE_PING") == "1"
    #: Seconds a class leaderboard is served from Redis before it is counted
    #: again (0: always counted). New scores show after at most this long.
    LEADERBOARD_CACHE_SECONDS = int(os.environ.get("QUIZAPP_LEADERBOARD_CACHE", "5"))

    @classmethod
    def for_instance(cls, instance_path: str) -> dict:
        """The settings as a dict, with paths that depend on the instance folder."""
        settings = {k: getattr(cls, k) for k in dir(cls) if k.isupper()}
        settings["SQLALCHEMY_DATABASE_URI"] = _database_url(instance_path)
        return settings


def engine_options(database_uri: str, settings: dict | None = None) -> dict:
    """Engine settings that suit the database behind `database_uri` (pool sizes
    from `settings`, the app's config, else the defaults above)."""
    settings = settings or {}
    if database_uri.startswith("sqlite"):
        # SQLite serialises writers; wait for the lock instead of failing. WAL
        # and synchronous=NORMAL are set on connect (quizapp/engine.py).
        return {"connect_args": {"timeout": SQLITE_BUSY_SECONDS}}
    return {
        "pool_size": settings.get("DB_POOL_SIZE", Config.DB_POOL_SIZE),
        "max_overflow": settings.get("DB_MAX_OVERFLOW", Config.DB_MAX_OVERFLOW),
        "pool_recycle": settings.get("DB_POOL_RECYCLE", Config.DB_POOL_RECYCLE),
        "pool_pre_ping": settings.get("DB_PRE_PING", Config.DB_PRE_PING),
    }


class DevelopmentConfig(Config):
    """`make run`: local HTTP, so cookies cannot demand HTTPS; a secret key kept
    in the instance folder so logins survive a restart."""

    ENV_NAME = "development"
    SESSION_COOKIE_SECURE = False
    REMEMBER_COOKIE_SECURE = False
    COOKIE_PREFIX = ""
    SESSION_COOKIE_NAME = "session"
    REMEMBER_COOKIE_NAME = "remember_token"
    HSTS_SECONDS = 0

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
    COOKIE_PREFIX = ""
    SESSION_COOKIE_NAME = "session"
    REMEMBER_COOKIE_NAME = "remember_token"
    HSTS_SECONDS = 0
    # Throttling stays on in tests, in memory unless a test names a Redis URL.
    REDIS_URL = None
    TEST_DATABASE_URL = os.environ.get("TEST_DATABASE_URL")
    # Tests that need Redis use this server (the machine's, in CI) and skip when
    # it does not answer; they write only under their own key prefixes.
    TEST_REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
    XAPI_ENDPOINT = None  # a test that wants an LRS passes its own
    LEADERBOARD_CACHE_SECONDS = 0  # tests read standings fresh unless they ask
    LIVE_TIMERS = False  # tests close questions with an explicit clock
    LIVE_COUNT_INTERVAL_MS = 0  # every answer tells the host at once

    @classmethod
    def for_instance(cls, instance_path: str) -> dict:
        settings = super().for_instance(instance_path)
        # Every test app counts its own throttles, so tests never trip each
        # other (tests that share counters pass a prefix of their own).
        settings["THROTTLE_KEY_PREFIX"] = f"quizapp-test-{uuid.uuid4().hex}"
        return settings


def pick_config() -> type[Config]:
    """The config class named by QUIZAPP_ENV (production unless told otherwise)."""
    env = os.environ.get("QUIZAPP_ENV", "production")
    return {"development": DevelopmentConfig, "test": TestConfig}.get(env, Config)

"""Throttling with Flask-Limiter: the limits, their keys, and what a client
that reaches one is told.

Counters live in Redis when REDIS_URL is set (shared by every process of a
deployment), in memory otherwise. Routes use `limiter.limit(...)` with a
setting's name; failed logins are counted by hand (`login_lock`,
`count_login_failure`) because only failures count and a reached limit must
hold even for the right password.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import wraps

from flask import Flask, current_app, g, request
from flask_limiter import Limiter, RateLimitExceeded
from flask_login import current_user
from limits import RateLimitItem, parse_many


def _key(*parts: object) -> str:
    # The app's own prefix (not Flask-Limiter's, which the first app fixes for
    # every later one): apps sharing a Redis keep their counters apart.
    return "|".join([current_app.config["THROTTLE_KEY_PREFIX"], *map(str, parts)])


def address_key() -> str:
    """Throttle per client address."""
    return _key("address", request.remote_addr or "unknown")


limiter = Limiter(key_func=address_key)

#: Endpoints that carry no limit and take a whole class at once (the answer
#: path): Flask-Limiter's hooks around each request (before, after and
#: teardown; about 4.5% of an answer's instructions) do not run for them, so
#: nothing of Flask-Limiter's is consulted for them. A test checks that none of
#: them declares a limit.
UNTHROTTLED_ENDPOINTS = frozenset({"learn.item"})


def _spare_unthrottled(hook: Callable) -> Callable:
    """`hook` (one of Flask-Limiter's), skipped for UNTHROTTLED_ENDPOINTS."""

    @wraps(hook)
    def guarded(*args):
        if request.endpoint in UNTHROTTLED_ENDPOINTS:
            return args[0] if args else None  # an after-request hook's response
        return hook(*args)

    guarded.spares = hook  # for tests
    return guarded


def _init_limiter(app: Flask) -> None:
    """`limiter.init_app`, with the request hooks it adds app-wide wrapped by
    `_spare_unthrottled`. Flask-Limiter 4.1 has no switch for this: its hooks
    run for every request, and a request filter or an exemption only makes them
    find no limit (the documented per-blueprint limits use the same hooks)."""
    hooks = (
        app.before_request_funcs,
        app.after_request_funcs,
        app.teardown_request_funcs,
    )
    before = [list(funcs.get(None, ())) for funcs in hooks]
    limiter.init_app(app)
    for funcs, known in zip(hooks, before, strict=True):
        funcs[None] = [
            f if f in known else _spare_unthrottled(f) for f in funcs.get(None, ())
        ]


def init_app(app: Flask) -> None:
    """Point the limiter at Redis (REDIS_URL) or memory, and explain 429s."""
    app.config.setdefault(
        "RATELIMIT_STORAGE_URI", app.config.get("REDIS_URL") or "memory://"
    )
    if app.config["RATELIMIT_STORAGE_URI"].startswith("redis"):
        app.config.setdefault(
            "RATELIMIT_STORAGE_OPTIONS", {"socket_connect_timeout": 2}
        )
    _init_limiter(app)
    # The one Limiter serves every app made in a process (tests make many):
    # a storage outage seen by an earlier app must not carry over.
    limiter._storage_dead = False


def setting(name: str):
    """A limit string read from the app's config when a request needs it."""
    return lambda: current_app.config[name]


def user_key() -> str:
    """Throttle per logged-in user (per address for anonymous requests)."""
    if current_user.is_authenticated:
        return _key("user", current_user.id)
    return address_key()


def username_key() -> str:
    """Throttle per account named in the form."""
    return _key("account", (request.form.get("username") or "").strip().lower()[:40])


def failed(response) -> bool:
    """Count a request only when the form was refused (not on success)."""
    return response.status_code >= 400


def count_this_request() -> None:
    """Mark the request as one that did the work a `worked` limit bounds (the
    view calls it once the cheap checks of its form have passed)."""
    g.throttle_counts = True


def worked(response) -> bool:
    """Count a request only when its view did the costly work (see
    `count_this_request`): a form refused by its own checks costs nothing."""
    return bool(g.get("throttle_counts"))


def wait_text(reset_at: float) -> str:
    """How long to wait until `reset_at` (epoch seconds, which Flask-Limiter
    rounds up a second): "1 minute" for a limit of a minute."""
    wait = max(1, math.ceil((reset_at - 1 - time.time()) / 60))
    return "1 minute" if wait == 1 else f"{wait} minutes"


def with_retry_after(response, reset_at: float):
    """`response` with the Retry-After header for a limit resetting at `reset_at`."""
    response.headers["Retry-After"] = str(max(1, math.ceil(reset_at - time.time())))
    return response


@dataclass(frozen=True)
class Lock:
    """Why and until when logging in is paused."""

    scope: str  # "account" or "address"
    until: float  # epoch seconds

    @property
    def minutes(self) -> int:
        return max(1, math.ceil((self.until - time.time()) / 60))

    @property
    def retry_after(self) -> int:
        return max(1, math.ceil(self.until - time.time()))

    @property
    def until_text(self) -> str:
        return datetime.fromtimestamp(self.until, UTC).strftime("%H:%M UTC")

    @property
    def message(self) -> str:
        who = "this account" if self.scope == "account" else "your network"
        wait = "1 minute" if self.minutes == 1 else f"{self.minutes} minutes"
        return (
            f"Too many failed logins for {who}: logging in is paused until "
            f"{self.until_text} (in {wait}). Please try again then; "
            "a teacher can reset a forgotten password."
        )


def _login_limits(username: str, address: str):
    config = current_app.config
    if not config.get("RATELIMIT_ENABLED", True):
        return
    prefix = config["THROTTLE_KEY_PREFIX"]
    name = username.strip().lower()[:40]
    for scope, setting_name, key in (
        ("account", "LOGIN_FAILURES_PER_ACCOUNT", name),
        ("address", "LOGIN_FAILURES_PER_ADDRESS", address or "unknown"),
    ):
        for item in parse_many(config[setting_name]):
            yield scope, item, [prefix, f"login-{scope}", key]


def _lock_for(scope: str, item: RateLimitItem, args: list[str]) -> Lock | None:
    try:
        if limiter.limiter.test(item, *args):
            return None
        reset_at, _remaining = limiter.limiter.get_window_stats(item, *args)
    except Exception:  # storage down: log it and let logins through
        current_app.logger.exception("Login throttle storage failed")
        return None
    return Lock(scope, reset_at)


def login_lock(username: str, address: str) -> Lock | None:
    """The longest pause on logging in as `username` from `address`, if any."""
    locks = [
        lock
        for scope, item, args in _login_limits(username, address)
        if (lock := _lock_for(scope, item, args)) is not None
    ]
    return max(locks, key=lambda lock: lock.until, default=None)


def count_login_failure(username: str, address: str) -> Lock | None:
    """Count a failed login; the pause it starts, if it reaches a limit."""
    try:
        for _scope, item, args in _login_limits(username, address):
            limiter.limiter.hit(item, *args)
    except Exception:  # storage down: log it and let logins through
        current_app.logger.exception("Login throttle storage failed")
    return login_lock(username, address)


def clear_login_failures(username: str, address: str) -> None:
    """Forget the account's failures (after a successful login or a reset)."""
    try:
        for scope, item, args in _login_limits(username, address):
            if scope == "account":
                limiter.limiter.clear(item, *args)
    except Exception:  # storage down: nothing to forget
        current_app.logger.exception("Login throttle storage failed")


def too_many_requests(exc: RateLimitExceeded):
    """The message for a throttled request: what happened and when to retry."""
    from .errors import error_response

    if exc.response is not None:  # the limit's own page (its `on_breach`)
        return exc.response
    current = limiter.current_limit
    # Hitting a limit is an attempt to get past anti-automation: log it (the
    # audit log keeps login pauses; these go to the application log).
    current_app.logger.warning(
        "Throttled: %s %s from %s (%s)",
        request.method,
        request.path,
        request.remote_addr,
        exc.description,
    )
    when = wait_text(current.reset_at) if current else "1 minute"
    response, code = error_response(
        429,
        f"Too many attempts in a short time. Please wait {when} and try again.",
    )
    response = current_app.make_response((response, code))
    return with_retry_after(response, current.reset_at) if current else response

"""Sessions that end: loading the user from a session or remember-me cookie,
idle timeout and absolute lifetime.

A session (and a remember-me cookie) names the user as `"<id>:<token>"`
(`User.get_id`). The token is the user's `session_token`: logging out, logging
out everywhere, changing or resetting the password and deactivation replace
it, which ends every copy of every session and remember-me cookie of the user.
A session also ends after SESSION_IDLE_TIMEOUT without a request and
SESSION_ABSOLUTE_LIFETIME after its login; a remember-me cookie (when the user
asked for one) then starts a new session until REMEMBER_COOKIE_DURATION ends.
"""

from __future__ import annotations

import hmac
import time

from flask import Flask, current_app, g, session
from flask_login import login_user, user_loaded_from_cookie
from sqlalchemy import bindparam, select

from ..extensions import db, login_manager
from ..models import User
from ..services._sql import persistent, run

#: Session keys of a login (Flask-Login's and ours).
LOGIN_KEYS = ("_user_id", "_fresh", "_id", "auth_at", "seen_at")


def load_user(user_id: str) -> User | None:
    """The user a session names, if the token is current and the account active."""
    number, _, token = user_id.partition(":")
    if not number.isdigit() or not token or int(number) > 2**31 - 1:
        return None
    user = _user(int(number))
    if user is None or not user.is_active:
        return None
    if not hmac.compare_digest(user.session_token.encode(), token.encode()):
        return None
    return user


#: Every column of the user, built once (each request binds the id).
_USER_ROW = select(*User.__table__.c).where(User.__table__.c.id == bindparam("id"))


def _user(user_id: int) -> User | None:
    """The user with this id: the session's own copy when it has one, else one
    Core SELECT made into a persistent User without the ORM's query machinery
    (a fifth of a submit's CPU went to `session.get` here)."""
    if db.session.identity_map.get(db.session.identity_key(User, user_id)):
        return db.session.get(User, user_id)
    row = run(_USER_ROW, {"id": user_id}).mappings().first()
    return None if row is None else persistent(User, dict(row))


def begin_session(user: User, remember: bool = False) -> None:
    """A fresh session for `user` (no fixation): clear, log in, start the clocks."""
    session.clear()
    login_user(user, remember=remember)
    _start_clocks()


def _now() -> int:
    return int(time.time())


def _start_clocks(*_args, **_kwargs) -> None:
    now = _now()
    session["auth_at"] = now
    session["seen_at"] = now


def _end_expired_session() -> None:
    if "_user_id" not in session:
        return
    config = current_app.config
    now = _now()
    started = session.get("auth_at")
    seen = session.get("seen_at", started)
    idle = config["SESSION_IDLE_TIMEOUT"].total_seconds()
    lifetime = config["SESSION_ABSOLUTE_LIFETIME"].total_seconds()
    if started is None or now - started > lifetime or now - seen > idle:
        for key in LOGIN_KEYS:
            session.pop(key, None)
        g.pop("_login_user", None)
    elif now - seen >= 30:  # refresh now and then, not on every request
        session["seen_at"] = now


def init_app(app: Flask) -> None:
    login_manager.user_loader(load_user)
    app.before_request(_end_expired_session)
    user_loaded_from_cookie.connect(_start_clocks, app)

"""Password reset without e-mail: a teacher (for a student of their own class)
or an admin (for anyone) gets a one-time code to hand to the user, who sets a
new password with it. The code is shown once, stored only as a hash, expires
after RESET_CODE_LIFETIME and works once; issuing it ends the user's sessions
and so does using it."""

from __future__ import annotations

import hashlib
import hmac
import secrets

from flask import current_app
from sqlalchemy import select

from ..extensions import db
from ..models import Classroom, Membership, User
from ..models._base import utcnow
from . import audit
from .accounts import AccountError, check_new_password, find_user

#: No 0/O or 1/I/L, which read alike when copied from a screen.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_LENGTH = 12  # about 59 bits
INVALID = "That code is not valid: it may be mistyped, used or expired."


def _digest(code: str) -> str:
    normal = "".join(code.split()).replace("-", "").upper()
    key = current_app.config["SECRET_KEY"].encode()
    return hmac.new(key, normal.encode(), hashlib.sha256).hexdigest()


def can_reset(actor: User, user: User) -> bool:
    """Admins reset anyone else; teachers reset students of their own classes."""
    if actor.id == user.id:
        return False
    if actor.role == "admin":
        return True
    if actor.role != "teacher" or user.role != "student":
        return False
    return (
        db.session.scalar(
            select(Membership.id)
            .join(Classroom, Classroom.id == Membership.classroom_id)
            .where(Membership.user_id == user.id, Classroom.teacher_id == actor.id)
            .limit(1)
        )
        is not None
    )


def issue_reset_code(actor: User, user: User) -> str:
    """A new one-time code for `user` (replacing any earlier one); shown once."""
    if not can_reset(actor, user):
        raise AccountError("You cannot reset that account's password.")
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    user.reset_code_hash = _digest(raw)
    user.reset_expires_at = utcnow() + current_app.config["RESET_CODE_LIFETIME"]
    user.end_sessions()
    audit.record(
        "password.reset_issued",
        actor=actor,
        subject=user,
        details={"expires_at": user.reset_expires_at.isoformat(timespec="minutes")},
    )
    db.session.commit()
    return "-".join(raw[i : i + 4] for i in range(0, CODE_LENGTH, 4))


def redeem_reset_code(username: str, code: str, new_password: str) -> User:
    """Set `username`'s password with a valid code; AccountError otherwise."""
    user = find_user(username)
    valid = (
        user is not None
        and user.reset_code_hash is not None
        and user.reset_expires_at is not None
        and user.reset_expires_at > utcnow()
        and hmac.compare_digest(user.reset_code_hash, _digest(code))
    )
    if not valid:
        raise AccountError(INVALID)
    check_new_password(new_password, user.username)
    user.set_password(new_password)
    user.reset_code_hash = None
    user.reset_expires_at = None
    user.end_sessions()
    audit.record("password.reset_used", actor=user, subject=user)
    db.session.commit()
    return user

"""Accounts: registering, authenticating and promoting users."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from ..extensions import db
from ..models import ROLES, User

# Checked against when the user does not exist, so a failed login takes as long
# whether or not the name is known (no user enumeration by timing).
_DUMMY = User(username="", password_hash="")
_DUMMY.set_password("not-a-real-password")


class AccountError(ValueError):
    """A request about accounts that cannot be honoured; the message says why."""


def find_user(username: str) -> User | None:
    """The user with this username (case-insensitive), if any."""
    return db.session.scalar(
        select(User).where(User.username == username.strip().lower())
    )


def get_user(user_id: int) -> User | None:
    return db.session.get(User, user_id)


def list_users(query: str = "", limit: int = 200) -> list[User]:
    """Users whose username contains `query`, alphabetically."""
    stmt = select(User).order_by(User.username).limit(limit)
    if query.strip():
        needle = query.strip().lower()
        for char in "\\%_":  # LIKE wildcards match themselves
            needle = needle.replace(char, "\\" + char)
        stmt = stmt.where(User.username.like(f"%{needle}%", escape="\\"))
    return list(db.session.scalars(stmt))


def register_student(username: str, password: str) -> User:
    """Create a student account; AccountError if the username is taken."""
    user = User(username=username.strip().lower(), role="student")
    user.set_password(password)
    db.session.add(user)
    try:
        db.session.commit()
    except IntegrityError:
        db.session.rollback()
        raise AccountError("That username is taken; please choose another.") from None
    return user


def authenticate(username: str, password: str) -> User | None:
    """The user when the password matches; None otherwise, in constant-ish time."""
    user = find_user(username)
    if user is None:
        _DUMMY.check_password(password)
        return None
    return user if user.check_password(password) else None


def set_role(username: str, role: str) -> User:
    """Give `username` the role `role` (student, teacher or admin)."""
    if role not in ROLES:
        raise AccountError(f"Unknown role {role!r}; use one of {', '.join(ROLES)}.")
    user = find_user(username)
    if user is None:
        raise AccountError(f"No user named {username!r}.")
    user.role = role
    db.session.commit()
    return user

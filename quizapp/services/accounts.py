"""Accounts: registering, logging in and out, passwords, roles and
deactivation. Every change that matters for security is written to the audit
log in the same transaction."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from .. import throttling
from ..extensions import db
from ..models import ROLES, User
from ..models._base import utcnow
from ..passwords import hash_password, password_problem, verify_password
from . import audit

# Checked against when the user does not exist, so a failed login takes as long
# whether or not the name is known (no user enumeration by timing).
_DUMMY_HASH = hash_password("not-a-real-password")

WRONG_CREDENTIALS = "Wrong username or password."
DEACTIVATED = (
    "This account is deactivated. Ask your teacher or the school's administrator."
)


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


def check_new_password(password: str, username: str) -> None:
    """AccountError saying why `password` cannot be used by `username`."""
    problem = password_problem(password, username)
    if problem:
        raise AccountError(problem)


def register_student(username: str, password: str) -> User:
    """Create a student account; AccountError if the username is taken or the
    password too weak."""
    username = username.strip().lower()
    check_new_password(password, username)
    user = User(username=username, role="student")
    user.set_password(password)
    db.session.add(user)
    try:
        db.session.commit()
    except IntegrityError:
        db.session.rollback()
        raise AccountError("That username is taken; please choose another.") from None
    return user


def authenticate(username: str, password: str) -> User | None:
    """The user when the password matches; None otherwise, in constant-ish time
    (no throttling and no log: `log_in` is what the login page uses)."""
    user = find_user(username)
    if user is None:
        verify_password(_DUMMY_HASH, password)
        return None
    return user if user.check_password(password) else None


@dataclass
class LoginOutcome:
    """What a login attempt gave: the user, or the message to show (and the
    pause on further attempts, when one is in force)."""

    user: User | None = None
    message: str = ""
    lock: throttling.Lock | None = None


def log_in(username: str, password: str) -> LoginOutcome:
    """Check a login, throttled per account and per client address.

    While a pause is in force nothing is checked, so not even the right
    password gets through. A wrong password counts towards both limits; the
    attempt that reaches one is logged as a lockout. An old password hash is
    upgraded to argon2id on success.
    """
    address = audit.client_address() or "unknown"
    name = username.strip().lower()
    # Names that match no account are not logged: people type their password
    # into the username field by mistake.
    lock = throttling.login_lock(name, address)
    if lock is not None:
        audit.record(
            "login.failure",
            subject=find_user(name),
            details={"reason": f"paused ({lock.scope})"},
            commit=True,
        )
        return LoginOutcome(message=lock.message, lock=lock)
    user = authenticate(name, password)
    if user is None:
        known = find_user(name)
        audit.record(
            "login.failure",
            subject=known,
            details={"reason": "wrong password" if known else "unknown username"},
        )
        lock = throttling.count_login_failure(name, address)
        if lock is not None:
            audit.record(
                "login.lockout",
                subject=known,
                details={"scope": lock.scope, "until": lock.until_text},
            )
        db.session.commit()
        return LoginOutcome(
            message=lock.message if lock else WRONG_CREDENTIALS, lock=lock
        )
    if not user.is_active:
        audit.record("login.failure", subject=user, details={"reason": "deactivated"})
        db.session.commit()
        return LoginOutcome(message=DEACTIVATED)
    throttling.clear_login_failures(name, address)
    user.last_login_at = utcnow()
    audit.record("login.success", actor=user, subject=user)
    db.session.commit()  # also saves an upgraded hash
    return LoginOutcome(user=user)


def log_out(user: User) -> None:
    """End every session and remember-me cookie of `user`, here and elsewhere
    (a copied cookie stops working too)."""
    user.end_sessions()
    audit.record("logout", actor=user, subject=user)
    db.session.commit()


def log_out_everywhere(
    user: User, actor: User | None = None, via: str | None = None
) -> None:
    """End all of `user`'s sessions on every device (the caller starts a new
    one for the current device). `actor` is the admin who asked, if not the
    user; `via` names another way it was asked (the command line)."""
    user.end_sessions()
    audit.record(
        "logout.everywhere",
        actor=actor or (None if via else user),
        subject=user,
        details={"via": via} if via else None,
    )
    db.session.commit()


def log_out_all_users() -> int:
    """End every session of every user (e.g. after a suspected leak)."""
    users = list(db.session.scalars(select(User)))
    for user in users:
        user.end_sessions()
    audit.record(
        "logout.everywhere", details={"users": len(users), "via": "command line"}
    )
    db.session.commit()
    return len(users)


def change_password(user: User, current: str, new: str) -> None:
    """Set a new password, given the current one; ends every other session."""
    if not user.check_password(current):
        raise AccountError("Your current password is not right.")
    if new == current:
        raise AccountError("Choose a password different from your current one.")
    check_new_password(new, user.username)
    user.set_password(new)
    user.end_sessions()
    audit.record("password.change", actor=user, subject=user)
    db.session.commit()


def set_role(username: str, role: str, actor: User | None = None) -> User:
    """Give `username` the role `role` (student, teacher or admin)."""
    if role not in ROLES:
        raise AccountError(f"Unknown role {role!r}; use one of {', '.join(ROLES)}.")
    user = find_user(username)
    if user is None:
        raise AccountError(f"No user named {username!r}.")
    if user.role != role:
        audit.record(
            "role.change",
            actor=actor,
            subject=user,
            details={"from": user.role, "to": role},
        )
        user.role = role
    db.session.commit()
    return user


def set_active(actor: User, user: User, is_active: bool) -> None:
    """Deactivate (no login, every session ends) or reactivate an account."""
    if user.id == actor.id and not is_active:
        raise AccountError("You cannot deactivate your own account.")
    if user.is_active == is_active:
        return
    user.is_active = is_active
    user.deactivated_at = None if is_active else utcnow()
    user.end_sessions()
    action = "account.reactivate" if is_active else "account.deactivate"
    audit.record(action, actor=actor, subject=user)
    db.session.commit()

from __future__ import annotations

import secrets
from datetime import datetime

from flask_login import UserMixin
from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from ..extensions import db
from ..passwords import hash_password, verify_password
from ._base import utcnow

ROLES = ("student", "teacher", "admin")


def new_session_token() -> str:
    """A random token that every session and remember-me cookie of a user carries."""
    return secrets.token_urlsafe(24)


class User(UserMixin, db.Model):
    """Someone who logs in. Usernames are stored lower-case and never shown to
    classmates; `nickname` is what leaderboards show."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(40), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(16), default="student")
    nickname: Mapped[str | None] = mapped_column(String(40))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    #: Part of every session's and remember-me cookie's id (`get_id`): replacing
    #: it ends every session of the user at once (logout everywhere, password
    #: change or reset, deactivation).
    session_token: Mapped[str] = mapped_column(String(64), default=new_session_token)
    #: False once an admin deactivates the account: it cannot log in.
    is_active: Mapped[bool] = mapped_column(default=True)
    deactivated_at: Mapped[datetime | None]
    last_login_at: Mapped[datetime | None]
    #: A one-time password reset code (hashed), valid until `reset_expires_at`.
    reset_code_hash: Mapped[str | None] = mapped_column(String(128))
    reset_expires_at: Mapped[datetime | None]

    def set_password(self, password: str) -> None:
        self.password_hash = hash_password(password)

    def check_password(self, password: str) -> bool:
        """True when `password` matches; upgrades an old or weaker hash in place
        (the caller commits)."""
        matches, new_hash = verify_password(self.password_hash, password)
        if matches and new_hash:
            self.password_hash = new_hash
        return matches

    def get_id(self) -> str:
        return f"{self.id}:{self.session_token}"

    def end_sessions(self) -> None:
        """Invalidate every session and remember-me cookie of this user."""
        self.session_token = new_session_token()

    @property
    def display_name(self) -> str:
        """What classmates see: the nickname, never the username."""
        return self.name_for(self.id, self.nickname)

    @staticmethod
    def name_for(user_id: int, nickname: str | None) -> str:
        """`display_name` from the two columns it reads (for queries of columns)."""
        return nickname or f"Student {user_id}"

    @property
    def is_teacher(self) -> bool:
        return self.role in ("teacher", "admin")

    def __repr__(self) -> str:
        return f"<User {self.username} ({self.role})>"

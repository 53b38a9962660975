from __future__ import annotations

from datetime import datetime

from flask_login import UserMixin
from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column
from werkzeug.security import check_password_hash, generate_password_hash

from ..extensions import db
from ._base import utcnow

ROLES = ("student", "teacher", "admin")


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

    def set_password(self, password: str) -> None:
        self.password_hash = generate_password_hash(password, method="scrypt")

    def check_password(self, password: str) -> bool:
        return check_password_hash(self.password_hash, password)

    @property
    def display_name(self) -> str:
        """What classmates see: the nickname, never the username."""
        return self.nickname or f"Student {self.id}"

    @property
    def is_teacher(self) -> bool:
        return self.role in ("teacher", "admin")

    def __repr__(self) -> str:
        return f"<User {self.username} ({self.role})>"

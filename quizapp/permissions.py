"""Role checks shared by the blueprints."""

from __future__ import annotations

from flask import abort, url_for
from flask_login import current_user

from .extensions import login_manager


def require_role(*roles: str) -> None:
    """Abort unless the current user has one of `roles` (anonymous: to login)."""
    if not current_user.is_authenticated:
        abort(login_manager.unauthorized())
    if current_user.role not in roles:
        abort(403)


def landing_page() -> str:
    """Where a signed-in user starts: teachers (and admins) on Teaching,
    students in the library."""
    return url_for("teach.index" if current_user.is_teacher else "learn.library")

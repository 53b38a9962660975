"""Role checks shared by the blueprints."""

from __future__ import annotations

from flask import abort
from flask_login import current_user

from .extensions import login_manager


def require_role(*roles: str) -> None:
    """Abort unless the current user has one of `roles` (anonymous: to login)."""
    if not current_user.is_authenticated:
        abort(login_manager.unauthorized())
    if current_user.role not in roles:
        abort(403)

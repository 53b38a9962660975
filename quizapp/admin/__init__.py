"""Admin pages: user accounts and roles."""

from flask import Blueprint

from ..permissions import require_role

bp = Blueprint("admin", __name__, url_prefix="/admin")


@bp.before_request
def admins_only():
    require_role("admin")


from . import audit, lrs, lti, routes  # noqa: E402,F401

"""LTI 1.3 endpoints: the tool's key set, OIDC login and launch (called by
the LMS), deep linking, and a class's LMS course page (roster, scores)."""

from flask import Blueprint

bp = Blueprint("lti", __name__, url_prefix="/lti")

from . import course, routes  # noqa: E402,F401

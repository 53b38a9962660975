"""Teacher pages: authoring exercise sets, classes, assignments and reports.

Every route here needs a teacher or admin; ownership of each class, draft or
article is checked by the services (someone else's id is a 404).
"""

from flask import Blueprint, render_template

from ..permissions import require_role

bp = Blueprint("teach", __name__, url_prefix="/teach")


@bp.before_request
def teachers_only():
    require_role("teacher", "admin")


from . import (  # noqa: E402,F401
    answers,
    authoring,
    authoring_cues,
    classes,
    drafting,
    drilldown,
    pack_import,
    students,
    transfer,
)


@bp.get("/")
def index():
    return render_template("teach/index.html")

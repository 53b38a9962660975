"""A class's LMS course: where it comes from, its roster sync (NRPS) and the
scores on their way to the LMS gradebook (AGS), with a retry button."""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, url_for
from flask_login import current_user

from ..admin.forms import ActionForm
from ..permissions import require_role
from ..services import classrooms, lti, lti_grades
from . import bp


def _own_class(classroom_id: int):
    require_role("teacher", "admin")
    return classrooms.own_classroom(current_user, classroom_id) or abort(404)


@bp.get("/classes/<int:classroom_id>")
def course(classroom_id: int):
    classroom = _own_class(classroom_id)
    return render_template(
        "lti/course.html",
        classroom=classroom,
        context=lti.lms_course(current_user, classroom.id),
        passbacks=lti_grades.class_passbacks(classroom.id),
        form=ActionForm(),
    )


@bp.post("/classes/<int:classroom_id>/roster")
def sync_roster(classroom_id: int):
    """Enrol the LMS course's learners in the class (Names and Roles)."""
    classroom = _own_class(classroom_id)
    context = lti.lms_course(current_user, classroom.id)
    if not ActionForm().validate_on_submit():
        abort(400)
    if context is None:
        abort(404)
    try:
        result = lti.sync_roster(context)
    except lti.LtiError as exc:
        flash(str(exc), "error")
    else:
        flash(
            f"Roster synced: {result.added} student(s) added, "
            f"{result.linked} learner(s) in the course.",
            "success",
        )
    return redirect(url_for("lti.course", classroom_id=classroom.id))


@bp.post("/classes/<int:classroom_id>/scores/retry")
def retry_scores(classroom_id: int):
    """Send the class's waiting scores now rather than at their next try."""
    classroom = _own_class(classroom_id)
    if not ActionForm().validate_on_submit():
        abort(400)
    outcome = lti_grades.retry_class(classroom.id)
    flash(
        f"Scores sent: {outcome['sent']}; still waiting: {outcome['pending']}.",
        "success" if not outcome["pending"] else "error",
    )
    return redirect(url_for("lti.course", classroom_id=classroom.id))

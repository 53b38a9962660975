"""Teacher routes about one student of a class: a password reset code, and
removing the student together with their answers to the class's work."""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, url_for
from flask_login import current_user

from ..services import accounts, password_resets, privacy
from ..services import classrooms as svc
from . import bp
from .classes_forms import ActionForm


def _member(classroom_id: int, user_id: int):
    classroom = svc.own_classroom(current_user, classroom_id) or abort(404)
    ActionForm().validate_on_submit() or abort(400)
    student = next((s for s in svc.roster(classroom) if s.id == user_id), None)
    return classroom, student or abort(404)


def _to_students(classroom):
    url = url_for("teach.class_page", classroom_id=classroom.id)
    return redirect(f"{url}#students")


@bp.post("/classes/<int:classroom_id>/students/<int:user_id>/reset-password")
def reset_student_password(classroom_id: int, user_id: int):
    classroom, student = _member(classroom_id, user_id)
    try:
        code = password_resets.issue_reset_code(current_user, student)
    except accounts.AccountError as exc:
        flash(str(exc), "error")
        return _to_students(classroom)
    return render_template(
        "reset_code.html",
        user=student,
        code=code,
        back=url_for("teach.class_page", classroom_id=classroom.id),
    )


@bp.post("/classes/<int:classroom_id>/students/<int:user_id>/erase")
def erase_student(classroom_id: int, user_id: int):
    classroom, student = _member(classroom_id, user_id)
    removed = privacy.remove_from_class(current_user, classroom, student)
    flash(
        f"{student.display_name} is removed from the class with their "
        f"{removed} attempt{'s' if removed != 1 else ''} at its assignments.",
        "success",
    )
    return _to_students(classroom)

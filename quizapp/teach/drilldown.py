"""Teacher route: one student's work on an assignment, item by item (the
drill-down from the class report). Only the class's teacher (or an admin
through `own_classroom`) gets in; anyone else's class, assignment or student
is a 404."""

from __future__ import annotations

from flask import abort, render_template, request
from flask_login import current_user

from ..learn.display import feedback_context
from ..services import assignments
from ..services import classrooms as svc
from ..services.drilldown import student_work
from . import bp


@bp.get("/classes/<int:classroom_id>/assignments/<int:assignment_id>/students/<int:user_id>")
def student_report(classroom_id: int, assignment_id: int, user_id: int):
    classroom = svc.own_classroom(current_user, classroom_id) or abort(404)
    assignment = assignments.own_assignment(classroom, assignment_id) or abort(404)
    wanted = {int(v) for v in request.args.getlist("attempt") if v.isdigit()}
    work = student_work(classroom, assignment, user_id, wanted) or abort(404)
    article = assignment.article
    feedback = {
        answer.id: feedback_context(article, answer.item, answer)
        for row in work.exercises
        for answer in row.answers.values()
    }
    return render_template(
        "teach/classes/student.html",
        work=work,
        classroom=classroom,
        article=article,
        feedback=feedback,
    )

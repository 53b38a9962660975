"""Teacher routes: classes, join codes, assignments, leaderboards and reports.

Every class URL goes through `_classroom`, so another teacher's class id is a 404.
"""

from __future__ import annotations

from flask import (
    Response,
    abort,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    url_for,
)
from flask_login import current_user

from ..learn.display import leaderboard_context
from ..models import LEADERBOARD_MODES
from ..models._base import utcnow
from ..services import assignments, reports
from ..services import classrooms as svc
from ..timezones import format_local, local_to_utc
from . import bp
from .classes_forms import (
    ActionForm,
    AssignForm,
    ClassForm,
    DueDateForm,
    LeaderboardForm,
    TimeZoneForm,
    article_choices,
    describe_due,
    due_date_forms,
)


def _classroom(classroom_id: int):
    return svc.own_classroom(current_user, classroom_id) or abort(404)


def _assignment(classroom, assignment_id: int):
    return assignments.own_assignment(classroom, assignment_id) or abort(404)


def _to_class(classroom, anchor: str = ""):
    url = url_for("teach.class_page", classroom_id=classroom.id)
    return redirect(f"{url}#{anchor}" if anchor else url)


def _check_action() -> None:
    ActionForm().validate_on_submit() or abort(400)


def _due_in_utc(classroom, local):
    """The due date typed in the class's zone, as stored (naive UTC)."""
    return None if local is None else local_to_utc(local, classroom.time_zone)


def _warn_if_past(classroom, due) -> None:
    """A past due date is allowed, but never silently: it may be a slip."""
    if due is not None and due < utcnow():
        flash(
            f"That due date, {format_local(due, classroom.time_zone)}, is in the "
            "past: students will see the set as late. Change it if that was a slip.",
            "warning",
        )


# ----------------------------------------------------------------- classes


@bp.get("/classes")
def classes():
    return _render_index(ClassForm())


def _render_index(form, status: int = 200):
    rows = svc.teacher_classrooms(current_user)
    return render_template("teach/classes/index.html", rows=rows, form=form), status


@bp.post("/classes")
def create_class():
    form = ClassForm()
    if not form.validate_on_submit():
        return _render_index(form, 422)
    classroom = svc.create_classroom(
        current_user, form.name.data, current_app.config["DEFAULT_TIME_ZONE"]
    )
    flash(
        f"Class created. Students join with the code {classroom.join_code}.", "success"
    )
    return _to_class(classroom)


@bp.get("/classes/<int:classroom_id>")
def class_page(classroom_id: int):
    return _render_class(_classroom(classroom_id))


def _render_class(classroom, status: int = 200, **forms):
    page = assignments.class_page(classroom)
    zone = classroom.time_zone
    assign_form = forms.get("assign_form") or AssignForm(formdata=None)
    assign_form.article_id.choices = article_choices(page.assignable)
    due_forms = due_date_forms(classroom.assignments, zone, forms)
    describe_due(assign_form, zone)
    zone_form = forms.get("zone_form") or TimeZoneForm(formdata=None, time_zone=zone)
    board_form = forms.get("board_form") or LeaderboardForm(
        formdata=None,
        mode=classroom.leaderboard_mode,
        top_n=classroom.leaderboard_top_n,
        ranking=classroom.ranking,
        min_items=classroom.ranking_min_items,
    )
    rename_form = forms.get("rename_form") or ClassForm(
        formdata=None, prefix="rename", name=classroom.name
    )
    return render_template(
        "teach/classes/class.html",
        page=page,
        classroom=classroom,
        assign_form=assign_form,
        due_forms=due_forms,
        board_form=board_form,
        rename_form=rename_form,
        zone_form=zone_form,
        action_form=ActionForm(),
        modes=LEADERBOARD_MODES,
    ), status


@bp.post("/classes/<int:classroom_id>/rename")
def rename_class(classroom_id: int):
    classroom = _classroom(classroom_id)
    form = ClassForm(prefix="rename")
    if not form.validate_on_submit():
        return _render_class(classroom, 422, rename_form=form)
    svc.rename_classroom(classroom, form.name.data)
    flash("Class renamed.", "success")
    return _to_class(classroom)


@bp.post("/classes/<int:classroom_id>/code")
def regenerate_code(classroom_id: int):
    classroom = _classroom(classroom_id)
    _check_action()
    code = svc.regenerate_code(classroom)
    flash(f"New join code: {code}. The old code no longer works.", "success")
    return _to_class(classroom, "joining")


@bp.post("/classes/<int:classroom_id>/close")
def close_class(classroom_id: int):
    classroom = _classroom(classroom_id)
    _check_action()
    svc.set_joining(classroom, False)
    flash("Joining closed: the code no longer admits new students.", "success")
    return _to_class(classroom, "joining")


@bp.post("/classes/<int:classroom_id>/open")
def open_class(classroom_id: int):
    classroom = _classroom(classroom_id)
    _check_action()
    svc.set_joining(classroom, True)
    flash("Joining reopened.", "success")
    return _to_class(classroom, "joining")


@bp.post("/classes/<int:classroom_id>/leaderboard-settings")
def leaderboard_settings(classroom_id: int):
    classroom = _classroom(classroom_id)
    form = LeaderboardForm()
    if not form.validate_on_submit():
        return _render_class(classroom, 422, board_form=form)
    try:
        svc.set_leaderboard(
            classroom,
            form.mode.data,
            form.top_n.data,
            form.ranking.data or None,
            form.min_items.data,
        )
    except svc.ClassroomError as exc:
        form.ranking.errors = [str(exc)]
        return _render_class(classroom, 422, board_form=form)
    flash("Leaderboard settings saved.", "success")
    return _to_class(classroom, "leaderboard-settings")


@bp.post("/classes/<int:classroom_id>/time-zone")
def class_time_zone(classroom_id: int):
    classroom = _classroom(classroom_id)
    form = TimeZoneForm()
    if not form.validate_on_submit():
        return _render_class(classroom, 422, zone_form=form)
    svc.set_time_zone(classroom, form.time_zone.data)
    flash(f"Due dates are now shown in {form.time_zone.data}.", "success")
    return _to_class(classroom, "assignments")


@bp.post("/classes/<int:classroom_id>/students/<int:user_id>/remove")
def remove_student(classroom_id: int, user_id: int):
    classroom = _classroom(classroom_id)
    _check_action()
    svc.remove_student(classroom, user_id) or abort(404)
    flash("Student removed from the class. Their answers are kept.", "success")
    return _to_class(classroom, "students")


# ------------------------------------------------------------- assignments


@bp.post("/classes/<int:classroom_id>/assignments")
def assign(classroom_id: int):
    classroom = _classroom(classroom_id)
    form = AssignForm()
    form.article_id.choices = article_choices(
        assignments.assignable_articles(classroom)
    )
    if not form.validate_on_submit():
        return _render_class(classroom, 422, assign_form=form)
    try:
        due = _due_in_utc(classroom, form.due_at.data)
        assignments.assign(classroom, form.article_id.data, due)
        _warn_if_past(classroom, due)
    except svc.ClassroomError as exc:
        form.article_id.errors.append(str(exc))
        return _render_class(classroom, 422, assign_form=form)
    flash("Assigned. Students see it on their home page.", "success")
    return _to_class(classroom, "assignments")


@bp.post("/classes/<int:classroom_id>/assignments/<int:assignment_id>/due")
def change_due(classroom_id: int, assignment_id: int):
    classroom = _classroom(classroom_id)
    assignment = _assignment(classroom, assignment_id)
    form = DueDateForm(prefix=f"a{assignment.id}")
    if not form.validate_on_submit():
        return _render_class(classroom, 422, **{f"due_{assignment.id}": form})
    due = _due_in_utc(classroom, form.due_at.data)
    assignments.set_due_date(assignment, due)
    _warn_if_past(classroom, due)
    flash("Due date changed.", "success")
    return _to_class(classroom, "assignments")


@bp.post("/classes/<int:classroom_id>/assignments/<int:assignment_id>/remove")
def unassign(classroom_id: int, assignment_id: int):
    classroom = _classroom(classroom_id)
    assignment = _assignment(classroom, assignment_id)
    _check_action()
    assignments.unassign(assignment)
    flash("Assignment withdrawn. Answers already given are kept.", "success")
    return _to_class(classroom, "assignments")


# ------------------------------------------------- leaderboard and reports


@bp.get("/classes/<int:classroom_id>/leaderboard")
def class_leaderboard(classroom_id: int):
    classroom = _classroom(classroom_id)
    return render_template(
        "teach/classes/leaderboard.html",
        modes=LEADERBOARD_MODES,
        **leaderboard_context(
            classroom,
            current_user,
            request.args.get("period", "all"),
            "teach.class_leaderboard",
        ),
    )


@bp.get("/classes/<int:classroom_id>/reports")
def class_reports(classroom_id: int):
    classroom = _classroom(classroom_id)
    return render_template(
        "teach/classes/reports.html",
        classroom=classroom,
        overview=reports.class_overview(classroom),
        skills=reports.SKILLS,
    )


@bp.get("/classes/<int:classroom_id>/assignments/<int:assignment_id>/items")
def item_analysis(classroom_id: int, assignment_id: int):
    classroom = _classroom(classroom_id)
    assignment = _assignment(classroom, assignment_id)
    return render_template(
        "teach/classes/items.html",
        classroom=classroom,
        analysis=reports.item_analysis(classroom, assignment),
    )


@bp.get("/classes/<int:classroom_id>/assignments/<int:assignment_id>/grades.csv")
def grades_csv(classroom_id: int, assignment_id: int):
    classroom = _classroom(classroom_id)
    assignment = _assignment(classroom, assignment_id)
    filename, data = reports.grades_csv(classroom, assignment)
    return Response(
        data,
        mimetype="text/csv",
        headers={
            "Content-Disposition": f'attachment; filename="{filename}"',
            "Content-Type": "text/csv; charset=utf-8",
        },
    )

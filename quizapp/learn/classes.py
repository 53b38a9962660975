"""Student routes: joining classes, nicknames and class leaderboards."""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required

from ..services import classrooms as svc
from ..throttling import failed, limiter, setting, user_key
from . import bp
from .classes_forms import JoinForm, NicknameForm
from .display import leaderboard_context


@bp.route("/classes/join", methods=["GET", "POST"])
@login_required
@limiter.limit(
    setting("JOIN_ATTEMPTS_PER_USER"),
    key_func=user_key,
    methods=["POST"],
    deduct_when=failed,
)
def join_class():
    form = JoinForm(code=request.args.get("code", ""))
    if form.validate_on_submit():
        try:
            classroom = svc.join_classroom(
                current_user, form.code.data, form.nickname.data
            )
        except svc.NicknameNeeded as exc:
            form.nickname.errors.append(str(exc))
        except svc.ClassroomError as exc:
            form.code.errors.append(str(exc))
        else:
            flash(f"Welcome to {classroom.name}!", "success")
            return redirect(url_for("learn.classes"))
    status = 422 if form.is_submitted() else 200
    return render_template("learn/classes/join.html", form=form), status


@bp.get("/classes")
@login_required
def classes():
    return render_template(
        "learn/classes/index.html", classes=svc.student_classrooms(current_user)
    )


@bp.get("/classes/<int:classroom_id>/leaderboard")
@login_required
def class_leaderboard(classroom_id: int):
    classroom = svc.member_classroom(current_user, classroom_id) or abort(404)
    return render_template(
        "learn/classes/leaderboard.html",
        **leaderboard_context(
            classroom,
            current_user,
            request.args.get("period", "all"),
            "learn.class_leaderboard",
        ),
    )


@bp.route("/settings", methods=["GET", "POST"])
@login_required
def settings():
    form = NicknameForm(nickname=current_user.nickname)
    if form.validate_on_submit():
        try:
            svc.change_nickname(current_user, form.nickname.data)
        except svc.ClassroomError as exc:
            form.nickname.errors.append(str(exc))
        else:
            flash("Nickname saved.", "success")
            return redirect(url_for("learn.settings"))
    status = 422 if form.is_submitted() else 200
    return render_template("learn/classes/settings.html", form=form), status

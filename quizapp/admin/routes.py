from flask import abort, flash, redirect, render_template, request, url_for
from flask_login import current_user

from ..services import accounts, password_resets
from . import bp
from .forms import ActionForm, RoleForm, UserSearchForm


def _back():
    return redirect(url_for("admin.users", q=request.args.get("q", "")))


@bp.get("/users")
def users():
    search = UserSearchForm(request.args)
    query = search.q.data if search.validate() else ""
    return render_template(
        "admin/users.html",
        users=accounts.list_users(query or ""),
        search=search,
        form=RoleForm(),
        action=ActionForm(),
    )


@bp.post("/users/<int:user_id>/role")
def change_role(user_id: int):
    user = accounts.get_user(user_id) or abort(404)
    form = RoleForm()
    if not form.validate_on_submit():
        abort(400)
    if user.id == current_user.id and form.role.data != "admin":
        flash("You cannot remove your own admin role.", "error")
    else:
        accounts.set_role(user.username, form.role.data, actor=current_user)
        flash(f"{user.username} is now {form.role.data}.", "success")
    return _back()


def _set_active(user_id: int, is_active: bool):
    user = accounts.get_user(user_id) or abort(404)
    if not ActionForm().validate_on_submit():
        abort(400)
    try:
        accounts.set_active(current_user, user, is_active)
    except accounts.AccountError as exc:
        flash(str(exc), "error")
    else:
        state = "reactivated" if is_active else "deactivated; their sessions ended"
        flash(f"{user.username} is {state}.", "success")
    return _back()


@bp.post("/users/<int:user_id>/deactivate")
def deactivate(user_id: int):
    return _set_active(user_id, False)


@bp.post("/users/<int:user_id>/reactivate")
def reactivate(user_id: int):
    return _set_active(user_id, True)


@bp.post("/users/<int:user_id>/end-sessions")
def end_sessions(user_id: int):
    user = accounts.get_user(user_id) or abort(404)
    if not ActionForm().validate_on_submit():
        abort(400)
    accounts.log_out_everywhere(user, actor=current_user)
    flash(f"Every session of {user.username} has ended.", "success")
    return _back()


@bp.post("/users/<int:user_id>/reset-password")
def reset_password(user_id: int):
    user = accounts.get_user(user_id) or abort(404)
    if not ActionForm().validate_on_submit():
        abort(400)
    try:
        code = password_resets.issue_reset_code(current_user, user)
    except accounts.AccountError as exc:
        flash(str(exc), "error")
        return _back()
    return render_template(
        "reset_code.html",
        user=user,
        code=code,
        back=url_for("admin.users", q=user.username),
    )

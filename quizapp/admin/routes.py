from flask import abort, flash, redirect, render_template, request, url_for
from flask_login import current_user

from ..services import accounts
from . import bp
from .forms import RoleForm, UserSearchForm


@bp.get("/users")
def users():
    search = UserSearchForm(request.args)
    query = search.q.data if search.validate() else ""
    return render_template(
        "admin/users.html",
        users=accounts.list_users(query or ""),
        search=search,
        form=RoleForm(),
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
        accounts.set_role(user.username, form.role.data)
        flash(f"{user.username} is now {form.role.data}.", "success")
    return redirect(url_for("admin.users", q=request.args.get("q", "")))

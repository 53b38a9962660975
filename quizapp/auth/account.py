"""A user's own account: password change, logging out everywhere, a copy of
their data, deleting the account, and setting a new password with a reset
code."""

import io

from flask import flash, redirect, render_template, send_file, session, url_for
from flask_login import current_user, login_required, logout_user

from ..services import accounts, password_resets, personal_data, privacy
from ..throttling import failed, limiter, setting, username_key
from . import bp
from .forms import ActionForm, ChangePasswordForm, DeleteAccountForm, ResetForm
from .sessions import begin_session


def _account_page(password_form=None, delete_form=None, status: int = 200):
    return render_template(
        "auth/account.html",
        password_form=password_form or ChangePasswordForm(),
        delete_form=delete_form or DeleteAccountForm(),
        action=ActionForm(),
    ), status


@bp.get("/account")
@login_required
def account():
    return _account_page()


@bp.post("/account/password")
@login_required
def change_password():
    form = ChangePasswordForm()
    if form.validate_on_submit():
        try:
            accounts.change_password(
                current_user, form.current.data, form.password.data
            )
        except accounts.AccountError as exc:
            field = form.current if "current" in str(exc) else form.password
            field.errors = [*field.errors, str(exc)]
        else:
            begin_session(current_user._get_current_object())
            flash(
                "Password changed. You were logged out on every other device.",
                "success",
            )
            return redirect(url_for("auth.account"))
    return _account_page(password_form=form, status=400)


@bp.get("/account/data.zip")
@login_required
def download_data():
    data = personal_data.export_user_data(current_user)
    return send_file(
        io.BytesIO(data),
        mimetype="application/zip",
        as_attachment=True,
        download_name=f"quizapp-{current_user.username}.zip",
    )


@bp.post("/account/delete")
@login_required
def delete_account():
    form = DeleteAccountForm()
    if form.validate_on_submit():
        try:
            privacy.delete_account(current_user, form.password.data)
        except accounts.AccountError as exc:
            form.password.errors = [*form.password.errors, str(exc)]
        else:
            logout_user()
            session.clear()
            flash("Your account and your answers are deleted. Goodbye!", "info")
            return redirect(url_for("learn.home"))
    return _account_page(delete_form=form, status=400)


@bp.post("/account/logout-everywhere")
@login_required
def logout_everywhere():
    if ActionForm().validate_on_submit():
        user = current_user._get_current_object()
        accounts.log_out_everywhere(user)
        begin_session(user)
        flash("You are logged out on every other device.", "success")
    return redirect(url_for("auth.account"))


@bp.route("/reset", methods=["GET", "POST"])
@limiter.limit(
    setting("RESET_FAILURES_PER_ADDRESS"), methods=["POST"], deduct_when=failed
)
@limiter.limit(
    setting("RESET_FAILURES_PER_ACCOUNT"),
    methods=["POST"],
    deduct_when=failed,
    key_func=username_key,
)
def reset_password():
    if current_user.is_authenticated:
        return redirect(url_for("auth.account"))
    form = ResetForm()
    if form.validate_on_submit():
        try:
            user = password_resets.redeem_reset_code(
                form.username.data, form.code.data, form.password.data
            )
        except accounts.AccountError as exc:
            field = form.code if str(exc) == password_resets.INVALID else form.password
            field.errors = [*field.errors, str(exc)]
        else:
            if user.is_active:
                begin_session(user)
                flash("Your new password is set; you are logged in.", "success")
                return redirect(url_for("learn.library"))
            flash("Your new password is set.", "success")
            return redirect(url_for("auth.login"))
    status = 400 if form.errors else 200
    return render_template("auth/reset.html", form=form), status

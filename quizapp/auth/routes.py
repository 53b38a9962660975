from urllib.parse import urlsplit

from flask import flash, redirect, render_template, request, session, url_for
from flask_login import current_user, login_required, login_user, logout_user

from ..services import accounts
from . import bp
from .forms import LoginForm, LogoutForm, RegisterForm


def _safe_next(target: str | None) -> str:
    """Only same-site relative paths, so `?next=` cannot redirect elsewhere."""
    if target:
        parts = urlsplit(target)
        if not parts.scheme and not parts.netloc and target.startswith("/"):
            if not target.startswith("//") and "\\" not in target:
                return target
    return url_for("learn.library")


@bp.route("/register", methods=["GET", "POST"])
def register():
    if current_user.is_authenticated:
        return redirect(url_for("learn.library"))
    form = RegisterForm()
    if form.validate_on_submit():
        try:
            user = accounts.register_student(form.username.data, form.password.data)
        except accounts.AccountError as exc:
            form.username.errors.append(str(exc))
        else:
            session.clear()
            login_user(user)
            flash("Welcome! Pick an article to start.", "success")
            return redirect(url_for("learn.library"))
    return render_template("auth/register.html", form=form), 400 if form.errors else 200


@bp.route("/login", methods=["GET", "POST"])
def login():
    if current_user.is_authenticated:
        return redirect(url_for("learn.library"))
    form = LoginForm()
    if form.validate_on_submit():
        user = accounts.authenticate(form.username.data, form.password.data)
        if user is not None:
            session.clear()  # a fresh session on login: no fixation
            login_user(user, remember=form.remember.data)
            return redirect(_safe_next(request.args.get("next")))
        form.form_errors.append("Wrong username or password.")
    status = 400 if form.errors or form.form_errors else 200
    return render_template("auth/login.html", form=form), status


@bp.route("/logout", methods=["POST"])
@login_required
def logout():
    if LogoutForm().validate_on_submit():
        logout_user()
        session.clear()
        flash("You are logged out.", "info")
    return redirect(url_for("learn.home"))

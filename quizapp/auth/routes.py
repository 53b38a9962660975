from urllib.parse import urlsplit

from flask import (
    flash,
    make_response,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask_login import current_user, login_required, logout_user

from ..permissions import landing_page
from ..services import accounts
from ..throttling import limiter, setting
from . import bp
from .forms import LoginForm, LogoutForm, RegisterForm
from .sessions import begin_session


def _safe_next(target: str | None) -> str:
    """Only same-site relative paths, so `?next=` cannot redirect elsewhere."""
    if target:
        parts = urlsplit(target)
        if not parts.scheme and not parts.netloc and target.startswith("/"):
            if not target.startswith("//") and "\\" not in target:
                return target
    return landing_page()


@bp.route("/register", methods=["GET", "POST"])
@limiter.limit(
    setting("REGISTRATIONS_PER_ADDRESS"),
    methods=["POST"],
    deduct_when=lambda response: response.status_code == 302,
)
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
            begin_session(user)
            flash("Welcome! Pick an article to start.", "success")
            return redirect(url_for("learn.library"))
    return render_template("auth/register.html", form=form), 400 if form.errors else 200


@bp.route("/login", methods=["GET", "POST"])
def login():
    if current_user.is_authenticated:
        return redirect(landing_page())
    form = LoginForm()
    headers = {}
    status = 200
    if form.validate_on_submit():
        outcome = accounts.log_in(form.username.data, form.password.data)
        if outcome.user is not None:
            begin_session(outcome.user, remember=form.remember.data)
            return redirect(_safe_next(request.args.get("next")))
        form.form_errors.append(outcome.message)
        if outcome.lock is not None:
            status = 429
            headers["Retry-After"] = str(outcome.lock.retry_after)
    if status == 200 and (form.errors or form.form_errors):
        status = 400
    return render_template("auth/login.html", form=form), status, headers


@bp.route("/logout", methods=["POST"])
@login_required
def logout():
    response = make_response(redirect(url_for("learn.home")))
    if LogoutForm().validate_on_submit():
        accounts.log_out(current_user)
        logout_user()
        session.clear()
        flash("You are logged out.", "info")
        response.headers["Clear-Site-Data"] = '"cache", "storage"'
    return response


from . import account  # noqa: E402,F401  (the account pages)

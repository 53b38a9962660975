"""Admin page for xAPI: the Learning Record Store answers and finished
attempts are sent to (overrides the XAPI_* environment variables)."""

from __future__ import annotations

from flask import current_app, flash, redirect, render_template, url_for
from flask_login import current_user

from ..services import lrs_settings
from . import bp
from .forms import LrsForm


def _page(form: LrsForm, status: int = 200):
    stored = lrs_settings.stored()
    return render_template(
        "admin/lrs.html",
        form=form,
        stored=stored,
        lrs=lrs_settings.effective_lrs(),
        from_environment=(
            stored is None and bool(current_app.config.get("XAPI_ENDPOINT"))
        ),
        has_password=bool(
            (stored and stored.encrypted_password)
            or current_app.config.get("XAPI_PASSWORD")
        ),
        password_unreadable=lrs_settings.password_unreadable(),
        unreadable_message=lrs_settings.UNREADABLE_MESSAGE,
    ), status


@bp.get("/lrs")
def lrs_settings_page():
    lrs_settings.refresh()  # show what is stored now, not a cached copy
    current = lrs_settings.effective_lrs()
    stored = lrs_settings.stored()
    form = LrsForm(
        data={
            "enabled": stored.enabled if stored else current is not None,
            "endpoint": stored.endpoint if stored else current and current.endpoint,
            "username": stored.username if stored else current and current.username,
            "base_iri": stored.base_iri if stored else current and current.base_iri,
        }
    )
    return _page(form)


@bp.post("/lrs")
def save_lrs_settings():
    form = LrsForm()
    if not form.validate_on_submit():
        return _page(form, 400)
    try:
        lrs_settings.save_lrs(
            current_user,
            enabled=form.enabled.data,
            endpoint=form.endpoint.data,
            username=form.username.data or "",
            password=form.password.data or None,
            base_iri=form.base_iri.data,
        )
    except lrs_settings.LrsSettingsError as exc:
        form.form_errors.append(str(exc))
        return _page(form, 400)
    flash("The Learning Record Store settings are saved.", "success")
    return redirect(url_for("admin.lrs_settings_page"))

"""Admin pages for LTI: the LMS platforms quizapp is registered in, and the
URLs and key set an LMS administrator pastes into their LMS."""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, url_for
from flask_login import current_user

from ..lti.forms import PlatformForm
from ..services import lti, lti_tool
from . import bp
from .forms import ActionForm


def _tool_urls() -> dict[str, str]:
    launch = url_for("lti.launch", _external=True)
    return {
        "Login initiation URL (OpenID Connect)": url_for("lti.login", _external=True),
        "Launch URL / redirect URI (target link URI)": launch,
        "Deep linking (content selection) URL": launch,
        "Public keyset URL (JWKS)": url_for("lti.jwks", _external=True),
    }


def _page(form: PlatformForm, status: int = 200):
    lti_tool.tool_key()
    return render_template(
        "lti/platforms.html",
        form=form,
        platforms=lti.platforms(),
        urls=_tool_urls(),
        jwks=lti_tool.tool_jwks(),
        action=ActionForm(),
    ), status


@bp.get("/lti")
def lti_platforms():
    return _page(PlatformForm())


@bp.post("/lti")
def register_lti_platform():
    form = PlatformForm()
    if not form.validate_on_submit():
        return _page(form, 400)
    fields = {
        name: getattr(form, name).data.strip()
        for name in ("name", "issuer", "client_id", "auth_login_url",
                     "auth_token_url", "key_set_url")
    }
    fields["auth_audience"] = (form.auth_audience.data or "").strip() or None
    try:
        platform = lti.register_platform(current_user, form.deployments(), **fields)
    except lti.LtiError as exc:
        form.client_id.errors.append(str(exc))
        return _page(form, 409)
    flash(f"{platform.name} is registered.", "success")
    return redirect(url_for("admin.lti_platforms"))


@bp.post("/lti/<int:platform_id>/remove")
def remove_lti_platform(platform_id: int):
    platform = lti.get_platform(platform_id) or abort(404)
    if not ActionForm().validate_on_submit():
        abort(400)
    lti.remove_platform(current_user, platform)
    flash(f"{platform.name} is no longer registered.", "success")
    return redirect(url_for("admin.lti_platforms"))

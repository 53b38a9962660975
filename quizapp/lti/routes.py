"""The endpoints an LMS calls: key set, login initiation, launch; and the
deep-linking page a teacher sees when the LMS asks for content."""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import (
    abort,
    jsonify,
    redirect,
    render_template,
    session,
    url_for,
)
from flask_login import current_user
from pylti1p3.contrib.flask import FlaskRequest
from pylti1p3.exception import LtiException, OIDCException

from .. import content_security_policy
from ..auth.sessions import begin_session
from ..errors import error_response
from ..extensions import csrf
from ..interop import lti as rules
from ..services import library, lti, lti_tool
from ..throttling import limiter, setting
from . import bp
from .forms import PickSetForm

#: What a malformed message may make pylti1p3 raise besides its own errors.
_REFUSED = (LtiException, OIDCException, ValueError, KeyError, TypeError,
            AttributeError, AssertionError)
DEEP_LINK = "lti_deep_link"


def refuse(exc: Exception):
    """A 4xx page (or JSON) saying why the LMS's message was refused."""
    if isinstance(exc, lti.LtiError):
        return error_response(exc.status, str(exc))
    status, message = rules.refusal(str(exc) or type(exc).__name__)
    return error_response(status, message)


def launch_url() -> str:
    return url_for("lti.launch", _external=True)


@bp.get("/jwks")
def jwks():
    """The tool's public key set (platforms verify its signatures with it)."""
    lti_tool.tool_key()
    return jsonify(lti_tool.tool_jwks())


@bp.route("/login", methods=["GET", "POST"])
@csrf.exempt
@limiter.limit(setting("LTI_LOGINS_PER_ADDRESS"))
def login():
    """OIDC third-party login initiation: back to the LMS with state and nonce."""
    try:
        return lti_tool.login_for(FlaskRequest()).redirect(launch_url())
    except _REFUSED as exc:
        return refuse(exc)


@bp.post("/launch")
@csrf.exempt
def launch():
    """The LMS posts a signed id_token: check it, log the person in, and take
    them where the message says."""
    try:
        message = lti_tool.launch_for(FlaskRequest())
        claims = message.get_launch_data()
        admission = lti.admit_launch(claims["iss"], message.get_client_id(), claims)
    except (lti.LtiError, *_REFUSED) as exc:
        return refuse(exc)
    begin_session(admission.user)
    session["lti_frame"] = _platform_origins(admission.platform)
    if admission.kind == "LtiDeepLinkingRequest":
        if not admission.user.is_teacher:
            return error_response(403, "Only teachers add quizapp activities.")
        session[DEEP_LINK] = message.get_launch_id()
        return redirect(url_for("lti.deep_link"))
    if admission.kind == "DataPrivacyLaunchRequest":
        return render_template("lti/privacy.html")
    return redirect(_landing(admission))


def _platform_origins(platform) -> list[str]:
    urls = (platform.issuer, platform.auth_login_url)
    origins = {f"{p.scheme}://{p.netloc}" for p in map(urlsplit, urls) if p.netloc}
    return sorted(origins)


def _landing(admission: lti.Admission) -> str:
    user, article = admission.user, admission.article
    if user.is_teacher:
        if admission.classroom is not None:
            return url_for("lti.course", classroom_id=admission.classroom.id)
        return url_for("teach.index")
    if article is not None and library.published_article(article.slug, user):
        return url_for("learn.article", slug=article.slug)
    return url_for("lti.not_linked")


@bp.get("/not-linked")
def not_linked():
    """Where a learner lands when the activity opens no exercise set yet."""
    return render_template("lti/not_linked.html")


@bp.route("/deep-link", methods=["GET", "POST"])
def deep_link():
    """A teacher picks one of their published exercise sets; it goes back to
    the LMS as an LTI resource link (with a gradebook column when scored)."""
    launch_id = session.get(DEEP_LINK)
    if not current_user.is_authenticated or not current_user.is_teacher:
        abort(403)
    if not launch_id:
        abort(404)
    sets = lti.linkable_sets(current_user)
    form = PickSetForm()
    form.article.choices = [(a.slug, a.title) for a in sets]
    if not form.validate_on_submit():
        return render_template("lti/deep_link.html", form=form, sets=sets)
    article = next(a for a in sets if a.slug == form.article.data)
    try:
        message = lti_tool.restored_launch(FlaskRequest(), launch_id)
        token, return_url = lti.deep_link_response(message, article, launch_url())
    except _REFUSED as exc:
        return refuse(exc)
    session.pop(DEEP_LINK, None)
    response = render_template(
        "lti/deep_link_return.html", token=token, return_url=return_url,
        article=article,
    )
    return _allow_form_post(response, return_url)


def _allow_form_post(html: str, url: str):
    parts = urlsplit(url)
    csp = content_security_policy((f"{parts.scheme}://{parts.netloc}",))
    return html, 200, {"Content-Security-Policy": csp}

"""Error pages that speak HTML or JSON, and never a traceback."""

from __future__ import annotations

from flask import Flask, jsonify, render_template, request, session
from flask_wtf.csrf import CSRFError
from werkzeug.datastructures import ImmutableMultiDict
from werkzeug.exceptions import HTTPException, InternalServerError

from .extensions import db
from .plain_text import without_control_characters

MESSAGES = {
    400: "The request could not be understood. Please go back and try again.",
    403: "You do not have access to this page.",
    404: "We could not find that page.",
    405: "That action is not allowed here.",
    409: "That conflicts with what is already saved.",
    413: "That upload is too large.",
    429: "Too many attempts in a short time. Please wait a minute and try again.",
    422: "That input could not be used.",
    500: "Something went wrong on our side. Your saved answers are safe.",
}


def _wants_json() -> bool:
    best = request.accept_mimetypes.best_match(["text/html", "application/json"])
    return best == "application/json" or request.path.startswith("/api/")


def error_response(code: int, message: str | None = None):
    message = message or MESSAGES.get(code, "Something went wrong.")
    if _wants_json():
        return jsonify(error=code, message=message), code
    return render_template("error.html", code=code, message=message), code


def strips_control_characters(view):
    """Mark a view whose form values arrive without control characters (NUL
    among them) instead of being refused: a form of pasted text, which a
    refusal would lose."""
    view.strips_control_characters = True
    return view


def register(app: Flask) -> None:
    @app.before_request
    def refuse_nul_characters():
        # NUL is never meaningful in text, and PostgreSQL refuses to store it.
        view = app.view_functions.get(request.endpoint)
        if request.form and getattr(view, "strips_control_characters", False):
            request.form = ImmutableMultiDict(
                (name, without_control_characters(value))
                for name, value in request.form.items(multi=True)
            )
        values = [*request.args.values(), *request.form.values()]
        if any("\x00" in value for value in values):
            return error_response(
                400, "The form contained an invalid character (NUL)."
            )
        return None

    @app.errorhandler(CSRFError)
    def csrf_error(exc: CSRFError):
        return error_response(
            400,
            "This form has expired or was sent from elsewhere. "
            "Please reload the page and try again; nothing was saved.",
        )

    from flask_limiter import RateLimitExceeded

    from .throttling import too_many_requests

    app.register_error_handler(RateLimitExceeded, too_many_requests)

    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException):
        if exc.code == 403:  # a refused authorization is a security event
            app.logger.warning(
                "Forbidden: %s %s by user %s from %s",
                request.method,
                request.path,
                session.get("_user_id", "anonymous").partition(":")[0],
                request.remote_addr,
            )
        custom = exc.description if exc.description != type(exc).description else None
        return error_response(exc.code or 500, custom)

    @app.errorhandler(Exception)
    def unexpected(exc: Exception):
        db.session.rollback()
        app.logger.exception("Unhandled error on %s %s", request.method, request.path)
        return error_response(500)

    @app.errorhandler(InternalServerError)
    def internal(exc):
        db.session.rollback()
        return error_response(500)

"""The session cookie of a session begun by an LMS launch: SameSite=None (and
Secure), so it reaches quizapp inside the LMS's iframe; every other session
keeps the app's SameSite setting (Lax)."""

from __future__ import annotations

from flask import session
from flask.sessions import SecureCookieSessionInterface


class LtiSessionInterface(SecureCookieSessionInterface):
    def get_cookie_samesite(self, app):
        secure = app.config.get("SESSION_COOKIE_SECURE")
        if secure and session and session.get("lti_frame"):
            return "None"
        return super().get_cookie_samesite(app)

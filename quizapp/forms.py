"""The base of every form of the app."""

from __future__ import annotations

from flask_wtf import FlaskForm


class AppForm(FlaskForm):
    """A Flask-WTF form whose CSRF token renders without an id: a page with
    several forms (a class page's buttons, a list of users) would otherwise
    repeat id="csrf_token", which HTML forbids and assistive tools report."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        token = getattr(self, "csrf_token", None)
        if token is not None:
            token.id = False  # (WTForms leaves out an attribute that is False)

"""Forms of the LTI pages: platform registration (admin) and the exercise
set a teacher picks when the LMS asks for content (deep linking)."""

from __future__ import annotations

from urllib.parse import urlsplit

from wtforms import RadioField, StringField, SubmitField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional, ValidationError

from ..forms import AppForm


def _https_url(form, field) -> None:
    """An absolute http(s) URL (plain http only for a platform on this machine,
    e.g. a test LMS)."""
    if not field.data:
        return
    parts = urlsplit(field.data.strip())
    local = parts.hostname in ("localhost", "127.0.0.1")
    if parts.scheme not in ("https", "http") or not parts.netloc:
        raise ValidationError("Give the full URL, starting with https://.")
    if parts.scheme == "http" and not local:
        raise ValidationError("Use https:// (plain http only for localhost).")


class PlatformForm(AppForm):
    name = StringField(
        "Name", validators=[DataRequired(), Length(max=100)],
        description="For you, e.g. “School Moodle”.",
    )
    issuer = StringField(
        "Issuer (platform ID)", validators=[DataRequired(), Length(max=255)],
        description="Moodle: the site URL. Canvas: https://canvas.instructure.com.",
    )
    client_id = StringField(
        "Client ID", validators=[DataRequired(), Length(max=255)],
        description="The LMS shows it once the tool is registered there.",
    )
    auth_login_url = StringField(
        "Authentication request URL", validators=[DataRequired(), Length(max=500),
                                                  _https_url],
    )
    auth_token_url = StringField(
        "Access token URL", validators=[DataRequired(), Length(max=500), _https_url],
    )
    key_set_url = StringField(
        "Public keyset URL", validators=[DataRequired(), Length(max=500), _https_url],
    )
    auth_audience = StringField(
        "Token audience (optional)", validators=[Optional(), Length(max=500)],
        description="Only when the LMS asks for one other than the token URL.",
    )
    deployment_ids = TextAreaField(
        "Deployment IDs", validators=[Length(max=2000)],
        description="One per line (Moodle shows it beside the tool; Canvas in the "
        "app's settings).",
    )
    submit = SubmitField("Register platform")

    def validate_issuer(self, field) -> None:
        field.data = field.data.strip()

    def validate_client_id(self, field) -> None:
        field.data = field.data.strip()

    def deployments(self) -> list[str]:
        lines = (self.deployment_ids.data or "").splitlines()
        return [d.strip()[:255] for d in lines if d.strip()]

    def validate_deployment_ids(self, field) -> None:
        if not self.deployments():
            raise ValidationError("Give at least one deployment ID.")


class PickSetForm(AppForm):
    article = RadioField("Exercise set", validators=[DataRequired()], choices=[])
    submit = SubmitField("Add to the course")


from wtforms import (
    BooleanField,
    IntegerField,
    PasswordField,
    SelectField,
    StringField,
    SubmitField,
    ValidationError,
)
from wtforms.fields.choices import SelectChoice
from wtforms.validators import Length, NumberRange, Optional

from ..forms import AppForm
from ..models import ROLES
from ..services.lrs_settings import valid_endpoint


class RoleForm(AppForm):
    role = SelectField("Role", choices=[SelectChoice(r, r.capitalize()) for r in ROLES])
    submit = SubmitField("Change role")


class UserSearchForm(AppForm):
    class Meta:
        csrf = False  # a GET search changes nothing

    q = StringField("Find a user", validators=[Optional(), Length(max=40)])


class ActionForm(AppForm):
    """A button that changes something: only the CSRF token is sent."""

    submit = SubmitField("Confirm")


class RetentionForm(AppForm):
    days = IntegerField(
        "Keep attempts of inactive accounts for (days)",
        validators=[Optional(), NumberRange(min=30, max=3650)],
        description="30 to 3650 days; leave empty to keep everything.",
    )
    submit = SubmitField("Save retention period")


class LrsForm(AppForm):
    """The Learning Record Store xAPI statements go to."""

    enabled = BooleanField("Send answers and finished attempts to this LRS")
    endpoint = StringField(
        "LRS endpoint (xAPI base URL)",
        validators=[Optional(), Length(max=500)],
        description="For example https://lrs.example.org/xapi/ (statements are "
        "posted to its /statements).",
    )
    username = StringField(
        "Username", validators=[Optional(), Length(max=200)]
    )
    password = PasswordField(
        "Password",
        validators=[Optional(), Length(max=200)],
        description="Never shown again; leave empty to keep the current one.",
    )
    base_iri = StringField(
        "Base IRI of activities and learners",
        validators=[Optional(), Length(max=500)],
        description="Optional; by default the site's own URL.",
    )
    submit = SubmitField("Save LRS settings")

    def validate_endpoint(self, field):
        if field.data and not valid_endpoint(field.data.strip()):
            raise ValidationError(
                "Enter the LRS endpoint as an http:// or https:// URL, "
                "e.g. https://lrs.example.org/xapi/."
            )
        if self.enabled.data and not (field.data or "").strip():
            raise ValidationError("Enter the LRS endpoint to turn sending on.")

    def validate_base_iri(self, field):
        if field.data and not valid_endpoint(field.data.strip()):
            raise ValidationError("Enter the base IRI as an http:// or https:// URL.")

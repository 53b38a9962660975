from flask_wtf import FlaskForm
from wtforms import IntegerField, SelectField, StringField, SubmitField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import Length, NumberRange, Optional

from ..models import ROLES


class RoleForm(FlaskForm):
    role = SelectField("Role", choices=[SelectChoice(r, r.capitalize()) for r in ROLES])
    submit = SubmitField("Change role")


class UserSearchForm(FlaskForm):
    class Meta:
        csrf = False  # a GET search changes nothing

    q = StringField("Find a user", validators=[Optional(), Length(max=40)])


class ActionForm(FlaskForm):
    """A button that changes something: only the CSRF token is sent."""

    submit = SubmitField("Confirm")


class RetentionForm(FlaskForm):
    days = IntegerField(
        "Keep attempts of inactive accounts for (days)",
        validators=[Optional(), NumberRange(min=30, max=3650)],
        description="30 to 3650 days; leave empty to keep everything.",
    )
    submit = SubmitField("Save retention period")

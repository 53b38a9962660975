"""Forms of the teacher's class pages."""

from __future__ import annotations

from wtforms import (
    DateTimeLocalField,
    IntegerField,
    RadioField,
    SelectField,
    StringField,
    SubmitField,
)
from wtforms.fields.choices import SelectChoice
from wtforms.validators import (
    DataRequired,
    Length,
    NumberRange,
    Optional,
    ValidationError,
)

from ..forms import AppForm
from ..grading.ranking import RANKINGS
from ..models import LEADERBOARD_MODES
from ..timezones import is_zone, utc_to_local, zone_names

DUE_HELP = "In the class’s time zone, {zone}. Leave empty for no due date."


class ClassForm(AppForm):
    """Create or rename a class."""

    name = StringField(
        "Class name",
        validators=[DataRequired("Give the class a name."), Length(max=100)],
        description="What you and your students see, e.g. “Year 9 Media, group B”.",
    )
    submit = SubmitField("Save")

    def validate_name(self, field) -> None:
        field.data = " ".join((field.data or "").split())
        if not field.data:
            raise ValidationError("Give the class a name.")


class ActionForm(AppForm):
    """A button that changes something (CSRF only)."""


def article_choices(articles) -> list[SelectChoice]:
    """Choices of the exercise-set menu."""
    return [SelectChoice(str(a.id), a.title) for a in articles]


class AssignForm(AppForm):
    """Assign an exercise set to the class."""

    article_id = SelectField(
        "Exercise set",
        coerce=int,
        validators=[DataRequired("Choose an exercise set.")],
        description="Shared sets and your own published ones.",
    )
    due_at = DateTimeLocalField(
        "Due (optional)",
        format=["%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S"],
        validators=[Optional()],
        description=DUE_HELP,
    )
    submit = SubmitField("Assign")


class DueDateForm(AppForm):
    """Change an assignment's due date."""

    due_at = DateTimeLocalField(
        "New due date",
        format=["%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S"],
        validators=[Optional()],
        description=DUE_HELP,
    )
    submit = SubmitField("Change due date")


class LeaderboardForm(AppForm):
    """How students see the class leaderboard."""

    mode = RadioField(
        "Students see",
        choices=[SelectChoice(k, v) for k, v in LEADERBOARD_MODES.items()],
        validators=[DataRequired("Choose what students see.")],
    )
    top_n = IntegerField(
        "N (for “top N”)",
        validators=[
            DataRequired("Give a number from 1 to 100."),
            NumberRange(1, 100, "Give a number from 1 to 100."),
        ],
        description="How many ranks students see when only the top is shown.",
    )
    ranking = RadioField(
        "Rank students by",
        choices=[SelectChoice(k, v) for k, v in RANKINGS.items()],
        default="points",
        validate_choice=False,  # checked by the service; absent keeps the choice
    )
    min_items = IntegerField(
        "Minimum items (for accuracy)",
        validators=[
            Optional(),
            NumberRange(1, 1000, "Give a number from 1 to 1000."),
        ],
        default=10,
        description="Students rank by accuracy once they have answered this many "
        "items; before that they are listed unranked.",
    )
    submit = SubmitField("Save leaderboard settings")


class TimeZoneForm(AppForm):
    """The time zone the class's due dates are entered and shown in."""

    time_zone = SelectField(
        "Time zone",
        validators=[DataRequired("Choose a time zone.")],
        description="Due dates are entered and shown in this zone; the server "
        "stores them in UTC.",
    )
    submit = SubmitField("Save time zone")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        names = list(zone_names())
        stored = kwargs.get("time_zone")  # e.g. "Etc/GMT+5": keep it choosable
        if stored and stored not in names and is_zone(stored):
            names.insert(0, stored)
        self.time_zone.choices = [SelectChoice(n, n.replace("_", " ")) for n in names]


def describe_due(form, zone: str):
    """Say which zone the form's due date is in; return the form."""
    form.due_at.description = DUE_HELP.format(zone=zone.replace("_", " "))
    return form


def due_date_forms(assignments, zone: str, forms: dict) -> dict:
    """Assignment id -> its due-date form, showing the date in `zone` (or the
    form the teacher just sent, `forms["due_<id>"]`, with its errors)."""
    result = {}
    for a in assignments:
        local = utc_to_local(a.due_at, zone).replace(tzinfo=None) if a.due_at else None
        form = forms.get(f"due_{a.id}") or DueDateForm(
            formdata=None, prefix=f"a{a.id}", due_at=local
        )
        result[a.id] = describe_due(form, zone)
    return result

from wtforms import DecimalField, SubmitField, TextAreaField
from wtforms.validators import InputRequired, Length, NumberRange, Optional

from ..forms import AppForm


class OverrideForm(AppForm):
    score = DecimalField(
        "Your grade",
        places=None,
        validators=[InputRequired(), NumberRange(min=0)],
        description="Points out of the question's maximum; replaces the automatic "
        "grade.",
    )
    comment = TextAreaField(
        "Comment for the student",
        validators=[Optional(), Length(max=1000)],
        description="Shown to the student beside the grade.",
    )
    submit = SubmitField("Save grade")


class RestoreForm(AppForm):
    submit = SubmitField("Restore the automatic grade")


class RegradeForm(AppForm):
    submit = SubmitField("Apply the new grades")

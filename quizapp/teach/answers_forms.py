import re

from wtforms import DecimalField, SubmitField, TextAreaField
from wtforms.validators import (
    InputRequired,
    Length,
    NumberRange,
    Optional,
    StopValidation,
)

from ..forms import AppForm

_DECIMAL_COMMA = re.compile(r"\s*\d+,\d+\s*")


class PointsField(DecimalField):
    """Points as a teacher types them: "1.5" or "1,5"; text that is no number
    gets one message ("Not a valid decimal value."), not a second one from the
    range check."""

    def process_formdata(self, valuelist):
        if valuelist and _DECIMAL_COMMA.fullmatch(valuelist[0]):
            valuelist = [valuelist[0].replace(",", ".")]
        super().process_formdata(valuelist)

    def pre_validate(self, form):
        if self.process_errors:
            raise StopValidation()


class OverrideForm(AppForm):
    score = PointsField(
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

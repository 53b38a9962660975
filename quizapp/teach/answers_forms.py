import re
from decimal import Decimal, InvalidOperation

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

    def _value(self):
        """The points as a teacher writes them: 0.0 -> "0", 2.0 -> "2", 1.5
        -> "1.5" (every digit kept, so saving unchanged keeps the grade)."""
        if self.raw_data or self.data is None:
            return super()._value()
        return points_text(self.data)


def points_text(value) -> str:
    """`value` without trailing zeros or a bare decimal point."""
    try:
        number = Decimal(str(value)).normalize()
    except InvalidOperation:
        return str(value)
    if not number.is_finite():
        return str(value)
    return format(number, "f") if number else "0"  # not "-0"


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

"""Forms of the quick review: relabel a claim, accept suggestions, publish."""

from __future__ import annotations

from wtforms import HiddenField, RadioField, SelectField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import AnyOf, DataRequired, Optional

from ..forms import AppForm
from .authoring_display import LABEL_NAMES

THRESHOLDS = (90, 80, 70, 60)


class RelabelForm(AppForm):
    """One claim's label, set in one step (keys 1-4 with scripts on)."""

    label = RadioField(
        "Label",
        choices=[SelectChoice(k, v) for k, v in LABEL_NAMES.items()],
        validators=[DataRequired("Choose a label.")],
    )


class AcceptForm(AppForm):
    """Accept every drafted claim at least this sure."""

    threshold = SelectField(
        "Accept every suggestion with a confidence of at least",
        choices=[SelectChoice(str(t), f"{t}%") for t in THRESHOLDS],
        default=str(THRESHOLDS[1]),
        validators=[AnyOf([str(t) for t in THRESHOLDS])],
    )

    def count(self, counts: dict) -> AcceptForm:
        """Say beside each threshold how many claims it would accept
        (`counts`: {percent: number})."""
        self.threshold.choices = [
            SelectChoice(str(t), f"{t}% ({counts[t]} claim"
                         f"{'s' if counts[t] != 1 else ''})")
            for t in THRESHOLDS]
        return self


class PublishForm(AppForm):
    """Publish; `confirm` is set once the teacher saw what is left to review."""

    confirm = HiddenField(validators=[Optional(), AnyOf(["yes"])])

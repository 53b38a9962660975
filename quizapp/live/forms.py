"""Forms of the live-game pages."""

from __future__ import annotations

from wtforms import (
    BooleanField,
    SelectField,
    SelectMultipleField,
    StringField,
    SubmitField,
    TextAreaField,
)
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, Length, Optional
from wtforms.widgets import CheckboxInput, ListWidget

from ..forms import AppForm
from ..grading.live import NICKNAME_MAX, TIME_LIMITS


class MultiCheckboxField(SelectMultipleField):
    widget = ListWidget(prefix_label=False)
    option_widget = CheckboxInput()


class HostForm(AppForm):
    """What a teacher chooses when starting a live game."""

    exercises = MultiCheckboxField(
        "Exercises to play",
        coerce=int,
        validators=[DataRequired("Choose at least one exercise.")],
        description="Written questions become untimed discussion slides.",
    )
    audience = SelectField(
        "Who plays",
        description="A class's members join with their accounts and the results "
        "go into their progress; guests join with a nickname only.",
    )
    time_limit = SelectField(
        "Time per question",
        coerce=int,
        choices=[
            SelectChoice(t, f"{t} seconds" if t else "No timer") for t in TIME_LIMITS
        ],
        default=30,
    )
    speed_bonus = BooleanField(
        "Speed bonus",
        description="A correct answer earns up to 20% more when it is quick. "
        "Off: only accuracy counts.",
    )
    blocked_words = TextAreaField(
        "Extra words to block in nicknames",
        validators=[Optional(), Length(max=2000)],
        description="One per line, added to the built-in list.",
    )
    submit = SubmitField("Open the game")


class PinForm(AppForm):
    pin = StringField(
        "Game PIN",
        validators=[DataRequired("Type the PIN shown on the screen."), Length(max=20)],
        render_kw={"inputmode": "numeric", "autocomplete": "off"},
    )
    submit = SubmitField("Find the game")


class NicknameForm(AppForm):
    nickname = StringField(
        "Nickname",
        validators=[DataRequired("Choose a nickname."), Length(max=NICKNAME_MAX)],
        description=f"2 to {NICKNAME_MAX} characters; everyone in the room sees it.",
        render_kw={"autocomplete": "off", "maxlength": NICKNAME_MAX},
    )
    submit = SubmitField("Join")


class ActionForm(AppForm):
    """A button that changes something (CSRF only)."""

"""Forms of the student's class pages: joining a class, choosing a nickname."""

from __future__ import annotations

from wtforms import StringField, SubmitField
from wtforms.validators import DataRequired, Length, Optional

from ..forms import AppForm

NICKNAME_HELP = (
    "What classmates see on leaderboards, never your username. "
    "2 to 24 letters, digits or spaces."
)


class JoinForm(AppForm):
    """Join a class with the code the teacher gave."""

    code = StringField(
        "Join code",
        validators=[
            DataRequired("Type the code your teacher gave you."),
            Length(max=20),
        ],
        description="Six letters and digits, e.g. K7M2QX. Capitals do not matter.",
        render_kw={"autocomplete": "off", "autocapitalize": "characters"},
    )
    nickname = StringField(
        "Nickname",
        validators=[Optional(), Length(max=24, message="At most 24 characters.")],
        description=NICKNAME_HELP,
        render_kw={"autocomplete": "off"},
    )
    submit = SubmitField("Join class")


class NicknameForm(AppForm):
    """Change the nickname classmates see."""

    nickname = StringField(
        "Nickname",
        validators=[
            DataRequired("Choose a nickname."),
            Length(max=24, message="At most 24 characters."),
        ],
        description=NICKNAME_HELP,
        render_kw={"autocomplete": "off"},
    )
    submit = SubmitField("Save nickname")

from wtforms import BooleanField, PasswordField, StringField, SubmitField
from wtforms.validators import DataRequired, EqualTo, Length, Regexp, ValidationError

from ..forms import AppForm
from ..passwords import MAX_LENGTH, MIN_LENGTH, password_problem
from ..services.accounts import find_user

PASSWORD_HELP = (
    f"At least {MIN_LENGTH} characters, not your username and not a common "
    "password. A few unrelated words are easy to remember and hard to guess."
)


def new_password_field(label: str = "Password") -> PasswordField:
    return PasswordField(
        label,
        validators=[
            DataRequired(),
            Length(max=MAX_LENGTH, message=f"Use at most {MAX_LENGTH} characters."),
        ],
        description=PASSWORD_HELP,
        render_kw={"autocomplete": "new-password", "maxlength": MAX_LENGTH},
    )


def confirm_field(other: str) -> PasswordField:
    return PasswordField(
        "Repeat password",
        validators=[DataRequired(), EqualTo(other, "The passwords differ.")],
        render_kw={"autocomplete": "new-password"},
    )


class RegisterForm(AppForm):
    username = StringField(
        "Username",
        validators=[
            DataRequired(),
            Length(min=3, max=30),
            Regexp(
                r"^[A-Za-z0-9_.-]+$",
                message="Use letters, digits, dots, dashes and underscores only.",
            ),
        ],
        description="3 to 30 letters or digits. Classmates never see it.",
        render_kw={"autocomplete": "username", "autocapitalize": "none"},
    )
    password = new_password_field()
    confirm = confirm_field("password")
    submit = SubmitField("Create account")

    def validate_username(self, field):
        if find_user(field.data):
            raise ValidationError("That username is taken; please choose another.")

    def validate_password(self, field):
        problem = password_problem(field.data or "", self.username.data or "")
        if problem:
            raise ValidationError(problem)


class LoginForm(AppForm):
    username = StringField(
        "Username",
        validators=[DataRequired(), Length(max=30)],
        render_kw={"autocomplete": "username", "autocapitalize": "none"},
    )
    password = PasswordField(
        "Password",
        validators=[DataRequired(), Length(max=MAX_LENGTH)],
        render_kw={"autocomplete": "current-password"},
    )
    remember = BooleanField("Keep me logged in on this device")
    submit = SubmitField("Log in")


class LogoutForm(AppForm):
    submit = SubmitField("Log out")


class ActionForm(AppForm):
    """A button that changes something: only the CSRF token is sent."""

    submit = SubmitField("Confirm")


class ChangePasswordForm(AppForm):
    current = PasswordField(
        "Current password",
        validators=[DataRequired(), Length(max=MAX_LENGTH)],
        render_kw={"autocomplete": "current-password"},
    )
    password = new_password_field("New password")
    confirm = confirm_field("password")
    submit = SubmitField("Change password")


class ResetForm(AppForm):
    username = StringField(
        "Username",
        validators=[DataRequired(), Length(max=30)],
        render_kw={"autocomplete": "username", "autocapitalize": "none"},
    )
    code = StringField(
        "Reset code",
        validators=[DataRequired(), Length(max=40)],
        description="The code your teacher or administrator gave you, "
        "e.g. ABCD-EFGH-JKMN.",
        render_kw={"autocomplete": "one-time-code", "autocapitalize": "characters"},
    )
    password = new_password_field("New password")
    confirm = confirm_field("password")
    submit = SubmitField("Set new password")


class DeleteAccountForm(AppForm):
    password = PasswordField(
        "Your password",
        validators=[DataRequired(), Length(max=MAX_LENGTH)],
        description="To make sure it is you.",
        render_kw={"autocomplete": "current-password"},
    )
    confirm = BooleanField(
        "I understand that my answers, progress and classes are deleted for good.",
        validators=[DataRequired("Tick the box to confirm.")],
    )
    submit = SubmitField("Delete my account")
